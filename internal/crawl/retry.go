package crawl

import (
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// retryableStatus says whether an answer with this status may succeed if
// asked again: 408 Request Timeout, 429 Too Many Requests and server
// errors, except those that say the request itself is wrong (501 Not
// Implemented, 505 HTTP Version Not Supported) or that need a person (511
// Network Authentication Required). Other 4xx answers never change by
// asking again.
func retryableStatus(code int) bool {
	switch code {
	case http.StatusRequestTimeout, http.StatusTooManyRequests:
		return true
	case http.StatusNotImplemented, http.StatusHTTPVersionNotSupported, http.StatusNetworkAuthenticationRequired:
		return false
	}
	return code >= 500 && code <= 599
}

// retryableNetError says whether a request that failed without an answer
// may succeed if sent again: a connection reset or closed early, a broken
// pipe, a temporary DNS failure. A refused connection (nothing listens), a
// name that does not exist, a refused address and a request that ran out
// of time are not retried: asking again would fail the same way, or take
// as long again.
func retryableNetError(err error) bool {
	if errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrTooLarge) {
		return false
	}
	if errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.ECONNABORTED) {
		return true
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return true
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return dnsErr.IsTemporary && !dnsErr.IsNotFound
	}
	return false
}

// backoff is the wait before retry number n (1 for the first retry):
// base·2^(n-1), capped at limit, less a random jitter of up to half, so
// that clients that failed together do not come back together.
func backoff(n int, base, limit time.Duration) time.Duration {
	d := base
	for i := 1; i < n && d < limit; i++ {
		d *= 2
	}
	d = min(d, limit)
	if half := d / 2; half > 0 {
		d -= rand.N(half + 1)
	}
	return d
}

// parseRetryAfter reads a Retry-After header: a number of seconds or an
// HTTP date. ok is false when the header is absent or unreadable; a date
// in the past is a zero wait.
func parseRetryAfter(v string, now time.Time) (wait time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		const maxSecs = int64(time.Duration(1<<62) / time.Second)
		return time.Duration(min(secs, maxSecs)) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}
