package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// storyPage is a small generated news page whose story differs by n: its
// sentences are drawn from word lists by a generator seeded with n, so two
// pages are not near-duplicates of each other.
func storyPage(n int) string {
	who := []string{"the ferry operator", "island councillors", "the harbour master", "freight hauliers", "the coastguard",
		"hotel owners", "the fishermen's union", "school heads", "the weather service", "ambulance crews"}
	did := []string{"cancelled", "restored", "delayed", "doubled", "inspected", "criticised", "defended", "rescheduled"}
	what := []string{"the evening crossings", "freight sailings", "the new timetable", "repairs to the slipway",
		"fuel deliveries", "the booking system", "winter fares", "the second vessel", "emergency transfers", "the pier lights"}
	seed := uint32(n)*2246822519 + 7
	pick := func(list []string) string {
		seed = seed*1664525 + 1013904223
		return list[int(seed>>16)%len(list)]
	}
	var body strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&body, "<p>After the storms %s %s %s on Monday, while %s %s %s and %s %s %s.</p>\n",
			pick(who), pick(did), pick(what), pick(who), pick(did), pick(what), pick(who), pick(did), pick(what))
	}
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Ferry report %d</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Ferry report %d</h1>
%s</article></body></html>`, n, n, body.String())
}

func TestIngestCmdTwice(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.html", i)), []byte(storyPage(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "news.db")
	run := func() string {
		var stderr bytes.Buffer
		code := Main(context.Background(), []string{"ingest", dir, "--db", db, "--workers", "2"}, nil, io.Discard, &stderr)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return stderr.String()
	}
	if out := run(); !strings.Contains(out, "5 stored") {
		t.Errorf("first run: %s", out)
	}
	if out := run(); !strings.Contains(out, "5 skipped") || !strings.Contains(out, "0 stored") {
		t.Errorf("second run: %s", out)
	}
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := st.Search(context.Background(), store.Query{Q: "ferry report"})
	if err != nil || res.Total != 5 {
		t.Errorf("search: %d %v, want 5", res.Total, err)
	}
}

func TestIngestCmdUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	for _, args := range [][]string{
		{"ingest", "--db", db},
		{"ingest", "--db", db, "--from", "pdf", "x"},
		{"ingest", "--db", db, "--workers", "0", "x"},
		{"ingest", "--db", db, "--progress", "dots", "x"},
		{"ingest", "--db", db, "--host-concurrency", "0", "x"},
		{"ingest", "--db", db, "--retries", "-1", "x"},
		{"ingest", "--db", db, "--sitemap-depth", "-2", "x"},
		{"ingest", "--db", db, "--max-urls", "0", "x"},
		{"ingest", "--db", db, "--since", "last week", "x"},
		{"ingest", "--db", db, "--since", "-48h", "x"},
	} {
		var stderr bytes.Buffer
		if code := Main(context.Background(), args, nil, io.Discard, &stderr); code != ExitUsage {
			t.Errorf("%q: exit %d, want %d (%s)", args, code, ExitUsage, stderr.String())
		}
	}
	var stderr bytes.Buffer
	missing := filepath.Join(t.TempDir(), "nowhere")
	if code := Main(context.Background(), []string{"ingest", "--db", db, missing}, nil, io.Discard, &stderr); code != ExitFailure || !strings.Contains(stderr.String(), "nowhere") {
		t.Errorf("missing source: exit %d, %s", code, stderr.String())
	}
}

func TestDBPath(t *testing.T) {
	t.Setenv("LEDE_DB", "")
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if got, _ := dbPath("x.db"); got != "x.db" {
		t.Errorf("flag: %q", got)
	}
	if got, _ := dbPath(""); got != filepath.Join("/data/home", "lede", "lede.db") {
		t.Errorf("XDG_DATA_HOME: %q", got)
	}
	t.Setenv("LEDE_DB", "/env/lede.db")
	if got, _ := dbPath(""); got != "/env/lede.db" {
		t.Errorf("LEDE_DB: %q", got)
	}
}

func TestServeCmd(t *testing.T) {
	t.Setenv("LEDE_TOKEN", "")
	db := filepath.Join(t.TempDir(), "news.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan string, 1)
	cmd := &ServeCmd{ready: func(addr string) { addrc <- addr }}
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- cmd.Run(ctx, []string{"--db", db, "--addr", "127.0.0.1:0", "--quiet"}, io.Discard, &stderr)
	}()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	// The empty news base got the bundled sample.
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"articles":1`) {
		t.Errorf("healthz: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Post("http://"+addr+"/api/v1/pages", "text/html", strings.NewReader(storyPage(1)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("post without a configured token: %d, want 403", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestIngestCmdURLs(t *testing.T) {
	var fetches atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r) // no rules
			return
		}
		fetches.Add(1)
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, storyPage(len(r.URL.Path)))
	}))
	defer ts.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte("# two stories and a missing page\n"+ts.URL+"/a\n"+ts.URL+"/bb\n"+ts.URL+"/missing\n"), 0o644)
	var stderr bytes.Buffer
	code := Main(context.Background(), []string{"ingest", "--db", db, "--workers", "1", "--delay", "0", "--allow-private", "--urls", list}, nil, io.Discard, &stderr)
	if code != ExitOK || !strings.Contains(stderr.String(), "2 stored") || !strings.Contains(stderr.String(), "1 failed") || !strings.Contains(stderr.String(), "404") {
		t.Errorf("exit %d:\n%s", code, stderr.String())
	}
	// Again: the stored URLs are not fetched; the missing one is tried again.
	fetches.Store(0)
	stderr.Reset()
	Main(context.Background(), []string{"ingest", "--db", db, "--workers", "1", "--delay", "0", "--allow-private", "--urls", list}, nil, io.Discard, &stderr)
	if n := fetches.Load(); n != 1 || !strings.Contains(stderr.String(), "2 skipped") {
		t.Errorf("second run fetched %d pages, want 1:\n%s", n, stderr.String())
	}
	stderr.Reset()
	os.WriteFile(list, []byte("not-a-url\n"), 0o644)
	if code := Main(context.Background(), []string{"ingest", "--db", db, "--urls", list}, nil, io.Discard, &stderr); code == ExitOK || !strings.Contains(stderr.String(), "urls.txt:1") {
		t.Errorf("bad list: exit %d, %s", code, stderr.String())
	}
}

func TestIngestProgressStyle(t *testing.T) {
	file, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	tests := []struct {
		flag string
		w    io.Writer
		want ingest.ProgressStyle
	}{
		{"auto", file, ingest.ProgressLines},            // a file: lines
		{"auto", &bytes.Buffer{}, ingest.ProgressLines}, // not an *os.File: lines
		{"bar", &bytes.Buffer{}, ingest.ProgressBar},
		{"lines", file, ingest.ProgressLines},
	}
	if tty, err := os.OpenFile("/dev/null", os.O_WRONLY, 0); err == nil { // a character device, as a terminal is
		defer tty.Close()
		tests = append(tests, struct {
			flag string
			w    io.Writer
			want ingest.ProgressStyle
		}{"auto", tty, ingest.ProgressBar})
	}
	for _, tt := range tests {
		if got, err := progressStyleOf(tt.flag, tt.w); err != nil || got != tt.want {
			t.Errorf("progressStyleOf(%q, %T) = %v, %v; want %v", tt.flag, tt.w, got, err, tt.want)
		}
	}
}

// TestIngestCmdWARC ingests a small WARC file: the response is stored, the
// request and the 404 are counted as records that are no pages.
func TestIngestCmdWARC(t *testing.T) {
	record := func(fields, block string) string {
		return fmt.Sprintf("WARC/1.0\r\n%sContent-Length: %d\r\n\r\n%s\r\n\r\n", fields, len(block), block)
	}
	page := storyPage(42)
	warc := record("WARC-Type: request\r\nWARC-Target-URI: https://ferry.example/42\r\nContent-Type: application/http; msgtype=request\r\n",
		"GET /42 HTTP/1.1\r\nHost: ferry.example\r\n\r\n") +
		record("WARC-Type: response\r\nWARC-Target-URI: https://ferry.example/42\r\nContent-Type: application/http; msgtype=response\r\n",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"+page) +
		record("WARC-Type: response\r\nWARC-Target-URI: https://ferry.example/gone\r\nContent-Type: application/http; msgtype=response\r\n",
			"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\ngone")
	dir := t.TempDir()
	path := filepath.Join(dir, "crawl.warc.gz")
	os.WriteFile(path, gzipped(t, []byte(warc)), 0o644)
	var stderr bytes.Buffer
	code := Main(context.Background(), []string{"ingest", "--db", filepath.Join(dir, "news.db"), "--quiet", path}, nil, io.Discard, &stderr)
	if code != ExitOK || !strings.Contains(stderr.String(), "1 stored") || !strings.Contains(stderr.String(), "2 archive records were not pages") {
		t.Errorf("exit %d:\n%s", code, stderr.String())
	}
}

// TestIngestCmdRefetchConditional checks that --refetch asks for a stored
// page conditionally (its ETag kept in the news base) and counts a 304 as
// skipped, while the feed listing it is fetched whole every time.
func TestIngestCmdRefetchConditional(t *testing.T) {
	var conditional, feedConditional atomic.Int32
	var ts *httptest.Server
	ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			if r.Header.Get("If-None-Match") != "" {
				feedConditional.Add(1)
			}
			w.Header().Set("ETag", `"feed-1"`)
			fmt.Fprintf(w, `<rss><channel><item><link>%s/story</link></item></channel></rss>`, ts.URL)
		case "/story":
			w.Header().Set("ETag", `"story-1"`)
			if r.Header.Get("If-None-Match") == `"story-1"` {
				conditional.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			io.WriteString(w, storyPage(77))
		default:
			http.NotFound(w, r)
		}
	}))
	defer ts.Close()
	db := filepath.Join(t.TempDir(), "news.db")
	run := func(extra ...string) string {
		var stderr bytes.Buffer
		args := append([]string{"ingest", "--db", db, "--allow-private", "--delay", "0", "--quiet"}, extra...)
		if code := Main(context.Background(), append(args, ts.URL+"/feed.xml"), nil, io.Discard, &stderr); code != ExitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return stderr.String()
	}
	if out := run(); !strings.Contains(out, "1 stored") {
		t.Fatalf("first run: %s", out)
	}
	if out := run("--refetch"); !strings.Contains(out, "1 skipped") || strings.Contains(out, "1 failed") || conditional.Load() != 1 {
		t.Errorf("refetch: %d conditional requests, want 1:\n%s", conditional.Load(), out)
	}
	if n := feedConditional.Load(); n != 0 {
		t.Errorf("the feed was asked for conditionally %d times, want never", n)
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"":                          {},
		"2024-03-01":                time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		"2024-03-01T10:00:00+02:00": time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC),
		"48h":                       time.Date(2024, 3, 8, 12, 0, 0, 0, time.UTC),
	} {
		if got, err := parseSince(in, now); err != nil || !got.Equal(want) {
			t.Errorf("parseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

// TestIngestCmdSite reads sites by the sitemaps their robots.txt lists, or
// their /sitemap.xml when it lists none.
func TestIngestCmdSite(t *testing.T) {
	site := func(robots string, page int) *httptest.Server {
		var ts *httptest.Server
		ts = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			switch r.URL.Path {
			case "/robots.txt":
				io.WriteString(w, strings.ReplaceAll(robots, "BASE", ts.URL))
			case "/maps/news.xml", "/sitemap.xml":
				if r.URL.Path == "/sitemap.xml" && strings.Contains(robots, "Sitemap:") {
					http.NotFound(w, r)
					return
				}
				fmt.Fprintf(w, `<urlset><url><loc>%s/story</loc></url></urlset>`, ts.URL)
			case "/story":
				io.WriteString(w, storyPage(page))
			default:
				http.NotFound(w, r)
			}
		}))
		return ts
	}
	listed := site("User-agent: *\nAllow: /\nSitemap: BASE/maps/news.xml\n", 91)
	defer listed.Close()
	plain := site("User-agent: *\nAllow: /\n", 92)
	defer plain.Close()
	var stderr bytes.Buffer
	args := []string{"ingest", "--db", filepath.Join(t.TempDir(), "news.db"), "--allow-private", "--delay", "0", "--quiet",
		"--site", listed.URL, "--site", plain.URL + "/some/page"}
	if code := Main(context.Background(), args, nil, io.Discard, &stderr); code != ExitOK || !strings.Contains(stderr.String(), "2 stored") {
		t.Errorf("exit %d:\n%s", code, stderr.String())
	}
}
