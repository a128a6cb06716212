package pipeline_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// BenchmarkIngestWCXB runs what `lede ingest --workers 2` does over the
// WCXB dev folder (../shared/bench/wcxb-dev/html): read each gzipped file,
// extract, understand and store it in a fresh SQLite base. One op is the
// whole run of 1,497 pages; cpu-ms/page is the process's CPU time (user and
// system, all goroutines and the garbage collector) per page, the figure to
// compare on a shared machine.
func BenchmarkIngestWCXB(b *testing.B) {
	dir := sharedtest.Path(b, "bench", "wcxb-dev", "html")
	pages, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(pages) == 0 {
		b.Skipf("skipping: no pages in %s", dir)
	}
	var cpu time.Duration
	var done int64
	for b.Loop() {
		b.StopTimer()
		s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "lede.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		in := ingest.New(s, ingest.Options{Workers: 2})
		b.StartTimer()
		c0 := sharedtest.ProcessCPU()
		st, err := in.Run(context.Background(), []string{dir})
		cpu += sharedtest.ProcessCPU() - c0
		b.StopTimer()
		if cerr := s.Close(); cerr != nil {
			b.Fatal(cerr)
		}
		if err != nil || st.Stored == 0 {
			b.Fatalf("run %+v: %v", st, err)
		}
		done += st.Done()
		b.StartTimer()
	}
	b.ReportMetric(float64(done)/b.Elapsed().Seconds(), "pages/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(done), "cpu-ms/page")
		b.ReportMetric(float64(done)/(cpu.Seconds()/2), "pages/s-2-idle-cores")
	}
}
