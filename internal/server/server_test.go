package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

const testToken = "s3cret-token"

// newTestServer returns a server over a temporary store holding two
// articles, and their ids.
func newTestServer(t *testing.T, token string) (*httptest.Server, store.Store, []int64) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lede.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var ids []int64
	for i, a := range []*lede.Article{
		{URL: "https://news.example.org/a", Title: "Summit in the capital", SiteName: "Example News", Published: "2024-05-02",
			Text: "Leaders met at the summit to talk about trade.", Blocks: []lede.Block{{Kind: lede.KindParagraph, Text: "Leaders met at the summit to talk about trade."}},
			People: []lede.Person{{Name: "Ana Lima"}},
			Quotes: []lede.Quote{{Text: "Trade must grow", Speaker: "Ana Lima", Kind: lede.QuoteDirect}}},
		{URL: "https://news.example.org/b", Title: "Rain returns", Published: "2024-05-01",
			Text: "Rain returned to the valley.", Blocks: []lede.Block{{Kind: lede.KindParagraph, Text: "Rain returned to the valley."}}},
	} {
		r, err := st.Put(ctx, store.Entry{Article: a, Source: fmt.Sprint("test ", i)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	srv := New(st, Options{Token: token, Ingester: ingest.New(st, ingest.Options{Workers: 1})})
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts, st, ids
}

// call does one request and decodes a JSON answer into out (when not nil).
func call(t *testing.T, method, url, token, body string, out any) *http.Response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q, want JSON", method, url, ct)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("%s %s: Content-Security-Policy %q", method, url, csp)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("%s %s: %v in %s", method, url, err, data)
		}
	}
	return resp
}

func TestHealthz(t *testing.T) {
	ts, st, _ := newTestServer(t, "")
	var body map[string]any
	if resp := call(t, "GET", ts.URL+"/healthz", "", "", &body); resp.StatusCode != 200 || body["status"] != "ok" || body["articles"] != 2.0 {
		t.Errorf("healthz: %d %v", resp.StatusCode, body)
	}
	st.Close()
	if resp := call(t, "GET", ts.URL+"/healthz", "", "", &body); resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("healthz on a closed store: %d, want 503", resp.StatusCode)
	}
}

func TestSearchArticles(t *testing.T) {
	ts, _, ids := newTestServer(t, "")
	tests := []struct {
		query string
		want  []int64
		total int
	}{
		{"", []int64{ids[0], ids[1]}, 2},
		{"?q=trade", []int64{ids[0]}, 1},
		{"?q=valley&site=news.example.org", []int64{ids[1]}, 1},
		{"?person=Ana+Lima", []int64{ids[0]}, 1},
		{"?to=2024-05-01", []int64{ids[1]}, 1},
		{"?limit=1&page=2", []int64{ids[1]}, 2},
		{"?q=nothinglikethis", nil, 0},
	}
	for _, tt := range tests {
		var res store.SearchResult
		resp := call(t, "GET", ts.URL+"/api/v1/articles"+tt.query, "", "", &res)
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tt.query, resp.StatusCode)
			continue
		}
		var got []int64
		for _, r := range res.Results {
			got = append(got, r.ID)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || res.Total != tt.total {
			t.Errorf("%s: total %d (want %d), ids (-want +got):\n%s", tt.query, res.Total, tt.total, diff)
		}
	}
	var raw map[string]json.RawMessage
	call(t, "GET", ts.URL+"/api/v1/articles?q=trade", "", "", &raw)
	var results []map[string]any
	json.Unmarshal(raw["results"], &results)
	for _, field := range []string{"id", "title", "url", "site_name", "published", "snippet"} {
		if _, ok := results[0][field]; !ok {
			t.Errorf("search result lacks %q: %v", field, results[0])
		}
	}
	for _, bad := range []string{"?from=yesterday", "?limit=zero", "?page=0", "?sort=best", "?mentions_date=July"} {
		var e apiError
		if resp := call(t, "GET", ts.URL+"/api/v1/articles"+bad, "", "", &e); resp.StatusCode != 400 || e.Error == "" {
			t.Errorf("%s: %d %+v, want 400 with a message", bad, resp.StatusCode, e)
		}
	}
}

func TestGetArticle(t *testing.T) {
	ts, st, ids := newTestServer(t, "")
	var got lede.Article
	if resp := call(t, "GET", fmt.Sprintf("%s/api/v1/articles/%d", ts.URL, ids[0]), "", "", &got); resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	want, err := st.Get(context.Background(), ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Article, &got); diff != "" {
		t.Errorf("article (-stored +served):\n%s", diff)
	}
	for path, code := range map[string]int{
		"/api/v1/articles/999999": 404,
		"/api/v1/articles/abc":    400,
		"/api/v1/nothing":         404,
		"/":                       404,
	} {
		var e apiError
		if resp := call(t, "GET", ts.URL+path, "", "", &e); resp.StatusCode != code || e.Status != code || e.Error == "" {
			t.Errorf("GET %s: %d %+v, want %d with a JSON error", path, resp.StatusCode, e, code)
		}
	}
	var e apiError
	if resp := call(t, "DELETE", fmt.Sprintf("%s/api/v1/articles/%d", ts.URL, ids[0]), testToken, "", &e); resp.StatusCode != 405 || resp.Header.Get("Allow") == "" {
		t.Errorf("DELETE: %d %+v, want 405 with Allow", resp.StatusCode, e)
	}
}

func TestQuotes(t *testing.T) {
	ts, _, ids := newTestServer(t, "")
	var res store.QuoteResult
	call(t, "GET", ts.URL+"/api/v1/quotes?speaker=Ana+Lima&q=trade", "", "", &res)
	want := store.QuoteResult{Total: 1, Results: []store.QuoteHit{{Text: "Trade must grow", Speaker: "Ana Lima", Kind: "direct", ArticleID: ids[0], Title: "Summit in the capital", Published: "2024-05-02"}}}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	call(t, "GET", ts.URL+"/api/v1/quotes?speaker=Nobody", "", "", &res)
	if res.Total != 0 || res.Results == nil {
		t.Errorf("quotes of nobody: %+v, want total 0 and an empty list", res)
	}
}

func TestEntities(t *testing.T) {
	ts, _, _ := newTestServer(t, "")
	var res store.EntityResult
	call(t, "GET", ts.URL+"/api/v1/entities/people", "", "", &res)
	if res.Total != 1 || res.Results[0].Name != "Ana Lima" || res.Results[0].Articles != 1 {
		t.Errorf("people: %+v", res)
	}
	var e apiError
	if resp := call(t, "GET", ts.URL+"/api/v1/entities/cats", "", "", &e); resp.StatusCode != 404 {
		t.Errorf("unknown kind: %d, want 404", resp.StatusCode)
	}
}

const postedPage = `<!doctype html><html lang="en"><head><title>Bridge opens</title></head><body>
<article><h1>Bridge opens to traffic</h1>
<p>The new bridge across the estuary opened to traffic on Saturday morning after four years of construction work.</p>
<p>Engineers said the crossing would cut journey times between the two towns by more than half an hour each way.</p>
<p>Local traders welcomed the opening and said they expected more visitors from the other bank during the summer.</p>
</article></body></html>`

func TestPostPage(t *testing.T) {
	ts, st, _ := newTestServer(t, testToken)
	url := ts.URL + "/api/v1/pages?url=https://news.example.org/bridge"
	var e apiError
	if resp := call(t, "POST", url, "", postedPage, &e); resp.StatusCode != 401 || resp.Header.Get("WWW-Authenticate") == "" {
		t.Errorf("no token: %d %+v, want 401", resp.StatusCode, e)
	}
	if resp := call(t, "POST", url, "wrong", postedPage, &e); resp.StatusCode != 401 {
		t.Errorf("wrong token: %d, want 401", resp.StatusCode)
	}
	var created pageCreated
	resp := call(t, "POST", url, testToken, postedPage, &created)
	if resp.StatusCode != 201 || !created.Created || resp.Header.Get("Location") != created.Location {
		t.Fatalf("post: %d %+v", resp.StatusCode, created)
	}
	var again pageCreated
	if resp := call(t, "POST", url, testToken, postedPage, &again); resp.StatusCode != 200 || again.Created || again.ID != created.ID {
		t.Errorf("second post: %d %+v, want 200 with id %d", resp.StatusCode, again, created.ID)
	}
	got, err := st.Get(context.Background(), created.ID)
	if err != nil || !strings.Contains(got.Article.Text, "estuary") || got.Article.URL != "https://news.example.org/bridge" {
		t.Errorf("stored: %+v %v", got, err)
	}
	for body, code := range map[string]int{"": 400, "<html><body><nav><a href=/>Home</a></nav></body></html>": 422} {
		if resp := call(t, "POST", url, testToken, body, &e); resp.StatusCode != code {
			t.Errorf("post %q: %d %+v, want %d", body, resp.StatusCode, e, code)
		}
	}
	if resp := call(t, "POST", ts.URL+"/api/v1/pages?url=ftp://x", testToken, postedPage, &e); resp.StatusCode != 400 {
		t.Errorf("bad url: %d, want 400", resp.StatusCode)
	}
}

func TestPostGzippedPage(t *testing.T) {
	ts, st, _ := newTestServer(t, testToken)
	gz := func(text string) string {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		io.WriteString(zw, text)
		zw.Close()
		return buf.String()
	}
	var created pageCreated
	resp := call(t, "POST", ts.URL+"/api/v1/pages?url=https://news.example.org/gz", testToken, gz(strings.Replace(postedPage, "estuary", "fjord", 1)), &created)
	if resp.StatusCode != 201 {
		t.Fatalf("gzipped page: %d %+v", resp.StatusCode, created)
	}
	if got, err := st.Get(context.Background(), created.ID); err != nil || !strings.Contains(got.Article.Text, "fjord") {
		t.Errorf("stored: %v %v", got, err)
	}
	var e apiError
	if resp := call(t, "POST", ts.URL+"/api/v1/pages", testToken, gz(postedPage)[:40], &e); resp.StatusCode != 415 || !strings.Contains(e.Error, "gzip") {
		t.Errorf("truncated gzip: %d %+v, want 415", resp.StatusCode, e)
	}
	small := New(st, Options{Token: testToken, Ingester: ingest.New(st, ingest.Options{Workers: 1}), MaxBodyBytes: 1000})
	ts2 := httptest.NewServer(small)
	defer ts2.Close()
	if resp := call(t, "POST", ts2.URL+"/api/v1/pages", testToken, gz(strings.Repeat("<p>words and more words</p>", 200)), &e); resp.StatusCode != 413 {
		t.Errorf("gzip bomb past the cap: %d %+v, want 413", resp.StatusCode, e)
	}
}

func TestWritesRefusedWithoutToken(t *testing.T) {
	ts, _, _ := newTestServer(t, "")
	var e apiError
	if resp := call(t, "POST", ts.URL+"/api/v1/pages", "anything", postedPage, &e); resp.StatusCode != 403 || !strings.Contains(e.Error, "disabled") {
		t.Errorf("post with no configured token: %d %+v, want 403", resp.StatusCode, e)
	}
}

func TestServeShutsDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Serve(ctx, ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }), time.Second, nil)
	}()
	resp, err := http.Get("http://" + ln.Addr().String() + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}
