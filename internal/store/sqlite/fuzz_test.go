package sqlite

import (
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// FuzzSearchWords checks that whatever a reader types, search answers
// without an error (FTS5 syntax in the input is taken as text) and finds
// only articles holding every word it kept.
func FuzzSearchWords(f *testing.F) {
	for _, seed := range []string{"river", `"NEAR(a b)"`, "a OR b", "col:x", "x*", "-", "(", "^start", "ünïcödé", "AND", "*"} {
		f.Add(seed)
	}
	s := openTemp(f)
	ctx := context.Background()
	texts := []string{"The river flooded the valley.", "A café near the old bridge.", "Trade and budget talks."}
	for i, text := range texts {
		if _, err := s.Put(ctx, store.Entry{Article: article(i, "Title", text, "2024-01-01")}); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		res, err := s.Search(ctx, store.Query{Q: q})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if _, err := s.Quotes(ctx, store.QuoteQuery{Q: q, Speaker: q}); err != nil {
			t.Fatalf("Quotes(%q): %v", q, err)
		}
		// The other readers take the same input without failing: a name,
		// a site, a speaker are data, never SQL.
		if _, err := s.Facets(ctx, store.Query{Q: q, Person: q, Site: q}, store.FacetOptions{}); err != nil {
			t.Fatalf("Facets(%q): %v", q, err)
		}
		if _, err := s.Timeline(ctx, store.Query{Q: q, Org: q}); err != nil {
			t.Fatalf("Timeline(%q): %v", q, err)
		}
		if _, err := s.CoOccurrences(ctx, store.CoOccurrenceQuery{Kind: store.People, Name: q}); err != nil && !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("CoOccurrences(%q): %v", q, err)
		}
		if _, err := s.Entity(ctx, store.Places, q); err != nil && !errors.Is(err, store.ErrNotFound) && !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("Entity(%q): %v", q, err)
		}
		if _, err := s.Sources(ctx, store.SourceQuery{Site: q}); err != nil {
			t.Fatalf("Sources(%q): %v", q, err)
		}
		if ftsQuery(q) == "" && res.Total != len(texts) {
			t.Errorf("Search(%q) kept no word but found %d of %d", q, res.Total, len(texts))
		}
		if res.Total > len(texts) {
			t.Errorf("Search(%q) found %d articles of %d", q, res.Total, len(texts))
		}
	})
}

// FuzzURLKey checks that a URL key is empty or an http(s) URL without a
// fragment, and that keying is idempotent.
func FuzzURLKey(f *testing.F) {
	for _, seed := range []string{"https://Example.com/a#b", "http://x:80/", "ftp://x", "https://[::1]:443/p?q=1", "%zz", ""} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		k := urlKey(raw)
		if k == "" {
			return
		}
		if !strings.HasPrefix(k, "http://") && !strings.HasPrefix(k, "https://") || strings.Contains(k, "#") {
			t.Errorf("urlKey(%q) = %q", raw, k)
		}
		if again := urlKey(k); again != k {
			t.Errorf("urlKey not idempotent: %q -> %q -> %q", raw, k, again)
		}
	})
}

var _ = lede.KindParagraph
