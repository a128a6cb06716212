package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/pipeline"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// windows1252 encodes s (which must fit the charset) as windows-1252.
func windows1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// shiftJIS encodes s as Shift_JIS.
func shiftJIS(t *testing.T, s string) []byte {
	t.Helper()
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// japaneseParagraphs are a short made-up local story in Japanese.
var japaneseParagraphs = []string{
	"市議会は火曜日、老朽化した港の防波堤を補強する工事の予算を賛成多数で可決した。工事は来月から始まり、二年かけて完了する予定だという。",
	"地元の漁業協同組合は、冬の嵐のたびに船が被害を受けてきたとして、今回の決定を歓迎した。組合長は「ようやく安心して漁に出られる」と話した。",
	"一方で、工事期間中は港の一部が使えなくなるため、観光船の運航会社は夏の繁忙期への影響を心配している。",
	"市の担当者によると、工事の詳しい日程は今月末に市のホームページで公開され、住民向けの説明会も開かれる。",
	"防波堤は五十年前に造られたもので、近年は高波によるひび割れが目立っていた。専門家は早急な補強が必要だと指摘していた。",
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestRunWARC ingests a gzipped WARC in Common Crawl's layout: only the 2xx
// HTML responses are read, a windows-1252 page is decoded by the charset of
// its HTTP header, and a second run skips every record.
func TestRunWARC(t *testing.T) {
	ctx := context.Background()
	utf8Page := articleHTML("Council funds the new harbour wall", "Ann Reporter", "2024-03-05T10:00:00Z",
		"https://courier.example/news/harbour-wall", storyParagraphs("harbour wall", 1)...)
	// No <meta charset>: only the HTTP header says windows-1252.
	latin := strings.Replace(articleHTML("Café owners fear the roadworks – and the rain", "Zoë Martin", "2024-03-06T09:00:00Z",
		"https://courier.example/news/cafe", storyParagraphs("café terrace", 2)...), `<meta charset="utf-8">`, "", 1)
	// Shift_JIS, declared only in the HTTP header too.
	japanese := strings.Replace(articleHTML("港の防波堤工事が始まる", "山田花子", "2024-03-07T09:00:00+09:00",
		"https://courier.example/jp/harbour", japaneseParagraphs...), `<meta charset="utf-8">`, "", 1)
	recs := []testRecord{
		{Type: "warcinfo"},
		{Type: "response", URI: "https://courier.example/jp/harbour", CT: "text/html; charset=Shift_JIS", Body: shiftJIS(t, japanese)},
		{Type: "request", URI: "https://courier.example/news/harbour-wall"},
		{Type: "response", URI: "https://courier.example/news/harbour-wall", CT: "text/html; charset=utf-8", Body: []byte(utf8Page)},
		{Type: "metadata", URI: "https://courier.example/news/harbour-wall"},
		{Type: "response", URI: "https://courier.example/news/gone", Status: 404, CT: "text/html", Body: []byte("<h1>Not found</h1>")},
		{Type: "request", URI: "https://courier.example/news/cafe"},
		{Type: "response", URI: "https://courier.example/news/cafe", CT: "text/html; charset=windows-1252", Body: windows1252(t, latin)},
		{Type: "response", URI: "https://courier.example/logo.png", CT: "image/png", Body: []byte("\x89PNG\r\n\x1a\nxxxx")},
		{Type: "revisit", URI: "https://courier.example/news/harbour-wall", Block: []byte("HTTP/1.1 304 Not Modified\r\n\r\n")},
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "CC-NEWS-20240306000000-00001.warc.gz")
	if err := os.WriteFile(path, buildWARC(recs, true), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openStore(t)
	in := New(s, Options{Workers: 2})
	for _, src := range []string{path, dir} { // as a file (sniffed) and in a folder (by name)
		s := openStore(t)
		in := New(s, Options{Workers: 2})
		st, err := in.Run(ctx, []string{src})
		if err != nil || st.Stored != 3 || st.Failed != 0 || st.Ignored != 7 {
			t.Errorf("%s: run %+v %v, want 3 stored, 7 ignored, none failed", src, st, err)
		}
		if st.ArchiveBytes == 0 || st.ArchiveRead != st.ArchiveBytes {
			t.Errorf("%s: read %d of %d archive bytes, want all of a non-zero size", src, st.ArchiveRead, st.ArchiveBytes)
		}
	}
	st, err := in.Run(ctx, []string{path})
	if err != nil || st.Stored != 3 {
		t.Fatalf("run %+v %v", st, err)
	}
	id, ok, err := s.HasURL(ctx, "https://courier.example/jp/harbour")
	if err != nil || !ok {
		t.Fatalf("Shift_JIS page not stored: %v", err)
	}
	if got, _ := s.Get(ctx, id); got == nil || got.Article.Title != "港の防波堤工事が始まる" || !strings.Contains(got.Article.Text, "漁業協同組合") {
		t.Errorf("Shift_JIS page decoded as %+v", got)
	}
	res, err := s.Search(ctx, store.Query{Q: "café"})
	if err != nil || res.Total != 1 {
		t.Fatalf("search café: %+v %v, want the windows-1252 page", res, err)
	}
	got, err := s.Get(ctx, res.Results[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Article.Title, "Café owners fear the roadworks – and the rain") || !strings.Contains(got.Article.Text, "café terrace") {
		t.Errorf("windows-1252 page decoded as %q / %.80q", got.Article.Title, got.Article.Text)
	}
	if got.Article.URL != "https://courier.example/news/cafe" {
		t.Errorf("URL %q, want the record's WARC-Target-URI", got.Article.URL)
	}
	st, err = in.Run(ctx, []string{path})
	if err != nil || st.Skipped != 3 || st.Stored != 0 {
		t.Errorf("second run %+v %v, want the 3 pages skipped", st, err)
	}
}

// fakeWeb serves documents by URL to a Run and counts the fetches.
type fakeWeb struct {
	mu      sync.Mutex
	docs    map[string]string
	fetches map[string]int
}

func (w *fakeWeb) fetch(ctx context.Context, u string) (Page, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fetches == nil {
		w.fetches = map[string]int{}
	}
	w.fetches[u]++
	doc, ok := w.docs[u]
	if !ok {
		return Page{}, fmt.Errorf("GET %s: HTTP 404 Not Found", u)
	}
	return Page{URL: u, Data: []byte(doc)}, nil
}

// TestRunFeedAndSitemaps reads a feed file and a sitemap index served by
// URL: every item and entry is fetched once (duplicates after
// normalisation too), a loop between indexes ends, the feed's date fills
// a page that lacks one, and a URL serving a page is read as a page.
func TestRunFeedAndSitemaps(t *testing.T) {
	ctx := context.Background()
	page := func(n int) string { return generatedPage(n) }
	undated := strings.Replace(generatedPage(3), `<meta property="article:published_time" content="2024-03-04T10:00:00Z">`, "", 1)
	if undated == generatedPage(3) {
		t.Fatal("test page has no date to remove")
	}
	urlset := `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://s.example/p/5</loc></url><url><loc>https://s.example/p/6#comments</loc></url>
<url><loc>https://a.example/p/1?utm_source=sitemap</loc></url></urlset>`
	web := &fakeWeb{docs: map[string]string{
		"https://a.example/p/1": page(1), "https://a.example/p/2": page(2), "https://a.example/p/3": undated,
		"https://s.example/p/5": page(5), "https://s.example/p/6": page(6), "https://s.example/page": page(7),
		"https://s.example/index.xml": `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/news.xml.gz</loc></sitemap><sitemap><loc>/loop.xml</loc></sitemap></sitemapindex>`,
		"https://s.example/loop.xml":    `<sitemapindex><sitemap><loc>https://s.example/index.xml</loc></sitemap></sitemapindex>`,
		"https://s.example/news.xml.gz": string(gzipBytes([]byte(urlset))),
	}}
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.html") // a name that says nothing: the content decides
	os.WriteFile(feed, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>A</title><link>https://a.example/</link>
<item><title>One</title><link>https://a.example/p/1</link></item>
<item><title>One again</title><link>https://A.example/p/1?utm_campaign=x#top</link></item>
<item><title>Two</title><link>https://a.example/p/2</link></item>
<item><title>Three</title><link>/p/3</link><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>https://a.example/p/404</link></item>
</channel></rss>`), 0o644)
	s := openStore(t)
	var progress bytes.Buffer
	in := New(s, Options{Workers: 2, Fetch: web.fetch, Progress: &progress})
	st, err := in.Run(ctx, []string{feed, "https://s.example/index.xml", "https://s.example/page"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != 6 || st.Failed != 1 {
		t.Errorf("run %+v, want 6 stored (3 feed pages, 2 sitemap pages, 1 page URL) and the 404 failed\n%s", st, progress.String())
	}
	if !st.ListingDone || st.Unexpanded != 0 || st.Listed != st.Done() {
		t.Errorf("run %+v: want everything listed and done (listed = done)", st)
	}
	for u, n := range web.fetches {
		if n != 1 {
			t.Errorf("%s fetched %d times, want once", u, n)
		}
	}
	if !strings.Contains(progress.String(), "https://a.example/p/404") {
		t.Errorf("progress does not name the failed URL:\n%s", progress.String())
	}
	id, ok, err := s.HasURL(ctx, "https://a.example/p/3")
	if err != nil || !ok {
		t.Fatalf("p/3 not stored: %v", err)
	}
	got, _ := s.Get(ctx, id)
	if got.Article.Published != "2024-03-06T08:00:00Z" {
		t.Errorf("undated page: published %q, want the feed's date", got.Article.Published)
	}
	web.fetches = nil
	st, err = in.Run(ctx, []string{feed})
	if err != nil || st.Skipped != 3 || st.Stored != 0 || web.fetches["https://a.example/p/1"] != 0 {
		t.Errorf("second run %+v %v fetches %v, want the stored URLs skipped unfetched", st, err, web.fetches)
	}
}

// TestRunSitemapCaps checks the per-sitemap cap and the index depth cap.
func TestRunSitemapCaps(t *testing.T) {
	ctx := context.Background()
	var urlset strings.Builder
	urlset.WriteString(`<urlset>`)
	docs := map[string]string{}
	for i := 0; i < 5; i++ {
		u := fmt.Sprintf("https://c.example/p/%d", i)
		fmt.Fprintf(&urlset, "<url><loc>%s</loc></url>", u)
		docs[u] = generatedPage(20 + i)
	}
	urlset.WriteString(`</urlset>`)
	docs["https://c.example/deep/0.xml"] = `<sitemapindex><sitemap><loc>https://c.example/deep/1.xml</loc></sitemap></sitemapindex>`
	docs["https://c.example/deep/1.xml"] = `<sitemapindex><sitemap><loc>https://c.example/deep/2.xml</loc></sitemap></sitemapindex>`
	docs["https://c.example/deep/2.xml"] = urlset.String()
	web := &fakeWeb{docs: docs}
	dir := t.TempDir()
	sm := filepath.Join(dir, "sitemap.xml.gz")
	os.WriteFile(sm, gzipBytes([]byte(urlset.String())), 0o644)

	var progress bytes.Buffer
	in := New(openStore(t), Options{Workers: 1, Fetch: web.fetch, MaxSitemapURLs: 3, Progress: &progress})
	st, err := in.Run(ctx, []string{sm})
	if err != nil || st.Stored != 3 {
		t.Errorf("capped sitemap: %+v %v, want 3 stored", st, err)
	}
	if !strings.Contains(progress.String(), "2 entries over the cap of 3") {
		t.Errorf("progress does not report the cap:\n%s", progress.String())
	}
	progress.Reset()
	in = New(openStore(t), Options{Workers: 1, Fetch: web.fetch, SitemapDepth: 1, Progress: &progress})
	st, err = in.Run(ctx, []string{"https://c.example/deep/0.xml"})
	if err != nil || st.Stored != 0 || web.fetches["https://c.example/deep/2.xml"] != 0 {
		t.Errorf("depth cap: %+v %v, fetches %v: want the third level unread", st, err, web.fetches)
	}
	if !strings.Contains(progress.String(), "deeper than 1") {
		t.Errorf("progress does not report the depth cap:\n%s", progress.String())
	}
}

// TestProgressBar checks the terminal style: the line rewrites itself and
// a failure is printed above it.
func TestProgressBar(t *testing.T) {
	var out bytes.Buffer
	p := &progressWriter{w: &out, style: ProgressBar}
	p.update(Stats{Stored: 3, Failed: 1, Listed: 10, ListingDone: true})
	p.failure("x.html: no article")
	p.update(Stats{Stored: 5, Skipped: 2, Failed: 1, Listed: 10, ListingDone: true})
	p.finish()
	got := out.String()
	if strings.Count(got, "\n") != 1 || !strings.Contains(got, "\r\x1b[2K") || !strings.Contains(got, "8/10 [") ||
		!strings.Contains(got, "ingest: x.html: no article\n") || !strings.HasSuffix(got, "\r\x1b[2K") {
		t.Errorf("bar output %q", got)
	}
	out.Reset()
	p = &progressWriter{w: &out, style: ProgressLines}
	p.update(Stats{Stored: 3, Listed: 10})
	if got := out.String(); !strings.HasSuffix(got, "\n") || strings.Contains(got, "\r") || !strings.Contains(got, "3 stored") {
		t.Errorf("lines output %q", got)
	}
	if line := barLine(Stats{Stored: 1, Listed: 4, ListingDone: true, Unexpanded: 2}); !strings.Contains(line, "1/4+ [") {
		t.Errorf("bar with sources still to expand: %q", line)
	}
	if line := barLine(Stats{Stored: 1, Listed: 4}); !strings.Contains(line, "4+ listed") || strings.Contains(line, "WARC") {
		t.Errorf("bar with the total unknown: %q", line)
	}
	if line := barLine(Stats{Stored: 1, Listed: 4, ArchiveBytes: 1000, ArchiveRead: 250}); !strings.Contains(line, "25% of WARC read") {
		t.Errorf("bar while reading a WARC file: %q", line)
	}
}

// TestRunFeedFileWithoutFetch checks that a feed file read where nothing
// can be fetched fails its URLs one by one, clearly.
func TestRunFeedFileWithoutFetch(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "feed.xml")
	os.WriteFile(feed, []byte(`<rss><channel><item><link>https://a.example/1</link></item><item><link>https://a.example/2</link></item></channel></rss>`), 0o644)
	var progress bytes.Buffer
	st, err := New(openStore(t), Options{Workers: 1, Progress: &progress}).Run(context.Background(), []string{feed})
	if err != nil || st.Failed != 2 || !strings.Contains(progress.String(), "https://a.example/2: fetching URLs is not available") {
		t.Errorf("run %+v %v, want both URLs failed clearly:\n%s", st, err, progress.String())
	}
}

// TestRunCanceledInWARC cancels a run while the lister walks a WARC file:
// Run returns context.Canceled after the lister has stopped.
func TestRunCanceledInWARC(t *testing.T) {
	var recs []testRecord
	for i := 0; i < 50; i++ {
		recs = append(recs, testRecord{Type: "response", URI: fmt.Sprintf("https://w.example/%d", i), CT: "text/html", Body: []byte(generatedPage(100 + i))})
	}
	path := filepath.Join(t.TempDir(), "x.warc")
	os.WriteFile(path, buildWARC(recs, false), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	in := New(openStore(t), Options{Workers: 1})
	calls := 0
	read := in.readPage
	in.readPage = func(c context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		calls++
		if calls == 3 {
			cancel()
		}
		return read(c, page, opts)
	}
	st, err := in.Run(ctx, []string{path})
	if !errors.Is(err, context.Canceled) || !st.Canceled || st.Done() >= 50 {
		t.Errorf("run %+v %v, want canceled early", st, err)
	}
}

// TestRunFetchesAtOnce checks that URLs are fetched by Fetchers
// goroutines at once, not one per reading worker: every fetch waits until
// four are in flight.
func TestRunFetchesAtOnce(t *testing.T) {
	const n = 4
	var mu sync.Mutex
	inFlight, most := 0, 0
	all := make(chan struct{})
	fetch := func(ctx context.Context, u string) (Page, error) {
		mu.Lock()
		inFlight++
		most = max(most, inFlight)
		if inFlight == n {
			close(all)
		}
		mu.Unlock()
		select {
		case <-all:
		case <-ctx.Done():
			return Page{}, ctx.Err()
		}
		mu.Lock()
		inFlight--
		mu.Unlock()
		return Page{URL: u, Data: []byte(generatedPage(200 + int(u[9]-'0')))}, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a safety net, not a measure
	defer cancel()
	var urls []string
	for i := 0; i < n; i++ {
		urls = append(urls, fmt.Sprintf("https://h%d.example/story", i))
	}
	st, err := New(openStore(t), Options{Workers: 1, Fetchers: n, Fetch: fetch}).Run(ctx, urls)
	if err != nil || st.Stored != n || most != n {
		t.Errorf("run %+v %v with %d fetches at once at most, want %d stored, %d at once", st, err, most, n, n)
	}
}

// TestRunRefetchRevalidates checks --refetch: a stored page is fetched
// with the revalidating mark and ErrNotModified counts as skipped, while a
// page not stored is fetched unmarked.
func TestRunRefetchRevalidates(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	marked := map[string]bool{}
	var mu sync.Mutex
	fetch := func(ctx context.Context, u string) (Page, error) {
		mu.Lock()
		marked[u] = Revalidating(ctx)
		mu.Unlock()
		if Revalidating(ctx) {
			return Page{}, ErrNotModified
		}
		return Page{URL: u, Data: []byte(generatedPage(300 + len(marked)))}, nil
	}
	in := New(s, Options{Workers: 1, Fetch: fetch})
	if st, err := in.Run(ctx, []string{"https://r.example/1"}); err != nil || st.Stored != 1 {
		t.Fatalf("first run %+v %v", st, err)
	}
	in = New(s, Options{Workers: 1, Fetch: fetch, Refetch: true})
	st, err := in.Run(ctx, []string{"https://r.example/1", "https://r.example/2"})
	if err != nil || st.Skipped != 1 || st.Stored != 1 || st.Failed != 0 {
		t.Errorf("refetch run %+v %v, want the stored page skipped as unchanged and the new one stored", st, err)
	}
	if !marked["https://r.example/1"] || marked["https://r.example/2"] {
		t.Errorf("revalidating marks %v, want only the stored page marked", marked)
	}
}

// TestRunSince leaves out the feed items, sitemap entries and indexed
// sitemaps dated before Options.Since, and keeps undated ones.
func TestRunSince(t *testing.T) {
	web := &fakeWeb{docs: map[string]string{
		"https://d.example/new": generatedPage(401), "https://d.example/undated": generatedPage(402),
		"https://d.example/old": generatedPage(403), "https://d.example/sm-new-page": generatedPage(404),
		"https://d.example/index.xml": `<sitemapindex>
<sitemap><loc>https://d.example/sm-old.xml</loc><lastmod>2023-01-01</lastmod></sitemap>
<sitemap><loc>https://d.example/sm-new.xml</loc><lastmod>2024-03-06T10:00:00Z</lastmod></sitemap></sitemapindex>`,
		"https://d.example/sm-old.xml": `<urlset><url><loc>https://d.example/old</loc></url></urlset>`,
		"https://d.example/sm-new.xml": `<urlset><url><loc>https://d.example/sm-new-page</loc><lastmod>2024-03-06</lastmod></url>
<url><loc>https://d.example/old</loc><lastmod>2024-02-01</lastmod></url></urlset>`,
	}}
	feed := filepath.Join(t.TempDir(), "feed.xml")
	os.WriteFile(feed, []byte(`<rss><channel>
<item><link>https://d.example/new</link><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate></item>
<item><link>https://d.example/undated</link></item>
<item><link>https://d.example/old</link><pubDate>Thu, 01 Feb 2024 08:00:00 GMT</pubDate></item>
</channel></rss>`), 0o644)
	var progress bytes.Buffer
	since := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	in := New(openStore(t), Options{Workers: 1, Fetch: web.fetch, Since: since, Progress: &progress})
	st, err := in.Run(context.Background(), []string{feed, "https://d.example/index.xml"})
	if err != nil || st.Stored != 3 || st.Failed != 0 {
		t.Errorf("run %+v %v, want the 3 recent or undated pages", st, err)
	}
	if web.fetches["https://d.example/old"] != 0 || web.fetches["https://d.example/sm-old.xml"] != 0 {
		t.Errorf("fetches %v: the old page and the old sitemap were fetched", web.fetches)
	}
	if !strings.Contains(progress.String(), "1 entries dated before 2024-03-01") {
		t.Errorf("progress does not say what was left out:\n%s", progress.String())
	}
}
