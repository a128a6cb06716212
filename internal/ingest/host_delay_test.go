package ingest

import (
	"context"
	"testing"
	"time"
)

func TestHostDelayReserve(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	h := newHostDelay(time.Second)
	h.now = func() time.Time { return now }
	steps := []struct {
		url  string
		want time.Duration
	}{
		{"https://a.example/1", 0},
		{"https://www.a.example/2", time.Second}, // same host without www.
		{"https://A.example/3", 2 * time.Second},
		{"https://b.example/1", 0},
		{"not a url", 0},
	}
	for _, s := range steps {
		if got := h.reserve(s.url); got != s.want {
			t.Errorf("reserve(%q) = %s, want %s", s.url, got, s.want)
		}
	}
	now = now.Add(10 * time.Second) // long after: no wait
	if got := h.reserve("https://a.example/4"); got != 0 {
		t.Errorf("after a pause: %s, want 0", got)
	}
	if got := newHostDelay(-1).reserve("https://a.example/"); got != 0 {
		t.Errorf("no delay: %s", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	h.reserve("https://c.example/")
	if err := h.wait(ctx, "https://c.example/"); err == nil {
		t.Error("wait on a canceled context: want an error")
	}
}
