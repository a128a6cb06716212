package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/ledehq/lede"
)

// story is a paragraph long enough to read as story text.
const story1 = "The council voted on Tuesday to rebuild the old harbour wall, a project that has been debated for more than a decade, and work will start in the spring."
const story2 = "Engineers said the new wall would protect the fishing fleet from winter storms, which have grown stronger, and would cost about twelve million euros."
const story3 = "Residents who spoke at the meeting were divided, with some asking for a smaller wall and others asking the council to move faster than it plans to."

func page(head, body string) string {
	return "<!doctype html><html><head>" + head + "</head><body>" + body + "</body></html>"
}

func TestFindContentBlocks(t *testing.T) {
	tests := []struct {
		name string
		url  string
		html string
		want []lede.Block
	}{
		{
			name: "boilerplate dropped",
			html: page("<title>Harbour wall to be rebuilt</title>", `
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site, and by continuing you accept them all.</p></div>
<header><h1>Harbour wall to be rebuilt</h1></header>
<article>
 <div class="share-bar"><a href="https://twitter.com/share">Share on Twitter</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
 <p>`+story1+`</p>
 <p>`+story2+`</p>
 <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day, free of charge, and never miss a story again.</p></div>
 <p>`+story3+`</p>
 <p>Advertisement</p>
</article>
<section id="comments"><p>I have lived here for forty years and I think the wall should have been built long ago, frankly.</p></section>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about the harbour and its long history</a></li></ul></aside>
<footer><p>Copyright 2026 The Harbour Gazette. All rights reserved. Contact us at the office.</p></footer>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindParagraph, Text: story2},
				{Kind: lede.KindParagraph, Text: story3},
			},
		},
		{
			name: "headings lists tables quotes code kept",
			html: page("<title>Wall plan</title>", `
<main><article>
 <p>`+story1+`</p>
 <h2>What the plan says</h2>
 <p>`+story2+`</p>
 <ol><li>Demolish the old wall</li><li>Build the new wall<ul><li>first the north arm</li></ul></li></ol>
 <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2027</td><td>4 million</td></tr></table>
 <blockquote><p>We cannot wait another winter for this.</p></blockquote>
 <pre>wall.height = 12</pre>
 <p>`+story3+`</p>
</article></main>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindHeading, Text: "What the plan says", Level: 2},
				{Kind: lede.KindParagraph, Text: story2},
				{Kind: lede.KindListItem, Text: "Demolish the old wall", Level: 1, Ordered: true},
				{Kind: lede.KindListItem, Text: "Build the new wall", Level: 1, Ordered: true},
				{Kind: lede.KindListItem, Text: "first the north arm", Level: 2},
				{Kind: lede.KindTable, Text: "Year\tCost\n2027\t4 million", Rows: [][]string{{"Year", "Cost"}, {"2027", "4 million"}}},
				{Kind: lede.KindBlockQuote, Text: "We cannot wait another winter for this."},
				{Kind: lede.KindCode, Text: "wall.height = 12"},
				{Kind: lede.KindParagraph, Text: story3},
			},
		},
		{
			name: "tweet embed",
			html: page("<title>Wall</title>", `<article>
 <p>`+story1+`</p>
 <blockquote class="twitter-tweet"><p lang="en" dir="ltr">The wall will be built. Great day for the harbour!</p>&mdash; Jane Mayor (@janemayor) <a href="https://twitter.com/janemayor/status/123456?ref_src=twsrc">June 28, 2018</a></blockquote>
 <p>`+story2+`</p>
</article>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindEmbed, Text: "The wall will be built. Great day for the harbour!", Embed: &lede.Embed{
					Kind: "tweet", Text: "The wall will be built. Great day for the harbour!", Author: "Jane Mayor",
					Handle: "@janemayor", Date: "2018-06-28", URL: "https://twitter.com/janemayor/status/123456"}},
				{Kind: lede.KindParagraph, Text: story2},
			},
		},
		{
			name: "links and images resolved",
			url:  "https://news.example.com/local/wall.html",
			html: page(`<title>Wall</title>`, `<article>
 <p>`+story1+`</p>
 <figure><img src="/img/wall.jpg" alt="The  old wall"><figcaption>The old wall in 2019.</figcaption></figure>
 <iframe src="//www.youtube.com/embed/abc123"></iframe>
 <p>`+story2+`</p>
 <img src="javascript:alert(1)">
</article>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindImage, Src: "https://news.example.com/img/wall.jpg", Alt: "The old wall", Text: "The old wall in 2019."},
				{Kind: lede.KindEmbed, Embed: &lede.Embed{Kind: "youtube", URL: "https://www.youtube.com/embed/abc123"}},
				{Kind: lede.KindParagraph, Text: story2},
			},
		},
		{
			name: "base href honoured",
			url:  "https://news.example.com/local/wall.html",
			html: page(`<title>Wall</title><base href="https://cdn.example.org/media/">`, `<article>
 <p>`+story1+`</p><p><img src="pic.png" alt=""></p><p>`+story2+`</p></article>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindImage, Src: "https://cdn.example.org/media/pic.png"},
				{Kind: lede.KindParagraph, Text: story2},
			},
		},
		{
			name: "title and byline removed",
			html: page("<title>Harbour wall to be rebuilt | The Gazette</title>", `<div class="story">
 <h1>Harbour wall to be rebuilt</h1>
 <p>By Jane Doe and John Roe</p>
 <p>June 28, 2018 8:30 AM</p>
 <p>`+story1+`</p>
 <p>`+story2+`</p>
</div>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindParagraph, Text: story2},
			},
		},
		{
			name: "paragraphs split by line breaks",
			html: page("<title>Wall</title>", `<div id="story">`+story1+`<br><br>`+story2+`<br>still the same paragraph.<br> <br>`+story3+`</div>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindParagraph, Text: story2 + " still the same paragraph."},
				{Kind: lede.KindParagraph, Text: story3},
			},
		},
		{
			name: "article split over sections",
			html: page("<title>Wall</title>", `<div class="page">
 <div class="part"><p>`+story1+`</p><p>`+story2+`</p></div>
 <div class="part"><h2>Next steps</h2><p>`+story3+`</p></div>
</div><div class="sidebar-links"><a href="/x">One link</a> <a href="/y">Another link</a></div>`),
			want: []lede.Block{
				{Kind: lede.KindParagraph, Text: story1},
				{Kind: lede.KindParagraph, Text: story2},
				{Kind: lede.KindHeading, Text: "Next steps", Level: 2},
				{Kind: lede.KindParagraph, Text: story3},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(context.Background(), []byte(tt.html), Options{URL: tt.url})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if diff := cmp.Diff(tt.want, a.Blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNoArticle(t *testing.T) {
	in := page("<title>Links</title>", `<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">About us</a></li></ul></nav><footer>Contact</footer>`)
	a, err := Extract(context.Background(), []byte(in), Options{})
	if !errors.Is(err, lede.ErrNoArticle) {
		t.Fatalf("err = %v, want ErrNoArticle", err)
	}
	if a == nil || len(a.Blocks) != 0 {
		t.Fatalf("article = %+v, want metadata only", a)
	}
}

func TestRenderHTMLSafe(t *testing.T) {
	blocks := []lede.Block{
		{Kind: lede.KindHeading, Level: 2, Text: "A <b> & c"},
		{Kind: lede.KindParagraph, Text: `"quoted" <script>alert(1)</script>`},
		{Kind: lede.KindListItem, Level: 1, Text: "one"},
		{Kind: lede.KindListItem, Level: 2, Ordered: true, Text: "one.a"},
		{Kind: lede.KindListItem, Level: 1, Text: "two"},
		{Kind: lede.KindImage, Src: "javascript:alert(1)", Alt: "x"},
		{Kind: lede.KindImage, Src: "https://e.com/a.jpg?x=1&y=\"2\"", Alt: "a\"b", Text: "cap"},
		{Kind: lede.KindEmbed, Text: "hi", Embed: &lede.Embed{Kind: "tweet", URL: "data:text/html,x", Author: "A"}},
	}
	got := renderHTML(blocks)
	want := "<h2>A &lt;b&gt; &amp; c</h2>\n" +
		"<p>&#34;quoted&#34; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n" +
		"<ul>\n<li>one<ol>\n<li>one.a</li>\n</ol>\n</li>\n<li>two</li>\n</ul>\n" +
		"<figure><img src=\"https://e.com/a.jpg?x=1&amp;y=&#34;2&#34;\" alt=\"a&#34;b\"><figcaption>cap</figcaption></figure>\n" +
		"<blockquote><p>hi</p><p>— A</p></blockquote>\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("renderHTML (-want +got):\n%s", diff)
	}
	if strings.Contains(got, "javascript:") || strings.Contains(got, "data:") {
		t.Errorf("unsafe URL kept: %s", got)
	}
}

func TestWordsHint(t *testing.T) {
	tests := []struct {
		in   string
		want hint
	}{
		{"post-comments", hintStrong | hintComments},
		{"comment-content", hintPositive},
		{"articleBody", hintPositive},
		{"entry-content share-bar", hintPositive | hintStrong},
		{"byline", hintWeak | hintAuthor},
		{"post-author", hintPositive | hintWeak | hintAuthor},
		{"commentary", hintNone},
		{"socialShareButtons", hintStrong},
		{"container", hintNone},
		{"newsCaption", hintWeak | hintCaption},
		{"related-posts", hintStrong | hintRelated},
	}
	for _, tt := range tests {
		if got := wordsHint(tt.in); got != tt.want {
			t.Errorf("wordsHint(%q) = %b, want %b", tt.in, got, tt.want)
		}
	}
}

func TestIsBylineOrDate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"By Jane Doe", true},
		{"Updated 3 hours ago", true},
		{"June 28, 2018 8:30 AM ET", true},
		{"28 Jun 2018", true},
		{story1, false},
		{"By the end of the year, the council hopes to have spent half of the budget on the wall and the rest on roads.", false},
		{"Byzantine walls", false},
	}
	for _, tt := range tests {
		if got := isBylineOrDate(tt.in); got != tt.want {
			t.Errorf("isBylineOrDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRelated(t *testing.T) {
	in := page("<title>Wall</title>", `<article><p>`+story1+`</p><p>`+story2+`</p></article>
<div class="related-stories"><h3>Related</h3><ul>
 <li><a href="/2026/harbour-fish">Fishermen welcome the harbour wall plan</a> <span class="author">By Ann Lee</span> <time datetime="2026-11-20T10:00:00Z">Nov 20</time></li>
 <li><a href="https://other.example.org/storm">Winter storms batter the coast again</a><time>2 hours ago</time></li>
 <li><a href="/short">Short</a></li>
 <li><a href="/2026/harbour-fish">Fishermen welcome the harbour wall plan</a></li>
</ul></div>
<div class="links"><a href="/elsewhere/one">A link that is no teaser box at all</a></div>`)
	a, err := Extract(context.Background(), []byte(in), Options{URL: "https://news.example.com/2026/wall"})
	if err != nil {
		t.Fatal(err)
	}
	want := []lede.Related{
		{Title: "Fishermen welcome the harbour wall plan", URL: "https://news.example.com/2026/harbour-fish", Author: "Ann Lee", Date: "2026-11-20T10:00:00Z"},
		{Title: "Winter storms batter the coast again", URL: "https://other.example.org/storm", DateText: "2 hours ago"},
	}
	if diff := cmp.Diff(want, a.Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
}

func TestCleanBlocksAuthorsAndTitle(t *testing.T) {
	in := []lede.Block{
		{Kind: lede.KindHeading, Level: 2, Text: "Harbour Wall To Be Rebuilt"},
		{Kind: lede.KindParagraph, Text: "Jane Doe, Staff Writer"},
		{Kind: lede.KindParagraph, Text: "Photo: John Roe, AP"},
		{Kind: lede.KindParagraph, Text: story1},
		{Kind: lede.KindParagraph, Text: "Jane Doe said the wall was needed."},
		{Kind: lede.KindParagraph, Text: "Advertisement"},
		{Kind: lede.KindParagraph, Text: story2},
		{Kind: lede.KindHeading, Level: 2, Text: "More from the Gazette"},
	}
	want := []lede.Block{
		{Kind: lede.KindParagraph, Text: story1},
		{Kind: lede.KindParagraph, Text: "Jane Doe said the wall was needed."},
		{Kind: lede.KindParagraph, Text: story2},
	}
	got := cleanBlocks(in, "Harbour wall to be rebuilt", "", []string{"Jane Doe"}, false)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cleanBlocks (-want +got):\n%s", diff)
	}
}

func TestSocialEmbeds(t *testing.T) {
	in := page("<title>Wall</title>", `<article><p>`+story1+`</p>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"><a href="https://www.instagram.com/p/abc/">A post shared by Jane</a></blockquote>
<div class="fb-post" data-href="https://www.facebook.com/jane/posts/1"></div>
<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@jane/video/1"><section>Jane dances</section></blockquote>
<p>`+story2+`</p></article>`)
	a, err := Extract(context.Background(), []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []lede.Block{
		{Kind: lede.KindParagraph, Text: story1},
		{Kind: lede.KindEmbed, Text: "A post shared by Jane", Embed: &lede.Embed{Kind: "instagram", URL: "https://www.instagram.com/p/abc/", Text: "A post shared by Jane"}},
		{Kind: lede.KindEmbed, Embed: &lede.Embed{Kind: "facebook", URL: "https://www.facebook.com/jane/posts/1"}},
		{Kind: lede.KindEmbed, Text: "Jane dances", Embed: &lede.Embed{Kind: "tiktok", URL: "https://www.tiktok.com/@jane/video/1", Text: "Jane dances"}},
		{Kind: lede.KindParagraph, Text: story2},
	}
	if diff := cmp.Diff(want, a.Blocks); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func TestRenderHTMLNestedLists(t *testing.T) {
	got := renderHTML([]lede.Block{
		{Kind: lede.KindListItem, Level: 2, Text: "deep"},
		{Kind: lede.KindListItem, Level: 1, Text: "top"},
		{Kind: lede.KindListItem, Level: 1, Ordered: true, Text: "first"},
		{Kind: lede.KindParagraph, Text: "after"},
	})
	want := "<ul>\n<li><ul>\n<li>deep</li>\n</ul>\n</li>\n<li>top</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n<p>after</p>\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("renderHTML (-want +got):\n%s", diff)
	}
}

// TestRenderHTMLOnlySafeMarkup renders the blocks of real-looking pages and
// checks the markup: known tags only, no attributes but href, src and alt.
func TestRenderHTMLOnlySafeMarkup(t *testing.T) {
	allowed := map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
		"ul": true, "ol": true, "li": true, "blockquote": true, "pre": true, "code": true, "table": true, "tr": true,
		"td": true, "figure": true, "img": true, "figcaption": true, "a": true, "html": true, "head": true, "body": true, "tbody": true}
	in := page("<title>T</title>", `<article onclick="x()"><p style="color:red">`+story1+`<script>alert(1)</script></p>
<ul><li class="x">`+story2+`</li></ul><img src="javascript:alert(1)" onerror="x()"><img src="/a.png" width="300" alt="a">
<blockquote class="twitter-tweet"><p>t</p>&mdash; A (@a) <a href="javascript:x()/status/1">May 1, 2020</a></blockquote>
<table><tr><td onclick="y">1</td></tr></table><p>`+story3+`</p></article>`)
	a, err := Extract(context.Background(), []byte(in), Options{URL: "https://e.com/"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(strings.NewReader(a.HTML))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !allowed[n.Data] {
				t.Errorf("tag <%s> in rendered HTML", n.Data)
			}
			for _, at := range n.Attr {
				if at.Key != "href" && at.Key != "src" && at.Key != "alt" {
					t.Errorf("attribute %s on <%s>", at.Key, n.Data)
				}
				if (at.Key == "href" || at.Key == "src") && !safeURL(at.Val) {
					t.Errorf("unsafe URL %q", at.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if !strings.Contains(a.HTML, `<img src="https://e.com/a.png" alt="a">`) {
		t.Errorf("image missing from %s", a.HTML)
	}
}

// TestSecondTry covers pages whose article only the hint-free second
// reading finds: parked in a hidden element by a streaming renderer, served
// inside <noscript>, or wrapped in an element whose name misleads.
func TestSecondTry(t *testing.T) {
	body := "<p>" + story1 + "</p><p>" + story2 + "</p><p>" + story3 + "</p>"
	want := []lede.Block{
		{Kind: lede.KindParagraph, Text: story1},
		{Kind: lede.KindParagraph, Text: story2},
		{Kind: lede.KindParagraph, Text: story3},
	}
	tests := []struct{ name, html string }{
		{"hidden", page("<title>T</title>", `<nav><a href="/">Home</a></nav><div hidden id="S:0"><div>`+body+`</div></div>`)},
		{"noscript", page("<title>T</title>", `<noscript><div class="post">`+body+`</div></noscript><div id="app"></div>`)},
		{"misleading name", page("<title>T</title>", `<div class="sidebar-layout"><div>`+body+`</div></div>`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(context.Background(), []byte(tt.html), Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if diff := cmp.Diff(want, a.Blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
}
