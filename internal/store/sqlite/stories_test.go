package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

// Three texts of 60 words and more, none sharing a run of four words with
// another.
var (
	harbourText = "The harbour authority said on Tuesday that the northern quay would close for repairs after storms damaged its wooden piles. " +
		"Fishing crews were told to moor at the southern basin until the work ends in early spring. " +
		"Engineers expect to replace about forty piles and to raise the deck by half a metre against higher tides.\n\n" +
		"Local traders worry that fewer visitors will stop at the market stalls along the closed quay during the works."
	budgetText = "Councillors voted late on Monday to approve a budget that raises spending on schools and cuts the road repair fund. " +
		"The mayor defended the plan, arguing that classrooms had waited long enough for new roofs and heating. " +
		"Opposition members said potholes would multiply and that drivers would pay for the choice with damaged tyres.\n\n" +
		"A final reading is due next month before the budget takes effect in April."
	harbourFollowUp = "Repairs on the northern quay began yesterday, weeks after storms battered the harbour. " +
		"Crews from two contractors drove the first new piles into the seabed while fishing boats waited in the southern basin. " +
		"Market traders reported quieter days, and some asked the authority for help with lost income during the closure period."
)

// copyOf returns a republication of a on another site: another URL, site
// and title, a line of the site's own added at the end.
func copyOf(a *lede.Article, n int, site, published string) *lede.Article {
	c := *a
	c.URL = fmt.Sprintf("https://%s/news/%d", site, n)
	c.SiteName = site
	c.Title = "Partner: " + a.Title
	c.Published = published
	c.Text = a.Text + "\n\nThis story was first published by a partner agency."
	c.Blocks = []lede.Block{{Kind: lede.KindParagraph, Text: c.Text}}
	return &c
}

func TestStories(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	orig := article(1, "Quay to close for repairs", harbourText, "2024-03-05")
	early := copyOf(orig, 2, "wire.example", "2024-03-04T22:00:00Z") // published before the original: the representative
	late := copyOf(orig, 3, "partner.example", "2024-03-06")
	late.Text += " Gulls circled overhead."
	other := article(4, "Council approves budget", budgetText, "2024-03-05")
	sameTopic := article(5, "Quay repairs begin", harbourFollowUp, "2024-03-20")

	idOrig := put(t, s, orig).ID
	idEarly := put(t, s, early).ID
	idLate := put(t, s, late).ID
	idOther := put(t, s, other).ID
	idSame := put(t, s, sameTopic).ID

	got, err := s.Get(ctx, idOrig)
	if err != nil {
		t.Fatal(err)
	}
	story, err := s.Story(ctx, got.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	var copies []int64
	for _, c := range story.Copies {
		copies = append(copies, c.ArticleID)
		if c.Similarity < 0.5 || c.Similarity > 1 {
			t.Errorf("copy %d: similarity %.2f", c.ArticleID, c.Similarity)
		}
	}
	if diff := cmp.Diff([]int64{idEarly, idOrig, idLate}, copies); diff != "" {
		t.Errorf("story copies, earliest published first (-want +got):\n%s", diff)
	}
	if story.Title != early.Title {
		t.Errorf("story title %q, want the representative's %q", story.Title, early.Title)
	}
	if l := story.Lede(); len(l.Articles) != 3 || l.Articles[0] != early.URL {
		t.Errorf("lede.Story %+v", l)
	}
	list, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 1 || len(list.Results) != 1 || list.Results[0].ID != got.StoryID || len(list.Results[0].Copies) != 3 {
		t.Errorf("stories with copies: %+v", list)
	}
	if all, err := s.Stories(ctx, store.StoryQuery{MinCopies: 1, Limit: 2}); err != nil || all.Total != 3 || len(all.Results) != 2 || all.Results[0].ID != got.StoryID {
		t.Errorf("every story, 2 a page: %+v %v", all, err)
	}
	if js, err := s.GetJSON(ctx, idOrig); err != nil || string(js) != string(got.JSON) {
		t.Errorf("GetJSON: %q %v", js, err)
	}
	for _, id := range []int64{idOther, idSame} {
		st, err := s.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if st.StoryID == got.StoryID {
			t.Errorf("article %d (another text) joined the harbour story", id)
		}
	}

	tests := []struct {
		name   string
		q      store.Query
		want   []int64
		copies []int
	}{
		{"each story once", store.Query{}, []int64{idSame, idOther, idEarly}, []int{1, 1, 3}},
		{"all copies", store.Query{AllCopies: true}, []int64{idSame, idLate, idOther, idOrig, idEarly}, []int{1, 3, 1, 3, 3}},
		{"words: the earliest matching copy", store.Query{Q: "piles"}, []int64{idEarly, idSame}, []int{3, 1}},
		{"a word only a later copy has", store.Query{Q: "gulls"}, []int64{idLate}, []int{3}},
		{"site of a copy", store.Query{Site: "partner.example"}, []int64{idLate}, []int{3}},
		{"date range leaving out the earliest", store.Query{From: "2024-03-05", To: "2024-03-06", Q: "quay"}, []int64{idOrig}, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			var cs []int
			for _, r := range res.Results {
				ids = append(ids, r.ID)
				cs = append(cs, r.Copies)
			}
			if tt.q.Q != "" && tt.q.Sort == "" {
				// relevance order is BM25's; compare as sets in id order
				ids, cs = sortPairs(ids, cs)
				tt.want, tt.copies = sortPairs(tt.want, tt.copies)
			}
			if diff := cmp.Diff(tt.want, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.copies, cs); diff != "" {
				t.Errorf("copies (-want +got):\n%s", diff)
			}
			if res.Total != len(tt.want) {
				t.Errorf("total %d, want %d", res.Total, len(tt.want))
			}
		})
	}

	// A new version of the representative's page with other text leaves
	// the story; the story's next copy becomes its representative.
	v2 := *early
	v2.Text = budgetText + "\n\nUpdated with the vote count."
	v2.Blocks = nil
	if r := put(t, s, &v2); !r.Updated || r.ID != idEarly {
		t.Fatalf("new version: %+v", r)
	}
	story, err = s.Story(ctx, got.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	if len(story.Copies) != 2 || story.Copies[0].ArticleID != idOrig || story.Title != orig.Title {
		t.Errorf("story after its representative changed: %+v", story)
	}
	st, err := s.Get(ctx, idEarly)
	if err != nil {
		t.Fatal(err)
	}
	if budget, _ := s.Get(ctx, idOther); st.StoryID != budget.StoryID {
		t.Errorf("the new version (budget text) is in story %d, the budget article in %d", st.StoryID, budget.StoryID)
	}
	if _, err := s.Story(ctx, 999); err == nil {
		t.Error("Story(999) found a story")
	}
	checkIntegrity(t, s)
}

// checkIntegrity runs SQLite's and FTS5's integrity checks.
func checkIntegrity(t *testing.T, s *Store) {
	t.Helper()
	var ok string
	if err := s.db.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity check: %q %v", ok, err)
	}
	for _, table := range []string{"articles_fts", "quotes_fts"} {
		if _, err := s.db.Exec("INSERT INTO " + table + " (" + table + ") VALUES ('integrity-check')"); err != nil {
			t.Errorf("%s integrity check: %v", table, err)
		}
	}
	var orphans int
	if err := s.db.QueryRow("SELECT count(*) FROM article_bands b WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = b.article_id)").Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d band keys of no article (%v)", orphans, err)
	}
}

// TestPutBatch: refused entries leave the others be; the same page twice in
// a batch is stored once; a page replaced twice in one batch keeps the
// full-text indexes whole.
func TestPutBatch(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := article(1, "Quay", harbourText, "2024-03-05")
	a.Quotes = []lede.Quote{{Text: "northern quay", Speaker: "Ana", Kind: lede.QuotePartial, Start: 34, End: 47}}
	v2 := *a
	v2.Text = budgetText
	v3 := *a
	v3.Text = harbourFollowUp
	b := article(2, "Budget", budgetText, "2024-03-05")
	outs, err := s.PutBatch(ctx, []store.Entry{
		{Article: a, PageHash: "p1"},
		{Article: nil},
		{Article: &v2, PageHash: "p2"},
		{Article: article(3, "Empty", "  ", "")},
		{Article: &v3, PageHash: "p3"},
		{Article: b, PageHash: "p4"},
		{Article: b, PageHash: "p4"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range outs {
		switch {
		case o.Err != nil && errors.Is(o.Err, store.ErrInvalid):
			got = append(got, "invalid")
		case o.Err != nil:
			got = append(got, o.Err.Error())
		case o.Created:
			got = append(got, fmt.Sprint("created ", o.ID))
		case o.Updated:
			got = append(got, fmt.Sprint("updated ", o.ID))
		default:
			got = append(got, fmt.Sprint("seen ", o.ID))
		}
	}
	want := []string{"created 1", "invalid", "updated 1", "invalid", "updated 1", "created 2", "seen 2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	checkIntegrity(t, s)
	for q, want := range map[string]int{"basin": 1, "potholes": 1, "contractors": 1} {
		res, err := s.Search(ctx, store.Query{Q: q, AllCopies: true})
		if err != nil || res.Total != want {
			t.Errorf("Search(%q): %d results, want %d (%v)", q, res.Total, want, err)
		}
	}
	if outs, err := s.PutBatch(ctx, nil); err != nil || len(outs) != 0 {
		t.Errorf("empty batch: %v %v", outs, err)
	}
}

// sortPairs sorts ids with their companions by id.
func sortPairs(ids []int64, cs []int) ([]int64, []int) {
	ids, cs = append([]int64(nil), ids...), append([]int(nil), cs...)
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if ids[j] < ids[i] {
				ids[i], ids[j] = ids[j], ids[i]
				cs[i], cs[j] = cs[j], cs[i]
			}
		}
	}
	return ids, cs
}

// TestMigrateBackfillsStories builds a store at schema version 3 with
// articles in it, then opens it: migration 004 and the backfill must give
// every article its story and every quote its paragraph.
func TestMigrateBackfillsStories(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db := oldDB(t, path, 3)
	texts := []string{harbourText, budgetText, harbourText + "\n\nCopied from the wire.", harbourFollowUp}
	for i, text := range texts {
		key := fmt.Sprintf("https://site%d.example/a", i)
		if _, err := db.Exec(`INSERT INTO articles (url, url_key, host, page_hash, content_hash, title, text, json, ingested_at, published_day, published_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, '{}', '2024-01-01T00:00:00Z', ?, ?)`,
			key, key, fmt.Sprintf("site%d.example", i), fmt.Sprint("p", i), store.HashPage([]byte(text)), fmt.Sprint("Title ", i), text,
			fmt.Sprintf("2024-01-0%d", i+1), fmt.Sprintf("2024-01-0%d", i+1)); err != nil {
			t.Fatal(err)
		}
	}
	quoteStart := strings.Index(budgetText, "classrooms")
	if _, err := db.Exec(`INSERT INTO quotes (article_id, seq, text, speaker, kind, start, end) VALUES (2, 0, 'classrooms had waited long enough', 'Mayor', 'indirect', ?, ?)`,
		quoteStart, quoteStart+len("classrooms had waited long enough")); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var stories []int64
	for id := int64(1); id <= int64(len(texts)); id++ {
		var sid sql.NullInt64
		if err := s.db.QueryRow("SELECT story_id FROM articles WHERE id = ?", id).Scan(&sid); err != nil {
			t.Fatal(err)
		}
		if !sid.Valid {
			t.Fatalf("article %d has no story after the backfill", id)
		}
		stories = append(stories, sid.Int64)
	}
	if stories[0] != stories[2] || stories[0] == stories[1] || stories[0] == stories[3] || stories[1] == stories[3] {
		t.Errorf("stories %v: want articles 1 and 3 together, 2 and 4 each alone", stories)
	}
	res, err := s.Search(ctx, store.Query{Q: "quay"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 {
		t.Errorf("search 'quay' after the backfill: %d results, want 2 (the copied story once)", res.Total)
	}
	qs, err := s.Quotes(ctx, store.QuoteQuery{Speaker: "Mayor", Q: "roofs"})
	if err != nil {
		t.Fatal(err)
	}
	if qs.Total != 1 || !strings.Contains(qs.Results[0].Context, "new roofs") {
		t.Errorf("quote found by a word of its paragraph after the backfill: %+v", qs)
	}
}

// TestRankedPagesMatchWholeRanking: a words-only search ranked in the
// full-text index first (pages smaller than the matches) gives, page by
// page, exactly the ranking of the whole result list.
func TestRankedPagesMatchWholeRanking(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	words := strings.Fields(budgetText)
	for n := 0; n < 12; n++ {
		v := varyArticle(article(1, fmt.Sprint("Harbour ", n), harbourText, "2024-03-05"), n, words)
		put(t, s, v)
		if n%3 == 1 {
			put(t, s, copyOf(v, 100+n, "partner.example", "2024-03-01"))
		}
	}
	for _, q := range []string{"the", "quay", "harbour storms"} {
		whole, err := s.Search(ctx, store.Query{Q: q, Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		if whole.Total < 5 {
			t.Fatalf("%q: only %d results", q, whole.Total)
		}
		var paged []int64
		for off := 0; off < whole.Total; off += 2 {
			res, err := s.Search(ctx, store.Query{Q: q, Limit: 2, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != whole.Total {
				t.Errorf("%q offset %d: total %d, want %d", q, off, res.Total, whole.Total)
			}
			for _, r := range res.Results {
				paged = append(paged, r.ID)
			}
		}
		var want []int64
		for _, r := range whole.Results {
			want = append(want, r.ID)
		}
		if diff := cmp.Diff(want, paged); diff != "" {
			t.Errorf("%q: pages of 2 (-whole +paged):\n%s", q, diff)
		}
	}
}
