package server

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// benchPages is how many shared scrapinghub pages the load benchmark
// stores.
const benchPages = 60

// BenchmarkLoad is the API under load on loopback: a real TCP server over a
// store holding shared scrapinghub pages (read, understood and stored as
// lede ingest does), hammered by concurrent keep-alive clients. It reports
// requests per second and latency percentiles, and fails on any answer
// other than 200.
//
//	go test -run XXX -bench Load -benchtime 20000x ./internal/server/
func BenchmarkLoad(b *testing.B) {
	dir := sharedtest.Path(b, "bench", "scrapinghub", "html")
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "lede.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ids := fillStore(b, st, dir)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	sctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- Serve(sctx, ln, New(st, Options{}), time.Second, nil) }()
	defer func() { stop(); <-done }()
	base := "http://" + ln.Addr().String()

	// Queries built from what the store holds, not from known pages.
	people, err := st.Entities(ctx, store.EntityQuery{Kind: store.People, Limit: 1})
	if err != nil || len(people.Results) == 0 {
		b.Fatalf("no people stored: %v", err)
	}
	person := url.QueryEscape(people.Results[0].Name)
	first, err := st.Get(ctx, ids[0])
	if err != nil {
		b.Fatal(err)
	}
	word := url.QueryEscape(longestWord(first.Article.Title))

	endpoints := []struct {
		name string
		path func(i int) string
	}{
		{"article", func(i int) string { return fmt.Sprintf("/api/v1/articles/%d", ids[i%len(ids)]) }},
		{"search_word", func(int) string { return "/api/v1/articles?q=" + word }},
		{"search_person", func(int) string { return "/api/v1/articles?person=" + person }},
		{"search_latest", func(int) string { return "/api/v1/articles?limit=20" }},
		{"search_facets", func(int) string { return "/api/v1/articles?facets=1&q=" + word }},
		{"quotes_speaker", func(int) string { return "/api/v1/quotes?speaker=" + person }},
		{"entity", func(int) string { return "/api/v1/entities/people/" + url.PathEscape(people.Results[0].Name) }},
		{"healthz", func(int) string { return "/healthz" }},
	}
	for _, ep := range endpoints {
		for _, clients := range []int{8, 32} {
			b.Run(fmt.Sprintf("%s/clients=%d", ep.name, clients), func(b *testing.B) {
				hammer(b, base, clients, ep.path)
			})
		}
	}
}

// hammer sends b.N GETs from clients concurrent keep-alive clients.
func hammer(b *testing.B, base string, clients int, path func(i int) string) {
	transport := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: 30 * time.Second}
	latencies := make([]time.Duration, b.N)
	var (
		next, failed atomic.Int64
		firstErr     atomic.Value
		wg           sync.WaitGroup
	)
	b.ResetTimer()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				start := time.Now()
				resp, err := client.Get(base + path(i))
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("GET %s: status %d", path(i), resp.StatusCode)
					}
				}
				latencies[i] = time.Since(start)
				if err != nil {
					failed.Add(1)
					firstErr.CompareAndSwap(nil, err)
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d requests failed; first: %v", n, b.N, firstErr.Load())
	}
	slices.Sort(latencies)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	b.ReportMetric(float64(latencies[len(latencies)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(latencies[len(latencies)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op") // per-request time is what req/s says; ns/op would mislead with concurrency
}

// fillStore reads up to benchPages pages of dir into st, as lede ingest
// does, and returns the ids stored.
func fillStore(b *testing.B, st store.Store, dir string) []int64 {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no pages in %s", dir)
	}
	in := ingest.New(st, ingest.Options{Workers: 2})
	var ids []int64
	for _, p := range paths[:min(benchPages, len(paths))] {
		data, err := readGzip(p)
		if err != nil {
			b.Fatal(err)
		}
		id, _, err := in.Page(context.Background(), ingest.Page{Name: p, Data: data})
		if err != nil {
			continue // a page without an article
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		b.Fatal("no article stored")
	}
	return ids
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// longestWord is the longest run of letters in s.
func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}
