package webui

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/sample"
	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/understand"
)

// hostileTitle and hostileName are text a page could carry that must be
// shown as text, never run or parsed as markup.
const (
	hostileTitle = `Markets <script>alert("pwned")</script> & "quotes" rally`
	hostileName  = `Eve <img src=x onerror=alert(1)> Mallory`
)

// hostileArticle is an article whose every field tries to inject markup.
func hostileArticle() *lede.Article {
	p1 := "Shares rose on Monday as " + hostileName + " told investors: "
	quote := `<b>we are</b> "fine"`
	p1 += "\u201c" + quote + "\u201d"
	p2 := "The <iframe src=//evil.example> board met in Springfield on Tuesday."
	text := p1 + "\n\n" + p2
	nameAt := strings.Index(text, hostileName)
	quoteAt := strings.Index(text, quote)
	placeAt := strings.Index(text, "Springfield")
	return &lede.Article{
		URL:       "https://evil.example/markets/rally",
		Title:     hostileTitle,
		Authors:   []string{`<a href="javascript:alert(1)">Reporter</a>`},
		Published: "2021-03-01T09:00:00Z",
		SiteName:  `<b>Evil</b> Times`,
		Language:  "en",
		Image:     "javascript:alert(1)",
		Blocks: []lede.Block{
			{Kind: lede.KindParagraph, Text: p1},
			{Kind: lede.KindParagraph, Text: p2},
			{Kind: lede.KindImage, Src: "javascript:alert(2)", Alt: `"><script>alert(3)</script>`, Text: ""},
		},
		Text:      text,
		HTML:      `<p onclick="alert(4)">stored html must never be rendered</p><script>alert(5)</script>`,
		WordCount: len(strings.Fields(text)),
		People:    []lede.Person{{Name: hostileName, Mentions: []lede.Mention{{Start: nameAt, End: nameAt + len(hostileName)}}}},
		Places:    []lede.Place{{Name: "Springfield", Country: "US", Mentions: []lede.Mention{{Start: placeAt, End: placeAt + len("Springfield")}}}},
		Quotes:    []lede.Quote{{Text: quote, Speaker: hostileName, Kind: lede.QuoteDirect, Start: quoteAt, End: quoteAt + len(quote)}},
	}
}

// testStore is a temporary store holding the bundled sample corpus (the
// founding example first), the hostile article and, when benchPages is set
// (and ../shared is there), the first scrapinghub pages of ../shared.
type testStore struct {
	store.Store
	sampleID, hostileID int64
	bench               int // bench articles stored
}

func newTestStore(t testing.TB, benchPages int) *testStore {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "ui.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	in := ingest.New(st, ingest.Options{Workers: 1, Understander: &understand.Loader{}})
	ts := &testStore{Store: st}
	corpus, err := sample.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range corpus {
		id, _, err := in.Page(ctx, ingest.Page{Name: p.Name, URL: p.URL, Data: p.Data})
		if err != nil {
			t.Fatalf("storing the sample %s: %v", p.Name, err)
		}
		if i == 0 {
			ts.sampleID = id // the founding example
		}
	}
	res, err := st.Put(ctx, store.Entry{Article: hostileArticle(), Source: "test"})
	if err != nil {
		t.Fatalf("storing the hostile article: %v", err)
	}
	ts.hostileID = res.ID
	if benchPages > 0 {
		dir := sharedtest.Path(t, "bench", "scrapinghub", "html")
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var files []string
		for _, e := range entries {
			if ingest.IsPageFile(e.Name()) {
				files = append(files, filepath.Join(dir, e.Name()))
			}
		}
		sort.Strings(files)
		files = files[:min(benchPages, len(files))]
		stats, err := in.Run(ctx, files)
		if err != nil {
			t.Fatalf("ingesting bench pages: %v", err)
		}
		ts.bench = int(stats.Stored)
	}
	return ts
}

// sharedRoot is ../shared beside the repository, present or not.
func sharedRoot(t testing.TB) string {
	return filepath.Join(sharedtest.Root(t), "..", "shared")
}
