package crawl

import (
	"context"
	"sync"
)

// DefaultValidatorEntries is how many URLs the default in-memory
// ValidatorCache remembers.
const DefaultValidatorEntries = 100_000

// Validators are what a server said about a version of a page, sent back
// in a conditional request to learn whether it changed.
type Validators struct {
	ETag         string // sent back as If-None-Match
	LastModified string // sent back as If-Modified-Since, as received
}

// ValidatorCache keeps Validators per URL (the URL of the answer that
// carried them, as urlnorm.Normalize gives it). Implementations must be safe for
// concurrent use; a cache backed by storage handles its own errors (a
// failed Get is a miss).
type ValidatorCache interface {
	Get(ctx context.Context, url string) (Validators, bool)
	Put(ctx context.Context, url string, v Validators)
}

// NoValidators is a ValidatorCache that keeps nothing: every fetch is a
// plain GET and returns the whole body.
type NoValidators struct{}

func (NoValidators) Get(context.Context, string) (Validators, bool) { return Validators{}, false }
func (NoValidators) Put(context.Context, string, Validators)        {}

// MemoryValidators is an in-memory ValidatorCache holding at most a fixed
// number of URLs; when full, it forgets an arbitrary entry to make room.
type MemoryValidators struct {
	max int
	mu  sync.Mutex
	m   map[string]Validators
}

// NewMemoryValidators returns an empty cache of at most size URLs (at least 1).
func NewMemoryValidators(size int) *MemoryValidators {
	return &MemoryValidators{max: max(size, 1), m: map[string]Validators{}}
}

func (c *MemoryValidators) Get(_ context.Context, url string) (Validators, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[url]
	return v, ok
}

func (c *MemoryValidators) Put(_ context.Context, url string, v Validators) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v == (Validators{}) {
		delete(c.m, url)
		return
	}
	if _, ok := c.m[url]; !ok && len(c.m) >= c.max {
		for k := range c.m {
			delete(c.m, k)
			break
		}
	}
	c.m[url] = v
}
