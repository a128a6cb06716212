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
	"testing"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/pipeline"
)

// generatedPage is a small news page whose story differs by n: its
// sentences are drawn from word lists by a generator seeded with n, so two
// pages share few word sequences and are not near-duplicates of each other.
func generatedPage(n int) string {
	subjects := []string{"the regional council", "harbour engineers", "the fishing cooperative", "local shopkeepers",
		"the ferry operator", "coastguard volunteers", "the school board", "marine biologists", "the port authority",
		"residents of the old quarter", "the lifeboat crew", "tourism officials"}
	verbs := []string{"discussed", "questioned", "approved", "rejected", "postponed", "welcomed", "criticised", "examined",
		"funded", "reviewed", "challenged", "praised"}
	objects := []string{"the harbour works", "a new sea wall", "winter ferry timetables", "the dredging contract",
		"repairs to the pier", "a parking scheme", "the fish market lease", "storm drainage plans", "the lighthouse museum",
		"cycle lanes along the promenade", "a desalination plant", "the marina extension"}
	when := []string{"on Tuesday", "after a long meeting", "despite protests", "in a closed session", "for the second time",
		"before the summer season", "without a vote", "at a packed public hearing"}
	seed := uint32(n)*2654435761 + 12345
	pick := func(list []string) string {
		seed = seed*1664525 + 1013904223
		return list[int(seed>>16)%len(list)]
	}
	var body strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&body, "<p>%s %s %s %s, and %s %s %s. ", pick(subjects), pick(verbs), pick(objects), pick(when),
			pick(subjects), pick(verbs), pick(objects))
		fmt.Fprintf(&body, "Later %s %s %s %s.</p>\n", pick(subjects), pick(verbs), pick(objects), pick(when))
	}
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Harbour report %d</title>
<meta property="og:title" content="Harbour report %d">
<link rel="canonical" href="https://news.example.org/harbour/%d">
<meta property="article:published_time" content="2024-03-%02dT10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour report %d</h1>%s</article>
<footer>Copyright Example News</footer></body></html>`, n, n, n, 1+n%28, n, body.String())
}

// writePages writes n generated pages into dir (one of them gzipped) plus
// files a walk must ignore.
func writePages(t *testing.T, dir string, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		name := filepath.Join(dir, fmt.Sprintf("page-%02d.html", i))
		data := []byte(generatedPage(i))
		if i == 0 {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			name, data = name+".gz", buf.Bytes()
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"not":"a page"}`), 0o644)
	os.MkdirAll(filepath.Join(dir, ".hidden"), 0o755)
	os.WriteFile(filepath.Join(dir, ".hidden", "x.html"), []byte(generatedPage(99)), 0o644)
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "lede.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRunTwiceStoresOnce(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	const pages = 8
	writePages(t, dir, pages)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	s := openStore(t)
	var progress bytes.Buffer
	in := New(s, Options{Workers: 2, Progress: &progress})

	st, err := in.Run(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != pages || st.Failed != 1 || st.Skipped != 0 {
		t.Errorf("first run %+v, want %d stored, 1 failed (the empty file)", st, pages)
	}
	if !strings.Contains(progress.String(), "empty.txt") {
		t.Errorf("progress does not name the failed file:\n%s", progress.String())
	}
	st, err = in.Run(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if st.Stored != 0 || st.Skipped != pages {
		t.Errorf("second run %+v, want %d skipped, none stored", st, pages)
	}
	if n, _ := s.Count(ctx); n != pages {
		t.Errorf("store holds %d articles, want %d", n, pages)
	}
	res, err := s.Search(ctx, store.Query{Q: "harbour report"})
	if err != nil || res.Total != pages {
		t.Errorf("search found %d (%v), want %d", res.Total, err, pages)
	}
	got, err := s.Get(ctx, res.Results[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Title == "" || got.Article.CanonicalURL == "" {
		t.Errorf("stored article lacks title or canonical URL: %+v", got.Article)
	}
}

func TestRunBadSources(t *testing.T) {
	s := openStore(t)
	in := New(s, Options{Workers: 1})
	if _, err := in.Run(context.Background(), []string{filepath.Join(t.TempDir(), "missing")}); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing folder: %v, want an error naming it", err)
	}
	if _, err := in.Run(context.Background(), []string{"https://example.com/a"}); err == nil {
		t.Error("URL without a fetch function: want an error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	writePages(t, dir, 3)
	if _, err := in.Run(ctx, []string{dir}); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled run: %v, want context.Canceled", err)
	}
}

func TestRunURLs(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	fetched := 0
	fetch := func(ctx context.Context, u string) (Page, error) {
		fetched++
		if strings.HasSuffix(u, "/404") {
			return Page{}, errors.New("HTTP 404 Not Found")
		}
		return Page{URL: u, Data: []byte(generatedPage(7))}, nil
	}
	in := New(s, Options{Workers: 1, Fetch: fetch})
	urls := []string{"https://news.example.org/harbour/7?from=list", "https://news.example.org/404"}
	st, err := in.Run(ctx, urls)
	if err != nil || st.Stored != 1 || st.Failed != 1 {
		t.Fatalf("run %+v %v, want 1 stored, 1 failed", st, err)
	}
	fetched = 0
	st, _ = in.Run(ctx, urls[:1])
	if st.Skipped != 1 || fetched != 0 {
		t.Errorf("second run %+v with %d fetches, want a skip without fetching", st, fetched)
	}
}

func TestPageNoArticle(t *testing.T) {
	s := openStore(t)
	in := New(s, Options{})
	_, _, err := in.Page(context.Background(), Page{Name: "x", Data: []byte("<html><body><nav><a href=/>Home</a></nav></body></html>")})
	if !errors.Is(err, lede.ErrNoArticle) {
		t.Errorf("page of links: %v, want ErrNoArticle", err)
	}
	if n, _ := s.Count(context.Background()); n != 0 {
		t.Errorf("store holds %d articles, want 0", n)
	}
}

func TestReadURLList(t *testing.T) {
	urls, err := ReadURLList(strings.NewReader("# list\nhttps://a.example/1\n\n http://b.example/2 \n"), "list.txt")
	if err != nil || len(urls) != 2 || urls[1] != "http://b.example/2" {
		t.Errorf("ReadURLList = %q, %v", urls, err)
	}
	if _, err := ReadURLList(strings.NewReader("https://a.example/1\nfile.html\n"), "list.txt"); err == nil || !strings.Contains(err.Error(), "list.txt:2") {
		t.Errorf("bad line: %v, want an error naming list.txt:2", err)
	}
}

func TestIsPageFile(t *testing.T) {
	for name, want := range map[string]bool{"a.html": true, "b.HTM": true, "c.txt.gz": true, "d.json": false, "e.gz": false, "html": false} {
		if got := IsPageFile(name); got != want {
			t.Errorf("IsPageFile(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestRunGoesPastUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reading")
	}
	dir := t.TempDir()
	writePages(t, dir, 2)
	locked := filepath.Join(dir, "locked")
	os.Mkdir(locked, 0o755)
	os.WriteFile(filepath.Join(locked, "x.html"), []byte(generatedPage(50)), 0o644)
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	st, err := New(openStore(t), Options{Workers: 1}).Run(context.Background(), []string{dir})
	if err != nil || st.Stored != 2 || st.Failed != 1 {
		t.Errorf("run %+v %v, want 2 stored and the locked folder failed", st, err)
	}
}

func TestRunSymlinks(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	target := filepath.Join(other, "story.html")
	os.WriteFile(target, []byte(generatedPage(60)), 0o644)
	if err := os.Symlink(target, filepath.Join(dir, "linked.html")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Symlink(filepath.Join(other, "gone.html"), filepath.Join(dir, "dangling.html"))
	var progress bytes.Buffer
	st, err := New(openStore(t), Options{Workers: 1, Progress: &progress}).Run(context.Background(), []string{dir})
	if err != nil || st.Stored != 1 || st.Failed != 1 {
		t.Errorf("run %+v %v, want the linked page stored and the dangling link failed", st, err)
	}
	if !strings.Contains(progress.String(), "dangling.html") {
		t.Errorf("progress does not name the dangling link:\n%s", progress.String())
	}
}

func TestPagePanicAndOverrun(t *testing.T) {
	in := New(openStore(t), Options{PageTimeout: 20 * time.Millisecond})
	in.readPage = func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		panic("boom")
	}
	if _, _, err := in.Page(context.Background(), Page{Name: "p", Data: []byte("x")}); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panic: %v, want an error saying it", err)
	}
	release := make(chan struct{})
	defer close(release)
	in.readPage = func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		<-release // a stage that ignores its context
		return nil, nil
	}
	if _, _, err := in.Page(context.Background(), Page{Name: "p", Data: []byte("y")}); err == nil || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("overrun: %v, want a timeout error", err)
	}
}
