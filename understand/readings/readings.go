// Package readings loads hand-written expected readings of news articles
// (the seed's format: people, organizations, places, dates and quotes, each
// split into "must" and "nice") and scores what understanding found against
// them: precision and recall per kind.
//
// Matching: a person matches when the names agree or one side lists the
// other's name as an alias; an organization by name or alias; a place by
// name or alias and country; a date by its text and value; a quote by its
// exact words (surrounding space and a final comma or period aside) and its
// speaker. Recall counts the "must" items found; precision counts the
// predictions that match any item, "must" or "nice". Indirect quotes are
// scored apart, against "nice_indirect". It does not run understanding
// itself; the caller does (lede eval understand).
package readings

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ledehq/lede"
)

// Reading is one article's text with its expected reading.
type Reading struct {
	Name      string // file name without .expected.json
	Text      string
	Published string
	Expected  Expected
}

// Expected is the understanding part of an expected-reading file.
type Expected struct {
	People struct {
		Must []Person `json:"must"`
		Nice []Person `json:"nice"`
	} `json:"people"`
	Organizations struct {
		Must []string `json:"must"`
		Nice []string `json:"nice"`
	} `json:"organizations"`
	Places struct {
		Must []Place `json:"must"`
		Nice []Place `json:"nice"`
	} `json:"places"`
	Dates struct {
		Must []Date `json:"must"`
		Nice []Date `json:"nice"`
	} `json:"dates"`
	Quotes struct {
		Must         []Quote `json:"must"`
		Nice         []Quote `json:"nice"`
		NiceIndirect []Quote `json:"nice_indirect"`
	} `json:"quotes"`
}

// Person is an expected person.
type Person struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Role    string   `json:"role"`
}

// Place is an expected place.
type Place struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Aliases []string `json:"aliases"`
}

// Date is an expected date mention.
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// Quote is an expected quote.
type Quote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// file is an expected-reading file: the seed's (text in
// article.body_paragraphs) or ours (text beside it in NAME.txt).
type file struct {
	Published string `json:"published"`
	Article   struct {
		Published      string   `json:"published"`
		BodyParagraphs []string `json:"body_paragraphs"`
	} `json:"article"`
	Expected
}

// LoadDir loads every NAME.expected.json of dir. The text is NAME.txt
// beside it, or the file's article.body_paragraphs joined by blank lines.
func LoadDir(dir string) ([]Reading, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expected.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no *.expected.json files", dir)
	}
	sort.Strings(paths)
	var out []Reading
	for _, p := range paths {
		r, err := Load(p)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// Load loads one expected-reading file and its text.
func Load(path string) (Reading, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Reading{}, err
	}
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return Reading{}, fmt.Errorf("%s: %w", path, err)
	}
	name := strings.TrimSuffix(filepath.Base(path), ".expected.json")
	r := Reading{Name: name, Published: f.Published, Expected: f.Expected}
	if r.Published == "" {
		r.Published = f.Article.Published
	}
	// The reading is about the article body: the file's own paragraphs
	// when it lists them (the seed's .txt beside it is the whole page),
	// else NAME.txt.
	if len(f.Article.BodyParagraphs) > 0 {
		r.Text = strings.Join(f.Article.BodyParagraphs, "\n\n")
		return r, nil
	}
	txt, err := os.ReadFile(filepath.Join(filepath.Dir(path), name+".txt"))
	if errors.Is(err, os.ErrNotExist) {
		return Reading{}, fmt.Errorf("%s: no text: want %s.txt beside it or article.body_paragraphs", path, name)
	}
	if err != nil {
		return Reading{}, err
	}
	r.Text = strings.TrimRight(string(txt), "\n")
	return r, nil
}

// Count is the tally of one kind.
type Count struct {
	Must, Found     int // expected "must" items, of which found
	Predicted, Good int // predictions, of which matching an item
}

// Add adds c2 to c.
func (c *Count) Add(c2 Count) {
	c.Must += c2.Must
	c.Found += c2.Found
	c.Predicted += c2.Predicted
	c.Good += c2.Good
}

// Precision is Good/Predicted (1 when nothing was predicted).
func (c Count) Precision() float64 {
	if c.Predicted == 0 {
		return 1
	}
	return float64(c.Good) / float64(c.Predicted)
}

// Recall is Found/Must (1 when nothing was expected).
func (c Count) Recall() float64 {
	if c.Must == 0 {
		return 1
	}
	return float64(c.Found) / float64(c.Must)
}

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// The kinds scored.
const (
	KindPeople        = "people"
	KindOrganizations = "organizations"
	KindPlaces        = "places"
	KindDates         = "dates"
	KindQuotes        = "quotes"
	KindQuoteText     = "quote_text" // quotes by their words alone, speaker aside
	KindIndirect      = "indirect"
)

// Kinds lists the kinds in report order.
var Kinds = []string{KindPeople, KindOrganizations, KindPlaces, KindDates, KindQuotes, KindQuoteText, KindIndirect}

// Score is the result for one article: a count per kind and the items
// missed or wrongly predicted, for reports.
type Score struct {
	Counts map[string]Count
	Missed []string // "kind: item"
	Wrong  []string
}

func norm(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ",.;: ")
	s = strings.ReplaceAll(s, "’", "'")
	return strings.ToLower(s)
}

// dateText is norm for a date's text, with the time and zone of an ISO
// stamp cut off ("2020-08-17T09:00:00Z" is written "2020-08-17" in some
// readings and whole in others: the same mention either way).
func dateText(s string) string {
	s = norm(s)
	if len(s) > 10 && s[10] == 't' && s[4] == '-' && s[7] == '-' {
		s = s[:10]
	}
	return s
}

func eqAny(s string, list ...string) bool {
	for _, x := range list {
		if norm(s) == norm(x) {
			return true
		}
	}
	return false
}

// ScoreArticle scores a's understanding against the reading r.
func ScoreArticle(r Reading, a *lede.Article) Score {
	sc := Score{Counts: map[string]Count{}}
	e := r.Expected
	tally := func(kind string, must, nice, pred int, matchMust func(i, j int) bool, matchNice func(i, j int) bool, mustName, predName func(int) string) {
		var c Count
		c.Must = must
		c.Predicted = pred
		for i := 0; i < must; i++ {
			found := false
			for j := 0; j < pred && !found; j++ {
				found = matchMust(i, j)
			}
			if found {
				c.Found++
			} else {
				sc.Missed = append(sc.Missed, kind+": "+mustName(i))
			}
		}
		for j := 0; j < pred; j++ {
			good := false
			for i := 0; i < must && !good; i++ {
				good = matchMust(i, j)
			}
			for i := 0; i < nice && !good; i++ {
				good = matchNice(i, j)
			}
			if good {
				c.Good++
			} else {
				sc.Wrong = append(sc.Wrong, kind+": "+predName(j))
			}
		}
		sc.Counts[kind] = c
	}

	// People.
	personMatch := func(ep Person, p lede.Person) bool {
		names := append([]string{ep.Name}, ep.Aliases...)
		return eqAny(p.Name, names...) || eqAny(ep.Name, p.Aliases...)
	}
	tally(KindPeople, len(e.People.Must), len(e.People.Nice), len(a.People),
		func(i, j int) bool { return personMatch(e.People.Must[i], a.People[j]) },
		func(i, j int) bool { return personMatch(e.People.Nice[i], a.People[j]) },
		func(i int) string { return e.People.Must[i].Name },
		func(j int) string { return a.People[j].Name })

	// Organizations.
	orgMatch := func(name string, o lede.Organization) bool {
		return eqAny(name, append([]string{o.Name}, o.Aliases...)...)
	}
	tally(KindOrganizations, len(e.Organizations.Must), len(e.Organizations.Nice), len(a.Organizations),
		func(i, j int) bool { return orgMatch(e.Organizations.Must[i], a.Organizations[j]) },
		func(i, j int) bool { return orgMatch(e.Organizations.Nice[i], a.Organizations[j]) },
		func(i int) string { return e.Organizations.Must[i] },
		func(j int) string { return a.Organizations[j].Name })

	// Places with country.
	placeMatch := func(ep Place, p lede.Place) bool {
		return strings.EqualFold(ep.Country, p.Country) && eqAny(p.Name, append([]string{ep.Name}, ep.Aliases...)...)
	}
	tally(KindPlaces, len(e.Places.Must), len(e.Places.Nice), len(a.Places),
		func(i, j int) bool { return placeMatch(e.Places.Must[i], a.Places[j]) },
		func(i, j int) bool { return placeMatch(e.Places.Nice[i], a.Places[j]) },
		func(i int) string { return e.Places.Must[i].Name + " (" + e.Places.Must[i].Country + ")" },
		func(j int) string { return a.Places[j].Name + " (" + a.Places[j].Country + ")" })

	// Dates with value.
	// A date matches by value and text, one text holding the other
	// ("last Friday" and "Friday").
	dateMatch := func(ed Date, d lede.DateMention) bool {
		a, b := " "+dateText(d.Text)+" ", " "+dateText(ed.Text)+" "
		return d.Value == ed.Value && (strings.Contains(a, b) || strings.Contains(b, a))
	}
	tally(KindDates, len(e.Dates.Must), len(e.Dates.Nice), len(a.Dates),
		func(i, j int) bool { return dateMatch(e.Dates.Must[i], a.Dates[j]) },
		func(i, j int) bool { return dateMatch(e.Dates.Nice[i], a.Dates[j]) },
		func(i int) string { return e.Dates.Must[i].Text + " = " + e.Dates.Must[i].Value },
		func(j int) string { return a.Dates[j].Text + " = " + a.Dates[j].Value })

	// Quotes: direct and partial, then indirect.
	var quoted, indirect []lede.Quote
	for _, q := range a.Quotes {
		if q.Kind == lede.QuoteIndirect {
			indirect = append(indirect, q)
		} else {
			quoted = append(quoted, q)
		}
	}
	speakerMatch := func(want, got string) bool {
		if eqAny(want, got) {
			return true
		}
		for _, p := range a.People {
			if p.Name == got && eqAny(want, p.Aliases...) {
				return true
			}
		}
		for _, ep := range append(append([]Person{}, e.People.Must...), e.People.Nice...) {
			if eqAny(want, ep.Name) && eqAny(got, ep.Aliases...) {
				return true
			}
		}
		return false
	}
	quoteMatch := func(eq Quote, q lede.Quote) bool {
		return norm(eq.Text) == norm(q.Text) && speakerMatch(eq.Speaker, q.Speaker)
	}
	textMatch := func(eq Quote, q lede.Quote) bool { return norm(eq.Text) == norm(q.Text) }
	qname := func(q Quote) string { return q.Speaker + ": “" + q.Text + "”" }
	pname := func(q lede.Quote) string { return q.Speaker + ": “" + q.Text + "”" }
	tally(KindQuotes, len(e.Quotes.Must), len(e.Quotes.Nice), len(quoted),
		func(i, j int) bool { return quoteMatch(e.Quotes.Must[i], quoted[j]) },
		func(i, j int) bool { return quoteMatch(e.Quotes.Nice[i], quoted[j]) },
		func(i int) string { return qname(e.Quotes.Must[i]) },
		func(j int) string { return pname(quoted[j]) })
	missed, wrong := len(sc.Missed), len(sc.Wrong)
	tally(KindQuoteText, len(e.Quotes.Must), len(e.Quotes.Nice), len(quoted),
		func(i, j int) bool { return textMatch(e.Quotes.Must[i], quoted[j]) },
		func(i, j int) bool { return textMatch(e.Quotes.Nice[i], quoted[j]) },
		func(i int) string { return qname(e.Quotes.Must[i]) },
		func(j int) string { return pname(quoted[j]) })
	sc.Missed, sc.Wrong = sc.Missed[:missed], sc.Wrong[:wrong] // already listed under quotes
	// Indirect: recall against nice_indirect; precision is not scored, as
	// the readings list reported speech only as "nice".
	c := Count{Must: len(e.Quotes.NiceIndirect), Predicted: len(indirect)}
	for _, w := range e.Quotes.NiceIndirect {
		for _, q := range indirect {
			if quoteMatch(w, q) {
				c.Found++
				break
			}
		}
	}
	c.Good = c.Predicted
	sc.Counts[KindIndirect] = c
	return sc
}
