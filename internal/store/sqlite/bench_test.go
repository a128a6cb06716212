package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// benchArticles reads up to n scrapinghub benchmark pages into understood
// articles, or skips when the shared data is absent.
func benchArticles(b *testing.B, n int) []*lede.Article {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			b.Skip("repository root not found")
		}
		dir = parent
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "bench", "scrapinghub", "html", "*.html.gz"))
	if len(pages) == 0 {
		b.Skip("../shared/bench/scrapinghub/html absent: benchmark needs the shared benchmark data")
	}
	loader := &understand.Loader{}
	var out []*lede.Article
	for _, p := range pages {
		if len(out) == n {
			break
		}
		data, err := readGzip(p)
		if err != nil {
			b.Fatal(err)
		}
		a, err := pipeline.Read(context.Background(), data, pipeline.Options{Understand: true, Understander: loader})
		if err != nil {
			continue
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkPut stores understood benchmark articles, each varied into an
// article of its own (see varyArticle), so every Put stores a new article
// and a new story, as most of an ingest does.
func BenchmarkPut(b *testing.B) {
	arts := benchCorpus(b, 0)
	words := corpusWords(arts)
	vs := make([]*lede.Article, min(b.N, 2000))
	for i := range vs {
		vs[i] = varyArticle(arts[i%len(arts)], i, words)
	}
	s := openTemp(b)
	ctx := context.Background()
	b.ResetTimer()
	cpu := cpuTime()
	defer func() { reportCPU(b, cpu, b.N) }()
	for i := 0; i < b.N; i++ {
		a := *vs[i%len(vs)]
		a.URL = fmt.Sprintf("https://bench.example/%d", i)
		if i >= len(vs) {
			a.Text += fmt.Sprintf(" %d", i) // a new version of the text: not skipped as seen
		}
		if _, err := s.Put(ctx, store.Entry{Article: &a}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPutBatch stores the same articles as BenchmarkPut, 32 in a
// transaction (ns/op is per article).
func BenchmarkPutBatch(b *testing.B) {
	arts := benchCorpus(b, 0)
	words := corpusWords(arts)
	vs := make([]*lede.Article, min(b.N, 2000))
	for i := range vs {
		vs[i] = varyArticle(arts[i%len(arts)], i, words)
	}
	s := openTemp(b)
	ctx := context.Background()
	const batch = 32
	b.ResetTimer()
	cpu := cpuTime()
	defer func() { reportCPU(b, cpu, b.N) }()
	for i := 0; i < b.N; i += batch {
		var es []store.Entry
		for j := i; j < min(i+batch, b.N); j++ {
			a := *vs[j%len(vs)]
			a.URL = fmt.Sprintf("https://bench.example/%d", j)
			if j >= len(vs) {
				a.Text += fmt.Sprintf(" %d", j)
			}
			es = append(es, store.Entry{Article: &a})
		}
		outs, err := s.PutBatch(ctx, es)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range outs {
			if o.Err != nil || !o.Created {
				b.Fatalf("%+v", o)
			}
		}
	}
}

// BenchmarkSearch queries a store of understood scrapinghub articles.
func BenchmarkSearch(b *testing.B) {
	arts := benchArticles(b, 200)
	s := openTemp(b)
	ctx := context.Background()
	for _, a := range arts {
		if _, err := s.Put(ctx, store.Entry{Article: a}); err != nil {
			b.Fatal(err)
		}
	}
	queries := map[string]store.Query{
		"word":        {Q: "president"},
		"two_words":   {Q: "new york"},
		"by_date":     {Sort: store.SortDate},
		"word_filter": {Q: "company", From: "2019-01-01", Language: "en"},
		"person":      {Person: "Donald Trump"},
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Search(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("quotes_speaker", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "Trump"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
