package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMigrateRekeysURLs builds a store at schema version 9, whose URL keys
// kept tracking parameters and query order, then opens it: migration 010
// must rewrite the keys, let the first of two articles that now share a key
// take it, and find an article again by any address of its page.
func TestMigrateRekeysURLs(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/old.db"
	db := oldDB(t, path, 9)
	old := []struct{ url, key string }{
		{"https://example.com/a?utm_source=feed", "https://example.com/a?utm_source=feed"},
		{"https://example.com/a", "https://example.com/a"},
		{"http://example.com/", "http://example.com"},
		{"https://Example.com/b?z=1&a=2", "https://example.com/b?z=1&a=2"},
		{"ftp://example.com/c", ""},
	}
	for i, o := range old {
		var key any
		if o.key != "" {
			key = o.key
		}
		if _, err := db.Exec(`INSERT INTO articles (id, url, url_key, host, page_hash, content_hash, ingested_at)
			VALUES (?, ?, ?, 'example.com', ?, ?, '2024-01-01T00:00:00Z')`,
			i+1, o.url, key, fmt.Sprint("p", i), fmt.Sprint("c", i)); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO article_docs (id, title, text, json) VALUES (?, 'Title', 'Some text.', '{}')`, i+1); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var got []string
	rows, err := s.db.Query("SELECT coalesce(url_key, 'NULL') FROM articles ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		got = append(got, k)
	}
	rows.Close()
	if diff := cmp.Diff([]string{
		"https://example.com/a?utm_source=feed", // its new key is the next article's own, unchanged: it keeps its old one
		"https://example.com/a",
		"http://example.com/",
		"https://example.com/b?a=2&z=1",
		"NULL",
	}, got); diff != "" {
		t.Errorf("url keys after migration 010 (-want +got):\n%s", diff)
	}
	for raw, wantID := range map[string]int64{
		"https://example.com/b?a=2&z=1&utm_medium=social#top": 4,
		"HTTPS://EXAMPLE.COM/b?z=1&a=2":                       4,
		"http://example.com":                                  3,
	} {
		id, ok, err := s.HasURL(ctx, raw)
		if err != nil || !ok || id != wantID {
			t.Errorf("HasURL(%q) = %d, %v, %v; want article %d", raw, id, ok, err, wantID)
		}
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	if n != len(old) {
		t.Errorf("%d articles after the migration, want all %d kept", n, len(old))
	}
}
