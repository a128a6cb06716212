package cli

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startServe runs lede serve with args until the test ends and returns its
// base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	cmd := &ServeCmd{ready: func(a string) { addr <- a }}
	go func() {
		done <- cmd.Run(ctx, append([]string{"--addr", "127.0.0.1:0", "--quiet"}, args...), io.Discard, io.Discard)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	select {
	case a := <-addr:
		return "http://" + a
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("serve did not start")
	}
	return ""
}

func getJSON(t *testing.T, url string, out any) *http.Response {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	return resp
}

func TestServeLoadsSampleCorpus(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	base := startServe(t, "--db", db)
	var health struct{ Articles int }
	getJSON(t, base+"/healthz", &health)
	if health.Articles < 5 {
		t.Errorf("articles after the first start: %d, want the sample corpus (5 at least)", health.Articles)
	}
	var sources struct{ Total int }
	getJSON(t, base+"/api/v1/sources", &sources)
	if sources.Total < 3 {
		t.Errorf("sources of the sample corpus: %d, want several sites", sources.Total)
	}
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET /: %d %s, want the web UI's HTML", resp.StatusCode, ct)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("UI CSP %q", csp)
	}
	var api map[string]any
	if resp := getJSON(t, base+"/api/v1/articles?limit=1", &api); resp.Header.Get("Content-Security-Policy") != "default-src 'none'; frame-ancestors 'none'" {
		t.Errorf("API CSP %q", resp.Header.Get("Content-Security-Policy"))
	}
}

// TestServeURLsRefusesPrivate posts the address of a page served by the
// test itself (on loopback) to POST /api/v1/urls: refused without
// --allow-private, fetched and stored with it.
func TestServeURLsRefusesPrivate(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if r.URL.Path == "/gzipped" { // gzip bytes without Content-Encoding, as some servers send .gz files
			zw := gzip.NewWriter(w)
			io.WriteString(zw, strings.Replace(servedPage, "estuary", "harbour", 1))
			zw.Close()
			return
		}
		io.WriteString(w, servedPage)
	}))
	defer site.Close()
	post := func(base string, path ...string) (int, string) {
		p := "/bridge"
		if len(path) > 0 {
			p = path[0]
		}
		req, _ := http.NewRequest("POST", base+"/api/v1/urls", strings.NewReader(`{"url": "`+site.URL+p+`"}`))
		req.Header.Set("Authorization", "Bearer tok")
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "news.db"), "--no-sample", "--token", "tok")
	if code, body := post(base); code != http.StatusForbidden || !strings.Contains(body, "--allow-private") {
		t.Errorf("loopback URL without --allow-private: %d %s, want 403", code, body)
	}
	base = startServe(t, "--db", filepath.Join(t.TempDir(), "news.db"), "--no-sample", "--token", "tok", "--allow-private")
	if code, body := post(base); code != http.StatusCreated || !strings.Contains(body, `"created":true`) {
		t.Errorf("loopback URL with --allow-private: %d %s, want 201", code, body)
	}
	if code, body := post(base, "/gzipped"); code != http.StatusCreated {
		t.Errorf("a gzipped page: %d %s, want 201", code, body)
	}
}

const servedPage = `<!doctype html><html lang="en"><head><title>Bridge opens</title></head><body>
<article><h1>Bridge opens to traffic</h1>
<p>The new bridge across the estuary opened to traffic on Saturday morning after four years of construction work.</p>
<p>Engineers said the crossing would cut journey times between the two towns by more than half an hour each way.</p>
<p>Local traders welcomed the opening and said they expected more visitors from the other bank during the summer.</p>
</article></body></html>`

func TestServeNoSample(t *testing.T) {
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "news.db"), "--no-sample")
	var health struct{ Articles int }
	getJSON(t, base+"/healthz", &health)
	if health.Articles != 0 {
		t.Errorf("articles with --no-sample: %d, want 0", health.Articles)
	}
}

func TestServeBadFlags(t *testing.T) {
	for _, args := range [][]string{{"--port", "8080"}, {"extra"}} {
		err := (&ServeCmd{}).Run(context.Background(), args, io.Discard, io.Discard)
		if ExitCode(err) != ExitUsage {
			t.Errorf("%v: %v (exit %d), want a usage error", args, err, ExitCode(err))
		}
	}
}
