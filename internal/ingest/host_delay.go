package ingest

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"
)

// hostDelay spaces the requests made to each host: a fetch waits until at
// least the delay has passed since the previous fetch from the same host
// began. Hosts are compared without "www.". The zero delay never waits.
type hostDelay struct {
	delay time.Duration
	mu    sync.Mutex
	next  map[string]time.Time // when the host may next be asked
	now   func() time.Time
}

func newHostDelay(delay time.Duration) *hostDelay {
	return &hostDelay{delay: delay, next: map[string]time.Time{}, now: time.Now}
}

// wait blocks until rawURL's host may be asked, or ctx ends.
func (h *hostDelay) wait(ctx context.Context, rawURL string) error {
	if d := h.reserve(rawURL); d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// reserve takes the next free slot of rawURL's host and returns how long
// to wait for it.
func (h *hostDelay) reserve(rawURL string) time.Duration {
	if h.delay <= 0 {
		return 0
	}
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.now()
	at := h.next[host]
	if at.Before(now) {
		at = now
	}
	h.next[host] = at.Add(h.delay)
	return at.Sub(now)
}
