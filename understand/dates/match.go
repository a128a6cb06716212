package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

// scan runs the patterns over the tokens once, left to right; a matched
// mention consumes its tokens.
func (f *finder) scan() {
	for i := 0; i < len(f.toks); {
		if next := f.matchAt(i); next > i {
			i = next
			continue
		}
		i++
	}
}

// matchAt tries every pattern at token i and returns the token after the
// mention it added, or i when none matched.
func (f *finder) matchAt(i int) int {
	t := f.toks[i]
	switch t.kind {
	case tokNumber:
		if n := f.matchISO(i); n > i {
			return n
		}
		if n := f.matchNumeric(i); n > i {
			return n
		}
		if n := f.matchDayMonth(i); n > i {
			return n
		}
		if n := f.matchRelativeCount(i); n > i {
			return n
		}
		return f.matchYear(i)
	case tokWord:
		w := f.str(i)
		if len(w) < 1 || len(w) > 9 {
			return i // no date word is longer than "September"/"yesterday"
		}
		if isUpper(w[0]) && len(w) >= 3 {
			if _, ok := months[w]; ok {
				return f.matchMonth(i, i)
			}
			if _, ok := monthAbbreviations[w]; ok {
				return f.matchMonth(i, i)
			}
			if _, ok := weekdays[w]; ok {
				return f.matchWeekday(i, i)
			}
		}
		if len(w) >= 5 && len(w) <= 7 {
			if _, ok := tensWords[f.lower(i)]; ok {
				return f.matchRelativeCount(i)
			}
		}
		switch c := w[0] | 0x20; {
		case c == 'l' || c == 'n' || c == 't' || c == 'e' || c == 'y':
		case (c == 'a' || c == 'o' || c == 'f' || c == 's') && f.isWord(i+1):
			if _, ok := numberWords[w]; ok {
				return f.matchRelativeCount(i)
			}
			return i
		default:
			return i
		}
		switch f.lower(i) {
		case "last", "next", "this":
			if n := f.matchModified(i, i); n > i {
				return n
			}
		case "earlier", "later", "early", "late":
			if next := f.lower(i + 1); f.isWord(i+1) && (next == "this" || next == "last" || next == "next") {
				if n := f.matchModified(i+1, i); n > i {
					return n
				}
			}
		case "today", "tonight", "yesterday", "tomorrow":
			return f.matchDeictic(i)
		case "the":
			return f.matchTheDay(i)
		}
		if _, ok := numberWords[w]; ok {
			return f.matchRelativeCount(i)
		}
	}
	return i
}

// matchISO matches 2018-06-28.
func (f *finder) matchISO(i int) int {
	if len(f.str(i)) != 4 || !f.attached(i) || !f.isPunct(i+1, '-') || !f.attached(i+1) || !f.isNum(i+2) ||
		len(f.str(i+2)) != 2 || !f.attached(i+2) || !f.isPunct(i+3, '-') || !f.attached(i+3) || !f.isNum(i+4) ||
		len(f.str(i+4)) != 2 {
		return i
	}
	if f.attached(i+4) && (f.isNum(i+5) || f.isWord(i+5)) {
		// "2018-06-28T08:30" is still the day; "2018-06-28x1" is not a date.
		if !(f.str(i+5) == "T" && f.attached(i+5) && f.isNum(i+6)) {
			return i
		}
	}
	t, err := time.Parse("2006-01-02", f.text[f.toks[i].start:f.toks[i+4].end])
	if err != nil {
		return i
	}
	end := i + 5
	if f.str(i+5) == "T" && f.attached(i+4) {
		// "2031-05-04T07:15:00+02:00": the mention is the whole stamp as
		// written; its day is the day the stamp writes.
		for end < len(f.toks) && f.attached(end-1) && end-i < 20 &&
			(f.isNum(end) || f.isPunct(end, ':') || f.isPunct(end, '-') || f.isPunct(end, '+') || f.str(end) == "T" || f.str(end) == "Z" ||
				f.isPunct(end, '.') && f.attached(end) && f.isNum(end+1)) {
			end++
		}
	}
	f.addDay(i, end, t)
	return end
}

// matchNumeric matches numeric dates with a four-digit year when the order
// of day and month is not in doubt: "28/6/2018" (day first: 28 is no month),
// "6/28/2018" (month first). "6/7/2018" is left alone.
func (f *finder) matchNumeric(i int) int {
	if !f.attached(i) || !f.isPunct(i+1, '/') || !f.attached(i+1) || !f.isNum(i+2) || !f.attached(i+2) ||
		!f.isPunct(i+3, '/') || !f.attached(i+3) || len(f.str(i)) > 2 || len(f.str(i+2)) > 2 {
		return i
	}
	y, ok := f.yearNumber(i + 4)
	if !ok || f.attached(i+4) && (f.isPunct(i+5, '/') || f.isNum(i+5)) {
		return i
	}
	if f.attached(i-1) && (f.isPunct(i-1, '/') || f.isNum(i-1)) {
		return i // part of a path or a longer number
	}
	a, _ := strconv.Atoi(f.str(i))
	b, _ := strconv.Atoi(f.str(i + 2))
	var mon, d int
	switch {
	case a > 12 && b <= 12:
		d, mon = a, b
	case b > 12 && a <= 12:
		mon, d = a, b
	case a == b && a <= 12:
		mon, d = a, b
	default:
		return i
	}
	t, ok := makeDay(y, time.Month(mon), d)
	if !ok {
		return i
	}
	f.addDay(i, i+5, t)
	return i + 5
}

// dayNumber reads a day of the month at token i ("16", "16th") and returns
// the token after it.
func (f *finder) dayNumber(i int) (day, next int, ok bool) {
	if !f.isNum(i) {
		return 0, i, false
	}
	s := f.str(i)
	if len(s) > 2 {
		return 0, i, false
	}
	d, _ := strconv.Atoi(s)
	if d < 1 || d > 31 {
		return 0, i, false
	}
	next = i + 1
	if f.attached(i) && f.isWord(i+1) {
		switch f.lower(i + 1) {
		case "st", "nd", "rd", "th":
			next = i + 2
		default:
			return 0, i, false // "5pm", "3m"
		}
	}
	// Not a number going on ("1,000", "3.5", "5:30", "5/4", "5%"); a dash
	// may open a range of days ("June 5-7") but not a score ("5-4").
	if f.attached(next-1) && next < len(f.toks) && f.toks[next].kind == tokPunct {
		switch c := f.text[f.toks[next].start]; c {
		case ',', '.', ':', '-', '/', '%':
			if c == '%' {
				return 0, i, false
			}
			if f.attached(next) && f.isNum(next+1) {
				if c != '-' {
					return 0, i, false
				}
				if d2, _ := strconv.Atoi(f.str(next + 1)); len(f.str(next+1)) > 2 || d2 <= d || d2 > 31 {
					return 0, i, false
				}
			}
		}
	}
	return d, next, true
}

// yearNumber reads a four-digit year at token i.
func (f *finder) yearNumber(i int) (int, bool) {
	if !f.isNum(i) || len(f.str(i)) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(f.str(i))
	if y < 1000 || y > 2999 {
		return 0, false
	}
	if f.attached(i) && i+1 < len(f.toks) {
		switch {
		case f.isWord(i + 1): // "1990s", "2018pm"
			return 0, false
		case f.isPunct(i+1, ',') || f.isPunct(i+1, '.') || f.isPunct(i+1, ':'):
			if f.attached(i+1) && f.isNum(i+2) {
				return 0, false
			}
		case f.isPunct(i+1, '%'):
			return 0, false
		}
	}
	return y, true
}

// matchMonth matches at the month name at token m, with the mention starting
// at token start: "July 16", "July 16, 2018", "July 2018", "in March".
func (f *finder) matchMonth(start, m int) int {
	w := f.str(m)
	mon, full := months[w]
	if !full {
		mon = monthAbbreviations[w]
	}
	k := m + 1
	if !full && f.isPunct(k, '.') && f.attached(m) {
		k++
	}
	// "May" after a capitalized name is a surname ("Theresa May").
	if mon == time.May && full && f.isWord(m-1) && f.sameSentence(m-1, m) && isUpper(f.str(m - 1)[0]) {
		_, weekday := weekdays[f.str(m-1)]
		if cue := f.lower(m - 1); !weekday && !monthCues[cue] && !articleCues[cue] && cue != "on" {
			return start
		}
	}
	// "January, 6 2026": a stray comma between month and day, taken only
	// with the year right after the day ("In January, 6 people" is no date).
	if f.isPunct(k, ',') && f.sameSentence(m, k+1) {
		if d, next, ok := f.dayNumber(k + 1); ok && !f.isPunct(next, ',') {
			if y, ok := f.yearNumber(next); ok {
				if t, ok := makeDay(y, mon, d); ok {
					f.addDay(start, next+1, t)
					return next + 1
				}
			}
		}
	}
	if d, next, ok := f.dayNumber(k); ok {
		// "July 16, 2018" / "July 16 2018"
		j := next
		if f.isPunct(j, ',') {
			j++
		}
		if y, ok := f.yearNumber(j); ok {
			if t, ok := makeDay(y, mon, d); ok {
				f.addDay(start, j+1, t)
				return j + 1
			}
			return start
		}
		if d > daysIn(mon, 2024) {
			return start
		}
		if stepY, after, ok := f.relativeYear(next); ok { // "May 10 last year", "May 10 of last year"
			if !f.hasAnchor {
				f.add(start, after, lede.Day, "", false)
				return after
			}
			if t, ok := makeDay(f.anchor.Year()+stepY, mon, d); ok {
				f.addDay(start, after, t)
				return after
			}
			return start
		}
		if y, skip, ok := f.rangeYear(next, mon); ok { // "April 3 to April 7, 2031"
			if t, ok := makeDay(y, mon, d); ok {
				f.addDay(start, next, t)
				return max(next, skip)
			}
		}
		f.addMonthDay(start, next, mon, d)
		return next
	}
	if y, ok := f.yearNumber(k); ok {
		f.add(start, k+1, lede.Month, monthValue(y, mon), true)
		return k + 1
	}
	if end, y, ok := f.monthRange(m, k); ok { // "June-August 2025"
		f.add(start, end, lede.Month, monthValue(y, mon), true)
		return end
	}
	if f.isWord(k) && f.lower(k) == "of" {
		if y, ok := f.yearNumber(k + 1); ok {
			f.add(start, k+2, lede.Month, monthValue(y, mon), true)
			return k + 2
		}
	}
	if !full {
		return start
	}
	// A bare month needs a cue before it, or to be the subject of a
	// sentence's verb ("November marked the start").
	p := m - 1
	if f.isPunct(p, '-') && f.attached(p-1) && f.attached(p) && f.lower(p-1) == "mid" {
		p-- // "mid-March"
	}
	subject := start == m && mon != time.May && f.startsSentence(m) && f.monthSubjectVerb(m+1)
	if !f.sameSentence(p, m) && !subject {
		return start
	}
	// A capitalized word after it makes it a name ("by August Wilson",
	// "in March Madness").
	if f.isWord(m+1) && f.sameSentence(m, m+1) && isUpper(f.str(m + 1)[0]) {
		return start
	}
	cue := f.lower(p)
	if subject {
		cue = ""
	}
	if p < m-1 && start == m && cue == "mid" {
		start = p // "mid-March" is one mention, as written
	}
	adjective := f.isWord(m+1) && f.sameSentence(m, m+1) && !isUpper(f.str(m + 1)[0]) && !functionWords[f.lower(m+1)]
	listYear, listed := f.listedMonth(p, mon)
	if y, ok := f.listEndYear(m + 1); ok {
		listYear = y // "in October, November and December 2024"
	}
	switch {
	case listed && !subject:
		// "in February and March", "2023—March, April": after a month or
		// a year just found.
		if listYear != 0 {
			f.add(start, m+1, lede.Month, monthValue(listYear, mon), true)
			return m + 1
		}
		return f.addMonth(start, m+1, mon, tenseUnknown, false)
	case subject:
	case habitualCues[cue]:
		return start // "every November": it recurs, no one month
	case (cue == "past" || cue == "coming") && start == m && f.isWord(p-1) && f.lower(p-1) == "this" && f.sameSentence(p-1, m):
		// "this past March": the last one before the publication
		// month; "this coming March": the first after it.
		if !f.hasAnchor {
			f.add(p-1, m+1, lede.Month, "", false)
			return m + 1
		}
		y, pm := f.anchor.Year(), f.anchor.Month()
		if cue == "past" && mon >= pm {
			y--
		} else if cue == "coming" && mon <= pm {
			y++
		}
		f.add(p-1, m+1, lede.Month, monthValue(y, mon), true)
		return m + 1
	case monthCues[cue]:
	case articleCues[cue] && mon != time.May && adjective:
	case mon != time.May && adjective && f.isWord(p) && f.sameSentence(p-1, m) && !isUpper(f.str(p)[0]) &&
		cue == f.str(p) && !functionWords[cue] && articleCues[f.lower(p-1)]:
		// "a key September call": a determiner and one adjective before
		// the month used as an adjective.
	default:
		return start
	}
	if stepY, after, ok := f.relativeYear(m + 1); ok { // "in May last year", "in May of last year"
		if !f.hasAnchor {
			f.add(start, after, lede.Month, "", false)
		} else {
			f.add(start, after, lede.Month, monthValue(f.anchor.Year()+stepY, mon), true)
		}
		return after
	}
	mod := tenseUnknown
	if start == m || start == p {
		switch cue {
		case "last":
			start, mod = m-1, tensePast
		case "next":
			start, mod = m-1, tenseFuture
		case "this":
			start = m - 1
		}
	}
	if mod == tenseUnknown && cue != "this" && f.habitual(start, m+1, true) {
		return m + 1 // "the harvest usually starts in late October"
	}
	if mod == tenseUnknown && cue != "this" && listYear != 0 && f.hasAnchor {
		f.add(start, m+1, lede.Month, monthValue(listYear, mon), true)
		return m + 1
	}
	return f.addMonth(start, m+1, mon, mod, cue == "this")
}

// listedMonth reports whether token p, right before a month mon, joins it
// to a month or a year just found: ", " or "and"/"or" after a month ("in
// February and March"), "to", "through" or "until" after a month (a
// span: "from March to June"), a dash after a year ("2023—March"). year is the
// year the month takes from it, when known (the next one when the list
// crosses New Year: "December and January").
func (f *finder) listedMonth(p int, mon time.Month) (year int, ok bool) {
	if len(f.found) == 0 || p < 1 {
		return 0, false
	}
	last := &f.found[len(f.found)-1]
	if last.rel != relNone || !f.sameSentence(p, p+1) {
		return 0, false
	}
	switch {
	case f.isPunct(p, ',') || f.isWord(p) && (f.lower(p) == "and" || f.lower(p) == "or" || f.str(p) == "&" ||
		f.lower(p) == "to" || deadlineWords[f.lower(p)]):
		q := p
		if f.isWord(p) && f.isPunct(p-1, ',') {
			q = p - 1 // ", and"
		}
		if last.tokEnd != q || last.Granularity != lede.Month {
			return 0, false
		}
		if !last.Resolved {
			return 0, true
		}
		t, _ := valueTimeOf(last.Value, lede.Month)
		if mon < t.Month() {
			return t.Year() + 1, true
		}
		return t.Year(), true
	case f.isPunct(p, '-') || f.str(p) == "—" || f.str(p) == "–":
		if last.tokEnd != p || last.Granularity != lede.Year || !last.Resolved {
			return 0, false
		}
		y, _ := strconv.Atoi(last.Value)
		return y, true
	}
	return 0, false
}

// listEndYear reads the year that ends a list of months from token k:
// ", June and July 2025" after "May".
func (f *finder) listEndYear(k int) (int, bool) {
	seen := false
	for n := 0; n < 12 && k < len(f.toks) && f.sameSentence(k-1, k); n++ {
		switch {
		case f.isPunct(k, ',') || f.isWord(k) && (f.lower(k) == "and" || f.lower(k) == "or"):
			k++
			continue
		case f.isWord(k):
			if _, ok := months[f.str(k)]; !ok {
				return 0, false
			}
			seen = true
			k++
			continue
		case seen:
			return f.yearNumber(k)
		}
		return 0, false
	}
	return 0, false
}

// monthSubjectVerb reports whether token k, after a month opening a
// sentence, is a verb it is the subject of: a past form ("November
// marked", "March was") or "will", "is", "has".
func (f *finder) monthSubjectVerb(k int) bool {
	if !f.isWord(k) || !f.sameSentence(k-1, k) || f.attached(k-1) {
		return false
	}
	w := f.str(k)
	if isUpper(w[0]) {
		return false
	}
	switch w {
	case "will", "is", "has", "brings", "marks", "saw", "brought", "was":
		return true
	}
	return pastCues[w] || len(w) >= 5 && w[len(w)-2:] == "ed"
}

// monthRange reads a second month joined to month m by a dash and followed
// by a year, from token k after m: "June-August 2025" (the year of the
// first month, the one before when the range crosses New Year). It
// returns the token after the year.
func (f *finder) monthRange(m, k int) (end, year int, ok bool) {
	if !f.attached(m) || !(f.isPunct(k, '-') || f.str(k) == "–") || !f.attached(k) || !f.isWord(k+1) {
		return 0, 0, false
	}
	mon, full := months[f.str(m)]
	if !full {
		mon = monthAbbreviations[f.str(m)]
	}
	mon2, ok := months[f.str(k+1)]
	if !ok {
		if mon2, ok = monthAbbreviations[f.str(k+1)]; !ok {
			return 0, 0, false
		}
	}
	j := k + 2
	if f.isPunct(j, ',') {
		j++
	}
	y, ok := f.yearNumber(j)
	if !ok || !f.sameSentence(m, j) {
		return 0, 0, false
	}
	if mon2 < mon {
		y--
	}
	return j + 1, y, true
}

// rangeYear finds the year of a range whose first day has none: "April 3
// to April 7, 2031", "November 9 - 12, 2026", "Dec. 28 to Jan. 3, 2026"
// (the previous year for the first day). k is the token after the first
// day, mon its month. When the second day has no month of its own ("9 -
// 12, 2026"), skip is the token after the range, which the first day's
// mention stands for; otherwise skip is 0 and the second day is a mention
// of its own.
func (f *finder) rangeYear(k int, mon time.Month) (year, skip int, ok bool) {
	if !f.sameSentence(k-1, k) {
		return 0, 0, false
	}
	switch {
	case f.isWord(k) && (f.lower(k) == "to" || f.lower(k) == "through" || f.lower(k) == "until" || f.lower(k) == "and"):
	case f.isPunct(k, '-') || f.str(k) == "–" || f.str(k) == "—":
	default:
		return 0, 0, false
	}
	k++
	mon2, ownMonth := mon, false
	if f.isWord(k) && f.sameSentence(k-1, k) {
		ownMonth = true
		m2, ok := months[f.str(k)]
		if !ok {
			if m2, ok = monthAbbreviations[f.str(k)]; !ok {
				return 0, 0, false
			}
			if f.isPunct(k+1, '.') {
				k++
			}
		}
		mon2 = m2
		k++
	}
	_, next, ok := f.dayNumber(k)
	if !ok || !f.sameSentence(k-1, next) {
		return 0, 0, false
	}
	if f.isPunct(next, ',') {
		next++
	}
	y, ok := f.yearNumber(next)
	if !ok {
		return 0, 0, false
	}
	if mon2 < mon {
		y--
	}
	if !ownMonth {
		return y, next + 1, true
	}
	return y, 0, true
}

// relativeYear reads "last year", "this year" or "next year" at token k,
// or after "of" there ("March of last year"), and returns the token after
// it.
func (f *finder) relativeYear(k int) (step, after int, ok bool) {
	if f.isWord(k) && f.lower(k) == "of" && f.sameSentence(k-1, k) {
		k++
	}
	if !f.isWord(k) || !f.isWord(k+1) || !f.sameSentence(k-1, k+1) || f.lower(k+1) != "year" {
		return 0, 0, false
	}
	switch f.lower(k) {
	case "last":
		return -1, k + 2, true
	case "this":
		return 0, k + 2, true
	case "next":
		return 1, k + 2, true
	}
	return 0, 0, false
}

// addMonthDay adds "July 16": the year is inferred from publication and tense.
func (f *finder) addMonthDay(start, end int, mon time.Month, d int) {
	if f.habitual(start, end, false) {
		return // "taxes are due April 15 each year": a standing rule
	}
	if !f.hasAnchor {
		f.add(start, end, lede.Day, "", false)
		return
	}
	if f.lower(start) == "this" {
		// "this June 1": the one of the publication year, whatever
		// the tense.
		if t, ok := makeDay(f.anchor.Year(), mon, d); ok {
			f.addDay(start, end, t)
			return
		}
	}
	ts := f.tense(start, end)
	if f.afterSince(start) {
		ts = tensePast // "since Oct. 26": a start that lies behind
	}
	if y, ok := f.writtenYear(start, mon, d, ts); ok {
		if t, ok := makeDay(y, mon, d); ok {
			f.addDay(start, end, t)
			return
		}
	}
	if ts == tenseUnknown && (f.presentCopulaBefore(start) || f.periodStart(start)) {
		ts = tenseFuture // "the deadline is March 3", "effective Oct. 1, fares rise"
	}
	if ts != tenseFuture && start > 0 && f.isWord(start-1) && (deadlineWords[f.lower(start-1)] ||
		f.lower(start-1) == "from" && end < len(f.toks) && f.isWord(end) && deadlineWords[f.lower(end)]) {
		// ("fares waived from Oct. 2 until spring": a period's
		// start, the same)
		// "has given him until July 28", "must stay home until March
		// 22": the end of a time that runs on from the clause's own; the
		// nearer side, whatever the tense.
		ts = tenseModal
	}
	var past, future time.Time
	for y := f.anchor.Year() + 1; y >= f.anchor.Year()-1; y-- {
		if t, ok := makeDay(y, mon, d); ok && !t.After(f.anchor) {
			past = t
			break
		}
	}
	for y := f.anchor.Year() - 1; y <= f.anchor.Year()+1; y++ {
		if t, ok := makeDay(y, mon, d); ok && !t.Before(f.anchor) {
			future = t
			break
		}
	}
	var best time.Time
	switch {
	case ts == tenseFuture || past.IsZero():
		best = future
	case future.IsZero():
		best = past
	case ts == tensePast && 6*future.Sub(f.anchor) < f.anchor.Sub(past):
		// "the report, released March 9" in a March 7 article: a
		// day just ahead of publication in the past tense is this
		// year's (a publication date a little early, or a tense read
		// from another clause); news gives a day a year back its year.
		best = future
	case ts == tensePast:
		best = past
	case ts == tenseModal && future.Sub(f.anchor) <= f.anchor.Sub(past):
		best = future // "would", "should": the nearer side
	case ts == tenseModal:
		best = past
	case 3*future.Sub(f.anchor) < f.anchor.Sub(past):
		best = future // no tense: the past, unless the future one is much nearer
	default:
		best = past
	}
	if best.IsZero() {
		f.add(start, end, lede.Day, "", false)
		return
	}
	f.addDay(start, end, best)
}

// periodStart reports whether "starting", "beginning", "effective" or
// "as of" comes right before the date at token start: with no tense cue,
// the start of a period, which lies ahead ("Starting Monday, masks are
// required").
func (f *finder) periodStart(start int) bool {
	p := start - 1
	if !f.isWord(p) || !f.sameSentence(p, start) {
		return false
	}
	switch f.lower(p) {
	case "starting", "beginning", "effective":
		return true
	case "of":
		return f.isWord(p-1) && f.lower(p-1) == "as"
	}
	return false
}

// afterSince reports whether "since" (or "since mid-") comes right before
// the mention starting at token start.
func (f *finder) afterSince(start int) bool {
	p := start - 1
	return f.isWord(p) && f.sameSentence(p, start) && f.lower(p) == "since"
}

// writtenYear returns the year of a day and month without one (mon, d,
// at token start) when the text gives it: the same day written earlier
// with its year ("January 24, 2031" in a dateline, then "published
// January 24"), or a year earlier in its sentence when the sentence is
// not in the future ("during the 2016 race, after a September 11
// rally").
func (f *finder) writtenYear(start int, mon time.Month, d int, ts tense) (int, bool) {
	if ts == tenseFuture || ts == tenseModal {
		return 0, false // "On Jan. 6, the president will speak" after "Jan. 6, 2021"
	}
	for k := len(f.found) - 1; k >= 0; k-- {
		o := &f.found[k]
		if o.rel == relNone && o.Granularity == lede.Day && !o.day.IsZero() && o.day.Month() == mon &&
			o.day.Day() == d && hasYear(o.Text) {
			return o.day.Year(), true
		}
	}
	if y := f.yearBefore(start); y != 0 || f.relativeYearBefore(start, &y) {
		return y, true
	}
	if y, ok := f.paragraphYear(start, mon, d); ok {
		return y, true
	}
	return 0, false
}

// paragraphYear returns the year of a day without one (or of a month, d
// 0) from the last date written with its year earlier in its paragraph,
// when that year is not the publication year: the day on or after that
// date, within a year ("On March 3, 2019, the firm filed for bankruptcy.
// On April 5, a judge ..."), and not after publication.
func (f *finder) paragraphYear(start int, mon time.Month, d int) (int, bool) {
	for k := len(f.found) - 1; k >= 0; k-- {
		o := &f.found[k]
		if f.lineBetween(o.tokEnd-1, start) {
			return 0, false
		}
		if o.rel != relNone || !o.Resolved || o.Granularity != lede.Day && o.Granularity != lede.Month || !hasYear(o.Text) {
			continue
		}
		t, _ := valueTime(o)
		if t.Year() == f.anchor.Year() {
			return 0, false
		}
		if d == 0 {
			// A month: on or after the month of that date.
			d, t = 1, time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		y := t.Year()
		if c, ok := makeDay(y, mon, d); !ok || c.Before(t) {
			y++
		}
		if c, ok := makeDay(y, mon, d); !ok || c.After(f.anchor) {
			return 0, false
		}
		return y, true
	}
	return 0, false
}

// lineBetween reports whether a line break lies between tokens a and b.
func (f *finder) lineBetween(a, b int) bool {
	if a < 0 || b >= len(f.toks) || a >= b {
		return a >= b
	}
	return strings.IndexByte(f.text[f.toks[a].end:f.toks[b].start], '\n') >= 0
}

// hasYear reports whether a mention's text writes a four-digit number.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// addMonth adds a bare month; mod forces a direction ("last March"), this
// keeps the publication year ("this March"). It returns the token after
// the mention.
func (f *finder) addMonth(start, end int, mon time.Month, mod tense, this bool) int {
	if end+1 < len(f.toks) && f.isPunct(end, ',') && f.sameSentence(end, end+1) {
		if y2, ok := f.yearNumber(end + 1); ok {
			// "In September, 2008 I wrote"
			f.add(start, end+2, lede.Month, monthValue(y2, mon), true)
			return end + 2
		}
	}
	if !f.hasAnchor {
		f.add(start, end, lede.Month, "", false)
		return end
	}
	y, pm := f.anchor.Year(), f.anchor.Month()
	if mod == tenseUnknown && !this {
		if yb := f.yearBefore(start); yb != 0 || f.relativeYearBefore(start, &yb) {
			// "In 2018, … in January", "Last year, … in January": the
			// year the sentence gives.
			f.add(start, end, lede.Month, monthValue(yb, mon), true)
			return end
		}
	}
	ts := mod
	if ts == tenseUnknown && !this {
		if f.afterSince(start) {
			ts = tensePast // "since October": a start that lies behind
		} else {
			ts = f.tense(start, end)
		}
		if ts == tensePast || ts == tenseUnknown {
			if yp, ok := f.paragraphYear(start, mon, 0); ok {
				// "In March 2019 the firm filed. In April, a judge ..."
				f.add(start, end, lede.Month, monthValue(yp, mon), true)
				return end
			}
		}
	}
	switch {
	case this:
	case mod == tensePast: // "last March": before the publication month
		if mon >= pm {
			y--
		}
		if (int(pm)-int(mon)+12)%12 == 1 {
			// "last October" in a November article is the October a
			// year before: news writes "last month" or "in October"
			// for the month just past (as "last Tuesday" is never
			// yesterday).
			y--
		}
	case mod == tenseFuture: // "next March": after it
		if mon <= pm {
			y++
		}
	case ts == tenseFuture:
		if mon < pm {
			y++
		}
	case ts == tensePast:
		if mon > pm {
			y--
		}
	default:
		// No tense: the past, unless the next one is much nearer; with
		// "would" or "should", the nearer one.
		back := (int(pm) - int(mon) + 12) % 12
		ahead := (int(mon) - int(pm) + 12) % 12
		if back != 0 && (3*ahead < back || ts == tenseModal && ahead <= back) {
			if mon < pm {
				y++
			}
		} else if mon > pm {
			y--
		}
	}
	f.add(start, end, lede.Month, monthValue(y, mon), true)
	return end
}

// endsMention reports whether the last date found ends right before token
// i: a number there belongs to that date ("3 May, 2031 3 May, 2031").
func (f *finder) endsMention(i int) bool {
	return len(f.found) > 0 && f.found[len(f.found)-1].tokEnd == i
}

// matchDayMonth matches "28 June 2018" and "16 July".
func (f *finder) matchDayMonth(i int) int {
	d, next, ok := f.dayNumber(i)
	if !ok || !f.isWord(next) {
		return i
	}
	if f.isNum(i-1) && !f.endsMention(i) || f.isPunct(i-1, '$') {
		return i // part of a longer number ("3 22 June"), or money
	}
	if f.attached(i-1) && (f.isPunct(i-1, '.') || f.isPunct(i-1, ',')) && f.attached(i-2) && f.isNum(i-2) {
		return i // the end of a version or a decimal ("4.2.3 April 2014")
	}
	if !f.sameSentence(i, next) {
		return i // a number ending a line and a month opening the next
	}
	if next == i+2 && f.lower(next) == "of" && f.isWord(next+1) && f.sameSentence(next, next+1) {
		if _, ok := months[f.str(next+1)]; ok {
			next++ // "the 28th of July": an ordinal, "of" and the month
		}
	}
	w := f.str(next)
	mon, full := months[w]
	if !full {
		var ok bool
		if mon, ok = monthAbbreviations[w]; !ok {
			return i
		}
	}
	k := next + 1
	if !full && f.isPunct(k, '.') && f.attached(next) {
		k++
	}
	j := k
	if f.isPunct(j, ',') {
		j++
	}
	if y, ok := f.yearNumber(j); ok {
		if t, ok := makeDay(y, mon, d); ok {
			f.addDay(i, j+1, t)
			return j + 1
		}
		return i
	}
	if d > daysIn(mon, 2024) {
		return i
	}
	end := next + 1
	if !full && k > next+1 {
		end = k
	}
	if y, ok := f.dayFirstRangeYear(end, mon); ok { // "18 March – 9 July 2026"
		if t, ok := makeDay(y, mon, d); ok {
			f.addDay(i, end, t)
			return end
		}
	}
	f.addMonthDay(i, end, mon, d)
	return end
}

// dayFirstRangeYear finds the year of a range written day first whose
// first day has none: "18 March – 9 July 2026", "30 Dec to 2 Jan 2027"
// (the previous year for the first day). k is the token after the first
// day's month, mon that month.
func (f *finder) dayFirstRangeYear(k int, mon time.Month) (int, bool) {
	if !f.sameSentence(k-1, k) {
		return 0, false
	}
	switch {
	case f.isWord(k) && (f.lower(k) == "to" || f.lower(k) == "through" || f.lower(k) == "until" || f.lower(k) == "and"):
	case f.isPunct(k, '-') || f.str(k) == "–" || f.str(k) == "—":
	default:
		return 0, false
	}
	_, next, ok := f.dayNumber(k + 1)
	if !ok || !f.isWord(next) || !f.sameSentence(k, next) {
		return 0, false
	}
	mon2, ok := months[f.str(next)]
	if !ok {
		if mon2, ok = monthAbbreviations[f.str(next)]; !ok {
			return 0, false
		}
		if f.isPunct(next+1, '.') {
			next++
		}
	}
	next++
	if f.isPunct(next, ',') {
		next++
	}
	y, ok := f.yearNumber(next)
	if !ok {
		return 0, false
	}
	if mon2 < mon {
		y--
	}
	return y, true
}

// matchYear matches a year on its own ("its 2014 annexation", "in 2014").
func (f *finder) matchYear(i int) int {
	y, ok := f.yearNumber(i)
	if !ok || y > 2100 || y < 1000 || y < 1800 && !f.earlyYear(i) {
		return i
	}
	// Part of a path or an identifier ("/2013/02/", "ID.2014").
	if f.attached(i-1) && (f.isPunct(i-1, '/') || f.isPunct(i-1, '.') || f.isPunct(i-1, '_') || f.isPunct(i-1, '=')) ||
		f.attached(i) && (f.isPunct(i+1, '/') || f.isPunct(i+1, '_')) {
		return i
	}
	// Part of a longer number or an identifier ("555-2014", "No. 2014", "$2014").
	if f.attached(i-1) && (f.isPunct(i-1, '-') || f.isPunct(i-1, '/') || f.isPunct(i-1, '.') || f.isPunct(i-1, ',')) &&
		f.attached(i-2) && f.isNum(i-2) {
		return i
	}
	if f.isPunct(i-1, '$') || f.isPunct(i-1, '#') || f.str(i-1) == "£" || f.str(i-1) == "€" || f.isWord(i-1) && f.str(i-1) == "No" {
		return i
	}
	if f.isPunct(i-1, '.') && f.isWord(i-2) && f.str(i-2) == "No" {
		return i
	}
	// An identifier after a noun that numbers things ("Flight 2018",
	// "Room 2001", "Route 1900").
	if f.isWord(i-1) && f.sameSentence(i-1, i) && numberedNouns[strings.ToLower(f.str(i-1))] {
		return i
	}
	// A copyright line ("© 2019 Example Media", "Copyright 2021").
	if f.str(i-1) == "©" || f.isWord(i-1) && strings.EqualFold(f.str(i-1), "copyright") ||
		f.isPunct(i-1, ')') && f.isWord(i-2) && (f.str(i-2) == "c" || f.str(i-2) == "C") && f.isPunct(i-3, '(') {
		return i
	}
	// A street number ("lives at 1909 Larkspur Drive").
	if f.streetAfter(i+1) && !(f.isWord(i-1) && articleCues[f.lower(i-1)]) {
		return i
	}
	// A model number far ahead of publication after a name ("the Vega
	// 2080 Ti"): no year is written that way.
	if f.hasAnchor && y > f.anchor.Year()+25 && f.isWord(i-1) && isUpper(f.str(i - 1)[0]) && f.sameSentence(i-1, i) &&
		!yearCues[f.lower(i-1)] && !functionWords[f.lower(i-1)] && !deadlineWords[f.lower(i-1)] {
		return i
	}
	// A measure ("the 2000 metres", "1800 miles"), even after a cue.
	if f.isWord(i+1) && f.sameSentence(i, i+1) && measureNouns[strings.ToLower(f.str(i+1))] {
		return i
	}
	// A time of day ("at 1900 GMT", "2000 local time").
	if f.isWord(i+1) && f.sameSentence(i, i+1) && (timeZones[f.str(i+1)] || f.lower(i+1) == "local" || f.lower(i+1) == "hours" || f.lower(i+1) == "hrs") {
		return i
	}
	// A decade written with an apostrophe ("the 1990's", "early 2000’s").
	if y%10 == 0 && f.attached(i) && (f.isPunct(i+1, '\'') || f.isPunct(i+1, 0xE2)) && f.attached(i+1) &&
		f.str(i+2) == "s" && f.isWord(i-1) && decadeCues[f.lower(i-1)] {
		return i
	}
	// A dimension ("1800 x 1920", "1080×1920").
	if f.isTimes(i+1) && f.isNum(i+2) || f.isTimes(i-1) && f.isNum(i-2) {
		return i
	}
	// Glued to letters, it is part of a handle or a code ("user2019",
	// "COVID2019", "@ab2020").
	if f.attached(i-1) && (f.isWord(i-1) || f.isPunct(i-1, '@') || f.isPunct(i-1, '_')) {
		return i
	}
	// A count followed by a plural noun ("2000 people") unless a cue says
	// year or the noun is one a year qualifies ("2022 levels").
	if f.isWord(i+1) && f.sameSentence(i, i+1) && !yearNouns[f.str(i+1)] {
		nw := f.str(i + 1)
		if !isUpper(nw[0]) && len(nw) > 3 && nw[len(nw)-1] == 's' && nw[len(nw)-2] != 's' &&
			!(f.isWord(i-1) && yearCues[f.lower(i-1)] && !f.isNum(i-3)) {
			return i
		}
		switch f.lower(i + 1) {
		case "percent", "per", "times", "km", "feet", "people", "men", "women", "children", "troops",
			"police", "staff", "personnel", "cattle", "sheep", "fish", "kg", "mph", "ft", "m", "mg", "ml", "g",
			"cm", "mm", "lb", "lbs", "oz", "mi", "hp", "kw", "kwh", "mw", "gb", "mb", "tb", "rpm", "cc", "sq":
			if !(f.isWord(i-1) && yearCues[f.lower(i-1)]) || f.lower(i+1) == "percent" {
				return i
			}
		}
	}
	f.add(i, i+1, lede.Year, strconv.Itoa(y), true)
	return i + 1
}

// streetAfter reports whether one to three capitalized words from token k
// end in a street's kind ("Larkspur Drive", "Old Mill Road"): the number
// before them is a street number.
func (f *finder) streetAfter(k int) bool {
	for j := k; j < k+4 && f.isWord(j) && f.sameSentence(k, j); j++ {
		w := f.str(j)
		if !isUpper(w[0]) {
			return false
		}
		if j > k && streetKinds[w] {
			return true
		}
	}
	return false
}

// habitualReach is how many tokens around a date habitual looks.
const habitualReach = 8

// habitual reports whether the words around tokens [start, end) make a
// month or a day without a year recur rather than fall once. The clause
// looked in runs up to a comma, a dash, a semicolon or a contrast ("but
// this year it opened"), within habitualReach tokens, plus an opening
// phrase of the sentence set off by a comma ("Each year, ..."). A recurring
// period there counts ("each year", "every spring", "twice a year",
// "annually", "yearly"); for a bare month, which days rarely are, so does
// an adverb of habit ("usually", "typically", "always"), unless an
// attribution verb follows it ("always said") or the month is a limit
// ("until March"). A year named in the clause, other than after "since",
// keeps it a date.
func (f *finder) habitual(start, end int, bareMonth bool) bool {
	if bareMonth && f.isWord(start-1) {
		switch f.lower(start - 1) {
		case "until", "till", "since", "by", "through", "before", "after":
			return false // "visited until March, when he fell ill"
		}
	}
	s := f.toks[start].sentence
	from, to := max(start-habitualReach, 0), min(end+habitualReach, len(f.toks))
	for k := start - 1; k >= from; k-- {
		// The comma right before the date's own phrase does not end the
		// clause ("rents rise twice a year, in March").
		own := k == start-1 || k == start-2 && f.isWord(start-1) && monthCues[f.lower(start-1)]
		if f.toks[k].sentence != s || f.contrastBreak(k) || f.isPunct(k, ',') && !own {
			from = k + 1
			break
		}
	}
	for k := end; k < to; k++ {
		if f.toks[k].sentence != s || f.contrastBreak(k) || f.isPunct(k, ',') {
			to = k
			break
		}
	}
	found, year := f.habitualIn(from, to, start, end, bareMonth)
	if year {
		return false
	}
	if !found {
		// "Each year, the fair opens in June": an opening phrase.
		first := start
		for first > 0 && start-first < clauseReach && f.toks[first-1].sentence == s {
			first--
		}
		if first > 0 && f.toks[first-1].sentence == s {
			return false // the sentence starts too far back to look at
		}
		if c, ok := f.nextComma(first); ok && c < start && c-first <= 4 {
			found, year = f.habitualIn(first, c, start, end, bareMonth)
			found = found && !year
		}
	}
	return found
}

// habitualIn looks at tokens [from, to) outside [start, end) for a sign
// of recurrence (found) or a year that names one time (year).
func (f *finder) habitualIn(from, to, start, end int, bareMonth bool) (found, year bool) {
	for k := from; k < to; k++ {
		if k >= start && k < end {
			continue
		}
		if f.toks[k].kind == tokNumber {
			if _, ok := f.yearNumber(k); ok && f.lower(k-1) != "since" {
				return false, true
			}
			continue
		}
		if f.toks[k].kind != tokWord {
			continue
		}
		w := f.lower(k)
		switch {
		case w == "annually" || w == "yearly":
			found = true
		case habitualWords[w] && bareMonth && !(f.isWord(k+1) && attributionVerbs[f.lower(k+1)]):
			found = true
		case (w == "each" || w == "every" || w == "per") && f.isWord(k+1) && periodWords[f.lower(k+1)]:
			found = true
		case w == "a" && f.isWord(k+1) && f.lower(k+1) == "year" && f.isWord(k-1) && timesWords[f.lower(k-1)]:
			found = true // "twice a year"
		case (w == "this" || w == "last" || w == "next") && f.isWord(k+1) && f.lower(k+1) == "year":
			return false, true
		}
	}
	return found, false
}

// contrastBreak reports whether token k ends a clause for habitual: a
// dash, a semicolon or a word of contrast ("but", "although").
func (f *finder) contrastBreak(k int) bool {
	switch f.str(k) {
	case ";", "—", "–", "but", "But", "although", "though", "while", "whereas", "yet":
		return true
	}
	return false
}

// isTimes reports whether token k is "x" or "×" between two numbers.
func (f *finder) isTimes(k int) bool {
	s := f.str(k)
	return s == "x" || s == "X" || s == "×"
}

// earlyYear reports whether a number 1000-1799 at token i is a year: right
// after "in", "since" or "circa" and before a punctuation mark or the end
// of the sentence ("born in 1775, she"), not a count ("in 1500 homes").
func (f *finder) earlyYear(i int) bool {
	if !f.isWord(i-1) || !f.sameSentence(i-1, i) {
		return false
	}
	switch f.lower(i - 1) {
	case "in", "since", "circa":
	default:
		return false
	}
	if i+1 >= len(f.toks) || !f.sameSentence(i, i+1) {
		return true
	}
	if f.toks[i+1].kind != tokPunct {
		return false
	}
	switch f.str(i + 1) {
	case ",", ".", ";", ")", "—", "–", ":", "!", "?":
		return true
	}
	return false
}

// matchWeekday matches "Thursday", "last Thursday", "Thursday, June 28, 2018".
func (f *finder) matchWeekday(start, w int) int {
	wd := weekdays[f.str(w)]
	if end, ok := f.nthWeekdayOfMonth(w); ok {
		return end // "the first Sunday in April": a rule of the calendar, no one day
	}
	if f.isWord(w-1) && f.sameSentence(w-1, w) {
		if weekdayNamePrefixes[f.str(w-1)] {
			return start
		}
		switch f.lower(w - 1) {
		case "a", "an", "every", "each", "any", "another":
			return start // "on a Monday", "just another Tuesday": no particular day
		case "other", "second":
			if f.isWord(w-2) && f.lower(w-2) == "every" {
				return start // "plays every other Sunday"
			}
		}
		if f.isWord(w-2) && f.sameSentence(w-2, w) && dayAdjectives[f.lower(w-1)] && dayParts[f.lower(w+1)] {
			switch f.lower(w - 2) {
			case "a", "an", "one":
				return start // "on a sunny Friday morning": an unnamed day
			}
		}
	}
	if f.isWord(w+1) && f.sameSentence(w, w+1) && dayPartPlurals[f.str(w+1)] {
		return start // "Friday nights are for dancing", "on Sunday mornings": a recurring time
	}
	if f.isWord(w+1) && weekdayNameSuffixes[f.str(w+1)] && f.sameSentence(w, w+1) {
		return start
	}
	// "the Sunday Metropolitan section": after an article and before a
	// capitalized word (not a month), a weekday starts a name.
	if f.isWord(w-1) && f.sameSentence(w-1, w+1) && f.isWord(w+1) && isUpper(f.str(w + 1)[0]) {
		_, month := months[f.str(w+1)]
		_, abbr := monthAbbreviations[f.str(w+1)]
		if b := f.lower(w - 1); (b == "the" || b == "a") && !month && !abbr {
			return start
		}
	}
	// "Monday.com" is a name; a weekday alone on its line is a heading.
	if f.attached(w) && f.isPunct(w+1, '.') && f.attached(w+1) && f.isWord(w+2) {
		return start
	}
	if start == w && !f.sameSentence(w-1, w) && !f.sameSentence(w, w+1) {
		return start
	}
	// "Monday to Friday", "Mon–Fri": opening hours, a recurring span.
	if end, ok := f.weekdaySpan(w); ok {
		return end
	}
	// Three weekdays or more in a row are a list or a table header
	// ("Monday Tuesday Wednesday", "Tuesday, Wednesday and Thursday"), not
	// dates: skip the whole run.
	if end, n := f.weekdayRun(w); n >= 3 {
		return end
	}
	// "Thursday, June 28, 2018" and "Thursday June 28": the date decides.
	k := w + 1
	if f.isPunct(k, ',') {
		k++
	}
	if f.isWord(k) && f.sameSentence(w, k) {
		if _, ok := months[f.str(k)]; ok {
			if n := f.matchMonth(start, k); n > start {
				return n
			}
		} else if _, ok := monthAbbreviations[f.str(k)]; ok {
			if n := f.matchMonth(start, k); n > start {
				return n
			}
		}
	}
	if f.isNum(k) && f.sameSentence(w, k) {
		if n := f.matchDayMonth(k); n > k {
			// Extend the mention just added back to the weekday.
			m := &f.found[len(f.found)-1]
			m.Start = int(f.toks[start].start)
			m.Text = f.text[m.Start:m.End]
			return n
		}
	}
	of := 0
	if f.isWord(w+1) && f.lower(w+1) == "of" {
		of = 1 // "Tuesday of last week"
	}
	if start == w && f.isWord(w+1+of) && f.isWord(w+2+of) && f.sameSentence(w, w+2+of) && f.lower(w+2+of) == "week" {
		// "Friday next week", "Tuesday of last week": the day of that
		// week (weeks start on Monday).
		step, ok := 0, true
		switch f.lower(w + 1 + of) {
		case "next":
			step = 1
		case "last":
			step = -1
		case "this":
		default:
			ok = false
		}
		if ok {
			end := w + 3 + of
			if !f.hasAnchor {
				f.add(start, end, lede.Day, "", false)
				return end
			}
			monday := f.anchor.AddDate(0, 0, -((int(f.anchor.Weekday()) + 6) % 7))
			f.addDay(start, end, monday.AddDate(0, 0, 7*step+(int(wd)+6)%7))
			return end
		}
	}
	if start == w && f.isWord(w-2) && f.lower(w-2) == "this" && f.sameSentence(w-2, w) {
		// "this past Tuesday": the last one before publication day;
		// "this coming Tuesday": the first after it.
		if c := f.lower(w - 1); c == "past" || c == "coming" {
			if !f.hasAnchor {
				f.add(w-2, w+1, lede.Day, "", false)
				return w + 1
			}
			aw := int(f.anchor.Weekday())
			off := -((aw-int(wd)+6)%7 + 1)
			if c == "coming" {
				off = (int(wd)-aw+6)%7 + 1
			}
			f.addDay(w-2, w+1, f.anchor.AddDate(0, 0, off))
			f.found[len(f.found)-1].weekday = true
			f.hasDeictic = true
			return w + 1
		}
	}
	mod := tenseUnknown
	if (start == w || start == w-1) && f.isWord(w-1) && f.sameSentence(w-1, w) {
		switch f.lower(w - 1) {
		case "last":
			start, mod = w-1, tensePast
		case "next":
			start, mod = w-1, tenseFuture
		case "this":
			start = w - 1
		}
	}
	if !f.hasAnchor {
		f.add(start, w+1, lede.Day, "", false)
		return w + 1
	}
	ts := mod
	if ts == tenseUnknown {
		if ts = f.tense(start, w+1); ts == tenseModal {
			ts = tenseFuture // "would meet on Monday": the coming one
		}
		if f.scheduleLabel(w) {
			// "Rovers (5-2) at Wanderers (6-1), 1 p.m. Saturday: a
			// rematch of ...": a fixture's time and day ending its
			// label; what follows the colon is comment.
			ts = tenseFuture
		}
		if ts == tenseUnknown && (f.presentCopulaBefore(start) || f.clockTimeNear(w) || f.periodStart(start)) {
			// "the game is on Sunday", "Kickoff Saturday at 1 p.m.",
			// "Starting Monday, masks are required"
			ts = tenseFuture
		}
	}
	aw := f.anchor.Weekday()
	var off int
	if ts == tenseFuture {
		off = (int(wd) - int(aw) + 7) % 7
		if mod == tenseFuture && off == 0 {
			off = 7
		}
	} else {
		off = -((int(aw) - int(wd) + 7) % 7)
		if mod == tensePast && off > -2 {
			// "last Tuesday" is not today nor yesterday (news writes
			// "Tuesday" for those) but the one before, which also
			// absorbs a publication time in UTC a day ahead of the
			// writer's.
			off -= 7
		}
	}
	f.addDay(start, w+1, f.anchor.AddDate(0, 0, off))
	f.found[len(f.found)-1].weekday = true
	f.hasDeictic = true
	return w + 1
}

// nthWeekdayOfMonth reports whether the weekday at w is counted within a
// month ("the first Sunday in April", "the last Sunday of September",
// "the usual second Sunday in June"): a rule of the calendar that
// recurs, no one day. It returns the token after the month, or the month
// itself when a year follows ("the first Monday in May 2031" keeps "May
// 2031").
func (f *finder) nthWeekdayOfMonth(w int) (int, bool) {
	if !f.isWord(w-1) || !f.sameSentence(w-1, w+2) || !f.isWord(w+2) {
		return 0, false
	}
	switch f.lower(w - 1) {
	case "first", "second", "third", "fourth", "fifth", "last", "final":
	default:
		return 0, false
	}
	if p := f.lower(w + 1); p != "in" && p != "of" {
		return 0, false
	}
	if _, ok := months[f.str(w+2)]; !ok {
		return 0, false
	}
	if f.isNum(w+3) && len(f.str(w+3)) == 4 && f.sameSentence(w, w+3) {
		return w + 2, true
	}
	return w + 3, true
}

// clockTimeNear reports whether a time of day follows the weekday at w
// within four tokens ("Saturday at 7 p.m.", "Friday, 19:30", "Sunday
// noon"): with no tense cue, a line of a schedule, which looks ahead.
func (f *finder) clockTimeNear(w int) bool {
	for k := w + 1; k <= w+4 && k < len(f.toks) && f.sameSentence(w, k); k++ {
		switch {
		case f.isNum(k) && f.attached(k) && f.isPunct(k+1, ':') && f.isNum(k+2):
			return true // 19:30
		case f.isNum(k) && f.isWord(k+1):
			switch strings.ToLower(f.str(k + 1)) {
			case "am", "pm", "a", "p":
				return true // 7 pm, 7 p.m.
			}
		case f.isWord(k):
			switch f.lower(k) {
			case "noon", "midnight":
				return true
			}
		}
	}
	return false
}

// scheduleLabel reports whether the weekday at w, right after a time of
// day, ends a label before a colon ("7:30 p.m. Friday:", "1 p.m.
// Saturday:"): a line of a schedule or a preview, which looks ahead.
func (f *finder) scheduleLabel(w int) bool {
	if !f.isPunct(w+1, ':') || !f.attached(w) {
		return false
	}
	for k := w - 1; k >= 0 && k >= w-5; k-- {
		if f.isNum(k) && f.isWord(k+1) {
			switch strings.ToLower(f.str(k + 1)) {
			case "am", "pm", "a", "p":
				return true // 1 p.m. Saturday
			}
			return false
		}
		if f.isWord(k) && k < w-1 {
			switch f.lower(k) {
			case "noon", "midnight":
				return true
			}
		}
	}
	return false
}

// weekdaySpan reports whether the weekday at w opens a span of weekdays
// ("Monday to Friday", "Monday–Friday", "Monday through Saturday"; not
// "from Tuesday to Friday", a move or a stay) and returns the token after
// it.
func (f *finder) weekdaySpan(w int) (int, bool) {
	k := w + 1
	switch {
	case f.isWord(k) && f.lower(k) == "to" && f.isWord(w-1) && f.lower(w-1) == "from":
		return 0, false // "moved from Tuesday to Friday": two days
	case f.isWord(k) && (f.lower(k) == "to" || f.lower(k) == "through" || f.lower(k) == "thru" || f.lower(k) == "till"):
	case f.isPunct(k, '-') || f.str(k) == "–" || f.str(k) == "—":
	default:
		return 0, false
	}
	if !f.isWord(k+1) || !f.sameSentence(w, k+1) {
		return 0, false
	}
	if _, ok := weekdays[f.str(k+1)]; !ok {
		return 0, false
	}
	return k + 2, true
}

// weekdayRun counts the weekdays in a row from token w, separated by at
// most a comma, a bar, a slash, a dash or "and"/"or" (a table row may span
// lines), and returns the token after the last one.
func (f *finder) weekdayRun(w int) (end, n int) {
	end = w
	for i := w; f.isWord(i); {
		if _, ok := weekdays[f.str(i)]; !ok {
			break
		}
		n++
		end = i + 1
		i++
		if f.isPunct(i, ',') || f.isPunct(i, '|') || f.isPunct(i, '/') || f.isPunct(i, '-') ||
			f.isWord(i) && (f.lower(i) == "and" || f.lower(i) == "or") {
			i++
		}
	}
	return end, n
}

// matchModified matches "this month", "last year", "next month" (and
// "earlier this month" when start is before the modifier), or a month or
// weekday after "last", "next" or "this".
func (f *finder) matchModified(mod, start int) int {
	k := mod + 1
	if !f.isWord(k) || !f.sameSentence(mod, k) {
		return start
	}
	w := f.str(k)
	if _, ok := months[w]; ok && start == mod {
		return f.matchMonth(start, k)
	}
	if _, ok := weekdays[w]; ok && start == mod {
		return f.matchWeekday(start, k)
	}
	var g lede.Granularity
	switch f.lower(k) {
	case "month", "year":
		g = lede.Month
		if f.lower(k) == "year" {
			g = lede.Year
		}
		// "her last year of school": her final one, no calendar year.
		if f.isWord(mod-1) && f.sameSentence(mod-1, mod) && possessives[f.lower(mod-1)] {
			return start
		}
		// "in the last year", "over the next month": the twelve months
		// (or weeks) up to or from now, a period and no calendar year.
		if f.lower(mod) != "this" && f.lower(mod-1) == "the" && f.stretchOfTime(mod-1, k+1) {
			return start
		}
	case "morning", "afternoon", "evening", "night":
		// "this morning" is the publication day, "last night" the day before.
		off := 0
		switch f.lower(mod) {
		case "this":
			if f.lower(k) == "night" {
				return start
			}
		case "last":
			if f.lower(k) != "night" {
				return start
			}
			off = -1
		default:
			return start
		}
		if start != mod {
			return start // in "earlier this morning" the mention is "this morning"
		}
		if !f.hasAnchor {
			f.add(start, k+1, lede.Day, "", false)
			return k + 1
		}
		f.addDay(start, k+1, f.anchor.AddDate(0, 0, off))
		f.found[len(f.found)-1].deictic = true
		f.hasDeictic = true
		return k + 1
	default:
		return start
	}
	// Not "this year-long".
	if f.attached(k) && f.isPunct(k+1, '-') {
		return start
	}
	if !f.hasAnchor {
		f.add(start, k+1, g, "", false)
		return k + 1
	}
	step := 0
	switch f.lower(mod) {
	case "last":
		step = -1
	case "next":
		step = 1
	}
	var v string
	if g == lede.Month {
		t := time.Date(f.anchor.Year(), f.anchor.Month()+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
		v = monthValue(t.Year(), t.Month())
	} else {
		v = strconv.Itoa(f.anchor.Year() + step)
	}
	f.add(start, k+1, g, v, true)
	return k + 1
}

// matchDeictic matches "today", "tonight", "yesterday", "tomorrow".
func (f *finder) matchDeictic(i int) int {
	w := f.str(i)
	// A capitalized "Today" inside a sentence is a name ("USA Today").
	if isUpper(w[0]) && !f.startsSentence(i) {
		return i
	}
	off := 0
	switch f.lower(i) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	}
	if f.genericDay(i) || off <= 0 && f.nowadays(i) {
		return i + 1 // "shoes today come in many colours": no day
	}
	if !f.hasAnchor {
		f.add(i, i+1, lede.Day, "", false)
		return i + 1
	}
	f.addDay(i, i+1, f.anchor.AddDate(0, 0, off))
	f.found[len(f.found)-1].deictic = true
	f.hasDeictic = true
	return i + 1
}

// nowadays reports whether "today" or "yesterday" at token i means the
// present age or the past in general rather than a day: in an article
// written in the present tense of features and explainers (its
// attributions are "says" at least as often as "said"), in a clause with no
// past, future or modal cue and no progressive verb ("shoes today come in
// many colours", "new models avoid yesterday's mistakes"). News, written
// around "said", keeps every "today" a day ("the trial begins today"), and
// so does a clause in the past, future or progressive ("was sold today",
// "is meeting today").
func (f *finder) nowadays(i int) bool {
	if !f.presentTenseArticle() || f.tense(i, i+1) != tenseUnknown {
		return false
	}
	// "as of today", "starting today", "today only": a day.
	asOf := f.isWord(i-2) && f.lower(i-2) == "as" && f.isWord(i-1) && f.lower(i-1) == "of"
	if asOf || f.isWord(i-1) && dayPrepositions[f.lower(i-1)] || f.isWord(i+1) && f.lower(i+1) == "only" {
		return false
	}
	// A possessive ("today's runners", "today's deal") was judged by
	// genericDay, in any article.
	if f.apostrophe(i + 1) { // ' or ’, not a dash
		return false
	}
	s := f.toks[i].sentence
	for k := max(i-8, 0); k < len(f.toks) && k <= i+8; k++ {
		if f.toks[k].sentence != s || !f.isWord(k) {
			continue
		}
		w := f.lower(k)
		if len(w) > 4 && strings.HasSuffix(w, "ing") && f.isWord(k-1) && beForms[f.lower(k-1)] {
			return false
		}
		if eventVerbs[w] {
			return false // "the service launches today"
		}
	}
	return true
}

// dayPrepositions before "today" make it a day of the calendar.
var dayPrepositions = map[string]bool{
	"starting": true, "beginning": true, "from": true, "until": true, "till": true, "through": true,
	"since": true, "effective": true,
}

// eventVerbs, in the present tense, announce something that happens on the
// day ("launches today", "airs today", "goes on sale today").
var eventVerbs = map[string]bool{
	"launch": true, "launches": true, "air": true, "airs": true, "open": true, "opens": true, "begin": true,
	"begins": true, "start": true, "starts": true, "arrive": true, "arrives": true, "debut": true, "debuts": true,
	"release": true, "releases": true, "end": true, "ends": true, "kick": true, "kicks": true, "premiere": true,
	"premieres": true, "ship": true, "ships": true, "unveil": true, "unveils": true, "announce": true,
	"announces": true, "close": true, "closes": true, "expire": true, "expires": true, "live": true, "sale": true,
}

// beForms are the forms of "be" that make a progressive before an -ing
// word ("is meeting", "we're having").
var beForms = map[string]bool{
	"is": true, "are": true, "am": true, "was": true, "were": true, "be": true, "been": true,
	"it's": true, "we're": true, "they're": true, "you're": true, "i'm": true, "he's": true, "she's": true,
	"it’s": true, "we’re": true, "they’re": true, "you’re": true, "i’m": true, "he’s": true, "she’s": true,
}

// presentTenseArticle reports whether the text attributes in the present
// tense ("says") at least as often as in the past ("said"); counted once.
func (f *finder) presentTenseArticle() bool {
	if f.style == styleUnknown {
		said, says := 0, 0
		for k := range f.toks {
			if !f.isWord(k) {
				continue
			}
			switch f.lower(k) {
			case "said":
				said++
			case "says":
				says++
			}
		}
		f.style = styleNews
		if says >= said {
			f.style = styleFeature
		}
	}
	return f.style == styleFeature
}

// matchTheDay matches "the day before/after", "the next day", "the
// following day", "the previous day".
func (f *finder) matchTheDay(i int) int {
	a, b := f.lower(i+1), f.lower(i+2)
	if !f.isWord(i+1) || !f.isWord(i+2) || !f.sameSentence(i, i+2) {
		return i
	}
	switch {
	case a == "day" && (b == "after" || b == "before"):
		n := 1
		if b == "before" {
			n = -1
		}
		f.addRelative(i, i+3, n, unitDay)
		return i + 3
	case b == "day" && (a == "next" || a == "following"):
		f.addShift(i, i+3, 1, unitDay)
		return i + 3
	case b == "day" && a == "previous":
		f.addShift(i, i+3, -1, unitDay)
		return i + 3
	case b == "day" && a == "same":
		f.addShift(i, i+3, 0, unitDay) // "signed it the same day"
		return i + 3
	case b == "morning" && (a == "next" || a == "following"):
		f.addShift(i, i+3, 1, unitDay) // "the next morning"
		return i + 3
	case (b == "year" || b == "month") && (a == "next" || a == "following" || a == "previous"):
		// "in 2019, up on the previous year", "the following
		// month": a step from the date just named; "in the next year",
		// "over the following month" are rolling periods.
		if f.stretchOfTime(i, i+3) {
			return i
		}
		n := 1
		if a == "previous" {
			n = -1
		}
		u := unitYear
		if b == "month" {
			u = unitMonth
		}
		f.addShift(i, i+3, n, u)
		f.found[len(f.found)-1].calendar = true
		return i + 3
	}
	return i
}

// stretchOfTime reports whether "the next year" (or month), from "the" at
// token the to token end, is a rolling period or a stretch of time rather
// than a calendar one: after "in", "over", "during", "for", "within",
// "throughout" or a verb of spending time ("spending the next year in
// court"), or before "and a half", "or two", "or so" ("the next year and a
// half").
func (f *finder) stretchOfTime(the, end int) bool {
	if f.isWord(the-1) && f.sameSentence(the-1, the) {
		switch f.lower(the - 1) {
		case "in", "over", "during", "for", "within", "throughout", "spend", "spends", "spent", "spending":
			return true
		}
	}
	if c := f.lower(end); f.isWord(end) && f.sameSentence(the, end) && (c == "and" || c == "or") && f.isWord(end+1) {
		switch f.lower(end + 1) {
		case "a", "two", "so", "more", "beyond":
			return true
		}
	}
	return false
}

// matchRelativeCount matches "two days ago", "a day after", "three weeks
// later", "a year earlier".
func (f *finder) matchRelativeCount(i int) int {
	var n int
	if f.isNum(i) {
		if len(f.str(i)) > 3 {
			return i
		}
		n, _ = strconv.Atoi(f.str(i))
	} else {
		n = numberWords[f.str(i)]
	}
	start := i
	if f.isPunct(i-1, '-') && f.attached(i-2) && f.attached(i-1) && (f.isWord(i-2) || f.isNum(i-2)) {
		return i // the end of a compound ("forty-two" read from "two")
	}
	if f.isWord(i) && f.isPunct(i+1, '-') && f.attached(i) && f.attached(i+1) && f.isWord(i+2) {
		// "seventy-two": tens and units joined by a hyphen.
		if tens, ok := tensWords[f.lower(i)]; ok {
			if u := numberWords[f.str(i+2)]; u > 0 && u < 10 && f.str(i+2) != "a" && f.str(i+2) != "an" {
				n, i = tens+u, i+2
			}
		}
	} else if tens, ok := tensWords[f.lower(i)]; ok {
		n = tens
	}
	if n <= 0 || !f.isWord(i+1) || !f.isWord(i+2) || !f.sameSentence(i, i+2) {
		return start
	}
	if n == 1 && f.isWord(start-1) && (timesWords[f.lower(start-1)] || f.lower(start-1) == "per") {
		return start // "three times a day before bed": a rate
	}
	u, ok := units[f.lower(i+1)]
	if !ok {
		if d := f.lower(i + 1); (d == "decade" || d == "decades") && (n == 1) == (d == "decade") &&
			f.lower(i+2) == "ago" && f.hasAnchor && !f.approximate(start) {
			// "a decade ago": ten years back from publication; decades
			// counted from another date, or hedged, are too loose.
			f.addStep(start, i+3, f.anchor, -10*n, unitYear)
			return i + 3
		}
		return start
	}
	if (n == 1) != (f.lower(i+1) == "day" || f.lower(i+1) == "week" || f.lower(i+1) == "month" || f.lower(i+1) == "year") {
		return start // "a days", "two day"
	}
	switch f.lower(i + 2) {
	case "ago", "after", "before", "later", "earlier":
		if f.lower(i+2) != "ago" && f.lower(i+2) != "after" && f.lower(i+2) != "before" && f.opensPeriod(i+3) {
			break // "for a day earlier this month": below
		}
		// "2 to 14 days after exposure", "three or four weeks later": a
		// range of counts; "usually appear a week after": a habit. No
		// particular date.
		if f.countRange(start) || f.lower(i+2) != "ago" && f.habitual(start, i+3, true) {
			return start
		}
		// "barely a week ago", "less than three months after": an
		// approximate count of days, weeks or months names no
		// particular day or month (years stay: "nearly a year ago").
		if u != unitYear && f.approximate(start) {
			return start
		}
		// "more than 30 years ago", "a little over a year ago": a
		// bound, not a year (a count held close keeps it: "nearly a
		// year ago").
		if u == unitYear && f.lowerBound(start) {
			return start
		}
		// "lasted 20 years before failing", "for two days after
		// the storm": a duration, not a date.
		if f.lower(i+2) != "ago" && f.isWord(start-1) && f.sameSentence(start-1, start) && durationWords[f.lower(start-1)] {
			return start
		}
	}
	switch f.lower(i + 2) {
	case "ago":
		if !f.hasAnchor {
			f.add(start, i+3, granularityOf(u), "", false)
			return i + 3
		}
		f.addStep(start, i+3, f.anchor, -n, u)
		return i + 3
	case "after", "before":
		s := n
		if f.lower(i+2) == "before" {
			s = -n
		}
		f.addRelative(start, i+3, s, u)
		return i + 3
	case "later", "earlier":
		if f.isWord(i+3) && f.lower(i+3) == "than" && f.sameSentence(i+2, i+3) {
			return start // "two days later than planned": a delay, not a date
		}
		if f.opensPeriod(i + 3) {
			return start // "for a day earlier this month": the period is the date
		}
		if f.lower(i+2) == "earlier" {
			n = -n
		}
		f.addShift(start, i+3, n, u)
		return i + 3
	}
	return start
}

// countRange reports whether the count at token i ends a range of counts
// ("2 to 14 days", "3-5 days", "two or three weeks").
func (f *finder) countRange(i int) bool {
	p := i - 1
	if !f.sameSentence(p, i) {
		return false
	}
	switch {
	case f.isWord(p) && (f.lower(p) == "to" || f.lower(p) == "or"):
	case f.isPunct(p, '-') || f.str(p) == "–":
	default:
		return false
	}
	return f.isNum(p-1) || f.isWord(p-1) && numberWords[f.str(p-1)] > 1
}

// approximate reports whether the count at token i is hedged ("barely a
// week ago", "less than three months after", "a little over two weeks").
func (f *finder) approximate(i int) bool {
	if !f.isWord(i-1) || !f.sameSentence(i-1, i) {
		return false
	}
	switch f.lower(i - 1) {
	case "barely", "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
		"under", "circa", "nigh", "maybe", "perhaps":
		return true
	case "than":
		switch f.lower(i - 2) {
		case "more", "less", "fewer":
			return true
		}
	case "least": // "at least"
		return f.lower(i-2) == "at"
	case "within":
		return true
	case "to": // "up to"
		return f.lower(i-2) == "up"
	}
	return false
}

// lowerBound reports whether the count at token i is only a lower bound
// ("more than", "over", "at least", "upwards of").
func (f *finder) lowerBound(i int) bool {
	if !f.isWord(i-1) || !f.sameSentence(i-1, i) {
		return false
	}
	switch f.lower(i - 1) {
	case "over":
		// Not a particle: "took over 10 years ago", "handed over".
		return !(f.isWord(i-2) && overParticleVerbs[f.str(i-2)])
	case "than":
		return f.lower(i-2) == "more"
	case "least":
		return f.lower(i-2) == "at"
	case "of":
		return f.str(i-2) == "upwards"
	}
	return false
}

// opensPeriod reports whether tokens k, k+1 are "this/last/next" and a
// unit of time ("this month"), which "earlier"/"later" before them modify.
func (f *finder) opensPeriod(k int) bool {
	if !f.isWord(k) || !f.isWord(k+1) || !f.sameSentence(k, k+1) {
		return false
	}
	switch f.lower(k) {
	case "this", "last", "next":
		_, ok := units[f.lower(k+1)]
		return ok
	}
	return false
}

// deadlineWords before a day name the end of a time ("until July 28").
var deadlineWords = map[string]bool{"until": true, "till": true, "through": true, "thru": true}
