package understand

import (
	"context"
	"testing"

	"github.com/ledehq/lede"
)

// TestDatelineDay checks that relative dates resolve against the
// publication day where the dateline's city is, when the page stamps the
// story in a zone far from it, and against the page's own day otherwise.
func TestDatelineDay(t *testing.T) {
	tests := []struct {
		name, text, published, want string
	}{
		{"east of the stamp: already the next day",
			"KYOTO, Japan — The city council voted on Saturday to close the old bridge, officials said.",
			"2031-05-09T22:00:00Z", // Friday in UTC, Saturday morning in Kyoto
			"2031-05-10"},
		{"west of the stamp: still the day before",
			"DENVER — The school board voted on Wednesday to extend the year, its chair said.",
			"2031-05-07T02:00:00Z", // Wednesday in UTC, Tuesday evening in Denver: last week's
			"2031-04-30"},
		{"near the page's zone: the page's day",
			"LONDON — The council voted on Saturday to close the old bridge, officials said.",
			"2031-05-10T00:30:00+01:00",
			"2031-05-10"},
		{"no dateline: the page's day",
			"The city council voted on Saturday to close the old bridge in Kyoto, officials said.",
			"2031-05-09T22:00:00Z",
			"2031-05-03"},
		{"a day without a time: as given",
			"KYOTO, Japan — The city council voted on Saturday to close the old bridge, officials said.",
			"2031-05-09",
			"2031-05-03"},
	}
	var l Loader
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := lede.Article{Text: tt.text, Published: tt.published}
			if err := l.Understand(context.Background(), &a); err != nil {
				t.Fatal(err)
			}
			var got string
			for _, d := range a.Dates {
				if d.Text == "Saturday" || d.Text == "Wednesday" {
					got = d.Value
				}
			}
			if got != tt.want {
				t.Errorf("weekday resolved to %q, want %q (places %+v)", got, tt.want, a.Places)
			}
		})
	}
}
