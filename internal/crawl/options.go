package crawl

import (
	"runtime/debug"
	"strings"
	"time"
)

// Defaults used for the zero values of Options.
const (
	DefaultTimeout            = 30 * time.Second
	DefaultMaxBytes           = 20 << 20
	DefaultMaxRedirects       = 5
	DefaultPerHostDelay       = time.Second
	DefaultPerHostConcurrency = 2
	DefaultRetries            = 2
	DefaultRetryBase          = time.Second
	DefaultRetryMax           = 30 * time.Second
	DefaultMaxRetryAfter      = 2 * time.Minute
	DefaultRobotsTTL          = 24 * time.Hour
	DefaultRobotsErrorTTL     = 10 * time.Minute
	DefaultMaxCrawlDelay      = 30 * time.Second
	DefaultAccept             = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"

	// maxRobotsBytes is how much of a robots.txt is read: RFC 9309 asks
	// crawlers to parse at least 500 KiB.
	maxRobotsBytes = 512 << 10
)

// Options tunes a Fetcher. The zero value is a polite crawler: robots.txt
// honoured, private addresses refused, one request start per host per
// second, two requests per host at once, two retries, conditional requests
// from an in-memory cache.
type Options struct {
	// UserAgent is sent with every request. Empty: DefaultUserAgent(). Its
	// product token (the text before the first "/" or space, "lede") is
	// the name looked up in robots.txt groups.
	UserAgent string
	// Accept is the Accept header. Empty: DefaultAccept (HTML first).
	Accept string

	// Timeout caps one request, from dialling to the last byte of the
	// body. Waiting for a host's turn and for a retry does not count; the
	// caller's context bounds everything. Zero: DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps a body after decompression; a longer one fails with
	// ErrTooLarge. Zero or negative: DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects is how many redirects one Fetch follows. Zero:
	// DefaultMaxRedirects; negative: none (a redirect is then an
	// ErrTooManyRedirects).
	MaxRedirects int

	// PerHostDelay is the least time between the starts of two requests to
	// one host (hosts are compared in lower case without "www."). Zero:
	// DefaultPerHostDelay; negative: no delay. A robots.txt Crawl-delay
	// longer than this is honoured up to MaxCrawlDelay.
	PerHostDelay time.Duration
	// PerHostConcurrency caps the requests in flight to one host. Zero or
	// negative: DefaultPerHostConcurrency.
	PerHostConcurrency int
	// MaxCrawlDelay caps the Crawl-delay taken from robots.txt. Zero:
	// DefaultMaxCrawlDelay; negative: Crawl-delay is ignored.
	MaxCrawlDelay time.Duration

	// Retries is how many times a request is tried again after a 408,
	// 429 or retryable 5xx answer or a transient network failure. Zero:
	// DefaultRetries; negative: none.
	Retries int
	// RetryBase is the first backoff wait; each retry doubles it, up to
	// RetryMax, and a random jitter takes up to half of it off. Zero:
	// DefaultRetryBase.
	RetryBase time.Duration
	// RetryMax caps one backoff wait. Zero: DefaultRetryMax.
	RetryMax time.Duration
	// MaxRetryAfter is the longest Retry-After waited for; a server asking
	// for more makes the fetch fail at once. Zero: DefaultMaxRetryAfter.
	MaxRetryAfter time.Duration

	// IgnoreRobots skips robots.txt. The zero value honours it; set it
	// for a page a person asked for by name (lede extract URL).
	IgnoreRobots bool
	// RobotsTTL is how long a fetched robots.txt (or its 4xx absence) is
	// kept. Zero: DefaultRobotsTTL.
	RobotsTTL time.Duration
	// RobotsErrorTTL is how long an origin whose robots.txt could not be
	// read (5xx, network failure) stays disallowed before robots.txt is
	// tried again. Zero: DefaultRobotsErrorTTL.
	RobotsErrorTTL time.Duration

	// AllowPrivate lets the fetcher connect to loopback, private,
	// link-local and other non-public addresses. The zero value refuses
	// them (ErrPrivateAddress) and ignores HTTP(S)_PROXY, since the
	// address a proxy connects to cannot be checked. With AllowPrivate the
	// proxy variables are honoured.
	AllowPrivate bool

	// Validators keeps ETag and Last-Modified per URL for conditional
	// requests. Nil: an in-memory cache of DefaultValidatorEntries URLs.
	// NoValidators{} turns conditional requests off.
	Validators ValidatorCache

	// AcceptMediaType, when set, is asked about the media type of a 2xx
	// answer before its body is read ("" when the answer has none); false
	// fails the fetch with ErrUnsupportedMediaType. Nil accepts all.
	AcceptMediaType func(mediaType string) bool
}

// DefaultUserAgent names lede, its version and where to read about it:
// "lede/VERSION (+https://github.com/ledehq/lede)".
func DefaultUserAgent() string {
	v := "dev"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "lede/" + v + " (+https://github.com/ledehq/lede)"
}

// productToken is the robots.txt name of a User-Agent: its text before the
// first "/" or space, lower case.
func productToken(ua string) string {
	ua = strings.TrimSpace(ua)
	if i := strings.IndexAny(ua, "/ \t"); i >= 0 {
		ua = ua[:i]
	}
	return strings.ToLower(ua)
}

// withDefaults returns o with its zero values replaced by the defaults.
func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent()
	}
	if o.Accept == "" {
		o.Accept = DefaultAccept
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	o.MaxRedirects = orDefault(o.MaxRedirects, DefaultMaxRedirects)
	o.PerHostDelay = orDefault(o.PerHostDelay, DefaultPerHostDelay)
	if o.PerHostConcurrency <= 0 {
		o.PerHostConcurrency = DefaultPerHostConcurrency
	}
	o.MaxCrawlDelay = orDefault(o.MaxCrawlDelay, DefaultMaxCrawlDelay)
	o.Retries = orDefault(o.Retries, DefaultRetries)
	if o.RetryBase <= 0 {
		o.RetryBase = DefaultRetryBase
	}
	if o.RetryMax <= 0 {
		o.RetryMax = DefaultRetryMax
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if o.RobotsTTL <= 0 {
		o.RobotsTTL = DefaultRobotsTTL
	}
	if o.RobotsErrorTTL <= 0 {
		o.RobotsErrorTTL = DefaultRobotsErrorTTL
	}
	if o.Validators == nil {
		o.Validators = NewMemoryValidators(DefaultValidatorEntries)
	}
	return o
}

// orDefault reads an option whose zero means the default and whose
// negative values mean none: it returns def for 0, 0 for v < 0, else v.
func orDefault[T int | time.Duration](v, def T) T {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}
