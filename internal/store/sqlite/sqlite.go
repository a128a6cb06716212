// Package sqlite is lede's default store: one SQLite file (pure Go, through
// modernc.org/sqlite) in WAL mode with foreign keys on, its schema applied
// from embedded migrations at open, and FTS5 indexes over article titles and
// text and over quotes.
//
// It implements store.Store. Every article (or batch of articles, PutBatch)
// is written in one transaction, so a killed process leaves either the whole
// article or none of it. Each article joins a story: the stored articles
// whose text is the same news (see internal/store/neardup and
// docs/stories.md), found through an index of MinHash LSH band keys; search
// shows each story once. Writes are serialised inside the process; reads run
// concurrently. It does not read, fetch or understand pages.
//
// Work per query is bounded for common words (docs/news-base.md, "Search at
// scale"): the first pages of a relevance search with more results than
// Options.RankAll rank only the newest of them (SearchResult.RankedNewest),
// and facets count at most Options.FacetSample results (FacetResult.Sample);
// totals are exact but for words-only searches with more matches than
// Options.ExactTotals, whose totals are estimated from their newest matches
// (SearchResult.TotalEstimated; their pages stay exact).
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/ledehq/lede/internal/store"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options tunes Open. The zero value is ready to use.
type Options struct {
	// BusyTimeoutMS is how long a statement waits for another process's
	// lock, in milliseconds; zero means 10000.
	BusyTimeoutMS int
	// RankAll bounds the relevance ranking of a search: with more results
	// than this, its first pages are ranked among its newest RankAll
	// results (SearchResult.RankedNewest); zero means 4000. Negative:
	// always rank all.
	RankAll int
	// FacetSample bounds the results the facets of a word query count:
	// past it, the newest FacetSample (FacetResult.Sample); zero means
	// 500. Negative: always count all.
	FacetSample int
	// ExactTotals bounds the matches of a words-only search (no other
	// filter, stories folded, first pages by relevance) whose stories are
	// counted exactly: with more matches than this and than RankAll, the
	// later copies to drop are found among the newest RankAll matches
	// only, the total is estimated from them (SearchResult.TotalEstimated,
	// FacetResult.TotalEstimated) and the page is ranked among those
	// newest matches, each story once. Zero means 10000. Negative: always
	// exact.
	ExactTotals int
}

// bound returns an Options bound: def for zero, 0 (no bound) for a
// negative value.
func bound(v, def int) int {
	switch {
	case v == 0:
		return def
	case v < 0:
		return 0
	}
	return v
}

// Store is a store.Store kept in one SQLite file.
type Store struct {
	db   *sql.DB
	path string

	writeMu sync.Mutex           // one writer at a time inside the process
	stmts   map[string]*sql.Stmt // write statements by their SQL, guarded by writeMu
	// entities caches the ids of people, organizations and places seen in
	// committed transactions (those rows are never deleted);
	// pendingEntities holds the ids met in the transaction under way,
	// kept on commit and dropped on rollback. Both guarded by writeMu.
	entities, pendingEntities map[entityKey]int64
	// geocoded holds the places known to have coordinates, likewise.
	geocoded, pendingGeocoded map[int64]bool

	reads readStmts // prepared read statements

	rankAll, facetSample, exactTotals int // from Options; 0 means no bound

	closeOnce sync.Once
	closed    chan struct{}
}

var _ store.Store = (*Store)(nil)

// Open opens (creating it and its folder if needed) the database at path
// and brings its schema up to date.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("open store: %w: empty database path", store.ErrInvalid)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	busy := opts.BusyTimeoutMS
	if busy <= 0 {
		busy = 10000
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.Itoa(busy)+")")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "cache_size(-32768)")       // 32 MB a connection, used as needed
	q.Add("_pragma", "mmap_size(1073741824)")    // reads through a memory map, not a system call a page
	q.Add("_pragma", "wal_autocheckpoint(8000)") // 32 MB of log: hot pages copied back once, not every 1000 pages
	q.Set("_txlock", "immediate")                // writers take the lock up front: no deadlock upgrading a read

	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	s := &Store{db: db, path: path, closed: make(chan struct{}), stmts: map[string]*sql.Stmt{},
		entities: map[entityKey]int64{}, pendingEntities: map[entityKey]int64{},
		geocoded: map[int64]bool{}, pendingGeocoded: map[int64]bool{},
		rankAll: bound(opts.RankAll, defaultRankAll), facetSample: bound(opts.FacetSample, defaultFacetSample),
		exactTotals: bound(opts.ExactTotals, defaultExactTotals)}
	if err := s.checkFTS5(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.backfill(ctx); err != nil {
		s.closeStmts()
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database. Later calls return store.ErrClosed.
func (s *Store) Close() error {
	err := store.ErrClosed
	s.closeOnce.Do(func() {
		close(s.closed)
		// Leave the WAL folded back into the main file.
		s.writeMu.Lock()
		s.closeStmts()
		s.reads.close()
		_, _ = s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		s.writeMu.Unlock()
		err = s.db.Close()
	})
	return err
}

// entityKey names an entity row: its table and its name (for places, name
// and country).
type entityKey struct{ table, name string }

// maxCachedEntities bounds the entity id cache; past it the cache starts
// over.
const maxCachedEntities = 200_000

// endWrite ends a write transaction's use of the entity cache: its ids are
// kept when it committed and forgotten otherwise. Callers hold writeMu.
func (s *Store) endWrite(committed bool) {
	if committed {
		if len(s.entities)+len(s.pendingEntities) > maxCachedEntities {
			clear(s.entities)
			clear(s.geocoded)
		}
		for k, id := range s.pendingEntities {
			s.entities[k] = id
		}
		for id := range s.pendingGeocoded {
			s.geocoded[id] = true
		}
	}
	clear(s.pendingEntities)
	clear(s.pendingGeocoded)
}

// closeStmts closes the cached write statements. Callers hold writeMu (or
// own the store alone).
func (s *Store) closeStmts() {
	for q, st := range s.stmts {
		st.Close()
		delete(s.stmts, q)
	}
}

func (s *Store) isClosed() bool {
	select {
	case <-s.closed:
		return true
	default:
		return false
	}
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if s.isClosed() {
		return store.ErrClosed
	}
	var n int
	return s.db.QueryRowContext(ctx, "SELECT count(*) FROM schema_version").Scan(&n)
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	if s.isClosed() {
		return 0, store.ErrClosed
	}
	var n int
	err := s.queryRow(ctx, "SELECT count(*) FROM articles").Scan(&n)
	return n, err
}

// checkFTS5 fails clearly when the SQLite build lacks FTS5.
func (s *Store) checkFTS5(ctx context.Context) error {
	var ok int
	if err := s.db.QueryRowContext(ctx, "SELECT sqlite_compileoption_used('ENABLE_FTS5')").Scan(&ok); err != nil {
		return err
	}
	if ok != 1 {
		return errors.New("this SQLite build lacks FTS5 full-text search")
	}
	return nil
}

// migration is one schema step: an embedded SQL file, or a step written in
// Go (run) for what SQL cannot compute.
type migration struct {
	version int
	name    string
	sql     string
	run     func(context.Context, *sql.Tx) error
}

// goMigrations are the steps written in Go, numbered among the SQL files.
func goMigrations() []migration {
	return []migration{
		{version: 10, name: "010_url_keys (Go)", run: rekeyURLs},
	}
}

// apply runs the step in tx.
func (m migration) apply(ctx context.Context, tx *sql.Tx) error {
	if m.run != nil {
		return m.run(ctx, tx)
	}
	_, err := tx.ExecContext(ctx, m.sql)
	return err
}

// loadMigrations returns the embedded NNN_name.sql files and the Go steps,
// in order of version.
func loadMigrations() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := filepath.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive number and _", base)
		}
		b, err := migrations.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	ms = append(ms, goMigrations()...)
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share version %d", ms[i-1].name, ms[i].name, ms[i].version)
		}
	}
	return ms, nil
}

// SchemaVersion returns the highest migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&v)
	return v, err
}

// migrate applies the migrations the database lacks, each with its
// schema_version row in one transaction.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
	) STRICT`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	for _, m := range ms {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var have int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_version WHERE version = ?", m.version).Scan(&have); err != nil {
			tx.Rollback()
			return err
		}
		if have > 0 {
			tx.Rollback()
			continue
		}
		if err := m.apply(ctx, tx); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_version (version, name) VALUES (?, ?)", m.version, m.name); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	var newest int
	if err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&newest); err != nil {
		return err
	}
	if len(ms) > 0 && newest > ms[len(ms)-1].version {
		return fmt.Errorf("database schema version %d is newer than this lede knows (%d)", newest, ms[len(ms)-1].version)
	}
	return nil
}
