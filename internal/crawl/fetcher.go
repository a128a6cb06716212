package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede/internal/urlnorm"
)

// Fetcher downloads pages politely (see the package doc). It is safe for
// concurrent use; share one per process so that its per-host limits and
// caches see every request.
type Fetcher struct {
	opts Options // defaults applied
	// dialAllowed judges each address dialled when Options.AllowPrivate
	// is off: IsPublicAddr, or a stand-in set by tests before any fetch.
	dialAllowed func(netip.AddrPort) bool
	agent       string // robots.txt product token
	client      *http.Client
	gate        *hostGate
	robots      robotsCache
}

// Response is a fetched page.
type Response struct {
	URL         string      // as asked
	FinalURL    string      // after redirects, without a fragment
	Status      int         // of the final answer: 2xx, or 304 with NotModified
	Header      http.Header // of the final answer
	ContentType string      // the final answer's Content-Type header, as sent
	// Body is the content after HTTP decompression (Content-Encoding),
	// at most Options.MaxBytes; nil when NotModified.
	Body []byte
	// NotModified is set when the server answered a conditional request
	// with 304: the page did not change since the validators cached for
	// FinalURL were stored.
	NotModified bool
	Redirects   int // redirects followed
	Attempts    int // requests made, redirects and retries included (robots.txt not counted)
}

// New returns a Fetcher with o's zero values replaced by the defaults.
func New(o Options) *Fetcher {
	o = o.withDefaults()
	f := &Fetcher{
		opts:        o,
		agent:       productToken(o.UserAgent),
		dialAllowed: func(ap netip.AddrPort) bool { return IsPublicAddr(ap.Addr()) },
		gate:        newHostGate(o.PerHostDelay, o.PerHostConcurrency),
		robots:      robotsCache{origins: map[string]*robotsEntry{}},
	}
	dialer := &net.Dialer{KeepAlive: 30 * time.Second}
	proxy := http.ProxyFromEnvironment
	if !o.AllowPrivate {
		dialer.Control = refuseNonPublic(func(ap netip.AddrPort) bool { return f.dialAllowed(ap) })
		proxy = nil // the address a proxy dials cannot be checked
	}
	transport := &http.Transport{
		Proxy:                 proxy,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   o.PerHostConcurrency,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	f.client = &http.Client{
		Transport: transport,
		// Redirects are followed by Fetch, one request at a time, each
		// through robots.txt and the host limits.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return f
}

// CloseIdleConnections closes the connections kept open for reuse.
func (f *Fetcher) CloseIdleConnections() { f.client.CloseIdleConnections() }

// Fetch downloads rawURL, following redirects. It fails with an *Error
// naming the URL and wrapping ErrBadURL, ErrRobotsDisallowed,
// ErrPrivateAddress, ErrTooManyRedirects, ErrTooLarge,
// ErrUnsupportedMediaType, a *StatusError (ErrStatus),
// context.DeadlineExceeded when Options.Timeout ran out, the ctx's error,
// or a network error.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	return f.fetch(ctx, rawURL, fetchConfig{
		maxBytes:     f.opts.MaxBytes,
		maxRedirects: f.opts.MaxRedirects,
		robots:       !f.opts.IgnoreRobots,
		conditional:  true,
		checkMedia:   true,
	})
}

// Allowed checks rawURL against its site's robots.txt without fetching
// the page: nil when it may be fetched (or Options.IgnoreRobots is set),
// else an *Error wrapping ErrRobotsDisallowed, or the error that kept
// robots.txt from being read.
func (f *Fetcher) Allowed(ctx context.Context, rawURL string) error {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return &Error{URL: rawURL, Err: err}
	}
	if f.opts.IgnoreRobots {
		return nil
	}
	if err := f.robotsAllowed(ctx, u); err != nil {
		return &Error{URL: rawURL, Err: err}
	}
	return nil
}

// Sitemaps returns the Sitemap lines of the robots.txt of rawURL's site
// (fetched and cached as for Fetch), even when Options.IgnoreRobots is set.
func (f *Fetcher) Sitemaps(ctx context.Context, rawURL string) ([]string, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	e, err := f.robotsEntry(ctx, originOf(u))
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	if e.data == nil {
		return nil, nil
	}
	return append([]string(nil), e.data.Sitemaps...), nil
}

// fetchConfig is what differs between fetching a page and fetching a
// robots.txt.
type fetchConfig struct {
	maxBytes     int64
	truncate     bool // keep the first maxBytes of a longer body instead of failing
	maxRedirects int
	robots       bool // check each hop against robots.txt
	conditional  bool // send and keep validators
	checkMedia   bool // ask Options.AcceptMediaType
	anyStatus    bool // return a final non-2xx answer instead of a *StatusError
}

func (f *Fetcher) fetch(ctx context.Context, rawURL string, cfg fetchConfig) (*Response, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	resp := &Response{URL: rawURL}
	for {
		hopURL := u.String()
		if resp.Redirects == 0 {
			hopURL = rawURL // name the URL in errors as the caller gave it
		}
		if err := f.refuseLiteral(u); err != nil {
			return nil, &Error{URL: hopURL, Err: err}
		}
		if cfg.robots {
			if err := f.robotsAllowed(ctx, u); err != nil {
				return nil, &Error{URL: hopURL, Err: err}
			}
		}
		var v Validators
		key := ""
		if cfg.conditional {
			key = validatorKey(hopURL)
			v, _ = f.opts.Validators.Get(ctx, key)
		}
		h, err := f.request(ctx, u, v, cfg)
		resp.Attempts += h.attempts
		if err != nil {
			return nil, &Error{URL: hopURL, Err: err}
		}
		if loc := h.header.Get("Location"); isRedirect(h.status) && loc != "" {
			if resp.Redirects >= cfg.maxRedirects {
				return nil, &Error{URL: hopURL, Err: fmt.Errorf("%w (stopped after %d)", ErrTooManyRedirects, resp.Redirects)}
			}
			next, err := u.Parse(loc)
			if err == nil {
				next, err = parseHTTPURL(next.String())
			}
			if err != nil {
				return nil, &Error{URL: hopURL, Err: fmt.Errorf("redirect to %q: %w", loc, ErrBadURL)}
			}
			u = next
			resp.Redirects++
			continue
		}
		resp.FinalURL = u.String()
		resp.Status = h.status
		resp.Header = h.header
		resp.ContentType = h.header.Get("Content-Type")
		switch {
		case h.status == http.StatusNotModified && v != (Validators{}):
			resp.NotModified = true
			return resp, nil
		case h.status >= 200 && h.status <= 299:
			resp.Body = h.body
			if cfg.conditional && h.status == http.StatusOK {
				f.opts.Validators.Put(ctx, key, Validators{ETag: h.header.Get("ETag"), LastModified: h.header.Get("Last-Modified")})
			}
			return resp, nil
		case cfg.anyStatus:
			return resp, nil
		}
		return nil, &Error{URL: hopURL, Err: &StatusError{Code: h.status, Status: h.statusLine, Attempts: h.attempts, Wait: h.wait}}
	}
}

// refuseLiteral refuses at once a URL whose host is a non-public IP
// address, without waiting for the host's turn or asking for robots.txt.
// Host names are judged when dialled.
func (f *Fetcher) refuseLiteral(u *url.URL) error {
	if f.opts.AllowPrivate {
		return nil
	}
	addr, err := netip.ParseAddr(u.Hostname())
	if err != nil {
		return nil
	}
	port := uint16(80)
	if u.Scheme == "https" {
		port = 443
	}
	if p, err := strconv.ParseUint(u.Port(), 10, 16); err == nil {
		port = uint16(p)
	}
	if !f.dialAllowed(netip.AddrPortFrom(addr, port)) {
		return &privateAddressError{what: addr.Unmap().String()}
	}
	return nil
}

// hop is one answer, after its retries.
type hop struct {
	status     int
	statusLine string
	header     http.Header
	body       []byte        // 2xx answers only
	attempts   int           // requests made
	wait       time.Duration // a Retry-After over Options.MaxRetryAfter
}

// request asks for u, retrying as Options say, each attempt in its host's
// turn. An answer is returned whatever its status; the error is for
// requests that got no usable answer.
func (f *Fetcher) request(ctx context.Context, u *url.URL, v Validators, cfg fetchConfig) (hop, error) {
	host := hostKey(u.Hostname())
	for attempt := 1; ; attempt++ {
		release, err := f.gate.acquire(ctx, host)
		if err != nil {
			return hop{attempts: attempt - 1}, err
		}
		h, err := f.attempt(ctx, u, v, cfg)
		release()
		h.attempts = attempt
		retry := false
		if err != nil {
			retry = ctx.Err() == nil && retryableNetError(err)
		} else {
			retry = retryableStatus(h.status)
		}
		if !retry || attempt > f.opts.Retries {
			return h, err
		}
		wait := backoff(attempt, f.opts.RetryBase, f.opts.RetryMax)
		if err == nil {
			if ra, ok := parseRetryAfter(h.header.Get("Retry-After"), time.Now()); ok {
				if ra > f.opts.MaxRetryAfter {
					h.wait = ra
					return h, nil
				}
				wait = ra
			}
			// 429 and 503 say the host is overloaded: every request to
			// it waits, not only this one.
			if h.status == http.StatusTooManyRequests || h.status == http.StatusServiceUnavailable {
				f.gate.holdOff(host, time.Now().Add(wait))
			}
		}
		if err := sleep(ctx, wait); err != nil {
			return h, err
		}
	}
}

// attempt makes one request within Options.Timeout.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, v Validators, cfg fetchConfig) (hop, error) {
	actx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return hop{}, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", f.opts.Accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	r, err := f.client.Do(req)
	if err != nil {
		return hop{}, f.explain(ctx, err)
	}
	defer r.Body.Close()
	h := hop{status: r.StatusCode, statusLine: r.Status, header: r.Header}
	if r.StatusCode < 200 || r.StatusCode > 299 {
		// Read a little of the body so the connection can be reused.
		io.CopyN(io.Discard, r.Body, 64<<10)
		return h, nil
	}
	if cfg.checkMedia && f.opts.AcceptMediaType != nil {
		if mt := mediaType(r.Header.Get("Content-Type")); !f.opts.AcceptMediaType(mt) {
			return h, fmt.Errorf("%w: served as %s", ErrUnsupportedMediaType, mt)
		}
	}
	h.body, err = readBody(r, cfg.maxBytes, cfg.truncate)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return h, err
		}
		return h, f.explain(ctx, err)
	}
	return h, nil
}

// explain turns a client error into the error Fetch reports: the caller's
// context error when it ended, a timeout naming Options.Timeout, or the
// network error without the *url.Error around it (Fetch names the URL).
func (f *Fetcher) explain(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	var pe *privateAddressError
	if errors.As(err, &pe) {
		return pe
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return timeoutError{f.opts.Timeout}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// readBody reads r's body up to max bytes: a longer body fails with
// ErrTooLarge, or is cut at max when truncate is set.
func readBody(r *http.Response, max int64, truncate bool) ([]byte, error) {
	if r.ContentLength > max && !r.Uncompressed && !truncate {
		return nil, fmt.Errorf("%w: %s, more than %s", ErrTooLarge, formatBytes(r.ContentLength), formatBytes(max))
	}
	lr := io.LimitReader(r.Body, max+1)
	var b []byte
	var err error
	if r.ContentLength >= 0 && !r.Uncompressed {
		// Known length: one buffer, one byte over to see the end.
		b = make([]byte, 0, min(r.ContentLength, max)+1)
		for err == nil && len(b) < cap(b) {
			var n int
			n, err = lr.Read(b[len(b):cap(b)])
			b = b[:len(b)+n]
		}
		if err == nil { // a body longer than announced: read on
			var rest []byte
			rest, err = io.ReadAll(lr)
			b = append(b, rest...)
		}
		if err == io.EOF {
			err = nil
		}
	} else {
		b, err = io.ReadAll(lr)
	}
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		if truncate {
			return b[:max], nil
		}
		return nil, fmt.Errorf("%w: more than %s", ErrTooLarge, formatBytes(max))
	}
	return b, nil
}

// parseHTTPURL parses an absolute http or https URL with a host.
func parseHTTPURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%w: scheme %q", ErrBadURL, u.Scheme)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("%w: no host", ErrBadURL)
	}
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// validatorKey is the ValidatorCache key of a URL.
func validatorKey(rawURL string) string {
	if n, err := urlnorm.Normalize(rawURL); err == nil {
		return n
	}
	return rawURL
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// mediaType is the lower-case media type of a Content-Type header, without
// parameters; "" when there is none.
func mediaType(ct string) string {
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

// sleep waits d, or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// formatBytes writes a size for people: "20 MB", "512 KB", "1500 bytes"
// (binary units).
func formatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
