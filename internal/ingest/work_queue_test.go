package ingest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWorkQueueHosts checks that URLs of a host whose fetches are all under
// way wait while a later host's URLs go ahead, that each host's URLs keep
// their order, and that other jobs are handed out in order throughout.
func TestWorkQueueHosts(t *testing.T) {
	q := newWorkQueue(1, 100, 1)
	for _, u := range []string{"https://a.example/1", "https://a.example/2", "https://A.example/3", "https://b.example/1", "https://b.example/2"} {
		if !q.addWaiting(job{kind: jobURL, url: u}) {
			t.Fatal("addWaiting refused a URL job")
		}
	}
	q.add(job{kind: jobFile, path: "page.html"})
	var got []string
	take := func() job {
		t.Helper()
		j, ok := q.next()
		if !ok {
			t.Fatal("next: no job")
		}
		got = append(got, j.url+j.path)
		return j
	}
	a1, b1, file := take(), take(), take()
	q.done(b1)
	b2 := take()
	q.done(a1)
	a2 := take()
	q.done(file)
	q.done(b2)
	q.done(a2)
	a3 := take()
	q.done(a3)
	q.close()
	if j, ok := q.next(); ok {
		t.Errorf("next after the last job = %+v, want none", j)
	}
	want := []string{"https://a.example/1", "https://b.example/1", "page.html", "https://b.example/2", "https://a.example/2", "https://A.example/3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order handed out (-want +got):\n%s", diff)
	}
}

// TestWorkQueueLimits checks that pages in memory wait for room while URL
// jobs, which are small, have room of their own.
func TestWorkQueueLimits(t *testing.T) {
	q := newWorkQueue(1, 3, 0)
	q.add(job{kind: jobPage})
	if !q.full(&job{kind: jobPage}) {
		t.Error("a second page does not wait, with room for one")
	}
	for i := range 3 {
		if q.full(&job{kind: jobURL}) {
			t.Fatalf("URL %d waits, with room for 3", i+1)
		}
		q.add(job{kind: jobURL, url: "https://a.example/"})
	}
	if !q.full(&job{kind: jobURL}) {
		t.Error("a fourth URL does not wait, with room for 3")
	}
	// Without a per-host limit, every URL of one host may start at once.
	for i := range 4 {
		if _, ok := q.next(); !ok {
			t.Fatalf("job %d not handed out", i+1)
		}
	}
}
