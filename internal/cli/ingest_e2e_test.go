package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ledehq/lede/internal/server"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// e2eStory is one story of testdata/e2e_site: a title and paragraphs.
type e2eStory struct {
	title      string
	paragraphs []string
}

func readE2EStory(t *testing.T, name string) e2eStory {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "e2e_site", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(strings.TrimSpace(string(data)), "\n\n")
	return e2eStory{title: parts[0], paragraphs: parts[1:]}
}

// e2ePage wraps a story in a news page of the site named site, with the
// page's own address as its canonical URL.
func e2ePage(site, canonical, published, author string, s e2eStory) string {
	var body strings.Builder
	for _, p := range s.paragraphs {
		fmt.Fprintf(&body, "<p>%s</p>\n", html.EscapeString(p))
	}
	return fmt.Sprintf(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>%[1]s | %[2]s</title>
<link rel="canonical" href="%[3]s"><meta property="og:site_name" content="%[2]s">
<meta property="article:published_time" content="%[4]s"></head>
<body><header><a href="/">%[2]s</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>%[1]s</h1><p class="byline">By %[5]s</p><time datetime="%[4]s">%[4]s</time>
%[6]s</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Tide tables</a></li><li><a href="/y">Letters</a></li></ul></aside></main>
<footer>Copyright %[2]s</footer></body></html>`, html.EscapeString(s.title), site, canonical, published, author, body.String())
}

// hitLog records the paths a test server was asked for.
type hitLog struct {
	mu   sync.Mutex
	hits map[string]int
}

func (h *hitLog) add(path string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.hits == nil {
		h.hits = map[string]int{}
	}
	h.hits[path]++
}

func (h *hitLog) count(prefix string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for p, c := range h.hits {
		if strings.HasPrefix(p, prefix) {
			n += c
		}
	}
	return n
}

// TestIngestEndToEnd is the news base's end-to-end test: "lede ingest"
// reads a local test site (a feed and a gzipped sitemap index over a news
// sitemap, robots.txt rules, a slow page, a 500, a redirect loop, and a
// story republished on a second host) into a temporary SQLite store, then
// the API answers over it.
func TestIngestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test: waits for a fetch timeout")
	}
	stories := map[string]e2eStory{}
	for _, n := range []string{"lighthouse", "orchard", "tramway", "observatory", "vineyard", "private"} {
		stories[n] = readE2EStory(t, n)
	}

	// The second host republishes the lighthouse story, as a partner site
	// republishes a wire story: same text, its own page and address.
	var partnerHits hitLog
	partner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		partnerHits.add(r.URL.Path)
		if r.URL.Path != "/stories/lighthouse-museum" {
			http.NotFound(w, r) // robots.txt too: no rules
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, e2ePage("Valley Gazette", "http://"+r.Host+r.URL.Path, "2024-03-05T14:00:00Z", "Staff reporter", stories["lighthouse"]))
	}))
	defer partner.Close()

	release := make(chan struct{})
	var hits hitLog
	var site *httptest.Server
	site = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.add(r.URL.Path)
		base := site.URL
		switch p := r.URL.Path; {
		case p == "/robots.txt":
			io.WriteString(w, "User-agent: *\nDisallow: /private/\n")
		case p == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Coastal Courier</title><link>%[1]s/</link>
<item><title>Lighthouse</title><link>%[1]s/news/lighthouse</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
<item><title>Lighthouse again</title><link>%[1]s/news/lighthouse?utm_source=rss#comments</link></item>
<item><title>Orchard</title><link>%[1]s/news/orchard</link></item>
<item><title>Slow</title><link>%[1]s/slow</link></item>
<item><title>Broken</title><link>%[1]s/broken</link></item>
<item><title>Loop</title><link>%[1]s/loop</link></item>
<item><title>Memo</title><link>%[1]s/private/memo</link></item>
<item><title>Partner</title><link>%[2]s/stories/lighthouse-museum</link></item>
</channel></rss>`, base, partner.URL)
		case p == "/sitemap_index.xml.gz":
			w.Header().Set("Content-Type", "application/gzip")
			w.Write(gzipString(fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/sitemaps/news.xml</loc></sitemap>
<sitemap><loc>%[1]s/sitemap_index.xml.gz</loc></sitemap>
</sitemapindex>`, base)))
		case p == "/sitemaps/news.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/news/tramway</loc><news:news><news:publication_date>2024-03-06T08:00:00Z</news:publication_date><news:title>Tramway</news:title></news:news></url>
<url><loc>%[1]s/news/observatory</loc></url>
<url><loc>%[1]s/news/vineyard</loc></url>
<url><loc>%[1]s/news/orchard</loc></url>
<url><loc>%[1]s/private/rota</loc></url>
</urlset>`, base)
		case strings.HasPrefix(p, "/news/"), strings.HasPrefix(p, "/private/"):
			name := p[strings.LastIndexByte(p, '/')+1:]
			if strings.HasPrefix(p, "/private/") {
				name = "private"
			}
			s, ok := stories[name]
			if !ok {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, e2ePage("The Coastal Courier", base+p, "2024-03-05T09:00:00Z", "Ann Reporter", s))
		case p == "/slow":
			select { // longer than --fetch-timeout: answers when the client gives up
			case <-r.Context().Done():
			case <-release:
			}
		case p == "/broken":
			http.Error(w, "database down", http.StatusInternalServerError)
		case p == "/loop":
			http.Redirect(w, r, "/loop-again", http.StatusFound)
		case p == "/loop-again":
			http.Redirect(w, r, "/loop", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	defer close(release) // before Close, which waits for the slow handler

	db := filepath.Join(t.TempDir(), "news.db")
	args := []string{"ingest", "--db", db, "--allow-private", "--delay", "0", "--retries", "1", "--fetch-timeout", "3s",
		"--max-redirects", "3", "--workers", "2", "--progress", "lines",
		site.URL + "/feed.xml", site.URL + "/sitemap_index.xml.gz"}
	var stderr bytes.Buffer
	if code := Main(context.Background(), args, nil, io.Discard, &stderr); code != ExitOK {
		t.Fatalf("lede ingest: exit %d\n%s", code, stderr.String())
	}
	out := stderr.String()
	// Five pages of the site and the partner's copy; the slow page, the
	// 500, the loop and the two pages robots.txt disallows failed.
	if !strings.Contains(out, "6 stored") || !strings.Contains(out, "5 failed") {
		t.Errorf("summary: want 6 stored and 5 failed:\n%s", out)
	}
	for path, reason := range map[string]string{
		"/slow": "timed out", "/broken": "500", "/loop": "redirects", "/private/memo": "robots.txt", "/private/rota": "robots.txt",
	} {
		if !hasLine(out, site.URL+path+":", reason) {
			t.Errorf("no failure line for %s giving %q:\n%s", path, reason, out)
		}
	}
	if n := hits.count("/private/"); n != 0 {
		t.Errorf("pages disallowed by robots.txt were fetched %d times", n)
	}
	if n := hits.count("/news/lighthouse"); n != 1 {
		t.Errorf("the lighthouse page, listed twice, was fetched %d times, want once", n)
	}
	if n := hits.count("/news/orchard"); n != 1 {
		t.Errorf("the orchard page, in the feed and the sitemap, was fetched %d times, want once", n)
	}
	if n := hits.count("/sitemap_index.xml.gz"); n != 1 {
		t.Errorf("the sitemap index, listing itself, was fetched %d times, want once", n)
	}

	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	api := httptest.NewServer(server.New(st, server.Options{}))
	defer api.Close()

	var health struct{ Articles int }
	e2eGetJSON(t, api.URL+"/healthz", &health)
	if health.Articles != 6 {
		t.Errorf("healthz: %d articles, want 6", health.Articles)
	}
	type hit struct {
		ID     int64  `json:"id"`
		Title  string `json:"title"`
		URL    string `json:"url"`
		Copies int    `json:"copies"`
	}
	var res struct {
		Total   int   `json:"total"`
		Results []hit `json:"results"`
	}
	for word, path := range map[string]string{"orchard": "/news/orchard", "tramway": "/news/tramway",
		"astronomers": "/news/observatory", "paraffin": "/news/vineyard"} {
		e2eGetJSON(t, api.URL+"/api/v1/articles?q="+url.QueryEscape(word), &res)
		if res.Total != 1 || len(res.Results) != 1 || res.Results[0].URL != site.URL+path {
			t.Errorf("q=%s: %+v, want the one article at %s", word, res, path)
		}
	}
	e2eGetJSON(t, api.URL+"/api/v1/articles?q=rota", &res)
	if res.Total != 0 {
		t.Errorf("q=rota: %+v, want nothing (the page robots.txt disallows)", res)
	}
	// The republished story is shown once, with its two copies.
	e2eGetJSON(t, api.URL+"/api/v1/articles?q=lighthouse+keepers", &res)
	if res.Total != 1 || len(res.Results) != 1 || res.Results[0].Copies != 2 {
		t.Errorf("q=lighthouse keepers: %+v, want one story with 2 copies", res)
	}
	e2eGetJSON(t, api.URL+"/api/v1/articles?q=lighthouse+keepers&all_copies=1", &res)
	if res.Total != 2 {
		t.Errorf("q=lighthouse keepers, all copies: %+v, want the 2 copies", res)
	}
	e2eGetJSON(t, api.URL+"/api/v1/articles?q=tramway", &res)
	if len(res.Results) == 1 {
		var a struct {
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		e2eGetJSON(t, fmt.Sprintf("%s/api/v1/articles/%d", api.URL, res.Results[0].ID), &a)
		if !strings.Contains(a.Title, "buried tramway") || !strings.Contains(a.Text, "granite setts") {
			t.Errorf("article: title %q, text %.60q", a.Title, a.Text)
		}
	}

	// Again: every stored page is skipped without being fetched.
	before := hits.count("/news/") + partnerHits.count("/stories/")
	stderr.Reset()
	if code := Main(context.Background(), args, nil, io.Discard, &stderr); code != ExitOK {
		t.Fatalf("second run: exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "0 stored") || !strings.Contains(stderr.String(), "6 skipped") {
		t.Errorf("second run: want 6 skipped, none stored:\n%s", stderr.String())
	}
	if after := hits.count("/news/") + partnerHits.count("/stories/"); after != before {
		t.Errorf("second run fetched %d stored pages again", after-before)
	}
}

// hasLine reports whether some line of out holds both parts.
func hasLine(out, a, b string) bool {
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, a) && strings.Contains(line, b) {
			return true
		}
	}
	return false
}

func gzipString(s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	io.WriteString(zw, s)
	zw.Close()
	return b.Bytes()
}

func e2eGetJSON(t *testing.T, u string, v any) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", u, resp.StatusCode, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v in %s", u, err, body)
	}
}
