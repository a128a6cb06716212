// Package ingest feeds pages into a store: it reads folders, files, URLs,
// feeds (RSS, Atom, JSON Feed), sitemaps (urlset, sitemap index, Google
// News, gzipped or not) and WARC files (plain or per-record gzip, as
// Common Crawl's CC-NEWS), runs each page through pipeline.Read with
// understanding on, and puts the article in a store.Store, with a pool of
// workers and progress as lines or a self-rewriting terminal line.
//
// A source's kind is decided by its content (SniffKind), never by its name
// alone; folders are walked for page files and .warc/.warc.gz files by
// name. Feed items and sitemap entries become page URLs, normalised and
// fetched once per run.
//
// Re-running over the same sources is cheap: a page whose bytes were read
// before (a file, a fetched page or a WARC record's HTTP payload, all keyed
// by the SHA-256 of the page bytes) is skipped before it is extracted, and
// a URL already stored is not fetched again.
//
// The package does not fetch anything itself (Options.Fetch does, and
// decides on robots.txt, retries and address checks), does not follow
// links found in pages, and does not keep a frontier across runs: a killed
// run is resumed by running it again.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/gunzip"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// Defaults of Options.
const (
	DefaultMaxBytes      = 20 << 20
	DefaultPageTimeout   = 30 * time.Second
	DefaultProgressEvery = 2 * time.Second
)

// Page is one page to ingest.
type Page struct {
	Name        string // where it came from, for messages and Entry.Source
	URL         string // the page's address, if known
	ContentType string // HTTP Content-Type, if fetched
	Data        []byte
}

// ErrNotModified is what a FetchFunc returns when the server answered that
// the page did not change since it was last fetched (a 304 to a conditional
// request). Run counts the page as skipped.
var ErrNotModified = errors.New("not modified since the last fetch")

// revalidateKey marks the context of a fetch whose page is stored.
type revalidateKey struct{}

// Revalidating reports whether a FetchFunc is called, with ctx, for a page
// whose article is stored already (Options.Refetch): a conditional request
// is welcome then, and ErrNotModified counts as skipped. Fetches of pages
// not stored and of sources (feeds, sitemaps) are never marked, so a page
// that failed is read again and a run killed half way through a feed still
// reads all of the feed's items the next time.
func Revalidating(ctx context.Context) bool {
	v, _ := ctx.Value(revalidateKey{}).(bool)
	return v
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
	// Fetch downloads URLs: page URLs and the feeds, sitemaps and WARC
	// files given by URL. It alone decides how politely (robots.txt,
	// per-host delays and concurrency, retries): ingest calls it from
	// Workers goroutines at once and adds no delay of its own. Nil: URL
	// sources fail with a clear error.
	Fetch   FetchFunc
	Refetch bool // fetch URLs even when already stored
	// Fetchers is how many URLs Run fetches at once, across hosts (the
	// fetch function caps each host); pages fetched are then read by at
	// most Workers at once. Zero: 4 × Workers, at least 8; it only matters
	// when Fetch is set.
	Fetchers int
	// HostConcurrency is how many URLs of one host Run hands to the
	// fetchers at once, the others of that host waiting while URLs of
	// other hosts go ahead; set it to the fetch function's own per-host
	// cap. Zero: DefaultHostConcurrency; negative: no limit.
	HostConcurrency int
	// CheckPage rejects bytes that are no page (binary data, say) before
	// they are read; nil checks only for emptiness and size.
	CheckPage func(page []byte) error
	// Progress receives the run's progress and one line per failure; nil:
	// none. ProgressStyle says how (zero: ProgressLines, every
	// ProgressEvery; zero ProgressEvery: DefaultProgressEvery).
	Progress      io.Writer
	ProgressStyle ProgressStyle
	ProgressEvery time.Duration
	// MaxSitemapURLs caps the entries taken from one sitemap or sitemap
	// index; zero: DefaultMaxSitemapURLs.
	MaxSitemapURLs int
	// MaxSourceURLs caps the page URLs taken from all feeds and sitemaps
	// of a run; zero: DefaultMaxSourceURLs.
	MaxSourceURLs int
	// BatchSize is how many articles Run writes in one transaction at
	// most; zero: DefaultBatchSize, 1: one transaction per article.
	// Ingester.Page always writes its article at once.
	BatchSize int
	// Since, when set, leaves out the feed items, sitemap entries and
	// sitemaps of an index whose date (a feed item's published or updated
	// time, a sitemap's lastmod or news:publication_date, the later of
	// them) is before it. Entries without a date are kept. Zero: all.
	Since time.Time
	// SitemapDepth caps the levels of sitemap indexes followed; zero:
	// DefaultSitemapDepth, negative: the sitemaps an index lists are not
	// read.
	SitemapDepth int
}

// Stats counts what a run did.
type Stats struct {
	Stored  int64 // new articles
	Updated int64 // new versions of articles stored under the same URL
	Skipped int64 // pages or URLs already stored
	Failed  int64 // pages that could not be read, held no article, or failed to store
	// Ignored counts WARC records that hold no page: requests, metadata,
	// revisits, non-2xx responses, images and other media.
	Ignored int64
	// Listed counts the pages (and URLs) queued so far; ListingDone says
	// every source has been listed. Unexpanded counts the URLs given as
	// sources not fetched yet: each may turn out to be a feed, sitemap or
	// WARC and add more. With ListingDone and no Unexpanded, Listed is the
	// run's total.
	Listed      int64
	ListingDone bool
	Unexpanded  int64
	// ArchiveBytes and ArchiveRead are the sizes of the WARC files begun so
	// far and how much of them has been read: the progress of a long
	// archive whose page count is unknown until its end.
	ArchiveBytes, ArchiveRead int64
	Elapsed                   time.Duration
	Canceled                  bool
}

// Done is the number of pages handled, whatever the outcome.
func (s Stats) Done() int64 { return s.Stored + s.Updated + s.Skipped + s.Failed }

// Ingester puts pages into one store.
type Ingester struct {
	store store.Store
	opts  Options
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
	if opts.Fetchers <= 0 {
		opts.Fetchers = max(4*opts.Workers, 8)
	}
	if opts.HostConcurrency == 0 {
		opts.HostConcurrency = DefaultHostConcurrency
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.MaxSitemapURLs <= 0 {
		opts.MaxSitemapURLs = DefaultMaxSitemapURLs
	}
	if opts.MaxSourceURLs <= 0 {
		opts.MaxSourceURLs = DefaultMaxSourceURLs
	}
	switch {
	case opts.SitemapDepth == 0:
		opts.SitemapDepth = DefaultSitemapDepth
	case opts.SitemapDepth < 0:
		opts.SitemapDepth = 0
	}
	return &Ingester{store: s, opts: opts, readPage: pipeline.Read}
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
	return in.page(ctx, p, nil)
}

// page is Page with what a feed or sitemap said about the page: it fills
// the title, publication date and authors the page itself lacks.
func (in *Ingester) page(ctx context.Context, p Page, hint *link) (int64, Outcome, error) {
	e, id, skipped, err := in.prepare(ctx, p, hint)
	if err != nil || skipped {
		return id, Skipped, err
	}
	res, err := in.store.Put(ctx, e)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", p.Name, err)
	}
	return res.ID, outcomeOf(res), nil
}

// outcomeOf says what a Put did.
func outcomeOf(res store.PutResult) Outcome {
	switch {
	case res.Created:
		return Stored
	case res.Updated:
		return Updated
	}
	return Skipped
}

// prepare checks a page and reads it into the entry to store; skipped
// (with the stored article's id) when its bytes were read before. The
// hints of a feed or sitemap fill the title, publication date and authors
// the page itself lacks.
func (in *Ingester) prepare(ctx context.Context, p Page, hint *link) (e store.Entry, id int64, skipped bool, err error) {
	if len(p.Data) == 0 {
		return e, 0, false, fmt.Errorf("%s: %w", p.Name, lede.ErrEmptyInput)
	}
	if int64(len(p.Data)) > in.opts.MaxBytes {
		return e, 0, false, fmt.Errorf("%s: %w", p.Name, errTooLarge(in.opts.MaxBytes))
	}
	if in.opts.CheckPage != nil {
		if err := in.opts.CheckPage(p.Data); err != nil {
			return e, 0, false, fmt.Errorf("%s: %w", p.Name, err)
		}
	}
	hash := store.HashPage(p.Data)
	if id, ok, err := in.store.HasPage(ctx, hash); err != nil {
		return e, 0, false, fmt.Errorf("%s: %w", p.Name, err)
	} else if ok {
		return e, id, true, nil
	}
	a, err := in.read(ctx, p)
	if err != nil {
		return e, 0, false, fmt.Errorf("%s: %w", p.Name, err)
	}
	if a.URL == "" {
		a.URL = p.URL
	}
	if hint != nil {
		if a.Title == "" {
			a.Title = hint.Title
		}
		if a.Published == "" {
			a.Published = hint.Published
		}
		if len(a.Authors) == 0 {
			a.Authors = hint.Authors
		}
	}
	return store.Entry{Article: a, Source: p.Name, PageHash: hash}, 0, false, nil
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

// jobKind says what a job holds.
type jobKind int

const (
	jobFile   jobKind = iota // a local page file (path)
	jobPage                  // a page in memory (page): a WARC record, say
	jobURL                   // a page URL to fetch (url), from a list, a feed or a sitemap
	jobSource                // a URL to fetch and sniff (url): a page, feed, sitemap or WARC
)

// job is one unit of work for the workers.
type job struct {
	kind  jobKind
	path  string
	url   string
	page  Page
	hint  *link  // what a feed or sitemap said about the page
	depth int    // of a jobSource below a sitemap index
	host  string // of url, set when queued
	seq   uint64 // order in which it was queued
}

// run is the state of one Run.
type run struct {
	in     *Ingester
	ctx    context.Context
	q      *workQueue
	writer *batchWriter // nil: each page is put at once
	// reading holds a slot per page being read (Workers of them), so the
	// goroutines waiting on fetches do not read more pages at once.
	reading chan struct{}
	prog    *progressWriter
	start   time.Time

	stored, updated, skipped, failed, ignored, listed atomic.Int64
	archiveBytes, archiveRead                         atomic.Int64
	sourcesPending                                    atomic.Int64 // URL sources queued, not yet fetched and expanded
	listingDone                                       atomic.Bool

	mu         sync.Mutex
	seen       urlSet // URLs listed in this run, normalised
	sourceURLs int    // page URLs taken from feeds and sitemaps
	capNoted   bool
}

func (r *run) snapshot() Stats {
	return Stats{
		Stored: r.stored.Load(), Updated: r.updated.Load(), Skipped: r.skipped.Load(),
		Failed: r.failed.Load(), Ignored: r.ignored.Load(), Listed: r.listed.Load(),
		ListingDone: r.listingDone.Load(), Unexpanded: r.sourcesPending.Load(), Elapsed: time.Since(r.start),
		ArchiveBytes: r.archiveBytes.Load(), ArchiveRead: r.archiveRead.Load(),
	}
}

// fail counts one failed page (or source) and reports it.
func (r *run) fail(err error) {
	r.failed.Add(1)
	r.prog.failure(err.Error())
}

// note reports something that is no page's failure (a cap reached).
func (r *run) note(format string, args ...any) { r.prog.failure(fmt.Sprintf(format, args...)) }

// add queues a job; wait says whether to wait for room (the lister) or
// not (a worker expanding a source). False when the run was canceled.
func (r *run) add(j job, wait bool) bool {
	if wait {
		if !r.q.addWaiting(j) {
			return false
		}
	} else {
		r.q.add(j)
	}
	r.listed.Add(1)
	if j.kind == jobSource {
		r.sourcesPending.Add(1)
	}
	return true
}

// Run ingests every source:
//   - a folder, walked in lexical order for page files (.html, .htm,
//     .txt and their .gz; see IsPageFile) and WARC files (.warc, .warc.gz);
//   - a file, whose kind SniffKind decides from its content: a page, a
//     feed, a sitemap or sitemap index, or a WARC file;
//   - an http(s) URL, fetched through Options.Fetch and sniffed the same
//     way.
//
// Feed items and sitemap entries become page URLs, normalised (see
// normalizeURL) and each fetched once per run. It returns when all are
// done or ctx is canceled; failures of single pages are counted (and
// written to Progress), not returned. The error is for sources that cannot
// be listed at all and for cancellation.
func (in *Ingester) Run(ctx context.Context, sources []string) (Stats, error) {
	r := &run{in: in, start: time.Now(), seen: urlSet{},
		prog: &progressWriter{w: in.opts.Progress, style: in.opts.ProgressStyle}}

	// Check every source before starting, so a typo fails fast.
	for _, src := range sources {
		if isWebURL(src) {
			if in.opts.Fetch == nil {
				return r.snapshot(), fmt.Errorf("%s: fetching URLs is not available here", src)
			}
			if _, err := normalizeURL(src); err != nil {
				return r.snapshot(), fmt.Errorf("%s: %w", src, err)
			}
			continue
		}
		if _, err := os.Stat(src); err != nil {
			return r.snapshot(), fmt.Errorf("%s: %w", src, cleanPathError(err))
		}
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r.ctx = ctx
	goroutines := in.opts.Workers
	if in.opts.Fetch != nil {
		goroutines += in.opts.Fetchers
	}
	r.reading = make(chan struct{}, in.opts.Workers)
	r.q = newWorkQueue(goroutines*2, maxWaitingURLs, in.opts.HostConcurrency)
	if in.opts.BatchSize > 1 {
		r.writer = newBatchWriter(r, in.opts.BatchSize)
	}
	defer r.q.watch(ctx)()
	var listErr error
	listed := make(chan struct{})
	go func() {
		defer close(listed)
		defer r.q.close()
		defer r.listingDone.Store(true)
		listErr = r.list(ctx, sources)
	}()

	var wg sync.WaitGroup
	for w := 0; w < goroutines; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j, ok := r.q.next()
				if !ok {
					return
				}
				r.do(ctx, j)
				r.q.done(j)
			}
		}()
	}

	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	tick := time.NewTicker(r.prog.every(in.opts.ProgressEvery))
	defer tick.Stop()
	for running := true; running; {
		select {
		case <-done:
			running = false
		case <-tick.C:
			r.prog.update(r.snapshot())
		}
	}
	<-listed // after a cancellation the lister stops at its next job
	if r.writer != nil {
		r.writer.close()
	}
	r.prog.finish()
	st := r.snapshot()
	if err := ctx.Err(); err != nil || listErr != nil && errors.Is(listErr, context.Canceled) {
		st.Canceled = true
		return st, context.Canceled
	}
	return st, listErr
}

// do runs one job and counts its outcome.
func (r *run) do(ctx context.Context, j job) {
	if j.kind == jobSource {
		defer r.sourcesPending.Add(-1) // after its expansions are queued
	}
	if ctx.Err() != nil {
		return
	}
	out, err := r.one(ctx, j)
	switch {
	case err != nil && ctx.Err() != nil:
		// canceled: not a failure of the page
	case err != nil:
		r.fail(err)
	case out == expanded:
		r.listed.Add(-1) // a source, not a page
	case out == handed:
		// counted by the writer
	case out == Stored:
		r.stored.Add(1)
	case out == Updated:
		r.updated.Add(1)
	default:
		r.skipped.Add(1)
	}
}

// expanded is the outcome of a source job that held a feed, a sitemap or
// a WARC file rather than a page: its jobs were queued.
const expanded Outcome = -1

// handed is the outcome of a page read and handed to the batch writer,
// which counts what it becomes.
const handed Outcome = -2

// page reads one page and stores its article: through the batch writer
// when there is one, else at once.
func (r *run) page(ctx context.Context, p Page, hint *link) (Outcome, error) {
	select {
	case r.reading <- struct{}{}:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	defer func() { <-r.reading }()
	if r.writer == nil {
		_, out, err := r.in.page(ctx, p, hint)
		return out, err
	}
	e, _, skipped, err := r.in.prepare(ctx, p, hint)
	if err != nil {
		return 0, err
	}
	if skipped {
		return Skipped, nil
	}
	r.writer.put(pendingPut{name: p.Name, entry: e})
	return handed, nil
}

// one runs one job.
func (r *run) one(ctx context.Context, j job) (Outcome, error) {
	in := r.in
	switch j.kind {
	case jobPage:
		return r.page(ctx, j.page, j.hint)
	case jobFile:
		data, err := readFile(j.path, in.opts.MaxBytes)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", j.path, err)
		}
		return r.page(ctx, Page{Name: j.path, Data: data}, j.hint)
	}
	if in.opts.Fetch == nil { // a URL listed by a feed or sitemap file
		return 0, fmt.Errorf("%s: fetching URLs is not available here", j.url)
	}
	fctx := ctx
	if _, ok, err := in.store.HasURL(ctx, j.url); err != nil {
		return 0, fmt.Errorf("%s: %w", j.url, err)
	} else if ok && !in.opts.Refetch {
		return Skipped, nil
	} else if ok {
		fctx = context.WithValue(ctx, revalidateKey{}, true)
	}
	p, err := in.opts.Fetch(fctx, j.url)
	if errors.Is(err, ErrNotModified) {
		return Skipped, nil
	}
	if err != nil {
		return 0, fmt.Errorf("%s: %w", j.url, err)
	}
	if p.Name == "" {
		p.Name = j.url
	}
	content, err := gunzip.Bytes(p.Data, max(in.opts.MaxBytes, DefaultMaxSitemapBytes))
	if err != nil {
		return 0, fmt.Errorf("%s: %w", j.url, err)
	}
	if j.kind == jobURL { // a page, whatever it holds
		if int64(len(content)) > in.opts.MaxBytes {
			return 0, fmt.Errorf("%s: %w", j.url, errTooLarge(in.opts.MaxBytes))
		}
		p.Data = content
		return r.page(ctx, p, j.hint)
	}
	base := p.URL
	if base == "" {
		base = j.url
	}
	switch SniffKind(content) {
	case KindFeed:
		r.expandFeed(p.Name, base, content, false)
	case KindSitemap, KindSitemaps:
		r.expandSitemap(ctx, p.Name, base, bytes.NewReader(content), j.depth, false)
	case KindWARC:
		r.walkWARC(ctx, p.Name, bytes.NewReader(content), false)
	default:
		if int64(len(content)) > in.opts.MaxBytes {
			return 0, fmt.Errorf("%s: %w", j.url, errTooLarge(in.opts.MaxBytes))
		}
		p.Data = content
		return r.page(ctx, p, j.hint)
	}
	return expanded, nil
}

// list queues the jobs of every source, in order, walking folders in
// lexical order. A file or subfolder that cannot be read is counted as
// failed and the walk goes on.
func (r *run) list(ctx context.Context, sources []string) error {
	for _, src := range sources {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if isWebURL(src) {
			u, _ := normalizeURL(src) // checked in Run
			if !r.markSeen(u) {
				continue
			}
			if !r.add(job{kind: jobSource, url: u}, true) {
				return ctx.Err()
			}
			continue
		}
		st, err := os.Stat(src)
		if err != nil {
			return fmt.Errorf("%s: %w", src, cleanPathError(err))
		}
		if !st.IsDir() {
			if err := r.fileSource(ctx, src); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if path == src {
					return fmt.Errorf("%s: %w", path, cleanPathError(err))
				}
				r.fail(fmt.Errorf("%s: %w", path, cleanPathError(err)))
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
			warc := IsWARCFile(d.Name())
			if !warc && !IsPageFile(d.Name()) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 { // a link to a file is read; links to folders are not followed
				fi, err := os.Stat(path)
				if err != nil {
					r.fail(fmt.Errorf("%s: %w", path, cleanPathError(err)))
					return nil
				}
				if !fi.Mode().IsRegular() {
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			if warc {
				return r.warcFile(ctx, path)
			}
			if !r.add(job{kind: jobFile, path: path}, true) {
				return ctx.Err()
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// markSeen remembers a normalised URL; false when the run has listed it
// already.
func (r *run) markSeen(u string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.seen.add(u)
}

// fileSource queues the jobs of one file given as a source, after sniffing
// its kind. A file that cannot be read is counted as failed; the error
// returned is cancellation only.
func (r *run) fileSource(ctx context.Context, path string) error {
	kind, err := sniffFile(path)
	if err != nil {
		r.fail(fmt.Errorf("%s: %w", path, err))
		return nil
	}
	switch kind {
	case KindWARC:
		return r.warcFile(ctx, path)
	case KindFeed:
		data, err := readFile(path, r.in.opts.MaxBytes)
		if err != nil {
			r.fail(fmt.Errorf("%s: %w", path, err))
			return nil
		}
		r.expandFeed(path, "", data, true)
	case KindSitemap, KindSitemaps:
		f, err := os.Open(path)
		if err != nil {
			r.fail(fmt.Errorf("%s: %w", path, cleanPathError(err)))
			return nil
		}
		defer f.Close()
		rd, err := gunzip.NewReader(f)
		if err != nil {
			r.fail(fmt.Errorf("%s: %w", path, err))
			return nil
		}
		r.expandSitemap(ctx, path, "", io.LimitReader(rd, DefaultMaxSitemapBytes), 0, true)
	default:
		if !r.add(job{kind: jobFile, path: path}, true) {
			return ctx.Err()
		}
	}
	return ctx.Err()
}

// sniffFile returns the kind of a local file from its first bytes (after
// gunzip).
func sniffFile(path string) (Kind, error) {
	f, err := os.Open(path)
	if err != nil {
		return KindPage, cleanPathError(err)
	}
	defer f.Close()
	rd, err := gunzip.NewReader(f)
	if err != nil {
		return KindPage, err
	}
	head := make([]byte, sniffBytes)
	n, err := io.ReadFull(rd, head)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return KindPage, fmt.Errorf("read: %w", err)
	}
	return SniffKind(head[:n]), nil
}

// expandFeed queues the page URLs of a feed's items.
func (r *run) expandFeed(name, base string, data []byte, wait bool) {
	links, _, err := parseFeed(data, base)
	if err != nil {
		r.fail(fmt.Errorf("%s: %w", name, err))
		return
	}
	old := 0
	for _, l := range links {
		if r.tooOld(l) {
			old++
			continue
		}
		if !r.addLink(name, l, wait) {
			return
		}
	}
	r.noteOld(name, old)
}

// tooOld reports whether a source says its entry is older than
// Options.Since.
func (r *run) tooOld(l link) bool {
	return !r.in.opts.Since.IsZero() && !l.Date.IsZero() && l.Date.Before(r.in.opts.Since)
}

// noteOld says how many entries of a source Options.Since left out.
func (r *run) noteOld(name string, n int) {
	if n > 0 {
		r.note("%s: %d entries dated before %s left out", name, n, r.in.opts.Since.Format(time.RFC3339))
	}
}

// expandSitemap queues the page URLs of a sitemap, or the sitemaps of a
// sitemap index (as sources one level deeper, each read once per run).
func (r *run) expandSitemap(ctx context.Context, name, base string, rd io.Reader, depth int, wait bool) {
	baseURL, _ := url.Parse(base)
	resolve := func(raw string) string {
		if baseURL != nil && base != "" {
			if ref, err := url.Parse(raw); err == nil {
				return baseURL.ResolveReference(ref).String()
			}
		}
		return raw
	}
	tooDeep, old := 0, 0
	_, _, truncated, err := parseSitemap(rd, r.in.opts.MaxSitemapURLs, func(l link, index bool) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if r.tooOld(l) {
			old++
			return nil
		}
		l.URL = resolve(l.URL)
		if !index {
			if !r.addLink(name, l, wait) {
				return context.Canceled
			}
			return nil
		}
		u, err := normalizeURL(l.URL)
		if err != nil {
			r.fail(fmt.Errorf("%s: sitemap entry: %w", name, err))
			return nil
		}
		if depth+1 > r.in.opts.SitemapDepth {
			tooDeep++
			return nil
		}
		if !r.markSeen(u) {
			return nil // read already in this run (or a loop)
		}
		if !r.add(job{kind: jobSource, url: u, depth: depth + 1}, wait) {
			return context.Canceled
		}
		return nil
	})
	if err != nil && ctx.Err() == nil && !errors.Is(err, context.Canceled) {
		r.fail(fmt.Errorf("%s: %w", name, err))
	}
	if truncated > 0 {
		r.note("%s: %d entries over the cap of %d per sitemap left out", name, truncated, r.in.opts.MaxSitemapURLs)
	}
	if tooDeep > 0 {
		r.note("%s: %d sitemaps deeper than %d index levels left out", name, tooDeep, r.in.opts.SitemapDepth)
	}
	r.noteOld(name, old)
}

// addLink queues one page URL from a feed or sitemap, once per run and
// within the run's cap. False when the run was canceled.
func (r *run) addLink(name string, l link, wait bool) bool {
	u, err := normalizeURL(l.URL)
	if err != nil {
		r.fail(fmt.Errorf("%s: entry: %w", name, err))
		return true
	}
	r.mu.Lock()
	if r.seen[u] {
		r.mu.Unlock()
		return true
	}
	if r.sourceURLs >= r.in.opts.MaxSourceURLs {
		noted := r.capNoted
		r.capNoted = true
		r.mu.Unlock()
		if !noted {
			r.note("%s: the cap of %d URLs from feeds and sitemaps is reached; further URLs are left out", name, r.in.opts.MaxSourceURLs)
		}
		return true
	}
	r.seen[u] = true
	r.sourceURLs++
	r.mu.Unlock()
	hint := l
	return r.add(job{kind: jobURL, url: u, hint: &hint}, wait)
}

// warcFile walks one WARC file from disk.
func (r *run) warcFile(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		r.fail(fmt.Errorf("%s: %w", path, cleanPathError(err)))
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		r.archiveBytes.Add(fi.Size())
	}
	r.walkWARC(ctx, path, &countingReader{r: f, n: &r.archiveRead}, true)
	return ctx.Err()
}

// walkWARC queues the pages of a WARC stream: the HTTP responses with a
// 2xx status and a page media type (HTML, XHTML, text or none), and
// resource records of a page media type. Request,
// metadata, revisit and other records, and other responses, are counted
// as Ignored. A broken record is counted as failed and the walk goes on
// where it can.
func (r *run) walkWARC(ctx context.Context, name string, rd io.Reader, wait bool) {
	wr := newWARCReader(rd, r.in.opts.MaxBytes+64<<10)
	var seenRecord bool
	for ctx.Err() == nil {
		rec, err := wr.next()
		if err == io.EOF {
			if !seenRecord {
				r.fail(fmt.Errorf("%s: no WARC record in it", name))
			}
			return
		}
		var re *warcRecordError
		if errors.As(err, &re) {
			r.fail(fmt.Errorf("%s: %w", name, err))
			continue
		}
		if err != nil {
			r.fail(fmt.Errorf("%s: %w", name, err))
			return
		}
		seenRecord = true
		p, ok, err := warcPage(name, rec, r.in.opts.MaxBytes)
		if err != nil {
			r.fail(err)
			continue
		}
		if !ok {
			r.ignored.Add(1)
			continue
		}
		if !r.add(job{kind: jobPage, page: p}, wait) {
			return
		}
	}
}

// countingReader adds the bytes read through it to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	c.n.Add(int64(k))
	return k, err
}

// warcPage turns a response record into a page; ok is false for records
// that hold no page.
func warcPage(name string, rec *warcRecord, max int64) (Page, bool, error) {
	where := fmt.Sprintf("%s record %d", name, rec.Number)
	if rec.TargetURI != "" {
		where += " (" + rec.TargetURI + ")"
	}
	ct := strings.ToLower(rec.ContentType)
	switch {
	case rec.Type == "resource" && ct != "" && pageMediaType(ct):
		// A page archived without its HTTP exchange (wget --warc-file
		// of local files, a browser's saved page): the block is the page.
		if rec.TooLarge {
			return Page{}, false, fmt.Errorf("%s: %w", where, errTooLarge(max))
		}
		p := Page{Name: where, ContentType: rec.ContentType, Data: rec.Block}
		if isWebURL(rec.TargetURI) {
			p.URL = rec.TargetURI
		}
		return p, true, nil
	case rec.Type != "response":
		return Page{}, false, nil
	case ct != "" && !strings.HasPrefix(ct, "application/http"):
		return Page{}, false, nil
	}
	if rec.TooLarge {
		return Page{}, false, fmt.Errorf("%s: %w", where, errTooLarge(max))
	}
	resp, err := parseHTTPResponse(rec.Block, max)
	if err != nil {
		return Page{}, false, fmt.Errorf("%s: %w", where, err)
	}
	if resp.Status < 200 || resp.Status > 299 || !pageMediaType(resp.ContentType) {
		return Page{}, false, nil
	}
	p := Page{Name: where, ContentType: resp.ContentType, Data: resp.Body}
	if isWebURL(rec.TargetURI) {
		p.URL = rec.TargetURI
	}
	return p, true, nil
}

// IsWARCFile reports whether a file name is one a folder walk reads as a
// WARC file: .warc or .warc.gz, in any letter case.
func IsWARCFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
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
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	data, err := gunzip.ReadAll(f, max, size)
	if err != nil && !errors.Is(err, lede.ErrTooLarge) && !errors.Is(err, lede.ErrUnsupported) {
		return nil, fmt.Errorf("read: %w", cleanPathError(err))
	}
	return data, err
}

// errTooLarge says a page or document passed the size cap.
func errTooLarge(max int64) error { return gunzip.TooLarge(max) }

// cleanPathError drops the operation and path from a file error, since
// messages name the path themselves.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
