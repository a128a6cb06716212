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
)

// HasPage reports whether a page with this hash is stored.
func (s *Store) HasPage(ctx context.Context, pageHash string) (int64, bool, error) {
	if s.isClosed() {
		return 0, false, store.ErrClosed
	}
	var id int64
	err := s.db.QueryRowContext(ctx, "SELECT article_id FROM pages WHERE page_hash = ?", pageHash).Scan(&id)
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
	err := s.db.QueryRowContext(ctx, "SELECT id FROM articles WHERE url_key = ? OR url = ? LIMIT 1", key, rawURL).Scan(&id)
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
	if s.isClosed() {
		return store.PutResult{}, store.ErrClosed
	}
	a := e.Article
	if a == nil {
		return store.PutResult{}, fmt.Errorf("put: %w: no article", store.ErrInvalid)
	}
	if strings.TrimSpace(a.Text) == "" {
		return store.PutResult{}, fmt.Errorf("put: %w: the article has no text", store.ErrInvalid)
	}
	doc, err := marshalArticle(a)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("put: encode article: %w", err)
	}
	contentHash := store.HashPage([]byte(a.Text))
	pageHash := e.PageHash
	if pageHash == "" {
		pageHash = contentHash
	}
	key := urlKey(a.CanonicalURL)
	if key == "" {
		key = urlKey(a.URL)
	}

	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("put: %w", err)
	}
	defer tx.Rollback() // a no-op after Commit

	now := time.Now().UTC().Format(time.RFC3339)
	// seen records the page as read into article id and commits.
	seen := func(id int64) (store.PutResult, error) {
		if err := s.exec(ctx, tx, "INSERT OR IGNORE INTO pages (page_hash, article_id, seen_at) VALUES (?, ?, ?)", pageHash, id, now); err != nil {
			return store.PutResult{}, fmt.Errorf("put: record page: %w", err)
		}
		if err := tx.Commit(); err != nil {
			return store.PutResult{}, fmt.Errorf("put: commit: %w", err)
		}
		return store.PutResult{ID: id}, nil
	}

	var id int64
	switch err := s.row(ctx, tx, "SELECT article_id FROM pages WHERE page_hash = ?", pageHash).Scan(&id); {
	case err == nil:
		return store.PutResult{ID: id}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.PutResult{}, fmt.Errorf("put: %w", err)
	}
	var res store.PutResult
	var oldStory sql.NullInt64 // the story of the version replaced
	if key != "" {
		var oldHash string
		switch err := s.row(ctx, tx, "SELECT id, content_hash, story_id FROM articles WHERE url_key = ?", key).Scan(&id, &oldHash, &oldStory); {
		case err == nil:
			if oldHash == contentHash {
				return seen(id)
			}
			// A new version of a stored page: replace it under its id.
			if err := s.exec(ctx, tx, "DELETE FROM articles WHERE id = ?", id); err != nil {
				return store.PutResult{}, fmt.Errorf("put: replace article %d: %w", id, err)
			}
			res.Updated = true
		case !errors.Is(err, sql.ErrNoRows):
			return store.PutResult{}, fmt.Errorf("put: %w", err)
		}
	} else {
		switch err := s.row(ctx, tx, "SELECT id FROM articles WHERE url_key IS NULL AND content_hash = ?", contentHash).Scan(&id); {
		case err == nil:
			return seen(id)
		case !errors.Is(err, sql.ErrNoRows):
			return store.PutResult{}, fmt.Errorf("put: %w", err)
		}
	}

	var keyArg, dayArg, atArg any
	if key != "" {
		keyArg = key
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
	err = s.row(ctx, tx, `INSERT INTO articles (id, url, canonical_url, url_key, host, page_hash, content_hash,
		title, authors, site_name, section, published, published_day, published_at, language, word_count, text, json,
		source, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		idArg, a.URL, a.CanonicalURL, keyArg, hostOf(key), pageHash, contentHash,
		a.Title, strings.Join(a.Authors, "; "), a.SiteName, a.Section, a.Published, dayArg, atArg,
		strings.ToLower(a.Language), a.WordCount, a.Text, doc, e.Source, now).Scan(&id)
	if err != nil {
		return store.PutResult{}, fmt.Errorf("put: insert article: %w", err)
	}
	if err := s.putParts(ctx, tx, id, a); err != nil {
		return store.PutResult{}, fmt.Errorf("put: %w", err)
	}
	if err := s.assignStory(ctx, tx, id, a.Text, contentHash); err != nil {
		return store.PutResult{}, fmt.Errorf("put: %w", err)
	}
	if oldStory.Valid {
		if err := s.refreshStory(ctx, tx, oldStory.Int64); err != nil {
			return store.PutResult{}, fmt.Errorf("put: %w", err)
		}
	}
	if _, err := seen(id); err != nil {
		return store.PutResult{}, err
	}
	res.ID = id
	res.Created = !res.Updated
	return res, nil
}

// putParts writes an article's blocks, entities, dates and quotes.
func (s *Store) putParts(ctx context.Context, tx *sql.Tx, id int64, a *lede.Article) error {
	if len(a.Blocks) > 0 {
		st, err := s.txStmt(ctx, tx, "INSERT INTO blocks (article_id, seq, kind, text) VALUES (?, ?, ?, ?)")
		if err != nil {
			return err
		}
		defer st.Close()
		for i, b := range a.Blocks {
			if _, err := st.ExecContext(ctx, id, i, string(b.Kind), b.Text); err != nil {
				return fmt.Errorf("block %d: %w", i, err)
			}
		}
	}
	for _, p := range a.People {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		var pid int64
		if err := s.row(ctx, tx, "INSERT INTO people (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = people.name RETURNING id", p.Name).Scan(&pid); err != nil {
			return fmt.Errorf("person %q: %w", p.Name, err)
		}
		if err := s.exec(ctx, tx, `INSERT INTO article_people (article_id, person_id, role, mentions) VALUES (?, ?, ?, ?)
			ON CONFLICT (article_id, person_id) DO UPDATE SET mentions = mentions + excluded.mentions`,
			id, pid, p.Role, mentionCount(p.Mentions)); err != nil {
			return fmt.Errorf("person %q: %w", p.Name, err)
		}
		for _, alias := range p.Aliases {
			if strings.TrimSpace(alias) == "" {
				continue
			}
			if err := s.exec(ctx, tx, "INSERT OR IGNORE INTO article_person_aliases (article_id, person_id, alias) VALUES (?, ?, ?)", id, pid, alias); err != nil {
				return fmt.Errorf("person %q: alias: %w", p.Name, err)
			}
		}
	}
	for _, o := range a.Organizations {
		if strings.TrimSpace(o.Name) == "" {
			continue
		}
		var oid int64
		if err := s.row(ctx, tx, "INSERT INTO organizations (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = organizations.name RETURNING id", o.Name).Scan(&oid); err != nil {
			return fmt.Errorf("organization %q: %w", o.Name, err)
		}
		if err := s.exec(ctx, tx, `INSERT INTO article_organizations (article_id, organization_id, mentions) VALUES (?, ?, ?)
			ON CONFLICT (article_id, organization_id) DO UPDATE SET mentions = mentions + excluded.mentions`,
			id, oid, mentionCount(o.Mentions)); err != nil {
			return fmt.Errorf("organization %q: %w", o.Name, err)
		}
		for _, alias := range o.Aliases {
			if strings.TrimSpace(alias) == "" {
				continue
			}
			if err := s.exec(ctx, tx, "INSERT OR IGNORE INTO article_organization_aliases (article_id, organization_id, alias) VALUES (?, ?, ?)", id, oid, alias); err != nil {
				return fmt.Errorf("organization %q: alias: %w", o.Name, err)
			}
		}
	}
	for _, p := range a.Places {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		var lat, lon any
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon = p.Lat, p.Lon
		}
		var plid int64
		if err := s.row(ctx, tx, `INSERT INTO places (name, country, lat, lon) VALUES (?, ?, ?, ?)
			ON CONFLICT (name, country) DO UPDATE SET lat = coalesce(places.lat, excluded.lat), lon = coalesce(places.lon, excluded.lon)
			RETURNING id`, p.Name, strings.ToUpper(p.Country), lat, lon).Scan(&plid); err != nil {
			return fmt.Errorf("place %q: %w", p.Name, err)
		}
		if err := s.exec(ctx, tx, `INSERT INTO article_places (article_id, place_id, mentions) VALUES (?, ?, ?)
			ON CONFLICT (article_id, place_id) DO UPDATE SET mentions = mentions + excluded.mentions`,
			id, plid, mentionCount(p.Mentions)); err != nil {
			return fmt.Errorf("place %q: %w", p.Name, err)
		}
	}
	for i, d := range a.Dates {
		resolved := 0
		if d.Resolved {
			resolved = 1
		}
		if err := s.exec(ctx, tx, `INSERT INTO dates (article_id, seq, text, value, granularity, resolved, start, end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, i, d.Text, d.Value, string(d.Granularity), resolved, d.Start, d.End); err != nil {
			return fmt.Errorf("date %d: %w", i, err)
		}
	}
	if len(a.Quotes) > 0 {
		st, err := s.txStmt(ctx, tx, "INSERT INTO quotes (article_id, seq, text, speaker, kind, start, end, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
		if err != nil {
			return err
		}
		defer st.Close()
		for i, q := range a.Quotes {
			if _, err := st.ExecContext(ctx, id, i, q.Text, q.Speaker, string(q.Kind), q.Start, q.End, paragraphAround(a.Text, q.Start, q.End)); err != nil {
				return fmt.Errorf("quote %d: %w", i, err)
			}
		}
	}
	return nil
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

// urlKey normalises an http(s) URL to the key articles are deduplicated
// by: scheme and host lower case, default port, fragment and a lone
// trailing slash dropped. Anything else gives "".
func urlKey(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return ""
	}
	host := strings.ToLower(u.Host)
	if p := u.Port(); scheme == "http" && p == "80" || scheme == "https" && p == "443" {
		host = strings.TrimSuffix(host, ":"+p)
	}
	path := u.EscapedPath()
	if path == "/" {
		path = ""
	}
	key := scheme + "://" + host + path
	if u.RawQuery != "" {
		key += "?" + u.RawQuery
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
