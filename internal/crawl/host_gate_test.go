package crawl

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestHostGateWaits checks what makes a request wait for its host's turn:
// a hold-off, the delay after the previous start, a full set of slots.
// Each would-be wait is far longer than the context allows, so the
// acquire must fail with the context's error; nothing is timed.
func TestHostGateWaits(t *testing.T) {
	short := func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.Background(), 20*time.Millisecond)
	}

	g := newHostGate(0, 2)
	g.holdOff("example.com", time.Now().Add(time.Hour))
	ctx, cancel := short()
	if _, err := g.acquire(ctx, "example.com"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("held-off host: %v, want a wait", err)
	}
	cancel()
	release, err := g.acquire(context.Background(), "other.example")
	if err != nil {
		t.Fatalf("another host: %v", err)
	}
	release()

	g = newHostGate(time.Hour, 2)
	release, err = g.acquire(context.Background(), "example.com")
	if err != nil {
		t.Fatal(err)
	}
	release()
	ctx, cancel = short()
	if _, err := g.acquire(ctx, "example.com"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("second start within the delay: %v, want a wait", err)
	}
	cancel()

	g = newHostGate(0, 1)
	g.setDelay("example.com", time.Hour) // a Crawl-delay
	release, _ = g.acquire(context.Background(), "example.com")
	release()
	ctx, cancel = short()
	if _, err := g.acquire(ctx, "example.com"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Crawl-delay: %v, want a wait", err)
	}
	cancel()

	g = newHostGate(0, 1)
	release, _ = g.acquire(context.Background(), "example.com")
	ctx, cancel = short()
	if _, err := g.acquire(ctx, "example.com"); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("no free slot: %v, want a wait", err)
	}
	cancel()
	release()
	release, err = g.acquire(context.Background(), "example.com")
	if err != nil {
		t.Errorf("slot freed: %v", err)
	}
	release()
	g.mu.Lock()
	if s := g.hosts["example.com"]; s.waiting != 0 || len(s.slots) != 0 {
		t.Errorf("after every release: %d waiting, %d slots taken", s.waiting, len(s.slots))
	}
	g.mu.Unlock()
}

func TestHostKey(t *testing.T) {
	for in, want := range map[string]string{"WWW.Example.com": "example.com", "example.com": "example.com", "news.example.com": "news.example.com", "127.0.0.1": "127.0.0.1"} {
		if got := hostKey(in); got != want {
			t.Errorf("hostKey(%q) = %q, want %q", in, got, want)
		}
	}
}
