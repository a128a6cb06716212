package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"sync"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/ingest"
)

// fakeFetch serves postedPage for any URL and records what it was asked.
type fakeFetch struct {
	mu   sync.Mutex
	urls []string
	err  error
}

func (f *fakeFetch) fetch(ctx context.Context, rawURL string) (ingest.Page, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.urls = append(f.urls, rawURL)
	if f.err != nil {
		return ingest.Page{}, f.err
	}
	return ingest.Page{URL: rawURL, ContentType: "text/html; charset=utf-8", Data: []byte(postedPage)}, nil
}

func (f *fakeFetch) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.urls...)
}

// fakeDNS resolves a few names: news.example.org to a public address,
// intranet.example.org to a private one, both.example.org to one of each.
func fakeDNS(ctx context.Context, host string) ([]net.IP, error) {
	switch host {
	case "news.example.org":
		return []net.IP{net.ParseIP("93.184.215.14")}, nil
	case "intranet.example.org":
		return []net.IP{net.ParseIP("10.0.0.7")}, nil
	case "both.example.org":
		return []net.IP{net.ParseIP("93.184.215.14"), net.ParseIP("fd00::1")}, nil
	case "localhost":
		return []net.IP{net.ParseIP("127.0.0.1")}, nil
	}
	return nil, fmt.Errorf("no such host %s", host)
}

func TestPostURLRefusesPrivateAddresses(t *testing.T) {
	f := &fakeFetch{}
	ts, _, _ := newRichServer(t, Options{Token: testToken, Fetch: f.fetch, LookupIP: fakeDNS})
	for _, u := range []string{
		"http://127.0.0.1/admin",
		"http://127.9.9.9:8080/",
		"http://localhost:6060/debug",
		"http://[::1]/",
		"http://[::ffff:127.0.0.1]/",
		"http://10.1.2.3/",
		"http://192.168.0.1/",
		"http://172.16.5.4/",
		"http://169.254.169.254/latest/meta-data/",
		"http://[fe80::1]/",
		"http://[fd12::3]/",
		"http://0.0.0.0/",
		"http://100.64.0.1/",
		"http://intranet.example.org/news",
		"http://both.example.org/a",
	} {
		var e apiError
		resp := call(t, "POST", ts.URL+"/api/v1/urls?url="+u, testToken, "", &e)
		if resp.StatusCode != 403 || !strings.Contains(e.Error, "--allow-private") {
			t.Errorf("%s: %d %q, want 403 naming --allow-private", u, resp.StatusCode, e.Error)
		}
	}
	if got := f.asked(); len(got) != 0 {
		t.Errorf("fetched %v; private addresses must be refused before fetching", got)
	}
}

func TestPostURL(t *testing.T) {
	f := &fakeFetch{}
	ts, st, _ := newRichServer(t, Options{Token: testToken, Fetch: f.fetch, LookupIP: fakeDNS})
	const u = "https://news.example.org/bridge"
	var created pageCreated
	resp := call(t, "POST", ts.URL+"/api/v1/urls", testToken, `{"url": "`+u+`"}`, &created)
	if resp.StatusCode != 201 || !created.Created || created.URL != u || resp.Header.Get("Location") != created.Location {
		t.Fatalf("post url: %d %+v", resp.StatusCode, created)
	}
	got, err := st.Get(context.Background(), created.ID)
	if err != nil || !strings.Contains(got.Article.Text, "estuary") {
		t.Fatalf("stored: %v %v", got, err)
	}
	// Stored already: answered without fetching again, unless refetch.
	var again pageCreated
	if resp := call(t, "POST", ts.URL+"/api/v1/urls?url="+u, testToken, "", &again); resp.StatusCode != 200 || again.ID != created.ID || again.Created {
		t.Errorf("second post: %d %+v", resp.StatusCode, again)
	}
	if n := len(f.asked()); n != 1 {
		t.Errorf("fetched %d times, want 1", n)
	}
	call(t, "POST", ts.URL+"/api/v1/urls", testToken, `{"url": "`+u+`", "refetch": true}`, &again)
	if n := len(f.asked()); n != 2 || again.ID != created.ID {
		t.Errorf("refetch: fetched %d times (want 2), %+v", n, again)
	}

	tests := []struct {
		name, query, token, body string
		code                     int
	}{
		{"no token", "?url=" + u, "", "", 401},
		{"wrong token", "?url=" + u, "nope", "", 401},
		{"no url", "", testToken, `{}`, 400},
		{"not JSON", "", testToken, `url=x`, 400},
		{"unknown field", "", testToken, `{"url": "` + u + `", "depth": 3}`, 400},
		{"ftp", "?url=ftp://news.example.org/a", testToken, "", 400},
		{"relative", "?url=/a/b", testToken, "", 400},
		{"no host", "?url=http:///a", testToken, "", 400},
		{"unresolvable", "?url=https://nowhere.invalid/", testToken, "", 400},
		{"bad from", "?url=" + u + "&from=pdf", testToken, "", 400},
		{"unknown parameter", "?url=" + u + "&depth=2", testToken, "", 400},
	}
	for _, tt := range tests {
		var e apiError
		if resp := call(t, "POST", ts.URL+"/api/v1/urls"+tt.query, tt.token, tt.body, &e); resp.StatusCode != tt.code || e.Error == "" {
			t.Errorf("%s: %d %+v, want %d", tt.name, resp.StatusCode, e, tt.code)
		}
	}
}

func TestPostURLFetchFailures(t *testing.T) {
	tests := []struct {
		err  error
		code int
	}{
		{errors.New("GET https://news.example.org/x: HTTP 500 Internal Server Error"), 502},
		{fmt.Errorf("served as a PDF: %w", lede.ErrUnsupported), 415},
		{fmt.Errorf("page: %w", lede.ErrTooLarge), 413},
		{fmt.Errorf("fetch: %w", context.DeadlineExceeded), 504},
	}
	for _, tt := range tests {
		f := &fakeFetch{err: tt.err}
		ts, _, _ := newRichServer(t, Options{Token: testToken, Fetch: f.fetch, LookupIP: fakeDNS})
		var e apiError
		if resp := call(t, "POST", ts.URL+"/api/v1/urls?url=https://news.example.org/x", testToken, "", &e); resp.StatusCode != tt.code || e.Error == "" {
			t.Errorf("%v: %d %+v, want %d", tt.err, resp.StatusCode, e, tt.code)
		}
	}
}

func TestPostURLAllowPrivate(t *testing.T) {
	f := &fakeFetch{}
	ts, _, _ := newRichServer(t, Options{Token: testToken, Fetch: f.fetch, LookupIP: fakeDNS, AllowPrivate: true})
	var created pageCreated
	if resp := call(t, "POST", ts.URL+"/api/v1/urls?url=http://127.0.0.1:9/bridge", testToken, "", &created); resp.StatusCode != 201 {
		t.Errorf("with AllowPrivate: %d %+v, want 201", resp.StatusCode, created)
	}
}

func TestPostURLWithoutFetcher(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{Token: testToken})
	var e apiError
	if resp := call(t, "POST", ts.URL+"/api/v1/urls?url=https://news.example.org/x", testToken, "", &e); resp.StatusCode != 501 {
		t.Errorf("no fetcher: %d %+v, want 501", resp.StatusCode, e)
	}
}

func TestNonPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": true, "10.0.0.1": true, "172.31.255.255": true, "192.168.1.1": true, "169.254.0.1": true,
		"100.64.0.1": true, "0.0.0.0": true, "224.0.0.1": true, "255.255.255.255": true, "198.18.0.1": true,
		"::1": true, "fe80::1": true, "fc00::1": true, "::": true, "ff02::1": true, "::ffff:10.0.0.1": true,
		"93.184.215.14": false, "8.8.8.8": false, "172.32.0.1": false, "2606:4700::1111": false, "100.128.0.1": false,
	} {
		if got := nonPublic(netip.MustParseAddr(addr)) != ""; got != want {
			t.Errorf("nonPublic(%s) = %v, want %v", addr, got, want)
		}
	}
}
