package webui

import (
	"strings"
	"testing"

	"github.com/ledehq/lede/internal/store"
)

func TestTimelineChart(t *testing.T) {
	pts := func(days ...string) store.TimelineResult {
		var tl store.TimelineResult
		for _, d := range days {
			tl.Points = append(tl.Points, store.TimelinePoint{Day: d, Articles: 2})
		}
		return tl
	}
	tests := []struct {
		name     string
		tl       store.TimelineResult
		unit     string
		bars     int
		first    string
		last     string
		total    int
		nonEmpty int
	}{
		{"one day", pts("2018-06-28"), "day", 1, "28 Jun 2018", "28 Jun 2018", 2, 1},
		{"a week with a gap", pts("2018-06-28", "2018-07-04"), "day", 7, "28 Jun 2018", "4 Jul 2018", 4, 2},
		{"two years", pts("2018-01-15", "2019-12-01"), "month", 24, "Jan 2018", "Dec 2019", 4, 2},
		{"decades", pts("1990-05-01", "2019-12-01", "2019-12-02"), "year", 30, "1990", "2019", 6, 2},
		{"bad days ignored", pts("someday", "2020-02-02"), "day", 1, "2 Feb 2020", "2 Feb 2020", 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := timelineChart(tt.tl, &searchParams{Person: "Ann"})
			if c == nil {
				t.Fatal("no chart")
			}
			nonEmpty := 0
			for _, b := range c.Bars {
				if b.Count > 0 {
					nonEmpty++
					if b.H <= 0 || b.Y+b.H != c.Baseline || b.X < 0 || b.X+b.W > c.Width {
						t.Errorf("bar %+v outside the chart %dx%d", b, c.Width, c.Height)
					}
					if !strings.HasPrefix(b.Href, "/search?from=") || !strings.Contains(b.Href, "person=Ann") {
						t.Errorf("bar %+v does not link to the search narrowed to its days", b)
					}
				}
			}
			if c.Unit != tt.unit || len(c.Bars) != tt.bars || c.FirstLabel != tt.first || c.LastLabel != tt.last || c.Total != tt.total || nonEmpty != tt.nonEmpty {
				t.Errorf("got unit %s, %d bars (%d with articles), %s to %s, total %d; want %s, %d (%d), %s to %s, %d",
					c.Unit, len(c.Bars), nonEmpty, c.FirstLabel, c.LastLabel, c.Total, tt.unit, tt.bars, tt.nonEmpty, tt.first, tt.last, tt.total)
			}
		})
	}
	c := timelineChart(pts("2018-01-15", "2018-09-01"), &searchParams{Q: "x"})
	if got, want := c.Bars[0].Href, "/search?from=2018-01-01&q=x&to=2018-01-31"; got != want {
		t.Errorf("the January bar links to %s, want %s", got, want)
	}
	if c := timelineChart(store.TimelineResult{Undated: 3}, nil); c != nil {
		t.Errorf("a timeline without days gave a chart: %v", c)
	}
}

func TestPaginate(t *testing.T) {
	show := func(p pagination) string {
		s := ""
		if p.Prev != "" {
			s += "< "
		}
		for _, l := range p.Links {
			switch {
			case l.Gap:
				s += "… "
			case l.Current:
				s += "[" + l.Href + "] "
			default:
				s += l.Href + " "
			}
		}
		if p.Next != "" {
			s += ">"
		}
		return s
	}
	href := func(n int) string { return string(rune('0' + n%10)) }
	tests := []struct {
		total, per, current int
		want                string
	}{
		{0, 10, 1, ""},
		{10, 10, 1, ""},
		{11, 10, 1, "[1] 2 >"},
		{100, 10, 5, "< 1 … 3 4 [5] 6 7 … 0 >"},
		{100, 10, 10, "< 1 … 8 9 [0] "},
		{100, 10, 2, "< 1 [2] 3 4 … 0 >"},
	}
	for _, tt := range tests {
		if got := show(paginate(tt.total, tt.per, tt.current, href)); got != tt.want {
			t.Errorf("paginate(%d, %d, %d) = %q, want %q", tt.total, tt.per, tt.current, got, tt.want)
		}
	}
}

func TestCoordinates(t *testing.T) {
	for _, tt := range []struct {
		lat, lon   float64
		text, href string
	}{
		{60.1695, 24.9354, "60.17° N, 24.94° E", "https://www.openstreetmap.org/#map=9/60.1695/24.9354"},
		{-33.8688, -70.65, "33.87° S, 70.65° W", "https://www.openstreetmap.org/#map=9/-33.8688/-70.6500"},
	} {
		text, href := coordinates(tt.lat, tt.lon)
		if text != tt.text || href != tt.href {
			t.Errorf("coordinates(%v, %v) = %q, %q; want %q, %q", tt.lat, tt.lon, text, href, tt.text, tt.href)
		}
	}
}
