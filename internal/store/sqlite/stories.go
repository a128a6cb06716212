package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/neardup"
)

// maxCandidates caps the stored articles compared with a new one: those
// sharing the most LSH bands with it.
const maxCandidates = 16

// storyMatch is the story a new article joins.
type storyMatch struct {
	storyID    int64   // 0: a story of its own
	similarity float64 // estimated Jaccard similarity to the matched copy
}

// findStory looks for the story an article's text belongs to: a stored
// article with the same text, else the most similar stored article among
// those sharing an LSH band with it, when their estimated similarity
// reaches neardup.Threshold. self is the article's own id, never matched.
func (s *Store) findStory(ctx context.Context, tx *sql.Tx, self int64, contentHash string, sig *neardup.Signature, signed bool) (storyMatch, error) {
	var storyID int64
	switch err := s.row(ctx, tx, "SELECT story_id FROM articles WHERE content_hash = ? AND id != ? AND story_id IS NOT NULL ORDER BY id LIMIT 1",
		contentHash, self).Scan(&storyID); {
	case err == nil:
		return storyMatch{storyID: storyID, similarity: 1}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return storyMatch{}, fmt.Errorf("find story: %w", err)
	}
	if !signed {
		return storyMatch{}, nil
	}
	keys := sig.BandKeys()
	args := make([]any, 0, len(keys)+2)
	for _, k := range keys {
		args = append(args, k)
	}
	args = append(args, self, maxCandidates)
	query := "SELECT b.article_id, count(*) AS n FROM article_bands b WHERE b.band_key IN (?" + strings.Repeat(",?", len(keys)-1) +
		") AND b.article_id != ? GROUP BY b.article_id ORDER BY n DESC, b.article_id LIMIT ?"
	st, err := s.txStmt(ctx, tx, query)
	if err != nil {
		return storyMatch{}, fmt.Errorf("find story: %w", err)
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return storyMatch{}, fmt.Errorf("find story: %w", err)
	}
	var cands []int64
	for rows.Next() {
		var id, n int64
		if err := rows.Scan(&id, &n); err != nil {
			rows.Close()
			return storyMatch{}, fmt.Errorf("find story: %w", err)
		}
		cands = append(cands, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return storyMatch{}, fmt.Errorf("find story: %w", err)
	}
	best := storyMatch{}
	for _, id := range cands {
		var blob []byte
		var sid sql.NullInt64
		err := s.row(ctx, tx, "SELECT g.minhash, a.story_id FROM article_signatures g JOIN articles a ON a.id = g.article_id WHERE g.article_id = ?", id).Scan(&blob, &sid)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return storyMatch{}, fmt.Errorf("find story: %w", err)
		}
		if !sid.Valid {
			continue // not yet given a story (backfill in progress)
		}
		var other neardup.Signature
		if err := other.UnmarshalBinary(blob); err != nil {
			continue // a signature of another size: never matched
		}
		if sim := neardup.Similarity(sig, &other); sim >= neardup.Threshold && sim > best.similarity {
			best = storyMatch{storyID: sid.Int64, similarity: sim}
		}
	}
	return best, nil
}

// assignStory gives a stored article its story: computes its signature,
// records it with its band keys, and joins the story of a matching article
// or starts one.
func (s *Store) assignStory(ctx context.Context, tx *sql.Tx, id int64, text, contentHash string) error {
	sig, signed := neardup.Sign(text)
	m, err := s.findStory(ctx, tx, id, contentHash, &sig, signed)
	if err != nil {
		return err
	}
	if signed {
		blob, _ := sig.MarshalBinary()
		if err := s.exec(ctx, tx, "INSERT OR REPLACE INTO article_signatures (article_id, minhash) VALUES (?, ?)", id, blob); err != nil {
			return fmt.Errorf("signature: %w", err)
		}
		keys := sig.BandKeys()
		rows := make([]any, 0, 2*len(keys))
		for _, k := range keys {
			rows = append(rows, k, id)
		}
		if err := s.insertRows(ctx, tx, "INSERT OR IGNORE INTO article_bands (band_key, article_id) VALUES ", 2, "", rows); err != nil {
			return fmt.Errorf("band keys: %w", err)
		}
	}
	if m.storyID == 0 {
		var sid int64
		if err := s.row(ctx, tx, "INSERT INTO stories (article_id, title, copies) SELECT id, title, 1 FROM articles WHERE id = ? RETURNING id", id).Scan(&sid); err != nil {
			return fmt.Errorf("new story: %w", err)
		}
		if err := s.exec(ctx, tx, "UPDATE articles SET story_id = ?, story_rank = 0, story_similarity = 1 WHERE id = ?", sid, id); err != nil {
			return fmt.Errorf("new story: %w", err)
		}
		return nil
	}
	if err := s.exec(ctx, tx, "UPDATE articles SET story_id = ?, story_similarity = ? WHERE id = ?", m.storyID, m.similarity, id); err != nil {
		return fmt.Errorf("join story %d: %w", m.storyID, err)
	}
	return s.refreshStory(ctx, tx, m.storyID)
}

// dropBands deletes an article's LSH band keys, found from its signature
// (the band table is keyed by band for lookups, with no index by article).
func (s *Store) dropBands(ctx context.Context, tx *sql.Tx, id int64) error {
	var blob []byte
	switch err := s.row(ctx, tx, "SELECT minhash FROM article_signatures WHERE article_id = ?", id).Scan(&blob); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	var sig neardup.Signature
	if err := sig.UnmarshalBinary(blob); err != nil {
		return nil // not a signature this version writes: it wrote no bands
	}
	for _, k := range sig.BandKeys() {
		if err := s.exec(ctx, tx, "DELETE FROM article_bands WHERE band_key = ? AND article_id = ?", k, id); err != nil {
			return err
		}
	}
	return nil
}

// refreshStory recomputes a story's ranks, representative, title and copy
// count from its articles, and deletes it when it has none left.
func (s *Store) refreshStory(ctx context.Context, tx *sql.Tx, storyID int64) error {
	st, err := s.txStmt(ctx, tx, "SELECT id, title, story_rank FROM articles WHERE story_id = ? ORDER BY published_at IS NULL, published_at, id")
	if err != nil {
		return fmt.Errorf("story %d: %w", storyID, err)
	}
	rows, err := st.QueryContext(ctx, storyID)
	if err != nil {
		return fmt.Errorf("story %d: %w", storyID, err)
	}
	type member struct {
		id    int64
		title string
		rank  int
	}
	var ms []member
	for rows.Next() {
		var m member
		if err := rows.Scan(&m.id, &m.title, &m.rank); err != nil {
			rows.Close()
			return fmt.Errorf("story %d: %w", storyID, err)
		}
		ms = append(ms, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("story %d: %w", storyID, err)
	}
	if len(ms) == 0 {
		if err := s.exec(ctx, tx, "DELETE FROM stories WHERE id = ?", storyID); err != nil {
			return fmt.Errorf("story %d: %w", storyID, err)
		}
		return nil
	}
	for i, m := range ms {
		if m.rank == i {
			continue
		}
		if err := s.exec(ctx, tx, "UPDATE articles SET story_rank = ? WHERE id = ?", i, m.id); err != nil {
			return fmt.Errorf("story %d: %w", storyID, err)
		}
	}
	if err := s.exec(ctx, tx, "UPDATE stories SET article_id = ?, title = ?, copies = ? WHERE id = ?", ms[0].id, ms[0].title, len(ms), storyID); err != nil {
		return fmt.Errorf("story %d: %w", storyID, err)
	}
	return nil
}

// backfillBatch is how many articles backfill gives stories per
// transaction.
const backfillBatch = 200

// backfill gives the articles stored before migration 004 their stories
// and their quotes' paragraphs, oldest first, in batches of transactions:
// killed half-way, the next Open goes on where it stopped.
func (s *Store) backfill(ctx context.Context) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	for {
		ids, err := s.pageIDs(ctx, "SELECT id FROM articles WHERE story_id IS NULL ORDER BY id LIMIT ?", []any{backfillBatch})
		if err != nil {
			return fmt.Errorf("backfill stories: %w", err)
		}
		if len(ids) == 0 {
			return nil
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("backfill stories: %w", err)
		}
		for _, id := range ids {
			if err := s.backfillArticle(ctx, tx, id); err != nil {
				tx.Rollback()
				s.endWrite(false)
				return fmt.Errorf("backfill stories: article %d: %w", id, err)
			}
		}
		err = tx.Commit()
		s.endWrite(err == nil)
		if err != nil {
			return fmt.Errorf("backfill stories: %w", err)
		}
	}
}

// backfillArticle gives one stored article its story and its quotes'
// paragraphs.
func (s *Store) backfillArticle(ctx context.Context, tx *sql.Tx, id int64) error {
	var text, contentHash string
	if err := s.row(ctx, tx, "SELECT d.text, a.content_hash FROM articles a JOIN article_docs d ON d.id = a.id WHERE a.id = ?", id).Scan(&text, &contentHash); err != nil {
		return err
	}
	st, err := s.txStmt(ctx, tx, "SELECT id, start, end FROM quotes WHERE article_id = ? AND context = ''")
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(ctx, id)
	if err != nil {
		return err
	}
	type span struct {
		id         int64
		start, end int
	}
	var spans []span
	for rows.Next() {
		var sp span
		if err := rows.Scan(&sp.id, &sp.start, &sp.end); err != nil {
			rows.Close()
			return err
		}
		spans = append(spans, sp)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, sp := range spans {
		if c := paragraphAround(text, sp.start, sp.end); c != "" {
			if err := s.exec(ctx, tx, "UPDATE quotes SET context = ? WHERE id = ?", c, sp.id); err != nil {
				return err
			}
		}
	}
	return s.assignStory(ctx, tx, id, text, contentHash)
}

// paragraphAround returns the paragraph of text (blocks are separated by a
// blank line) holding the bytes [start, end), or "" when they are out of
// range.
func paragraphAround(text string, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return ""
	}
	from := strings.LastIndex(text[:start], "\n\n")
	if from < 0 {
		from = 0
	} else {
		from += 2
	}
	to := strings.Index(text[end:], "\n\n")
	if to < 0 {
		to = len(text)
	} else {
		to += end
	}
	return strings.TrimSpace(text[from:to])
}

// Story returns a story with its copies, representative first.
func (s *Store) Story(ctx context.Context, id int64) (store.StoryDetail, error) {
	if s.isClosed() {
		return store.StoryDetail{}, store.ErrClosed
	}
	d := store.StoryDetail{ID: id}
	err := s.queryRow(ctx, "SELECT title FROM stories WHERE id = ?", id).Scan(&d.Title)
	if errors.Is(err, sql.ErrNoRows) {
		return store.StoryDetail{}, fmt.Errorf("story %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.StoryDetail{}, fmt.Errorf("story %d: %w", id, err)
	}
	copies, err := s.storyCopies(ctx, []int64{id})
	if err != nil {
		return store.StoryDetail{}, fmt.Errorf("story %d: %w", id, err)
	}
	d.Copies = copies[id]
	if d.Copies == nil {
		d.Copies = []store.StoryCopy{}
	}
	return d, nil
}

// Stories lists stories of at least q.MinCopies copies, most copies first,
// then newest first.
func (s *Store) Stories(ctx context.Context, q store.StoryQuery) (store.StoryResult, error) {
	if s.isClosed() {
		return store.StoryResult{}, store.ErrClosed
	}
	limit, err := pageLimit(q.Limit, q.Offset)
	if err != nil {
		return store.StoryResult{}, err
	}
	if q.MinCopies < 0 {
		return store.StoryResult{}, fmt.Errorf("%w: minimum copies must not be negative", store.ErrInvalid)
	}
	minCopies := q.MinCopies
	if minCopies == 0 {
		minCopies = 2
	}
	res := store.StoryResult{Results: []store.StoryDetail{}}
	if err := s.queryRow(ctx, "SELECT count(*) FROM stories WHERE copies >= ?", minCopies).Scan(&res.Total); err != nil {
		return store.StoryResult{}, fmt.Errorf("stories: %w", err)
	}
	if res.Total == 0 || q.Offset >= res.Total {
		return res, nil
	}
	rows, err := s.query(ctx, "SELECT id, title FROM stories WHERE copies >= ? ORDER BY copies DESC, id DESC LIMIT ? OFFSET ?", minCopies, limit, q.Offset)
	if err != nil {
		return store.StoryResult{}, fmt.Errorf("stories: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var d store.StoryDetail
		if err := rows.Scan(&d.ID, &d.Title); err != nil {
			rows.Close()
			return store.StoryResult{}, fmt.Errorf("stories: %w", err)
		}
		res.Results = append(res.Results, d)
		ids = append(ids, d.ID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return store.StoryResult{}, fmt.Errorf("stories: %w", err)
	}
	copies, err := s.storyCopies(ctx, ids)
	if err != nil {
		return store.StoryResult{}, fmt.Errorf("stories: %w", err)
	}
	for i := range res.Results {
		res.Results[i].Copies = copies[res.Results[i].ID]
		if res.Results[i].Copies == nil {
			res.Results[i].Copies = []store.StoryCopy{}
		}
	}
	return res, nil
}

// storyCopies returns the copies of some stories, each story's in rank
// order.
func (s *Store) storyCopies(ctx context.Context, ids []int64) (map[int64][]store.StoryCopy, error) {
	out := make(map[int64][]store.StoryCopy, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.query(ctx, `SELECT story_id, id, title, CASE WHEN url != '' THEN url ELSE canonical_url END, site_name, host, published, story_similarity
		FROM articles WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY story_id, story_rank, id`, idsJSON(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var sid int64
		var c store.StoryCopy
		if err := rows.Scan(&sid, &c.ArticleID, &c.Title, &c.URL, &c.SiteName, &c.Host, &c.Published, &c.Similarity); err != nil {
			return nil, err
		}
		out[sid] = append(out[sid], c)
	}
	return out, rows.Err()
}
