package htmlmeta

import (
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

// readPage parses src and reads its metadata with the given page URL.
func readPage(t testing.TB, src, pageURL string) *Metadata {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var base *url.URL
	if pageURL != "" {
		base, err = url.Parse(pageURL)
		if err != nil {
			t.Fatalf("url: %v", err)
		}
	}
	return Read(doc, base)
}

// fields is the part of Metadata a test case checks; empty fields in want
// are not compared unless listed in check.
type fields struct {
	Title, Published, Modified, Section, SiteName, Language, Description, Image, Canonical string
	Authors, Tags                                                                          []string
}

func fieldsOf(m *Metadata) fields {
	return fields{
		Title: m.Title, Published: m.Published, Modified: m.Modified, Section: m.Section,
		SiteName: m.SiteName, Language: m.Language, Description: m.Description, Image: m.Image,
		Canonical: m.CanonicalURL, Authors: m.Authors, Tags: m.Tags,
	}
}

// only keeps the fields of got that want sets, so each case states just
// what it is about.
func only(want, got fields) fields {
	var out fields
	if want.Title != "" {
		out.Title = got.Title
	}
	if want.Published != "" {
		out.Published = got.Published
	}
	if want.Modified != "" {
		out.Modified = got.Modified
	}
	if want.Section != "" {
		out.Section = got.Section
	}
	if want.SiteName != "" {
		out.SiteName = got.SiteName
	}
	if want.Language != "" {
		out.Language = got.Language
	}
	if want.Description != "" {
		out.Description = got.Description
	}
	if want.Image != "" {
		out.Image = got.Image
	}
	if want.Canonical != "" {
		out.Canonical = got.Canonical
	}
	if want.Authors != nil {
		out.Authors = got.Authors
	}
	if want.Tags != nil {
		out.Tags = got.Tags
	}
	return out
}

type pageCase struct {
	name string
	url  string
	page string
	want fields
}

func runPages(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := fieldsOf(readPage(t, tc.page, tc.url))
			if diff := cmp.Diff(tc.want, only(tc.want, got)); diff != "" {
				t.Errorf("metadata mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONLD(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "graph with article, page, person reference and site",
			url:  "https://news.example.com/world/story",
			page: `<html><head><title>Old title | Example News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","@id":"https://news.example.com/#site","name":"Example News"},
 {"@type":"WebPage","@id":"https://news.example.com/world/story","name":"Page name","datePublished":"2001-01-01"},
 {"@type":"Person","@id":"https://news.example.com/#p1","name":"Maria Lopez"},
 {"@type":"NewsArticle","headline":"Rivers rise across the valley","datePublished":"2019-03-05T10:00:00-05:00",
  "dateModified":"2019-03-06T08:00:00Z","author":{"@id":"https://news.example.com/#p1"},
  "articleSection":"World","keywords":["floods","weather"],"inLanguage":"en-US",
  "publisher":{"@type":"Organization","name":"Example News"},"image":{"@type":"ImageObject","url":"/img/lead.jpg"}}
]}</script></head><body><p>text</p></body></html>`,
			want: fields{Title: "Rivers rise across the valley", Published: "2019-03-05T10:00:00-05:00",
				Modified: "2019-03-06T08:00:00Z", Section: "World", Authors: []string{"Maria Lopez"},
				Tags: []string{"floods", "weather"}, Language: "en-US", SiteName: "Example News",
				Image: "https://news.example.com/img/lead.jpg"},
		},
		{
			name: "array of nodes, author array of objects and strings",
			page: `<script type="application/ld+json">[{"@type":"BreadcrumbList"},
{"@type":["BlogPosting"],"headline":"Notes","author":[{"@type":"Person","name":"Ann Lee"},"Bo Chen",{"@type":"Person","givenName":"Cy","familyName":"Diaz"}],"datePublished":"2020-02-01"}]</script>`,
			want: fields{Authors: []string{"Ann Lee", "Bo Chen", "Cy Diaz"}, Published: "2020-02-01"},
		},
		{
			name: "broken JSON: comment wrapper, CDATA, trailing commas, raw line break",
			page: `<script type="application/ld+json"><!--//<![CDATA[
{"@type":"ReportageNewsArticle","headline":"Line
break","author":{"name":"Dee Park",},"datePublished":"2018-06-28T08:30:00Z",}
//]]>--></script>`,
			want: fields{Title: "Line break", Authors: []string{"Dee Park"}, Published: "2018-06-28T08:30:00Z"},
		},
		{
			name: "article preferred over a WebPage with a date",
			page: `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2010-01-01"}</script>
<script type="application/ld+json">{"@type":"Article","datePublished":"2021-07-04T12:00:00+02:00","headline":"X marks"}</script>`,
			want: fields{Published: "2021-07-04T12:00:00+02:00"},
		},
		{
			name: "publisher named as author gives way to the byline",
			url:  "https://www.example.org/a",
			page: `<head><meta property="og:site_name" content="Example Org"><script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Example Org"},"publisher":{"name":"Example Org"}}</script></head>
<body><h1>Heading here</h1><p class="byline">By Sam Reed</p></body>`,
			want: fields{Authors: []string{"Sam Reed"}},
		},
		{
			name: "unparseable script is ignored",
			page: `<script type="application/ld+json">{"@type":"Article",,,</script><title>Plain title</title>`,
			want: fields{Title: "Plain title"},
		},
	})
}

func TestOpenGraphAndMeta(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "og and article properties",
			url:  "https://www.example.com/p?id=1",
			page: `<html lang="pt_br"><head>
<meta property="og:title" content="Chuva forte no sul">
<meta property="og:site_name" content="Jornal">
<meta property="og:url" content="/noticia/chuva">
<meta property="og:image" content="//cdn.example.com/a.jpg">
<meta property="og:description" content="  Resumo  da notícia ">
<meta property="article:published_time" content="2020-03-05T17:32:00-03:00">
<meta property="article:modified_time" content="2020-03-06T09:00:00-03:00">
<meta property="article:section" content="Brasil">
<meta property="article:tag" content="chuva"><meta property="article:tag" content="sul">
</head><body></body></html>`,
			want: fields{Title: "Chuva forte no sul", SiteName: "Jornal", Language: "pt-BR",
				Canonical: "https://www.example.com/noticia/chuva", Image: "https://cdn.example.com/a.jpg",
				Description: "Resumo da notícia", Published: "2020-03-05T17:32:00-03:00",
				Modified: "2020-03-06T09:00:00-03:00", Section: "Brasil", Tags: []string{"chuva", "sul"}},
		},
		{
			name: "plain meta names: author, date, keywords, og:locale",
			page: `<head><meta name="author" content="By Jo March and Amy Dorrit"><meta name="date" content="2017-11-02">
<meta name="news_keywords" content="a, b ,c"><meta property="og:locale" content="en_GB"></head>`,
			want: fields{Authors: []string{"Jo March", "Amy Dorrit"}, Published: "2017-11-02",
				Tags: []string{"a", "b", "c"}, Language: "en-GB"},
		},
		{
			name: "dublin core, sailthru and parsely",
			page: `<head><meta name="dc.creator" content="Lee Wong"><meta name="sailthru.date" content="Tue, 05 Mar 2019 10:00:00 GMT"><meta name="parsely-section" content="Tech"></head>`,
			want: fields{Authors: []string{"Lee Wong"}, Published: "2019-03-05T10:00:00Z", Section: "Tech"},
		},
		{
			name: "space-separated properties and twice-escaped entities",
			page: `<head><meta property="og:title twitter:title" content="Fish &amp;amp; Chips &amp;#8211; a history"></head>`,
			want: fields{Title: "Fish & Chips – a history"},
		},
		{
			name: "canonical link outranks og:url",
			url:  "https://m.example.com/x",
			page: `<head><link rel="canonical" href="https://www.example.com/x"><meta property="og:url" content="https://other.example.com/"></head>`,
			want: fields{Canonical: "https://www.example.com/x"},
		},
		{
			name: "twitter card label names the writer",
			page: `<head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ola Berg"></head>`,
			want: fields{Authors: []string{"Ola Berg"}},
		},
	})
}

func TestTimeAndMicrodata(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "time with pubdate beats an updated time",
			page: `<body><article><h1>Storm</h1><time class="updated" datetime="2020-05-02T10:00:00Z">May 2</time>
<time pubdate datetime="2020-05-01T09:00:00+01:00">May 1</time></article></body>`,
			want: fields{Published: "2020-05-01T09:00:00+01:00"},
		},
		{
			name: "itemprop datePublished on a meta and itemprop author with a name",
			page: `<body><div itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Heads up</h1>
<meta itemprop="datePublished" content="2016-12-24">
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/a"><span itemprop="name">Kim Ito</span></a>, Staff Writer</span>
</div></body>`,
			want: fields{Title: "Heads up", Published: "2016-12-24", Authors: []string{"Kim Ito"}},
		},
		{
			name: "dates in comments and related boxes are not the story's",
			page: `<body><h1>Main story</h1><p>text</p>
<div class="related-posts"><time datetime="2011-01-01">old</time></div>
<section id="comments"><time datetime="2012-02-02">comment</time></section>
<time datetime="2015-06-07T08:09:10Z">story time</time></body>`,
			want: fields{Published: "2015-06-07T08:09:10Z"},
		},
		{
			name: "zone-less local time keeps only the day",
			page: `<body><time datetime="2014-04-03T23:30:00">late</time></body>`,
			want: fields{Published: "2014-04-03"},
		},
	})
}

func TestBylines(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "byline element with two authors and a job title",
			page: `<body><h1>Bridge reopens</h1><div class="article-byline">By <a href="/a">Ana Ruiz</a> and <a href="/b">Tom Hall</a>, Staff Writers</div></body>`,
			want: fields{Authors: []string{"Ana Ruiz", "Tom Hall"}},
		},
		{
			name: "written-by label then the name",
			page: `<body><h1>Budget passes</h1><p>Written by</p><p>Lena Olsen</p><p>Body text of the story goes on.</p></body>`,
			want: fields{Authors: []string{"Lena Olsen"}},
		},
		{
			name: "rel=author link",
			page: `<body><h1>Title</h1><a rel="author" href="/people/x">Raj Patel</a></body>`,
			want: fields{Authors: []string{"Raj Patel"}},
		},
		{
			name: "by line under the headline outranks meta author",
			page: `<head><meta name="author" content="Site Owner Person"></head><body><h1>Council votes</h1><p>By Mia Wong</p></body>`,
			want: fields{Authors: []string{"Mia Wong"}},
		},
		{
			name: "comment authors are not the byline",
			page: `<body><h1>Post</h1><p>Body</p><div class="comments"><span class="comment-author">Random Reader</span><span class="author">Other Reader</span></div></body>`,
			want: fields{Authors: nil},
		},
		{
			name: "wire byline kept",
			page: `<body><h1>Markets fall</h1><p class="byline">By Associated Press</p></body>`,
			want: fields{Authors: []string{"Associated Press"}},
		},
		{
			name: "a dateline that is the declared modification yields to the declared publication",
			page: `<head><meta property="article:published_time" content="2019-01-02T10:00:00Z"><meta property="article:modified_time" content="2021-06-07T10:00:00Z"></head>
<body><h1>Guide to things</h1><p>June 7, 2021</p><p>Body text.</p></body>`,
			want: fields{Published: "2019-01-02T10:00:00Z", Modified: "2021-06-07T10:00:00Z"},
		},
		{
			name: "dateline under the headline",
			page: `<body><h1>Harvest up</h1><div><span>Published 5:32 PM, March 5, 2020</span></div></body>`,
			want: fields{Published: "2020-03-05"},
		},
	})
}

func TestURLDate(t *testing.T) {
	tests := []struct {
		path string
		want string
	}{
		{"/2019/03/05/story-slug/", "2019-03-05"},
		{"/news/2019/3/5/story", "2019-03-05"},
		{"/blog/2023/october/03/title/", "2023-10-03"},
		{"/articles/2025-12-15+Rust+backend", "2025-12-15"},
		{"/a/story-2018-06-28.html", "2018-06-28"},
		{"/20190305/story", "2019-03-05"},
		{"/2019/03/story", ""},
		{"/2019/02/30/bad-day", ""},
		{"/1850/01/01/too-old", ""},
		{"/product/12345678", ""},
	}
	for _, tc := range tests {
		got := ""
		if d, ok := urlDate(tc.path); ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
	// The URL decides the day; a source on the same day gives the time,
	// one on another day does not count.
	m0 := readPage(t, `<head><meta property="article:published_time" content="2019-11-20T09:29:08+0000"></head>`, "https://example.com/2019/11/20/x")
	if m0.Published != "2019-11-20T09:29:08Z" {
		t.Errorf("Published with URL day = %q, want the meta time", m0.Published)
	}
	m1 := readPage(t, `<head><meta property="article:published_time" content="2020-01-05T09:29:08Z"></head>`, "https://example.com/2019/11/20/x")
	if m1.Published != "2019-11-20" {
		t.Errorf("Published with URL day = %q, want 2019-11-20", m1.Published)
	}
	// The URL date is used when the page says nothing else.
	m := readPage(t, `<p>hi</p>`, "https://example.com/2001/09/11/x")
	if m.Published != "2001-09-11" {
		t.Errorf("Published from URL = %q, want 2001-09-11", m.Published)
	}
}

func TestTitle(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "site suffix after a bar",
			page: `<head><title>Tax rules change | The Daily Planet</title><meta property="og:site_name" content="The Daily Planet"></head>`,
			want: fields{Title: "Tax rules change"},
		},
		{
			name: "site prefix with a colon",
			page: `<head><title>Daily Planet: Tax rules change again</title><meta property="og:site_name" content="Daily Planet"></head>`,
			want: fields{Title: "Tax rules change again"},
		},
		{
			name: "site name read from the title suffix that names the host",
			url:  "https://www.exampletimes.com/a",
			page: `<head><title>Rates rise again | Example Times</title></head>`,
			want: fields{Title: "Rates rise again", SiteName: "Example Times"},
		},
		{
			name: "host name as suffix",
			url:  "https://www.planetnews.com/x",
			page: `<head><title>Tax rules change - PlanetNews.com</title></head>`,
			want: fields{Title: "Tax rules change"},
		},
		{
			name: "heading that the title starts with wins",
			page: `<head><title>Tax rules change for small firms in 2020 - Planet</title></head><body><h1>Tax rules change for small firms in 2020</h1></body>`,
			want: fields{Title: "Tax rules change for small firms in 2020"},
		},
		{
			name: "a site-name heading is not the title",
			page: `<head><meta property="og:site_name" content="Planet Online"><meta property="og:title" content="Certificate vs degree"></head>
<body><header><h1>Planet Online</h1></header><main><h1>Certificate vs degree</h1></main></body>`,
			want: fields{Title: "Certificate vs degree"},
		},
		{
			name: "heading with a kicker run into it gives way to the metadata title",
			page: `<head><meta property="og:title" content="Rivers rise across the valley"></head>
<body><h1>Live updates Rivers rise across the valley as storms continue</h1></body>`,
			want: fields{Title: "Rivers rise across the valley"},
		},
		{
			name: "colon inside a headline stays",
			page: `<head><title>Exclusive: the plan to fix the roads</title></head>`,
			want: fields{Title: "Exclusive: the plan to fix the roads"},
		},
		{
			name: "short unknown tail after a dash",
			page: `<head><title>Lorem ipsum dolor sit amet – My website</title></head>`,
			want: fields{Title: "Lorem ipsum dolor sit amet"},
		},
		{
			name: "svg title is not the page title",
			page: `<head><title>Real title words</title></head><body><svg><title>icon</title></svg></body>`,
			want: fields{Title: "Real title words"},
		},
	})
}

func TestLanguage(t *testing.T) {
	tests := map[string]string{
		"en": "en", "EN-us": "en-US", "pt_br": "pt-BR", "zh-hant-tw": "zh-Hant-TW", "es-419": "es-419",
		"": "", "english": "", "en-US, fr": "en-US", "x": "",
	}
	for in, want := range tests {
		if got := normLanguage(in); got != want {
			t.Errorf("normLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestArticle(t *testing.T) {
	m := readPage(t, `<head><title>A story</title><meta name="author" content="Jo Kent"><meta name="keywords" content="x, y"></head>`, "https://example.com/s")
	a := m.Article()
	if a.Title != "A story" || a.URL != "https://example.com/s" || len(a.Authors) != 1 || a.Authors[0] != "Jo Kent" {
		t.Errorf("Article() = %+v", a)
	}
	// The Article's slices are its own.
	a.Authors[0] = "changed"
	a.Tags[0] = "changed"
	if m.Authors[0] != "Jo Kent" || m.Tags[0] != "x" {
		t.Errorf("Article shares slices with Metadata")
	}
}

func TestReadNil(t *testing.T) {
	m := Read(nil, nil)
	if m == nil || m.Title != "" {
		t.Fatalf("Read(nil) = %+v", m)
	}
	if a := m.Article(); a == nil {
		t.Fatal("Article() = nil")
	}
}

// TestReadLargeAndDeep reads a page with thousands of candidates and deep
// nesting: the limits keep the work bounded and nothing panics.
func TestReadLargeAndDeep(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Big page</title>`)
	for i := 0; i < 2000; i++ {
		b.WriteString(`<meta name="author" content="Ann Lee"><script type="application/ld+json">{"@type":"Article","author":"Bo Chen"}</script>`)
	}
	b.WriteString(`</head><body>`)
	for i := 0; i < 300; i++ {
		b.WriteString(`<div class="byline">`)
	}
	b.WriteString(`By Cy Diaz`)
	for i := 0; i < 5000; i++ {
		b.WriteString(`<p class="author">By Someone Else</p><time datetime="2020-01-02">x</time><h1>Big page</h1>`)
	}
	b.WriteString(`</body></html>`)
	m := readPage(t, b.String(), "")
	if m.Title != "Big page" {
		t.Errorf("Title = %q", m.Title)
	}
	if len(m.Authors) == 0 {
		t.Errorf("no authors")
	}
}
