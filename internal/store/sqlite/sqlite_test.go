package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

// openTemp opens a store in a fresh temporary folder.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub", "lede.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// article builds a small understood article.
func article(n int, title, text, published string) *lede.Article {
	return &lede.Article{
		URL:       fmt.Sprintf("https://news.example.org/story/%d", n),
		Title:     title,
		SiteName:  "Example News",
		Language:  "en-GB",
		Published: published,
		Blocks:    []lede.Block{{Kind: lede.KindParagraph, Text: text}},
		Text:      text,
		WordCount: len(text) / 5,
	}
}

func put(t testing.TB, s *Store, a *lede.Article) store.PutResult {
	t.Helper()
	r, err := s.Put(context.Background(), store.Entry{Article: a, Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestMigrateFromEmpty(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lede.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := ms[len(ms)-1].version; v != want {
		t.Errorf("schema version %d, want %d", v, want)
	}
	put(t, s, article(1, "First", "Some words about harbours.", "2024-05-01"))
	s.Close()
	// Reopening applies nothing twice and keeps the data.
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var rows int
	if err := s.db.QueryRow("SELECT count(*) FROM schema_version").Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != len(ms) {
		t.Errorf("schema_version has %d rows, want %d", rows, len(ms))
	}
	if n, _ := s.Count(ctx); n != 1 {
		t.Errorf("count after reopen %d, want 1", n)
	}
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q (%v), want wal", mode, err)
	}
	var sync, busy int
	if err := s.db.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != 1 {
		t.Errorf("synchronous %d (%v), want 1 (NORMAL)", sync, err)
	}
	if err := s.db.QueryRow("PRAGMA busy_timeout").Scan(&busy); err != nil || busy != 10000 {
		t.Errorf("busy_timeout %d (%v), want 10000", busy, err)
	}
	var fk int
	if err := s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys %d (%v), want 1", fk, err)
	}
}

func TestPutTwiceStoresOnce(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := article(1, "Harbour reopens", "The harbour reopened on Monday after repairs.", "2024-05-01")
	a.People = []lede.Person{{Name: "Ana Lima", Mentions: []lede.Mention{{Start: 0, End: 3}, {Start: 5, End: 8}}}}
	a.Quotes = []lede.Quote{{Text: "We are open", Speaker: "Ana Lima", Kind: lede.QuoteDirect}}
	first := put(t, s, a)
	if !first.Created || first.ID == 0 {
		t.Fatalf("first put %+v, want created", first)
	}
	second := put(t, s, a)
	if second.Created || second.Updated || second.ID != first.ID {
		t.Errorf("second put %+v, want the same id %d, not created", second, first.ID)
	}
	// The same URL and text from other page bytes: still one article.
	third, err := s.Put(ctx, store.Entry{Article: a, PageHash: store.HashPage([]byte("other bytes"))})
	if err != nil || third.Created || third.ID != first.ID {
		t.Errorf("third put %+v %v, want the same id, not created", third, err)
	}
	for table, want := range map[string]int{"articles": 1, "quotes": 1, "article_people": 1, "blocks": 1} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != want {
			t.Errorf("%s has %d rows, want %d", table, n, want)
		}
	}
	// A new version of the page replaces the article under its id.
	b := *a
	b.Text = "The harbour reopened on Tuesday after repairs."
	b.Blocks = []lede.Block{{Kind: lede.KindParagraph, Text: b.Text}}
	upd := put(t, s, &b)
	if !upd.Updated || upd.ID != first.ID {
		t.Errorf("new version %+v, want updated under id %d", upd, first.ID)
	}
	got, err := s.Get(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Text != b.Text {
		t.Errorf("stored text %q, want %q", got.Article.Text, b.Text)
	}
	res, err := s.Search(ctx, store.Query{Q: "monday"})
	if err != nil || res.Total != 0 {
		t.Errorf("old version still indexed: %+v %v", res, err)
	}
}

func TestGetRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := article(1, "Rates <held>", "The bank held rates & said so.", "2024-05-01T09:00:00+02:00")
	a.Places = []lede.Place{{Name: "Lisbon", Country: "PT", Lat: 38.7, Lon: -9.1}}
	a.Dates = []lede.DateMention{{Text: "Monday", Value: "2024-04-29", Granularity: lede.Day, Resolved: true, Start: 1, End: 7}}
	r := put(t, s, a)
	got, err := s.Get(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, got.Article); diff != "" {
		t.Errorf("stored article differs (-put +got):\n%s", diff)
	}
	if _, err := s.Get(ctx, r.ID+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing id: %v, want ErrNotFound", err)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a1 := article(1, "Flood warning for the river valley", "Heavy rain is expected; the river may flood the valley towns.", "2024-03-10")
	a1.Places = []lede.Place{{Name: "Porto", Country: "PT"}}
	a1.Dates = []lede.DateMention{{Text: "March 12", Value: "2024-03-12", Granularity: lede.Day, Resolved: true}, {Text: "next year", Value: "2025", Granularity: lede.Year, Resolved: true}}
	a1.People = []lede.Person{{Name: "Ana Lima"}}
	a2 := article(2, "Council approves budget", "The council approved the budget after a long debate about the river bridge.", "2024-04-02T10:00:00Z")
	a2.Organizations = []lede.Organization{{Name: "City Council"}}
	a2.SiteName = "Other Paper"
	a2.URL = "https://www.other.example.com/budget"
	a3 := article(3, "Café reopens", "A café reopened downtown.", "")
	a3.Language = "fr"
	id1, id2, id3 := put(t, s, a1).ID, put(t, s, a2).ID, put(t, s, a3).ID

	tests := []struct {
		name string
		q    store.Query
		want []int64
	}{
		{"all by date", store.Query{}, []int64{id2, id1, id3}},
		{"word", store.Query{Q: "river"}, []int64{id1, id2}}, // title match ranks first
		{"two words", store.Query{Q: "river budget"}, []int64{id2}},
		{"diacritics", store.Query{Q: "cafe"}, []int64{id3}},
		{"prefix", store.Query{Q: "flo*"}, []int64{id1}},
		{"operators are text", store.Query{Q: `river OR "NEAR(`}, nil},
		{"person", store.Query{Person: "ana lima"}, []int64{id1}},
		{"org", store.Query{Org: "City Council"}, []int64{id2}},
		{"place", store.Query{Place: "Porto"}, []int64{id1}},
		{"country", store.Query{Country: "pt"}, []int64{id1}},
		{"site name", store.Query{Site: "other paper"}, []int64{id2}},
		{"site host", store.Query{Site: "other.example.com"}, []int64{id2}},
		{"from", store.Query{From: "2024-04-01"}, []int64{id2}},
		{"to", store.Query{To: "2024-03-31"}, []int64{id1}},
		{"language", store.Query{Language: "en"}, []int64{id2, id1}},
		{"word and filter", store.Query{Q: "river", From: "2024-04-01"}, []int64{id2}},
		{"sort by date", store.Query{Q: "river", Sort: store.SortDate}, []int64{id2, id1}},
		{"limit", store.Query{Limit: 1, Offset: 1}, []int64{id1}},
		{"mentions day", store.Query{MentionsDate: "2024-03-12"}, []int64{id1}},
		{"mentions month", store.Query{MentionsDate: "2024-03"}, []int64{id1}},
		{"mentions year", store.Query{MentionsDate: "2025"}, []int64{id1}},
		{"mentions other day", store.Query{MentionsDate: "2024-03-13"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, r := range res.Results {
				got = append(got, r.ID)
				if r.Snippet == "" {
					t.Errorf("result %d has no snippet", r.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if tt.q.Limit == 0 && res.Total != len(tt.want) {
				t.Errorf("total %d, want %d", res.Total, len(tt.want))
			}
		})
	}
	for _, bad := range []store.Query{{From: "March"}, {Sort: "best"}, {Limit: -1}, {MentionsDate: "2024-3"}} {
		if _, err := s.Search(ctx, bad); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Search(%+v) = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestQuotesAndEntities(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a1 := article(1, "One", "Text one.", "2024-01-01")
	a1.People = []lede.Person{{Name: "Vladimir Putin", Aliases: []string{"Putin"}, Mentions: make([]lede.Mention, 3)}, {Name: "Ana Lima"}}
	a1.Quotes = []lede.Quote{
		{Text: "We will talk about trade", Speaker: "Vladimir Putin", Kind: lede.QuoteDirect},
		{Text: "a fair deal", Speaker: "Ana Lima", Kind: lede.QuotePartial},
	}
	a2 := article(2, "Two", "Text two.", "2024-02-01")
	a2.People = []lede.Person{{Name: "Vladimir Putin"}}
	a2.Quotes = []lede.Quote{{Text: "Trade is growing", Speaker: "Vladimir Putin", Kind: lede.QuoteDirect}}
	id1, id2 := put(t, s, a1).ID, put(t, s, a2).ID

	res, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "vladimir putin"})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.QuoteHit{
		{Text: "Trade is growing", Speaker: "Vladimir Putin", Kind: "direct", ArticleID: id2, Title: "Two", Published: "2024-02-01"},
		{Text: "We will talk about trade", Speaker: "Vladimir Putin", Kind: "direct", ArticleID: id1, Title: "One", Published: "2024-01-01"},
	}
	if diff := cmp.Diff(store.QuoteResult{Total: 2, Results: want}, res); diff != "" {
		t.Errorf("quotes by speaker (-want +got):\n%s", diff)
	}
	res, err = s.Quotes(ctx, store.QuoteQuery{Speaker: "Putin", Q: "talk"})
	if err != nil || res.Total != 1 || res.Results[0].ArticleID != id1 {
		t.Errorf("quotes by surname and word: %+v %v", res, err)
	}
	res, err = s.Quotes(ctx, store.QuoteQuery{Q: "deal"})
	if err != nil || res.Total != 1 || res.Results[0].Speaker != "Ana Lima" {
		t.Errorf("quotes by word: %+v %v", res, err)
	}

	ents, err := s.Entities(ctx, store.EntityQuery{Kind: store.People})
	if err != nil {
		t.Fatal(err)
	}
	wantEnts := store.EntityResult{Total: 2, Results: []store.EntityCount{
		{Name: "Vladimir Putin", Articles: 2, Mentions: 4},
		{Name: "Ana Lima", Articles: 1, Mentions: 1},
	}}
	if diff := cmp.Diff(wantEnts, ents); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	if _, err := s.Entities(ctx, store.EntityQuery{Kind: "cats"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("unknown kind: %v, want ErrInvalid", err)
	}
}

func TestConcurrentPuts(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	const workers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				// Every worker puts the same pages: each is stored once.
				n := i
				a := article(n, fmt.Sprintf("Story %d", n), fmt.Sprintf("Story number %d about shipping.", n), "2024-01-02")
				a.People = []lede.Person{{Name: "Shared Person"}}
				if _, err := s.Put(ctx, store.Entry{Article: a}); err != nil {
					errs <- err
				}
				if _, err := s.Search(ctx, store.Query{Q: "shipping"}); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := s.Count(ctx); err != nil || n != each {
		t.Errorf("count %d (%v), want %d", n, err, each)
	}
}

func TestPutRejectsNil(t *testing.T) {
	s := openTemp(t)
	if _, err := s.Put(context.Background(), store.Entry{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Put(nil article) = %v, want ErrInvalid", err)
	}
	if _, err := s.Put(context.Background(), store.Entry{Article: &lede.Article{Title: "Only a title", Text: " \n"}}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Put(article without text) = %v, want ErrInvalid", err)
	}
	s.Close()
	if _, err := s.Search(context.Background(), store.Query{}); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Search after Close = %v, want ErrClosed", err)
	}
}

func TestURLKey(t *testing.T) {
	tests := map[string]string{
		"HTTPS://Example.COM:443/a/b#frag":              "https://example.com/a/b",
		"http://example.com":                            "http://example.com/",
		"http://example.com:8080/x?y=1":                 "http://example.com:8080/x?y=1",
		"https://example.com/a?utm_source=feed&b=2&a=1": "https://example.com/a?a=1&b=2",
		"ftp://example.com/x":                           "",
		"not a url":                                     "",
		"":                                              "",
	}
	for in, want := range tests {
		if got := urlKey(in); got != want {
			t.Errorf("urlKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	tests := map[string]string{
		"river bridge":   `"river" "bridge"`,
		`"quoted" OR x*`: `"quoted" "OR" "x"*`,
		"-- ; ()":        "",
		"NEAR(a b)":      `"NEAR(a" "b)"`,
	}
	for in, want := range tests {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lede.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("INSERT INTO schema_version (version, name) VALUES (9999, '9999_future.sql')"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, path, Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		if s != nil {
			s.Close()
		}
		t.Errorf("Open on a newer schema: %v, want an error saying it is newer", err)
	}
}

func TestAliases(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lede.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := article(1, "Talks", "Talks went on.", "2024-01-01")
	a.People = []lede.Person{{Name: "Vladimir Putin", Aliases: []string{"Putin"}}}
	a.Organizations = []lede.Organization{{Name: "European Union", Aliases: []string{"EU"}}}
	id := put(t, s, a).ID
	b := article(2, "Other", "Other text.", "2024-01-02")
	b.People = []lede.Person{{Name: "Ana Lima"}}
	put(t, s, b)
	check := func(when string) {
		t.Helper()
		for _, q := range []store.Query{{Person: "putin"}, {Person: "Vladimir Putin"}, {Org: "EU"}} {
			res, err := s.Search(ctx, q)
			if err != nil || res.Total != 1 || res.Results[0].ID != id {
				t.Errorf("%s: Search(%+v) = %+v, %v; want article %d only", when, q, res, err, id)
			}
		}
	}
	check("stored")
	s.Close()

	// A database from before migration 002 gets its aliases from the
	// stored articles' JSON.
	oldPath := filepath.Join(t.TempDir(), "v1.db")
	db := oldDB(t, oldPath, 1)
	doc, err := marshalArticle(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO articles (id, url, url_key, page_hash, content_hash, title, text, json, ingested_at) VALUES (?, ?, ?, 'p1', 'c1', ?, ?, ?, '2024-01-01T00:00:00Z')`,
			[]any{id, a.URL, a.URL, a.Title, a.Text, doc}},
		{`INSERT INTO articles (id, url, url_key, page_hash, content_hash, title, text, json, ingested_at) VALUES (?, ?, ?, 'p2', 'c2', 'Other', 'Other text.', '{}', '2024-01-01T00:00:00Z')`,
			[]any{id + 1, b.URL, b.URL}},
		{"INSERT INTO people (id, name) VALUES (1, 'Vladimir Putin'), (2, 'Ana Lima')", nil},
		{"INSERT INTO organizations (id, name) VALUES (1, 'European Union')", nil},
		{"INSERT INTO article_people (article_id, person_id) VALUES (?, 1), (?, 2)", []any{id, id + 1}},
		{"INSERT INTO article_organizations (article_id, organization_id) VALUES (?, 1)", []any{id}},
	} {
		if _, err := db.Exec(stmt.sql, stmt.args...); err != nil {
			t.Fatalf("%s: %v", stmt.sql, err)
		}
	}
	db.Close()
	if s, err = Open(ctx, oldPath, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check("migrated")
}

// oldDB creates a database at schema version max, applying the embedded
// migrations up to it, and returns it open.
func oldDB(t *testing.T, path string, max int) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
		applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) STRICT`); err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version > max {
			break
		}
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		if err := m.apply(context.Background(), tx); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec("INSERT INTO schema_version (version, name) VALUES (?, ?)", m.version, m.name); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestVersionsDoNotFlipFlop(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := article(1, "Live: the vote", "Polls open.", "2024-05-01")
	b := article(1, "Live: the vote", "Polls closed; counting began.", "2024-05-01")
	pa, pb := store.HashPage([]byte("page a")), store.HashPage([]byte("page b"))
	first, err := s.Put(ctx, store.Entry{Article: a, PageHash: pa})
	if err != nil || !first.Created {
		t.Fatalf("a: %+v %v", first, err)
	}
	second, err := s.Put(ctx, store.Entry{Article: b, PageHash: pb})
	if err != nil || !second.Updated || second.ID != first.ID {
		t.Fatalf("b: %+v %v, want an update of %d", second, err, first.ID)
	}
	// Reading both pages again changes nothing: both were seen.
	for _, e := range []store.Entry{{Article: a, PageHash: pa}, {Article: b, PageHash: pb}} {
		r, err := s.Put(ctx, e)
		if err != nil || r.Created || r.Updated || r.ID != first.ID {
			t.Errorf("again: %+v %v, want no change", r, err)
		}
		if id, ok, err := s.HasPage(ctx, e.PageHash); err != nil || !ok || id != first.ID {
			t.Errorf("HasPage: %d %v %v", id, ok, err)
		}
	}
	got, err := s.Get(ctx, first.ID)
	if err != nil || got.Article.Text != b.Text {
		t.Errorf("stored text %q (%v), want the later version", got.Article.Text, err)
	}
}

// TestPutAllOrNothing makes the last write of an article fail and checks
// that nothing of it stays.
func TestPutAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.db.Exec(`CREATE TRIGGER fail_quote BEFORE INSERT ON quotes WHEN new.text = 'fail here'
		BEGIN SELECT RAISE(ABORT, 'injected failure'); END`); err != nil {
		t.Fatal(err)
	}
	a := article(1, "Doomed", "A doomed article about harbours.", "2024-01-01")
	a.People = []lede.Person{{Name: "Ana Lima", Aliases: []string{"Lima"}}}
	a.Places = []lede.Place{{Name: "Porto", Country: "PT"}}
	a.Dates = []lede.DateMention{{Text: "today", Start: 0, End: 5}}
	a.Quotes = []lede.Quote{{Text: "fine", Kind: lede.QuoteDirect}, {Text: "fail here", Kind: lede.QuoteDirect}}
	if _, err := s.Put(ctx, store.Entry{Article: a}); err == nil || !strings.Contains(err.Error(), "injected failure") {
		t.Fatalf("Put: %v, want the injected failure", err)
	}
	for _, table := range []string{"articles", "blocks", "article_people", "article_person_aliases", "article_places", "dates", "quotes", "pages", "articles_fts", "quotes_fts"} {
		var n int
		if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s holds %d rows after a failed Put, want 0", table, n)
		}
	}
	// The store still works.
	a.Quotes = a.Quotes[:1]
	if r := put(t, s, a); !r.Created {
		t.Errorf("Put after the failure: %+v", r)
	}
}
