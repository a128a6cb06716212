package cli

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/sample"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// ExtractCmd is "lede extract": it reads pages (files, URLs, stdin, or the
// bundled sample when given none), extracts their articles with
// pipeline.Read, and prints them as JSON, JSON lines, text, Markdown or HTML.
// docs/cli.md describes the flags, formats and exit codes.
type ExtractCmd struct {
	Stdin io.Reader

	// read runs the pipeline on one page; nil means pipeline.Read. Tests
	// set it to observe the options or to simulate a slow page.
	read func(ctx context.Context, page []byte, opts pipeline.Options) (*lede.Article, error)
}

// Defaults of the extract flags.
const (
	defaultMaxBytes     = 20 << 20
	defaultTimeout      = 10 * time.Second
	defaultFetchTimeout = 30 * time.Second
	defaultMaxRedirects = 5
)

// extractOptions are the parsed flags of lede extract.
type extractOptions struct {
	format       string
	from         pipeline.Format
	url          string
	understand   bool
	workers      int
	maxBytes     int64
	timeout      time.Duration
	fetchTimeout time.Duration
	maxRedirects int
	userAgent    string

	// understander loads understanding's data once for all inputs
	// (with --understand).
	understander *understand.Loader
}

var extractFormats = []string{"json", "jsonl", "text", "markdown", "html"}

const extractUsageHead = `Usage: lede extract [flags] [INPUT...]

Extracts the article (title, byline, dates, section, body, embeds) from each
INPUT: an HTML or flattened-text file, an http(s) URL, or - for stdin. Gzip
input is read transparently. With no INPUT, reads the bundled sample page.
Flags may come before or after the inputs; see docs/cli.md for the formats
and exit codes.

Flags:
`

// parseFlags reads the flags, which may be mixed with the inputs ("--"
// ends the flags).
func (c *ExtractCmd) parseFlags(args []string, stderr io.Writer) (*extractOptions, []string, error) {
	o := &extractOptions{}
	fs := flag.NewFlagSet("lede extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "", "output `FORMAT`: json, jsonl, text, markdown or html (default json for one input, jsonl for several)")
	from := fs.String("from", "auto", "input `FORM`: auto, html or text (flattened page text)")
	fs.StringVar(&o.url, "url", "", "the page's `URL`, for a file or stdin (links, dates, sections); one input only")
	fs.BoolVar(&o.understand, "understand", false, "also find people, organizations, places, dates and quotes")
	fs.IntVar(&o.workers, "workers", runtime.NumCPU(), "inputs processed at once (output order is kept)")
	maxBytes := byteSize(defaultMaxBytes)
	fs.Var(&maxBytes, "max-bytes", "largest input `SIZE`, after decompression (such as 20MB or 512KB; binary units)")
	fs.DurationVar(&o.timeout, "timeout", defaultTimeout, "time limit for extracting one page (once read)")
	fs.DurationVar(&o.fetchTimeout, "fetch-timeout", defaultFetchTimeout, "time limit for downloading one URL, connection to last byte")
	fs.IntVar(&o.maxRedirects, "max-redirects", defaultMaxRedirects, "redirects followed when fetching")
	fs.StringVar(&o.userAgent, "user-agent", defaultUserAgent(), "the User-Agent header (`UA`) sent when fetching")
	fs.Usage = func() {
		io.WriteString(stderr, extractUsageHead)
		fs.PrintDefaults()
	}

	var inputs []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, nil, errors.Join(errReported, err) // usage printed; exit 0
			}
			// The flag package has printed the error and the usage.
			return nil, nil, errors.Join(errReported, usageError{err.Error()})
		}
		consumed := len(rest) - fs.NArg()
		if consumed > 0 && rest[consumed-1] == "--" {
			inputs = append(inputs, fs.Args()...)
			break
		}
		if fs.NArg() == 0 {
			break
		}
		inputs = append(inputs, fs.Arg(0))
		rest = fs.Args()[1:]
	}

	o.maxBytes = int64(maxBytes)
	if o.understand {
		o.understander = &understand.Loader{}
	}
	o.from = pipeline.Format(strings.ToLower(*from))
	switch {
	case o.format != "" && !contains(extractFormats, o.format):
		return nil, nil, usageError{fmt.Sprintf("--format %q: want one of %s", o.format, strings.Join(extractFormats, ", "))}
	case o.from != pipeline.FormatAuto && o.from != pipeline.FormatHTML && o.from != pipeline.FormatText:
		return nil, nil, usageError{fmt.Sprintf("--from %q: want auto, html or text", *from)}
	case o.workers < 1:
		return nil, nil, usageError{"--workers must be at least 1"}
	case o.timeout <= 0 || o.fetchTimeout <= 0:
		return nil, nil, usageError{"--timeout and --fetch-timeout must be positive"}
	case o.maxRedirects < 0:
		return nil, nil, usageError{"--max-redirects must be 0 or more"}
	case o.url != "" && len(inputs) > 1:
		return nil, nil, usageError{"--url names one page: give a single INPUT with it"}
	case o.url != "" && !isWebURL(o.url):
		return nil, nil, usageError{fmt.Sprintf("--url %q: want an absolute http or https URL", o.url)}
	}
	stdin := 0
	for _, in := range inputs {
		if in == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return nil, nil, usageError{"stdin (-) can be read only once"}
	}
	return o, inputs, nil
}

// isWebURL says whether s is an absolute http or https URL.
func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Run runs lede extract.
func (c *ExtractCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, args, err := c.parseFlags(args, stderr)
	if err != nil {
		return err
	}
	var inputs []input
	for _, a := range args {
		inputs = append(inputs, parseInput(a))
	}
	if len(inputs) == 0 {
		for _, p := range sample.Pages() {
			inputs = append(inputs, input{name: p.Name, kind: inputSample, data: p.Data})
		}
		names := make([]string, len(inputs))
		for i, in := range inputs {
			names[i] = in.name
		}
		fmt.Fprintf(stderr, "lede extract: no INPUT given; reading the bundled sample %s (give files, URLs or - for stdin)\n", strings.Join(names, ", "))
	}
	if o.format == "" {
		o.format = "json"
		if len(inputs) > 1 {
			o.format = "jsonl"
		}
	}

	out := bufio.NewWriterSize(stdout, 64<<10)
	w := newResultWriter(out, o.format, len(inputs))
	var failures failureSummary
	var writeErr error
	emit := func(r result) error {
		if r.err != nil {
			if errors.Is(r.err, context.Canceled) && ctx.Err() != nil {
				return nil // interrupted: said once at the end
			}
			fmt.Fprintf(stderr, "lede extract: %s: %v\n", r.in.label(), r.err)
			failures.add(r.err)
		}
		if err := w.write(r); err != nil {
			writeErr = err
			return err
		}
		if err := out.Flush(); err != nil {
			writeErr = err
			return err
		}
		return nil
	}
	c.process(ctx, inputs, o, emit)
	if writeErr == nil {
		writeErr = w.close()
		if err := out.Flush(); writeErr == nil {
			writeErr = err
		}
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted: %w", err)
	}
	return failures.err(len(inputs), stderr)
}

// result is the outcome of one input.
type result struct {
	in      input
	article *lede.Article // may be set with err (ErrNoArticle: the metadata found)
	err     error
}

// process runs the inputs on o.workers goroutines and hands the results to
// emit in input order, each as soon as it and all before it are done. At
// most 2×workers results wait for their turn, so memory stays bounded
// whatever the number of inputs. When emit fails, the remaining inputs
// are abandoned.
func (c *ExtractCmd) process(ctx context.Context, inputs []input, o *extractOptions, emit func(result) error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var f *fetcher
	for _, in := range inputs {
		if in.kind == inputURL {
			f = newFetcher(fetchOptions{Timeout: o.fetchTimeout, MaxRedirects: o.maxRedirects, MaxBytes: o.maxBytes, UserAgent: o.userAgent})
			break
		}
	}

	type job struct {
		in  input
		out chan<- result
	}
	workers := min(o.workers, len(inputs))
	pending := make(chan chan result, 2*workers)
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- c.one(ctx, j.in, o, f)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for _, in := range inputs {
			ch := make(chan result, 1)
			select {
			case pending <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{in, ch}:
			case <-ctx.Done():
				ch <- result{in: in, err: ctx.Err()}
				return
			}
		}
	}()
	failed := false
	for ch := range pending {
		r := <-ch
		if failed {
			continue // draining after a write error
		}
		if err := emit(r); err != nil {
			failed = true
			cancel()
		}
	}
	wg.Wait()
}

// one reads and extracts one input.
func (c *ExtractCmd) one(ctx context.Context, in input, o *extractOptions, f *fetcher) result {
	if err := ctx.Err(); err != nil {
		return result{in: in, err: err}
	}
	l, err := c.load(ctx, in, o, f)
	if err == nil {
		err = checkPage(l.page)
	}
	if err != nil {
		return result{in: in, err: err}
	}
	if o.url != "" {
		l.url = o.url
	}
	opts := pipeline.Options{From: o.from, URL: l.url, ContentType: l.contentType, MaxBytes: o.maxBytes,
		Understand: o.understand, Understander: o.understander}
	a, err := c.extract(ctx, l.page, opts, o.timeout)
	return result{in: in, article: a, err: err}
}

// load brings an input's bytes into memory, within the size cap.
func (c *ExtractCmd) load(ctx context.Context, in input, o *extractOptions, f *fetcher) (loaded, error) {
	switch in.kind {
	case inputSample:
		return loaded{page: in.data}, nil
	case inputStdin:
		if c.Stdin == nil {
			return loaded{}, errors.New("no standard input")
		}
		p, err := readCapped(c.Stdin, o.maxBytes, -1)
		return loaded{page: p}, err
	case inputURL:
		return f.fetch(ctx, in.name)
	}
	p, err := readFile(in.name, o.maxBytes)
	return loaded{page: p}, err
}

// extract runs the pipeline on one page within the time limit. The
// pipeline checks ctx between its stages; should a stage overrun anyway,
// extract returns at the deadline and leaves that goroutine to finish in
// the background. A panic in the pipeline becomes an error.
func (c *ExtractCmd) extract(ctx context.Context, page []byte, opts pipeline.Options, timeout time.Duration) (*lede.Article, error) {
	read := c.read
	if read == nil {
		read = pipeline.Read
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	type outcome struct {
		a   *lede.Article
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{nil, fmt.Errorf("internal error (please report it): %v", r)}
			}
		}()
		a, err := read(ctx, page, opts)
		done <- outcome{a, err}
	}()
	timedOut := func() error {
		return timeoutError(fmt.Sprintf("timed out after %s extracting the page (see --timeout)", timeout))
	}
	select {
	case r := <-done:
		if r.err != nil && errors.Is(r.err, context.DeadlineExceeded) && ctx.Err() != nil {
			return nil, timedOut()
		}
		return r.a, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, timedOut()
		}
		return nil, ctx.Err()
	}
}

// failureSummary keeps count of failed inputs and the most severe error.
type failureSummary struct {
	n     int
	worst error
}

// severity orders failures for the exit status: a failure of lede or the
// network outranks bad input, which outranks a page without an article.
func severity(err error) int {
	switch {
	case errors.Is(err, lede.ErrNoArticle):
		return 1
	case errors.Is(err, lede.ErrEmptyInput), errors.Is(err, lede.ErrTooLarge), errors.Is(err, lede.ErrUnsupported):
		return 2
	}
	return 3
}

func (s *failureSummary) add(err error) {
	s.n++
	if s.worst == nil || severity(err) > severity(s.worst) {
		s.worst = err
	}
}

// err is nil when nothing failed; otherwise an error that Main does not
// print again (each failure was reported) and whose exit code is that of
// the most severe failure.
func (s *failureSummary) err(total int, stderr io.Writer) error {
	if s.n == 0 {
		return nil
	}
	if total > 1 {
		fmt.Fprintf(stderr, "lede extract: %d of %d inputs failed\n", s.n, total)
	}
	return errors.Join(errReported, s.worst)
}
