package crawl

import (
	"context"
	"strings"
	"sync"
	"time"
)

// hostGate spaces and caps the requests made to each host: a request
// starts when fewer than `concurrency` requests to its host are in flight
// and at least the host's delay has passed since the previous start. A
// server's Retry-After pushes the host's next start back for every request.
type hostGate struct {
	delay       time.Duration
	concurrency int

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	slots   chan struct{} // one token per request in flight
	next    time.Time     // earliest start of the next request
	delay   time.Duration // this host's gap: the gate's, or a longer Crawl-delay
	waiting int           // requests holding or waiting for a slot
}

// hostGateSweep is the number of hosts above which idle ones are
// forgotten, so a long crawl over many sites keeps a bounded map.
const hostGateSweep = 4096

func newHostGate(delay time.Duration, concurrency int) *hostGate {
	return &hostGate{delay: delay, concurrency: max(concurrency, 1), hosts: map[string]*hostState{}}
}

// hostKey is the host a request counts against: lower case, without port
// and without a leading "www.".
func hostKey(hostname string) string {
	return strings.TrimPrefix(strings.ToLower(hostname), "www.")
}

// state returns host's state, counting the caller as waiting on it.
func (g *hostGate) state(host string) *hostState {
	g.mu.Lock()
	defer g.mu.Unlock()
	s := g.hosts[host]
	if s == nil {
		if len(g.hosts) >= hostGateSweep {
			now := time.Now()
			for k, h := range g.hosts {
				if h.waiting == 0 && h.next.Before(now) && h.delay == g.delay {
					delete(g.hosts, k)
				}
			}
		}
		s = &hostState{slots: make(chan struct{}, g.concurrency), delay: g.delay}
		g.hosts[host] = s
	}
	s.waiting++
	return s
}

func (g *hostGate) leave(s *hostState) {
	g.mu.Lock()
	s.waiting--
	g.mu.Unlock()
}

// acquire waits for host's turn; the returned function ends the request.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(), err error) {
	s := g.state(host)
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		g.leave(s)
		return nil, ctx.Err()
	}
	done := func() {
		<-s.slots
		g.leave(s)
	}
	g.mu.Lock()
	now := time.Now()
	start := s.next
	if start.Before(now) {
		start = now
	}
	s.next = start.Add(s.delay)
	g.mu.Unlock()
	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			done()
			return nil, ctx.Err()
		}
	}
	return done, nil
}

// holdOff makes host's next request start no earlier than until.
func (g *hostGate) holdOff(host string, until time.Time) {
	s := g.state(host)
	g.mu.Lock()
	if s.next.Before(until) {
		s.next = until
	}
	s.waiting--
	g.mu.Unlock()
}

// setDelay raises host's gap between request starts to d (a robots.txt
// Crawl-delay); a d shorter than the gate's delay changes nothing.
func (g *hostGate) setDelay(host string, d time.Duration) {
	s := g.state(host)
	g.mu.Lock()
	s.delay = max(g.delay, d)
	s.waiting--
	g.mu.Unlock()
}
