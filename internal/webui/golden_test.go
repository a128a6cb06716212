package webui

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenArticle is a hand-made article with every kind of block, names,
// dates and quotes, so the reader's markup can be checked as a whole.
func goldenArticle() *lede.Article {
	paras := []string{
		"Harbour works begin",
		"Mayor Ann Lee said on Monday that “the sea wall will be finished by May,” and the Harbour Trust agreed.",
		"What changes",
		"Two lanes close.",
		"The ferry moves.",
		"It is a long-awaited repair.",
		"Lee later added that costs were “within budget”.",
	}
	text := strings.Join(paras, "\n\n")
	at := func(s string, nth int) lede.Mention {
		i := -1
		for k := 0; k <= nth; k++ {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return lede.Mention{Start: i, End: i + len(s)}
	}
	q1, q2, may, monday := at("the sea wall will be finished by May,", 0), at("within budget", 0), at("May,", 0), at("Monday", 0)
	may.End-- // without the comma
	return &lede.Article{
		URL:       "https://news.example.org/harbour/works",
		Title:     "Harbour works begin",
		Authors:   []string{"Sam Reporter"},
		Published: "2024-03-04T10:00:00+01:00",
		SiteName:  "Example News",
		Section:   "Local",
		Language:  "en",
		Blocks: []lede.Block{
			{Kind: lede.KindParagraph, Text: paras[1]},
			{Kind: lede.KindHeading, Level: 2, Text: paras[2]},
			{Kind: lede.KindListItem, Level: 1, Text: paras[3]},
			{Kind: lede.KindListItem, Level: 1, Text: paras[4]},
			{Kind: lede.KindBlockQuote, Text: paras[5]},
			{Kind: lede.KindParagraph, Text: paras[6]},
			{Kind: lede.KindImage, Src: "https://news.example.org/img/wall.jpg", Alt: "The sea wall"},
			{Kind: lede.KindEmbed, Text: "Work starts today.", Embed: &lede.Embed{Kind: "tweet", URL: "https://x.example/harbour/1", Author: "Harbour Trust", Handle: "@harbour", Date: "2024-03-04", Text: "Work starts today."}},
		},
		Text:          text,
		WordCount:     len(strings.Fields(text)),
		People:        []lede.Person{{Name: "Ann Lee", Aliases: []string{"Lee"}, Role: "Mayor", Mentions: []lede.Mention{at("Ann Lee", 0), at("Lee", 1)}}},
		Organizations: []lede.Organization{{Name: "Harbour Trust", Mentions: []lede.Mention{at("Harbour Trust", 0)}}},
		Dates: []lede.DateMention{
			{Text: "Monday", Value: "2024-03-04", Granularity: lede.Day, Resolved: true, Start: monday.Start, End: monday.End},
			{Text: "May", Value: "2024-05", Granularity: lede.Month, Resolved: true, Start: may.Start, End: may.End},
		},
		Quotes: []lede.Quote{
			{Text: "the sea wall will be finished by May,", Speaker: "Ann Lee", Kind: lede.QuoteDirect, Start: q1.Start, End: q1.End},
			{Text: "within budget", Speaker: "Ann Lee", Kind: lede.QuotePartial, Start: q2.Start, End: q2.End},
		},
	}
}

// TestArticleGolden renders the reader for goldenArticle and compares the
// page's <main> with testdata/article.golden.html (go test -update
// rewrites it).
func TestArticleGolden(t *testing.T) {
	st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "golden.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := st.Put(t.Context(), store.Entry{Article: goldenArticle(), Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	code, _, body := fetch(t, New(st, Options{}), "GET", "/articles/"+strconv.FormatInt(res.ID, 10))
	if code != 200 {
		t.Fatalf("status %d", code)
	}
	start, end := strings.Index(body, "<main"), strings.Index(body, "</main>")
	if start < 0 || end < start {
		t.Fatal("no <main> in the page")
	}
	got := tidy(body[start : end+len("</main>")])
	path := filepath.Join("testdata", "article.golden.html")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("reader markup differs from %s (-want +got; go test -update refreshes it):\n%s", path, diff)
	}
}

// tidy drops blank lines and leading indentation, so the golden file
// follows the markup, not the templates' layout.
func tidy(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n") + "\n"
}
