// Package ingest feeds pages into a store: it walks folders and files (and
// fetches URLs through a caller's fetch function), runs each page through
// pipeline.Read with understanding on, and puts the article in a
// store.Store, with a pool of workers and periodic progress lines.
//
// Re-running over the same sources is cheap: a page whose bytes were read
// before is skipped before it is extracted, and a URL already stored is not
// fetched again. Fetches are spaced per host (Options.HostDelay). The
// package does not crawl (no links are followed, no robots.txt), read feeds,
// sitemaps or WARC files, or fetch anything itself.
package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// Defaults of Options.
const (
	DefaultMaxBytes      = 20 << 20
	DefaultPageTimeout   = 30 * time.Second
	DefaultProgressEvery = 2 * time.Second
	DefaultHostDelay     = time.Second
)

// Page is one page to ingest.
type Page struct {
	Name        string // where it came from, for messages and Entry.Source
	URL         string // the page's address, if known
	ContentType string // HTTP Content-Type, if fetched
	Data        []byte
}

// FetchFunc downloads one page. The returned Page's URL is the address
// after redirects.
type FetchFunc func(ctx context.Context, rawURL string) (Page, error)

// Options tunes an Ingester. The zero value reads local files with one
// worker per CPU and reports no progress.
type Options struct {
	Workers      int             // zero: runtime.NumCPU()
	From         pipeline.Format // zero: recognise HTML or text per page
	MaxBytes     int64           // page size cap; zero: DefaultMaxBytes
	PageTimeout  time.Duration   // cap on reading one page; zero: DefaultPageTimeout
	Understander *understand.Loader
	Fetch        FetchFunc // nil: URL sources fail with a clear error
	Refetch      bool      // fetch URLs even when already stored
	// HostDelay is the least time between two fetches from one host;
	// zero: DefaultHostDelay, negative: no delay.
	HostDelay time.Duration
	// CheckPage rejects bytes that are no page (binary data, say) before
	// they are read; nil checks only for emptiness and size.
	CheckPage     func(page []byte) error
	Progress      io.Writer // periodic progress lines and one line per failure; nil: none
	ProgressEvery time.Duration
}

// Stats counts what a run did.
type Stats struct {
	Stored   int64 // new articles
	Updated  int64 // new versions of articles stored under the same URL
	Skipped  int64 // pages or URLs already stored
	Failed   int64 // pages that could not be read, held no article, or failed to store
	Elapsed  time.Duration
	Canceled bool
}

// Done is the number of pages handled, whatever the outcome.
func (s Stats) Done() int64 { return s.Stored + s.Updated + s.Skipped + s.Failed }

// Ingester puts pages into one store.
type Ingester struct {
	store store.Store
	opts  Options
	hosts *hostDelay // spaces fetches per host
	// readPage is pipeline.Read; tests replace it.
	readPage func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error)
}

// New returns an Ingester writing to s.
func New(s store.Store, opts Options) *Ingester {
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.PageTimeout <= 0 {
		opts.PageTimeout = DefaultPageTimeout
	}
	if opts.ProgressEvery <= 0 {
		opts.ProgressEvery = DefaultProgressEvery
	}
	if opts.Understander == nil {
		opts.Understander = &understand.Loader{}
	}
	if opts.HostDelay == 0 {
		opts.HostDelay = DefaultHostDelay
	}
	return &Ingester{store: s, opts: opts, readPage: pipeline.Read, hosts: newHostDelay(opts.HostDelay)}
}

// Outcome says what happened to one page.
type Outcome int

// The outcomes of Ingester.Page.
const (
	Stored  Outcome = iota // a new article
	Updated                // a new version of an article stored under the same URL
	Skipped                // already stored
)

// String names the outcome: "stored", "updated" or "skipped".
func (o Outcome) String() string {
	switch o {
	case Stored:
		return "stored"
	case Updated:
		return "updated"
	case Skipped:
		return "skipped"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// Page reads one page and stores its article. A page whose bytes are already
// stored is skipped without reading it. A page with no article returns an
// error wrapping lede.ErrNoArticle.
func (in *Ingester) Page(ctx context.Context, p Page) (int64, Outcome, error) {
	if len(p.Data) == 0 {
		return 0, 0, fmt.Errorf("%s: %w", p.Name, lede.ErrEmptyInput)
	}
	if int64(len(p.Data)) > in.opts.MaxBytes {
		return 0, 0, fmt.Errorf("%s: %w (over %d bytes)", p.Name, lede.ErrTooLarge, in.opts.MaxBytes)
	}
	if in.opts.CheckPage != nil {
		if err := in.opts.CheckPage(p.Data); err != nil {
			return 0, 0, fmt.Errorf("%s: %w", p.Name, err)
		}
	}
	hash := store.HashPage(p.Data)
	if id, ok, err := in.store.HasPage(ctx, hash); err != nil {
		return 0, 0, fmt.Errorf("%s: %w", p.Name, err)
	} else if ok {
		return id, Skipped, nil
	}
	a, err := in.read(ctx, p)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", p.Name, err)
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	res, err := in.store.Put(ctx, store.Entry{Article: a, Source: p.Name, PageHash: hash})
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", p.Name, err)
	}
	switch {
	case res.Created:
		return res.ID, Stored, nil
	case res.Updated:
		return res.ID, Updated, nil
	default:
		return res.ID, Skipped, nil
	}
}

// read runs the pipeline on one page within PageTimeout. The pipeline
// checks its context between stages; should a stage overrun anyway, read
// returns at the deadline and leaves that goroutine to finish on its own. A
// panic in the pipeline becomes an error, so one bad page cannot stop a run
// or a server.
func (in *Ingester) read(ctx context.Context, p Page) (*lede.Article, error) {
	rctx, cancel := context.WithTimeout(ctx, in.opts.PageTimeout)
	defer cancel()
	type outcome struct {
		a   *lede.Article
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{nil, fmt.Errorf("internal error reading the page (please report it): %v", r)}
			}
		}()
		a, err := in.readPage(rctx, p.Data, pipeline.Options{
			From:         in.opts.From,
			URL:          p.URL,
			ContentType:  p.ContentType,
			MaxBytes:     in.opts.MaxBytes,
			Understand:   true,
			Understander: in.opts.Understander,
		})
		done <- outcome{a, err}
	}()
	var r outcome
	select {
	case r = <-done:
	case <-rctx.Done():
		r.err = rctx.Err()
	}
	if r.err != nil && errors.Is(r.err, context.DeadlineExceeded) && ctx.Err() == nil {
		return nil, fmt.Errorf("reading took longer than %s", in.opts.PageTimeout)
	}
	return r.a, r.err
}

// job is one source to ingest: a file path or a URL.
type job struct {
	path string
	url  string
}

// Run ingests every source: a folder (walked for .html, .htm, .txt and
// their .gz), a file, or an http(s) URL. It returns when all are done or ctx
// is canceled; failures of single pages are counted (and written to
// Progress), not returned. The error is for sources that cannot be listed
// at all and for cancellation.
func (in *Ingester) Run(ctx context.Context, sources []string) (Stats, error) {
	start := time.Now()
	var stats struct{ stored, updated, skipped, failed atomic.Int64 }
	snapshot := func() Stats {
		return Stats{
			Stored: stats.stored.Load(), Updated: stats.updated.Load(),
			Skipped: stats.skipped.Load(), Failed: stats.failed.Load(),
			Elapsed: time.Since(start),
		}
	}
	var logMu sync.Mutex
	logf := func(format string, args ...any) {
		if in.opts.Progress == nil {
			return
		}
		logMu.Lock()
		fmt.Fprintf(in.opts.Progress, format+"\n", args...)
		logMu.Unlock()
	}

	// Check every source before starting, so a typo fails fast.
	for _, src := range sources {
		if isWebURL(src) {
			if in.opts.Fetch == nil {
				return snapshot(), fmt.Errorf("%s: fetching URLs is not available here", src)
			}
			continue
		}
		if _, err := os.Stat(src); err != nil {
			return snapshot(), fmt.Errorf("%s: %w", src, cleanPathError(err))
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, in.opts.Workers*2)
	var listErr error
	go func() {
		defer close(jobs)
		listErr = in.list(ctx, sources, jobs, func(err error) {
			stats.failed.Add(1)
			logf("ingest: %v", err)
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < in.opts.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue // drain
				}
				out, err := in.one(ctx, j)
				switch {
				case err != nil && ctx.Err() != nil:
					// canceled: not a failure of the page
				case err != nil:
					stats.failed.Add(1)
					logf("ingest: %v", err)
				case out == Stored:
					stats.stored.Add(1)
				case out == Updated:
					stats.updated.Add(1)
				default:
					stats.skipped.Add(1)
				}
			}
		}()
	}

	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	tick := time.NewTicker(in.opts.ProgressEvery)
	defer tick.Stop()
	for running := true; running; {
		select {
		case <-done:
			running = false
		case <-tick.C:
			logf("ingest: %s", progressLine(snapshot()))
		}
	}
	st := snapshot()
	if err := ctx.Err(); err != nil || listErr != nil && errors.Is(listErr, context.Canceled) {
		st.Canceled = true
		return st, context.Canceled
	}
	return st, listErr
}

// progressLine says how far a run is.
func progressLine(s Stats) string {
	rate := 0.0
	if secs := s.Elapsed.Seconds(); secs > 0 {
		rate = float64(s.Done()) / secs
	}
	return fmt.Sprintf("%d done: %d stored, %d updated, %d skipped, %d failed; %.1f pages/s, %s",
		s.Done(), s.Stored, s.Updated, s.Skipped, s.Failed, rate, s.Elapsed.Round(100*time.Millisecond))
}

// Summary is the one line that closes a run.
func Summary(s Stats) string { return progressLine(s) }

// one ingests one job.
func (in *Ingester) one(ctx context.Context, j job) (Outcome, error) {
	if j.url != "" {
		if !in.opts.Refetch {
			if _, ok, err := in.store.HasURL(ctx, j.url); err != nil {
				return 0, fmt.Errorf("%s: %w", j.url, err)
			} else if ok {
				return Skipped, nil
			}
		}
		if err := in.hosts.wait(ctx, j.url); err != nil {
			return 0, err
		}
		p, err := in.opts.Fetch(ctx, j.url)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", j.url, err)
		}
		if p.Name == "" {
			p.Name = j.url
		}
		_, out, err := in.Page(ctx, p)
		return out, err
	}
	data, err := readFile(j.path, in.opts.MaxBytes)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", j.path, err)
	}
	_, out, err := in.Page(ctx, Page{Name: j.path, Data: data})
	return out, err
}

// list sends the jobs of every source, in order, walking folders in
// lexical order. A file or subfolder that cannot be read is handed to fail
// and the walk goes on.
func (in *Ingester) list(ctx context.Context, sources []string, jobs chan<- job, fail func(error)) error {
	send := func(j job) error {
		select {
		case jobs <- j:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, src := range sources {
		if isWebURL(src) {
			if err := send(job{url: src}); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(src)
		if err != nil {
			return fmt.Errorf("%s: %w", src, cleanPathError(err))
		}
		if !st.IsDir() {
			if err := send(job{path: src}); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == src {
					return fmt.Errorf("%s: %w", path, cleanPathError(err))
				}
				fail(fmt.Errorf("%s: %w", path, cleanPathError(err)))
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != src && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !IsPageFile(d.Name()) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 { // a link to a page file is read; links to folders are not followed
				fi, err := os.Stat(path)
				if err != nil {
					fail(fmt.Errorf("%s: %w", path, cleanPathError(err)))
					return nil
				}
				if !fi.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			return send(job{path: path})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// IsPageFile reports whether a file name is one a folder walk ingests:
// .html, .htm or .txt, optionally gzipped (.gz), in any letter case.
func IsPageFile(name string) bool {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	return strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".txt")
}

// ReadURLList reads a list of URLs, one a line; blank lines and lines
// starting with # are ignored. A line that is not an http(s) URL is an
// error naming its line.
func ReadURLList(r io.Reader, name string) ([]string, error) {
	var urls []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !isWebURL(line) {
			return nil, fmt.Errorf("%s:%d: not an http(s) URL: %q", name, n, line)
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return urls, nil
}

func isWebURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// readFile reads a file, gunzipping it when its first bytes are the gzip
// magic, and fails once the content passes max bytes.
func readFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cleanPathError(err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: bad gzip data: %w", lede.ErrUnsupported, err)
		}
		defer zr.Close()
		r = zr
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w (over %d bytes)", lede.ErrTooLarge, max)
	}
	return data, nil
}

// cleanPathError drops the operation and path from a file error, since
// messages name the path themselves.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
