package understand

import (
	"context"
	"encoding/json"
	"flag"
	"github.com/ledehq/lede/internal/sharedtest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/dates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seed is the founding example's expected reading.
type seed struct {
	Article struct {
		Published      string   `json:"published"`
		BodyParagraphs []string `json:"body_paragraphs"`
	} `json:"article"`
	People struct {
		Must []struct {
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
		} `json:"must"`
		Nice []struct {
			Name string `json:"name"`
		} `json:"nice"`
	} `json:"people"`
	Organizations struct {
		Must []string `json:"must"`
		Nice []string `json:"nice"`
	} `json:"organizations"`
	Places struct {
		Must []struct {
			Name    string `json:"name"`
			Country string `json:"country"`
		} `json:"must"`
	} `json:"places"`
	Dates struct {
		Must []struct {
			Text  string `json:"text"`
			Value string `json:"value"`
		} `json:"must"`
	} `json:"dates"`
	Quotes struct {
		Must []struct {
			Speaker string `json:"speaker"`
			Text    string `json:"text"`
		} `json:"must"`
		NiceIndirect []struct {
			Speaker string `json:"speaker"`
			Text    string `json:"text"`
		} `json:"nice_indirect"`
	} `json:"quotes"`
}

func loadSeed(t testing.TB) (*seed, *lede.Article) {
	t.Helper()
	path := sharedtest.Path(t, "seed", "fortune-trump-putin-helsinki.expected.json")
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("shared seed not present at %s", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var s seed
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	a := &lede.Article{Text: strings.Join(s.Article.BodyParagraphs, "\n\n"), Published: s.Article.Published}
	return &s, a
}

// TestSeed understands the founding example's body and checks every "must"
// item of its hand reading, and that nothing is invented.
func TestSeed(t *testing.T) {
	s, a := loadSeed(t)
	var l Loader
	if err := l.Understand(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, a)

	people := map[string]lede.Person{}
	for _, p := range a.People {
		people[p.Name] = p
	}
	for _, want := range s.People.Must {
		got, ok := people[want.Name]
		if !ok {
			t.Errorf("person %q not found", want.Name)
			continue
		}
		for _, alias := range want.Aliases {
			if standalone(a.Text, alias, append([]string{want.Name}, want.Aliases...)) == 0 {
				continue // the text uses the form only inside a longer one
			}
			if !contains(got.Aliases, alias) {
				t.Errorf("person %q: alias %q not found (aliases %q)", want.Name, alias, got.Aliases)
			}
		}
	}
	allowed := map[string]bool{}
	for _, p := range s.People.Must {
		allowed[p.Name] = true
	}
	for _, p := range s.People.Nice {
		allowed[p.Name] = true
	}
	for _, p := range a.People {
		if !allowed[p.Name] {
			t.Errorf("invented person %q", p.Name)
		}
	}

	orgs := map[string]bool{}
	for _, o := range a.Organizations {
		orgs[o.Name] = true
	}
	for _, want := range s.Organizations.Must {
		if !orgs[want] {
			t.Errorf("organization %q not found", want)
		}
	}
	okOrg := map[string]bool{}
	for _, o := range append(s.Organizations.Must, s.Organizations.Nice...) {
		okOrg[o] = true
	}
	for _, o := range a.Organizations {
		if !okOrg[o.Name] {
			t.Errorf("invented organization %q", o.Name)
		}
	}

	type said struct{ Speaker, Text string }
	var quotes, indirect []said
	for _, q := range a.Quotes {
		if q.Kind == lede.QuoteIndirect {
			indirect = append(indirect, said{q.Speaker, q.Text})
			continue
		}
		quotes = append(quotes, said{q.Speaker, q.Text})
	}
	var want []said
	for _, q := range s.Quotes.Must {
		want = append(want, said{q.Speaker, q.Text})
	}
	if diff := cmp.Diff(want, quotes); diff != "" {
		t.Errorf("direct and partial quotes (-want +got):\n%s", diff)
	}
	for _, q := range indirect {
		if _, ok := people[q.Speaker]; !ok {
			t.Errorf("indirect quote %q: speaker %q is no person of the article", q.Text, q.Speaker)
		}
	}
	for _, w := range s.Quotes.NiceIndirect {
		found := false
		for _, q := range indirect {
			found = found || q.Speaker == w.Speaker && strings.TrimRight(q.Text, ".,") == strings.TrimRight(w.Text, ".,")
		}
		if !found {
			t.Logf("nice indirect quote not found: %s: %q", w.Speaker, w.Text)
		}
	}

	t.Run("places", func(t *testing.T) {
		if len(a.Places) == 0 {
			t.Skip("the gazetteer geocoded nothing: package places is not built yet")
		}
		got := map[string]string{}
		for _, p := range a.Places {
			got[p.Name] = p.Country
		}
		for _, want := range s.Places.Must {
			if c, ok := got[want.Name]; !ok || c != want.Country {
				t.Errorf("place %q (%s): got country %q, found %v", want.Name, want.Country, c, ok)
			}
		}
	})
	t.Run("dates", func(t *testing.T) {
		if len(dates.Find("on July 16", "2018-06-28")) == 0 {
			t.Skip("package dates finds nothing yet")
		}
		for _, want := range s.Dates.Must {
			found := false
			for _, d := range a.Dates {
				found = found || d.Text == want.Text && d.Value == want.Value
			}
			if !found {
				t.Errorf("date %q = %s not found", want.Text, want.Value)
			}
		}
	})
	golden(t, a)
}

// golden compares the people, organizations and quotes of the seed with
// testdata/seed.golden.json (rewritten with -update).
func golden(t *testing.T, a *lede.Article) {
	t.Helper()
	got := struct {
		People        []lede.Person       `json:"people"`
		Organizations []lede.Organization `json:"organizations"`
		Quotes        []lede.Quote        `json:"quotes"`
	}{a.People, a.Organizations, a.Quotes}
	b, err := json.MarshalIndent(got, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "seed.golden.json")
	if *update {
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(b))); diff != "" {
		t.Errorf("%s differs (-want +got; run go test -update if the change is right):\n%s", path, diff)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkOffsets checks that every mention, date and quote lies within the
// text and that quotes are exactly Text[Start:End].
func checkOffsets(t testing.TB, a *lede.Article) {
	t.Helper()
	n := len(a.Text)
	in := func(what string, start, end int) bool {
		if start < 0 || end > n || start > end {
			t.Errorf("%s: offsets [%d,%d) outside text of %d bytes", what, start, end, n)
			return false
		}
		return true
	}
	for _, p := range a.People {
		for _, m := range p.Mentions {
			if in("person "+p.Name, m.Start, m.End) {
				s := a.Text[m.Start:m.End]
				if s != p.Name && !contains(p.Aliases, s) {
					t.Errorf("person %q: mention %q is neither name nor alias", p.Name, s)
				}
			}
		}
	}
	for _, o := range a.Organizations {
		for _, m := range o.Mentions {
			if in("organization "+o.Name, m.Start, m.End) {
				s := a.Text[m.Start:m.End]
				if s != o.Name && !contains(o.Aliases, s) {
					t.Errorf("organization %q: mention %q is neither name nor alias", o.Name, s)
				}
			}
		}
	}
	for _, p := range a.Places {
		for _, m := range p.Mentions {
			in("place "+p.Name, m.Start, m.End)
		}
	}
	for _, d := range a.Dates {
		if in("date "+d.Text, d.Start, d.End) && a.Text[d.Start:d.End] != d.Text {
			t.Errorf("date %q: Text[%d:%d] is %q", d.Text, d.Start, d.End, a.Text[d.Start:d.End])
		}
	}
	for _, q := range a.Quotes {
		if in("quote "+q.Text, q.Start, q.End) && a.Text[q.Start:q.End] != q.Text {
			t.Errorf("quote %q: Text[%d:%d] is %q", q.Text, q.Start, q.End, a.Text[q.Start:q.End])
		}
	}
}

func TestBadInput(t *testing.T) {
	unit := "“Open quote without end, said Smith. MOSCOW (Reuters) - Vice President Mike Pence said Wednesday that “it is fine.”\n\n"
	big := strings.Repeat(unit, 5<<20/len(unit)+1)
	tests := []struct {
		name string
		a    lede.Article
	}{
		{"empty", lede.Article{}},
		{"spaces", lede.Article{Text: " \n\n \t"}},
		{"unbalanced", lede.Article{Text: "“It is open, Bolton said.\n\nNothing closes it “ever"}},
		{"stray closers", lede.Article{Text: "” said ” Pence ”\n\n’’’ ” “"}},
		{"no date", lede.Article{Text: "Donald Trump met Vladimir Putin on Thursday. “Good,” Trump said."}},
		{"five megabytes", lede.Article{Text: big[:5<<20]}},
		{"invalid utf8", lede.Article{Text: "Mike \xff Pence said “\xfe\xfd,” Pence said."}},
	}
	var l Loader
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.a
			if err := l.Understand(context.Background(), &a); err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, &a)
			for _, d := range a.Dates {
				if a.Published == "" && d.Resolved && isRelative(d.Text) {
					t.Errorf("relative date %q resolved without a publication date", d.Text)
				}
			}
		})
	}
}

func isRelative(s string) bool {
	for _, w := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "tomorrow"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := &lede.Article{Text: "Mike Pence said so."}
	if err := Understand(ctx, a, Options{}); err == nil {
		t.Fatal("no error on a cancelled context")
	}
	if err := Understand(context.Background(), nil, Options{}); err == nil {
		t.Fatal("no error on a nil article")
	}
}

func FuzzUnderstand(f *testing.F) {
	f.Add("“Your visit,” Putin told Bolton. Vice President Mike Pence said Wednesday that he expects Trump to win.")
	f.Add("MOSCOW (Reuters) - The summit “is of huge significance,” Kremlin aide Yuri Ushakov told reporters.\n\n“It will be big.")
	f.Add("\"Straight,\" said Dr. J. Smith Jr. of the U.S. Department of State (DOS). 'Single' ‘quotes’ @handle #tag")
	var l Loader
	f.Fuzz(func(t *testing.T, s string) {
		a := &lede.Article{Text: s}
		if err := l.Understand(context.Background(), a); err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, a)
	})
}

func BenchmarkUnderstand(b *testing.B) {
	root := sharedtest.Root(b)
	path := filepath.Join(root, "..", "shared", "bench", "scrapinghub", "ground-truth.json")
	raw, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		b.Skipf("benchmark data not present at %s", path)
	}
	if err != nil {
		b.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for _, v := range gt {
		texts = append(texts, v.ArticleBody)
		size += len(v.ArticleBody)
	}
	var l Loader
	if _, err := l.Options(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size / len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &lede.Article{Text: texts[i%len(texts)], Published: "2019-01-15"}
		if err := l.Understand(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// standalone counts the occurrences of form in s that are not inside one of
// the longer forms.
func standalone(s, form string, forms []string) int {
	n := strings.Count(s, form)
	for _, f := range forms {
		if f != form && strings.Contains(f, form) {
			n -= strings.Count(s, f)
		}
	}
	return n
}

// TestLexiconMemory checks that the gazetteer and lexicons stay within
// 200 MB of heap once loaded.
func TestLexiconMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var l Loader
	opts, err := l.Options()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(opts)
	mb := float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc)) / (1 << 20)
	t.Logf("gazetteer and lexicons: %.1f MB of heap", mb)
	if mb > 200 {
		t.Errorf("gazetteer and lexicons take %.1f MB, more than 200 MB", mb)
	}
}
