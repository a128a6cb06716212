package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

// boundsStore stores twelve variants of the harbour text (people named
// on every other one), a copy on a partner site of every third, and the
// budget text, in a store opened with opts.
func boundsStore(t *testing.T, opts Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "lede.db"), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	words := strings.Fields(budgetText)
	for n := 0; n < 12; n++ {
		v := varyArticle(article(n, fmt.Sprint("Harbour ", n), harbourText, fmt.Sprintf("2024-03-%02d", 1+n%7)), n, words)
		if n%2 == 0 {
			v.People = []lede.Person{{Name: "Ana Lima"}}
		}
		put(t, s, v)
		if n%3 == 1 {
			put(t, s, copyOf(v, 100+n, "partner.example", "2024-02-01"))
		}
	}
	put(t, s, article(50, "Budget vote", budgetText, "2024-03-09"))
	return s
}

// TestWordSearchesMatchGeneralForm: searches with words and id-set filters
// (answered from the full-text index, stories folded through the index of
// copies), and the counts of id-set filters without words, give the same
// totals, pages and facets as the general form,
// which reads every matching article. A language filter that every stored
// article passes sends the same query down the general form.
func TestWordSearchesMatchGeneralForm(t *testing.T) {
	ctx := context.Background()
	s := boundsStore(t, Options{})
	queries := []store.Query{
		{Q: "the"},
		{Q: "quay"},
		{Q: "harbour storms"},
		{Q: "the", Sort: store.SortDate},
		{Q: "the", AllCopies: true},
		{Q: "the", Site: "partner.example"},
		{Q: "the", Site: "news.example.org"}, // later copies whose earlier copy (partner) does not match
		{Q: "quay", Person: "Ana Lima"},
		{Q: "the", Person: "Ana Lima", Sort: store.SortDate},
		{Q: "the", From: "2024-03-02", To: "2024-03-05"},
		{Q: "the", Limit: 3, Offset: 4},
		{Q: "nowhere"},
		// Without words: counted from the id sets (setSQL).
		{Person: "Ana Lima"},
		{Person: "Ana Lima", AllCopies: true},
		{Site: "news.example.org"},
		{Site: "partner.example", From: "2024-01-01", To: "2024-12-31"},
		{Site: "news.example.org", Limit: 2, Offset: 3},
	}
	for _, q := range queries {
		general := q
		general.Language = "en"
		want, err := s.Search(ctx, general)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%+v (-general +words):\n%s", q, diff)
		}
		wantF, err := s.Facets(ctx, general, store.FacetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		gotF, err := s.Facets(ctx, q, store.FacetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// The general form's language facet is the same (every article is
		// en-GB): the whole results compare.
		if diff := cmp.Diff(wantF, gotF); diff != "" {
			t.Errorf("facets %+v (-general +words):\n%s", q, diff)
		}
	}
	res, err := s.Search(ctx, store.Query{Q: "the"})
	if err != nil {
		t.Fatal(err)
	}
	// 13 articles, 4 copies folded into their originals.
	if res.Total != 13 || res.RankedNewest != 0 {
		t.Errorf("q=the: total %d ranked_newest %d, want 13 and 0", res.Total, res.RankedNewest)
	}
}

// TestMostRelevantFirst: the article about a word (in its title, and
// often in its text) ranks before articles that mention it once, and
// before newer ones, both with all results ranked and with the ranking
// bounded to the newest results.
func TestMostRelevantFirst(t *testing.T) {
	ctx := context.Background()
	for _, opts := range []Options{{}, {RankAll: 8}} {
		s, err := Open(ctx, filepath.Join(t.TempDir(), "lede.db"), opts)
		if err != nil {
			t.Fatal(err)
		}
		words := strings.Fields(budgetText)
		// Variants of the budget text (one word in four replaced), each then
		// naming a lighthouse once.
		mention := func(n int, title, line, published string) *lede.Article {
			a := varyArticle(article(n, title, budgetText, published), n, words)
			a.Text += " " + line
			a.Blocks = []lede.Block{{Kind: lede.KindParagraph, Text: a.Text}}
			return a
		}
		for n := 0; n < 6; n++ {
			put(t, s, mention(n, fmt.Sprint("Council ", n), "A lighthouse keeper spoke.", "2024-03-01"))
		}
		about := put(t, s, article(10, "Lighthouse keepers return to the lighthouse",
			"The lighthouse on the point has keepers again. The lighthouse was automated in 1990; now the lighthouse trust pays two keepers to live there.", "2024-01-01"))
		for n := 20; n < 24; n++ {
			put(t, s, mention(n, fmt.Sprint("Later council ", n), "The lighthouse was mentioned.", "2024-04-01"))
		}
		res, err := s.Search(ctx, store.Query{Q: "lighthouse", Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 11 || len(res.Results) != 3 {
			t.Fatalf("%+v: total %d, %d results, want 11 and 3", opts, res.Total, len(res.Results))
		}
		if res.Results[0].ID != about.ID {
			t.Errorf("%+v: first result %d %q, want %d (the article about lighthouses)", opts, res.Results[0].ID, res.Results[0].Title, about.ID)
		}
		if wantBound := opts.RankAll; res.RankedNewest != wantBound {
			t.Errorf("%+v: ranked_newest %d, want %d", opts, res.RankedNewest, wantBound)
		}
		s.Close()
	}
}

// TestRankingAndFacetBounds: with more results than Options.RankAll, the
// first pages come from the newest RankAll results, ranked; deeper pages
// from the whole ranking. With more than Options.FacetSample, facets count
// the newest FacetSample and say so, and the total stays exact.
func TestRankingAndFacetBounds(t *testing.T) {
	ctx := context.Background()
	s := boundsStore(t, Options{RankAll: 6, FacetSample: 4})
	whole, err := s.Search(ctx, store.Query{Q: "the", Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if whole.RankedNewest != 0 {
		t.Errorf("whole list (past the bound's pages): ranked_newest %d, want 0", whole.RankedNewest)
	}
	var ids []int64
	for _, r := range whole.Results {
		ids = append(ids, r.ID)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
	newest := map[int64]bool{}
	for _, id := range ids[:6] {
		newest[id] = true
	}
	first, err := s.Search(ctx, store.Query{Q: "the", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if first.RankedNewest != 6 || first.Total != whole.Total || len(first.Results) != 3 {
		t.Fatalf("first page: ranked_newest %d, total %d, %d results; want 6, %d, 3", first.RankedNewest, first.Total, len(first.Results), whole.Total)
	}
	for _, r := range first.Results {
		if !newest[r.ID] {
			t.Errorf("first page holds %d, not among the newest 6 results %v", r.ID, ids[:6])
		}
	}
	deep, err := s.Search(ctx, store.Query{Q: "the", Limit: 2, Offset: 4})
	if err != nil {
		t.Fatal(err)
	}
	if deep.RankedNewest != 0 || len(deep.Results) != 2 || deep.Results[0].ID != whole.Results[4].ID || deep.Results[1].ID != whole.Results[5].ID {
		t.Errorf("deep page: ranked_newest %d, %d results, want the whole ranking's 5th and 6th", deep.RankedNewest, len(deep.Results))
	}
	f, err := s.Facets(ctx, store.Query{Q: "the"}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Total != whole.Total || f.Sample != 4 {
		t.Errorf("facets: total %d sample %d, want %d and 4", f.Total, f.Sample, whole.Total)
	}
	counted := 0
	for _, l := range f.Languages {
		counted += l.Count
	}
	if counted != 4 {
		t.Errorf("facets: languages count %d articles, want the 4 sampled", counted)
	}
	all, err := s.Search(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	none, err := s.Facets(ctx, store.Query{}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	counted = 0
	for _, l := range none.Languages {
		counted += l.Count
	}
	if none.Total != all.Total || none.Sample != 4 || counted != 4 {
		t.Errorf("facets of everything: total %d sample %d counted %d, want %d, 4 and 4", none.Total, none.Sample, counted, all.Total)
	}
	small, err := s.Facets(ctx, store.Query{Q: "quay", Person: "Ana Lima", Site: "news.example.org"}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	wantSample := 0
	if small.Total > 4 {
		wantSample = 4
	}
	if small.Sample != wantSample {
		t.Errorf("facets of %d results: sample %d, want %d", small.Total, small.Sample, wantSample)
	}
}

// TestEstimatedTotals: a words-only search with more matches than
// Options.ExactTotals and RankAll drops the later copies found among its
// newest RankAll matches, ranks the rest, and estimates its total from
// the share dropped there; the page holds no dropped copy and each story
// once; facets estimate the same total.
func TestEstimatedTotals(t *testing.T) {
	ctx := context.Background()
	const window = 6
	s := boundsStore(t, Options{RankAll: window, ExactTotals: 1, FacetSample: 4})
	// Past the bound's pages: the exact form, every story once.
	whole, err := s.Search(ctx, store.Query{Q: "the", Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	copies, err := s.Search(ctx, store.Query{Q: "the", Limit: store.MaxLimit, AllCopies: true})
	if err != nil {
		t.Fatal(err)
	}
	if whole.TotalEstimated || copies.TotalEstimated || whole.Total >= copies.Total {
		t.Fatalf("exact forms: totals %d (estimated %v) and %d (estimated %v), want exact and fewer stories than articles",
			whole.Total, whole.TotalEstimated, copies.Total, copies.TotalEstimated)
	}
	shown := map[int64]bool{}
	for _, r := range whole.Results {
		shown[r.ID] = true
	}
	var ids []int64
	for _, r := range copies.Results {
		ids = append(ids, r.ID)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
	kept, dropped := map[int64]bool{}, 0
	for _, id := range ids[:window] {
		if shown[id] {
			kept[id] = true
		} else {
			dropped++
		}
	}
	if dropped == 0 {
		t.Fatalf("no copy among the newest %d matches %v: the test store no longer tests dropping", window, ids[:window])
	}
	wantTotal := copies.Total - int(float64(dropped*copies.Total)/window+0.5)
	first, err := s.Search(ctx, store.Query{Q: "the", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !first.TotalEstimated || first.Total != wantTotal || first.RankedNewest != window-dropped || len(first.Results) != 3 {
		t.Fatalf("first page: estimated %v total %d ranked_newest %d, %d results; want true, %d, %d, 3",
			first.TotalEstimated, first.Total, first.RankedNewest, len(first.Results), wantTotal, window-dropped)
	}
	stories := map[int64]bool{}
	for _, r := range first.Results {
		if !kept[r.ID] {
			t.Errorf("first page holds %d, not among the newest matches less their dropped copies %v", r.ID, kept)
		}
		if stories[r.StoryID] {
			t.Errorf("first page shows story %d twice", r.StoryID)
		}
		stories[r.StoryID] = true
	}
	f, err := s.Facets(ctx, store.Query{Q: "the"}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !f.TotalEstimated || f.Total != wantTotal || f.Sample != 4 {
		t.Errorf("facets: estimated %v total %d sample %d, want true, %d and 4", f.TotalEstimated, f.Total, f.Sample, wantTotal)
	}
	// Other filters keep the exact count.
	site, err := s.Search(ctx, store.Query{Q: "the", Site: "partner.example", Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if site.TotalEstimated {
		t.Errorf("q=the site=partner.example: total estimated, want exact")
	}
}
