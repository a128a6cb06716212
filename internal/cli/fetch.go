package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/crawl"
)

// fetchOptions tunes a fetcher. The zero value fetches like lede extract
// does for the pages a person names: robots.txt not consulted, private
// addresses allowed, no retries, no spacing between requests, no
// conditional requests. lede ingest turns the politeness on.
type fetchOptions struct {
	Timeout      time.Duration // one request, connection to last byte; 0: crawl.DefaultTimeout
	MaxRedirects int           // redirects followed; 0 follows none
	MaxBytes     int64         // content cap, after decompression; 0: crawl.DefaultMaxBytes
	UserAgent    string        // empty: defaultUserAgent()

	// Robots honours robots.txt (crawl.Options.IgnoreRobots off).
	Robots bool
	// RefusePrivate refuses loopback, private, link-local and other
	// non-public addresses, checked when dialling (crawl.ErrPrivateAddress).
	RefusePrivate bool
	// HostConcurrency caps the requests in flight to one host; 0:
	// crawl.DefaultPerHostConcurrency.
	HostConcurrency int
	// HostDelay is the least time between two request starts to one
	// host; 0: none.
	HostDelay time.Duration
	// Retries after a 408, 429, retryable 5xx or transient network
	// failure; 0: none.
	Retries int
	// Validators, when set, makes requests conditional; a page that did
	// not change then fails with errNotModified.
	Validators crawl.ValidatorCache
}

// fetcher downloads pages over HTTP(S) for lede extract and lede ingest,
// through a crawl.Fetcher.
type fetcher struct {
	crawler   *crawl.Fetcher
	maxBytes  int64
	timeout   time.Duration
	redirects int
}

// errNotModified is a conditional fetch answered with 304: the page is the
// one fetched before.
var errNotModified = errors.New("not modified since the last fetch")

func newFetcher(o fetchOptions) *fetcher {
	co := crawl.Options{
		UserAgent:          o.UserAgent,
		Timeout:            o.Timeout,
		MaxBytes:           o.MaxBytes,
		MaxRedirects:       o.MaxRedirects,
		PerHostConcurrency: o.HostConcurrency,
		PerHostDelay:       o.HostDelay,
		Retries:            o.Retries,
		IgnoreRobots:       !o.Robots,
		AllowPrivate:       !o.RefusePrivate,
		Validators:         o.Validators,
		AcceptMediaType:    func(mt string) bool { return unsupportedMediaType(mt) == "" },
	}
	// crawl reads a zero as "the default" and a negative as "none".
	if o.MaxRedirects == 0 {
		co.MaxRedirects = -1
	}
	if o.HostDelay == 0 {
		co.PerHostDelay = -1
	}
	if o.Retries == 0 {
		co.Retries = -1
	}
	if o.Validators == nil {
		co.Validators = crawl.NoValidators{}
	}
	c := crawl.New(co)
	f := &fetcher{crawler: c, maxBytes: o.MaxBytes, timeout: o.Timeout, redirects: o.MaxRedirects}
	if f.maxBytes <= 0 {
		f.maxBytes = crawl.DefaultMaxBytes
	}
	if f.timeout <= 0 {
		f.timeout = crawl.DefaultTimeout
	}
	return f
}

// urlValidatorStore is what storeValidators needs of the news base
// (*sqlite.Store has it).
type urlValidatorStore interface {
	URLValidators(ctx context.Context, url string) (etag, lastModified string, ok bool, err error)
	SetURLValidators(ctx context.Context, url, etag, lastModified string) error
}

// storeValidators keeps the fetcher's validators (ETag, Last-Modified) in
// the news base, so that conditional requests work across runs (lede
// ingest --refetch). A read that fails is a miss and a write that fails is
// dropped: either only costs a whole GET next time.
type storeValidators struct{ s urlValidatorStore }

func (v storeValidators) Get(ctx context.Context, url string) (crawl.Validators, bool) {
	etag, lastModified, ok, err := v.s.URLValidators(ctx, url)
	if err != nil || !ok {
		return crawl.Validators{}, false
	}
	return crawl.Validators{ETag: etag, LastModified: lastModified}, true
}

func (v storeValidators) Put(ctx context.Context, url string, val crawl.Validators) {
	v.s.SetURLValidators(ctx, url, val.ETag, val.LastModified)
}

// defaultUserAgent names lede, its version and where to read about it.
func defaultUserAgent() string { return crawl.DefaultUserAgent() }

// fetch downloads one page. The result's url is the address after
// redirects, its contentType the response's Content-Type. A status other
// than 2xx, too many redirects, a timeout, a body over the cap, a refused
// address or robots.txt are errors that say which. A page served as a
// gzip file (not gzip-encoded: the HTTP client undoes that) is gunzipped.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (loaded, error) {
	resp, err := f.crawler.Fetch(ctx, rawURL)
	if err != nil {
		return loaded{}, f.explain(ctx, rawURL, err)
	}
	if resp.NotModified {
		return loaded{}, errNotModified
	}
	page, err := gunzipFile(resp.Body, f.maxBytes)
	if err != nil {
		return loaded{}, err
	}
	return loaded{page: page, url: resp.FinalURL, contentType: resp.ContentType}, nil
}

// gunzipFile returns a fetched body unpacked, capped at max, when it is a
// gzip file (a .gz served as such; gzip transfer coding is undone by the
// HTTP client already), and other bodies as they are.
func gunzipFile(body []byte, max int64) ([]byte, error) {
	if len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, nil
	}
	return readCapped(bytes.NewReader(body), max, -1)
}

// explain rewords a crawl error for the command line: messages name the
// flag that sets a limit, and the input's URL is not repeated (the caller
// names it); a redirect hop that failed is still named.
func (f *fetcher) explain(ctx context.Context, rawURL string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var fe *crawl.Error
	if errors.As(err, &fe) && fe.URL == rawURL {
		err = fe.Err
	}
	switch {
	case errors.Is(err, crawl.ErrTooManyRedirects):
		return fmt.Errorf("stopped after %d redirects (see --max-redirects): %w", f.redirects, crawl.ErrTooManyRedirects)
	case errors.Is(err, context.DeadlineExceeded):
		return timeoutError(fmt.Sprintf("fetch timed out after %s (see --fetch-timeout)", f.timeout))
	case errors.Is(err, crawl.ErrTooLarge):
		return tooLarge(f.maxBytes)
	case errors.Is(err, crawl.ErrUnsupportedMediaType):
		return fmt.Errorf("%w: %s, not a web page", lede.ErrUnsupported, strings.TrimPrefix(err.Error(), crawl.ErrUnsupportedMediaType.Error()+": "))
	case errors.Is(err, crawl.ErrStatus), errors.Is(err, crawl.ErrRobotsDisallowed), errors.Is(err, crawl.ErrPrivateAddress), errors.Is(err, crawl.ErrBadURL):
		return err
	}
	return fmt.Errorf("fetch: %w", err)
}

// unsupportedMediaType names a media type that is certainly not a page:
// images, audio, video, fonts, PDF, archives. Unknown and missing types
// pass (the bytes are checked later).
func unsupportedMediaType(mt string) string {
	switch {
	case mt == "":
		return ""
	case strings.HasPrefix(mt, "image/"), strings.HasPrefix(mt, "audio/"), strings.HasPrefix(mt, "video/"), strings.HasPrefix(mt, "font/"):
		return mt
	}
	switch mt {
	case "application/pdf", "application/zip", "application/x-zip-compressed", "application/msword",
		"application/vnd.ms-excel", "application/x-7z-compressed", "application/x-rar-compressed",
		"application/x-tar", "application/wasm":
		return mt
	}
	return ""
}

// timeoutError is a time limit that ran out; it matches
// context.DeadlineExceeded with errors.Is.
type timeoutError string

func (e timeoutError) Error() string        { return string(e) }
func (e timeoutError) Is(target error) bool { return target == context.DeadlineExceeded }
