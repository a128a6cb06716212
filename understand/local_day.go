package understand

import (
	"math"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/text"
)

// minDatelineShift is how many hours the dateline's local time must be
// from the published value's own zone before the dateline's day is used.
// Nearer zones (a London story stamped in Paris time) keep the page's day:
// the estimate from longitude is only good to an hour or two.
const minDatelineShift = 3

// localDay returns the day relative dates of a resolve against: the day
// of the publication instant where the story was written, when its
// dateline names a geocoded city whose longitude puts it at least
// minDatelineShift hours from the zone of a.Published ("SEOUL, South
// Korea —" on a story stamped 22:00 UTC on a Friday: it is Saturday in
// Seoul, and the story's "on Saturday" is that day). Otherwise, and when
// Published has no time of day, it returns a.Published unchanged. The
// local offset is estimated from longitude (15 degrees an hour), which is
// enough to tell the day except within an hour or so of midnight.
func localDay(a *lede.Article, doc *text.Doc) string {
	t, err := time.Parse(time.RFC3339, a.Published)
	if err != nil || len(doc.Paragraphs) == 0 {
		return a.Published
	}
	span, _, ok := text.Dateline(doc.Text, doc.Paragraphs[0])
	if !ok {
		return a.Published
	}
	lon, ok := cityAt(a.Places, span)
	if !ok {
		return a.Published
	}
	_, pageOffset := t.Zone()
	local := int(math.Round(lon / 15))
	if d := local*3600 - pageOffset; d < minDatelineShift*3600 && d > -minDatelineShift*3600 {
		return a.Published
	}
	return t.UTC().Add(time.Duration(local) * time.Hour).Format("2006-01-02")
}

// cityAt returns the longitude of the geocoded city mentioned inside span.
func cityAt(ps []lede.Place, span text.Span) (float64, bool) {
	for _, p := range ps {
		if p.Lat == 0 && p.Lon == 0 {
			continue // a country or region: no coordinates
		}
		for _, m := range p.Mentions {
			if m.Start >= span.Start && m.End <= span.End {
				return p.Lon, true
			}
		}
	}
	return 0, false
}
