package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/ledehq/lede/internal/crawl"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// IngestCmd is "lede ingest": it reads pages from folders, files and URLs
// into the news base (an SQLite file), understanding each. docs/news-base.md
// describes it.
type IngestCmd struct{}

const ingestUsageHead = `Usage: lede ingest [flags] SOURCE...

Reads every SOURCE into the news base: a folder (walked for .html, .htm and
.txt files and .warc files, gzipped or not), a file, or an http(s) URL. A
file or URL is read as what its content is: a page, an RSS, Atom or JSON
feed, a sitemap or sitemap index (Google News sitemaps too), or a WARC file.
--urls adds a file listing URLs, one a line; --site adds the sitemaps a
site's robots.txt lists; --since keeps feed items and sitemap entries dated
since then only. Each page is extracted and understood, then stored once:
pages and URLs already stored are skipped, so a run can be repeated to
resume. URLs are fetched politely (robots.txt, per-host delay, retries with
backoff). Progress goes to stderr.

Flags:
`

// Run ingests the sources.
func (c *IngestCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lede ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "news base `FILE` (default $LEDE_DB, else "+defaultDBHint+")")
	workers := fs.Int("workers", runtime.NumCPU(), "pages read at once")
	from := fs.String("from", "auto", "input `FORM`: auto, html or text (flattened page text)")
	urls := fs.String("urls", "", "read URLs to fetch from `FILE`, one a line (# starts a comment)")
	refetch := fs.Bool("refetch", false, "fetch URLs even when already stored")
	delay := fs.Duration("delay", crawl.DefaultPerHostDelay, "least `TIME` between two request starts to one host (0: none; a longer robots.txt Crawl-delay wins)")
	fetchers := fs.Int("fetchers", 0, "at most `N` URLs fetched at once across hosts (default 4 × --workers, at least 8)")
	perHost := fs.Int("host-concurrency", crawl.DefaultPerHostConcurrency, "at most `N` requests in flight to one host")
	retries := fs.Int("retries", crawl.DefaultRetries, "`N` retries after a 408, 429, 5xx or network failure, with backoff")
	fetchTimeout := fs.Duration("fetch-timeout", defaultFetchTimeout, "time limit (`TIME`) for downloading one URL, connection to last byte")
	maxRedirects := fs.Int("max-redirects", defaultMaxRedirects, "at most `N` redirects followed when fetching")
	userAgent := fs.String("user-agent", defaultUserAgent(), "the User-Agent header (`UA`) sent when fetching; its product token (before the first /) is the name looked up in robots.txt")
	noRobots := fs.Bool("no-robots", false, "do not read or honour robots.txt (only for sites you run or may crawl so)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback, private and link-local addresses")
	maxSitemapURLs := fs.Int("max-sitemap-urls", ingest.DefaultMaxSitemapURLs, "at most `N` entries taken from one sitemap or sitemap index")
	maxURLs := fs.Int("max-urls", ingest.DefaultMaxSourceURLs, "at most `N` page URLs taken from all the feeds and sitemaps of a run")
	var sites stringList
	fs.Var(&sites, "site", "also read the sitemaps a site's robots.txt lists (`URL` of the site; /sitemap.xml when it lists none); may be repeated")
	since := fs.String("since", "", "leave out feed items and sitemap entries dated before `WHEN`: a day (2024-03-01), an RFC 3339 time, or a duration back from now (48h)")
	sitemapDepth := fs.Int("sitemap-depth", ingest.DefaultSitemapDepth, "`N` levels of sitemap indexes followed (0: the sitemaps an index lists are not read)")
	progressStyle := fs.String("progress", "auto", "progress `STYLE`: bar (one line rewritten on a terminal), lines (a line every 2 s), or auto (bar when stderr is a terminal)")
	quiet := fs.Bool("quiet", false, "no progress, only failures and the summary")
	maxBytes := byteSize(defaultMaxBytes)
	fs.Var(&maxBytes, "max-bytes", "page size cap (`SIZE`, such as 20MB)")
	fs.Usage = func() {
		io.WriteString(stderr, ingestUsageHead)
		fs.PrintDefaults()
	}
	// Flags may come before or after the sources.
	var sources []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return usageError{err.Error()}
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		sources = append(sources, rest[0])
		rest = rest[1:]
	}
	format := pipeline.Format(*from)
	switch format {
	case pipeline.FormatAuto, pipeline.FormatHTML, pipeline.FormatText:
	default:
		return usageError{fmt.Sprintf("--from must be auto, html or text, not %q", *from)}
	}
	if *workers < 1 {
		return usageError{"--workers must be at least 1"}
	}
	switch {
	case *delay < 0:
		return usageError{"--delay must not be negative"}
	case *fetchers < 0:
		return usageError{"--fetchers must not be negative"}
	case *perHost < 1:
		return usageError{"--host-concurrency must be at least 1"}
	case *retries < 0:
		return usageError{"--retries must be 0 or more"}
	case *fetchTimeout <= 0:
		return usageError{"--fetch-timeout must be positive"}
	case *maxRedirects < 0:
		return usageError{"--max-redirects must be 0 or more"}
	case *maxSitemapURLs < 1 || *maxURLs < 1:
		return usageError{"--max-sitemap-urls and --max-urls must be at least 1"}
	case *sitemapDepth < 0:
		return usageError{"--sitemap-depth must be 0 or more"}
	}
	style, err := progressStyleOf(*progressStyle, stderr)
	if err != nil {
		return err
	}
	sinceTime, err := parseSince(*since, time.Now())
	if err != nil {
		return err
	}
	depth := *sitemapDepth
	if depth == 0 {
		depth = -1 // ingest.Options: negative means none
	}
	if *urls != "" {
		list, err := readURLListFile(*urls)
		if err != nil {
			return err
		}
		sources = append(sources, list...)
	}
	for _, site := range sites {
		if !isWebURL(site) {
			return usageError{fmt.Sprintf("--site %q: want an http(s) URL", site)}
		}
	}
	if len(sources) == 0 && len(sites) == 0 {
		return usageError{"nothing to ingest: give folders, files or URLs (or --urls FILE, --site URL)"}
	}
	path, err := dbPath(*db)
	if err != nil {
		return err
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return err
	}
	defer st.Close()

	progress := stderr
	every := ingest.DefaultProgressEvery
	if *quiet {
		progress, style = failuresOnly{stderr}, ingest.ProgressLines
	}
	f := newFetcher(fetchOptions{
		Timeout:      *fetchTimeout,
		MaxRedirects: *maxRedirects,
		// Sitemaps may hold 50 MB (the protocol's limit) whatever the
		// page cap; ingest holds pages to --max-bytes itself.
		MaxBytes:        max(int64(maxBytes), ingest.DefaultMaxSitemapBytes),
		UserAgent:       *userAgent,
		Robots:          !*noRobots,
		RefusePrivate:   !*allowPrivate,
		HostConcurrency: *perHost,
		HostDelay:       *delay,
		Retries:         *retries,
		Validators:      revalidatingOnly{storeValidators{st}},
	})
	for _, site := range sites {
		found, err := siteSitemaps(ctx, f, site)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(stderr, "lede ingest: --site %s: %v\n", site, err)
			continue
		}
		sources = append(sources, found...)
	}
	if len(sources) == 0 {
		return fmt.Errorf("no sitemap found for the sites given: %w", errReported)
	}
	defer batchGC()()
	in := ingest.New(st, ingest.Options{
		Workers:  *workers,
		Fetchers: *fetchers,
		// The queue lets one host's URLs wait as the fetcher would.
		HostConcurrency: *perHost,
		From:            format,
		MaxBytes:        int64(maxBytes),
		Understander:    &understand.Loader{},
		Refetch:         *refetch,
		CheckPage:       checkPage,
		Progress:        progress,
		ProgressStyle:   style,
		ProgressEvery:   every,
		MaxSitemapURLs:  *maxSitemapURLs,
		MaxSourceURLs:   *maxURLs,
		SitemapDepth:    depth,
		Since:           sinceTime,
		Fetch: func(ctx context.Context, rawURL string) (ingest.Page, error) {
			l, err := f.fetch(ctx, rawURL)
			if errors.Is(err, errNotModified) {
				return ingest.Page{}, ingest.ErrNotModified
			}
			if err != nil {
				return ingest.Page{}, err
			}
			return ingest.Page{Name: rawURL, URL: l.url, ContentType: l.contentType, Data: l.page}, nil
		},
	})
	stats, err := in.Run(ctx, sources)
	fmt.Fprintf(stderr, "lede ingest: %s into %s\n", ingest.Summary(stats), path)
	if err != nil {
		return err
	}
	if stats.Failed > 0 && stats.Done() == stats.Failed {
		return fmt.Errorf("all %d pages failed: %w", stats.Failed, errReported)
	}
	return nil
}

// siteSitemaps returns the sitemaps of a site: the Sitemap lines of its
// robots.txt (read even with --no-robots), else its /sitemap.xml.
func siteSitemaps(ctx context.Context, f *fetcher, site string) ([]string, error) {
	found, err := f.crawler.Sitemaps(ctx, site)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, sm := range found {
		if isWebURL(sm) {
			out = append(out, sm)
		}
	}
	if len(out) == 0 {
		u, err := url.Parse(site)
		if err != nil {
			return nil, err
		}
		out = append(out, (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/sitemap.xml"}).String())
	}
	return out, nil
}

// stringList is a flag that may be given several times.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ", ") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// parseSince reads --since: empty (no limit), a day, an RFC 3339 time, or
// a duration counted back from now.
func parseSince(v string, now time.Time) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(v); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, usageError{fmt.Sprintf("--since %q: want a day (2024-03-01), an RFC 3339 time or a positive duration (48h)", v)}
}

// revalidatingOnly keeps every fetched URL's validators (ETag,
// Last-Modified) but hands them out, making the request conditional, only
// for a page ingest says is stored (ingest.Revalidating): with --refetch, an
// unchanged page then costs a 304. Feeds and sitemaps are always fetched
// whole, so a run killed half way through one reads all of it again.
type revalidatingOnly struct{ crawl.ValidatorCache }

func (v revalidatingOnly) Get(ctx context.Context, url string) (crawl.Validators, bool) {
	if !ingest.Revalidating(ctx) {
		return crawl.Validators{}, false
	}
	return v.ValidatorCache.Get(ctx, url)
}

// progressStyleOf reads --progress: "auto" is a bar when stderr is a
// terminal (a character device), lines otherwise.
func progressStyleOf(flagValue string, stderr io.Writer) (ingest.ProgressStyle, error) {
	switch flagValue {
	case "bar":
		return ingest.ProgressBar, nil
	case "lines":
		return ingest.ProgressLines, nil
	case "auto":
		if f, ok := stderr.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				return ingest.ProgressBar, nil
			}
		}
		return ingest.ProgressLines, nil
	}
	return 0, usageError{fmt.Sprintf("--progress must be auto, bar or lines, not %q", flagValue)}
}

// failuresOnly passes on the failure lines of ingest progress and drops
// the periodic ones.
type failuresOnly struct{ w io.Writer }

func (f failuresOnly) Write(p []byte) (int, error) {
	if strings.Contains(string(p), " done: ") {
		return len(p), nil
	}
	return f.w.Write(p)
}

func readURLListFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--urls %s: %w", path, cleanPathError(err))
	}
	defer f.Close()
	return ingest.ReadURLList(f, path)
}

// defaultDBHint describes the default database path in flag help.
const defaultDBHint = "$XDG_DATA_HOME/lede/lede.db or its platform equivalent"

// dbPath returns the news base path: the flag, else $LEDE_DB, else
// lede/lede.db in the user's data folder ($XDG_DATA_HOME, else
// ~/.local/share on Unix systems, the user configuration folder on macOS
// and Windows).
func dbPath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("LEDE_DB"); env != "" {
		return env, nil
	}
	if xdg := os.Getenv("XDG_DATA_HOME"); xdg != "" && filepath.IsAbs(xdg) {
		return filepath.Join(xdg, "lede", "lede.db"), nil
	}
	switch runtime.GOOS {
	case "darwin", "windows", "ios", "plan9":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("no default news base location (%w): use --db", err)
		}
		return filepath.Join(dir, "lede", "lede.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no default news base location (%w): use --db", err)
	}
	return filepath.Join(home, ".local", "share", "lede", "lede.db"), nil
}

// ingestGCPercent is the garbage collector's GOGC during lede ingest. A run
// allocates much short-lived memory per page (the parsed page above all)
// over a small live heap, so the default of 100 collects often for little:
// on the 1,497 WCXB dev pages, 400 takes about 15% less CPU time than 100
// for about 200 MB more peak memory (430 MB instead of 230 MB), measured
// as CPU seconds of runs with GOGC set in the environment
// (BenchmarkIngestWCXB in package pipeline profiles the same run).
const ingestGCPercent = 400

// batchGC sets ingestGCPercent for the length of a run, unless GOGC or
// GOMEMLIMIT is set in the environment (the user's choice wins), and returns
// the function restoring the previous setting.
func batchGC() (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(ingestGCPercent)
	return func() { debug.SetGCPercent(old) }
}
