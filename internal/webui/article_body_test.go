package webui

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// article builds an article from paragraphs, with Text joined as lede
// joins it.
func article(paras ...string) *lede.Article {
	a := &lede.Article{Text: strings.Join(paras, "\n\n")}
	for _, p := range paras {
		a.Blocks = append(a.Blocks, lede.Block{Kind: lede.KindParagraph, Text: p})
	}
	return a
}

func mention(text, s string, nth int) lede.Mention {
	at := -1
	for i := 0; i <= nth; i++ {
		j := strings.Index(text[at+1:], s)
		if j < 0 {
			panic("no " + s)
		}
		at += 1 + j
	}
	return lede.Mention{Start: at, End: at + len(s)}
}

// describe writes runs compactly: [person:Ann] {quote: ...}.
func describe(rs []inline) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r.Quote:
			b.WriteString("{" + describe(r.Children) + "}")
		case r.Class != "":
			b.WriteString("[" + r.Class + ":" + r.Text + "]")
		default:
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

func TestBodyBlocks(t *testing.T) {
	a := article(
		"Ann Lee said “the bridge will open in May” on Monday.",
		"The council in Leeds agreed.",
		"Ann Lee said it again.",
	)
	q := mention(a.Text, "the bridge will open in May", 0)
	a.People = []lede.Person{{Name: "Ann Lee", Mentions: []lede.Mention{mention(a.Text, "Ann Lee", 0), mention(a.Text, "Ann Lee", 1)}}}
	a.Organizations = []lede.Organization{{Name: "Leeds City Council", Mentions: []lede.Mention{mention(a.Text, "council", 0)}}}
	a.Places = []lede.Place{{Name: "Leeds", Country: "GB", Mentions: []lede.Mention{mention(a.Text, "Leeds", 0)}}}
	a.Dates = []lede.DateMention{
		{Text: "May", Value: "2024-05", Resolved: true, Start: mention(a.Text, "May", 0).Start, End: mention(a.Text, "May", 0).End},
		{Text: "Monday", Resolved: false, Start: mention(a.Text, "Monday", 0).Start, End: mention(a.Text, "Monday", 0).End},
	}
	a.Quotes = []lede.Quote{{Text: "the bridge will open in May", Speaker: "Ann Lee", Kind: lede.QuoteDirect, Start: q.Start, End: q.End}}

	var got []string
	for _, b := range bodyBlocks(a) {
		got = append(got, b.Kind+" "+describe(b.Inline))
	}
	want := []string{
		"p [person:Ann Lee] said “{the bridge will open in [date:May]}” on Monday.",
		"p The [org:council] in [place:Leeds] agreed.",
		"p [person:Ann Lee] said it again.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func TestBodyBlocksBadOffsets(t *testing.T) {
	a := article("Zoë met Bob.", "Then they left.")
	a.People = []lede.Person{
		{Name: "Zoë", Mentions: []lede.Mention{{Start: 0, End: 3}}},       // splits the ë
		{Name: "Bob", Mentions: []lede.Mention{{Start: 9, End: 12}}},      // right
		{Name: "Far", Mentions: []lede.Mention{{Start: 100, End: 200}}},   // past the end
		{Name: "Neg", Mentions: []lede.Mention{{Start: -4, End: 2}}},      // negative
		{Name: "Across", Mentions: []lede.Mention{{Start: 10, End: 20}}},  // over two blocks
		{Name: "Empty", Mentions: []lede.Mention{{Start: 5, End: 5}}},     // empty
		{Name: "Overlap", Mentions: []lede.Mention{{Start: 10, End: 12}}}, // inside Bob
	}
	a.Quotes = []lede.Quote{{Text: "x", Start: 4, End: 30}} // over two blocks: shown plain
	blocks := bodyBlocks(a)
	var got []string
	for _, b := range blocks {
		got = append(got, describe(b.Inline))
	}
	want := []string{"Zoë met [person:Bob].", "Then they left."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
}

func TestBodyBlocksKinds(t *testing.T) {
	a := &lede.Article{
		Blocks: []lede.Block{
			{Kind: lede.KindHeading, Text: "Top", Level: 1},
			{Kind: lede.KindListItem, Text: "one"},
			{Kind: lede.KindListItem, Text: "two", Level: 2},
			{Kind: lede.KindListItem, Text: "first", Ordered: true},
			{Kind: lede.KindBlockQuote, Text: "pulled"},
			{Kind: lede.KindImage, Src: "javascript:alert(1)", Text: ""},
			{Kind: lede.KindImage, Src: "https://img.example/a.jpg", Text: "A caption"},
			{Kind: lede.KindTable, Text: "a\tb\nc\td"},
			{Kind: lede.KindEmbed, Text: "post", Embed: &lede.Embed{Kind: "tweet", URL: "javascript:x", Author: "Ann"}},
		},
	}
	a.Text = "Top\n\none\n\ntwo\n\nfirst\n\npulled\n\nA caption\n\na\tb\nc\td\n\npost"
	blocks := bodyBlocks(a)
	var kinds []string
	for _, b := range blocks {
		kinds = append(kinds, b.Kind)
	}
	if diff := cmp.Diff([]string{"h", "list", "list", "quote", "image", "table", "embed"}, kinds); diff != "" {
		t.Fatalf("kinds (-want +got):\n%s", diff)
	}
	if blocks[0].Level != 2 {
		t.Errorf("a level-1 heading shows at level %d, want 2 (the page title is the h1)", blocks[0].Level)
	}
	if len(blocks[1].Items) != 2 || blocks[1].Items[1].Level != 2 || blocks[2].Ordered != true {
		t.Errorf("lists: %+v %+v", blocks[1], blocks[2])
	}
	if blocks[4].Src != "https://img.example/a.jpg" {
		t.Errorf("image src %q", blocks[4].Src)
	}
	if diff := cmp.Diff([][]string{{"a", "b"}, {"c", "d"}}, blocks[5].Rows); diff != "" {
		t.Errorf("table rows from text (-want +got):\n%s", diff)
	}
	if blocks[6].Embed.URL != "" || blocks[6].Embed.Author != "Ann" {
		t.Errorf("embed %+v: a javascript: address must be dropped", blocks[6].Embed)
	}
}

func TestBodyBlocksWithoutBlocks(t *testing.T) {
	a := &lede.Article{Text: "First part.\n\nSecond part with Ann."}
	a.People = []lede.Person{{Name: "Ann", Mentions: []lede.Mention{mention(a.Text, "Ann", 0)}}}
	var got []string
	for _, b := range bodyBlocks(a) {
		got = append(got, describe(b.Inline))
	}
	if diff := cmp.Diff([]string{"First part.", "Second part with [person:Ann]."}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		snippet, q, want string
	}{
		{"The summit in Helsinki was brief.", "summit helsinki", "The [hit:summit] in [hit:Helsinki] was brief."},
		{"Summits and summitry.", "summit*", "[hit:Summits] and [hit:summitry]."},
		{"Traders trade.", "trade", "Traders [hit:trade]."},
		{"Café culture", "cafe", "[hit:Café] culture"},
		{"Cafe culture", "CAFÉ", "[hit:Cafe] culture"},
		{"Nothing here", "", "Nothing here"},
		{"a <b> c", "b", "a <[hit:b]> c"},
		{"x", "!!! ???", "x"},
	}
	for _, tt := range tests {
		if got := describe(highlight(tt.snippet, searchWords(tt.q))); got != tt.want {
			t.Errorf("highlight(%q, %q) = %q, want %q", tt.snippet, tt.q, got, tt.want)
		}
	}
}

// FuzzBodyBlocks checks that any text with any offsets renders without a
// panic and that the runs of each paragraph give back its text exactly:
// annotation never adds, drops or reorders words.
func FuzzBodyBlocks(f *testing.F) {
	f.Add("Ann met Bob in Leeds.\n\nThey said “yes”.", 0, 3, 8, 11, 24, 27)
	f.Add("Zoë\n\nÄ", 1, 2, 0, 9, -1, 4)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, qs, qe int) {
		paras := strings.Split(text, "\n\n")
		a := article(paras...)
		a.People = []lede.Person{{Name: "P", Mentions: []lede.Mention{{Start: s1, End: e1}, {Start: s2, End: e2}}}}
		a.Places = []lede.Place{{Name: "L", Mentions: []lede.Mention{{Start: s2, End: e1}}}}
		a.Dates = []lede.DateMention{{Text: "d", Value: "2020", Resolved: true, Start: qs, End: e2}}
		a.Quotes = []lede.Quote{{Text: "q", Start: qs, End: qe}}
		blocks := bodyBlocks(a)
		var got []string
		for _, b := range blocks {
			got = append(got, plainText(b.Inline))
		}
		var want []string
		for _, p := range paras {
			if p != "" {
				want = append(want, p)
			}
		}
		if len(want) == 0 && strings.TrimSpace(a.Text) == "" {
			return
		}
		if len(want) > 0 && !cmp.Equal(want, got) {
			t.Errorf("paragraph text changed:\n want %q\n got  %q", want, got)
		}
	})
}

// FuzzHighlight checks that marking search hits never changes a snippet's
// text and that every mark is a word the search asked for.
func FuzzHighlight(f *testing.F) {
	f.Add("The summit in Helsinki, café", "summit* CAFE")
	f.Add("ÄÖ ü\u0301 x", "ü ä*")
	f.Fuzz(func(t *testing.T, snippet, q string) {
		words := searchWords(q)
		runs := highlight(snippet, words)
		if got := plainText(runs); got != snippet {
			t.Fatalf("highlight changed the text: %q → %q", snippet, got)
		}
		for _, r := range runs {
			if !r.Mark {
				continue
			}
			ok := false
			for _, w := range words {
				if f := fold(r.Text); f == w.fold || (w.prefix && strings.HasPrefix(f, w.fold)) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("marked %q, which no searched word (%q) matches", r.Text, q)
			}
		}
	})
}

func TestMarkWords(t *testing.T) {
	a := article("Ann Lee said “the summit matters” at the summit.", "Summits are rare.")
	q := mention(a.Text, "the summit matters", 0)
	a.People = []lede.Person{{Name: "Ann Lee", Mentions: []lede.Mention{mention(a.Text, "Ann Lee", 0)}}}
	a.Quotes = []lede.Quote{{Text: "the summit matters", Start: q.Start, End: q.End, Kind: lede.QuoteDirect}}
	blocks := bodyBlocks(a)
	markBlocks(blocks, searchWords("summit ann"))
	var got []string
	for _, b := range blocks {
		got = append(got, describe(b.Inline))
	}
	// Names stay links (not marked again); words inside quotes are marked.
	want := []string{"[person:Ann Lee] said “{the [hit:summit] matters}” at the [hit:summit].", "Summits are rare."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
