package sqlite

import (
	"context"
	"database/sql"
	"sync"
)

// maxReadStmts bounds the cache of prepared read statements. Queries are
// built from a fixed set of parts, so their shapes are few; past the bound
// new shapes run unprepared.
const maxReadStmts = 512

// readStmts caches prepared read statements by their SQL: preparing a
// search's statements was a quarter of its time.
type readStmts struct {
	mu    sync.RWMutex
	stmts map[string]*sql.Stmt
}

// get returns the prepared statement of query, preparing it when new; nil
// when the cache is full.
func (c *readStmts) get(ctx context.Context, db *sql.DB, query string) (*sql.Stmt, error) {
	c.mu.RLock()
	st, ok := c.stmts[query]
	c.mu.RUnlock()
	if ok {
		return st, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	if len(c.stmts) >= maxReadStmts {
		return nil, nil
	}
	st, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.stmts[query] = st
	return st, nil
}

// close closes every cached statement.
func (c *readStmts) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for q, st := range c.stmts {
		st.Close()
		delete(c.stmts, q)
	}
}

// query runs a read query through the statement cache.
func (s *Store) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := s.reads.get(ctx, s.db, query)
	if err != nil {
		return nil, err
	}
	if st == nil {
		return s.db.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

// queryRow runs a read query of one row through the statement cache.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) scanner {
	st, err := s.reads.get(ctx, s.db, query)
	if err != nil {
		return errRow{err}
	}
	if st == nil {
		return s.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
