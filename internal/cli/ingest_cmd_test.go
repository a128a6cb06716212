package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// storyPage is a small generated news page whose story differs by n.
func storyPage(n int) string {
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Ferry report %d</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Ferry report %d</h1>
<p>The ferry service between the islands resumed on Monday, report %d says, after storms kept the boats in port for a week.</p>
<p>Operators added evening crossings to clear the queue of travellers, and the harbour master asked drivers to arrive early.</p>
<p>Islanders said supplies of fresh food had run low while the crossings were suspended and welcomed the first arrivals.</p>
</article></body></html>`, n, n, n)
}

func TestIngestCmdTwice(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.html", i)), []byte(storyPage(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "news.db")
	run := func() string {
		var stderr bytes.Buffer
		code := Main(context.Background(), []string{"ingest", dir, "--db", db, "--workers", "2"}, nil, io.Discard, &stderr)
		if code != ExitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return stderr.String()
	}
	if out := run(); !strings.Contains(out, "5 stored") {
		t.Errorf("first run: %s", out)
	}
	if out := run(); !strings.Contains(out, "5 skipped") || !strings.Contains(out, "0 stored") {
		t.Errorf("second run: %s", out)
	}
	st, err := sqlite.Open(context.Background(), db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := st.Search(context.Background(), store.Query{Q: "ferry islands"})
	if err != nil || res.Total != 5 {
		t.Errorf("search: %d %v, want 5", res.Total, err)
	}
}

func TestIngestCmdUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	for _, args := range [][]string{
		{"ingest", "--db", db},
		{"ingest", "--db", db, "--from", "pdf", "x"},
		{"ingest", "--db", db, "--workers", "0", "x"},
	} {
		var stderr bytes.Buffer
		if code := Main(context.Background(), args, nil, io.Discard, &stderr); code != ExitUsage {
			t.Errorf("%q: exit %d, want %d (%s)", args, code, ExitUsage, stderr.String())
		}
	}
	var stderr bytes.Buffer
	missing := filepath.Join(t.TempDir(), "nowhere")
	if code := Main(context.Background(), []string{"ingest", "--db", db, missing}, nil, io.Discard, &stderr); code != ExitFailure || !strings.Contains(stderr.String(), "nowhere") {
		t.Errorf("missing source: exit %d, %s", code, stderr.String())
	}
}

func TestDBPath(t *testing.T) {
	t.Setenv("LEDE_DB", "")
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if got, _ := dbPath("x.db"); got != "x.db" {
		t.Errorf("flag: %q", got)
	}
	if got, _ := dbPath(""); got != filepath.Join("/data/home", "lede", "lede.db") {
		t.Errorf("XDG_DATA_HOME: %q", got)
	}
	t.Setenv("LEDE_DB", "/env/lede.db")
	if got, _ := dbPath(""); got != "/env/lede.db" {
		t.Errorf("LEDE_DB: %q", got)
	}
}

func TestServeCmd(t *testing.T) {
	t.Setenv("LEDE_TOKEN", "")
	db := filepath.Join(t.TempDir(), "news.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrc := make(chan string, 1)
	cmd := &ServeCmd{ready: func(addr string) { addrc <- addr }}
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- cmd.Run(ctx, []string{"--db", db, "--addr", "127.0.0.1:0", "--quiet"}, io.Discard, &stderr)
	}()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	// The empty news base got the bundled sample.
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"articles":1`) {
		t.Errorf("healthz: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Post("http://"+addr+"/api/v1/pages", "text/html", strings.NewReader(storyPage(1)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("post without a configured token: %d, want 403", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestIngestCmdURLs(t *testing.T) {
	var fetches atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, storyPage(len(r.URL.Path)))
	}))
	defer ts.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte("# two stories and a missing page\n"+ts.URL+"/a\n"+ts.URL+"/bb\n"+ts.URL+"/missing\n"), 0o644)
	var stderr bytes.Buffer
	code := Main(context.Background(), []string{"ingest", "--db", db, "--workers", "1", "--delay", "0", "--urls", list}, nil, io.Discard, &stderr)
	if code != ExitOK || !strings.Contains(stderr.String(), "2 stored") || !strings.Contains(stderr.String(), "1 failed") || !strings.Contains(stderr.String(), "404") {
		t.Errorf("exit %d:\n%s", code, stderr.String())
	}
	// Again: the stored URLs are not fetched; the missing one is tried again.
	fetches.Store(0)
	stderr.Reset()
	Main(context.Background(), []string{"ingest", "--db", db, "--workers", "1", "--delay", "0", "--urls", list}, nil, io.Discard, &stderr)
	if n := fetches.Load(); n != 1 || !strings.Contains(stderr.String(), "2 skipped") {
		t.Errorf("second run fetched %d pages, want 1:\n%s", n, stderr.String())
	}
	stderr.Reset()
	os.WriteFile(list, []byte("not-a-url\n"), 0o644)
	if code := Main(context.Background(), []string{"ingest", "--db", db, "--urls", list}, nil, io.Discard, &stderr); code == ExitOK || !strings.Contains(stderr.String(), "urls.txt:1") {
		t.Errorf("bad list: exit %d, %s", code, stderr.String())
	}
}
