package readings

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ledehq/lede"
)

func TestScoreArticle(t *testing.T) {
	var r Reading
	r.Expected.People.Must = []Person{{Name: "John Bolton", Aliases: []string{"Bolton"}}, {Name: "Mike Pence"}}
	r.Expected.People.Nice = []Person{{Name: "Hillary Clinton", Aliases: []string{"Hillary"}}}
	r.Expected.Places.Must = []Place{{Name: "United States", Country: "US", Aliases: []string{"U.S."}}}
	r.Expected.Dates.Must = []Date{{Text: "last Friday", Value: "2019-11-15"}, {Text: "2019-11-18", Value: "2019-11-18"}}
	r.Expected.Quotes.Must = []Quote{{Speaker: "John Bolton", Text: "not unusual"}, {Speaker: "Mike Pence", Text: "There are issues,"}}
	a := &lede.Article{
		People: []lede.Person{{Name: "Bolton"}, {Name: "Hillary"}, {Name: "Air Force"}},
		Places: []lede.Place{{Name: "U.S.", Country: "US"}},
		Dates:  []lede.DateMention{{Text: "Friday", Value: "2019-11-15"}, {Text: "2019-11-18T09:00:00Z", Value: "2019-11-18"}},
		Quotes: []lede.Quote{
			{Speaker: "Bolton", Text: "not unusual", Kind: lede.QuotePartial},
			{Speaker: "John Bolton", Text: "There are issues.", Kind: lede.QuoteDirect},
		},
	}
	sc := ScoreArticle(r, a)
	want := map[string]Count{
		KindPeople:    {Must: 2, Found: 1, Predicted: 3, Good: 2},
		KindPlaces:    {Must: 1, Found: 1, Predicted: 1, Good: 1},
		KindDates:     {Must: 2, Found: 2, Predicted: 2, Good: 2}, // an ISO stamp's text with or without its time
		KindQuotes:    {Must: 2, Found: 1, Predicted: 2, Good: 1},
		KindQuoteText: {Must: 2, Found: 2, Predicted: 2, Good: 2},
	}
	for k, w := range want {
		if got := sc.Counts[k]; got != w {
			t.Errorf("%s: got %+v, want %+v", k, got, w)
		}
	}
	if c := sc.Counts[KindPeople]; c.Precision() != 2.0/3 || c.Recall() != 0.5 {
		t.Errorf("people P %.3f R %.3f", c.Precision(), c.Recall())
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadDir(dir); err == nil {
		t.Error("no error for a folder without readings")
	}
	os.WriteFile(filepath.Join(dir, "a.expected.json"), []byte(`{"published":"2019-01-02","people":{"must":[{"name":"X Y"}]}}`), 0o644)
	if _, err := LoadDir(dir); err == nil {
		t.Error("no error for a reading without its text")
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("X Y spoke.\n"), 0o644)
	rs, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 || rs[0].Text != "X Y spoke." || rs[0].Published != "2019-01-02" || rs[0].Expected.People.Must[0].Name != "X Y" {
		t.Errorf("got %+v", rs)
	}
	os.WriteFile(filepath.Join(dir, "b.expected.json"), []byte(`{`), 0o644)
	if _, err := LoadDir(dir); err == nil {
		t.Error("no error for broken JSON")
	}
}
