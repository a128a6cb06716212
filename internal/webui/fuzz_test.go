package webui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzRequests sends arbitrary addresses to the UI: every answer is a page
// with a known status (never a 500 or a panic), and nothing from the
// address comes back as markup.
func FuzzRequests(f *testing.F) {
	for _, seed := range []string{
		"/search?q=putin&person=Vladimir+Putin&sort=date&page=2",
		"/search?from=2018-01-01&to=2018-12-31&lang=en&country=RU",
		"/search?mentions_date=2018-07&q=summit*",
		"/people/Donald%20Trump?page=1&qpage=2",
		"/places/Helsinki?country=FI",
		"/articles/1?hl=%3Cscript%3E",
		"/quotes?speaker=Putin&q=moscow",
		"/sources/fortune.com?page=3",
		"/static/style.css",
		"/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
	} {
		f.Add(seed)
	}
	ts := newTestStore(f, 0)
	h := New(ts, Options{})
	f.Fuzz(func(t *testing.T, target string) {
		if !strings.HasPrefix(target, "/") || strings.ContainsAny(target, " \t\r\n#") {
			return
		}
		req, err := http.NewRequest(http.MethodGet, "http://lede.test"+target, nil)
		if err != nil {
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case 200, 400, 404, 405:
		case 301, 307, 308: // the mux cleans paths such as "/." by redirecting
		default:
			t.Fatalf("%s: status %d", target, rec.Code)
		}
		if strings.Contains(rec.Body.String(), "<script") {
			t.Fatalf("%s: the answer holds a script element", target)
		}
	})
}
