// Package datetext finds and parses absolute date and time expressions in
// free text ("June 28, 2018, 8:30 AM ET", "28 June 2018", "2018-06-28T08:30Z",
// "Thu 5 Mar 2020 17:32 GMT", "5:32 PM ET, Thu March 5, 2020"), resolving
// zone abbreviations with daylight saving time from the tz database ("ET" in
// June is -04:00).
//
// An expression must name a day: a month and a year alone ("June 2018") are
// not found. Two-digit years are rejected unless a weekday makes the century
// unambiguous ("Thu, 28-Jun-18"); numeric dates such as 06/07/2018 are
// rejected when day and month could be swapped.
//
// It does not resolve relative expressions ("5 hours ago", "last Tuesday")
// against an anchor date (package understand/dates does that), and it uses no
// regular expressions: one left-to-right pass over the bytes.
package datetext

import (
	"time"
	_ "time/tzdata" // zone rules for ET, PT, ... without relying on the host
	"unicode"
	"unicode/utf8"
)

// Found is a date expression found in text.
type Found struct {
	Time    time.Time // in the stated zone; UTC when no zone was stated
	HasTime bool      // a time of day was stated
	HasZone bool      // a zone or offset was stated
	Start   int       // byte offsets of the expression in the searched text
	End     int
}

// String renders the date by lede's Article rule: RFC 3339 with the zone when
// time and zone are known, otherwise the bare day (YYYY-MM-DD).
func (f Found) String() string {
	if f.HasTime && f.HasZone {
		return f.Time.Format(time.RFC3339)
	}
	return f.Time.Format("2006-01-02")
}

// Day returns the date's day as YYYY-MM-DD, in the stated zone.
func (f Found) Day() string { return f.Time.Format("2006-01-02") }

// Find returns the first absolute date expression in s.
func Find(s string) (Found, bool) {
	for i := 0; i < len(s); i++ {
		if !startsWord(s, i) {
			continue
		}
		if f, ok := parseAt(s, i); ok {
			return f, true
		}
	}
	return Found{}, false
}

// FindAll returns every absolute date expression in s, in order, without
// overlaps.
func FindAll(s string) []Found {
	var out []Found
	for i := 0; i < len(s); i++ {
		if !startsWord(s, i) {
			continue
		}
		if f, ok := parseAt(s, i); ok {
			out = append(out, f)
			i = f.End - 1
		}
	}
	return out
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// startsWord reports whether a digit or an ASCII letter at s[i] begins a word.
func startsWord(s string, i int) bool {
	c := s[i]
	if !isDigit(c) && !isLetter(c) {
		return false
	}
	if i == 0 {
		return true
	}
	p := s[i-1]
	if c >= 'A' && c <= 'Z' && p >= 'a' && p <= 'z' {
		return true // words glued by a flattened layout: "By Ben WeissDecember 7, 2025"
	}
	if p < 0x80 {
		return !isDigit(p) && !isLetter(p)
	}
	// After a non-ASCII character: a word starts after a space or a mark
	// ("Published\u00a0Apr 26", "Name•Oct 20, 2025"), not inside a word
	// ("é2020").
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// draft is a date being assembled.
type draft struct {
	year, month, day     int
	hour, minute, second int
	nsec                 int
	hasTime              bool
	zone                 zoneSpec
	hasZone              bool
	weekday              int // 0 none, else time.Weekday+1
	twoDigitYear         bool
}

// parseAt tries to read a date expression beginning at s[i].
func parseAt(s string, i int) (Found, bool) {
	var d draft
	start := i
	p := i
	// A time may come first: "5:32 PM ET, Thu March 5, 2020".
	timeFirst := false
	if isDigit(s[p]) {
		if q, ok := d.readTime(s, p, true); ok {
			q2 := skipSeparators(s, q)
			if q3, ok := d.readDateWithWeekday(s, q2); ok {
				timeFirst = true
				p = q3
			} else {
				d = draft{}
			}
		}
	}
	if !timeFirst {
		q, ok := d.readDateWithWeekday(s, p)
		if !ok {
			return Found{}, false
		}
		p = q
		if !d.hasTime {
			if q2, ok := d.readTime(s, skipSeparators(s, p), false); ok {
				p = q2
			}
		}
		// ANSIC-like "Thu Jun 28 08:30:00 EDT 2018": year after the time.
		if d.year == 0 && d.hasTime {
			if y, q2, ok := readYear(s, skipSpaces(s, p)); ok {
				d.year = y
				p = q2
			}
		}
	}
	if d.year == 0 {
		return Found{}, false
	}
	if d.twoDigitYear && !d.resolveCentury() {
		return Found{}, false
	}
	t, ok := d.build()
	if !ok {
		return Found{}, false
	}
	return Found{Time: t, HasTime: d.hasTime, HasZone: d.hasZone, Start: start, End: p}, true
}

// readDateWithWeekday reads an optional weekday, then a date.
func (d *draft) readDateWithWeekday(s string, p int) (int, bool) {
	if p < len(s) && isLetter(s[p]) {
		w, n := readWord(s, p)
		if wd, ok := lookupWeekday(w); ok {
			q := p + n
			if q < len(s) && s[q] == '.' {
				q++
			}
			q = skipSpaces(s, q)
			if q < len(s) && s[q] == ',' {
				q++
			}
			q = skipSpaces(s, q)
			if q2, ok := d.readDate(s, q); ok {
				d.weekday = int(wd) + 1
				return q2, true
			}
			return 0, false
		}
	}
	return d.readDate(s, p)
}

// readDate reads the date core at s[p]: "June 28, 2018", "28 June 2018",
// "2018-06-28[T08:30Z]", "28/06/2018", "28-Jun-18".
func (d *draft) readDate(s string, p int) (int, bool) {
	if p >= len(s) {
		return 0, false
	}
	if isLetter(s[p]) {
		return d.readMonthFirst(s, p)
	}
	if !isDigit(s[p]) {
		return 0, false
	}
	n, nd, q := readNumber(s, p)
	if nd == 4 && q < len(s) && (s[q] == '-' || s[q] == '/' || s[q] == '.') {
		return d.readISO(s, p)
	}
	if nd > 2 || n < 1 {
		return 0, false
	}
	// Numeric day-month-year or month-day-year.
	if q < len(s) && (s[q] == '/' || s[q] == '.' || s[q] == '-') {
		sep := s[q]
		if q+1 < len(s) && isDigit(s[q+1]) {
			return d.readNumeric(s, n, q, sep)
		}
		if sep == '-' && q+1 < len(s) && isLetter(s[q+1]) {
			// "28-Jun-2018"
			return d.readDayMonth(s, n, q+1, '-')
		}
		return 0, false
	}
	// "28 June 2018", "28th June 2018", "28th of June, 2018"
	q = skipOrdinal(s, q)
	q2 := skipSpaces(s, q)
	if q2 == q {
		return 0, false
	}
	q = q2
	if w, n2 := readWord(s, q); n2 == 2 && lower2(w) == "of" {
		q = skipSpaces(s, q+n2)
	}
	return d.readDayMonth(s, n, q, ' ')
}

// readDayMonth reads the month and year after a day number.
func (d *draft) readDayMonth(s string, day, p int, sep byte) (int, bool) {
	w, n := readWord(s, p)
	m, ok := lookupMonth(w)
	if !ok {
		return 0, false
	}
	q := p + n
	if q < len(s) && s[q] == '.' {
		q++
	}
	if sep == '-' {
		if q >= len(s) || s[q] != '-' {
			return 0, false
		}
		q++
	} else {
		q = skipSpaces(s, q)
		if q < len(s) && s[q] == ',' {
			q = skipSpaces(s, q+1)
		}
	}
	y, q2, ok := readYearOrShort(s, q, d)
	if !ok {
		return 0, false
	}
	d.day, d.month, d.year = day, m, y
	return q2, true
}

// readMonthFirst reads "June 28, 2018", "Jun. 28th 2018", "Sept 5 2020".
func (d *draft) readMonthFirst(s string, p int) (int, bool) {
	w, n := readWord(s, p)
	m, ok := lookupMonth(w)
	if !ok {
		return 0, false
	}
	q := p + n
	if q < len(s) && s[q] == '.' {
		q++
	}
	q2 := skipSpaces(s, q)
	if q2 == q && !(q < len(s) && s[q] == '-') {
		return 0, false
	}
	q = q2
	day, nd, q := readNumber(s, q)
	if nd < 1 || nd > 2 || day < 1 {
		return 0, false
	}
	q = skipOrdinal(s, q)
	if q < len(s) && isLetter(s[q]) {
		return 0, false
	}
	d.month, d.day = m, day
	r := skipSpaces(s, q)
	if r < len(s) && s[r] == ',' {
		r = skipSpaces(s, r+1)
	}
	if y, q3, ok := readYear(s, r); ok {
		d.year = y
		return q3, true
	}
	// The year may follow a time of day ("Jun 28 08:30:00 EDT 2018"):
	// the caller reads it.
	return q, true
}

// readISO reads "2018-06-28", "2018/06/28", "2018-06-28T08:30:00.000+02:00",
// "2018-06-28 08:30:00Z".
func (d *draft) readISO(s string, p int) (int, bool) {
	y, _, q := readNumber(s, p)
	sep := s[q]
	m, nm, q := readNumber(s, q+1)
	if nm < 1 || nm > 2 || q >= len(s) || s[q] != sep {
		return 0, false
	}
	day, nd, q := readNumber(s, q+1)
	if nd < 1 || nd > 2 {
		return 0, false
	}
	if y < 1000 || y > 2999 || (q < len(s) && (isDigit(s[q]) || (isLetter(s[q]) && s[q] != 'T'))) {
		return 0, false
	}
	d.year, d.month, d.day = y, m, day
	if q+1 < len(s) && (s[q] == 'T' || s[q] == ' ') && isDigit(s[q+1]) {
		if q2, ok := d.readTime(s, q+1, false); ok {
			return q2, true
		}
	}
	return q, true
}

// readNumeric reads "28/06/2018" or "6/28/2018" after the first number.
func (d *draft) readNumeric(s string, first, q int, sep byte) (int, bool) {
	second, n2, q := readNumber(s, q+1)
	if n2 < 1 || n2 > 2 || q >= len(s) || s[q] != sep || q+1 >= len(s) || !isDigit(s[q+1]) {
		return 0, false
	}
	y, ny, q := readNumber(s, q+1)
	if ny != 4 || y < 1000 || y > 2999 || (q < len(s) && (isDigit(s[q]) || s[q] == sep)) {
		return 0, false
	}
	switch {
	case first > 12 && second <= 12:
		d.day, d.month = first, second
	case second > 12 && first <= 12:
		d.day, d.month = second, first
	case first == second && first <= 12:
		d.day, d.month = first, first
	default:
		return 0, false // ambiguous or impossible
	}
	d.year = y
	return q, true
}

// readTime reads "8:30", "08:30:00.123", "8:30 AM", "8:30 a.m.", "8 pm",
// each with an optional zone. When mustZoneOrMeridiem is set (a time before
// the date), a bare "8:30" still counts.
func (d *draft) readTime(s string, p int, before bool) (int, bool) {
	h, nh, q := readNumber(s, p)
	if nh < 1 || nh > 2 || h > 24 {
		return 0, false
	}
	mi, sec, nsec := 0, 0, 0
	hasColon := false
	if q+1 < len(s) && (s[q] == ':' || (s[q] == '.' && before)) && isDigit(s[q+1]) {
		var nm int
		mi, nm, q = readNumber(s, q+1)
		if nm != 2 || mi > 59 {
			return 0, false
		}
		hasColon = true
		if q+1 < len(s) && s[q] == ':' && isDigit(s[q+1]) {
			var ns int
			sec, ns, q = readNumber(s, q+1)
			if ns != 2 || sec > 60 {
				return 0, false
			}
			if q+1 < len(s) && (s[q] == '.' || s[q] == ',') && isDigit(s[q+1]) {
				r := q + 1
				scale := 100000000
				for r < len(s) && isDigit(s[r]) {
					nsec += int(s[r]-'0') * scale
					scale /= 10
					r++
				}
				q = r
			}
		}
	}
	r := skipSpaces(s, q)
	if mer, n := readMeridiem(s, r); n > 0 {
		if h < 1 || h > 12 {
			return 0, false
		}
		if mer == 'p' && h != 12 {
			h += 12
		} else if mer == 'a' && h == 12 {
			h = 0
		}
		q = r + n
	} else if !hasColon {
		return 0, false
	}
	if q < len(s) && (isLetter(s[q]) || isDigit(s[q])) && !(s[q] == 'Z' || s[q] == 'z') {
		// "8:30am" handled above; "8:30x" is not a time, but "08:30Z" is.
		if !(q > 0 && s[q-1] == ' ') {
			return 0, false
		}
	}
	if h == 24 && (mi != 0 || sec != 0) {
		return 0, false
	}
	d.hour, d.minute, d.second, d.nsec, d.hasTime = h, mi, sec, nsec, true
	if zq, z, ok := readZone(s, q); ok {
		d.zone, d.hasZone = z, true
		q = zq
	}
	return q, true
}

// readMeridiem reads "AM", "pm", "a.m.", "P.M." at s[p]; it returns 'a' or
// 'p' and the bytes read.
func readMeridiem(s string, p int) (byte, int) {
	if p >= len(s) {
		return 0, 0
	}
	c := s[p] | 0x20
	if c != 'a' && c != 'p' {
		return 0, 0
	}
	q := p + 1
	if q < len(s) && s[q] == '.' {
		q++
	}
	if q >= len(s) || s[q]|0x20 != 'm' {
		return 0, 0
	}
	q++
	if q < len(s) && s[q] == '.' {
		q++
	}
	if q < len(s) && (isLetter(s[q]) || isDigit(s[q])) {
		return 0, 0
	}
	return c, q - p
}

// readYear reads a four-digit year at s[p].
func readYear(s string, p int) (int, int, bool) {
	y, n, q := readNumber(s, p)
	if n != 4 || y < 1000 || y > 2999 {
		return 0, 0, false
	}
	if q < len(s) && ((isLetter(s[q]) && !(s[q] >= 'A' && s[q] <= 'Z')) || (s[q] == ':') || (q+1 < len(s) && (s[q] == '-' || s[q] == '/') && isDigit(s[q+1]))) {
		// A capital letter may follow: words glued by a flattened
		// layout ("June 29, 2020November 12, 2021").
		return 0, 0, false
	}
	return y, q, true
}

// readYearOrShort reads a four-digit year, or a two-digit one that the
// caller must disambiguate with a weekday.
func readYearOrShort(s string, p int, d *draft) (int, int, bool) {
	if y, q, ok := readYear(s, p); ok {
		return y, q, true
	}
	y, n, q := readNumber(s, p)
	if n != 2 || (q < len(s) && (isLetter(s[q]) || s[q] == ':' || isDigit(s[q]))) {
		return 0, 0, false
	}
	d.twoDigitYear = true
	return 2000 + y, q, true
}

// resolveCentury keeps a two-digit year when the stated weekday matches the
// date in exactly one of the 1900s and 2000s.
func (d *draft) resolveCentury() bool {
	if d.weekday == 0 {
		return false
	}
	want := time.Weekday(d.weekday - 1)
	yy := d.year % 100
	in20 := time.Date(2000+yy, time.Month(d.month), d.day, 12, 0, 0, 0, time.UTC).Weekday() == want
	in19 := time.Date(1900+yy, time.Month(d.month), d.day, 12, 0, 0, 0, time.UTC).Weekday() == want
	switch {
	case in20 && !in19:
		d.year = 2000 + yy
	case in19 && !in20:
		d.year = 1900 + yy
	default:
		return false
	}
	return true
}

// build checks the fields and makes the time.
func (d *draft) build() (time.Time, bool) {
	if d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(d.year, d.month) {
		return time.Time{}, false
	}
	loc := time.UTC
	if d.hasZone {
		loc = d.zone.location()
	}
	t := time.Date(d.year, time.Month(d.month), d.day, d.hour, d.minute, d.second, d.nsec, loc)
	return t, true
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// readNumber reads a run of up to 9 digits at s[p]: its value, its length
// and the position after it.
func readNumber(s string, p int) (int, int, int) {
	v, n := 0, 0
	for p < len(s) && isDigit(s[p]) {
		if n < 9 {
			v = v*10 + int(s[p]-'0')
		}
		n++
		p++
	}
	return v, n, p
}

// readWord returns the ASCII letter run at s[p] and its length.
func readWord(s string, p int) (string, int) {
	q := p
	for q < len(s) && isLetter(s[q]) {
		q++
	}
	return s[p:q], q - p
}

func skipSpaces(s string, p int) int {
	for p < len(s) {
		switch {
		case s[p] == ' ' || s[p] == '\t':
			p++
		case s[p] == 0xc2 && p+1 < len(s) && s[p+1] == 0xa0: // no-break space
			p += 2
		default:
			return p
		}
	}
	return p
}

// skipOrdinal skips "st", "nd", "rd", "th" right after a day number.
func skipOrdinal(s string, p int) int {
	if p+2 <= len(s) {
		switch lower2(s[p : p+2]) {
		case "st", "nd", "rd", "th":
			if p+2 == len(s) || !isLetter(s[p+2]) {
				return p + 2
			}
		}
	}
	return p
}

// skipSeparators skips what sits between a date and its time: spaces,
// commas, "at", "-", "|", "•", "·", "/", "@".
func skipSeparators(s string, p int) int {
	for k := 0; k < 4; k++ {
		p = skipSpaces(s, p)
		if p >= len(s) {
			return p
		}
		switch {
		case s[p] == ',' || s[p] == '-' || s[p] == '|' || s[p] == '/' || s[p] == '@':
			p++
		case s[p] == 'a' && p+2 < len(s) && s[p+1] == 't' && s[p+2] == ' ':
			p += 2
		case hasPrefixAt(s, p, "•"), hasPrefixAt(s, p, "–"), hasPrefixAt(s, p, "—"):
			p += 3
		case hasPrefixAt(s, p, "·"):
			p += 2
		default:
			return p
		}
	}
	return p
}

func hasPrefixAt(s string, p int, prefix string) bool {
	return len(s)-p >= len(prefix) && s[p:p+len(prefix)] == prefix
}

// lower2 lower-cases a two-byte ASCII string without allocating for the
// common cases.
func lower2(w string) string {
	if len(w) != 2 {
		return ""
	}
	switch {
	case w[0]|0x20 == 's' && w[1]|0x20 == 't':
		return "st"
	case w[0]|0x20 == 'n' && w[1]|0x20 == 'd':
		return "nd"
	case w[0]|0x20 == 'r' && w[1]|0x20 == 'd':
		return "rd"
	case w[0]|0x20 == 't' && w[1]|0x20 == 'h':
		return "th"
	case w[0]|0x20 == 'o' && w[1]|0x20 == 'f':
		return "of"
	}
	return ""
}

// equalFold reports whether w equals the lower-case ASCII word lw, ignoring
// case.
func equalFold(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lw[i] {
			return false
		}
	}
	return true
}

var monthNames = [...]struct {
	name  string
	month int
}{
	{"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
	{"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
	{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
	{"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
}

func lookupMonth(w string) (int, bool) {
	if len(w) < 3 || len(w) > 9 {
		return 0, false
	}
	switch w[0] | 0x20 {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
	default:
		return 0, false
	}
	for _, m := range monthNames {
		if equalFold(w, m.name) {
			return m.month, true
		}
	}
	return 0, false
}

var weekdayNames = [...]struct {
	name string
	day  time.Weekday
}{
	{"monday", time.Monday}, {"tuesday", time.Tuesday}, {"wednesday", time.Wednesday},
	{"thursday", time.Thursday}, {"friday", time.Friday}, {"saturday", time.Saturday}, {"sunday", time.Sunday},
	{"mon", time.Monday}, {"tue", time.Tuesday}, {"tues", time.Tuesday}, {"wed", time.Wednesday},
	{"thu", time.Thursday}, {"thur", time.Thursday}, {"thurs", time.Thursday}, {"fri", time.Friday},
	{"sat", time.Saturday}, {"sun", time.Sunday},
}

func lookupWeekday(w string) (time.Weekday, bool) {
	if len(w) < 3 || len(w) > 9 {
		return 0, false
	}
	switch w[0] | 0x20 {
	case 'm', 't', 'w', 'f', 's':
	default:
		return 0, false
	}
	for _, d := range weekdayNames {
		if equalFold(w, d.name) {
			return d.day, true
		}
	}
	return 0, false
}
