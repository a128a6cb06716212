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

// BenchmarkPut stores understood scrapinghub articles, each under a new URL.
func BenchmarkPut(b *testing.B) {
	arts := benchArticles(b, 50)
	s := openTemp(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := *arts[i%len(arts)]
		a.URL = fmt.Sprintf("https://bench.example/%d", i)
		a.CanonicalURL = ""
		a.Text += fmt.Sprintf(" %d", i)
		if _, err := s.Put(ctx, store.Entry{Article: &a}); err != nil {
			b.Fatal(err)
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
