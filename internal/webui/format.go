package webui

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// templateFuncs are the template helpers; cssHref is the stylesheet's
// address.
func templateFuncs(cssHref string) template.FuncMap {
	return template.FuncMap{
		"cssHref":     func() string { return cssHref },
		"shortDate":   shortDate,
		"longDate":    longDate,
		"day":         dayOf,
		"thousands":   thousands,
		"pathEsc":     url.PathEscape,
		"queryEsc":    url.QueryEscape,
		"plural":      plural,
		"host":        hostOf,
		"add":         func(a, b int) int { return a + b },
		"kindLabel":   kindLabel,
		"countryName": countryName,
	}
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

// countryName is the English name of an ISO 3166-1 alpha-2 code ("FI":
// "Finland"), or the code itself when it is not one.
func countryName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil || len(code) != 2 {
		return code
	}
	if name := display.English.Regions().Name(r); name != "" {
		return name
	}
	return code
}

// siteLabel is how a source is named: its site name, unless that is an
// address (some pages give their URL as their name), then the host.
func siteLabel(siteName, rawURL string) string {
	name := strings.TrimSpace(siteName)
	if name != "" && !strings.Contains(name, "://") && !strings.HasPrefix(strings.ToLower(name), "www.") {
		return name
	}
	if h := hostOf(name); strings.Contains(name, "://") && h != "" {
		return h
	}
	if name != "" {
		return strings.TrimPrefix(strings.ToLower(name), "www.")
	}
	return hostOf(rawURL)
}

// quoteShown trims the punctuation that ends a quote inside its
// sentence ("…countries," said X), so that a quote shown alone reads
// cleanly; the words are left as they are.
func quoteShown(q string) string {
	return strings.TrimRight(strings.TrimSpace(q), ",;:")
}
