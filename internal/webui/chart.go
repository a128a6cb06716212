package webui

import (
	"strconv"
	"time"

	"github.com/ledehq/lede/internal/store"
)

// chart is a bar chart of articles over time, drawn as inline SVG markup
// (attributes only, no style, no script), so the strict CSP allows it.
type chart struct {
	Width, Height int
	Bars          []bar
	Unit          string // "day", "month" or "year"
	FirstLabel    string
	LastLabel     string
	Max           int
	Total         int
	Undated       int
	Baseline      int // y of the axis line
}

type bar struct {
	X, Y, W, H int
	Label      string // "June 2018: 3 articles"
	Count      int
	// Href is the search narrowed to the bar's days, when the chart
	// was made with a search to narrow.
	Href string
}

// Chart geometry, in SVG user units (the SVG scales to its box).
const (
	chartWidth   = 720
	chartHeight  = 140
	chartPadTop  = 8
	chartMaxBars = 120
)

// timelineChart buckets a timeline by day, month or year, whichever keeps
// the bars at most chartMaxBars, and lays the bars out. Empty buckets
// between the first and the last day are kept (as gaps), so time reads
// evenly from left to right. A timeline without days gives nil.
//
// When drill is not nil, each bar links to drill's search narrowed to the
// bar's days (from and to), so a reader can click into a period.
func timelineChart(tl store.TimelineResult, drill *searchParams) *chart {
	type point struct {
		t time.Time
		n int
	}
	var pts []point
	for _, p := range tl.Points {
		t, err := time.Parse("2006-01-02", p.Day)
		if err != nil || p.Articles <= 0 {
			continue
		}
		pts = append(pts, point{t, p.Articles})
	}
	if len(pts) == 0 {
		return nil
	}
	first, last := pts[0].t, pts[0].t
	for _, p := range pts {
		if p.t.Before(first) {
			first = p.t
		}
		if p.t.After(last) {
			last = p.t
		}
	}
	unit := "day"
	key := func(t time.Time) time.Time { return t }
	next := func(t time.Time) time.Time { return t.AddDate(0, 0, 1) }
	label := func(t time.Time) string { return t.Format("2 Jan 2006") }
	days := int(last.Sub(first).Hours()/24) + 1
	months := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	switch {
	case days <= chartMaxBars:
	case months <= chartMaxBars:
		unit = "month"
		key = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		next = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
		label = func(t time.Time) string { return t.Format("Jan 2006") }
	default:
		unit = "year"
		key = func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
		next = func(t time.Time) time.Time { return t.AddDate(1, 0, 0) }
		label = func(t time.Time) string { return t.Format("2006") }
	}
	counts := map[time.Time]int{}
	for _, p := range pts {
		counts[key(p.t)] += p.n
	}
	var buckets []time.Time
	for t := key(first); !t.After(key(last)); t = next(t) {
		buckets = append(buckets, t)
		if len(buckets) > 10*chartMaxBars { // cannot happen with the units above; a guard
			break
		}
	}
	c := &chart{Width: chartWidth, Height: chartHeight + 2, Unit: unit, Undated: tl.Undated, Baseline: chartHeight}
	for _, b := range buckets {
		c.Max = max(c.Max, counts[b])
		c.Total += counts[b]
	}
	slot := chartWidth / len(buckets)
	gap := 1
	if slot > 6 {
		gap = max(2, slot/5)
	}
	w := max(slot-gap, 1)
	// With few buckets, keep bars from becoming slabs: centre narrower ones.
	if w > 48 {
		w = 48
	}
	offset := (chartWidth - slot*len(buckets)) / 2
	for i, b := range buckets {
		n := counts[b]
		h := 0
		if n > 0 {
			h = max(2, n*(chartHeight-chartPadTop)/c.Max)
		}
		br := bar{
			X: offset + i*slot + (slot-w)/2, Y: chartHeight - h, W: w, H: h, Count: n,
			Label: label(b) + ": " + plural(n, "article", "articles"),
		}
		if drill != nil && n > 0 {
			p := *drill
			p.From, p.To, p.Page = b.Format("2006-01-02"), next(b).AddDate(0, 0, -1).Format("2006-01-02"), 1
			br.Href = p.href()
		}
		c.Bars = append(c.Bars, br)
	}
	c.FirstLabel = label(buckets[0])
	c.LastLabel = label(buckets[len(buckets)-1])
	return c
}

// String summarises the chart, for tests and the page's text alternative.
func (c *chart) String() string {
	if c == nil {
		return "no dated articles"
	}
	return strconv.Itoa(c.Total) + " dated articles from " + c.FirstLabel + " to " + c.LastLabel + " by " + c.Unit
}
