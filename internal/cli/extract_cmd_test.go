package cli

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/sample"
	"github.com/ledehq/lede/pipeline"
)

// runExtract runs lede extract with the arguments and returns its stdout,
// stderr and exit code.
func runExtract(t *testing.T, c *ExtractCmd, args ...string) (string, string, int) {
	t.Helper()
	return runExtractCtx(t, context.Background(), c, args...)
}

func runExtractCtx(t *testing.T, ctx context.Context, c *ExtractCmd, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := c.Run(ctx, args, &stdout, &stderr)
	return stdout.String(), stderr.String(), ExitCode(err)
}

// writeFile writes data to name in a fresh temporary directory.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// jsonLines decodes jsonl output.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		recs = append(recs, m)
	}
	return recs
}

// echoRead is a pipeline stand-in: the article's title is the page's text,
// so tests can see which page went where.
func echoRead(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
	text := strings.TrimSpace(string(page))
	return &lede.Article{Title: text, URL: opts.URL, Blocks: []lede.Block{{Kind: lede.KindParagraph, Text: "body of " + text}}, Text: "body of " + text}, nil
}

// articlePage is a small HTML page with an article, for the real pipeline.
const articlePage = `<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge reopens</h1>
<p>The old river bridge reopened to traffic on Friday morning after two years of repairs, city officials said.</p>
<p>Drivers had used a detour through the northern districts, adding twenty minutes to many trips during the works.</p>
<p>The council said the final cost was slightly below the budget approved in the spring of last year.</p>
</article><footer>Copyright</footer></body></html>`

func TestExtractUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--format", "pdf", "x"},
		{"--from", "xml", "x"},
		{"--url", "https://a.example/", "a", "b"},
		{"--url", "a.example/story", "a"},
		{"-", "-"},
		{"--workers", "0", "x"},
		{"--max-bytes", "lots", "x"},
		{"--max-bytes", "-5", "x"},
		{"--timeout", "0s", "x"},
		{"--max-redirects", "-1", "x"},
		{"--no-such-flag"},
	} {
		_, stderr, code := runExtract(t, &ExtractCmd{}, args...)
		if code != ExitUsage {
			t.Errorf("%q: exit %d, want %d (stderr %q)", args, code, ExitUsage, stderr)
		}
	}
	stdout, stderr, code := runExtract(t, &ExtractCmd{}, "-h")
	if code != ExitOK || !strings.Contains(stderr, "-max-bytes SIZE") || stdout != "" {
		t.Errorf("-h: exit %d, stderr %q", code, stderr)
	}
}

func TestExtractNoInputReadsSample(t *testing.T) {
	var got []byte
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		got = page
		return &lede.Article{Title: "t"}, nil
	}}
	stdout, stderr, code := runExtract(t, c)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "bundled sample") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("want a one-line note about the sample on stderr, got %q", stderr)
	}
	if !bytes.Equal(got, sample.Pages()[0].Data) {
		t.Error("the sample page was not what the pipeline read")
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(stdout), &a); err != nil || a["title"] != "t" {
		t.Errorf("want one JSON object with the article, got %q (%v)", stdout, err)
	}
}

// TestExtractSampleEndToEnd runs the real pipeline on the bundled sample:
// whatever the stages find, the output is one JSON object and the exit
// status says whether an article was found.
func TestExtractSampleEndToEnd(t *testing.T) {
	stdout, stderr, code := runExtract(t, &ExtractCmd{})
	var a lede.Article
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("stdout is not an article: %v\n%s", err, stdout)
	}
	switch {
	case code == ExitOK && len(a.Blocks) == 0:
		t.Errorf("exit 0 without body blocks")
	case code == ExitNoArticle && !strings.Contains(stderr, "no article found"):
		t.Errorf("exit %d without saying why: %q", code, stderr)
	case code != ExitOK && code != ExitNoArticle:
		t.Errorf("exit %d: %s", code, stderr)
	}
}

func TestExtractKeepsOrderWhileParallel(t *testing.T) {
	const n = 12
	var args []string
	for i := range n {
		args = append(args, writeFile(t, fmt.Sprintf("p%d.html", i), []byte(strconv.Itoa(i))))
	}
	// Page i finishes only after page i+1: completion order is the reverse
	// of the input order.
	done := make([]chan struct{}, n)
	for i := range done {
		done[i] = make(chan struct{})
	}
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		i, _ := strconv.Atoi(string(page))
		if i < n-1 {
			select {
			case <-done[i+1]:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		defer close(done[i])
		return echoRead(ctx, page, opts)
	}}
	stdout, stderr, code := runExtract(t, c, append([]string{"--workers", strconv.Itoa(n), "--timeout", "1m"}, args...)...)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := jsonLines(t, stdout)
	if len(recs) != n {
		t.Fatalf("%d records, want %d", len(recs), n)
	}
	for i, r := range recs {
		if r["input"] != args[i] || r["title"] != strconv.Itoa(i) {
			t.Errorf("record %d is input %v title %v", i, r["input"], r["title"])
		}
	}
}

// notifyWriter reports its first write.
type notifyWriter struct {
	bytes.Buffer
	once  sync.Once
	first chan struct{}
}

func (w *notifyWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.first) })
	return w.Buffer.Write(p)
}

// TestExtractStreams checks that a result is written as soon as it is next
// in order, before later inputs are done.
func TestExtractStreams(t *testing.T) {
	a := writeFile(t, "a.html", []byte("first"))
	b := writeFile(t, "b.html", []byte("second"))
	out := &notifyWriter{first: make(chan struct{})}
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		if string(page) == "second" {
			select {
			case <-out.first:
			case <-ctx.Done():
				return nil, errors.New("the first result was not written while the second was pending")
			}
		}
		return echoRead(ctx, page, opts)
	}}
	var stderr bytes.Buffer
	err := c.Run(context.Background(), []string{"--workers", "2", "--timeout", "1m", a, b}, out, &stderr)
	if err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if recs := jsonLines(t, out.String()); len(recs) != 2 {
		t.Errorf("got %d records", len(recs))
	}
}

func TestExtractFailuresDoNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, "good.html", []byte(articlePage))
	empty := writeFile(t, "empty.html", nil)
	blank := writeFile(t, "blank.html", []byte(" \n\t \n"))
	pdf := writeFile(t, "doc.html", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"))
	png := writeFile(t, "pic.html", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"), make([]byte, 64)...))
	missing := filepath.Join(dir, "missing.html")
	inputs := []string{good, empty, blank, pdf, png, missing, dir}
	stdout, stderr, code := runExtract(t, &ExtractCmd{}, append([]string{"--format", "jsonl"}, inputs...)...)
	recs := jsonLines(t, stdout)
	if len(recs) != len(inputs) {
		t.Fatalf("%d records for %d inputs:\n%s", len(recs), len(inputs), stdout)
	}
	wantErr := []string{"", "empty input", "empty input", "a PDF document", "a PNG image", "no such file", "is a directory"}
	for i, r := range recs {
		if r["input"] != inputs[i] {
			t.Errorf("record %d is for %v, want %s", i, r["input"], inputs[i])
		}
		msg, _ := r["error"].(string)
		if wantErr[i] == "" {
			if msg != "" {
				t.Errorf("%s: unexpected error %q", inputs[i], msg)
			}
			continue
		}
		if !strings.Contains(msg, wantErr[i]) {
			t.Errorf("%s: error %q, want it to say %q", inputs[i], msg, wantErr[i])
		}
		if !strings.Contains(stderr, "lede extract: "+inputs[i]+": ") {
			t.Errorf("stderr does not report %s:\n%s", inputs[i], stderr)
		}
	}
	if code != ExitFailure {
		t.Errorf("exit %d, want %d (a missing file is the most severe failure)", code, ExitFailure)
	}
	if !strings.Contains(stderr, "6 of 7 inputs failed") {
		t.Errorf("no summary on stderr:\n%s", stderr)
	}
	if rec := recs[0]; rec["title"] == nil && rec["text"] == nil {
		t.Errorf("the good page has no article: %v", rec)
	}
}

func TestExtractExitCodes(t *testing.T) {
	noArticle := func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		if string(page) == "ok" {
			return echoRead(ctx, page, opts)
		}
		return &lede.Article{Title: "Home page", SiteName: "Example"}, lede.ErrNoArticle
	}
	ok := writeFile(t, "ok.html", []byte("ok"))
	home := writeFile(t, "home.html", []byte("home"))
	empty := writeFile(t, "empty.html", nil)

	stdout, stderr, code := runExtract(t, &ExtractCmd{read: noArticle}, "--format", "jsonl", ok, home)
	if code != ExitNoArticle {
		t.Errorf("no article: exit %d, want %d", code, ExitNoArticle)
	}
	recs := jsonLines(t, stdout)
	if len(recs) != 2 || recs[1]["error"] != "no article found" || recs[1]["title"] != "Home page" {
		t.Errorf("want the metadata with error \"no article found\", got %v", recs)
	}
	if !strings.Contains(stderr, home+": no article found") {
		t.Errorf("stderr: %q", stderr)
	}

	// A single input with no article still prints its metadata.
	stdout, _, code = runExtract(t, &ExtractCmd{read: noArticle}, home)
	if code != ExitNoArticle || !strings.Contains(stdout, `"title": "Home page"`) {
		t.Errorf("single no-article input: exit %d, stdout %q", code, stdout)
	}

	_, _, code = runExtract(t, &ExtractCmd{read: noArticle}, home, empty)
	if code != ExitBadInput {
		t.Errorf("bad input and no article: exit %d, want %d", code, ExitBadInput)
	}
	_, _, code = runExtract(t, &ExtractCmd{read: noArticle}, ok)
	if code != ExitOK {
		t.Errorf("all good: exit %d", code)
	}
}

func TestExtractFormats(t *testing.T) {
	a := writeFile(t, "a.html", []byte("Alpha"))
	b := writeFile(t, "b.html", []byte("Beta"))
	c := &ExtractCmd{read: echoRead}

	stdout, _, _ := runExtract(t, c, a)
	var one map[string]any
	if err := json.Unmarshal([]byte(stdout), &one); err != nil || one["title"] != "Alpha" || one["input"] != nil {
		t.Errorf("json, one input: want the article object, got %q", stdout)
	}
	stdout, _, _ = runExtract(t, c, "--format", "json", a, b)
	var many []map[string]any
	if err := json.Unmarshal([]byte(stdout), &many); err != nil || len(many) != 2 || many[0]["input"] != a || many[1]["title"] != "Beta" {
		t.Errorf("json, two inputs: want an array in order, got %q (%v)", stdout, err)
	}
	stdout, _, _ = runExtract(t, c, a, b)
	if recs := jsonLines(t, stdout); len(recs) != 2 || recs[0]["title"] != "Alpha" {
		t.Errorf("default for two inputs is jsonl; got %q", stdout)
	}
	stdout, _, _ = runExtract(t, c, "--format", "text", a)
	if stdout != "Alpha\n\nbody of Alpha\n" {
		t.Errorf("text: got %q", stdout)
	}
	stdout, _, _ = runExtract(t, c, "--format", "text", a, b)
	if !strings.Contains(stdout, "==> "+a+" <==\nAlpha\n") || !strings.Contains(stdout, "==> "+b+" <==\nBeta\n") {
		t.Errorf("text, two inputs: got %q", stdout)
	}
	stdout, _, _ = runExtract(t, c, "--format", "markdown", a)
	if !strings.HasPrefix(stdout, "# Alpha\n\nbody of Alpha\n") {
		t.Errorf("markdown: got %q", stdout)
	}
	stdout, _, _ = runExtract(t, c, "--format", "html", a)
	if !strings.HasPrefix(stdout, "<!DOCTYPE html>") || !strings.Contains(stdout, "<h1>Alpha</h1>") {
		t.Errorf("html: got %q", stdout)
	}
	// Flags after the inputs work too.
	stdout, _, _ = runExtract(t, c, a, "--format", "text")
	if !strings.HasPrefix(stdout, "Alpha\n") {
		t.Errorf("flag after input: got %q", stdout)
	}
	// "--" ends the flags.
	dash := writeFile(t, "--format", []byte("Dash"))
	stdout, _, _ = runExtract(t, c, "--format", "text", "--", dash)
	if !strings.HasPrefix(stdout, "Dash\n") {
		t.Errorf("after --: got %q", stdout)
	}
}

func TestExtractPassesOptions(t *testing.T) {
	var got pipeline.Options
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		got = opts
		return echoRead(ctx, page, opts)
	}}
	f := writeFile(t, "a.txt", []byte("text"))
	_, stderr, code := runExtract(t, c, "--from", "text", "--url", "https://news.example/a", "--understand", "--max-bytes", "1MB", f)
	if code != ExitOK {
		t.Fatal(stderr)
	}
	if got.Understander == nil {
		t.Error("--understand without a shared Understander: data would load for each page")
	}
	want := pipeline.Options{From: pipeline.FormatText, URL: "https://news.example/a", MaxBytes: 1 << 20, Understand: true, Understander: got.Understander}
	if got != want {
		t.Errorf("options = %+v, want %+v", got, want)
	}
}

func TestExtractStdinAndGzip(t *testing.T) {
	var got []string
	var mu sync.Mutex
	c := &ExtractCmd{Stdin: bytes.NewReader(gzipped(t, []byte("from stdin"))), read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		mu.Lock()
		got = append(got, string(page))
		mu.Unlock()
		return echoRead(ctx, page, opts)
	}}
	// The gzip file has a name that does not say so: magic bytes decide.
	gz := writeFile(t, "page.html", gzipped(t, []byte("from a gzip file")))
	stdout, stderr, code := runExtract(t, c, "--workers", "1", "-", gz)
	if code != ExitOK {
		t.Fatal(stderr)
	}
	if len(got) != 2 || got[0] != "from stdin" || got[1] != "from a gzip file" {
		t.Errorf("pipeline read %q", got)
	}
	if recs := jsonLines(t, stdout); len(recs) != 2 || recs[0]["input"] != "-" {
		t.Errorf("records: %v", recs)
	}
	// Corrupt gzip is a clear error.
	bad := writeFile(t, "bad.gz", append([]byte{0x1f, 0x8b, 8, 0}, bytes.Repeat([]byte{0xff}, 40)...))
	_, stderr, code = runExtract(t, &ExtractCmd{read: echoRead}, bad)
	if code != ExitBadInput || !strings.Contains(stderr, "corrupt gzip") {
		t.Errorf("corrupt gzip: exit %d, %q", code, stderr)
	}
}

// endless is a reader of endless HTML that counts what was read from it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "<p>lorem ipsum</p>\n"[(e.n+int64(i))%19]
	}
	e.n += int64(len(p))
	return len(p), nil
}

func TestExtractSizeCap(t *testing.T) {
	c := &ExtractCmd{read: echoRead}
	// A 50 MB file (sparse: nothing is written) fails before it is read.
	big := filepath.Join(t.TempDir(), "big.html")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, stderr, code := runExtract(t, c, big)
	if code != ExitBadInput || !strings.Contains(stderr, "input too large: more than 20 MB") {
		t.Errorf("50 MB file: exit %d, %q", code, stderr)
	}
	// Endless stdin: reading stops just past the cap.
	src := &endless{}
	c = &ExtractCmd{Stdin: src, read: echoRead}
	_, stderr, code = runExtract(t, c, "--max-bytes", "1MB", "-")
	if code != ExitBadInput || !strings.Contains(stderr, "more than 1 MB") {
		t.Errorf("endless stdin: exit %d, %q", code, stderr)
	}
	if src.n > 1<<20+256<<10 {
		t.Errorf("read %d bytes of stdin for a 1 MB cap", src.n)
	}
	// A gzip bomb: 64 MB of content in a small file; the cap applies to
	// the content.
	var zb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zb, gzip.BestSpeed)
	chunk := bytes.Repeat([]byte("<p>a</p>"), 1<<17)
	for range 64 {
		zw.Write(chunk)
	}
	zw.Close()
	bomb := writeFile(t, "bomb.html", zb.Bytes())
	_, stderr, code = runExtract(t, &ExtractCmd{read: echoRead}, "--max-bytes", "2MB", bomb)
	if code != ExitBadInput || !strings.Contains(stderr, "more than 2 MB") {
		t.Errorf("gzip bomb: exit %d, %q", code, stderr)
	}
}

func TestExtractTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		switch string(page) {
		case "stuck": // ignores ctx, as a runaway stage would
			<-release
			return nil, errors.New("released")
		case "slow": // gives up when ctx says so
			<-ctx.Done()
			return nil, ctx.Err()
		}
		return echoRead(ctx, page, opts)
	}}
	stuck := writeFile(t, "stuck.html", []byte("stuck"))
	slow := writeFile(t, "slow.html", []byte("slow"))
	fine := writeFile(t, "fine.html", []byte("fine"))
	stdout, stderr, code := runExtract(t, c, "--timeout", "50ms", "--workers", "1", stuck, slow, fine)
	recs := jsonLines(t, stdout)
	if len(recs) != 3 {
		t.Fatalf("%d records: %s", len(recs), stdout)
	}
	for _, r := range recs[:2] {
		if msg, _ := r["error"].(string); !strings.Contains(msg, "timed out after 50ms") {
			t.Errorf("%v: error %q, want a timeout", r["input"], msg)
		}
	}
	if recs[2]["title"] != "fine" || recs[2]["error"] != nil {
		t.Errorf("the page after the timeouts: %v", recs[2])
	}
	if code != ExitFailure || !strings.Contains(stderr, "2 of 3 inputs failed") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestExtractPanicBecomesError(t *testing.T) {
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		panic("boom")
	}}
	_, stderr, code := runExtract(t, c, writeFile(t, "a.html", []byte("a")))
	if code != ExitFailure || !strings.Contains(stderr, "internal error") || !strings.Contains(stderr, "boom") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestExtractInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	c := &ExtractCmd{read: func(rctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		cancel()
		<-rctx.Done()
		return nil, rctx.Err()
	}}
	var args []string
	for i := range 5 {
		args = append(args, writeFile(t, fmt.Sprintf("%d.html", i), []byte("x")))
	}
	_, _, code := runExtractCtx(t, ctx, c, append([]string{"--workers", "2"}, args...)...)
	if code != ExitInterrupted {
		t.Errorf("exit %d, want %d", code, ExitInterrupted)
	}
}

type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) { return 0, errors.New("broken pipe") }

func TestExtractWriteError(t *testing.T) {
	var args []string
	for i := range 20 {
		args = append(args, writeFile(t, fmt.Sprintf("%d.html", i), []byte("x")))
	}
	var stderr bytes.Buffer
	err := (&ExtractCmd{read: echoRead}).Run(context.Background(), args, failingWriter{}, &stderr)
	if err == nil || !strings.Contains(err.Error(), "broken pipe") {
		t.Errorf("want the write error, got %v", err)
	}
}

// BenchmarkExtractCmd runs lede extract on real pages (gzip files of the
// scrapinghub benchmark) on one worker, JSON lines to nowhere: the command's
// own cost (reading, gunzip, output) on top of the pipeline.
func BenchmarkExtractCmd(b *testing.B) {
	root, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(root) == root {
			b.Fatal("go.mod not found")
		}
		root = filepath.Dir(root)
	}
	files, _ := filepath.Glob(filepath.Join(root, "..", "shared", "bench", "scrapinghub", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("benchmark pages not found (../shared is absent)")
	}
	files = files[:min(len(files), 20)]
	args := append([]string{"--workers", "1", "--format", "jsonl"}, files...)
	b.ReportAllocs()
	for b.Loop() {
		var stderr bytes.Buffer
		if err := (&ExtractCmd{}).Run(context.Background(), args, io.Discard, &stderr); err != nil && ExitCode(err) != ExitNoArticle {
			b.Fatalf("%v: %s", err, stderr.String())
		}
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N*len(files))*1e3, "ms/page")
}

// TestExtractThroughMain checks what the lede command prints around
// extract's own output: each error once, and the exit code.
func TestExtractThroughMain(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := Main(context.Background(), []string{"extract", "--bogus"}, nil, &stdout, &stderr)
	if code != ExitUsage || strings.Count(stderr.String(), "flag provided but not defined") != 1 {
		t.Errorf("unknown flag: exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	missing := filepath.Join(t.TempDir(), "missing.html")
	code = Main(context.Background(), []string{"extract", missing}, nil, &stdout, &stderr)
	if code != ExitFailure || stderr.String() != "lede extract: "+missing+": no such file or directory\n" {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	stdout.Reset()
	code = Main(context.Background(), []string{"extract", "--format", "text", "-"}, strings.NewReader(articlePage), &stdout, &stderr)
	if code != ExitOK || !strings.Contains(stdout.String(), "The old river bridge reopened") || stderr.Len() != 0 {
		t.Errorf("stdin: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
}

// lineCounter counts the lines written to it.
type lineCounter struct {
	mu    sync.Mutex
	lines int
}

func (w *lineCounter) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.lines += bytes.Count(p, []byte("\n"))
	w.mu.Unlock()
	return len(p), nil
}

func (w *lineCounter) count() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lines
}

// TestExtractBoundsWaitingResults checks that however many inputs there
// are, only a few more than the workers are started ahead of the output.
func TestExtractBoundsWaitingResults(t *testing.T) {
	const workers, n = 2, 200
	path := writeFile(t, "p.html", []byte("page"))
	args := []string{"--workers", strconv.Itoa(workers), "--format", "jsonl", "--timeout", "1m"}
	for range n {
		args = append(args, path)
	}
	out := &lineCounter{}
	var mu sync.Mutex
	started, maxAhead := 0, 0
	c := &ExtractCmd{read: func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error) {
		mu.Lock()
		started++
		maxAhead = max(maxAhead, started-out.count())
		mu.Unlock()
		return echoRead(ctx, page, opts)
	}}
	var stderr bytes.Buffer
	if err := c.Run(context.Background(), args, out, &stderr); err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if out.count() != n {
		t.Fatalf("%d lines, want %d", out.count(), n)
	}
	if limit := 2*workers + 2; maxAhead > limit {
		t.Errorf("%d inputs started ahead of the output, want at most %d", maxAhead, limit)
	}
}
