package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/urlnorm"
)

// Sentinel errors of a fetch, tested with errors.Is. Each failed Fetch
// returns an *Error naming the URL, wrapping one of these or a network or
// context error.
var (
	// ErrBadURL means the URL is not an absolute http or https URL. It is
	// urlnorm.ErrBadURL, so that a URL refused when normalised and one
	// refused when fetched match the same sentinel.
	ErrBadURL = urlnorm.ErrBadURL
	// ErrRobotsDisallowed means the site's robots.txt disallows the URL
	// for lede, or could not be read (5xx, network failure) and the site
	// is taken as disallowed for a while (RFC 9309).
	ErrRobotsDisallowed = errors.New("disallowed by robots.txt")
	// ErrPrivateAddress means the host is, or resolves to, a loopback,
	// private, link-local or other non-public address, and
	// Options.AllowPrivate is off.
	ErrPrivateAddress = errors.New("non-public network address refused")
	// ErrTooManyRedirects means the redirect cap was reached.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrStatus means the final answer had a status other than 2xx (or a
	// 304 to a conditional request); errors.As with *StatusError gives
	// the code.
	ErrStatus = errors.New("HTTP error status")
	// ErrTooLarge means the body was longer than Options.MaxBytes. It
	// matches lede.ErrTooLarge too.
	ErrTooLarge error = &sentinel{"input too large", lede.ErrTooLarge}
	// ErrUnsupportedMediaType means Options.AcceptMediaType refused the
	// answer's media type. It matches lede.ErrUnsupported too.
	ErrUnsupportedMediaType error = &sentinel{"unsupported media type", lede.ErrUnsupported}
)

// sentinel is an error of this package that also matches a broader error
// of the root package, so callers that map lede's errors to exit codes or
// HTTP statuses need nothing more.
type sentinel struct {
	msg  string
	also error
}

func (s *sentinel) Error() string { return s.msg }
func (s *sentinel) Unwrap() error { return s.also }

// Error is a failed fetch: the URL whose request failed (the asked URL, or
// the redirect hop that failed) and why.
type Error struct {
	URL string
	Err error
}

func (e *Error) Error() string { return "GET " + e.URL + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// StatusError is an answer with an unwanted status. It matches ErrStatus.
type StatusError struct {
	Code     int
	Status   string        // the status line, such as "404 Not Found"
	Attempts int           // requests made for this URL, retries included
	Wait     time.Duration // a Retry-After longer than Options.MaxRetryAfter, else 0
}

func (e *StatusError) Error() string {
	s := e.Status
	if s == "" {
		s = strconv.Itoa(e.Code) + " " + http.StatusText(e.Code)
	}
	msg := "HTTP " + s
	if e.Wait > 0 {
		msg += fmt.Sprintf(" asking to wait %s, longer than allowed", e.Wait.Round(time.Second))
	}
	if e.Attempts > 1 {
		msg += fmt.Sprintf(" (gave up after %d attempts)", e.Attempts)
	}
	return msg
}

func (e *StatusError) Is(target error) bool { return target == ErrStatus }

// timeoutError is Options.Timeout running out on one request; it matches
// context.DeadlineExceeded.
type timeoutError struct{ after time.Duration }

func (e timeoutError) Error() string        { return "timed out after " + e.after.String() }
func (e timeoutError) Is(target error) bool { return target == context.DeadlineExceeded }
func (e timeoutError) Timeout() bool        { return true }
