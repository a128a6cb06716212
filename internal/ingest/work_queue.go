package ingest

import (
	"context"
	"net/url"
	"strings"
	"sync"
)

const (
	// DefaultHostConcurrency is how many URLs of one host ingest fetches
	// at once when Options.HostConcurrency is zero: the crawler's own
	// default per-host cap (crawl.DefaultPerHostConcurrency).
	DefaultHostConcurrency = 2
	// maxWaitingURLs is how many URL jobs the lister may queue ahead of
	// the fetchers: enough to reach past one host's run of URLs in a
	// feed or a URL list to the next host's.
	maxWaitingURLs = 4096
)

// workQueue hands jobs to the workers. The lister adds jobs with
// addWaiting, which waits while the queue is full (so walking a large
// folder or WARC file holds only a few pages in memory); workers add the
// jobs a source expands into (a feed's links, a sitemap's URLs) with add,
// which never waits, since a worker waiting on its own queue could wait
// forever. Those expansions are bounded by the URL caps and by the size of
// the fetched document.
//
// Jobs that fetch (page URLs and URL sources) are handed out at most
// hostLimit at a time per host, oldest first among the hosts that have
// room: a feed listing a hundred pages of one site and then five of
// another does not leave every fetcher queued behind the first site's
// politeness delay while the second site's pages wait. URL jobs are small,
// so many more of them may wait (urlLimit) than pages in memory (limit),
// which lets the queue see past one host's run of URLs.
type workQueue struct {
	mu        sync.Mutex
	cond      *sync.Cond
	other     fifo             // jobs that fetch nothing, in order
	hosts     map[string]*fifo // jobs that fetch, per host, in order
	seq       uint64           // order of jobs added, across the queues
	limit     int              // addWaiting waits while this many other jobs wait
	urlLimit  int              // addWaiting waits while this many URL jobs wait
	hostLimit int              // URL jobs of one host handed out at once; 0: any number
	urls      int              // URL jobs waiting
	busy      map[string]int   // URL jobs handed out and not done, per host
	pending   int              // jobs added and not yet marked done
	closed    bool             // no more jobs from the lister
	stopped   bool             // the run was canceled
}

// fifo is a queue of jobs in the order added.
type fifo struct {
	items []job
	head  int
}

func (f *fifo) len() int { return len(f.items) - f.head }

func (f *fifo) push(j job) {
	if f.head > 0 && f.head*2 >= len(f.items) {
		f.items = append(f.items[:0], f.items[f.head:]...)
		f.head = 0
	}
	f.items = append(f.items, j)
}

func (f *fifo) pop() job {
	j := f.items[f.head]
	f.items[f.head] = job{}
	f.head++
	return j
}

// newWorkQueue returns a queue holding up to limit waiting pages and
// urlLimit waiting URLs, handing out at most hostLimit URL jobs of one host
// at once (0: no per-host limit).
func newWorkQueue(limit, urlLimit, hostLimit int) *workQueue {
	q := &workQueue{limit: max(limit, 1), urlLimit: max(urlLimit, limit, 1), hostLimit: max(hostLimit, 0),
		hosts: map[string]*fifo{}, busy: map[string]int{}}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// fetches reports whether j fetches a URL, and so is limited per host.
func (j *job) fetches() bool { return j.kind == jobURL || j.kind == jobSource }

// hostKey returns the host a URL job fetches from, in lower case.
func hostKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Host)
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
	for !q.stopped && q.full(&j) {
		q.cond.Wait()
	}
	if q.stopped {
		return false
	}
	q.push(j)
	return true
}

// full reports whether a job like j must wait for room.
func (q *workQueue) full(j *job) bool {
	if j.fetches() {
		return q.urls >= q.urlLimit
	}
	return q.other.len() >= q.limit
}

// add adds j at once.
func (q *workQueue) add(j job) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.push(j)
}

func (q *workQueue) push(j job) {
	q.seq++
	j.seq = q.seq
	if j.fetches() {
		j.host = hostKey(j.url)
		h := q.hosts[j.host]
		if h == nil {
			h = &fifo{}
			q.hosts[j.host] = h
		}
		h.push(j)
		q.urls++
	} else {
		q.other.push(j)
	}
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
		if from := q.ready(); from != nil {
			j := from.pop()
			if j.fetches() {
				q.urls--
				q.busy[j.host]++
				if from.len() == 0 {
					delete(q.hosts, j.host)
				}
			}
			q.cond.Broadcast() // room for addWaiting
			return j, true
		}
		if q.closed && q.pending == 0 {
			return job{}, false
		}
		q.cond.Wait()
	}
}

// ready returns the queue whose first job is the oldest that may start
// now, or nil. It looks at one job per host, not at every URL waiting.
func (q *workQueue) ready() *fifo {
	var best *fifo
	if q.other.len() > 0 {
		best = &q.other
	}
	for host, h := range q.hosts {
		if q.hostLimit > 0 && q.busy[host] >= q.hostLimit {
			continue
		}
		if best == nil || h.items[h.head].seq < best.items[best.head].seq {
			best = h
		}
	}
	return best
}

// done marks j, taken with next, as finished.
func (q *workQueue) done(j job) {
	q.mu.Lock()
	q.pending--
	if j.fetches() {
		if q.busy[j.host]--; q.busy[j.host] <= 0 {
			delete(q.busy, j.host)
		}
	}
	q.mu.Unlock()
	q.cond.Broadcast()
}
