package eval

import "strings"

// NormalizeText folds case and collapses runs of white space to one space,
// trimming both ends: the form in which titles and names are compared.
func NormalizeText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// SameTitle reports whether two titles are equal once normalized.
func SameTitle(truth, pred string) bool {
	return NormalizeText(truth) == NormalizeText(pred)
}

// typography maps typographic quotes and dashes to their ASCII forms.
var typography = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", "\"", "\u201d", "\"", "\u2013", "-", "\u2014", "-", "\u00a0", " ")

// SameTitleFolded is SameTitle after also folding typographic quotes and
// dashes to ASCII: some ground truths were typed with ASCII apostrophes where
// the page has curly ones. It is reported beside the strict figure, never
// instead of it.
func SameTitleFolded(truth, pred string) bool {
	return SameTitle(typography.Replace(truth), typography.Replace(pred))
}

// AuthorSet splits author strings into a set of normalized names: each
// string is cut on commas, semicolons, "&" and the word "and", and every
// non-empty part is normalized (NormalizeText). A leading "by " of the first
// part is dropped, since bylines often carry it.
func AuthorSet(authors ...string) map[string]bool {
	set := make(map[string]bool)
	for _, a := range authors {
		a = NormalizeText(a)
		a = strings.TrimPrefix(a, "by ")
		for _, part := range strings.FieldsFunc(a, func(r rune) bool { return r == ',' || r == ';' || r == '&' }) {
			for _, name := range strings.Split(" "+part+" ", " and ") {
				if name = strings.TrimSpace(name); name != "" {
					set[name] = true
				}
			}
		}
	}
	return set
}

// SameAuthors reports whether the predicted authors name the same set of
// people as the truth string (both split and normalized by AuthorSet).
func SameAuthors(truth string, pred []string) bool {
	t := AuthorSet(truth)
	p := AuthorSet(pred...)
	if len(t) != len(p) {
		return false
	}
	for name := range t {
		if !p[name] {
			return false
		}
	}
	return true
}

// SameDay reports whether a predicted date falls on the true day. The truth
// is YYYY-MM-DD (or YYYY-MM, then only the month is compared); the
// prediction is an RFC 3339 date or date-time, whose day is the one written
// in its own zone, not converted to UTC.
func SameDay(truth, pred string) bool {
	truth = strings.TrimSpace(truth)
	pred = strings.TrimSpace(pred)
	n := len(truth)
	if n != len("2006-01-02") && n != len("2006-01") || !isDatePrefix(truth) {
		return false
	}
	if len(pred) < n || !isDatePrefix(pred[:n]) {
		return false
	}
	if len(pred) > n && pred[n] >= '0' && pred[n] <= '9' {
		return false
	}
	return pred[:n] == truth
}

// isDatePrefix reports whether s looks like YYYY-MM or YYYY-MM-DD.
func isDatePrefix(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return len(s) >= 7
}
