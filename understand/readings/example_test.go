package readings_test

import (
	"fmt"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/readings"
)

func ExampleScoreArticle() {
	var r readings.Reading
	r.Expected.People.Must = []readings.Person{{Name: "John Bolton", Aliases: []string{"Bolton"}}}
	r.Expected.Quotes.Must = []readings.Quote{{Speaker: "John Bolton", Text: "not unusual"}}
	a := &lede.Article{
		People: []lede.Person{{Name: "John Bolton", Aliases: []string{"Bolton"}}},
		Quotes: []lede.Quote{{Speaker: "John Bolton", Text: "not unusual", Kind: lede.QuotePartial}},
	}
	sc := readings.ScoreArticle(r, a)
	for _, k := range []string{readings.KindPeople, readings.KindQuotes} {
		c := sc.Counts[k]
		fmt.Printf("%s P %.2f R %.2f\n", k, c.Precision(), c.Recall())
	}
	// Output:
	// people P 1.00 R 1.00
	// quotes P 1.00 R 1.00
}
