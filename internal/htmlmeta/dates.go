package htmlmeta

import (
	"strings"
	"time"

	"github.com/ledehq/lede/internal/datetext"
)

// dateValue is a parsed date: the instant or day, and how much was stated.
type dateValue struct {
	t       time.Time // in the stated zone, or UTC when none was stated
	hasTime bool
	hasZone bool
}

// String renders the date by the Article rule: RFC 3339 with the zone when
// both time and zone are known, else the bare day.
func (d dateValue) String() string {
	if d.hasTime && d.hasZone {
		return d.t.Format(time.RFC3339)
	}
	return d.t.Format("2006-01-02")
}

// Plausible publication years; anything outside is a template default, a
// copyright line or a typo.
const (
	minYear = 1990
	maxYear = 2030
)

// parseDate reads a machine-written date: ISO 8601 / RFC 3339 (with or
// without time, zone, fraction; "T" or a space), the compact YYYYMMDD,
// RFC 1123 and kin, a few common written forms, and Unix timestamps in
// seconds or milliseconds.
func parseDate(s string) (dateValue, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 80 {
		return dateValue{}, false
	}
	if d, ok := parseISO(s); ok {
		return d, plausible(d)
	}
	if d, ok := parseUnix(s); ok {
		return d, plausible(d)
	}
	if d, ok := parseDottedDay(s); ok {
		return d, plausible(d)
	}
	if d, ok := parseLayouts(s); ok {
		return d, plausible(d)
	}
	return dateValue{}, false
}

// parseFreeDate reads a date in free text ("Published 5:32 PM ET, Thu March
// 5, 2020"): a machine form first, then package datetext.
//
// dayFirst says how to read an all-numeric date such as 05/10/2018 that
// package datetext leaves alone: day first, or (false) month first. A
// number above 12 settles the order whatever dayFirst says.
func parseFreeDate(dayFirst bool, s string) (dateValue, bool) {
	if d, ok := parseDate(s); ok {
		return d, true
	}
	if len(s) > 400 {
		s = s[:400]
	}
	if f, ok := datetext.Find(s); ok {
		d := dateValue{t: f.Time, hasTime: f.HasTime, hasZone: f.HasZone}
		return d, plausible(d)
	}
	if d, ok := findSlashDate(s, dayFirst); ok {
		return d, plausible(d)
	}
	return dateValue{}, false
}

// findSlashDate finds the first N/N/YYYY in s (N one or two digits,
// standing apart from other digits) and reads it in the given order.
func findSlashDate(s string, dayFirst bool) (dateValue, bool) {
	for i := 0; i+8 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isDigit(s[i-1]) || s[i-1] == '/') {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i > 2 || j >= len(s) || s[j] != '/' {
			continue
		}
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-j-1 < 1 || k-j-1 > 2 || k >= len(s) || s[k] != '/' {
			continue
		}
		m := k + 1
		for m < len(s) && isDigit(s[m]) {
			m++
		}
		if m-k-1 != 4 || m < len(s) && s[m] == '/' {
			continue
		}
		a, b, y := atoi(s[i:j]), atoi(s[j+1:k]), atoi(s[k+1:m])
		day, month := b, a
		if dayFirst && b <= 12 || a > 12 {
			day, month = a, b
		}
		if !validDay(y, month, day) {
			continue
		}
		return dateValue{t: time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)}, true
	}
	return dateValue{}, false
}

func plausible(d dateValue) bool {
	y := d.t.Year()
	return y >= minYear && y <= maxYear
}

// parseISO reads YYYY-MM-DD (or / or . as separators, or YYYYMMDD) with an
// optional time of day and zone.
func parseISO(s string) (dateValue, bool) {
	p := 0
	num := func(n int) (int, bool) {
		if p+n > len(s) {
			return 0, false
		}
		v := 0
		for i := 0; i < n; i++ {
			c := s[p+i]
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		p += n
		return v, true
	}
	year, ok := num(4)
	if !ok {
		return dateValue{}, false
	}
	var month, day int
	if p < len(s) && (s[p] == '-' || s[p] == '/' || s[p] == '.') {
		sep := s[p]
		p++
		if month, ok = num(2); !ok {
			return dateValue{}, false
		}
		if p >= len(s) || s[p] != sep {
			return dateValue{}, false
		}
		p++
		if day, ok = num(2); !ok {
			return dateValue{}, false
		}
	} else {
		if month, ok = num(2); !ok {
			return dateValue{}, false
		}
		if day, ok = num(2); !ok {
			return dateValue{}, false
		}
		if p < len(s) && s[p] != 'T' {
			return dateValue{}, false
		}
	}
	if !validDay(year, month, day) {
		return dateValue{}, false
	}
	d := dateValue{t: time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)}
	if p == len(s) {
		return d, true
	}
	if s[p] != 'T' && s[p] != ' ' && s[p] != 't' {
		// Trailing text after the day ("2019-03-05, 10:00" and such):
		// the day stands.
		return d, true
	}
	p++
	hour, ok := num(2)
	if !ok || p >= len(s) || s[p] != ':' {
		return d, true
	}
	p++
	minute, ok := num(2)
	if !ok || hour > 23 || minute > 59 {
		return d, true
	}
	sec, nsec := 0, 0
	if p < len(s) && s[p] == ':' {
		p++
		if sec, ok = num(2); !ok || sec > 60 {
			return d, true
		}
		if p < len(s) && (s[p] == '.' || s[p] == ',') {
			p++
			digits := 0
			for p < len(s) && s[p] >= '0' && s[p] <= '9' {
				if digits < 9 {
					nsec = nsec*10 + int(s[p]-'0')
					digits++
				}
				p++
			}
			for ; digits < 9 && digits > 0; digits++ {
				nsec *= 10
			}
		}
	}
	for p < len(s) && s[p] == ' ' {
		p++
	}
	rest := s[p:]
	loc, hasZone := zoneOf(rest)
	if sec == 60 {
		sec = 59
	}
	d.hasTime = true
	d.hasZone = hasZone
	if hasZone {
		d.t = time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc)
	} else {
		d.t = time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC)
	}
	return d, true
}

// zoneOf reads a zone designator: Z, ±HH:MM, ±HHMM, ±HH, UTC, GMT or a
// common abbreviation with a fixed offset.
func zoneOf(s string) (*time.Location, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	if s == "Z" || s == "z" {
		return time.UTC, true
	}
	if s[0] == '+' || s[0] == '-' {
		sign := 1
		if s[0] == '-' {
			sign = -1
		}
		digits := make([]int, 0, 4)
		for i := 1; i < len(s) && len(digits) < 4; i++ {
			c := s[i]
			if c == ':' {
				continue
			}
			if c < '0' || c > '9' {
				return nil, false
			}
			digits = append(digits, int(c-'0'))
		}
		var h, m int
		switch len(digits) {
		case 2:
			h = digits[0]*10 + digits[1]
		case 4:
			h = digits[0]*10 + digits[1]
			m = digits[2]*10 + digits[3]
		default:
			return nil, false
		}
		if h > 14 || m > 59 {
			return nil, false
		}
		off := sign * (h*3600 + m*60)
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone("", off), true
	}
	if off, ok := zoneAbbrev(s); ok {
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone("", off), true
	}
	return nil, false
}

// zoneAbbrev knows the abbreviations whose offset is not in doubt.
func zoneAbbrev(s string) (int, bool) {
	switch strings.ToUpper(s) {
	case "Z", "UTC", "GMT", "UT":
		return 0, true
	case "EST":
		return -5 * 3600, true
	case "EDT":
		return -4 * 3600, true
	case "CST":
		return -6 * 3600, true
	case "CDT":
		return -5 * 3600, true
	case "MST":
		return -7 * 3600, true
	case "MDT":
		return -6 * 3600, true
	case "PST":
		return -8 * 3600, true
	case "PDT":
		return -7 * 3600, true
	case "BST":
		return 3600, true
	case "CET":
		return 3600, true
	case "CEST":
		return 2 * 3600, true
	case "EET":
		return 2 * 3600, true
	case "EEST":
		return 3 * 3600, true
	case "JST":
		return 9 * 3600, true
	case "AEST":
		return 10 * 3600, true
	case "AEDT":
		return 11 * 3600, true
	}
	return 0, false
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// parseDottedDay reads a day written D.M.YYYY or DD.MM.YYYY, the order in
// which every country that writes dates with dots puts them, alone or
// followed by a space and more text.
func parseDottedDay(s string) (dateValue, bool) {
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = s[:i]
	}
	parts := strings.Split(strings.TrimSuffix(s, "."), ".")
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 ||
		!allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
		return dateValue{}, false
	}
	d, m, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	if !validDay(y, m, d) {
		return dateValue{}, false
	}
	return dateValue{t: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}, true
}

// parseUnix reads a Unix time in seconds (10 digits) or milliseconds (13).
func parseUnix(s string) (dateValue, bool) {
	if len(s) != 10 && len(s) != 13 {
		return dateValue{}, false
	}
	var v int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return dateValue{}, false
		}
		v = v*10 + int64(s[i]-'0')
	}
	var t time.Time
	if len(s) == 13 {
		t = time.UnixMilli(v).UTC()
	} else {
		t = time.Unix(v, 0).UTC()
	}
	return dateValue{t: t, hasTime: true, hasZone: true}, true
}

// layout is a written date form parseLayouts tries and what it states.
type layout struct {
	layout  string
	hasTime bool
	zone    byte // 'n' none, 'o' numeric offset, 'a' abbreviation
}

// Written forms by shape, so that a value is tried only against the forms
// it could match (every failed try costs an error allocation).
var (
	// "Mon, 02 Jan 2006 ...": a weekday and a comma.
	weekdayCommaLayouts = []layout{
		{time.RFC1123Z, true, 'o'},
		{time.RFC1123, true, 'a'},
		{"Mon, 2 Jan 2006 15:04:05 -0700", true, 'o'},
		{"Mon, 2 Jan 2006 15:04:05 MST", true, 'a'},
		{"Mon, 02 Jan 2006 15:04:05", true, 'n'},
		{"Mon, 2 Jan 2006 15:04:05", true, 'n'},
		{"Mon, 02 Jan 2006 15:04", true, 'n'},
		{"Mon, Jan 2, 2006", false, 'n'},
		{"Mon, 2 Jan 2006", false, 'n'},
		{"Mon, 02 Jan 2006", false, 'n'},
		{time.RFC850, true, 'a'},
	}
	// "Mon Jan  2 15:04:05 2006" and kin: a letter first and a clock.
	clockLayouts = []layout{
		{time.UnixDate, true, 'a'},
		{time.RubyDate, true, 'o'},
		{time.ANSIC, true, 'n'},
		{"Mon Jan 02 2006 15:04:05 GMT-0700", true, 'o'},
	}
	// "Monday, January 2, 2006": a weekday, a comma, no clock.
	weekdayDayLayouts = []layout{
		{"Monday, January 2, 2006", false, 'n'},
		{"Mon, Jan 2, 2006", false, 'n'},
		{"Mon, 2 Jan 2006", false, 'n'},
		{"Mon, 02 Jan 2006", false, 'n'},
	}
	// "January 2, 2006": a letter first, no clock.
	monthLayouts = []layout{
		{"January 2, 2006", false, 'n'},
		{"Jan 2, 2006", false, 'n'},
		{"Jan. 2, 2006", false, 'n'},
		{"Monday, January 2, 2006", false, 'n'},
	}
	// "2 January 2006": a digit first.
	dayFirstLayouts = []layout{
		{"2 January 2006", false, 'n'},
		{"2 Jan 2006", false, 'n'},
		{"2006 Jan 2", false, 'n'}, // citation_publication_date
		{"2006 January 2", false, 'n'},
	}
)

// parseLayouts tries the written forms. A zone abbreviation lede does not
// know leaves the time without a zone.
func parseLayouts(s string) (dateValue, bool) {
	// Every form has a four-digit year.
	digits := 0
	for i := 0; i < len(s) && digits < 4; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	if digits < 4 {
		return dateValue{}, false
	}
	c := s[0]
	var ls []layout
	switch {
	case c >= '0' && c <= '9':
		ls = dayFirstLayouts
	case !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'):
		return dateValue{}, false
	case strings.IndexByte(s, ',') > 0 && strings.IndexByte(s, ',') <= 9 && strings.IndexByte(s[:strings.IndexByte(s, ',')], ' ') < 0:
		ls = weekdayCommaLayouts
		if strings.IndexByte(s, ':') < 0 {
			ls = weekdayDayLayouts
		}
	case strings.IndexByte(s, ':') > 0:
		ls = clockLayouts
	default:
		ls = monthLayouts
	}
	for _, l := range ls {
		t, err := time.ParseInLocation(l.layout, s, time.UTC)
		if err != nil {
			continue
		}
		d := dateValue{t: t, hasTime: l.hasTime}
		switch l.zone {
		case 'o':
			d.hasZone = true
		case 'a':
			name, _ := t.Zone()
			if off, ok := zoneAbbrev(name); ok {
				d.hasZone = true
				loc := time.UTC
				if off != 0 {
					loc = time.FixedZone("", off)
				}
				y, m, dd := t.Date()
				d.t = time.Date(y, m, dd, t.Hour(), t.Minute(), t.Second(), 0, loc)
			}
		}
		return d, true
	}
	return dateValue{}, false
}

// urlDate finds a date in a URL path: /2019/03/05/, /2019-03-05/,
// /20190305/ or a slug ending in -2019-03-05; /2019/03/ alone is not a day.
func urlDate(path string) (dateValue, bool) {
	segs := strings.Split(path, "/")
	for i, seg := range segs {
		if len(seg) == 4 && allDigits(seg) && i+2 < len(segs) {
			m, d := monthOf(segs[i+1]), segs[i+2]
			if m > 0 && (len(d) == 2 || len(d) == 1) && allDigits(d) {
				y := atoi(seg)
				if validDay(y, m, atoi(d)) {
					v := dateValue{t: time.Date(y, time.Month(m), atoi(d), 0, 0, 0, 0, time.UTC)}
					if plausible(v) {
						return v, true
					}
				}
			}
		}
		if len(seg) >= 8 {
			for j := 0; j+10 <= len(seg); j++ {
				if (j == 0 || !isDigit(seg[j-1])) && isDashDate(seg[j:j+10]) &&
					(j+10 == len(seg) || !isDigit(seg[j+10])) {
					if v, ok := parseISO(seg[j : j+10]); ok && plausible(v) {
						return v, true
					}
				}
			}
			if len(seg) == 8 && allDigits(seg) && (seg[0] == '1' || seg[0] == '2') {
				if v, ok := parseISO(seg); ok && plausible(v) {
					return v, true
				}
			}
		}
	}
	return dateValue{}, false
}

// monthOf reads a month path segment: "03", "3", "march", "mar"; 0 if none.
func monthOf(s string) int {
	if (len(s) == 1 || len(s) == 2) && allDigits(s) {
		return atoi(s)
	}
	if len(s) < 3 || len(s) > 9 {
		return 0
	}
	l := strings.ToLower(s)
	for i, name := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if l == name || len(l) == 3 && strings.HasPrefix(name, l) {
			return i + 1
		}
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDashDate(s string) bool {
	return len(s) == 10 && allDigits(s[:4]) && s[4] == '-' && allDigits(s[5:7]) && s[7] == '-' && allDigits(s[8:])
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}
