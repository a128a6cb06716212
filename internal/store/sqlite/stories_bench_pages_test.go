package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/extract"
	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/internal/store"
)

// partnerPage rebuilds an article as another site would publish it: its own
// title, menu, byline, teasers and footer around the same body.
func partnerPage(a *lede.Article) []byte {
	var b bytes.Buffer
	title := "Partner Times: " + a.Title
	fmt.Fprintf(&b, "<!doctype html><html><head><title>%s</title></head><body>\n", html.EscapeString(title))
	b.WriteString(`<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>` + "\n")
	fmt.Fprintf(&b, "<article><h1>%s</h1><p>By our wire desk</p>\n", html.EscapeString(title))
	for _, blk := range a.Blocks {
		switch blk.Kind {
		case lede.KindParagraph:
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(blk.Text))
		case lede.KindHeading:
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(blk.Text))
		case lede.KindListItem:
			fmt.Fprintf(&b, "<ul><li>%s</li></ul>\n", html.EscapeString(blk.Text))
		}
	}
	b.WriteString("</article><aside><h2>Popular</h2><ul><li><a href=\"/x\">Rates rise again</a></li><li><a href=\"/y\">Storm warning</a></li></ul></aside>\n")
	b.WriteString("<footer>© Partner Times</footer></body></html>")
	return b.Bytes()
}

// TestStoriesOnBenchPages stores real scrapinghub articles, a partner
// site's republication of each of the first ten, and checks through the
// store that each copy joined its original's story while no two different
// articles share one, not even those closest in vocabulary.
func TestStoriesOnBenchPages(t *testing.T) {
	dir := sharedtest.Path(t, "bench", "scrapinghub", "html")
	pages, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(pages) < 40 {
		t.Skipf("too few pages in %s", dir)
	}
	ctx := context.Background()
	s := openTemp(t)
	var originals []*lede.Article
	ids := map[int64]int{} // article id → index in originals
	for _, p := range pages[:60] {
		data, err := readGzip(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := extract.Extract(ctx, data, extract.Options{})
		if err != nil || len(strings.Fields(a.Text)) < 50 {
			continue
		}
		if a.URL == "" {
			a.URL = "https://original.example/" + filepath.Base(p)
		}
		r, err := s.Put(ctx, store.Entry{Article: a, PageHash: store.HashPage(data)})
		if err != nil {
			t.Fatal(err)
		}
		ids[r.ID] = len(originals)
		originals = append(originals, a)
	}
	joined := 0
	for i, a := range originals[:10] {
		page := partnerPage(a)
		c, err := extract.Extract(ctx, page, extract.Options{URL: fmt.Sprintf("https://partner.example/%d", i)})
		if err != nil {
			t.Fatalf("partner page of %q: %v", a.Title, err)
		}
		// The page's own hash, as ingest gives it: without one the text's
		// hash stands for the page, and an identical text would be taken
		// for a page already read.
		r, err := s.Put(ctx, store.Entry{Article: c, PageHash: store.HashPage(page)})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		story, err := s.Story(ctx, got.StoryID)
		if err != nil {
			t.Fatal(err)
		}
		for _, cp := range story.Copies {
			if j, ok := ids[cp.ArticleID]; ok && j == i {
				joined++
			}
		}
	}
	if joined < 9 {
		t.Errorf("%d of 10 partner copies joined their original's story", joined)
	}
	// The originals are all different articles: as many stories as articles.
	res, err := s.Stories(ctx, store.StoryQuery{MinCopies: 2, Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range res.Results {
		n := 0
		for _, cp := range st.Copies {
			if _, ok := ids[cp.ArticleID]; ok {
				n++
			}
		}
		if n > 1 {
			t.Errorf("story %d groups %d different benchmark articles: %+v", st.ID, n, st.Copies)
		}
	}
	// Search shows each story once: listing everything gives one result
	// fewer per copy that joined a story.
	all, err := s.Search(ctx, store.Query{AllCopies: true, Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	once, err := s.Search(ctx, store.Query{Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total-once.Total != joined {
		t.Errorf("all copies %d, stories %d: want %d fewer", all.Total, once.Total, joined)
	}
}
