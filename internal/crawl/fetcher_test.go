package crawl

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
)

// testOptions are Options for fetching from an httptest server: loopback
// allowed, no spacing between requests, short backoff.
func testOptions() Options {
	return Options{AllowPrivate: true, PerHostDelay: -1, RetryBase: time.Millisecond, RetryMax: 5 * time.Millisecond}
}

// hits counts the requests a test server receives per path.
type hits struct {
	mu sync.Mutex
	n  map[string]int
}

func (h *hits) add(path string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.n == nil {
		h.n = map[string]int{}
	}
	h.n[path]++
}

func (h *hits) get(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n[path]
}

func TestFetchPage(t *testing.T) {
	mux := http.NewServeMux()
	var ua, accept string
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/news/story", func(w http.ResponseWriter, r *http.Request) {
		ua, accept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>story</p>")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	resp, err := New(o).Fetch(context.Background(), srv.URL+"/old")
	if err != nil {
		t.Fatal(err)
	}
	want := &Response{
		URL: srv.URL + "/old", FinalURL: srv.URL + "/news/story", Status: 200,
		ContentType: "text/html; charset=utf-8", Body: []byte("<p>story</p>"), Redirects: 1, Attempts: 2,
	}
	resp.Header = nil
	if diff := cmp.Diff(want, resp); diff != "" {
		t.Errorf("response (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(ua, "lede/") || !strings.Contains(ua, "(+https://github.com/ledehq/lede)") {
		t.Errorf("User-Agent %q", ua)
	}
	if accept != DefaultAccept {
		t.Errorf("Accept %q", accept)
	}
}

func TestFetchGzipEncoding(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<p>compressed</p>"))
		zw.Close()
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	resp, err := New(o).Fetch(context.Background(), srv.URL+"/a")
	if err != nil || string(resp.Body) != "<p>compressed</p>" {
		t.Errorf("body %q, err %v", resp.Body, err)
	}
}

func TestRobots(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: lede\nDisallow: /drafts/\nAllow: /\n\nSitemap: https://example.com/sitemap.xml\n")
		case "/moved":
			http.Redirect(w, r, "/drafts/moved", http.StatusFound)
		default:
			fmt.Fprint(w, "page")
		}
	}))
	defer srv.Close()
	f := New(testOptions())
	ctx := context.Background()
	for i := range 5 {
		if _, err := f.Fetch(ctx, srv.URL+"/news/"+strconv.Itoa(i)); err != nil {
			t.Errorf("allowed page: %v", err)
		}
	}
	for _, path := range []string{"/drafts/a", "/moved"} {
		_, err := f.Fetch(ctx, srv.URL+path)
		if !errors.Is(err, ErrRobotsDisallowed) || !strings.Contains(err.Error(), srv.URL+"/drafts/") {
			t.Errorf("%s: error %v, want ErrRobotsDisallowed naming the disallowed URL", path, err)
		}
	}
	if n := h.get("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	if n := h.get("/drafts/a") + h.get("/drafts/moved"); n != 0 {
		t.Errorf("disallowed pages requested %d times", n)
	}
	if err := f.Allowed(ctx, srv.URL+"/drafts/b"); !errors.Is(err, ErrRobotsDisallowed) {
		t.Errorf("Allowed(/drafts/b) = %v", err)
	}
	if got, err := f.Sitemaps(ctx, srv.URL+"/x"); err != nil || !cmp.Equal(got, []string{"https://example.com/sitemap.xml"}) {
		t.Errorf("Sitemaps = %q, %v", got, err)
	}

	// Another crawler falls under "*": everything disallowed.
	o := testOptions()
	o.UserAgent = "otherbot/2.0 (+https://example.org/bot)"
	if _, err := New(o).Fetch(ctx, srv.URL+"/news/1"); !errors.Is(err, ErrRobotsDisallowed) {
		t.Errorf("otherbot: %v, want ErrRobotsDisallowed", err)
	}

	// IgnoreRobots never asks for robots.txt.
	before := h.get("/robots.txt")
	o = testOptions()
	o.IgnoreRobots = true
	if _, err := New(o).Fetch(ctx, srv.URL+"/drafts/a"); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
	if h.get("/robots.txt") != before {
		t.Error("IgnoreRobots fetched robots.txt")
	}
}

func TestRobotsConcurrentFetchesAskOnce(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		if r.URL.Path == "/robots.txt" {
			time.Sleep(20 * time.Millisecond) // let the other fetches queue behind it
			fmt.Fprint(w, "User-agent: *\nDisallow: /x\n")
			return
		}
		fmt.Fprint(w, "page")
	}))
	defer srv.Close()
	o := testOptions()
	o.PerHostConcurrency = 8
	f := New(o)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if _, err := f.Fetch(context.Background(), srv.URL+"/p"+strconv.Itoa(i)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := h.get("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times by 8 concurrent fetches, want once", n)
	}
}

func TestRobotsStatus(t *testing.T) {
	tests := []struct {
		status  int
		allowed bool
	}{
		{404, true}, {401, true}, {403, true}, {410, true},
		{500, false}, {503, false}, {429, false},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(tt.status), func(t *testing.T) {
			var h hits
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				h.add(r.URL.Path)
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tt.status)
					return
				}
				fmt.Fprint(w, "page")
			}))
			defer srv.Close()
			f := New(testOptions())
			for range 2 {
				_, err := f.Fetch(context.Background(), srv.URL+"/a")
				if tt.allowed && err != nil {
					t.Errorf("robots.txt %d: %v, want the page", tt.status, err)
				}
				if !tt.allowed && (!errors.Is(err, ErrRobotsDisallowed) || !strings.Contains(err.Error(), "answered HTTP "+strconv.Itoa(tt.status))) {
					t.Errorf("robots.txt %d: %v, want ErrRobotsDisallowed saying why", tt.status, err)
				}
			}
			// Retried like any request (DefaultRetries), then cached.
			wantRobots := 1
			if retryableStatus(tt.status) {
				wantRobots = 1 + DefaultRetries
			}
			if n := h.get("/robots.txt"); n != wantRobots {
				t.Errorf("robots.txt asked %d times, want %d", n, wantRobots)
			}
			if n := h.get("/a"); tt.allowed != (n == 2) || !tt.allowed && n != 0 {
				t.Errorf("page asked %d times", n)
			}
		})
	}
}

func TestRobotsTTL(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	}))
	defer srv.Close()
	o := testOptions()
	o.RobotsTTL = time.Nanosecond // expired by the next fetch
	f := New(o)
	for range 3 {
		if _, err := f.Fetch(context.Background(), srv.URL+"/a"); err != nil {
			t.Fatal(err)
		}
	}
	if n := h.get("/robots.txt"); n != 3 {
		t.Errorf("robots.txt asked %d times with an expired cache, want 3", n)
	}
}

func TestRetries(t *testing.T) {
	var h hits
	var flaky atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		switch r.URL.Path {
		case "/limited": // 429 twice, then the page
			if flaky.Add(1) <= 2 {
				w.Header().Set("Retry-After", "0")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, "page")
		case "/limited-date":
			if h.get("/limited-date") == 1 {
				w.Header().Set("Retry-After", time.Now().Add(-time.Minute).UTC().Format(http.TimeFormat))
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			fmt.Fprint(w, "page")
		case "/wait-long":
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusTooManyRequests)
		case "/broken":
			http.Error(w, "oops", http.StatusInternalServerError)
		case "/timeout408":
			w.WriteHeader(http.StatusRequestTimeout)
		case "/missing":
			http.NotFound(w, r)
		case "/forbidden":
			w.WriteHeader(http.StatusForbidden)
		case "/not-implemented":
			w.WriteHeader(http.StatusNotImplemented)
		}
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	o.MaxRetryAfter = time.Minute
	f := New(o)
	ctx := context.Background()

	for _, path := range []string{"/limited", "/limited-date"} {
		resp, err := f.Fetch(ctx, srv.URL+path)
		if err != nil || string(resp.Body) != "page" {
			t.Errorf("%s: %v", path, err)
		} else if want := h.get(path); resp.Attempts != want {
			t.Errorf("%s: Attempts %d, server saw %d", path, resp.Attempts, want)
		}
	}
	if n := h.get("/limited"); n != 3 {
		t.Errorf("/limited asked %d times, want 3", n)
	}

	tests := []struct {
		path     string
		code     int
		requests int
		msg      string
	}{
		{"/broken", 500, 1 + DefaultRetries, "HTTP 500 Internal Server Error (gave up after 3 attempts)"},
		{"/timeout408", 408, 1 + DefaultRetries, "HTTP 408 Request Timeout (gave up after 3 attempts)"},
		{"/wait-long", 429, 1, "HTTP 429 Too Many Requests asking to wait 1h0m0s, longer than allowed"},
		{"/missing", 404, 1, "HTTP 404 Not Found"},
		{"/forbidden", 403, 1, "HTTP 403 Forbidden"},
		{"/not-implemented", 501, 1, "HTTP 501 Not Implemented"},
	}
	for _, tt := range tests {
		_, err := f.Fetch(ctx, srv.URL+tt.path)
		var se *StatusError
		if !errors.Is(err, ErrStatus) || !errors.As(err, &se) || se.Code != tt.code {
			t.Errorf("%s: error %v, want a *StatusError %d", tt.path, err, tt.code)
			continue
		}
		if want := "GET " + srv.URL + tt.path + ": " + tt.msg; err.Error() != want {
			t.Errorf("%s: message %q, want %q", tt.path, err, want)
		}
		if n := h.get(tt.path); n != tt.requests {
			t.Errorf("%s asked %d times, want %d", tt.path, n, tt.requests)
		}
	}

	o.Retries = -1
	if _, err := New(o).Fetch(ctx, srv.URL+"/broken"); !errors.Is(err, ErrStatus) || strings.Contains(err.Error(), "attempts") {
		t.Errorf("no retries: %v", err)
	}
}

func TestRedirectLoop(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		switch r.URL.Path {
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/ftp":
			http.Redirect(w, r, "ftp://example.com/file", http.StatusFound)
		}
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	o.MaxRedirects = 3
	_, err := New(o).Fetch(context.Background(), srv.URL+"/loop")
	if !errors.Is(err, ErrTooManyRedirects) || !strings.Contains(err.Error(), "stopped after 3") {
		t.Errorf("error %v, want ErrTooManyRedirects", err)
	}
	if n := h.get("/loop"); n != 4 {
		t.Errorf("asked %d times, want 4 (the page and 3 redirects)", n)
	}
	o.MaxRedirects = -1
	if _, err := New(o).Fetch(context.Background(), srv.URL+"/loop"); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("no redirects allowed: %v", err)
	}
	o.MaxRedirects = 0
	if _, err := New(o).Fetch(context.Background(), srv.URL+"/ftp"); !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), "ftp://example.com/file") {
		t.Errorf("redirect to ftp: %v", err)
	}
}

func TestTimeout(t *testing.T) {
	var h hits
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		if r.URL.Path == "/slow-body" {
			fmt.Fprint(w, "<p>start")
			w.(http.Flusher).Flush()
		}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	o := testOptions()
	o.IgnoreRobots = true
	o.Timeout = 100 * time.Millisecond
	f := New(o)
	for _, path := range []string{"/slow", "/slow-body"} {
		_, err := f.Fetch(context.Background(), srv.URL+path)
		if !errors.Is(err, context.DeadlineExceeded) || err.Error() != "GET "+srv.URL+path+": timed out after 100ms" {
			t.Errorf("%s: error %v, want a timeout naming the URL and the limit", path, err)
		}
		if n := h.get(path); n != 1 {
			t.Errorf("%s asked %d times: a timed-out request is not retried", path, n)
		}
	}
}

func TestCallerCancels(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel()
	}()
	if _, err := New(o).Fetch(ctx, srv.URL+"/a"); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

func TestTooLarge(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big":
			w.Header().Set("Content-Length", "5000")
			w.Write(make([]byte, 5000))
		case "/big-chunked":
			for range 10 {
				w.Write(make([]byte, 500))
				w.(http.Flusher).Flush()
			}
		case "/big-gzip": // small on the wire, large once decompressed
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(make([]byte, 5000))
			zw.Close()
		case "/fits":
			w.Write(make([]byte, 1000))
		}
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	o.MaxBytes = 1000
	f := New(o)
	for _, path := range []string{"/big", "/big-chunked", "/big-gzip"} {
		_, err := f.Fetch(context.Background(), srv.URL+path)
		if !errors.Is(err, ErrTooLarge) || !errors.Is(err, lede.ErrTooLarge) || !strings.Contains(err.Error(), "more than 1000 bytes") {
			t.Errorf("%s: error %v, want ErrTooLarge", path, err)
		}
	}
	if resp, err := f.Fetch(context.Background(), srv.URL+"/fits"); err != nil || len(resp.Body) != 1000 {
		t.Errorf("a body of exactly MaxBytes: %v", err)
	}
}

func TestAcceptMediaType(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		w.Header().Set("Content-Type", "IMAGE/JPEG")
		w.Write(make([]byte, 100))
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	o.AcceptMediaType = func(mt string) bool { return !strings.HasPrefix(mt, "image/") }
	_, err := New(o).Fetch(context.Background(), srv.URL+"/photo")
	if !errors.Is(err, ErrUnsupportedMediaType) || !errors.Is(err, lede.ErrUnsupported) || !strings.Contains(err.Error(), "served as image/jpeg") {
		t.Errorf("error %v, want ErrUnsupportedMediaType", err)
	}
}

func TestConditionalGet(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		switch r.URL.Path {
		case "/etag":
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
		case "/modified":
			if r.Header.Get("If-Modified-Since") == "Wed, 21 Oct 2026 07:28:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT")
		case "/old":
			http.Redirect(w, r, "/etag", http.StatusMovedPermanently)
			return
		case "/stray-304": // a 304 nobody asked for
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "page")
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	f := New(o)
	ctx := context.Background()
	for _, path := range []string{"/etag", "/modified"} {
		first, err := f.Fetch(ctx, srv.URL+path)
		if err != nil || first.NotModified || string(first.Body) != "page" {
			t.Fatalf("%s first fetch: %+v, %v", path, first, err)
		}
		second, err := f.Fetch(ctx, srv.URL+path)
		if err != nil || !second.NotModified || second.Status != 304 || second.Body != nil {
			t.Errorf("%s second fetch: %+v, %v; want NotModified", path, second, err)
		}
	}
	// The validators belong to the final URL of a redirect.
	if r, err := f.Fetch(ctx, srv.URL+"/old"); err != nil || !r.NotModified || r.FinalURL != srv.URL+"/etag" {
		t.Errorf("through a redirect: %+v, %v", r, err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/stray-304"); !errors.Is(err, ErrStatus) {
		t.Errorf("unrequested 304: %v, want ErrStatus", err)
	}

	// NoValidators: always the whole page.
	o.Validators = NoValidators{}
	f = New(o)
	for range 2 {
		if r, err := f.Fetch(ctx, srv.URL+"/etag"); err != nil || r.NotModified || string(r.Body) != "page" {
			t.Errorf("NoValidators: %+v, %v", r, err)
		}
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		fmt.Fprint(w, "secret")
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	urls := []string{
		srv.URL + "/a",                    // 127.0.0.1
		"http://localhost:" + port + "/a", // a name that resolves to loopback
		"http://[::1]:" + port + "/a",
		"http://0.0.0.0:" + port + "/a",
	}
	for _, robots := range []bool{false, true} {
		o := Options{PerHostDelay: -1, Retries: -1, IgnoreRobots: !robots}
		f := New(o)
		for _, u := range urls {
			_, err := f.Fetch(context.Background(), u)
			if !errors.Is(err, ErrPrivateAddress) || !strings.HasPrefix(err.Error(), "GET "+u+": non-public network address refused: ") {
				t.Errorf("robots %v, %s: error %v, want ErrPrivateAddress naming the URL", robots, u, err)
			}
		}
	}
	if n := h.get("/a") + h.get("/robots.txt"); n != 0 {
		t.Errorf("the server was reached %d times", n)
	}
}

func TestIsPublicAddr(t *testing.T) {
	tests := map[string]bool{
		"93.184.216.34": true, "8.8.8.8": true, "2606:4700::1111": true, "1.1.1.1": true,
		"127.0.0.1": false, "127.8.9.10": false, "10.1.2.3": false, "172.16.0.1": false, "172.31.255.255": false,
		"172.32.0.1": true, "192.168.1.1": false, "169.254.169.254": false, "100.64.0.1": false, "100.127.255.255": false,
		"100.128.0.1": true, "0.0.0.0": false, "224.0.0.1": false, "255.255.255.255": false, "198.18.0.1": false,
		"::1": false, "::": false, "fe80::1": false, "fc00::1": false, "fd12:3456::1": false, "ff02::1": false,
		"::ffff:127.0.0.1": false, "::ffff:8.8.8.8": true, "64:ff9b::a00:1": false, "64:ff9b::808:808": true,
		"2002:c0a8:101::1": false, "2002:808:808::1": true,
	}
	for s, want := range tests {
		if got := IsPublicAddr(mustAddr(t, s)); got != want {
			t.Errorf("IsPublicAddr(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestPerHostConcurrency(t *testing.T) {
	for _, limit := range []int{1, 3} {
		var inFlight, most atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := inFlight.Add(1)
			defer inFlight.Add(-1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(10 * time.Millisecond)
			fmt.Fprint(w, "page")
		}))
		o := testOptions()
		o.IgnoreRobots = true
		o.PerHostConcurrency = limit
		f := New(o)
		var wg sync.WaitGroup
		for i := range 12 {
			wg.Go(func() {
				if _, err := f.Fetch(context.Background(), srv.URL+"/p"+strconv.Itoa(i)); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		srv.Close()
		if m := most.Load(); m > int32(limit) || m < 1 {
			t.Errorf("limit %d: %d requests in flight at once", limit, m)
		}
	}
}

func TestBadURL(t *testing.T) {
	f := New(testOptions())
	for _, u := range []string{"", "example.com/a", "ftp://example.com/a", "http:///a", "http://a b/"} {
		_, err := f.Fetch(context.Background(), u)
		if !errors.Is(err, ErrBadURL) || !strings.HasPrefix(err.Error(), "GET "+u+": ") {
			t.Errorf("Fetch(%q): %v, want ErrBadURL naming the URL", u, err)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"Sun, 29 Nov 2026 10:01:30 GMT", 90 * time.Second, true},
		{"Sun, 29 Nov 2026 09:00:00 GMT", 0, true},
		{"99999999999999999999", 0, false},
		{"9999999999999", time.Duration(1<<62) / time.Second * time.Second, true},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoff(t *testing.T) {
	base, limit := 100*time.Millisecond, time.Second
	for n, full := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 4: 800 * time.Millisecond, 5: time.Second, 40: time.Second} {
		for range 50 {
			if d := backoff(n, base, limit); d < full/2 || d > full {
				t.Errorf("backoff(%d) = %v, want within [%v, %v]", n, d, full/2, full)
			}
		}
	}
}

func TestProductToken(t *testing.T) {
	for ua, want := range map[string]string{
		"lede/1.2 (+https://github.com/ledehq/lede)": "lede",
		"MyBot":            "mybot",
		"Some Crawler 1.0": "some",
	} {
		if got := productToken(ua); got != want {
			t.Errorf("productToken(%q) = %q, want %q", ua, got, want)
		}
	}
}

func mustAddr(t *testing.T, s string) netip.Addr {
	t.Helper()
	a, err := netip.ParseAddr(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRobotsCrawlDelay(t *testing.T) {
	for _, tt := range []struct {
		robots string
		max    time.Duration
		want   time.Duration
	}{
		{"User-agent: *\nCrawl-delay: 3\n", 0, 3 * time.Second},
		{"User-agent: *\nCrawl-delay: 300\n", 0, DefaultMaxCrawlDelay},
		{"User-agent: *\nCrawl-delay: 3\n", -1, 0},
		{"User-agent: *\nDisallow: /x\n", 0, 0},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				fmt.Fprint(w, tt.robots)
			}
		}))
		o := testOptions()
		o.MaxCrawlDelay = tt.max
		f := New(o)
		if err := f.Allowed(context.Background(), srv.URL+"/a"); err != nil {
			t.Fatal(err)
		}
		srv.Close()
		var got time.Duration
		f.gate.mu.Lock()
		if s := f.gate.hosts[hostKey("127.0.0.1")]; s != nil {
			got = s.delay
		}
		f.gate.mu.Unlock()
		if got != tt.want {
			t.Errorf("%q with MaxCrawlDelay %v: host delay %v, want %v", tt.robots, tt.max, got, tt.want)
		}
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "Sun, 29 Nov 2026 10:01:30 GMT", "-1", "1e9", "Sunday, 06-Nov-94 08:49:37 GMT"} {
		f.Add(s)
	}
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if d, ok := parseRetryAfter(s, now); d < 0 || !ok && d != 0 {
			t.Fatalf("parseRetryAfter(%q) = %v, %v", s, d, ok)
		}
	})
}

// TestRedirectToRefusedAddress: the address check runs on every dial, so a
// page that passes it cannot redirect the fetcher to one that does not.
// Both test servers listen on loopback; the check is told that only the
// first one's port is public.
func TestRedirectToRefusedAddress(t *testing.T) {
	var inner hits
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inner.add(r.URL.Path)
		fmt.Fprint(w, "internal secrets")
	}))
	defer internal.Close()
	// A name, not an IP literal: judged only when dialled.
	internalURL := "http://localhost:" + strconv.Itoa(internal.Listener.Addr().(*net.TCPAddr).Port)
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, internalURL+"/admin", http.StatusFound)
	}))
	defer public.Close()
	publicPort := public.Listener.Addr().(*net.TCPAddr).Port
	f := New(Options{PerHostDelay: -1, Retries: -1, IgnoreRobots: true})
	var dialled atomic.Int32
	f.dialAllowed = func(ap netip.AddrPort) bool {
		dialled.Add(1)
		return int(ap.Port()) == publicPort
	}
	_, err := f.Fetch(context.Background(), public.URL+"/story")
	if !errors.Is(err, ErrPrivateAddress) || !strings.HasPrefix(err.Error(), "GET "+internalURL+"/admin: ") {
		t.Errorf("error %v, want ErrPrivateAddress naming the redirect target", err)
	}
	if n := inner.get("/admin"); n != 0 {
		t.Errorf("the refused server was reached %d times", n)
	}
	if dialled.Load() < 2 {
		t.Errorf("the address check ran %d times, want at least twice (both servers)", dialled.Load())
	}
}

func TestRetryNetworkFailure(t *testing.T) {
	var h hits
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		if r.URL.Path == "/dropped" && h.get(r.URL.Path) == 1 {
			// Close the connection without an answer.
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		fmt.Fprint(w, "page")
	}))
	defer srv.Close()
	o := testOptions()
	o.IgnoreRobots = true
	o.Validators = NoValidators{}
	resp, err := New(o).Fetch(context.Background(), srv.URL+"/dropped")
	if err != nil || string(resp.Body) != "page" {
		t.Fatalf("a dropped connection, then the page: %v", err)
	}
	if resp.Attempts < 2 {
		t.Errorf("Attempts %d, want a retry", resp.Attempts)
	}

	// Nothing listens: the error names the URL and says so. (With a
	// backoff of an hour, a retry would outlive the test's context.)
	addr := srv.URL
	srv.Close()
	o.RetryBase, o.RetryMax = time.Hour, time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err = New(o).Fetch(ctx, addr+"/gone")
	if err == nil || !strings.Contains(err.Error(), "connection refused") || !strings.HasPrefix(err.Error(), "GET "+addr+"/gone: ") {
		t.Errorf("closed server: %v, want a refused connection, not retried", err)
	}
}

func TestParseRobotsSkipsUnreadableLines(t *testing.T) {
	tests := []struct {
		robots  string
		allowed map[string]bool
	}{
		{"Disallow: /early\nUser-agent: *\nDisallow: /private\n", map[string]bool{"/private/a": false, "/early": true, "/news": true}},
		{"User-agent: *\nCrawl-delay: soon\nDisallow: /private\n", map[string]bool{"/private/a": false, "/news": true}},
		{"User-agent: *\nCrawl-delay: -3 # negative\nDisallow: /x\n", map[string]bool{"/x": false, "/y": true}},
		{"\xef\xbb\xbfUser-agent: *\nDisallow: /x\n", map[string]bool{"/x": false, "/y": true}},
		{"<html><body>Page not found</body></html>", map[string]bool{"/x": true}},
	}
	for _, tt := range tests {
		data, err := parseRobots([]byte(tt.robots))
		if err != nil {
			t.Errorf("%q: %v", tt.robots, err)
			continue
		}
		for path, want := range tt.allowed {
			if got := data.TestAgent(path, "lede"); got != want {
				t.Errorf("%q: %s allowed %v, want %v", tt.robots, path, got, want)
			}
		}
	}
}

func FuzzParseRobots(f *testing.F) {
	for _, s := range []string{
		"User-agent: *\nDisallow: /private\nCrawl-delay: 2\nSitemap: https://example.com/s.xml\n",
		"Disallow: /early\nUser-agent: lede\nAllow: /\n",
		"User-agent: *\nCrawl-delay: soon\nDisallow: /*.pdf$\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		data, err := parseRobots(body)
		if err == nil {
			data.TestAgent("/a/b?c=d", "lede")
		}
	})
}

// TestRobotsUnreachableKeepsRules: when robots.txt cannot be read again
// after its cache expired, the rules read before still apply (instead of
// disallowing the whole site).
func TestRobotsUnreachableKeepsRules(t *testing.T) {
	var h hits
	var down atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.add(r.URL.Path)
		if r.URL.Path == "/robots.txt" {
			if down.Load() {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		fmt.Fprint(w, "page")
	}))
	defer srv.Close()
	o := testOptions()
	o.Retries = -1
	o.RobotsTTL = time.Nanosecond // expired by the next fetch
	f := New(o)
	ctx := context.Background()
	if _, err := f.Fetch(ctx, srv.URL+"/a"); err != nil {
		t.Fatal(err)
	}
	down.Store(true)
	if _, err := f.Fetch(ctx, srv.URL+"/b"); err != nil {
		t.Errorf("robots.txt down, rules known: %v", err)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/private/c"); !errors.Is(err, ErrRobotsDisallowed) {
		t.Errorf("robots.txt down, a disallowed page: %v", err)
	}
	if n := h.get("/robots.txt"); n != 2 {
		t.Errorf("robots.txt asked %d times, want 2 (then kept for RobotsErrorTTL)", n)
	}
	// A fetcher that never read the rules disallows the site.
	if _, err := New(o).Fetch(ctx, srv.URL+"/b"); !errors.Is(err, ErrRobotsDisallowed) || !strings.Contains(err.Error(), "answered HTTP 503") {
		t.Errorf("robots.txt down, no rules known: %v", err)
	}
}

func TestRobotsCacheSweep(t *testing.T) {
	c := robotsCache{origins: map[string]*robotsEntry{}}
	now := time.Now()
	done := make(chan struct{})
	close(done)
	for i := range 3 * robotsSweep {
		e := &robotsEntry{ready: done, expires: now.Add(time.Hour)}
		if i%3 == 0 {
			e.expires = now.Add(-time.Hour)
		}
		c.origins["http://h"+strconv.Itoa(i)] = e
	}
	busy := &robotsEntry{ready: make(chan struct{})}
	c.origins["http://busy"] = busy
	c.sweep(now)
	if n := len(c.origins); n >= robotsSweep {
		t.Errorf("%d origins after the sweep, want fewer than %d", n, robotsSweep)
	}
	if c.origins["http://busy"] != busy {
		t.Error("an entry being fetched was dropped")
	}
	for k, e := range c.origins {
		if k != "http://busy" && now.After(e.expires) {
			t.Errorf("expired %s kept", k)
		}
	}
}

func TestOriginOf(t *testing.T) {
	for in, want := range map[string]string{
		"http://Example.COM/a":      "http://example.com",
		"http://example.com:80/a":   "http://example.com",
		"https://example.com:443/":  "https://example.com",
		"https://example.com:8443/": "https://example.com:8443",
		"http://[::1]:8080/a":       "http://[::1]:8080",
	} {
		u, err := parseHTTPURL(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := originOf(u); got != want {
			t.Errorf("originOf(%s) = %s, want %s", in, got, want)
		}
	}
}
