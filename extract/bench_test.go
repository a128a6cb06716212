package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// benchRoot finds the repository root (the folder holding go.mod).
func benchRoot(tb testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// BenchmarkExtract runs Extract over the scrapinghub benchmark pages (one
// op is one page) and reports pages per second.
func BenchmarkExtract(b *testing.B) {
	bench := filepath.Join(benchRoot(b), "..", "shared", "bench", "scrapinghub")
	raw, err := os.ReadFile(filepath.Join(bench, "ground-truth.json"))
	if err != nil {
		b.Skipf("scrapinghub benchmark not found (%v): needs ../shared/bench next to the repository", err)
	}
	var truth map[string]struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		b.Fatal(err)
	}
	type pg struct {
		body []byte
		url  string
	}
	var pages []pg
	var size int64
	for id, t := range truth {
		body := readGzip(b, filepath.Join(bench, "html", id+".html.gz"))
		pages = append(pages, pg{body, t.URL})
		size += int64(len(body))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		p := pages[i%len(pages)]
		i++
		if _, err := Extract(context.Background(), p.body, Options{URL: p.url}); err != nil && err.Error() == "" {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "pages/s")
}
