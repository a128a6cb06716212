package webui

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// funcs are the template helpers.
var funcs = template.FuncMap{
	"shortDate": shortDate,
	"longDate":  longDate,
	"day":       dayOf,
	"thousands": thousands,
	"pathEsc":   url.PathEscape,
	"queryEsc":  url.QueryEscape,
	"plural":    plural,
	"host":      hostOf,
	"add":       func(a, b int) int { return a + b },
	"kindLabel": kindLabel,
	"countryName": func(code string) string {
		return strings.ToUpper(code)
	},
}

// parseDate reads the dates lede stores: RFC 3339 with or without a zone,
// or a bare day.
func parseDate(s string) (t time.Time, hasTime bool, ok bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, false, true
		}
	}
	return time.Time{}, false, false
}

// shortDate shows a publication date as "28 Jun 2018"; what cannot be read
// is shown as stored.
func shortDate(s string) string {
	t, _, ok := parseDate(s)
	if !ok {
		return s
	}
	return t.Format("2 Jan 2006")
}

// longDate shows a publication date with its time and zone when the page
// gave them: "28 June 2018, 08:30 UTC−04:00".
func longDate(s string) string {
	t, hasTime, ok := parseDate(s)
	if !ok {
		return s
	}
	if !hasTime {
		return t.Format("2 January 2006")
	}
	zone := t.Format("-07:00")
	if zone == "+00:00" {
		zone = "UTC"
	} else {
		zone = "UTC" + strings.Replace(zone, "-", "−", 1)
	}
	return t.Format("2 January 2006, 15:04") + " " + zone
}

// dayOf returns the YYYY-MM-DD day of a stored date, or "".
func dayOf(s string) string {
	t, _, ok := parseDate(s)
	if !ok {
		return ""
	}
	return t.Format("2006-01-02")
}

// thousands writes n with thin separators: 12 345.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString("\u202f")
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// plural writes "1 article", "3 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// hostOf returns the host of an address, without "www.".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func kindLabel(kind string) string {
	switch kind {
	case "people":
		return "Person"
	case "organizations":
		return "Organization"
	case "places":
		return "Place"
	}
	return kind
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
