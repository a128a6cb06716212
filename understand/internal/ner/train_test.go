package ner

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/places"
	"github.com/ledehq/lede/understand/readings"
	"github.com/ledehq/lede/understand/text"
)

var (
	cvFlag     = flag.Bool("nercv", false, "leave-one-set-out cross-validation of the tagger on the tuning readings")
	epochsFlag = flag.Int("nerepochs", 8, "training passes")
)

// trainingSets are the hand readings the tagger may learn from: every set
// but the blind ones, which must never be read while lede is tuned.
var trainingSets = []string{"expected", "heldout", "fresh", "blind", "blind2", "blind3", "blind4",
	"blind5", "blind6", "blind7", "blind8", "blind9", "blind10"}

func readingNames(r readings.Reading) []Name {
	var out []Name
	e := r.Expected
	for _, l := range [][]readings.Person{e.People.Must, e.People.Nice} {
		for _, p := range l {
			out = append(out, Name{p.Name, Person})
			for _, a := range p.Aliases {
				out = append(out, Name{a, Person})
			}
		}
	}
	for _, l := range [][]string{e.Organizations.Must, e.Organizations.Nice} {
		for _, o := range l {
			out = append(out, Name{o, Organization})
		}
	}
	for _, l := range [][]readings.Place{e.Places.Must, e.Places.Nice} {
		for _, p := range l {
			out = append(out, Name{p.Name, Place})
			for _, a := range p.Aliases {
				out = append(out, Name{a, Place})
			}
		}
	}
	return out
}

func testLexicon(t testing.TB) Lexicon {
	g, err := places.Load()
	if err != nil {
		t.Fatal(err)
	}
	names := entities.NewNames()
	return Lexicon{IsGiven: names.IsGiven, Place: func(name string) (int, int, bool) {
		info, ok := g.Lookup(name)
		return int(info.Kind), info.Population, ok
	}}
}

type labelled struct {
	set string
	r   readings.Reading
	ex  Example
}

func loadTraining(t testing.TB) []labelled {
	var out []labelled
	for _, set := range trainingSets {
		rs, err := readings.LoadDir(filepath.Join("..", "..", "testdata", set))
		if err != nil {
			t.Skipf("readings of %s not available: %v", set, err)
		}
		for _, r := range rs {
			doc := text.Analyze(r.Text)
			out = append(out, labelled{set, r, Example{doc, Label(doc, readingNames(r))}})
		}
	}
	return out
}

// TestCrossSets trains on every tuning set but one and scores the tagger
// alone on the one left out, by names: a predicted name is right when the
// reading lists it (name or alias) with that kind; a listed must entity is
// found when one of its names is predicted.
func TestCrossSets(t *testing.T) {
	if !*cvFlag {
		t.Skip("cross-validation runs with -nercv")
	}
	lex := testLexicon(t)
	all := loadTraining(t)
	var tot [4][3]int // kind: right predicted, predicted, must found ... see below
	var gold [4][2]int
	for _, held := range trainingSets {
		var train []Example
		var test []labelled
		for _, l := range all {
			if l.set == held {
				test = append(test, l)
			} else {
				train = append(train, l.ex)
			}
		}
		m := Train(train, lex, *epochsFlag)
		var st [4][3]int
		var sg [4][2]int
		for _, l := range test {
			p, g := scoreNames(m, l, lex)
			for k := 1; k < 4; k++ {
				for j := range 3 {
					st[k][j] += p[k][j]
					tot[k][j] += p[k][j]
				}
				for j := range 2 {
					sg[k][j] += g[k][j]
					gold[k][j] += g[k][j]
				}
			}
		}
		t.Logf("%-9s %s", held, prf(st, sg))
	}
	t.Logf("%-9s %s", "all", prf(tot, gold))
}

func prf(p [4][3]int, g [4][2]int) string {
	var b strings.Builder
	for k, name := range []string{"", "PER", "ORG", "LOC"} {
		if k == 0 {
			continue
		}
		P := float64(p[k][0]) / float64(max(1, p[k][1]))
		R := float64(g[k][0]) / float64(max(1, g[k][1]))
		fmt.Fprintf(&b, "%s P %.3f R %.3f F %.3f  ", name, P, R, 2*P*R/max(1e-9, P+R))
	}
	return b.String()
}

// scoreNames returns per kind: [right, predicted] names and [found, total]
// must entities.
func scoreNames(m *Model, l labelled, lex Lexicon) (p [4][3]int, g [4][2]int) {
	doc := l.ex.Doc
	listed := map[Kind]map[string]bool{Person: {}, Organization: {}, Place: {}}
	for _, n := range readingNames(l.r) {
		listed[n.Kind][n.Text] = true
	}
	pred := map[Kind]map[string]bool{Person: {}, Organization: {}, Place: {}}
	for _, s := range m.Tag(doc, lex) {
		name := doc.Text[doc.Tokens[s.A].Start:doc.Tokens[s.B-1].End]
		pred[s.Kind][name] = true
	}
	for k, names := range pred {
		for n := range names {
			p[k][1]++
			if listed[k][n] {
				p[k][0]++
			}
		}
	}
	e := l.r.Expected
	for _, per := range e.People.Must {
		g[Person][1]++
		if pred[Person][per.Name] || anyIn(per.Aliases, pred[Person]) {
			g[Person][0]++
		}
	}
	for _, o := range e.Organizations.Must {
		g[Organization][1]++
		if pred[Organization][o] {
			g[Organization][0]++
		}
	}
	for _, pl := range e.Places.Must {
		g[Place][1]++
		if pred[Place][pl.Name] || anyIn(pl.Aliases, pred[Place]) {
			g[Place][0]++
		}
	}
	return p, g
}

func anyIn(l []string, m map[string]bool) bool {
	for _, s := range l {
		if m[s] {
			return true
		}
	}
	return false
}
