package htmlmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators split a document title into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " • ", " / ", " ~ ", ": "}

// normTitle folds case, collapses white space and unifies quotes and dashes,
// so that titles from different sources compare equal.
func normTitle(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '‘' || r == '’' || r == '`' || r == '´':
			r = '\''
		case r == '“' || r == '”' || r == '«' || r == '»':
			r = '"'
		case r == '–' || r == '—':
			r = '-'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// stripSiteName removes a site name from the start or end of a title: the
// given names, or the part past a separator that looks like a site (short,
// or a host name). It returns the title unchanged when no part is clearly
// the site.
func stripSiteName(title string, sites []string) string {
	title = oneLine(title)
	for range 3 {
		t := stripOnce(title, sites)
		if t == title {
			break
		}
		title = t
	}
	return title
}

func stripOnce(title string, sites []string) string {
	// "example.com Headline": a host name as the first word.
	if i := strings.IndexByte(title, ' '); i > 0 && strings.Contains(title[:i], ".") {
		host := strings.TrimPrefix(strings.ToLower(title[:i]), "www.")
		for _, s := range sites {
			if strings.TrimPrefix(strings.ToLower(s), "www.") == host {
				return strings.TrimSpace(title[i+1:])
			}
		}
	}
	for _, sep := range titleSeparators {
		// Suffix: "Headline | Site".
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if head != "" && sep != ": " && isSiteName(tail, sites) {
				return head
			}
		}
		// Prefix: "Site: Headline", "Site | Headline".
		if i := strings.Index(title, sep); i > 0 {
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if tail != "" && isSiteName(head, sites) {
				return tail
			}
		}
	}
	return title
}

// isSiteName says whether part of a title names the site: it matches a known
// site name or host (ignoring case, spaces, punctuation and "www.").
func isSiteName(part string, sites []string) bool {
	p := squash(part)
	if p == "" {
		return false
	}
	for _, s := range sites {
		q := squash(s)
		if q == "" {
			continue
		}
		if p == q || strings.HasPrefix(q, p) && len(p) >= 4 || strings.HasPrefix(p, q) && len(q) >= 4 && len(p) <= len(q)+12 {
			return true
		}
	}
	return false
}

// squash lower-cases s and keeps only letters and digits, dropping a
// leading "www", a trailing top-level domain and a leading "the".
func squash(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "www.")
	s = strings.TrimPrefix(s, "the ")
	for _, tld := range []string{".com", ".org", ".net", ".co.uk", ".co", ".io", ".de", ".fr", ".uk", ".it", ".es", ".news", ".info"} {
		s = strings.TrimSuffix(s, tld)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hostSite names the site from a host: "www.example.co.uk" gives
// "example".
func hostSite(host string) string {
	host = strings.ToLower(host)
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	labels := strings.Split(host, ".")
	// Drop the public suffix: the last label, and a second-level one such
	// as co/com/org/gov/ac before a two-letter country code.
	n := len(labels)
	if n >= 3 && len(labels[n-1]) == 2 {
		switch labels[n-2] {
		case "co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go":
			n--
		}
	}
	if n >= 2 {
		return labels[n-2]
	}
	return host
}

// stripShortTail removes a short last part after a bar or dash when the
// site name is not known: "Lorem ipsum dolor sit amet – My website" gives
// "Lorem ipsum dolor sit amet", and so does "Lorem ipsum dolor sit amet |
// News | My website". Each part must be at most four words and the
// headline before it at least three words and longer.
func stripShortTail(title string) string {
	// "Headline | Section | Site": at most two tags come off.
	if t := stripShortTailOnce(title); t != title {
		return stripShortTailOnce(t)
	}
	return title
}

func stripShortTailOnce(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		hw, tw := len(strings.Fields(head)), len(strings.Fields(tail))
		if tw >= 1 && tw <= 4 && hw >= 3 && len(head) > len(tail) && looksLikeName(tail) && !exclaims(tail) {
			return head
		}
		return title
	}
	return title
}

// exclaims says whether a title part of two or more words ends with "!" or
// "?": a phrase of the headline ("My Favorites!"), not a site name (which
// may be one word such as "Yahoo!").
func exclaims(s string) bool {
	return strings.ContainsRune(s, ' ') && (strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?"))
}

// looksLikeName says whether s starts with a capital letter or a digit, or
// is a host name: how site names are written ("My website", "example.com"),
// unlike the rest of a headline ("– a history").
func looksLikeName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.IsLower(r) || strings.Contains(s, ".")
}
