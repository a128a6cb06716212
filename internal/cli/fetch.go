package cli

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

// fetchOptions tunes a fetcher.
type fetchOptions struct {
	Timeout      time.Duration // whole exchange, connection to last byte
	MaxRedirects int           // redirects followed; 0 follows none
	MaxBytes     int64         // content cap, after decompression
	UserAgent    string        // empty: defaultUserAgent()
}

// fetcher downloads pages over HTTP(S) for lede extract.
type fetcher struct {
	client    *http.Client
	userAgent string
	maxBytes  int64
	timeout   time.Duration
	redirects int
}

// errTooManyRedirects is returned by CheckRedirect.
var errTooManyRedirects = errors.New("too many redirects")

func newFetcher(o fetchOptions) *fetcher {
	ua := o.UserAgent
	if ua == "" {
		ua = defaultUserAgent()
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.ResponseHeaderTimeout = o.Timeout
	f := &fetcher{userAgent: ua, maxBytes: o.MaxBytes, timeout: o.Timeout, redirects: o.MaxRedirects}
	f.client = &http.Client{
		Transport: transport,
		Timeout:   o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return errTooManyRedirects
			}
			// Keep our User-Agent on the next hop.
			req.Header.Set("User-Agent", ua)
			return nil
		},
	}
	return f
}

// defaultUserAgent names lede, its version and where to read about it.
func defaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "lede/" + v + " (+https://github.com/ledehq/lede)"
}

// fetch downloads one page. The result's url is the address after
// redirects, its contentType the response's Content-Type. A status other
// than 2xx, too many redirects, a timeout or a body over the cap are errors
// that say which.
func (f *fetcher) fetch(ctx context.Context, rawURL string) (loaded, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return loaded{}, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return loaded{}, f.explain(ctx, err)
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return loaded{}, fmt.Errorf("GET %s: HTTP %s", final, resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	if kind := unsupportedMediaType(ct); kind != "" {
		return loaded{}, fmt.Errorf("%w: %s served as %s, not a web page", lede.ErrUnsupported, final, kind)
	}
	if resp.ContentLength > f.maxBytes && !resp.Uncompressed {
		return loaded{}, fmt.Errorf("%s is %s: %w", final, formatBytes(resp.ContentLength), tooLarge(f.maxBytes))
	}
	size := int64(-1) // a size hint when the body is sent as is
	if !resp.Uncompressed && resp.ContentLength >= 0 {
		size = resp.ContentLength
	}
	page, err := readCapped(resp.Body, f.maxBytes, size)
	if err != nil {
		if errors.Is(err, lede.ErrTooLarge) || errors.Is(err, lede.ErrUnsupported) {
			return loaded{}, err
		}
		return loaded{}, f.explain(ctx, err)
	}
	return loaded{page: page, url: final, contentType: ct}, nil
}

// explain turns a client error into a message naming the cause.
func (f *fetcher) explain(ctx context.Context, err error) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, errTooManyRedirects):
		return fmt.Errorf("stopped after %d redirects (see --max-redirects)", f.redirects)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return timeoutError(fmt.Sprintf("fetch timed out after %s (see --fetch-timeout)", f.timeout))
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err // the input's name already says which URL
	}
	return fmt.Errorf("fetch: %w", err)
}

// unsupportedMediaType names a Content-Type that is certainly not a page:
// images, audio, video, PDF, archives. Unknown and missing types pass (the
// bytes are checked later).
func unsupportedMediaType(ct string) string {
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	switch {
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
