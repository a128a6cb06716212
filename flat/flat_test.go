package flat

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"github.com/ledehq/lede/internal/sharedtest"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

type expectedSeed struct {
	Article struct {
		Title     string   `json:"title"`
		Authors   []string `json:"authors"`
		Published string   `json:"published"`
		Section   string   `json:"section"`
		Site      string   `json:"site"`
		Language  string   `json:"language"`
		Headings  []string `json:"headings"`
		Embeds    []struct {
			Kind       string `json:"kind"`
			Author     string `json:"author"`
			Handle     string `json:"handle"`
			Date       string `json:"date"`
			TextStarts string `json:"text_starts"`
		} `json:"embeds"`
		BodyParagraphs []string `json:"body_paragraphs"`
		NotInBody      []string `json:"not_in_body_examples"`
		Related        []struct {
			Title  string `json:"title"`
			Author string `json:"author"`
			Date   string `json:"date"`
		} `json:"related_links_examples"`
	} `json:"article"`
}

// TestSeed reads the founding example and compares the article field by
// field with the expected reading in ../shared/seed.
func TestSeed(t *testing.T) {
	dir := sharedtest.Path(t, "seed")
	text, err := os.ReadFile(filepath.Join(dir, "fortune-trump-putin-helsinki.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "fortune-trump-putin-helsinki.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want expectedSeed
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	w := want.Article
	a, err := Extract(context.Background(), text, Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	check := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("title", a.Title, w.Title)
	check("published", a.Published, w.Published)
	check("section", a.Section, w.Section)
	check("site", a.SiteName, w.Site)
	check("language", a.Language, want.Article.Language)
	if diff := cmp.Diff(w.Authors, a.Authors); diff != "" {
		t.Errorf("authors (-want +got):\n%s", diff)
	}
	var headings []string
	var embeds []lede.Embed
	for _, b := range a.Blocks {
		switch b.Kind {
		case lede.KindHeading:
			headings = append(headings, b.Text)
		case lede.KindEmbed:
			if b.Embed == nil {
				t.Errorf("embed block without Embed: %q", b.Text)
				continue
			}
			embeds = append(embeds, *b.Embed)
		}
	}
	if diff := cmp.Diff(w.Headings, headings); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
	if len(embeds) != len(w.Embeds) {
		t.Fatalf("got %d embeds, want %d: %+v", len(embeds), len(w.Embeds), embeds)
	}
	for i, e := range w.Embeds {
		g := embeds[i]
		check("embed kind", g.Kind, e.Kind)
		check("embed author", g.Author, e.Author)
		check("embed handle", g.Handle, e.Handle)
		check("embed date", g.Date, e.Date)
		if !strings.HasPrefix(g.Text, e.TextStarts) {
			t.Errorf("embed text %q does not start with %q", g.Text, e.TextStarts)
		}
	}
	if diff := cmp.Diff(w.BodyParagraphs, strings.Split(a.Text, "\n\n")); diff != "" {
		t.Errorf("body paragraphs (-want +got):\n%s", diff)
	}
	for _, s := range w.NotInBody {
		if strings.Contains(a.Text, s) {
			t.Errorf("body contains %q", s)
		}
	}
	for _, r := range w.Related {
		found := false
		for _, g := range a.Related {
			if g.Title == r.Title {
				found = true
				if g.Author != r.Author || g.Date != r.Date {
					t.Errorf("related %q: author %q date %q, want %q %q", r.Title, g.Author, g.Date, r.Author, r.Date)
				}
			}
		}
		if !found {
			t.Errorf("related %q missing; got %+v", r.Title, a.Related)
		}
	}
	for _, g := range a.Related {
		if strings.Contains(a.Text, g.Title) {
			t.Errorf("related title %q is also in the body", g.Title)
		}
	}
	if a.WordCount == 0 || !strings.Contains(a.HTML, "<h2>") {
		t.Errorf("word count %d, html %.80q", a.WordCount, a.HTML)
	}
}

func TestBadInput(t *testing.T) {
	ctx := context.Background()
	links := strings.Repeat("  • Home\n  • News\n  • Sports\n  • About us\n  • Contact\n", 30)
	long := bytes.Repeat([]byte("word "), 2<<20) // a single 10 MB line
	story := "A Title For The Story Here\n\nBy Jane Doe\n\n" + storyBody
	tests := []struct {
		name    string
		in      []byte
		opts    Options
		wantErr error
		check   func(t *testing.T, a *lede.Article)
	}{
		{name: "empty", in: nil, wantErr: lede.ErrEmptyInput},
		{name: "white space", in: []byte(" \n\t\r\n"), wantErr: lede.ErrEmptyInput},
		{name: "binary", in: []byte("\x00\x01\x02\x03binary\x00data"), wantErr: lede.ErrUnsupported},
		{name: "png", in: []byte("\x89PNG\r\n\x1a\n...."), wantErr: lede.ErrUnsupported},
		{name: "too large", in: []byte(story), opts: Options{MaxBytes: 10}, wantErr: lede.ErrTooLarge},
		{name: "links only", in: []byte(links), wantErr: lede.ErrNoArticle},
		{name: "too many lines", in: bytes.Repeat([]byte("a\n"), maxLines+1), wantErr: lede.ErrTooLarge},
		{name: "blank runs", in: []byte("A Title For The Story Here" + strings.Repeat("\n", 100000) + storyBody), check: func(t *testing.T, a *lede.Article) {
			if a.Title != "A Title For The Story Here" || a.WordCount < 50 {
				t.Errorf("title %q, %d words", a.Title, a.WordCount)
			}
		}},
		{name: "one 10 MB line", in: long, opts: Options{MaxBytes: -1}, check: func(t *testing.T, a *lede.Article) {
			if a.WordCount == 0 {
				t.Error("no words")
			}
		}},
		{name: "windows line endings", in: []byte(strings.ReplaceAll(story, "\n", "\r\n")), check: func(t *testing.T, a *lede.Article) {
			if strings.Contains(a.Text, "\r") || a.Title != "A Title For The Story Here" {
				t.Errorf("title %q, text %.60q", a.Title, a.Text)
			}
			if diff := cmp.Diff([]string{"Jane Doe"}, a.Authors); diff != "" {
				t.Errorf("authors: %s", diff)
			}
		}},
		{name: "invalid UTF-8", in: []byte(strings.Replace(story, "council", "c\xffouncil", 1) + "caf\xe9 \xc3\x28\n"), check: func(t *testing.T, a *lede.Article) {
			if !strings.Contains(a.Text, "c\uFFFDouncil") {
				t.Errorf("invalid byte not replaced: %.80q", a.Text)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(ctx, tc.in, tc.opts)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			tc.check(t, a)
		})
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, []byte("text"), Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

func TestBylines(t *testing.T) {
	tests := []struct {
		name string
		head string
		want []string
	}{
		{"by name", "By Jane Doe", []string{"Jane Doe"}},
		{"and", "By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"commas", "By Jane Doe, John Roe and Ann Poe", []string{"Jane Doe", "John Roe", "Ann Poe"}},
		{"split", "By\nJane Doe\nand\nJohn Roe", []string{"Jane Doe", "John Roe"}},
		{"repeated", "By\nReuters\nReuters\nShare Icon\nBy\nReuters", []string{"Reuters"}},
		{"with date", "By Jane DoeMarch 3, 2021", []string{"Jane Doe"}},
		{"role", "By Jane Doe | Staff Writer", []string{"Jane Doe"}},
		{"written by alone", "Written By\nJane Doe\nStaff Writer", []string{"Jane Doe"}},
		{"name as list item", "by\n\n  • Jane Doe\n\n  • March 3, 2021", []string{"Jane Doe"}},
		{"date then by", "October 11, 2023 by Jane Doe", []string{"Jane Doe"}},
		{"name next to date", "Jane Doe\nMarch 3, 2021", []string{"Jane Doe"}},
		{"reading time after a dash", "by Jane Doe\u201410 min read", []string{"Jane Doe"}},
		{"a portrait's label", "By Jane Doe Image\nMarch 3, 2021", []string{"Jane Doe"}},
		{"a name that begins with By", "By Byron Doe", []string{"Byron Doe"}},
		{"a portrait's alt text", "Picture of Jane Doe\nShare this story", []string{"Jane Doe"}},
	}
	body := storyBody
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := "  • Home\n  • News\n\nA Title For The Story Here\n\n" + tc.head + "\n\n" + body
			a, err := Extract(context.Background(), []byte(in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, a.Authors); diff != "" {
				t.Errorf("authors (-want +got):\n%s", diff)
			}
			if a.Title != "A Title For The Story Here" {
				t.Errorf("title %q", a.Title)
			}
		})
	}
}

func TestRelativeTeaserDates(t *testing.T) {
	body := storyBody
	in := "A Title For The Story Here\n\nBy Jane Doe\nMarch 1, 2021\n\n" + body +
		"Latest\n\nA first teaser title about something else\nBy Ann PoeMarch 3, 2021\n2 days ago\n" +
		"A second teaser title about other things\nBy Bob Roe\n5 hours ago\n"
	a, err := Extract(context.Background(), []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2021-03-01" {
		t.Errorf("published %q", a.Published)
	}
	want := []lede.Related{
		{Title: "A first teaser title about something else", Author: "Ann Poe", Date: "2021-03-03"},
		{Title: "A second teaser title about other things", Author: "Bob Roe", Date: "2021-03-05"},
	}
	if diff := cmp.Diff(want, a.Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	// Without a teaser date, the relative time stays as text.
	in = "A Title For The Story Here\n\nBy Jane Doe\n\n" + body + "Latest\n\nA second teaser title about other things\nBy Bob Roe\n5 hours ago\n"
	a, err = Extract(context.Background(), []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = []lede.Related{{Title: "A second teaser title about other things", Author: "Bob Roe", DateText: "5 hours ago"}}
	if diff := cmp.Diff(want, a.Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	if a.Published != "" {
		t.Errorf("published %q from a relative teaser time", a.Published)
	}
}

// storyBody is five distinct paragraphs.
const storyBody = `The council met on Tuesday and voted to approve the budget for the coming year after a long debate.

Members who opposed the plan said the city could not afford the new library without raising taxes again.

The mayor answered that the library would be paid for by a grant that the state approved last spring.

Residents who spoke at the meeting were divided, and several asked for the vote to be delayed until June.

The budget takes effect on the first of July, and the library is expected to open two years later.

`

// inputLines returns the set of the input's lines, white space trimmed.
func inputLines(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		m[strings.TrimSpace(strings.ToValidUTF8(l, "\uFFFD"))] = true
	}
	return m
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte("A Title For The Story Here\n\nBy Jane Doe\nJune 28, 2018, 8:30 AM ET\n\n" + strings.Repeat("The council met on Tuesday and voted to approve the budget for the year.\n\n", 5)))
	f.Add([]byte("  • Home\n  • News\nSection\n\nTitle of it all\r\n\r\nBy\r\nX\r\n\r\n— Name (@handle) June 28, 2018\n"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := Extract(context.Background(), in, Options{})
		if err != nil {
			return
		}
		text := strings.ReplaceAll(string(in), "\r", "")
		lines := inputLines(text)
		for _, b := range a.Blocks {
			for _, l := range strings.Split(b.Text, "\n") {
				if !lines[strings.TrimSpace(l)] && !strings.Contains(strings.ToValidUTF8(text, "\uFFFD"), strings.TrimSpace(l)) {
					t.Fatalf("body line %q is not a line of the input", l)
				}
			}
		}
	})
}

// benchPages reads a few real flattened pages from ../shared/bench.
func benchPages(b *testing.B) [][]byte {
	dir := sharedtest.Path(b, "bench/scrapinghub/text-w3m")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt.gz"))
	if len(files) > 40 {
		files = files[:40]
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		g, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		p, err := io.ReadAll(g)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	return pages
}

func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	ctx := context.Background()
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Extract(ctx, pages[i%len(pages)], Options{})
		i++
	}
}

func TestTitleFromSlug(t *testing.T) {
	in := "  • Home\n  • News\n\nBreaking Updates From Around The World\n\nCity Council Approves The Library Budget\n\nBy Jane Doe\n\n" + storyBody
	a, err := Extract(context.Background(), []byte(in), Options{URL: "https://example.org/2021/03/03/council-approves-library-budget/"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "City Council Approves The Library Budget" {
		t.Errorf("title %q", a.Title)
	}
	if got := slugWords("https://example.org/a/b-title-words?x=1"); !got["title"] || !got["words"] || got["x"] {
		t.Errorf("slugWords = %v", got)
	}
}

func TestURLDate(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://example.com/story/2025/12/19/new-movies/87747702007/", "2025-12-19"},
		{"https://example.com/2019/1/5/slug", "2019-01-05"},
		{"https://example.com/news/2019-11-hibernating.html", ""},
		{"https://example.com/2019/13/05/slug", ""},
		{"https://example.com/a/b?d=/2019/11/05/", ""},
		{"https://example.com/1200/11/05/", ""},
		{"", ""},
	} {
		if got := urlDate(c.url); got != c.want {
			t.Errorf("urlDate(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	in := "  • Home\n\nCouncil Approves The Library Budget\n\n" + storyBody
	a, err := Extract(context.Background(), []byte(in), Options{URL: "https://example.org/2021/03/03/council-approves-library-budget/"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2021-03-03" {
		t.Errorf("published %q, want the address's day", a.Published)
	}
}

func TestBreadcrumbIsNoTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Home » Tropical Conservatory » Coffee", true},
		{"Home > Guides", true},
		{"A > B is not a trail? It is read as one", true},
		{"Coffee: from its origins to today", false},
	} {
		if got := isBreadcrumb(c.text); got != c.want {
			t.Errorf("isBreadcrumb(%q) = %v", c.text, got)
		}
	}
}

func TestFullerTitleAbove(t *testing.T) {
	in := "Council Approves The Library Budget After A Long Debate\n\n  • Home\n  • News\n\nCouncil Approves The Library Budget\n\n" + storyBody
	a, err := Extract(context.Background(), []byte(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Council Approves The Library Budget After A Long Debate"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	// A label after a separator is no fuller title.
	in = "Council Approves The Library Budget | Example News Desk Today\n\n  • Home\n\nCouncil Approves The Library Budget\n\n" + storyBody
	if a, err = Extract(context.Background(), []byte(in), Options{}); err != nil {
		t.Fatal(err)
	}
	if want := "Council Approves The Library Budget"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
}

func TestFileNameIsNoTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"A-Beginners-Guide-To-Zero-Waste-Living", false},
		{"A Beginner's Guide To Zero Waste Living", true},
		{"東京の新しい図書館が開館しました", true},
	} {
		l := makeLine(c.text)
		if got := titleScore(&l) > 0; got != c.want {
			t.Errorf("titleScore(%q) > 0 = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLabelledDateFarFromStory covers a story dated only by a labelled line
// far below it, past a newsletter box and a sidebar; a list of labelled
// teasers with different dates gives none.
func TestLabelledDateFarFromStory(t *testing.T) {
	filler := strings.Repeat("  • Sidebar link\n", 60)
	tests := []struct {
		name, tail, want string
	}{
		{"a published line below the page", "Published\u2002April 26, 2023\n", "2023-04-26"},
		{"an updated line when nothing else", "Updated:\u00a0January 2, 2025, 9:06am CST\n", "2025-01-02T09:06:00-06:00"},
		{"labelled teasers disagree", "Published March 1, 2022\n\nPublished March 9, 2022\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "Council Approves The Library Budget\n\n" + storyBody + "\nSubscribe to our newsletter\n\n" + filler + "\n" + tt.tail
			a, err := Extract(context.Background(), []byte(in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Published != tt.want {
				t.Errorf("published %q, want %q", a.Published, tt.want)
			}
		})
	}
}

// TestSplitNames covers the clean-up of a byline's text into names.
func TestSplitNames(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Written byby Jane Doe", []string{"Jane Doe"}},
		{"By: Jane Doe", []string{"Jane Doe"}},
		{"Byron Doe", []string{"Byron Doe"}},
		{"Jane Doe Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe Avatar", []string{"Jane Doe"}},
		{"Jane Doe\u201410 min read", []string{"Jane Doe"}},
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Words: Jane Doe", []string{"Jane Doe"}},
		{"Jane Doe Profile", []string{"Jane Doe"}},
		{"Jane Doe In", []string{"Jane Doe"}},
		{"Jane Doe ●", []string{"Jane Doe"}},
		{"Jane Doe\u2019s", []string{"Jane Doe"}},
		{"Table of Contents", nil},
		{"Share to X", nil},
		{"Category", nil},
	} {
		if diff := cmp.Diff(c.want, splitNames(c.in)); diff != "" {
			t.Errorf("splitNames(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"How the council spent the library budget | Opinion", "How the council spent the library budget"},
		{"How the council spent the library budget | Example News Desk", "How the council spent the library budget"},
		{"Budget | Library | Council | City Hall Today And Tomorrow", "Budget | Library | Council | City Hall Today And Tomorrow"},
		{"Journey OnwardJourney Onward", "Journey Onward"},
		{"A Plain Title", "A Plain Title"},
	} {
		if got := cleanTitle(c.in); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
