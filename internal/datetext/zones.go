package datetext

import (
	"sync"
	"time"
)

// zoneSpec is a stated zone: a fixed offset (with its abbreviation), or a
// region whose offset depends on the date ("ET").
type zoneSpec struct {
	name   string
	offset int // seconds east of UTC, for fixed zones
	region func() *time.Location
}

func (z zoneSpec) location() *time.Location {
	if z.region != nil {
		if loc := z.region(); loc != nil {
			return loc
		}
	}
	if z.offset == 0 && (z.name == "UTC" || z.name == "") {
		return time.UTC
	}
	return time.FixedZone(z.name, z.offset)
}

// region returns a loader of a tz database location that loads it once.
func region(name string) func() *time.Location {
	return sync.OnceValue(func() *time.Location {
		loc, err := time.LoadLocation(name)
		if err != nil {
			return nil
		}
		return loc
	})
}

// Regions whose abbreviation leaves daylight saving time to the date.
var (
	eastern  = region("America/New_York")
	central  = region("America/Chicago")
	mountain = region("America/Denver")
	pacific  = region("America/Los_Angeles")
	london   = region("Europe/London")
	sydney   = region("Australia/Sydney")
)

const hour = 3600

// zoneNames maps upper-case zone abbreviations to zones.
var zoneNames = [...]zoneSpec{
	{name: "ET", region: eastern}, {name: "EST", offset: -5 * hour}, {name: "EDT", offset: -4 * hour},
	{name: "CT", region: central}, {name: "CST", offset: -6 * hour}, {name: "CDT", offset: -5 * hour},
	{name: "MT", region: mountain}, {name: "MST", offset: -7 * hour}, {name: "MDT", offset: -6 * hour},
	{name: "PT", region: pacific}, {name: "PST", offset: -8 * hour}, {name: "PDT", offset: -7 * hour},
	{name: "AKST", offset: -9 * hour}, {name: "AKDT", offset: -8 * hour}, {name: "HST", offset: -10 * hour},
	{name: "AST", offset: -4 * hour}, {name: "ADT", offset: -3 * hour}, {name: "NST", offset: -(3*hour + 1800)},
	{name: "GMT", offset: 0}, {name: "UTC", offset: 0}, {name: "UT", offset: 0}, {name: "Z", offset: 0},
	{name: "UK", region: london}, {name: "BST", offset: 1 * hour}, {name: "WET", offset: 0}, {name: "WEST", offset: 1 * hour},
	{name: "CET", offset: 1 * hour}, {name: "CEST", offset: 2 * hour}, {name: "MEZ", offset: 1 * hour}, {name: "MESZ", offset: 2 * hour},
	{name: "EET", offset: 2 * hour}, {name: "EEST", offset: 3 * hour}, {name: "MSK", offset: 3 * hour},
	{name: "IST", offset: 5*hour + 1800}, {name: "PKT", offset: 5 * hour}, {name: "WIB", offset: 7 * hour},
	{name: "SGT", offset: 8 * hour}, {name: "HKT", offset: 8 * hour}, {name: "PHT", offset: 8 * hour}, {name: "AWST", offset: 8 * hour},
	{name: "JST", offset: 9 * hour}, {name: "KST", offset: 9 * hour}, {name: "ACST", offset: 9*hour + 1800}, {name: "ACDT", offset: 10*hour + 1800},
	{name: "AET", region: sydney}, {name: "AEST", offset: 10 * hour}, {name: "AEDT", offset: 11 * hour},
	{name: "NZST", offset: 12 * hour}, {name: "NZDT", offset: 13 * hour},
	{name: "SAST", offset: 2 * hour}, {name: "WAT", offset: 1 * hour}, {name: "CAT", offset: 2 * hour}, {name: "EAT", offset: 3 * hour},
}

// zoneWords are zone names written out ("8:30 AM Eastern").
var zoneWords = [...]struct {
	word string
	zone zoneSpec
}{
	{"eastern", zoneSpec{name: "ET", region: eastern}},
	{"central", zoneSpec{name: "CT", region: central}},
	{"mountain", zoneSpec{name: "MT", region: mountain}},
	{"pacific", zoneSpec{name: "PT", region: pacific}},
}

// readZone reads a zone after a time of day: "Z", "+0200", "+02:00",
// "-05", "ET", "GMT", "GMT+2", "UTC+05:30", "(ET)", "Eastern".
func readZone(s string, p int) (int, zoneSpec, bool) {
	if p < len(s) && (s[p] == 'Z' || s[p] == 'z') && (p+1 == len(s) || !isLetter(s[p+1])) && p > 0 && isDigit(s[p-1]) {
		return p + 1, zoneSpec{name: "UTC"}, true
	}
	q := skipSpaces(s, p)
	if q < len(s) && (s[q] == '+' || s[q] == '-') {
		if off, r, ok := readOffset(s, q); ok {
			return r, zoneSpec{name: "", offset: off}, true
		}
		return 0, zoneSpec{}, false
	}
	paren := false
	if q < len(s) && s[q] == '(' {
		paren = true
		q++
	}
	w, n := readWord(s, q)
	if n == 0 {
		return 0, zoneSpec{}, false
	}
	r := q + n
	if paren {
		if r >= len(s) || s[r] != ')' {
			return 0, zoneSpec{}, false
		}
	}
	for _, z := range zoneNames {
		if w == z.name {
			if (z.name == "GMT" || z.name == "UTC") && r < len(s) && (s[r] == '+' || s[r] == '-') {
				if off, r2, ok := readOffset(s, r); ok {
					return r2, zoneSpec{name: "", offset: off}, true
				}
			}
			if paren {
				r++
			}
			return r, z, true
		}
	}
	if !paren {
		for _, z := range zoneWords {
			if n == len(z.word) && s[q] >= 'A' && s[q] <= 'Z' && equalFold(w, z.word) {
				return r, z.zone, true
			}
		}
	}
	return 0, zoneSpec{}, false
}

// readOffset reads "+0200", "+02:00", "-05", "+2", "+5:30" at s[p].
func readOffset(s string, p int) (int, int, bool) {
	sign := 1
	if s[p] == '-' {
		sign = -1
	}
	h, nh, q := readNumber(s, p+1)
	m := 0
	switch {
	case nh == 4:
		h, m = h/100, h%100
	case nh == 1 || nh == 2:
		if q+2 < len(s) && s[q] == ':' && isDigit(s[q+1]) && isDigit(s[q+2]) {
			m = int(s[q+1]-'0')*10 + int(s[q+2]-'0')
			q += 3
		}
	default:
		return 0, 0, false
	}
	if h > 14 || m > 59 || (q < len(s) && (isDigit(s[q]) || isLetter(s[q]))) {
		return 0, 0, false
	}
	return sign * (h*hour + m*60), q, true
}
