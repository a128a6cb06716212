package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

// Get returns one stored article.
func (s *Store) Get(ctx context.Context, id int64) (*store.Stored, error) {
	if s.isClosed() {
		return nil, store.ErrClosed
	}
	var (
		st       store.Stored
		ingested string
		doc      string
	)
	err := s.queryRow(ctx, "SELECT a.id, coalesce(a.story_id, 0), a.source, a.ingested_at, d.json FROM articles a JOIN article_docs d ON d.id = a.id WHERE a.id = ?", id).
		Scan(&st.ID, &st.StoryID, &st.Source, &ingested, &doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	st.IngestedAt, _ = time.Parse(time.RFC3339, ingested)
	st.JSON = []byte(doc)
	st.Article = new(lede.Article)
	if err := json.Unmarshal(st.JSON, st.Article); err != nil {
		return nil, fmt.Errorf("article %d: stored JSON: %w", id, err)
	}
	return &st, nil
}

// GetJSON returns one article's stored JSON, undecoded.
func (s *Store) GetJSON(ctx context.Context, id int64) ([]byte, error) {
	if s.isClosed() {
		return nil, store.ErrClosed
	}
	var doc []byte
	err := s.queryRow(ctx, "SELECT CAST(json AS BLOB) FROM article_docs WHERE id = ?", id).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return doc, nil
}

// snippetRunes is the length of a snippet taken from the start of the text.
const snippetRunes = 200

// filter is the SQL of a Query's conditions on the articles.
type filter struct {
	match string   // the FTS5 query of its words; "" when none
	conds []string // conditions on the articles, FTS aside, "{a}" standing for the table's alias
	args  []any
	sort  store.Sort
	// collapse shows each story once (its earliest matching copy).
	collapse bool
	// idOnly: every condition is "{a}.id IN (...)", a set of ids, so the
	// query can be answered from the full-text index and id sets alone
	// (see wordSet), without reading an article row per match.
	idOnly bool
}

// newFilter checks a query and turns it into SQL conditions.
func newFilter(q store.Query) (filter, error) {
	for _, d := range []struct{ name, v string }{{"from", q.From}, {"to", q.To}} {
		if d.v != "" && !isDay(d.v) {
			return filter{}, fmt.Errorf("%w: %s date %q is not YYYY-MM-DD", store.ErrInvalid, d.name, d.v)
		}
	}
	if v := q.MentionsDate; v != "" && !isDay(v) && !isMonth(v) && !isYear(v) {
		return filter{}, fmt.Errorf("%w: mentioned date %q is not YYYY-MM-DD, YYYY-MM or YYYY", store.ErrInvalid, v)
	}
	f := filter{match: ftsQuery(q.Q), collapse: !q.AllCopies, idOnly: true}
	f.sort = q.Sort
	switch f.sort {
	case "":
		f.sort = store.SortDate
		if f.match != "" {
			f.sort = store.SortRelevance
		}
	case store.SortRelevance:
		if f.match == "" {
			f.sort = store.SortDate // no words, no relevance
		}
	case store.SortDate:
	default:
		return filter{}, fmt.Errorf("%w: unknown sort %q (want relevance or date)", store.ErrInvalid, q.Sort)
	}
	add := func(cond string, args ...any) {
		f.conds = append(f.conds, cond)
		f.args = append(f.args, args...)
	}
	if v := strings.TrimSpace(q.Person); v != "" {
		add("{a}.id IN ("+personArticles+")", v, v)
	}
	if v := strings.TrimSpace(q.Org); v != "" {
		add("{a}.id IN ("+orgArticles+")", v, v)
	}
	if v := strings.TrimSpace(q.Place); v != "" {
		add("{a}.id IN (SELECT apl.article_id FROM places pl JOIN article_places apl ON apl.place_id = pl.id WHERE pl.name = ?)", v)
	}
	if v := strings.TrimSpace(q.Country); v != "" {
		add("{a}.id IN (SELECT apl.article_id FROM places pl JOIN article_places apl ON apl.place_id = pl.id WHERE pl.country = ?)", strings.ToUpper(v))
	}
	// Site and a closed date range select their ids from their indexes
	// first: the ids are then tested on each word match without reading
	// its article row (a common word in a month of 100,000 articles).
	if v := strings.TrimSpace(q.Site); v != "" {
		add("{a}.id IN (SELECT id FROM articles WHERE site_name = ? COLLATE NOCASE UNION SELECT id FROM articles WHERE host = ?)",
			v, strings.TrimPrefix(strings.ToLower(v), "www."))
	}
	switch {
	case q.From != "" && q.To != "":
		add("{a}.id IN (SELECT id FROM articles WHERE published_day >= ? AND published_day <= ?)", q.From, q.To)
	case q.From != "":
		add("{a}.published_day >= ?", q.From)
		f.idOnly = false
	case q.To != "":
		add("{a}.published_day <= ?", q.To)
		f.idOnly = false
	}
	if v := q.MentionsDate; v != "" {
		// A range on the value index: "2018-07" covers "2018-07" to "2018-07-31".
		add("{a}.id IN (SELECT d.article_id FROM dates d WHERE d.resolved = 1 AND d.value >= ? AND d.value < ?)", v, v+"~")
	}
	if v := strings.ToLower(strings.TrimSpace(q.Language)); v != "" {
		add("({a}.language = ? OR substr({a}.language, 1, ?) = ?)", v, len(v)+1, v+"-")
		f.idOnly = false
	}
	return f, nil
}

// The articles naming a person or an organization: the entities whose
// canonical name it is, and those any article calls so ("Bolton" for John
// Bolton, found in every article naming John Bolton, whatever it calls
// him). Two arguments: the name twice.
const (
	personArticles = "SELECT ap.article_id FROM article_people ap WHERE ap.person_id IN (" + personIDs + ")"
	personIDs      = "SELECT p.id FROM people p WHERE p.name = ? UNION SELECT x.person_id FROM article_person_aliases x WHERE x.alias = ?"
	orgArticles    = "SELECT ao.article_id FROM article_organizations ao WHERE ao.organization_id IN (" + orgIDs + ")"
	orgIDs         = "SELECT o.id FROM organizations o WHERE o.name = ? UNION SELECT x.organization_id FROM article_organization_aliases x WHERE x.alias = ?"
)

// sql returns the FROM and WHERE clauses (from " FROM") selecting the
// matching articles as "a", and their arguments. With join, the FTS table
// is joined (for bm25 and snippets); else words are an IN condition.
func (f filter) sql(join bool) (string, []any) {
	from := " FROM articles a"
	var conds []string
	var args []any
	if f.match != "" {
		if join {
			from += " JOIN articles_fts ON articles_fts.rowid = a.id"
			conds = append(conds, "articles_fts MATCH ?")
		} else {
			conds = append(conds, "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
		}
		args = append(args, f.match)
	}
	for _, c := range f.conds {
		conds = append(conds, rebind(c, "a"))
	}
	args = append(args, f.args...)
	if f.collapse {
		c, cargs := f.collapseCond()
		conds = append(conds, c)
		args = append(args, cargs...)
	}
	if len(conds) == 0 {
		return from, args
	}
	return from + " WHERE " + strings.Join(conds, " AND "), args
}

// collapseCond is the condition that shows a copy of a story only when no
// earlier copy of it matches, with its arguments. The representative (rank
// 0), and any article of a story of one, need no look.
func (f filter) collapseCond() (string, []any) {
	inner := []string{"b.story_id = a.story_id", "b.story_rank < a.story_rank"}
	var args []any
	if f.match != "" {
		inner = append(inner, "b.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
		args = append(args, f.match)
	}
	for _, c := range f.conds {
		inner = append(inner, rebind(c, "b"))
	}
	args = append(args, f.args...)
	return "(a.story_rank = 0 OR NOT EXISTS (SELECT 1 FROM articles b WHERE " + strings.Join(inner, " AND ") + "))", args
}

// rebind names the articles table's alias in a condition.
func rebind(cond, alias string) string {
	return strings.ReplaceAll(cond, "{a}", alias)
}

// Search returns one page of the articles a query selects.
func (s *Store) Search(ctx context.Context, q store.Query) (store.SearchResult, error) {
	if s.isClosed() {
		return store.SearchResult{}, store.ErrClosed
	}
	limit, err := pageLimit(q.Limit, q.Offset)
	if err != nil {
		return store.SearchResult{}, err
	}
	f, err := newFilter(q)
	if err != nil {
		return store.SearchResult{}, err
	}
	if f.match != "" && f.idOnly {
		return s.searchWords(ctx, q, f, limit)
	}
	var res store.SearchResult
	if res.Total, err = s.count(ctx, f); err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	from, args := f.sql(true)
	res.Results = []store.Summary{}
	if res.Total == 0 || q.Offset >= res.Total {
		return res, nil
	}
	// First the page of ids, ordered; then their fields and snippets. In
	// one query SQLite would build a snippet for every match before
	// sorting them, not only for the page.
	order := " ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC"
	if f.sort == store.SortRelevance {
		order = " ORDER BY bm25(articles_fts, 4.0, 1.0), a.id DESC"
	}
	if f.match == "" && len(f.conds) > 0 {
		// A filter selecting much of the store (a big site): walk the
		// newest-first index, testing each article, rather than sort all.
		var maxID int64
		if err := s.queryRow(ctx, "SELECT coalesce(max(id), 0) FROM articles").Scan(&maxID); err != nil {
			return store.SearchResult{}, fmt.Errorf("search: %w", err)
		}
		if int64(res.Total)*walkMax >= int64(limit+q.Offset)*maxID {
			from = strings.Replace(from, " FROM articles a", " FROM articles a INDEXED BY articles_recent", 1)
		}
	}
	ids, err := s.pageIDs(ctx, "SELECT a.id"+from+order+" LIMIT ? OFFSET ?", append(args, limit, q.Offset))
	if err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	if len(ids) == 0 {
		return res, nil
	}
	res.Results, err = s.summaries(ctx, f, ids, false)
	if err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	return res, nil
}

// count counts the results of a query in the general form (see Search).
func (s *Store) count(ctx context.Context, f filter) (int, error) {
	// The join form: SQLite then scans the words' matches and tests the
	// other conditions on their ids before it reads an article row (word and
	// person on 100,000 articles: 75 ms to 9 ms in the IN form's stead).
	from, args := f.sql(true)
	count := "SELECT count(*)" + from
	if f.match == "" && len(f.conds) == 0 {
		// Everything: one row per story, or per article.
		count = "SELECT count(*) FROM stories"
		if !f.collapse {
			count = "SELECT count(*) FROM articles"
		}
		args = nil
	}
	if with, wargs, ok := f.setSQL(); ok {
		count = with + "SELECT count(*) FROM m"
		if f.collapse {
			count = with + "SELECT (SELECT count(*) FROM m) - (SELECT count(*) FROM d)"
		}
		args = wargs
	}
	var n int
	err := s.queryRow(ctx, count, args...).Scan(&n)
	return n, err
}

// setSQL returns, for a query without words whose conditions are all id
// sets, a WITH clause naming the ids of its matches m (the sets
// intersected, no article row read) and, when stories are folded, the
// copies d to drop (see droppedCopies), with its arguments; ok is false
// for other queries. It counts a filter selecting most of the store (a
// big site) without reading every article row for its story rank.
func (f filter) setSQL() (with string, args []any, ok bool) {
	if f.match != "" || !f.idOnly || len(f.conds) == 0 {
		return "", nil, false
	}
	const prefix = "{a}.id IN ("
	subs := make([]string, len(f.conds))
	for i, c := range f.conds {
		if !strings.HasPrefix(c, prefix) || !strings.HasSuffix(c, ")") {
			return "", nil, false
		}
		subs[i] = c[len(prefix) : len(c)-1]
	}
	with = "WITH s0(id) AS (" + subs[0] + "), m AS MATERIALIZED (SELECT DISTINCT id FROM s0"
	for i, sub := range subs[1:] {
		if i == 0 {
			with += " WHERE "
		} else {
			with += " AND "
		}
		with += "id IN (" + sub + ")"
	}
	with += ")"
	if f.collapse {
		with += ", d AS MATERIALIZED (" + droppedCopies + ")"
	}
	return with + " ", f.args, true
}

// summaries reads the fields and snippets of the articles ids, in their
// order. With probe (words matching very many articles), snippets are
// found by probing the full-text index per id.
func (s *Store) summaries(ctx context.Context, f filter, ids []int64, probe bool) ([]store.Summary, error) {
	out := []store.Summary{}
	if len(ids) == 0 {
		return out, nil
	}
	// The ids as one JSON array: one statement shape whatever their number.
	inIDs := "a.id IN (SELECT value FROM json_each(?))"
	idList := idsJSON(ids)
	fields := `SELECT a.id, a.title, CASE WHEN a.url != '' THEN a.url ELSE a.canonical_url END, a.site_name, a.published,
		coalesce(a.story_id, 0), coalesce((SELECT st.copies FROM stories st WHERE st.id = a.story_id), 1), `
	var sel string
	var selArgs []any
	if f.match != "" {
		sel = fields + "snippet(articles_fts, 1, '', '', '…', 24), substr(d.text, 1, 400)" +
			" FROM articles a JOIN article_docs d ON d.id = a.id JOIN articles_fts ON articles_fts.rowid = a.id WHERE articles_fts MATCH ? AND " + inIDs
		selArgs = []any{f.match, idList}
		if probe {
			// The page's ids drive the join, each probing the full-text
			// index by rowid for its snippet, instead of a scan of all the
			// word's matches tested against the page: cheaper for a word in
			// a third of 100,000 articles (3 ms against 12), dearer for
			// rarer ones.
			sel = fields + "snippet(articles_fts, 1, '', '', '…', 24), substr(d.text, 1, 400)" +
				" FROM json_each(?) j CROSS JOIN articles_fts ON articles_fts.rowid = j.value CROSS JOIN articles a ON a.id = j.value" +
				" JOIN article_docs d ON d.id = a.id WHERE articles_fts MATCH ?"
			selArgs = []any{idList, f.match}
		}
	} else {
		sel = fields + "'', substr(d.text, 1, 400) FROM articles a JOIN article_docs d ON d.id = a.id WHERE " + inIDs
		selArgs = []any{idList}
	}
	rows, err := s.query(ctx, sel, selArgs...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byID := make(map[int64]store.Summary, len(ids))
	for rows.Next() {
		var r store.Summary
		var head string
		if err := rows.Scan(&r.ID, &r.Title, &r.URL, &r.SiteName, &r.Published, &r.StoryID, &r.Copies, &r.Snippet, &head); err != nil {
			return nil, err
		}
		if strings.TrimSpace(r.Snippet) == "" {
			r.Snippet = cutWords(head, snippetRunes)
		}
		byID[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, id := range ids {
		if r, ok := byID[id]; ok { // gone only if deleted between the two queries
			out = append(out, r)
		}
	}
	return out, nil
}

// defaultRankAll is the number of results up to which a search by
// relevance ranks all its results (Options.RankAll). Past it, the first
// pages rank only the newest defaultRankAll results (in the order they
// were stored), so a word found in a third of 100,000 articles costs BM25
// over 4,000 of them, not 30,000 (see searchWords).
const defaultRankAll = 4000

// walkMax bounds how many entries of the newest-first index a words
// search sorted by date expects to walk: when its matches are dense enough
// that a page is likely within the newest walkMax articles, the index is
// read in order and each article tested against the matches, stopping
// after the page; else the matches are sorted.
const walkMax = 5000

// wordSQL returns, for a query with words whose conditions are all id
// sets (f.idOnly), a WITH clause naming its matches m and, when stories are folded, the copies d to drop from them (see
// droppedCopies); then the conditions on articles_fts (from " WHERE")
// selecting the results, and the arguments of both. No article row is
// read. The "+" before rowid keeps SQLite from probing the full-text index
// once per id of a set (a person's 5,000 articles), so it scans the word's
// matches once and tests each against the sets.
func (f filter) wordSQL() (with, where string, args []any) {
	conds := []string{"articles_fts MATCH ?"}
	args = []any{f.match}
	for _, c := range f.conds {
		conds = append(conds, strings.ReplaceAll(c, "{a}.id", "+articles_fts.rowid"))
	}
	args = append(args, f.args...)
	// With no other condition, m stays a plain scan of the index at each
	// use (the count is then FTS5's own, and an IN builds its set straight
	// from the index); with conditions, it is gathered once.
	materialized := "NOT MATERIALIZED"
	if len(f.conds) > 0 {
		materialized = "MATERIALIZED"
	}
	with = "WITH m AS " + materialized + " (SELECT rowid AS id FROM articles_fts WHERE " + strings.Join(conds, " AND ") + ")"
	where = " WHERE articles_fts MATCH ?"
	args = append(args, f.match)
	if len(f.conds) > 0 {
		where += " AND +articles_fts.rowid IN m"
	}
	if f.collapse {
		with += ", d AS MATERIALIZED (" + droppedCopies + ")"
		where += " AND +articles_fts.rowid NOT IN d"
	}
	return with + " ", where, args
}

// droppedCopies selects, from the matches m, the later copies of stories
// that would otherwise show twice: copies (story_rank > 0) with an earlier
// copy among the matches. It walks the index of copies (migration 009) and
// reads no article row: copies are few, so this is the cheap side of story
// folding.
const droppedCopies = "SELECT c.id FROM articles c INDEXED BY articles_copies WHERE c.story_rank > 0 AND c.id IN m" +
	" AND EXISTS (SELECT 1 FROM articles b WHERE b.story_id = c.story_id AND b.story_rank < c.story_rank AND b.id IN m)"

// searchWords answers a search with words whose other conditions are id
// sets from the full-text index and id sets alone: no article row is read
// per match. One statement gives the page's ids with the total as a
// column, so the matches are gathered once. Results are those of the
// general form but for the ranking of very common words: the first pages
// of a search by relevance with more than Options.RankAll results rank only the
// newest RankAll of them (SearchResult.RankedNewest says so; with fewer
// results the bound changes nothing); deeper pages rank them all.
func (s *Store) searchWords(ctx context.Context, q store.Query, f filter, limit int) (store.SearchResult, error) {
	res := store.SearchResult{Results: []store.Summary{}}
	with, where, args := f.wordSQL()
	total := "(SELECT count(*) FROM m)"
	if f.collapse {
		total = "(SELECT count(*) FROM m) - (SELECT count(*) FROM d)"
	}
	var query string
	capped := false
	switch {
	case f.sort == store.SortDate:
		// Dense matches: walk the newest-first index testing each article
		// against them, stopping after the page; sparse ones: sort them.
		index := ""
		if len(f.conds) == 0 {
			var matches, maxID int64
			if err := s.queryRow(ctx, "SELECT count(*), (SELECT coalesce(max(id), 0) FROM articles) FROM articles_fts WHERE articles_fts MATCH ?", f.match).
				Scan(&matches, &maxID); err != nil {
				return store.SearchResult{}, fmt.Errorf("search: %w", err)
			}
			if matches*walkMax >= int64(limit+q.Offset)*maxID {
				index = " INDEXED BY articles_recent"
			}
		}
		notDropped := ""
		if f.collapse {
			notDropped = " AND a.id NOT IN d"
		}
		args = args[:len(args)-1] // the page needs no second match
		query = with + "SELECT a.id, " + total + " FROM articles a" + index + " WHERE a.id IN m" + notDropped +
			" ORDER BY a.published_at IS NULL, a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"
	case s.rankAll > 0 && limit+q.Offset <= s.rankAll/2:
		capped = true
		if n, ok, err := s.estimateTotal(ctx, f); err != nil {
			return store.SearchResult{}, fmt.Errorf("search: %w", err)
		} else if ok {
			res, ok, err := s.searchEstimated(ctx, f, n, limit, q.Offset)
			if err != nil || ok {
				return res, err
			}
		}
		query = with + "SELECT rid, " + total + " FROM (SELECT rowid AS rid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts" + where +
			" ORDER BY rowid DESC LIMIT ?) ORDER BY score, rid DESC LIMIT ? OFFSET ?"
		args = append(args, s.rankAll)
	default:
		query = with + "SELECT rowid, " + total + " FROM articles_fts" + where + " ORDER BY bm25(articles_fts, 4.0, 1.0), rowid DESC LIMIT ? OFFSET ?"
	}
	rows, err := s.query(ctx, query, append(args, limit, q.Offset)...)
	if err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &res.Total); err != nil {
			rows.Close()
			return store.SearchResult{}, fmt.Errorf("search: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	if len(ids) == 0 {
		// No page: past the end, or nothing matches. The total alone.
		with, _, args := f.wordSQL()
		if err := s.queryRow(ctx, with+"SELECT "+total, args[:len(args)-1]...).Scan(&res.Total); err != nil {
			return store.SearchResult{}, fmt.Errorf("search: %w", err)
		}
		return res, nil
	}
	if capped && res.Total > s.rankAll {
		res.RankedNewest = s.rankAll
	}
	res.Results, err = s.summaries(ctx, f, ids, false)
	if err != nil {
		return store.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	return res, nil
}

// defaultExactTotals is the number of matches up to which a words-only
// search counts its stories exactly (Options.ExactTotals).
const defaultExactTotals = 10000

// estimateTotal says whether a words search's total is to be estimated
// (see Options.ExactTotals), with its number of matches.
func (s *Store) estimateTotal(ctx context.Context, f filter) (matches int, ok bool, err error) {
	if s.exactTotals <= 0 || s.rankAll <= 0 || !f.collapse || f.match == "" || !f.idOnly || len(f.conds) > 0 {
		return 0, false, nil
	}
	if err := s.queryRow(ctx, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", f.match).Scan(&matches); err != nil {
		return 0, false, err
	}
	return matches, matches > s.exactTotals && matches > s.rankAll, nil
}

// windowSQL is a WITH clause over a words-only query's newest matches w
// (three arguments: the match, the window's size, the match) naming the
// copies d to drop among them: the copies in w (story_rank > 0) whose
// earlier copies e include a match. The earlier copies are found from
// the story index, then tested in one scan of the word's matches from the
// oldest of them on (copies are mostly stored soon after their story's
// first) against that small set, so no set of all matches is built (the
// exact count's cost: ~20-50 ms for a word in a third of 100,000
// articles). Which copies
// of w are dropped is exact; only the share past w is not known.
const windowSQL = `WITH w AS MATERIALIZED (SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?),
	cw AS MATERIALIZED (SELECT c.id, c.story_id, c.story_rank FROM w CROSS JOIN articles c ON c.id = w.id WHERE c.story_rank > 0),
	e AS MATERIALIZED (SELECT b.id, cw.id AS copy FROM cw CROSS JOIN articles b INDEXED BY articles_story
		ON b.story_id = cw.story_id AND b.story_rank < cw.story_rank),
	d AS MATERIALIZED (SELECT DISTINCT e.copy AS id FROM e WHERE e.id IN
		(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= (SELECT min(id) FROM e) AND +rowid IN (SELECT id FROM e))) `

// windowRows selects (from " FROM") the results in the window of
// windowSQL: its matches but the copies to drop. One argument: the match.
const windowRows = " FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= (SELECT coalesce(min(id), 0) FROM w) AND +rowid NOT IN d"

// estimated is the estimated number of stories among matches matches,
// from the window's size and its copies dropped: the share dropped in the
// window applied to all.
func estimated(matches, window, dropped int) int {
	if window <= 0 {
		return matches
	}
	return matches - int(math.Round(float64(dropped)*float64(matches)/float64(window)))
}

// searchEstimated answers the first pages of a words-only search by
// relevance whose matches are too many to count exactly (see
// Options.ExactTotals): ranked among the newest RankAll matches less the
// copies to drop, the total estimated. ok is false, and nothing answered,
// when so many of those newest matches are dropped copies that the window
// would cut the page short: the exact form then answers.
func (s *Store) searchEstimated(ctx context.Context, f filter, matches, limit, offset int) (res store.SearchResult, ok bool, err error) {
	res = store.SearchResult{Results: []store.Summary{}, TotalEstimated: true}
	query := windowSQL + "SELECT rid, (SELECT count(*) FROM w), (SELECT count(*) FROM d) FROM (SELECT rowid AS rid, bm25(articles_fts, 4.0, 1.0) AS score" +
		windowRows + ") ORDER BY score, rid DESC LIMIT ? OFFSET ?"
	rows, err := s.query(ctx, query, f.match, s.rankAll, f.match, f.match, limit, offset)
	if err != nil {
		return store.SearchResult{}, false, fmt.Errorf("search: %w", err)
	}
	var ids []int64
	var window, dropped int
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id, &window, &dropped); err != nil {
			rows.Close()
			return store.SearchResult{}, false, fmt.Errorf("search: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return store.SearchResult{}, false, fmt.Errorf("search: %w", err)
	}
	if len(ids) == 0 {
		if err := s.queryRow(ctx, windowSQL+"SELECT (SELECT count(*) FROM w), (SELECT count(*) FROM d)", f.match, s.rankAll, f.match).
			Scan(&window, &dropped); err != nil {
			return store.SearchResult{}, false, fmt.Errorf("search: %w", err)
		}
	}
	if window-dropped < limit+offset {
		return store.SearchResult{}, false, nil
	}
	res.Total = estimated(matches, window, dropped)
	res.RankedNewest = window - dropped
	if len(ids) == 0 {
		return res, true, nil
	}
	res.Results, err = s.summaries(ctx, f, ids, true)
	if err != nil {
		return store.SearchResult{}, false, fmt.Errorf("search: %w", err)
	}
	return res, true, nil
}

// idsJSON returns ids as a JSON array, for json_each.
func idsJSON(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

// pageIDs runs a query of article ids.
func (s *Store) pageIDs(ctx context.Context, query string, args []any) ([]int64, error) {
	rows, err := s.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Quotes returns one page of the quotes a query selects, newest article
// first and in text order within an article. A speaker matches the quote's
// canonical speaker name, or any other name an article uses for that person
// or organization ("Putin" finds "Vladimir Putin").
func (s *Store) Quotes(ctx context.Context, q store.QuoteQuery) (store.QuoteResult, error) {
	if s.isClosed() {
		return store.QuoteResult{}, store.ErrClosed
	}
	limit, err := pageLimit(q.Limit, q.Offset)
	if err != nil {
		return store.QuoteResult{}, err
	}
	from := " FROM quotes qu JOIN articles a ON a.id = qu.article_id"
	var where []string
	var args []any
	if match := ftsQuery(q.Q); match != "" {
		from += " JOIN quotes_fts ON quotes_fts.rowid = qu.id"
		where = append(where, "quotes_fts MATCH ?")
		args = append(args, match)
	}
	if v := strings.TrimSpace(q.Speaker); v != "" {
		// The name itself, the canonical names of those an article calls
		// so, and the people whose canonical name ends with it as a word
		// ("Bolton": "John Bolton").
		where = append(where, "qu.speaker IN (SELECT ? UNION SELECT p.name FROM article_person_aliases x JOIN people p ON p.id = x.person_id WHERE x.alias = ?"+
			" UNION SELECT o.name FROM article_organization_aliases x JOIN organizations o ON o.id = x.organization_id WHERE x.alias = ?"+
			` UNION SELECT p.name FROM people p WHERE p.name LIKE ? ESCAPE '\')`)
		args = append(args, v, v, v, "% "+likeEscape(v))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var res store.QuoteResult
	if err := s.queryRow(ctx, "SELECT count(*)"+from+cond, args...).Scan(&res.Total); err != nil {
		return store.QuoteResult{}, fmt.Errorf("quotes: %w", err)
	}
	res.Results = []store.QuoteHit{}
	if res.Total == 0 || q.Offset >= res.Total {
		return res, nil
	}
	rows, err := s.query(ctx, "SELECT qu.text, qu.speaker, qu.kind, qu.article_id, a.title, a.published, qu.context"+from+cond+
		" ORDER BY a.published_at IS NULL, a.published_at DESC, qu.article_id DESC, qu.seq LIMIT ? OFFSET ?",
		append(args, limit, q.Offset)...)
	if err != nil {
		return store.QuoteResult{}, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var h store.QuoteHit
		if err := rows.Scan(&h.Text, &h.Speaker, &h.Kind, &h.ArticleID, &h.Title, &h.Published, &h.Context); err != nil {
			return store.QuoteResult{}, fmt.Errorf("quotes: %w", err)
		}
		res.Results = append(res.Results, h)
	}
	if err := rows.Err(); err != nil {
		return store.QuoteResult{}, fmt.Errorf("quotes: %w", err)
	}
	return res, nil
}

// Entities lists the people, organizations or places the stored articles
// name, the most often named first.
func (s *Store) Entities(ctx context.Context, q store.EntityQuery) (store.EntityResult, error) {
	if s.isClosed() {
		return store.EntityResult{}, store.ErrClosed
	}
	limit, err := pageLimit(q.Limit, q.Offset)
	if err != nil {
		return store.EntityResult{}, err
	}
	var table, link, fk, country string
	switch q.Kind {
	case store.People:
		table, link, fk, country = "people", "article_people", "person_id", "''"
	case store.Organizations:
		table, link, fk, country = "organizations", "article_organizations", "organization_id", "''"
	case store.Places:
		table, link, fk, country = "places", "article_places", "place_id", "e.country"
	default:
		return store.EntityResult{}, fmt.Errorf("%w: unknown entity kind %q (want people, organizations or places)", store.ErrInvalid, q.Kind)
	}
	from := " FROM " + table + " e JOIN " + link + " l ON l." + fk + " = e.id"
	cond := ""
	var args []any
	if p := strings.TrimSpace(q.Prefix); p != "" {
		cond = ` WHERE e.name LIKE ? ESCAPE '\'`
		args = append(args, likeEscape(p)+"%")
	}
	var res store.EntityResult
	if err := s.queryRow(ctx, "SELECT count(DISTINCT e.id)"+from+cond, args...).Scan(&res.Total); err != nil {
		return store.EntityResult{}, fmt.Errorf("entities: %w", err)
	}
	res.Results = []store.EntityCount{}
	if res.Total == 0 || q.Offset >= res.Total {
		return res, nil
	}
	rows, err := s.query(ctx, "SELECT e.name, "+country+", count(*) AS n, sum(l.mentions) AS m"+from+cond+
		" GROUP BY e.id ORDER BY n DESC, m DESC, e.name LIMIT ? OFFSET ?", append(args, limit, q.Offset)...)
	if err != nil {
		return store.EntityResult{}, fmt.Errorf("entities: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c store.EntityCount
		if err := rows.Scan(&c.Name, &c.Country, &c.Articles, &c.Mentions); err != nil {
			return store.EntityResult{}, fmt.Errorf("entities: %w", err)
		}
		res.Results = append(res.Results, c)
	}
	if err := rows.Err(); err != nil {
		return store.EntityResult{}, fmt.Errorf("entities: %w", err)
	}
	return res, nil
}

// pageLimit checks a page's limit and offset and returns the limit to use.
func pageLimit(limit, offset int) (int, error) {
	if limit < 0 || offset < 0 {
		return 0, fmt.Errorf("%w: limit and offset must not be negative", store.ErrInvalid)
	}
	if limit == 0 {
		return store.DefaultLimit, nil
	}
	return min(limit, store.MaxLimit), nil
}

// ftsQuery turns a reader's words into an FTS5 query that requires each of
// them: every word becomes a quoted string (so FTS5 operators and
// punctuation in the input are taken as text), and a trailing * keeps its
// prefix meaning. Words with no letter or digit are dropped; "" means no
// word was left.
func ftsQuery(q string) string {
	var b strings.Builder
	for _, w := range strings.Fields(q) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		// Quotes would end the string, and control characters (NUL above
		// all) cut it short inside SQLite.
		w = strings.Map(func(r rune) rune {
			if r == '"' || unicode.IsControl(r) || r == utf8.RuneError {
				return -1
			}
			return r
		}, w)
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(w)
		b.WriteByte('"')
		if prefix {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// likeEscape escapes LIKE's wildcards with a backslash.
func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// cutWords returns the start of s, at most n runes, cut at a space, with
// its white space runs made single spaces and "…" when something was cut.
func cutWords(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0
	for i := range s {
		if n == 0 {
			break
		}
		end = i
		n--
	}
	if sp := strings.LastIndexByte(s[:end], ' '); sp > end/2 {
		end = sp
	}
	return strings.TrimRight(s[:end], " ,;:") + "…"
}

// isMonth reports whether s is YYYY-MM with digits in place.
func isMonth(s string) bool {
	return len(s) == 7 && isYear(s[:4]) && s[4] == '-' && s[5] >= '0' && s[5] <= '9' && s[6] >= '0' && s[6] <= '9'
}

// isYear reports whether s is four digits.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
