package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/understand"
)

// scrapinghubPages reads up to n pages of the shared scrapinghub benchmark,
// or skips when the data is absent.
func scrapinghubPages(b *testing.B, n int) [][]byte {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if parent := filepath.Dir(dir); parent != dir {
			dir = parent
			continue
		}
		b.Skip("repository root not found")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "bench", "scrapinghub", "html", "*.html.gz"))
	if len(paths) == 0 {
		b.Skip("../shared/bench/scrapinghub/html absent: benchmark needs the shared benchmark data")
	}
	var pages [][]byte
	for _, p := range paths[:min(n, len(paths))] {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkPage reads, understands and stores scrapinghub pages, each as a
// new page (a comment makes its bytes unique).
func BenchmarkPage(b *testing.B) {
	pages := scrapinghubPages(b, 40)
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "lede.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	in := New(s, Options{})
	ctx := context.Background()
	// Load the gazetteer before timing.
	if _, err := in.opts.Understander.Options(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		page := append([]byte(fmt.Sprintf("<!-- %d -->", i)), pages[i%len(pages)]...)
		if _, _, err := in.Page(ctx, Page{Name: "bench", URL: fmt.Sprintf("https://bench.example/%d", i), Data: page}); err != nil {
			b.Logf("page %d: %v", i%len(pages), err)
		}
	}
}

// BenchmarkWARCReader walks a gzipped WARC of scrapinghub pages (a request
// and a response record each, one gzip member per record) and turns each
// response into a page: the cost of the archive itself, before any page is
// read. One op is the whole file.
func BenchmarkWARCReader(b *testing.B) {
	pages := scrapinghubPages(b, 100)
	var recs []testRecord
	for i, p := range pages {
		u := fmt.Sprintf("https://bench.example/%d", i)
		recs = append(recs, testRecord{Type: "request", URI: u}, testRecord{Type: "response", URI: u, CT: "text/html", Body: p})
	}
	data := buildWARC(recs, true)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		wr := newWARCReader(bytes.NewReader(data), DefaultMaxBytes)
		n := 0
		for {
			rec, err := wr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if _, ok, err := warcPage("bench.warc.gz", rec, DefaultMaxBytes); err != nil {
				b.Fatal(err)
			} else if ok {
				n++
			}
		}
		if n != len(pages) {
			b.Fatalf("%d pages, want %d", n, len(pages))
		}
	}
	b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkRunBatch runs a whole ingest of 60 scrapinghub pages from a
// folder into a fresh store, writing one article per transaction or 32;
// one op is the whole run.
func BenchmarkRunBatch(b *testing.B) {
	pages := scrapinghubPages(b, 60)
	dir := b.TempDir()
	for i, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.html", i)), p, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	loader := &understand.Loader{}
	if _, err := loader.Options(); err != nil { // load the gazetteer before timing
		b.Fatal(err)
	}
	for _, size := range []int{1, DefaultBatchSize} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "lede.db"), sqlite.Options{})
				if err != nil {
					b.Fatal(err)
				}
				in := New(s, Options{Workers: 2, BatchSize: size, Understander: loader})
				b.StartTimer()
				c0 := sharedtest.ProcessCPU()
				st, err := in.Run(context.Background(), []string{dir})
				cpu += sharedtest.ProcessCPU() - c0
				b.StopTimer()
				s.Close()
				if err != nil || st.Stored == 0 {
					b.Fatalf("run %+v %v", st, err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(len(pages))*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			if cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(len(pages)*b.N), "cpu-ms/page")
			}
		})
	}
}

// BenchmarkParseSitemap reads a news sitemap of 50,000 entries (the
// protocol's limit), generated: one op is the whole sitemap.
func BenchmarkParseSitemap(b *testing.B) {
	var doc bytes.Buffer
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for i := 0; i < DefaultMaxSitemapURLs; i++ {
		fmt.Fprintf(&doc, "<url><loc>https://news.example/%d/story-%d</loc><lastmod>2024-03-05T10:00:00Z</lastmod>"+
			"<news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication>"+
			"<news:publication_date>2024-03-05T09:00:00Z</news:publication_date><news:title>Story %d</news:title></news:news></url>\n", i%97, i, i)
	}
	doc.WriteString("</urlset>")
	data := doc.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, n, _, err := parseSitemap(bytes.NewReader(data), DefaultMaxSitemapURLs, func(link, bool) error { return nil })
		if err != nil || n != DefaultMaxSitemapURLs {
			b.Fatalf("%d entries, %v", n, err)
		}
	}
	b.ReportMetric(float64(DefaultMaxSitemapURLs)*float64(b.N)/b.Elapsed().Seconds(), "entries/s")
}
