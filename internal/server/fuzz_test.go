package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// FuzzQueryParameters sends arbitrary query strings to the read endpoints:
// the answer is 200 or 400 (never a 500 or a panic), always a JSON object,
// and a 400 says what was wrong.
func FuzzQueryParameters(f *testing.F) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "lede.db"), sqlite.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	for i, a := range richArticles() {
		if _, err := st.Put(ctx, store.Entry{Article: a, Source: "fuzz", PageHash: store.HashPage([]byte{byte(i)})}); err != nil {
			f.Fatal(err)
		}
	}
	srv := New(st, Options{})
	paths := []string{"/api/v1/articles", "/api/v1/quotes", "/api/v1/entities/people", "/api/v1/timeline",
		"/api/v1/sources", "/api/v1/stories", "/api/v1/entities/people/Putin"}
	for _, seed := range []string{
		"q=summit", "q=summit*&sort=date&limit=5&page=2", "person=Putin&facets=1", "q=%22a+OR+b%22+NEAR(x)",
		"from=2018-07-16&to=2018-07-01", "q=*", "q=-", "speaker=Bolton&q=summit", "mentions_date=2018-07",
		"limit=1&offset=99999999", "with=places&limit=3", "min_copies=1", "lang=en&language=en", "q=%00%ff",
	} {
		for i := range paths {
			f.Add(uint8(i), seed)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, rawQuery string) {
		path := paths[int(which)%len(paths)]
		r := (&http.Request{Method: "GET", URL: &url.URL{Path: path, RawQuery: rawQuery}, Header: http.Header{}}).WithContext(ctx)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, r)
		if rec.Code != http.StatusOK && rec.Code != http.StatusBadRequest && rec.Code != http.StatusNotFound {
			t.Fatalf("GET %s?%s: status %d: %s", path, rawQuery, rec.Code, rec.Body)
		}
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			t.Fatalf("GET %s?%s: not a JSON object: %v: %s", path, rawQuery, err, rec.Body)
		}
		if rec.Code != http.StatusOK && body["error"] == "" {
			t.Fatalf("GET %s?%s: %d without a message", path, rawQuery, rec.Code)
		}
	})
}
