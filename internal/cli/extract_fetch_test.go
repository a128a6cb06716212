package cli

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/crawl"
	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/pipeline"
)

// recordRead is a pipeline stand-in that keeps the options and page of
// each call.
type recordRead struct {
	mu    sync.Mutex
	opts  []pipeline.Options
	pages []string
}

func (r *recordRead) read(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
	r.mu.Lock()
	r.opts = append(r.opts, opts)
	r.pages = append(r.pages, string(page))
	r.mu.Unlock()
	return echoRead(ctx, page, opts)
}

func TestFetchPassesFinalURLAndContentType(t *testing.T) {
	var ua string
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/news/story", func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		w.Write([]byte("<p>story</p>"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	rec := &recordRead{}
	_, stderr, code := runExtract(t, &ExtractCmd{read: rec.read}, srv.URL+"/old")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got := rec.opts[0]
	if got.URL != srv.URL+"/news/story" {
		t.Errorf("page URL %q, want the final URL after the redirect", got.URL)
	}
	if got.ContentType != "text/html; charset=windows-1251" {
		t.Errorf("content type %q", got.ContentType)
	}
	if !strings.HasPrefix(ua, "lede/") || !strings.Contains(ua, "+https://github.com/ledehq/lede") {
		t.Errorf("User-Agent %q", ua)
	}
}

// TestFetchCharsetEndToEnd serves a windows-1251 page whose only charset
// declaration is the HTTP header, through the real pipeline.
func TestFetchCharsetEndToEnd(t *testing.T) {
	body := "<html><head><title>Новости</title></head><body><article><h1>Новости</h1>" +
		"<p>Городской совет в среду решил продлить ремонт вокзала до следующего лета, сообщили в мэрии города.</p>" +
		"<p>Жители района, которые уже лишились еженедельного рынка, опасаются последствий для местных магазинов.</p>" +
		"<p>Работы начались два года назад и должны были закончиться этой осенью, но подрядчик попросил отсрочку.</p>" +
		"</article></body></html>"
	page, err := charmap.Windows1251.NewEncoder().Bytes([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1251")
		w.Write(page)
	}))
	defer srv.Close()
	stdout, stderr, _ := runExtract(t, &ExtractCmd{}, "--format", "text", srv.URL+"/a")
	if !strings.Contains(stdout, "ремонт вокзала") {
		t.Errorf("decoded text missing from output:\n%s\n%s", stdout, stderr)
	}
}

func TestFetchErrors(t *testing.T) {
	release := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<html><body><p>start"))
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(3<<20))
		w.Write(make([]byte, 3<<20))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		chunk := []byte(strings.Repeat("<p>a</p>", 1024))
		for range 400 { // 3.2 MB, no Content-Length
			if _, err := w.Write(chunk); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/pdf-as-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("%PDF-1.4\n%\xc7\xec\x8f\xa2\n"))
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte("\xff\xd8\xff\xe0"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(release)

	tests := []struct {
		path, want string
		code       int
	}{
		{"/loop", "stopped after 5 redirects", ExitFailure},
		{"/broken", srv.URL + "/broken: HTTP 500 Internal Server Error", ExitFailure},
		{"/gone", "HTTP 404", ExitFailure},
		{"/slow", "fetch timed out after 200ms", ExitFailure},
		{"/slow-body", "fetch timed out after 200ms", ExitFailure},
		{"/big", "input too large: more than 1 MB", ExitBadInput},
		{"/big-chunked", "input too large: more than 1 MB", ExitBadInput},
		{"/pdf-as-html", "a PDF document, not a web page", ExitBadInput},
		{"/image", "served as image/jpeg", ExitBadInput},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, stderr, code := runExtract(t, &ExtractCmd{read: echoRead}, "--fetch-timeout", "200ms", "--max-bytes", "1MB", srv.URL+tt.path)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(stderr, "lede extract: "+srv.URL+tt.path+": ") || !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q, want it to name the URL and say %q", stderr, tt.want)
			}
		})
	}
}

func TestFetchConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := srv.URL
	srv.Close() // nothing listens there any more
	_, stderr, code := runExtract(t, &ExtractCmd{read: echoRead}, addr+"/a")
	if code != ExitFailure || !strings.Contains(stderr, "lede extract: "+addr+"/a: fetch: ") || strings.Count(stderr, addr) != 1 {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestFetchGzip(t *testing.T) {
	page := []byte("<p>compressed page</p>")
	mux := http.NewServeMux()
	// Content-Encoding: the HTTP client decompresses.
	mux.HandleFunc("/encoded", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		w.Write(gzipped(t, page))
	})
	// A .gz file served as is: lede recognises the magic bytes.
	mux.HandleFunc("/page.html.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(gzipped(t, page))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	rec := &recordRead{}
	_, stderr, code := runExtract(t, &ExtractCmd{read: rec.read}, "--workers", "1", srv.URL+"/encoded", srv.URL+"/page.html.gz")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for i, p := range rec.pages {
		if p != string(page) {
			t.Errorf("fetch %d gave the pipeline %q", i, p)
		}
	}
}

func TestFetchMaxRedirects(t *testing.T) {
	mux := http.NewServeMux()
	for i := range 3 {
		mux.HandleFunc("/r"+strconv.Itoa(i), func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/r"+strconv.Itoa(i+1), http.StatusFound)
		})
	}
	mux.HandleFunc("/r3", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("end")) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	if _, stderr, code := runExtract(t, &ExtractCmd{read: echoRead}, "--max-redirects", "3", srv.URL+"/r0"); code != ExitOK {
		t.Errorf("3 redirects allowed: exit %d, %s", code, stderr)
	}
	if _, stderr, _ := runExtract(t, &ExtractCmd{read: echoRead}, "--max-redirects", "2", srv.URL+"/r0"); !strings.Contains(stderr, "stopped after 2 redirects") {
		t.Errorf("2 redirects allowed: %s", stderr)
	}
}

// TestFetchExtractIgnoresRobots: lede extract fetches the page a person
// names, on any address, without asking robots.txt.
func TestFetchExtractIgnoresRobots(t *testing.T) {
	var robots atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robots.Add(1)
			w.Write([]byte("User-agent: *\nDisallow: /\n"))
			return
		}
		w.Write([]byte("<p>story</p>"))
	}))
	defer srv.Close()
	if _, stderr, code := runExtract(t, &ExtractCmd{read: echoRead}, srv.URL+"/a"); code != ExitOK {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if n := robots.Load(); n != 0 {
		t.Errorf("robots.txt asked %d times", n)
	}
}

// TestFetcherPolite checks the options lede ingest turns on: robots.txt,
// private addresses refused, retries, conditional requests.
func TestFetcherPolite(t *testing.T) {
	var broken atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
		case "/flaky":
			if broken.Add(1) == 1 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			w.Write([]byte("<p>flaky</p>"))
		default:
			w.Header().Set("ETag", `"1"`)
			if r.Header.Get("If-None-Match") == `"1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Write([]byte("<p>story</p>"))
		}
	}))
	defer srv.Close()
	ctx := context.Background()

	refusing := newFetcher(fetchOptions{MaxRedirects: 5, Robots: true, RefusePrivate: true})
	if _, err := refusing.fetch(ctx, srv.URL+"/a"); !errors.Is(err, crawl.ErrPrivateAddress) {
		t.Errorf("private address: %v, want crawl.ErrPrivateAddress", err)
	}

	f := newFetcher(fetchOptions{MaxRedirects: 5, Robots: true, Retries: 1, Validators: crawl.NewMemoryValidators(10)})
	if _, err := f.fetch(ctx, srv.URL+"/private/a"); !errors.Is(err, crawl.ErrRobotsDisallowed) {
		t.Errorf("robots.txt: %v, want crawl.ErrRobotsDisallowed", err)
	}
	if l, err := f.fetch(ctx, srv.URL+"/flaky"); err != nil || string(l.page) != "<p>flaky</p>" {
		t.Errorf("a 503 then the page: %q, %v", l.page, err)
	}
	if _, err := f.fetch(ctx, srv.URL+"/b"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.fetch(ctx, srv.URL+"/b"); !errors.Is(err, errNotModified) {
		t.Errorf("second fetch of an unchanged page: %v, want errNotModified", err)
	}
}

// The news base keeps validators the way storeValidators needs.
var _ urlValidatorStore = (*sqlite.Store)(nil)

// mapValidators is a stand-in for the news base's URL validators.
type mapValidators struct {
	mu   sync.Mutex
	m    map[string][2]string
	sets int
}

func (m *mapValidators) URLValidators(_ context.Context, url string) (string, string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[url]
	return v[0], v[1], ok, nil
}

func (m *mapValidators) SetURLValidators(_ context.Context, url, etag, lastModified string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sets++
	if etag == "" && lastModified == "" {
		delete(m.m, url)
		return nil
	}
	m.m[url] = [2]string{etag, lastModified}
	return nil
}

// TestStoreValidators: validators kept through storeValidators make the
// next run's request conditional, as a news base would across runs.
func TestStoreValidators(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == "Wed, 21 Oct 2026 07:28:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT")
		w.Write([]byte("<p>story</p>"))
	}))
	defer srv.Close()
	kept := &mapValidators{m: map[string][2]string{}}
	ctx := context.Background()
	first := newFetcher(fetchOptions{Validators: storeValidators{kept}})
	if l, err := first.fetch(ctx, srv.URL+"/a"); err != nil || string(l.page) != "<p>story</p>" {
		t.Fatalf("first run: %q, %v", l.page, err)
	}
	if kept.sets != 1 {
		t.Errorf("%d validator writes, want 1", kept.sets)
	}
	second := newFetcher(fetchOptions{Validators: storeValidators{kept}}) // a new process
	if _, err := second.fetch(ctx, srv.URL+"/a"); !errors.Is(err, errNotModified) {
		t.Errorf("second run: %v, want errNotModified", err)
	}
}
