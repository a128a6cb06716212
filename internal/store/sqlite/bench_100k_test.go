package sqlite

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

// store100k names the store BenchmarkSearch100k builds (when missing) and
// queries. Empty: $LEDE_STORE100K; neither set: the benchmark is skipped,
// so "go test -bench ." does not spend the quarter of an hour building it.
var store100k = flag.String("store100k", "", "path of the 100,000-article store of BenchmarkSearch100k (built when missing)")

// size100k is the number of articles of the big store.
const size100k = 100_000

// copyEvery makes every copyEvery-th article of the big store a
// republication of the one before it on another site.
const copyEvery = 10

// open100k opens the big store, building it first when its file is missing:
// variants of the benchmark articles (see varyArticle), one in ten of them
// a copy of the one before on another site.
func open100k(b *testing.B, arts []*lede.Article) *Store {
	b.Helper()
	path := *store100k
	if path == "" {
		path = os.Getenv("LEDE_STORE100K")
	}
	if path == "" {
		b.Skip("set -store100k PATH or LEDE_STORE100K=PATH to build (once, about 15 minutes) and query a 100,000-article store")
	}
	ctx := context.Background()
	if _, err := os.Stat(path); err == nil {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if n, err := s.Count(ctx); err != nil || n < size100k*9/10 {
			b.Fatalf("%s holds %d articles (%v): delete it to build it again", path, n, err)
		}
		return s
	}
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	s, err := Open(ctx, tmp, Options{})
	if err != nil {
		b.Fatal(err)
	}
	words := corpusWords(arts)
	start, cpu := time.Now(), cpuTime()
	const batch = 64
	var es []store.Entry
	var prev *lede.Article
	for n := 0; n < size100k; n++ {
		var a *lede.Article
		if n%copyEvery == copyEvery-1 && prev != nil {
			a = copyOf(prev, n, fmt.Sprintf("partner%d.example", n%37), shiftDay(prev.Published, -1))
		} else {
			a = varyArticle(arts[n%len(arts)], n, words)
		}
		prev = a
		es = append(es, store.Entry{Article: a, Source: "bench100k"})
		if len(es) == batch || n == size100k-1 {
			outs, err := s.PutBatch(ctx, es)
			if err != nil {
				b.Fatal(err)
			}
			for _, o := range outs {
				if o.Err != nil {
					b.Fatal(o.Err)
				}
			}
			es = es[:0]
		}
		if n%10000 == 9999 {
			b.Logf("%d articles stored, %.0f/s, %.2f ms CPU each", n+1, float64(n+1)/time.Since(start).Seconds(),
				float64(cpuTime()-cpu)/float64(time.Millisecond)/float64(n+1))
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s: %d articles in %s", path, size100k, time.Since(start).Round(time.Second))
	s, err = Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// queryWords returns up to n words (four letters or more) found in a share
// of the articles within [lo, hi), in a fixed order: query words chosen by
// how common they are, not by hand.
func queryWords(arts []*lede.Article, lo, hi float64, n int) []string {
	df := map[string]int{}
	for _, a := range arts {
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(w)) >= 4 && !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	var out []string
	for w, c := range df {
		share := float64(c) / float64(len(arts))
		if share >= lo && share < hi {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	if len(out) > n {
		step := len(out) / n
		var picked []string
		for i := 0; i < len(out) && len(picked) < n; i += step {
			picked = append(picked, out[i])
		}
		out = picked
	}
	return out
}

// topPeople returns the n people named in the most articles.
func topPeople(arts []*lede.Article, n int) []string {
	count := map[string]int{}
	for _, a := range arts {
		for _, p := range a.People {
			count[p.Name]++
		}
	}
	var names []string
	for name := range count {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	return names[:min(n, len(names))]
}

// BenchmarkSearch100k measures search latency on a store of 100,000
// articles (see open100k), reporting the median and 99th percentile of the
// query times of each kind of query, over varied words, people and dates.
//
//	go test ./internal/store/sqlite/ -run XXX -bench Search100k -benchtime 30x -store100k /tmp/lede100k.db
//
// (The package comes first: go test hands an unknown flag and what follows
// it to the test binary. LEDE_STORE100K=PATH works too.)
func BenchmarkSearch100k(b *testing.B) {
	arts := benchCorpus(b, 0)
	s := open100k(b, arts)
	defer s.Close()
	ctx := context.Background()
	common := queryWords(arts, 0.2, 0.4, 20)
	medium := queryWords(arts, 0.02, 0.05, 20)
	rare := queryWords(arts, 0.002, 0.005, 20)
	people := topPeople(arts, 20)
	if len(common) == 0 || len(medium) == 0 || len(rare) == 0 || len(people) == 0 {
		b.Fatal("the corpus gave no query words or people")
	}
	// Months of the stored articles: those of 60 of them spread over the store.
	var months []string
	for i := 0; i < 60; i++ {
		n := i * (size100k / 60)
		if day, _ := publishedKeys(shiftDay(arts[n%len(arts)].Published, n)); day != "" {
			months = append(months, day[:7])
		}
	}
	kinds := []struct {
		name string
		q    func(i int) store.Query
	}{
		{"word_common", func(i int) store.Query { return store.Query{Q: common[i%len(common)]} }},
		{"word_medium", func(i int) store.Query { return store.Query{Q: medium[i%len(medium)]} }},
		{"word_rare", func(i int) store.Query { return store.Query{Q: rare[i%len(rare)]} }},
		{"two_words", func(i int) store.Query {
			return store.Query{Q: medium[i%len(medium)] + " " + common[(i/len(medium))%len(common)]}
		}},
		{"word_by_date", func(i int) store.Query { return store.Query{Q: medium[i%len(medium)], Sort: store.SortDate} }},
		{"person", func(i int) store.Query { return store.Query{Person: people[i%len(people)]} }},
		{"word_person", func(i int) store.Query {
			return store.Query{Q: common[i%len(common)], Person: people[(i/len(common))%len(people)]}
		}},
		{"date_range", func(i int) store.Query {
			m := months[i%len(months)]
			return store.Query{From: m + "-01", To: m + "-28"}
		}},
		{"word_date_range", func(i int) store.Query {
			m := months[i%len(months)]
			return store.Query{Q: common[(i/len(months))%len(common)], From: m + "-01", To: m + "-28"}
		}},
		{"no_filter", func(i int) store.Query { return store.Query{Offset: (i % 5) * 20} }},
		{"all_copies_word", func(i int) store.Query { return store.Query{Q: medium[i%len(medium)], AllCopies: true} }},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := s.Search(ctx, k.q(i)); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(t0))
			}
			reportPercentiles(b, times)
		})
	}
	for _, k := range []struct {
		name  string
		words []string
	}{{"facets_word", medium}, {"facets_common", common}} {
		b.Run(k.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				if _, err := s.Facets(ctx, store.Query{Q: k.words[i%len(k.words)]}, store.FacetOptions{}); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(t0))
			}
			reportPercentiles(b, times)
		})
	}
	b.Run("facets_none", func(b *testing.B) { // the web UI's first page
		times := make([]time.Duration, 0, b.N)
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			if _, err := s.Facets(ctx, store.Query{}, store.FacetOptions{}); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(t0))
		}
		reportPercentiles(b, times)
	})
	b.Run("quotes_speaker", func(b *testing.B) {
		times := make([]time.Duration, 0, b.N)
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			name := people[i%len(people)]
			if _, err := s.Quotes(ctx, store.QuoteQuery{Speaker: name[strings.LastIndexByte(name, ' ')+1:]}); err != nil {
				b.Fatal(err)
			}
			times = append(times, time.Since(t0))
		}
		reportPercentiles(b, times)
	})
}

// reportPercentiles reports the median and 99th percentile of times in
// milliseconds.
func reportPercentiles(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	at := func(p float64) float64 {
		i := int(p * float64(len(times)-1))
		return float64(times[i]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}
