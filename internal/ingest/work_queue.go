package ingest

import (
	"context"
	"sync"
)

// workQueue hands jobs to the workers. The lister adds jobs with
// addWaiting, which waits while the queue is full (so walking a large
// folder or WARC file holds only a few pages in memory); workers add the
// jobs a source expands into (a feed's links, a sitemap's URLs) with add,
// which never waits, since a worker waiting on its own queue could wait
// forever. Those expansions are bounded by the URL caps and by the size of
// the fetched document.
type workQueue struct {
	mu      sync.Mutex
	cond    *sync.Cond
	items   []job
	head    int
	limit   int  // addWaiting waits while this many jobs wait
	pending int  // jobs added and not yet marked done
	closed  bool // no more jobs from the lister
	stopped bool // the run was canceled
}

func newWorkQueue(limit int) *workQueue {
	q := &workQueue{limit: max(limit, 1)}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// watch wakes every waiter when ctx ends; call it once per run.
func (q *workQueue) watch(ctx context.Context) (stop func() bool) {
	return context.AfterFunc(ctx, func() {
		q.mu.Lock()
		q.stopped = true
		q.mu.Unlock()
		q.cond.Broadcast()
	})
}

// addWaiting adds j once there is room; false when the run was canceled.
func (q *workQueue) addWaiting(j job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items)-q.head >= q.limit && !q.stopped {
		q.cond.Wait()
	}
	if q.stopped {
		return false
	}
	q.push(j)
	return true
}

// add adds j at once.
func (q *workQueue) add(j job) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.push(j)
}

func (q *workQueue) push(j job) {
	if q.head > 0 && q.head*2 >= len(q.items) {
		q.items = append(q.items[:0], q.items[q.head:]...)
		q.head = 0
	}
	q.items = append(q.items, j)
	q.pending++
	q.cond.Broadcast()
}

// close says the lister has added its last job.
func (q *workQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// next waits for a job; false when every job is done (or the run was
// canceled). Each job taken must be marked done.
func (q *workQueue) next() (job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if q.stopped {
			return job{}, false
		}
		if q.head < len(q.items) {
			j := q.items[q.head]
			q.items[q.head] = job{}
			q.head++
			q.cond.Broadcast() // room for addWaiting
			return j, true
		}
		if q.closed && q.pending == 0 {
			return job{}, false
		}
		q.cond.Wait()
	}
}

// done marks a job taken with next as finished.
func (q *workQueue) done() {
	q.mu.Lock()
	q.pending--
	q.mu.Unlock()
	q.cond.Broadcast()
}
