package crawl

import (
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/ledehq/lede/internal/sharedtest"
)

// benchPages reads up to n gzipped HTML pages of the scrapinghub benchmark.
func benchPages(b *testing.B, n int) [][]byte {
	b.Helper()
	dir := sharedtest.Path(b, "bench", "scrapinghub", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		b.Skipf("no pages in %s", dir)
	}
	var pages [][]byte
	for _, name := range names[:min(n, len(names))] {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		p, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

// BenchmarkFetch fetches a real page from a loopback server: the cost of
// the fetcher itself (robots.txt cached, no delay) against a plain
// net/http GET of the same page, in one run.
func BenchmarkFetch(b *testing.B) {
	page := benchPages(b, 1)[0]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			io.WriteString(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	ctx := context.Background()
	b.Run("crawl", func(b *testing.B) {
		f := New(Options{AllowPrivate: true, PerHostDelay: -1, PerHostConcurrency: 4})
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := f.Fetch(ctx, srv.URL+"/news/story"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("net-http", func(b *testing.B) {
		client := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/news/story", nil)
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
