// Package datetext finds and parses absolute date and time expressions in
// free text ("June 28, 2018, 8:30 AM ET", "28 June 2018", "2018-06-28T08:30Z",
// "Thu 5 Mar 2020 17:32 GMT"), resolving zone abbreviations with daylight
// saving time ("ET" in June is -04:00). It does not resolve relative
// expressions against an anchor date (package understand/dates does that).
package datetext

import "time"

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

// Find returns the first absolute date expression in s.
// STUB: finds nothing yet.
func Find(s string) (Found, bool) {
	return Found{}, false
}
