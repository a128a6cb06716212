package ner

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/places"
	"github.com/ledehq/lede/understand/readings"
	"github.com/ledehq/lede/understand/text"
)

var firstRunFlag = flag.String("nerfirstrun", "", "SET=FILE.jsonl,...: the rules' output on SET from a commit that had not seen it (url = reading name); scores Refine on it with a tagger trained without SET")

// loadArticles reads a JSONL file of lede's article output.
func loadArticles(t testing.TB, file string) []lede.Article {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []lede.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a lede.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return out
}

// TestFirstRun measures the tagger as a second opinion where it would be
// used: on the reading the rules gave of a set they had not been tuned on.
// Recipe for blind9 and blind10, first run at 518622c:
//
//	git archive 518622c | tar -x -C /tmp/b518 && (cd /tmp/b518 && go build -o /tmp/lede518 ./cmd/lede)
//	for each set, a JSONL of {"url": NAME, "text": NAME.txt, "published": the reading's}
//	  in /tmp/SET-in.jsonl; /tmp/lede518 understand /tmp/SET-in.jsonl > /tmp/SET-518.jsonl
//	go test ./understand/internal/ner -run TestFirstRun -v \
//	  -nerfirstrun blind9=/tmp/blind9-518.jsonl,blind10=/tmp/blind10-518.jsonl
func TestFirstRun(t *testing.T) {
	if *firstRunFlag == "" {
		t.Skip("runs with -nerfirstrun SET=FILE.jsonl,...")
	}
	lex := testLexicon(t)
	g, _ := places.Load()
	info := func(name string) (string, bool) {
		i, ok := g.Lookup(name)
		return i.Country, ok && i.Country != ""
	}
	all := loadTraining(t)
	held := map[string]string{}
	for _, kv := range strings.Split(*firstRunFlag, ",") {
		k, v, _ := strings.Cut(kv, "=")
		held[k] = v
	}
	var train []Example
	for _, l := range all {
		if _, ok := held[l.set]; !ok {
			train = append(train, l.ex)
		}
	}
	m := Train(train, lex, *epochsFlag)
	type out struct {
		r readings.Reading
		a lede.Article
	}
	var arts []out
	for set, file := range held {
		byName := map[string]readings.Reading{}
		for _, l := range all {
			if l.set == set {
				byName[l.r.Name] = l.r
			}
		}
		for _, a := range loadArticles(t, file) {
			r, ok := byName[a.URL]
			if !ok {
				t.Fatalf("%s: no reading %q", set, a.URL)
			}
			arts = append(arts, out{r, a})
		}
	}
	for _, o := range []RefineOptions{{}, {AddPeople: 5}, {AddPeople: 20}, {AddPeople: 40}, {AddPeople: 80}, {AddPlaces: 5}, {AddPlaces: 20}, {AddPlaces: 40}, {Retype: 0.1}, {Retype: 5}} {
		o.PlaceInfo = info
		var per, pla readings.Count
		var wrong []string
		for _, x := range arts {
			a := x.a
			a.People = append([]lede.Person(nil), a.People...)
			a.Places = append([]lede.Place(nil), a.Places...)
			doc := text.Analyze(a.Text)
			Refine(&a, doc, m.Tag(doc, lex), o)
			s := readings.ScoreArticle(x.r, &a)
			per.Add(s.Counts[readings.KindPeople])
			pla.Add(s.Counts[readings.KindPlaces])
			if testing.Verbose() && (o.AddPeople == 5 || o.AddPlaces == 5) {
				for _, w := range s.Wrong {
					if strings.HasPrefix(w, "people") || strings.HasPrefix(w, "places") {
						wrong = append(wrong, w)
					}
				}
			}
		}
		t.Logf("add people %4.1f places %4.1f retype %4.1f: people P %.3f R %.3f F %.3f (%d/%d, %d/%d)  places P %.3f R %.3f F %.3f (%d/%d, %d/%d)",
			o.AddPeople, o.AddPlaces, o.Retype, per.Precision(), per.Recall(), per.F1(), per.Good, per.Predicted, per.Found, per.Must,
			pla.Precision(), pla.Recall(), pla.F1(), pla.Good, pla.Predicted, pla.Found, pla.Must)
		if len(wrong) > 0 {
			t.Logf("  wrong: %q", wrong)
		}
	}
}
