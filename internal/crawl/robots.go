package crawl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsCache keeps one robots.txt verdict per origin (scheme, host and
// port), fetching each at most once at a time: requests for an origin
// whose robots.txt is being fetched wait for that fetch.
type robotsCache struct {
	mu      sync.Mutex
	origins map[string]*robotsEntry
}

type robotsEntry struct {
	ready   chan struct{} // closed once the fields below are set
	data    *robotstxt.RobotsData
	failure string    // why robots.txt could not be read: all disallowed
	expires time.Time // when to fetch robots.txt again
	fetched time.Time // when data was last read from the site
}

// maxStaleRobots is how long rules read before are kept when robots.txt
// cannot be read again (RFC 9309 2.4 allows a cached copy while the file
// is unreachable; past 30 days it may be taken as unavailable).
const maxStaleRobots = 30 * 24 * time.Hour

// robotsSweep is the number of origins above which expired entries are
// dropped; if that is not enough, arbitrary ones are, down to robotsSweep
// (their robots.txt is fetched again when needed).
const robotsSweep = 4096

// robotsAllowed checks u against its origin's robots.txt, fetching it
// when it is not cached. The error wraps ErrRobotsDisallowed when u may not
// be fetched; other errors (a refused private address, ctx ending) come
// from fetching robots.txt.
func (f *Fetcher) robotsAllowed(ctx context.Context, u *url.URL) error {
	origin := originOf(u)
	e, err := f.robotsEntry(ctx, origin)
	if err != nil {
		return err
	}
	robotsURL := origin + "/robots.txt"
	if e.failure != "" {
		return fmt.Errorf("%w: %s %s; the site counts as disallowed until %s",
			ErrRobotsDisallowed, robotsURL, e.failure, e.expires.UTC().Format(time.TimeOnly+" UTC"))
	}
	if !e.data.TestAgent(u.RequestURI(), f.agent) {
		return fmt.Errorf("%w (%s)", ErrRobotsDisallowed, robotsURL)
	}
	return nil
}

// originOf is the robots.txt origin of u: scheme, host in lower case, and
// the port unless it is the scheme's default.
func originOf(u *url.URL) string {
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if p := u.Port(); p != "" && !(u.Scheme == "http" && p == "80") && !(u.Scheme == "https" && p == "443") {
		host += ":" + p
	}
	return u.Scheme + "://" + host
}

// robotsEntry returns origin's cached entry, fetching robots.txt when it is
// missing or expired.
func (f *Fetcher) robotsEntry(ctx context.Context, origin string) (*robotsEntry, error) {
	for {
		f.robots.mu.Lock()
		e := f.robots.origins[origin]
		var stale *robotsEntry
		if e != nil {
			select {
			case <-e.ready:
				if time.Now().After(e.expires) {
					stale, e = e, nil // fetch again below
				}
			default: // being fetched
			}
		}
		if e == nil {
			if len(f.robots.origins) >= 2*robotsSweep {
				f.robots.sweep(time.Now())
			}
			e = &robotsEntry{ready: make(chan struct{})}
			f.robots.origins[origin] = e
			f.robots.mu.Unlock()
			return f.fillRobots(ctx, origin, e, stale)
		}
		f.robots.mu.Unlock()
		select {
		case <-e.ready:
			if e.data != nil || e.failure != "" {
				return e, nil
			}
			// The fetcher gave up (its ctx ended): try again ourselves.
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// sweep drops expired entries, then others while there are more than
// robotsSweep; entries being fetched stay. The caller holds mu.
func (c *robotsCache) sweep(now time.Time) {
	for _, all := range []bool{false, true} {
		for k, e := range c.origins {
			if all && len(c.origins) < robotsSweep {
				return
			}
			select {
			case <-e.ready:
				if all || now.After(e.expires) {
					delete(c.origins, k)
				}
			default:
			}
		}
	}
}

// fillRobots fetches origin's robots.txt into e, which the caller has
// just placed in the cache instead of stale (the expired entry, or nil).
// When the fetch cannot say anything about the site (ctx ended, the
// address is refused) e is removed again and the error returned. When
// robots.txt is unreachable, rules read before (stale) are kept for
// RobotsErrorTTL more, for up to maxStaleRobots.
func (f *Fetcher) fillRobots(ctx context.Context, origin string, e, stale *robotsEntry) (*robotsEntry, error) {
	defer close(e.ready)
	keepStale := func(now time.Time) bool {
		if stale == nil || stale.data == nil || now.Sub(stale.fetched) > maxStaleRobots {
			return false
		}
		e.data, e.fetched = stale.data, stale.fetched
		e.expires = now.Add(f.opts.RobotsErrorTTL)
		return true
	}
	robotsURL := origin + "/robots.txt"
	resp, err := f.fetch(ctx, robotsURL, fetchConfig{
		maxBytes:     maxRobotsBytes,
		truncate:     true,
		maxRedirects: max(f.opts.MaxRedirects, 5), // RFC 9309: follow at least five
		robots:       false,
		conditional:  false,
		anyStatus:    true,
	})
	now := time.Now()
	switch {
	case err != nil && (ctx.Err() != nil || errors.Is(err, ErrPrivateAddress) || errors.Is(err, ErrBadURL)):
		f.robots.mu.Lock()
		if f.robots.origins[origin] == e {
			delete(f.robots.origins, origin)
		}
		f.robots.mu.Unlock()
		return nil, unwrapFetchError(err) // the page's URL is named by the caller
	case errors.Is(err, ErrTooManyRedirects):
		// RFC 9309 2.3.1.2: past five redirects robots.txt may be taken
		// as unavailable: no rules.
		e.data, _ = robotstxt.FromStatusAndBytes(404, nil)
		e.expires, e.fetched = now.Add(f.opts.RobotsTTL), now
	case err != nil:
		if keepStale(now) {
			return e, nil
		}
		e.failure = "could not be read (" + unwrapFetchError(err).Error() + ")"
		e.expires = now.Add(f.opts.RobotsErrorTTL)
		return e, nil
	case resp.Status >= 200 && resp.Status <= 299:
		data, perr := parseRobots(wholeLines(resp.Body))
		if perr != nil {
			// Even without its unreadable lines the parser refuses the
			// file: no rule can be trusted, so none applies.
			data, _ = robotstxt.FromStatusAndBytes(404, nil)
		}
		e.data = data
		e.expires, e.fetched = now.Add(f.opts.RobotsTTL), now
		if f.opts.MaxCrawlDelay > 0 && !f.opts.IgnoreRobots {
			if g := data.FindGroup(f.agent); g != nil && g.CrawlDelay > 0 {
				if u, err := url.Parse(origin); err == nil {
					f.gate.setDelay(hostKey(u.Hostname()), min(g.CrawlDelay, f.opts.MaxCrawlDelay))
				}
			}
		}
	case resp.Status >= 400 && resp.Status <= 499 && resp.Status != 429:
		// "Unavailable" (RFC 9309 2.3.1.3): no rules at all.
		e.data, _ = robotstxt.FromStatusAndBytes(resp.Status, nil)
		e.expires, e.fetched = now.Add(f.opts.RobotsTTL), now
	default:
		// 5xx, 429 (after the retries) or any other answer:
		// "unreachable" (RFC 9309 2.3.1.4), all disallowed, unless rules
		// read before are still at hand.
		if keepStale(now) {
			return e, nil
		}
		e.failure = fmt.Sprintf("answered HTTP %d", resp.Status)
		e.expires = now.Add(f.opts.RobotsErrorTTL)
	}
	return e, nil
}

// parseRobots parses a robots.txt. The parser refuses a whole file for
// one line it cannot place (a rule before any User-agent line, a
// Crawl-delay that is not a number); RFC 9309 asks crawlers to skip such
// lines and keep the rest, so they are dropped and the file parsed again.
func parseRobots(body []byte) (*robotstxt.RobotsData, error) {
	data, err := robotstxt.FromBytes(body)
	if err == nil {
		return data, nil
	}
	return robotstxt.FromBytes(dropUnplacedRobotsLines(body))
}

// dropUnplacedRobotsLines removes the lines the robots.txt parser fails
// on: group rules (Allow, Disallow, Crawl-delay) before the first
// User-agent line, and Crawl-delay lines whose value is not a
// non-negative number.
func dropUnplacedRobotsLines(body []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(body))
	seenAgent := false
	for line := range bytes.Lines(body) {
		text := line
		if i := bytes.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = bytes.TrimSpace(bytes.TrimPrefix(text, []byte("\xef\xbb\xbf")))
		key, value := text, []byte(nil)
		if i := bytes.IndexAny(text, ": \t"); i >= 0 {
			key, value = text[:i], bytes.TrimSpace(bytes.TrimLeft(text[i:], ": \t"))
		}
		switch strings.ToLower(string(key)) {
		case "user-agent", "useragent", "user agent":
			seenAgent = true
		case "allow", "disallow":
			if !seenAgent {
				continue
			}
		case "crawl-delay", "crawldelay":
			d, err := strconv.ParseFloat(string(value), 64)
			if !seenAgent || err != nil || d < 0 || math.IsInf(d, 0) || math.IsNaN(d) {
				continue
			}
		}
		out.Write(line)
	}
	return out.Bytes()
}

// wholeLines drops a last line cut by the size cap.
func wholeLines(b []byte) []byte {
	if len(b) < maxRobotsBytes {
		return b
	}
	if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
		return b[:i+1]
	}
	return b
}

// unwrapFetchError drops the *Error around err, whose URL the caller names
// already.
func unwrapFetchError(err error) error {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Err
	}
	return err
}
