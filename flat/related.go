package flat

import (
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/datetext"
)

// teaser is a related story being read, with its relative time if any.
type teaser struct {
	r       lede.Related
	date    time.Time // absolute date, zero when none
	rel     time.Duration
	hasRel  bool
	relText string
}

// readRelated finds teasers of other stories outside the article region:
// a title-shaped line followed by a byline or a date, and perhaps a
// relative time ("5 hours ago").
func (p *page) readRelated() []lede.Related {
	var ts []teaser
	for i := range p.lines {
		if (i >= p.start && i < p.end) || (i >= p.metaFrom && i < p.bodyStart) {
			continue
		}
		l := &p.lines[i]
		if l.blank || l.words > 14 || i == p.titleLine {
			continue
		}
		by := isBylineText(l.text)
		if !by && !l.dated {
			continue
		}
		f, dated := datetext.Find(l.text)
		if !by && !dated {
			continue
		}
		if dated && !by && f.Start > 0 && l.words > 6 {
			continue
		}
		// The title: the closest title-shaped line above, within three
		// non-blank lines, outside the article region and not the
		// article's own title.
		title := -1
		for j, k := p.prevNonBlank(i), 0; j >= 0 && k < 3; j, k = p.prevNonBlank(j), k+1 {
			if j == p.titleLine || (j >= p.start && j < p.end) {
				break
			}
			if tl := &p.lines[j]; tl.words >= 4 && !tl.bullet && !tl.bracket && !isBylineText(tl.text) && !isDateLine(tl) {
				title = j
				break
			}
		}
		if title < 0 {
			continue
		}
		t := teaser{r: lede.Related{Title: p.lines[title].text}}
		if by {
			rest := bylineRest(l.text)
			if dated {
				if k := f.Start - (len(l.text) - len(rest)); k >= 0 && k <= len(rest) {
					rest = rest[:k]
				}
			}
			t.r.Author = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), ",|-—·•"))
		}
		if dated {
			t.r.Date = f.String()
			t.date = f.Time
		}
		if j := p.nextNonBlank(i); j >= 0 {
			if d, ok := relativeTime(p.lines[j].text); ok {
				t.rel, t.hasRel, t.relText = d, true, p.lines[j].text
			}
		}
		ts = append(ts, t)
	}
	capture, ok := captureTime(ts)
	out := make([]lede.Related, 0, len(ts))
	for _, t := range ts {
		if t.r.Date == "" && t.hasRel {
			if ok {
				t.r.Date = capture.Add(-t.rel).Format("2006-01-02")
			} else {
				t.r.DateText = t.relText
			}
		}
		out = append(out, t.r)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// captureTime infers when the page was captured from teasers that carry
// both a date and a relative time: the median of date + 12h + relative.
func captureTime(ts []teaser) (time.Time, bool) {
	var v []float64
	for _, t := range ts {
		if t.hasRel && !t.date.IsZero() {
			v = append(v, float64(t.date.Add(12*time.Hour+t.rel).Unix()))
		}
	}
	if len(v) == 0 {
		return time.Time{}, false
	}
	s := sortedCopy(v)
	return time.Unix(int64(s[len(s)/2]), 0).UTC(), true
}

// relativeTime reads "5 hours ago", "1 day ago", "an hour ago".
func relativeTime(t string) (time.Duration, bool) {
	f := strings.Fields(strings.ToLower(t))
	if len(f) != 3 || f[2] != "ago" {
		return 0, false
	}
	n := 0
	switch f[0] {
	case "a", "an", "one":
		n = 1
	default:
		v, err := strconv.Atoi(f[0])
		if err != nil || v < 0 || v > 1000 {
			return 0, false
		}
		n = v
	}
	unit := strings.TrimSuffix(f[1], "s")
	var d time.Duration
	switch unit {
	case "second", "sec":
		d = time.Second
	case "minute", "min":
		d = time.Minute
	case "hour", "hr":
		d = time.Hour
	case "day":
		d = 24 * time.Hour
	case "week", "wk":
		d = 7 * 24 * time.Hour
	default:
		return 0, false
	}
	return time.Duration(n) * d, true
}
