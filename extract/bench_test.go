package extract

import (
	"context"
	"encoding/json"
	"github.com/ledehq/lede/internal/sharedtest"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract runs Extract over the scrapinghub benchmark pages (one
// op is one page) and reports pages per second.
func BenchmarkExtract(b *testing.B) {
	bench := sharedtest.Path(b, "bench", "scrapinghub")
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
