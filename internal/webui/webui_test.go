package webui

import (
	"encoding/xml"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// fetch asks h for a page and returns its status, headers and body.
func fetch(t *testing.T, h http.Handler, method, target string) (int, http.Header, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, rec.Result().Header, string(body)
}

func TestStatusCodes(t *testing.T) {
	ts := newTestStore(t, 0)
	h := New(ts, Options{})
	st, err := ts.Get(t.Context(), ts.sampleID)
	if err != nil {
		t.Fatal(err)
	}
	a := st.Article
	if len(a.People) == 0 || len(a.Organizations) == 0 || len(a.Places) == 0 {
		t.Fatalf("the sample article was stored without people, organizations or places: %d, %d, %d", len(a.People), len(a.Organizations), len(a.Places))
	}
	sample := strconv.FormatInt(ts.sampleID, 10)
	tests := []struct {
		method, target string
		want           int
		contentType    string
	}{
		{"GET", "/", 200, "text/html"},
		{"HEAD", "/", 200, "text/html"},
		{"GET", "/search", 200, "text/html"},
		{"GET", "/search?q=" + url.QueryEscape(a.Title), 200, "text/html"},
		{"GET", "/search?q=zzzqqqxxx", 200, "text/html"},
		{"GET", "/search?person=" + url.QueryEscape(a.People[0].Name) + "&sort=date", 200, "text/html"},
		{"GET", "/search?page=2", 200, "text/html"},
		{"GET", "/search?page=0", 400, "text/html"},
		{"GET", "/search?page=x", 400, "text/html"},
		{"GET", "/search?sort=sideways", 400, "text/html"},
		{"GET", "/search?from=yesterday", 400, "text/html"},
		{"GET", "/search?mentions_date=" + a.Published[:7], 200, "text/html"},
		{"GET", "/search?mentions_date=soon", 400, "text/html"},
		{"GET", "/articles/" + sample, 200, "text/html"},
		{"GET", "/articles/0", 404, "text/html"},
		{"GET", "/articles/-3", 404, "text/html"},
		{"GET", "/articles/abc", 404, "text/html"},
		{"GET", "/articles/987654321", 404, "text/html"},
		{"GET", entityHref("people", a.People[0].Name, ""), 200, "text/html"},
		{"GET", entityHref("organizations", a.Organizations[0].Name, ""), 200, "text/html"},
		{"GET", entityHref("places", a.Places[0].Name, a.Places[0].Country), 200, "text/html"},
		{"GET", entityHref("people", hostileName, ""), 200, "text/html"},
		{"GET", "/people/Nobody%20At%20All%20Qq", 404, "text/html"},
		{"GET", "/people/x?page=-1", 400, "text/html"},
		{"GET", "/people", 200, "text/html"},
		{"GET", "/organizations?prefix=a", 200, "text/html"},
		{"GET", "/places?page=3", 200, "text/html"},
		{"GET", "/sources", 200, "text/html"},
		{"GET", "/sources/evil.example", 200, "text/html"},
		{"GET", "/quotes", 200, "text/html"},
		{"GET", "/stories", 200, "text/html"},
		{"GET", "/stories?page=2", 200, "text/html"},
		{"GET", "/stories?page=two", 400, "text/html"},
		{"GET", "/quotes?speaker=" + url.QueryEscape(a.Quotes[0].Speaker), 200, "text/html"},
		{"GET", "/quotes?q=zzzqqq", 200, "text/html"},
		{"GET", "/quotes?page=0", 400, "text/html"},
		{"GET", "/sources/no-such-site.example", 404, "text/html"},
		{"GET", "/static/style.css", 200, "text/css"},
		{"GET", "/static/favicon.svg", 200, "image/svg+xml"},
		{"GET", "/static/missing.css", 404, "text/html"},
		{"GET", "/static/", 404, "text/html"},
		{"GET", "/no/such/page", 404, "text/html"},
		{"POST", "/search", 405, "text/html"},
		{"DELETE", "/articles/" + sample, 405, "text/html"},
		{"POST", "/elsewhere", 405, "text/html"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			code, hdr, body := fetch(t, h, tt.method, tt.target)
			if code != tt.want {
				t.Errorf("status %d, want %d; body:\n%.600s", code, tt.want, body)
			}
			if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type %q, want %s", ct, tt.contentType)
			}
			if got := hdr.Get("Content-Security-Policy"); got != CSP {
				t.Errorf("Content-Security-Policy %q, want %q", got, CSP)
			}
			if hdr.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("no X-Content-Type-Options: nosniff")
			}
			if tt.method == "HEAD" && body != "" {
				t.Errorf("HEAD answered a body of %d bytes", len(body))
			}
			if strings.HasPrefix(tt.contentType, "text/html") && tt.method == "GET" {
				if !strings.Contains(body, `<link rel="stylesheet" href="/static/style.css?v=`) {
					t.Error("the page does not use the layout")
				}
				// No script and no inline style: the CSP forbids both.
				for _, bad := range []string{"<script", " style=", "<style"} {
					if strings.Contains(body, bad) {
						t.Errorf("the page holds %q", bad)
					}
				}
			}
		})
	}
}

// TestEscaping checks that text of a hostile page is shown as text
// wherever it appears, and that the stored HTML is never rendered.
func TestEscaping(t *testing.T) {
	ts := newTestStore(t, 0)
	h := New(ts, Options{})
	pages := []string{
		"/articles/" + strconv.FormatInt(ts.hostileID, 10),
		"/search?q=markets",
		"/",
		entityHref("people", hostileName, ""),
		"/sources/evil.example",
		"/sources",
		"/people",
		"/search?q=" + url.QueryEscape(`<script>alert(1)</script>`),
		"/search?person=" + url.QueryEscape(`"><script>alert(1)</script>`),
		"/quotes?speaker=" + url.QueryEscape(hostileName),
	}
	for _, p := range pages {
		t.Run(p, func(t *testing.T) {
			code, _, body := fetch(t, h, "GET", p)
			if code != 200 {
				t.Fatalf("status %d", code)
			}
			for _, bad := range []string{"<script", "<img src=x", "<iframe", "<b>", `="javascript:`, "stored html must never"} {
				if strings.Contains(body, bad) {
					i := strings.Index(body, bad)
					t.Errorf("the page holds %q: …%s…", bad, body[max(0, i-80):min(len(body), i+80)])
				}
			}
		})
	}
	_, _, body := fetch(t, h, "GET", "/articles/"+strconv.FormatInt(ts.hostileID, 10))
	for _, want := range []string{
		html.EscapeString(hostileTitle),                        // the title as text
		html.EscapeString(`<b>we are</b> "fine"`),              // the quote as text
		`href="` + entityHref("people", hostileName, "") + `"`, // the name still linked
		`<mark class="quote direct" id="quote-1"`,
	} {
		if !strings.Contains(body, want) && !strings.Contains(body, strings.ReplaceAll(want, "&#34;", "&quot;")) {
			t.Errorf("the hostile article page lacks %s", want)
		}
	}
}

// TestArticleLinks checks that the reader links every person,
// organization and place of the article to its page, marks its quotes with
// anchors the side panel points to, and links the original.
func TestArticleLinks(t *testing.T) {
	ts := newTestStore(t, 0)
	h := New(ts, Options{})
	st, err := ts.Get(t.Context(), ts.sampleID)
	if err != nil {
		t.Fatal(err)
	}
	_, _, body := fetch(t, h, "GET", "/articles/"+strconv.FormatInt(ts.sampleID, 10))
	for _, p := range st.Article.People {
		if want := `class="ent person" href="` + entityHref("people", p.Name, "") + `"`; len(p.Mentions) > 0 && !strings.Contains(body, want) {
			t.Errorf("no link in the text to %s (%s)", p.Name, want)
		}
	}
	for _, o := range st.Article.Organizations {
		if want := `class="ent org" href="` + entityHref("organizations", o.Name, "") + `"`; len(o.Mentions) > 0 && !strings.Contains(body, want) {
			t.Errorf("no link in the text to %s", o.Name)
		}
	}
	for _, p := range st.Article.Places {
		if want := html.EscapeString(entityHref("places", p.Name, p.Country)); len(p.Mentions) > 0 && !strings.Contains(body, want) {
			t.Errorf("no link in the text to %s (%s)", p.Name, want)
		}
	}
	shown := strings.Count(body, `<mark class="quote `)
	if shown == 0 || shown > len(st.Article.Quotes) {
		t.Errorf("%d quotes highlighted; the article has %d", shown, len(st.Article.Quotes))
	}
	for i := range st.Article.Quotes {
		a := quoteAnchor(i)
		if strings.Contains(body, `id="`+a+`"`) != strings.Contains(body, `href="#`+a+`"`) {
			t.Errorf("quote %s: the anchor and the side panel's link disagree", a)
		}
	}
}

// TestLinksResolve follows every link of the UI from the home page and
// checks that each answers 200.
func TestLinksResolve(t *testing.T) {
	ts := newTestStore(t, benchPagesIfPresent(t, 15))
	h := New(ts, Options{})
	href := regexp.MustCompile(`(?:href|src)="([^"#]*)`)
	seen := map[string]bool{"/": true}
	queue := []string{"/"}
	for len(queue) > 0 && len(seen) < 400 {
		p := queue[0]
		queue = queue[1:]
		code, _, body := fetch(t, h, "GET", p)
		if code != http.StatusOK {
			t.Errorf("%s: status %d", p, code)
			continue
		}
		for _, m := range href.FindAllStringSubmatch(body, -1) {
			link := html.UnescapeString(m[1])
			if link == "" || !strings.HasPrefix(link, "/") || strings.HasPrefix(link, "//") || strings.HasPrefix(link, "/api/") {
				continue
			}
			if !seen[link] {
				seen[link] = true
				queue = append(queue, link)
			}
		}
	}
	if len(seen) < 30 {
		t.Errorf("only %d pages reached from the home page", len(seen))
	}
	t.Logf("%d pages checked", len(seen)-len(queue))
}

// TestSourcePages checks that every source's page lists as many articles
// as the source list counts for it.
func TestSourcePages(t *testing.T) {
	ts := newTestStore(t, benchPagesIfPresent(t, 15))
	h := New(ts, Options{})
	srcs, err := ts.Sources(t.Context(), store.SourceQuery{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs.Results) < 2 {
		t.Fatalf("%d sources; want the sample's and the hostile article's at least", len(srcs.Results))
	}
	_, _, index := fetch(t, h, "GET", "/sources")
	for _, s := range srcs.Results {
		p := "/sources/" + url.PathEscape(sourceKey(s, ""))
		if !strings.Contains(index, `href="`+p+`"`) {
			t.Errorf("the sources page does not link %s", p)
		}
		code, _, body := fetch(t, h, "GET", p)
		if code != 200 {
			t.Errorf("%s: status %d", p, code)
			continue
		}
		// Sources groups the articles without an address under one empty
		// host (see /tmp/notes/store.md), so their count is not checked.
		if want := `Articles <span class="count">` + strconv.Itoa(s.Articles) + `</span>`; s.Host != "" && !strings.Contains(body, want) {
			t.Errorf("%s does not list %d articles", p, s.Articles)
		}
	}
}

// TestStoryCopies checks that a story stored from two sites is listed
// once with a note of its other copy, and that each copy's reader links
// the other.
func TestStoryCopies(t *testing.T) {
	ts := newTestStore(t, 0)
	ctx := t.Context()
	orig, err := ts.Get(ctx, ts.sampleID)
	if err != nil {
		t.Fatal(err)
	}
	first := *orig.Article
	first.URL, first.SiteName = "https://wire.example/story/1", "Wire"
	second := first
	second.URL, second.SiteName, second.Title = "https://partner.example/news/1", "Partner", first.Title+" (partner)"
	// A republication: the same text with a line of the partner's own.
	extra := "This story was published by our partner site."
	second.Text = first.Text + "\n\n" + extra
	second.Blocks = append(append([]lede.Block{}, first.Blocks...), lede.Block{Kind: lede.KindParagraph, Text: extra})
	r1, err := ts.Put(ctx, store.Entry{Article: &first, Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := ts.Put(ctx, store.Entry{Article: &second, Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if r1.ID == r2.ID {
		t.Fatalf("both copies stored as article %d", r1.ID)
	}
	h := New(ts, Options{})
	for _, pair := range [][2]int64{{r1.ID, r2.ID}, {r2.ID, r1.ID}} {
		_, _, body := fetch(t, h, "GET", "/articles/"+strconv.FormatInt(pair[0], 10))
		if !strings.Contains(body, `id="copies"`) || !strings.Contains(body, `href="/articles/`+strconv.FormatInt(pair[1], 10)+`"`) {
			t.Errorf("article %d does not list its copy %d", pair[0], pair[1])
		}
	}
	_, _, body := fetch(t, h, "GET", "/search?site=wire.example")
	if !strings.Contains(body, "copies elsewhere") && !strings.Contains(body, "copy elsewhere") {
		t.Errorf("the search result does not say the story has other copies")
	}
	_, _, body = fetch(t, h, "GET", "/stories")
	for _, id := range []int64{r1.ID, r2.ID} {
		if !strings.Contains(body, `href="/articles/`+strconv.FormatInt(id, 10)+`"`) {
			t.Errorf("the stories page does not list copy %d", id)
		}
	}
}

func TestEmptyStore(t *testing.T) {
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "empty.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := New(st, Options{})
	for _, tt := range []struct {
		target string
		code   int
		want   string
	}{
		{"/", 200, "The news base is empty"},
		{"/search?q=anything", 200, "No stored article matches"},
		{"/people", 200, "No names"},
		{"/sources", 200, "No sources yet"},
		{"/articles/1", 404, "Page not found"},
		{"/people/Anyone", 404, "No stored article names a person called"},
	} {
		code, _, body := fetch(t, h, "GET", tt.target)
		if code != tt.code || !strings.Contains(body, tt.want) {
			t.Errorf("%s: status %d, want %d with %q", tt.target, code, tt.code, tt.want)
		}
	}
}

// TestClosedStore checks that a store that cannot answer gives the 503
// page, in the UI's style, without the error's details.
func TestClosedStore(t *testing.T) {
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "closed.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := New(st, Options{})
	st.Close()
	for _, p := range []string{"/", "/articles/1", "/people/Anyone", "/sources"} {
		code, hdr, body := fetch(t, h, "GET", p)
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "The news base is not available") {
			t.Errorf("%s: status %d, want 503 with the unavailable page", p, code)
		}
		if hdr.Get("Content-Security-Policy") != CSP || strings.Contains(body, "closed") {
			t.Errorf("%s: the error page lacks the CSP or shows the error's details", p)
		}
	}
}

// TestNameWithSlash checks that a name holding a slash has a page of its
// own (its slash escaped in the address) and is linked from the reader.
func TestNameWithSlash(t *testing.T) {
	ts := newTestStore(t, 0)
	text := "The band AC/DC played in Sydney on Friday night to a full house."
	a := &lede.Article{
		URL: "https://music.example/acdc", Title: "A night with the band", Text: text,
		Blocks:        []lede.Block{{Kind: lede.KindParagraph, Text: text}},
		Organizations: []lede.Organization{{Name: "AC/DC", Mentions: []lede.Mention{{Start: 9, End: 14}}}},
	}
	res, err := ts.Put(t.Context(), store.Entry{Article: a})
	if err != nil {
		t.Fatal(err)
	}
	h := New(ts, Options{})
	href := entityHref("organizations", "AC/DC", "")
	if href != "/organizations/AC%2FDC" {
		t.Errorf("address %s", href)
	}
	if code, _, body := fetch(t, h, "GET", href); code != 200 || !strings.Contains(body, "<h1>AC/DC</h1>") {
		t.Errorf("%s: status %d, or no heading", href, code)
	}
	if _, _, body := fetch(t, h, "GET", "/articles/"+strconv.FormatInt(res.ID, 10)); !strings.Contains(body, `href="`+href+`"`) {
		t.Errorf("the reader does not link %s", href)
	}
}

// TestQuotesPage checks that the quotes page finds each quote of the
// sample by its speaker.
func TestQuotesPage(t *testing.T) {
	ts := newTestStore(t, 0)
	h := New(ts, Options{})
	st, err := ts.Get(t.Context(), ts.sampleID)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, q := range st.Article.Quotes {
		if q.Speaker == "" {
			continue
		}
		_, _, body := fetch(t, h, "GET", "/quotes?speaker="+url.QueryEscape(q.Speaker))
		if !strings.Contains(body, html.EscapeString(quoteShown(q.Text))) {
			t.Errorf("the quotes of %s do not show %q", q.Speaker, q.Text)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("the sample has no attributed quote")
	}
	// Words asked for are marked in the quotes found.
	var word string
	for _, f := range strings.FieldsFunc(st.Article.Quotes[0].Text, func(r rune) bool { return !isWordRune(r) }) {
		if len(f) > len(word) {
			word = f
		}
	}
	_, _, body := fetch(t, h, "GET", "/quotes?q="+url.QueryEscape(word))
	if !strings.Contains(body, `<mark class="hit">`+html.EscapeString(word)+`</mark>`) {
		t.Errorf("the quotes about %q do not mark it", word)
	}
}

// TestPastTheLastPage checks that a page number past the results says so
// rather than claiming nothing matches.
func TestPastTheLastPage(t *testing.T) {
	ts := newTestStore(t, 0)
	code, _, body := fetch(t, New(ts, Options{}), "GET", "/search?page=999")
	if code != 200 || !strings.Contains(body, "past the last result") || !strings.Contains(body, `href="/search"`) {
		t.Errorf("status %d; the page does not say it is past the last result or link the first page", code)
	}
}

// TestFeed checks the Atom feed of a search: well-formed, newest first,
// each entry linking the reader, titles kept as text.
func TestFeed(t *testing.T) {
	ts := newTestStore(t, 0)
	h := New(ts, Options{})
	code, hdr, body := fetch(t, h, "GET", "/feed")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("status %d, Content-Type %q", code, hdr.Get("Content-Type"))
	}
	var f atomFeed
	if err := xml.Unmarshal([]byte(body), &f); err != nil {
		t.Fatalf("the feed is not well-formed XML: %v", err)
	}
	n, _ := ts.Count(t.Context())
	if len(f.Entries) == 0 || len(f.Entries) > min(n, feedSize) {
		t.Errorf("%d entries for %d articles", len(f.Entries), n)
	}
	sawHostile := false
	for i, e := range f.Entries {
		if !strings.HasPrefix(e.ID, "http://example.com/articles/") {
			t.Errorf("entry id %q is not the reader's absolute address", e.ID)
		}
		if i > 0 && e.Updated > f.Entries[i-1].Updated {
			t.Errorf("entry %d (%s) is newer than the one before it (%s)", i, e.Updated, f.Entries[i-1].Updated)
		}
		sawHostile = sawHostile || e.Title == hostileTitle
	}
	if !sawHostile {
		t.Error("the hostile title does not come back as the same text")
	}
	// A page's feed link gives a feed of that page's articles.
	_, _, page := fetch(t, h, "GET", "/search?site=evil.example")
	if !strings.Contains(page, `href="/feed?site=evil.example"`) {
		t.Fatal("the search page does not link its feed")
	}
	_, _, body = fetch(t, h, "GET", "/feed?site=evil.example")
	f = atomFeed{}
	if err := xml.Unmarshal([]byte(body), &f); err != nil || len(f.Entries) != 1 || f.Entries[0].Title != hostileTitle {
		t.Errorf("feed of one source: %d entries, err %v", len(f.Entries), err)
	}
	if code, _, _ := fetch(t, h, "GET", "/feed?sort=sideways"); code != 400 {
		t.Errorf("a bad parameter gave %d, want 400", code)
	}
}
