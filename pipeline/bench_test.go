package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/understand"
)

// wcxbPages reads the WCXB dev pages (../shared/bench/wcxb-dev/html,
// gunzipped), or skips when they are absent. They are read once per test
// binary: 1,497 pages, about 400 MB.
func wcxbPages(b *testing.B) [][]byte {
	b.Helper()
	dir := sharedtest.Path(b, "bench", "wcxb-dev", "html")
	paths, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("skipping: no *.html.gz pages in %s", dir)
	}
	sort.Strings(paths)
	pages := make([][]byte, 0, len(paths))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkReadWCXB reads the WCXB dev pages one per op, in turn, as
// lede ingest does (format recognised, then extraction, then understanding
// with data loaded once): with -benchtime 1497x each page is read once.
// "extract" stops after extraction. Run with -cpu 1 so that ns/op is the
// CPU cost of one page.
func BenchmarkReadWCXB(b *testing.B) {
	pages := wcxbPages(b)
	loader := &understand.Loader{}
	if _, err := loader.Options(); err != nil { // load the gazetteer before timing
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, bc := range []struct {
		name       string
		understand bool
	}{{"extract", false}, {"understand", true}} {
		b.Run(bc.name, func(b *testing.B) {
			failed := 0
			var size int64
			b.ReportAllocs()
			cpu0 := sharedtest.ProcessCPU()
			for i := 0; b.Loop(); i++ {
				page := pages[i%len(pages)]
				size += int64(len(page))
				if _, err := Read(ctx, page, Options{Understand: bc.understand, Understander: loader}); err != nil {
					failed++
				}
			}
			cpu := sharedtest.ProcessCPU() - cpu0
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			if cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/page")
			}
			b.ReportMetric(float64(size)/float64(b.N)/1024, "kB/page")
			b.ReportMetric(float64(failed)/float64(b.N), "failed/page")
		})
	}
}
