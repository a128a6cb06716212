package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ledehq/lede/internal/store"
)

// defaultFacetLimit is how many values a facet lists by default.
const defaultFacetLimit = 10

// Facets counts the entities, countries, sites and languages of the
// articles a query selects, in one statement over the matching ids.
func (s *Store) Facets(ctx context.Context, q store.Query, opts store.FacetOptions) (store.FacetResult, error) {
	if s.isClosed() {
		return store.FacetResult{}, store.ErrClosed
	}
	limit, err := pageLimit(opts.Limit, 0)
	if err != nil {
		return store.FacetResult{}, err
	}
	if opts.Limit == 0 {
		limit = defaultFacetLimit
	}
	f, err := newFilter(q)
	if err != nil {
		return store.FacetResult{}, err
	}
	from, args := f.sql(true)
	head := `WITH fm AS MATERIALIZED (SELECT a.id, a.host, a.site_name, a.language` + from + `),`
	total := "count(*) FROM fm"
	sampling := s.facetSample > 0
	matches, estimate := 0, false
	if sampling {
		if matches, estimate, err = s.estimateTotal(ctx, f); err != nil {
			return store.FacetResult{}, fmt.Errorf("facets: %w", err)
		}
	}
	switch {
	case !sampling:
	case f.match == "" || !f.idOnly:
		// The general form: the newest facetSample results, the total
		// counted as Search counts it (every story of 100,000 articles:
		// 1.5 s to count their facets, a few ms for the newest 500).
		n, err := s.count(ctx, f)
		if err != nil {
			return store.FacetResult{}, fmt.Errorf("facets: %w", err)
		}
		head = `WITH fm AS MATERIALIZED (SELECT a.id, a.host, a.site_name, a.language` + from + ` ORDER BY a.id DESC LIMIT ?),`
		args = append(args, s.facetSample)
		total = strconv.Itoa(n)
	case estimate:
		// A very common word (see Options.ExactTotals): the newest
		// facetSample results of the window of searchEstimated, the total
		// estimated as it estimates it.
		head = windowSQL + `, fm AS MATERIALIZED (SELECT a.id, a.host, a.site_name, a.language FROM articles a WHERE a.id IN
			(SELECT rowid` + windowRows + ` ORDER BY rowid DESC LIMIT ?)),`
		args = []any{f.match, s.rankAll, f.match, f.match, s.facetSample}
		total = "(SELECT count(*) FROM w) * 1000000000 + (SELECT count(*) FROM d)"
	default:
		// Words: the total from the full-text index and id sets (see
		// searchWords), the counts over the newest facetSample results.
		with, where, wargs := f.wordSQL()
		total = "(SELECT count(*) FROM m)"
		if f.collapse {
			total = "(SELECT count(*) FROM m) - (SELECT count(*) FROM d)"
		}
		head = with + `, fm AS MATERIALIZED (SELECT a.id, a.host, a.site_name, a.language FROM articles a WHERE a.id IN
			(SELECT rowid FROM articles_fts` + where + ` ORDER BY rowid DESC LIMIT ?)),`
		args = append(wargs, s.facetSample)
	}
	// CROSS JOIN keeps the results as the outer loop: left to itself,
	// SQLite scanned every organization and place with all its links and
	// tested each against the results (over 100 ms on 100,000 articles,
	// whatever the query).
	query := head + `
	fp AS (SELECT 'people' AS facet, p.name AS value, '' AS label, '' AS country, count(*) AS n
		FROM fm CROSS JOIN article_people ap ON ap.article_id = fm.id CROSS JOIN people p ON p.id = ap.person_id
		GROUP BY p.id ORDER BY n DESC, value LIMIT ?1),
	fo AS (SELECT 'organizations', o.name AS value, '', '', count(*) AS n
		FROM fm CROSS JOIN article_organizations ao ON ao.article_id = fm.id CROSS JOIN organizations o ON o.id = ao.organization_id
		GROUP BY o.id ORDER BY n DESC, value LIMIT ?1),
	fl AS (SELECT 'places', pl.name AS value, '', pl.country, count(*) AS n
		FROM fm CROSS JOIN article_places apl ON apl.article_id = fm.id CROSS JOIN places pl ON pl.id = apl.place_id
		GROUP BY pl.id ORDER BY n DESC, value LIMIT ?1),
	fc AS (SELECT 'countries', pl.country AS value, '', '', count(DISTINCT fm.id) AS n
		FROM fm CROSS JOIN article_places apl ON apl.article_id = fm.id CROSS JOIN places pl ON pl.id = apl.place_id
		WHERE pl.country != '' GROUP BY pl.country ORDER BY n DESC, value LIMIT ?1),
	fs AS (SELECT 'sites', fm.host AS value, max(fm.site_name), '', count(*) AS n
		FROM fm WHERE fm.host != '' GROUP BY fm.host ORDER BY n DESC, value LIMIT ?1),
	fg AS (SELECT 'languages', CASE WHEN instr(fm.language, '-') > 0 THEN substr(fm.language, 1, instr(fm.language, '-') - 1) ELSE fm.language END AS value,
		'', '', count(*) AS n FROM fm WHERE fm.language != '' GROUP BY value ORDER BY n DESC, value LIMIT ?1)
	SELECT 'total', '', '', '', ` + total + `
	UNION ALL SELECT * FROM fp UNION ALL SELECT * FROM fo UNION ALL SELECT * FROM fl
	UNION ALL SELECT * FROM fc UNION ALL SELECT * FROM fs UNION ALL SELECT * FROM fg`
	// ?1 is the limit; the filter's own arguments follow it.
	query = numberArgs(query, 2)
	rows, err := s.query(ctx, query, append([]any{limit}, args...)...)
	if err != nil {
		return store.FacetResult{}, fmt.Errorf("facets: %w", err)
	}
	defer rows.Close()
	res := store.FacetResult{People: []store.FacetValue{}, Organizations: []store.FacetValue{}, Places: []store.FacetValue{},
		Countries: []store.FacetValue{}, Sites: []store.FacetValue{}, Languages: []store.FacetValue{}}
	for rows.Next() {
		var facet string
		var v store.FacetValue
		if err := rows.Scan(&facet, &v.Value, &v.Label, &v.Country, &v.Count); err != nil {
			return store.FacetResult{}, fmt.Errorf("facets: %w", err)
		}
		switch facet {
		case "total":
			res.Total = v.Count
		case "people":
			res.People = append(res.People, v)
		case "organizations":
			res.Organizations = append(res.Organizations, v)
		case "places":
			res.Places = append(res.Places, v)
		case "countries":
			res.Countries = append(res.Countries, v)
		case "sites":
			res.Sites = append(res.Sites, v)
		case "languages":
			res.Languages = append(res.Languages, v)
		}
	}
	if err := rows.Err(); err != nil {
		return store.FacetResult{}, fmt.Errorf("facets: %w", err)
	}
	if estimate {
		// The window's size and copies dropped, packed in one column.
		res.Total = estimated(matches, res.Total/1000000000, res.Total%1000000000)
		res.TotalEstimated = true
	}
	if sampling && res.Total > s.facetSample {
		res.Sample = s.facetSample
	}
	return res, nil
}

// defaultFacetSample bounds the results a word query's facets count
// (Options.FacetSample): past it, the counts are over its newest
// defaultFacetSample results (in the order they
// were stored) and FacetResult.Sample says so. Counting reads each result's
// people, organizations and places, about 50 µs an article on the
// 100,000-article bench store: 500 keep a facet query near 25 ms whatever
// the word. The total stays exact.
const defaultFacetSample = 500

// numberArgs numbers the plain "?" parameters of query from n on ("?2",
// "?3"...), so they can follow numbered ones. Question marks inside quoted
// SQL strings are left alone.
func numberArgs(query string, n int) string {
	var b strings.Builder
	quoted := false
	for i := 0; i < len(query); i++ {
		c := query[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted && (i+1 >= len(query) || query[i+1] < '0' || query[i+1] > '9'):
			fmt.Fprintf(&b, "?%d", n)
			n++
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// entitySQL describes one kind of entity's tables.
type entitySQL struct {
	table, link, fk string
	// articles selects the ids of the articles naming the entity; its
	// arguments are the name, repeated nameArgs times.
	articles string
	nameArgs int
	// self selects the ids of the entity's rows (the name, or a name an
	// article uses for it).
	self string
}

func entityTables(kind store.EntityKind) (entitySQL, error) {
	switch kind {
	case store.People:
		return entitySQL{"people", "article_people", "person_id", personArticles, 2,
			"SELECT id FROM people WHERE name = ?1 UNION SELECT person_id FROM article_person_aliases WHERE alias = ?1"}, nil
	case store.Organizations:
		return entitySQL{"organizations", "article_organizations", "organization_id", orgArticles, 2,
			"SELECT id FROM organizations WHERE name = ?1 UNION SELECT organization_id FROM article_organization_aliases WHERE alias = ?1"}, nil
	case store.Places:
		return entitySQL{"places", "article_places", "place_id",
			"SELECT apl.article_id FROM places pl JOIN article_places apl ON apl.place_id = pl.id WHERE pl.name = ?", 1,
			"SELECT id FROM places WHERE name = ?1"}, nil
	}
	return entitySQL{}, fmt.Errorf("%w: unknown entity kind %q (want people, organizations or places)", store.ErrInvalid, kind)
}

// CoOccurrences lists the entities named in the most stories that also name
// the asked one. An article and its copies elsewhere count once.
func (s *Store) CoOccurrences(ctx context.Context, q store.CoOccurrenceQuery) (store.CoOccurrenceResult, error) {
	if s.isClosed() {
		return store.CoOccurrenceResult{}, store.ErrClosed
	}
	limit, err := pageLimit(q.Limit, 0)
	if err != nil {
		return store.CoOccurrenceResult{}, err
	}
	me, err := entityTables(q.Kind)
	if err != nil {
		return store.CoOccurrenceResult{}, err
	}
	name := strings.TrimSpace(q.Name)
	if name == "" {
		return store.CoOccurrenceResult{}, fmt.Errorf("%w: co-occurrences need an entity name", store.ErrInvalid)
	}
	kinds := []store.EntityKind{store.People, store.Organizations, store.Places}
	if q.With != "" {
		if _, err := entityTables(q.With); err != nil {
			return store.CoOccurrenceResult{}, err
		}
		kinds = []store.EntityKind{q.With}
	}
	// ?1 is the name, ?2 the limit.
	articles := strings.ReplaceAll(me.articles, "?", "?1")
	var parts []string
	for _, k := range kinds {
		t, _ := entityTables(k)
		country := "''"
		if k == store.Places {
			country = "e.country"
		}
		part := "SELECT '" + string(k) + "' AS kind, e.name AS name, " + country + " AS country, count(DISTINCT m.story) AS n" +
			" FROM m JOIN " + t.link + " l ON l.article_id = m.id JOIN " + t.table + " e ON e.id = l." + t.fk
		if k == q.Kind {
			part += " WHERE e.id NOT IN (" + me.self + ")"
		}
		parts = append(parts, part+" GROUP BY e.id")
	}
	query := "WITH m AS MATERIALIZED (SELECT a.id, coalesce(a.story_id, -a.id) AS story FROM articles a WHERE a.id IN (" + articles + "))" +
		" SELECT 'total', '', '', count(DISTINCT story) FROM m UNION ALL SELECT * FROM (" +
		strings.Join(parts, " UNION ALL ") + " ORDER BY 4 DESC, 2 LIMIT ?2)"
	rows, err := s.query(ctx, query, name, limit)
	if err != nil {
		return store.CoOccurrenceResult{}, fmt.Errorf("co-occurrences: %w", err)
	}
	defer rows.Close()
	res := store.CoOccurrenceResult{Kind: q.Kind, Name: name, Results: []store.CoOccurrence{}}
	for rows.Next() {
		var c store.CoOccurrence
		var kind string
		if err := rows.Scan(&kind, &c.Name, &c.Country, &c.Articles); err != nil {
			return store.CoOccurrenceResult{}, fmt.Errorf("co-occurrences: %w", err)
		}
		if kind == "total" {
			res.Articles = c.Articles
			continue
		}
		c.Kind = store.EntityKind(kind)
		res.Results = append(res.Results, c)
	}
	if err := rows.Err(); err != nil {
		return store.CoOccurrenceResult{}, fmt.Errorf("co-occurrences: %w", err)
	}
	return res, nil
}

// Timeline counts the articles a query selects per publication day, and
// the mentions of the entity it filters on.
func (s *Store) Timeline(ctx context.Context, q store.Query) (store.TimelineResult, error) {
	if s.isClosed() {
		return store.TimelineResult{}, store.ErrClosed
	}
	f, err := newFilter(q)
	if err != nil {
		return store.TimelineResult{}, err
	}
	from, args := f.sql(true)
	mentions := "0"
	var mArgs []any
	switch {
	case strings.TrimSpace(q.Person) != "":
		v := strings.TrimSpace(q.Person)
		mentions = "(SELECT coalesce(sum(ap.mentions), 0) FROM article_people ap WHERE ap.article_id = a.id AND ap.person_id IN (" + personIDs + "))"
		mArgs = []any{v, v}
	case strings.TrimSpace(q.Org) != "":
		v := strings.TrimSpace(q.Org)
		mentions = "(SELECT coalesce(sum(ao.mentions), 0) FROM article_organizations ao WHERE ao.article_id = a.id AND ao.organization_id IN (" + orgIDs + "))"
		mArgs = []any{v, v}
	case strings.TrimSpace(q.Place) != "":
		mentions = "(SELECT coalesce(sum(apl.mentions), 0) FROM article_places apl JOIN places pl ON pl.id = apl.place_id WHERE apl.article_id = a.id AND pl.name = ?)"
		mArgs = []any{strings.TrimSpace(q.Place)}
	}
	rows, err := s.query(ctx, "SELECT a.published_day, count(*), sum("+mentions+")"+from+" GROUP BY a.published_day ORDER BY a.published_day",
		append(mArgs, args...)...)
	if err != nil {
		return store.TimelineResult{}, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	res := store.TimelineResult{Points: []store.TimelinePoint{}}
	for rows.Next() {
		var day sql.NullString
		var p store.TimelinePoint
		if err := rows.Scan(&day, &p.Articles, &p.Mentions); err != nil {
			return store.TimelineResult{}, fmt.Errorf("timeline: %w", err)
		}
		if !day.Valid {
			res.Undated = p.Articles
			continue
		}
		p.Day = day.String
		res.Points = append(res.Points, p)
	}
	if err := rows.Err(); err != nil {
		return store.TimelineResult{}, fmt.Errorf("timeline: %w", err)
	}
	return res, nil
}

// Sources lists the sites the stored articles come from, by host, the most
// articles first.
func (s *Store) Sources(ctx context.Context, q store.SourceQuery) (store.SourceResult, error) {
	if s.isClosed() {
		return store.SourceResult{}, store.ErrClosed
	}
	limit, err := pageLimit(q.Limit, q.Offset)
	if err != nil {
		return store.SourceResult{}, err
	}
	cond := ""
	var args []any
	if v := strings.TrimSpace(q.Site); v != "" {
		cond = " WHERE host IN (SELECT ? UNION SELECT host FROM articles WHERE site_name = ? COLLATE NOCASE)"
		args = append(args, strings.TrimPrefix(strings.ToLower(v), "www."), v)
	}
	var res store.SourceResult
	if err := s.queryRow(ctx, "SELECT count(DISTINCT host) FROM articles"+cond, args...).Scan(&res.Total); err != nil {
		return store.SourceResult{}, fmt.Errorf("sources: %w", err)
	}
	res.Results = []store.Source{}
	if res.Total == 0 || q.Offset >= res.Total {
		return res, nil
	}
	rows, err := s.query(ctx, "SELECT host, max(site_name), count(*) AS n, coalesce(min(published_day), ''), coalesce(max(published_day), '')"+
		" FROM articles"+cond+" GROUP BY host ORDER BY n DESC, host LIMIT ? OFFSET ?", append(args, limit, q.Offset)...)
	if err != nil {
		return store.SourceResult{}, fmt.Errorf("sources: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var src store.Source
		if err := rows.Scan(&src.Host, &src.SiteName, &src.Articles, &src.First, &src.Last); err != nil {
			return store.SourceResult{}, fmt.Errorf("sources: %w", err)
		}
		res.Results = append(res.Results, src)
	}
	if err := rows.Err(); err != nil {
		return store.SourceResult{}, fmt.Errorf("sources: %w", err)
	}
	return res, nil
}

// maxNames caps the aliases and roles Entity lists.
const maxNames = 20

// Entity describes one person, organization or place. A name that is no
// entity's canonical name is looked up among the names articles use
// (people and organizations): the entity most often called so. Of places
// sharing a name, the one most articles name.
func (s *Store) Entity(ctx context.Context, kind store.EntityKind, name string) (store.EntityDetail, error) {
	if s.isClosed() {
		return store.EntityDetail{}, store.ErrClosed
	}
	t, err := entityTables(kind)
	if err != nil {
		return store.EntityDetail{}, err
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return store.EntityDetail{}, fmt.Errorf("%w: no entity name", store.ErrInvalid)
	}
	// The entity: its rows named so, most articles first.
	var id int64
	resolve := "SELECT e.id FROM " + t.table + " e JOIN " + t.link + " l ON l." + t.fk + " = e.id WHERE e.name = ?1 GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"
	err = s.queryRow(ctx, resolve, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) && kind != store.Places {
		aliases := "article_person_aliases"
		if kind == store.Organizations {
			aliases = "article_organization_aliases"
		}
		err = s.queryRow(ctx, "SELECT "+t.fk+" FROM "+aliases+" WHERE alias = ? GROUP BY "+t.fk+" ORDER BY count(*) DESC, "+t.fk+" LIMIT 1", name).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return store.EntityDetail{}, fmt.Errorf("%s %q: %w", kind, name, store.ErrNotFound)
	}
	if err != nil {
		return store.EntityDetail{}, fmt.Errorf("%s %q: %w", kind, name, err)
	}
	d := store.EntityDetail{Kind: kind, Aliases: []store.NameCount{}, Roles: []store.NameCount{}}
	cols := "e.name, '', 0.0, 0.0"
	if kind == store.Places {
		cols = "e.name, e.country, coalesce(e.lat, 0.0), coalesce(e.lon, 0.0)"
	}
	err = s.queryRow(ctx, "SELECT "+cols+", count(*), coalesce(sum(l.mentions), 0), coalesce(min(a.published_day), ''), coalesce(max(a.published_day), '')"+
		" FROM "+t.table+" e JOIN "+t.link+" l ON l."+t.fk+" = e.id JOIN articles a ON a.id = l.article_id WHERE e.id = ?", id).
		Scan(&d.Name, &d.Country, &d.Lat, &d.Lon, &d.Articles, &d.Mentions, &d.First, &d.Last)
	if err != nil {
		return store.EntityDetail{}, fmt.Errorf("%s %q: %w", kind, name, err)
	}
	if kind != store.Places {
		if err := s.queryRow(ctx, "SELECT count(*) FROM quotes WHERE speaker = ?", d.Name).Scan(&d.Quotes); err != nil {
			return store.EntityDetail{}, fmt.Errorf("%s %q: %w", kind, name, err)
		}
		aliases := "article_person_aliases"
		if kind == store.Organizations {
			aliases = "article_organization_aliases"
		}
		if d.Aliases, err = s.nameCounts(ctx, "SELECT alias, count(*) AS n FROM "+aliases+" WHERE "+t.fk+" = ? GROUP BY alias ORDER BY n DESC, alias LIMIT ?", id); err != nil {
			return store.EntityDetail{}, fmt.Errorf("%s %q: %w", kind, name, err)
		}
	}
	if kind == store.People {
		if d.Roles, err = s.nameCounts(ctx, "SELECT role, count(*) AS n FROM article_people WHERE person_id = ? AND role != '' GROUP BY role COLLATE NOCASE ORDER BY n DESC, role LIMIT ?", id); err != nil {
			return store.EntityDetail{}, fmt.Errorf("%s %q: %w", kind, name, err)
		}
	}
	return d, nil
}

// nameCounts runs a query of (name, count) rows for one id.
func (s *Store) nameCounts(ctx context.Context, query string, id int64) ([]store.NameCount, error) {
	rows, err := s.query(ctx, query, id, maxNames)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.NameCount{}
	for rows.Next() {
		var n store.NameCount
		if err := rows.Scan(&n.Name, &n.Articles); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
