package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/urlnorm"
)

// HasPage reports whether a page with this hash is stored.
func (s *Store) HasPage(ctx context.Context, pageHash string) (int64, bool, error) {
	if s.isClosed() {
		return 0, false, store.ErrClosed
	}
	var id int64
	err := s.queryRow(ctx, "SELECT article_id FROM pages WHERE page_hash = ?", pageHash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	return id, true, nil
}

// HasURL reports whether an article is stored under this URL.
func (s *Store) HasURL(ctx context.Context, rawURL string) (int64, bool, error) {
	if s.isClosed() {
		return 0, false, store.ErrClosed
	}
	key := urlKey(rawURL)
	if key == "" {
		return 0, false, nil
	}
	var id int64
	err := s.queryRow(ctx, "SELECT id FROM articles WHERE url_key = ? OR url = ? LIMIT 1", key, rawURL).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	return id, true, nil
}

// Put stores one article in one transaction. A page read before (same page
// hash, whichever version of its article it gave), or an article whose URL
// key and text are already stored, is not stored again; an article stored
// under the same URL key with other text is replaced, keeping its id.
func (s *Store) Put(ctx context.Context, e store.Entry) (store.PutResult, error) {
	outs, err := s.PutBatch(ctx, []store.Entry{e})
	if err != nil {
		return store.PutResult{}, err
	}
	return outs[0].PutResult, outs[0].Err
}

// PutBatch stores several articles in one transaction, as Put stores one.
// Entries refused (no article, no text) get their error in their outcome
// and leave the others be; any other failure rolls the whole batch back.
func (s *Store) PutBatch(ctx context.Context, es []store.Entry) ([]store.PutOutcome, error) {
	if s.isClosed() {
		return nil, store.ErrClosed
	}
	outs := make([]store.PutOutcome, len(es))
	preps := make([]*prepared, len(es))
	valid := 0
	for i, e := range es {
		p, err := prepare(e)
		if err != nil {
			outs[i].Err = fmt.Errorf("put: %w", err)
			continue
		}
		preps[i] = p
		valid++
	}
	if valid == 0 {
		return outs, nil
	}

	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	committed := false
	defer func() { s.endWrite(committed) }()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback() // a no-op after Commit
	now := time.Now().UTC().Format(time.RFC3339)
	w := &batchWrite{tx: tx, now: now}
	for i, p := range preps {
		if p == nil {
			continue
		}
		res, err := s.putOne(ctx, w, p)
		if err != nil {
			return nil, fmt.Errorf("put: %w", err)
		}
		outs[i].PutResult = res
	}
	if err := s.indexPending(ctx, w); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	committed = true
	return outs, nil
}

// prepared is an entry checked and encoded, ready to write.
type prepared struct {
	e                     store.Entry
	doc                   string // the article's JSON
	contentHash, pageHash string
	key                   string // URL key; "" when the article has no http(s) URL
}

// prepare checks and encodes an entry outside the write lock.
func prepare(e store.Entry) (*prepared, error) {
	a := e.Article
	if a == nil {
		return nil, fmt.Errorf("%w: no article", store.ErrInvalid)
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, fmt.Errorf("%w: the article has no text", store.ErrInvalid)
	}
	doc, err := marshalArticle(a)
	if err != nil {
		return nil, fmt.Errorf("encode article: %w", err)
	}
	p := &prepared{e: e, doc: doc, contentHash: store.HashPage([]byte(a.Text)), pageHash: e.PageHash}
	if p.pageHash == "" {
		p.pageHash = p.contentHash
	}
	p.key = urlKey(a.CanonicalURL)
	if p.key == "" {
		p.key = urlKey(a.URL)
	}
	return p, nil
}

// batchWrite is a write transaction under way.
type batchWrite struct {
	tx  *sql.Tx
	now string // the ingestion time of its articles
	// unindexed lists the articles written but not yet in the full-text
	// indexes (articles_fts and, for their quotes, quotes_fts).
	unindexed []any
}

// indexPending adds the articles written since the last call, and their
// quotes, to the full-text indexes: one statement each, so FTS5 writes one
// index segment for all of them.
func (s *Store) indexPending(ctx context.Context, w *batchWrite) error {
	for len(w.unindexed) > 0 {
		n := min(len(w.unindexed), maxInsertRows)
		ids := w.unindexed[:n]
		marks := "?" + strings.Repeat(", ?", n-1)
		if err := s.exec(ctx, w.tx, "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM article_docs WHERE id IN ("+marks+")", ids...); err != nil {
			return fmt.Errorf("index articles: %w", err)
		}
		if err := s.exec(ctx, w.tx, "INSERT INTO quotes_fts (rowid, text, context) SELECT id, text, context FROM quotes WHERE article_id IN ("+marks+")", ids...); err != nil {
			return fmt.Errorf("index quotes: %w", err)
		}
		w.unindexed = w.unindexed[n:]
	}
	return nil
}

// putOne writes one prepared entry.
func (s *Store) putOne(ctx context.Context, w *batchWrite, p *prepared) (store.PutResult, error) {
	a := p.e.Article
	tx, now := w.tx, w.now
	// seen records the page as read into article id.
	seen := func(id int64) (store.PutResult, error) {
		if err := s.exec(ctx, tx, "INSERT OR IGNORE INTO pages (page_hash, article_id, seen_at) VALUES (?, ?, ?)", p.pageHash, id, now); err != nil {
			return store.PutResult{}, fmt.Errorf("record page: %w", err)
		}
		return store.PutResult{ID: id}, nil
	}

	var id int64
	switch err := s.row(ctx, tx, "SELECT article_id FROM pages WHERE page_hash = ?", p.pageHash).Scan(&id); {
	case err == nil:
		return store.PutResult{ID: id}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, err
	}
	var res store.PutResult
	var oldStory sql.NullInt64 // the story of the version replaced
	if p.key != "" {
		var oldHash string
		switch err := s.row(ctx, tx, "SELECT id, content_hash, story_id FROM articles WHERE url_key = ?", p.key).Scan(&id, &oldHash, &oldStory); {
		case err == nil:
			if oldHash == p.contentHash {
				return seen(id)
			}
			// A new version of a stored page: replace it under its id.
			// The delete triggers take it out of the full-text indexes,
			// which must hold it first.
			if err := s.indexPending(ctx, w); err != nil {
				return store.PutResult{}, err
			}
			if err := s.dropBands(ctx, tx, id); err != nil {
				return store.PutResult{}, fmt.Errorf("replace article %d: %w", id, err)
			}
			if err := s.exec(ctx, tx, "DELETE FROM articles WHERE id = ?", id); err != nil {
				return store.PutResult{}, fmt.Errorf("replace article %d: %w", id, err)
			}
			res.Updated = true
		case !errors.Is(err, sql.ErrNoRows):
			return store.PutResult{}, err
		}
	} else {
		switch err := s.row(ctx, tx, "SELECT id FROM articles WHERE url_key IS NULL AND content_hash = ?", p.contentHash).Scan(&id); {
		case err == nil:
			return seen(id)
		case !errors.Is(err, sql.ErrNoRows):
			return store.PutResult{}, err
		}
	}

	var keyArg, dayArg, atArg any
	if p.key != "" {
		keyArg = p.key
	}
	day, at := publishedKeys(a.Published)
	if day != "" {
		dayArg = day
	}
	if at != "" {
		atArg = at
	}
	var idArg any
	if res.Updated {
		idArg = id
	}
	err := s.row(ctx, tx, `INSERT INTO articles (id, url, canonical_url, url_key, host, page_hash, content_hash,
		title, authors, site_name, section, published, published_day, published_at, language, word_count,
		source, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		idArg, a.URL, a.CanonicalURL, keyArg, hostOf(p.key), p.pageHash, p.contentHash,
		a.Title, strings.Join(a.Authors, "; "), a.SiteName, a.Section, a.Published, dayArg, atArg,
		strings.ToLower(a.Language), a.WordCount, p.e.Source, now).Scan(&id)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("insert article: %w", err)
	}
	if err := s.exec(ctx, tx, "INSERT INTO article_docs (id, title, text, json) VALUES (?, ?, ?, ?)", id, a.Title, a.Text, p.doc); err != nil {
		return store.PutResult{}, fmt.Errorf("insert article text: %w", err)
	}
	if err := s.putParts(ctx, tx, id, a); err != nil {
		return store.PutResult{}, err
	}
	if err := s.assignStory(ctx, tx, id, a.Text, p.contentHash); err != nil {
		return store.PutResult{}, err
	}
	if oldStory.Valid {
		if err := s.refreshStory(ctx, tx, oldStory.Int64); err != nil {
			return store.PutResult{}, err
		}
	}
	if _, err := seen(id); err != nil {
		return store.PutResult{}, err
	}
	w.unindexed = append(w.unindexed, id)
	res.ID = id
	res.Created = !res.Updated
	return res, nil
}

// putParts writes an article's blocks, entities, dates and quotes, each
// kind in a few multi-row statements: statements, not rows, were the cost.
func (s *Store) putParts(ctx context.Context, tx *sql.Tx, id int64, a *lede.Article) error {
	var rows []any
	for i, b := range a.Blocks {
		rows = append(rows, id, i, string(b.Kind), b.Text)
	}
	if err := s.insertRows(ctx, tx, "INSERT INTO blocks (article_id, seq, kind, text) VALUES ", 4, "", rows); err != nil {
		return fmt.Errorf("blocks: %w", err)
	}

	rows = rows[:0]
	var aliases []any
	for _, p := range a.People {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		pid, err := s.entityID(ctx, tx, "people", p.Name, "SELECT id FROM people WHERE name = ?", "INSERT INTO people (name) VALUES (?) RETURNING id", p.Name)
		if err != nil {
			return fmt.Errorf("person %q: %w", p.Name, err)
		}
		rows = append(rows, id, pid, p.Role, mentionCount(p.Mentions))
		for _, alias := range p.Aliases {
			if strings.TrimSpace(alias) != "" {
				aliases = append(aliases, id, pid, alias)
			}
		}
	}
	if err := s.insertRows(ctx, tx, "INSERT INTO article_people (article_id, person_id, role, mentions) VALUES ", 4,
		" ON CONFLICT (article_id, person_id) DO UPDATE SET mentions = mentions + excluded.mentions", rows); err != nil {
		return fmt.Errorf("people: %w", err)
	}
	if err := s.insertRows(ctx, tx, "INSERT OR IGNORE INTO article_person_aliases (article_id, person_id, alias) VALUES ", 3, "", aliases); err != nil {
		return fmt.Errorf("people's other names: %w", err)
	}

	rows, aliases = rows[:0], aliases[:0]
	for _, o := range a.Organizations {
		if strings.TrimSpace(o.Name) == "" {
			continue
		}
		oid, err := s.entityID(ctx, tx, "organizations", o.Name, "SELECT id FROM organizations WHERE name = ?", "INSERT INTO organizations (name) VALUES (?) RETURNING id", o.Name)
		if err != nil {
			return fmt.Errorf("organization %q: %w", o.Name, err)
		}
		rows = append(rows, id, oid, mentionCount(o.Mentions))
		for _, alias := range o.Aliases {
			if strings.TrimSpace(alias) != "" {
				aliases = append(aliases, id, oid, alias)
			}
		}
	}
	if err := s.insertRows(ctx, tx, "INSERT INTO article_organizations (article_id, organization_id, mentions) VALUES ", 3,
		" ON CONFLICT (article_id, organization_id) DO UPDATE SET mentions = mentions + excluded.mentions", rows); err != nil {
		return fmt.Errorf("organizations: %w", err)
	}
	if err := s.insertRows(ctx, tx, "INSERT OR IGNORE INTO article_organization_aliases (article_id, organization_id, alias) VALUES ", 3, "", aliases); err != nil {
		return fmt.Errorf("organizations' other names: %w", err)
	}

	rows = rows[:0]
	for _, p := range a.Places {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		var lat, lon any
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon = p.Lat, p.Lon
		}
		country := strings.ToUpper(p.Country)
		plid, err := s.entityID(ctx, tx, "places", p.Name+"\x00"+country, "SELECT id FROM places WHERE name = ? AND country = ?",
			"INSERT INTO places (name, country, lat, lon) VALUES (?, ?, ?, ?) RETURNING id", p.Name, country, lat, lon)
		if err != nil {
			return fmt.Errorf("place %q: %w", p.Name, err)
		}
		if lat != nil && !s.geocoded[plid] {
			// A place first stored without coordinates gets them from
			// the first article that has them.
			if err := s.exec(ctx, tx, "UPDATE places SET lat = ?, lon = ? WHERE id = ? AND lat IS NULL", lat, lon, plid); err != nil {
				return fmt.Errorf("place %q: %w", p.Name, err)
			}
			s.pendingGeocoded[plid] = true
		}
		rows = append(rows, id, plid, mentionCount(p.Mentions))
	}
	if err := s.insertRows(ctx, tx, "INSERT INTO article_places (article_id, place_id, mentions) VALUES ", 3,
		" ON CONFLICT (article_id, place_id) DO UPDATE SET mentions = mentions + excluded.mentions", rows); err != nil {
		return fmt.Errorf("places: %w", err)
	}

	rows = rows[:0]
	for i, d := range a.Dates {
		resolved := 0
		if d.Resolved {
			resolved = 1
		}
		rows = append(rows, id, i, d.Text, d.Value, string(d.Granularity), resolved, d.Start, d.End)
	}
	if err := s.insertRows(ctx, tx, "INSERT INTO dates (article_id, seq, text, value, granularity, resolved, start, end) VALUES ", 8, "", rows); err != nil {
		return fmt.Errorf("dates: %w", err)
	}

	rows = rows[:0]
	for i, q := range a.Quotes {
		rows = append(rows, id, i, q.Text, q.Speaker, string(q.Kind), q.Start, q.End, paragraphAround(a.Text, q.Start, q.End))
	}
	if err := s.insertRows(ctx, tx, "INSERT INTO quotes (article_id, seq, text, speaker, kind, start, end, context) VALUES ", 8, "", rows); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	return nil
}

// maxInsertRows is the most rows one INSERT statement carries.
const maxInsertRows = 32

// insertRows runs head + "(?, ...), (?, ...)" + tail over rows, a flat list
// of cols values a row. The rows go in chunks of 32, 16, 8, 4, 2 and 1, so
// each kind of insert needs at most six prepared statements.
func (s *Store) insertRows(ctx context.Context, tx *sql.Tx, head string, cols int, tail string, rows []any) error {
	n := len(rows) / cols
	for n > 0 {
		chunk := maxInsertRows
		for chunk > n {
			chunk /= 2
		}
		one := "(?" + strings.Repeat(", ?", cols-1) + ")"
		query := head + one + strings.Repeat(", "+one, chunk-1) + tail
		if err := s.exec(ctx, tx, query, rows[:chunk*cols]...); err != nil {
			return err
		}
		rows, n = rows[chunk*cols:], n-chunk
	}
	return nil
}

// entityID returns the id of a person, organization or place (key names
// it within its table): from the cache of committed ids, else found by
// lookup (its arguments, the first of args), else stored by insert (all
// of args).
func (s *Store) entityID(ctx context.Context, tx *sql.Tx, table, key, lookup, insert string, args ...any) (int64, error) {
	k := entityKey{table, key}
	if id, ok := s.entities[k]; ok {
		return id, nil
	}
	if id, ok := s.pendingEntities[k]; ok {
		return id, nil
	}
	var id int64
	nLookup := strings.Count(lookup, "?")
	switch err := s.row(ctx, tx, lookup, args[:nLookup]...).Scan(&id); {
	case errors.Is(err, sql.ErrNoRows):
		if err := s.row(ctx, tx, insert, args...).Scan(&id); err != nil {
			return 0, err
		}
	case err != nil:
		return 0, err
	}
	s.pendingEntities[k] = id
	return id, nil
}

// mentionCount is how many times an entity is mentioned; one at least,
// since the article names it.
func mentionCount(ms []lede.Mention) int {
	return max(len(ms), 1)
}

// marshalArticle encodes an article as "lede extract" prints it: blocks an
// empty list rather than null, <, > and & not escaped.
func marshalArticle(a *lede.Article) (string, error) {
	if a.Blocks == nil {
		c := *a
		c.Blocks = []lede.Block{}
		a = &c
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}

// urlKey returns the key an article is found by: its URL in the form
// urlnorm.Normalize gives, the crawler's and ingest's form (tracking
// parameters dropped, query sorted, default port and fragment dropped), so
// that the same page reached by two addresses is one article; "" when the
// URL is not absolute http(s). Migration 010 rewrote the keys of stores
// made before.
func urlKey(raw string) string {
	key, err := urlnorm.Normalize(raw)
	if err != nil {
		return ""
	}
	return key
}

// hostOf returns the host of a URL key without a leading "www.".
func hostOf(key string) string {
	if key == "" {
		return ""
	}
	u, err := url.Parse(key)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// publishedKeys returns the publication day (YYYY-MM-DD) and a sort key
// (the instant in UTC, or the day when no time is known) of an Article
// date; empty strings when it holds no day.
func publishedKeys(published string) (day, at string) {
	if t, err := time.Parse(time.RFC3339, published); err == nil {
		return published[:10], t.UTC().Format("2006-01-02T15:04:05Z")
	}
	if len(published) >= 10 && isDay(published[:10]) {
		return published[:10], published[:10]
	}
	return "", ""
}

// isDay reports whether s is YYYY-MM-DD with digits in place.
func isDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i == 4 || i == 7 {
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// txStmt returns tx's handle of a write statement that is prepared once per
// connection and kept until Close: parsing SQL was a third of Put's time.
// Callers hold writeMu, which guards the cache.
func (s *Store) txStmt(ctx context.Context, tx *sql.Tx, query string) (*sql.Stmt, error) {
	st, ok := s.stmts[query]
	if !ok {
		var err error
		if st, err = s.db.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		s.stmts[query] = st
	}
	return tx.StmtContext(ctx, st), nil
}

// exec runs a cached write statement in tx.
func (s *Store) exec(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	st, err := s.txStmt(ctx, tx, query)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// scanner is a row to scan, or the error that kept it from being read.
type scanner interface{ Scan(dest ...any) error }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// row runs a cached statement returning one row in tx.
func (s *Store) row(ctx context.Context, tx *sql.Tx, query string, args ...any) scanner {
	st, err := s.txStmt(ctx, tx, query)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(ctx, args...)
}
