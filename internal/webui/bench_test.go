package webui

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
)

// benchPage measures rendering one page, store queries included, on a
// store of the sample and 60 scrapinghub pages.
func benchPage(b *testing.B, target func(ts *testStore) string) {
	ts := newTestStore(b, 60)
	h := New(ts, Options{})
	p := target(ts)
	req := httptest.NewRequest(http.MethodGet, p, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("%s: status %d", p, rec.Code)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
	}
}

func BenchmarkArticlePage(b *testing.B) {
	benchPage(b, func(ts *testStore) string { return "/articles/" + strconv.FormatInt(ts.sampleID, 10) })
}

func BenchmarkSearchPage(b *testing.B) {
	benchPage(b, func(*testStore) string { return "/search?q=president" })
}

func BenchmarkHomePage(b *testing.B) {
	benchPage(b, func(*testStore) string { return "/" })
}

func BenchmarkPersonPage(b *testing.B) {
	benchPage(b, func(ts *testStore) string {
		st, err := ts.Get(b.Context(), ts.sampleID)
		if err != nil || len(st.Article.People) == 0 {
			b.Fatal("the sample has no person", err)
		}
		return "/people/" + url.PathEscape(st.Article.People[0].Name)
	})
}
