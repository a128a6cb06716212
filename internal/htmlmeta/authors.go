package htmlmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede/internal/datetext"
)

// authorSource says how much a byline value can be trusted to hold names.
type authorSource int

const (
	// fromText is a byline found in the page text: names must look like
	// names (capitalised, two words or more).
	fromText authorSource = iota
	// fromMarkup is an element marked as the author (itemprop, rel): one
	// capitalised word is enough.
	fromMarkup
	// fromField is a metadata field that holds only the author (JSON-LD,
	// meta author): a lower-case user name is kept too.
	fromField
)

// cleanAuthors turns one byline or author value into names: it drops a
// leading "By", cuts the line where a date, a separator or a job title
// starts, splits names on commas, "and", "&" and semicolons, removes
// handles, e-mail addresses and URLs, and keeps only parts that look like
// names. Every word of a result is a word of the input, unchanged.
func cleanAuthors(s string, src authorSource) []string {
	if s == "" || len(s) > 600 {
		return nil
	}
	var out []string
	lines := 0
	for s != "" && lines < 4 {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = oneLine(line)
		if line == "" || isByLabel(line) {
			continue
		}
		lines++
		if isURL(line) || isReviewLine(line) {
			if len(out) > 0 {
				break
			}
			continue
		}
		line = afterLeadingDate(line)
		if i := strings.Index(strings.ToLower(line), " written by "); i > 0 {
			// "This post was written by Jo Kent, Head of Marketing".
			line = line[i+1:]
		}
		lineSrc := src
		if src == fromText && hasByPrefix(line) {
			// "Posted by David at 11:15": an explicit label vouches
			// for a one-word name as markup does.
			lineSrc = fromMarkup
		}
		line = stripByPrefix(dropParens(line))
		if label, rest, ok := strings.Cut(line, ":"); ok && !strings.Contains(strings.TrimSpace(label), " ") && strings.TrimSpace(rest) != "" {
			// "Text: Jane Doe" in any language; a photo credit is not
			// a byline.
			if isCreditLabel(label) {
				continue
			}
			line = stripByPrefix(strings.TrimSpace(rest))
		}
		cut := cutAtStop(line, src != fromField)
		for _, group := range splitNames(cut) {
			// Every name joined by "and" must be a name, or the "and"
			// belongs to something else ("Office for Water Testing
			// and Research").
			if len(out) > 0 && len(group) == 1 && isCredential(strings.Trim(group[0], " .")) {
				// "Jane Doe, MD, PhD": post-nominals end the list.
				return out
			}
			var names []string
			for _, part := range group {
				name, ok := cleanName(part, lineSrc)
				if !ok {
					names = nil
					break
				}
				names = append(names, name)
			}
			if names == nil {
				if len(out) > 0 {
					// "Jane Doe, Senior Writer, The Site": the rest is
					// about her, not more authors.
					return out
				}
				continue
			}
			for _, n := range names {
				out = appendUnique(out, n)
			}
		}
		if len(out) > 0 {
			out = dropSingleWords(out)
		}
		if len(out) > 0 {
			// Names come on one line; the next lines are a bio, a
			// button or the date.
			break
		}
	}
	return out
}

// afterLeadingDate returns the rest of a byline line that opens with a date
// ("Dec 17, 2025 Jo Kent", "Dec. 19, 2025 · Jo Kent"), or the line itself.
func afterLeadingDate(line string) string {
	if line == "" {
		return line
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsDigit(r) && !isMonthName(strings.ToLower(strings.TrimRight(strings.Fields(line)[0], ".,"))) {
		return line
	}
	f, ok := datetext.Find(line)
	if !ok || f.Start > 0 || f.End >= len(line) {
		return line
	}
	rest := strings.TrimLeft(line[f.End:], " ·•|-–—,:\u00a0")
	if rest == "" {
		return line
	}
	return rest
}

// dropSingleWords removes one-word names from a list that also has longer
// ones: next to "Will Judd", "Guide" is a label, not a person.
func dropSingleWords(names []string) []string {
	multi := false
	for _, n := range names {
		if strings.IndexByte(n, ' ') > 0 {
			multi = true
		}
	}
	if !multi {
		return names
	}
	out := names[:0]
	for _, n := range names {
		if strings.IndexByte(n, ' ') > 0 {
			out = append(out, n)
		}
	}
	return out
}

// isCredential says whether a word is a degree or post-nominal ("PhD",
// "Ph.D.", "MD", "RN", "CPP"): upper-case letters, possibly with dots, and
// at most six letters.
func isCredential(w string) bool {
	letters, upper := 0, 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
			upper++
		case unicode.IsLower(r):
			letters++
		default:
			return false
		}
	}
	if letters < 2 || letters > 6 {
		return false
	}
	switch w {
	case "PhD", "Ph.D", "Ph.D.", "MSc", "BSc", "MPH", "DrPH", "PharmD", "MEd", "EdD", "MSc.":
		return true
	}
	return upper == letters
}

// isDegree says whether a word is an academic or professional degree
// written with dots or in mixed case ("Ph.D.", "PhD", "M.D."), which no
// single-word author name is.
func isDegree(w string) bool {
	w = strings.TrimRight(w, ".,")
	switch w {
	case "PhD", "Ph.D", "MSc", "BSc", "MPH", "DrPH", "PharmD", "MEd", "EdD", "M.D", "D.O", "R.N", "M.S", "M.A", "B.A", "J.D", "MBA", "CPA", "CFP", "RDN", "DVM", "MD", "RN":
		return true
	}
	return false
}

// teamByline returns the byline itself when it names a team or desk rather
// than people ("The Ledger editors", "Acme Staff"): a short capitalised
// line of words, kept as written. It is the last resort when no source
// gives a person.
func teamByline(s string) string {
	s = oneLine(stripByPrefix(oneLine(s)))
	if s == "" || len(s) > 60 || isURL(s) || strings.ContainsAny(s, "@|:0123456789") {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return ""
	}
	team := false
	for _, w := range words {
		switch strings.ToLower(strings.Trim(w, ".,")) {
		case "team", "staff", "desk", "editors", "editorial", "newsroom", "contributor", "contributors", "writers", "reporters", "bureau":
			team = true
		case "more", "about", "learn", "see", "view", "read", "meet", "all":
			return "" // "Learn more about our contributors": a link
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !team || !(unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)) && !strings.HasPrefix(s, "the ") && !strings.HasPrefix(s, "our ") {
		return ""
	}
	return s
}

// isByLabel says whether a line is only a byline label ("By", "Written
// by", "Author:").
func isByLabel(line string) bool {
	s := strings.TrimSpace(strings.TrimRight(line, ":"))
	if len(s) < 2 || len(s) > len("interviewed by") {
		return false // no allocation for the many texts that are no label
	}
	for _, l := range byLabels {
		if len(l) == len(s) && strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

// byLabels are the texts that stand alone before a byline's names.
var byLabels = []string{"by", "written by", "posted by", "author", "authors", "author(s)", "words by", "story by",
	"reported by", "article by", "text by", "recipe by", "published by", "von", "por", "par", "door", "av", "autor",
	"auteur", "writer", "byline", "from", "interview by", "interviewed by", "authored by", "contributor", "contributors"}

// dropParens removes short balanced parenthetical groups from a byline:
// "Peter (P.J.) Moss" gives "Peter Moss", "Jane Doe (@jdoe)" gives
// "Jane Doe". An unbalanced "(" is left for cutAtStop.
func dropParens(s string) string {
	for range 4 {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 || j > 60 {
			return s
		}
		s = oneLine(s[:i] + " " + s[i+j+1:])
	}
	return s
}

// isCreditLabel says whether a one-word label credits pictures or a
// source rather than the text.
func isCreditLabel(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "photo", "photos", "foto", "fotos", "фото", "image", "images", "illustration", "video", "source",
		"quelle", "fuente", "credit", "credits", "crédit", "bild", "graphic", "graphics", "updated", "published",
		"posted", "date", "reviewed", "edited":
		return true
	}
	return false
}

// isReviewLine says whether a line credits a reviewer, editor or fact
// checker rather than the author.
func isReviewLine(line string) bool {
	l := strings.ToLower(line)
	return strings.HasPrefix(l, "reviewed by") || strings.HasPrefix(l, "medically reviewed") ||
		strings.HasPrefix(l, "fact checked") || strings.HasPrefix(l, "fact-checked") ||
		strings.HasPrefix(l, "edited by") || strings.HasPrefix(l, "expert reviewed") ||
		strings.HasPrefix(l, "photos by") || strings.HasPrefix(l, "photo by") || strings.HasPrefix(l, "illustration")
}

// byPrefixes are the words that open a byline, lower-cased; the longest
// first so that "written by" wins over "by".
var byPrefixes = []string{
	"posted and written by", "written and reported by", "written by", "reported by", "reporting by",
	"posted by", "published by", "story by", "words by", "article by", "text by", "recipe by", "interview by",
	"compiled by", "opinion by", "analysis by", "commentary by", "recipe by", "review by", "interview by",
	"interviewed by", "authored by", "contributors:", "contributor:",
	"by:", "by ", "von ", "por ", "par ", "di ", "door ", "av ",
	"authors:", "author:", "autor:", "auteur:", "writer:", "byline:", "written by:", "from ",
}

// hasByPrefix says whether s opens with a byline phrase longer than a bare
// "By" ("Written by", "Posted by"), which the text scan takes as a byline.
func hasByPrefix(s string) bool {
	if len(s) < 4 {
		return false
	}
	c := s[0] | 0x20
	if c != 'w' && c != 'p' && c != 's' && c != 'r' && c != 'a' && c != 'c' {
		return false
	}
	for _, p := range byPrefixLabels {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// byPrefixLabels open a byline line longer than a bare "By".
var byPrefixLabels = []string{"written by ", "posted by ", "story by ", "reported by ", "words by ", "author: ",
	"authors: ", "article by ", "recipe by ", "authored by ", "contributors: ", "contributor: "}

// stripByPrefix removes a leading "By" and kin, repeatedly.
func stripByPrefix(s string) string {
	for range 3 {
		ls := strings.ToLower(s)
		cut := false
		for _, p := range byPrefixes {
			if strings.HasPrefix(ls, p) {
				s = strings.TrimLeft(s[len(p):], " :")
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	if strings.EqualFold(s, "by") {
		return ""
	}
	return s
}

// cutAtStop ends the byline where something other than names starts: a
// separator bar or bullet, a line break, an opening parenthesis, a digit (a
// date or time), an e-mail or handle, or words such as "Updated".
func cutAtStop(s string, stopWords bool) string {
	end := len(s)
	for i, r := range s {
		switch r {
		case ' ':
			if i+2 < len(s) && s[i+1] == '-' && s[i+2] == ' ' {
				end = i
			}
		case '.', '\'', '’', '-', '\u2010', ',', ';', '&', '+', '@', '_', '\t', '\u00a0':
			// Inside names, between names, or in a handle that the
			// name cleaner drops.
		default:
			// A word starting with a digit is a date or time; bars,
			// bullets, brackets, colons and other symbols end the
			// names. Digits inside a word ("jsmith2") are left to the
			// name cleaner.
			if unicode.IsDigit(r) {
				if i == 0 || s[i-1] == ' ' {
					end = i
				}
			} else if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) {
				end = i
			}
		}
		if end != len(s) {
			break
		}
	}
	s = strings.TrimSpace(s[:end])
	if !stopWords {
		return s
	}
	// Words that start the date or the rest of the line.
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		switch lw {
		case "updated", "published", "posted", "last", "on", "at", "am", "pm", "posted:", "updated:",
			"published:", "modified", "share", "follow", "email", "e-mail", "read", "more", "photo",
			"photos", "image", "images", "video", "via", "min", "minute", "minutes", "mins", "hour", "hours",
			"ago", "yesterday", "today", "in", "contact", "tweet", "twitter", "facebook", "linkedin", "instagram":
			if i == 0 || i == 1 && lw == "more" {
				// "Learn more", "See more": a call to action.
				return ""
			}
			return strings.TrimRight(strings.Join(words[:i], " "), ",;")
		}
		if isMonthName(lw) && i > 0 {
			return strings.TrimRight(strings.Join(words[:i], " "), ",;")
		}
	}
	return s
}

// splitNames splits a byline on commas, semicolons, "&" and "+" into
// groups, and each group on "and", "und", "y", "e", "et", "with".
func splitNames(s string) [][]string {
	var groups [][]string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '&' || r == '+' }) {
		words := strings.Fields(p)
		var parts []string
		start := 0
		for i, w := range words {
			switch strings.ToLower(w) {
			case "and", "und", "y", "et", "e", "with", "og", "en", "och":
				if i > start {
					parts = append(parts, strings.Join(words[start:i], " "))
				}
				start = i + 1
			}
		}
		if start < len(words) {
			parts = append(parts, strings.Join(words[start:], " "))
		}
		if len(parts) > 0 {
			groups = append(groups, parts)
		}
	}
	return groups
}

// jobWords mark a part of a byline as a job title or affiliation, not a name.
var jobWords = map[string]bool{
	"writer": true, "writers": true, "reporter": true, "reporters": true, "editor": true, "editors": true,
	"correspondent": true, "correspondents": true, "staff": true, "contributor": true, "contributors": true,
	"columnist": true, "senior": true, "producer": true, "photographer": true, "analyst": true,
	"journalist": true, "associate": true, "assistant": true, "chief": true, "managing": true,
	"contributing": true, "special": true, "team": true, "desk": true, "bureau": true, "newsroom": true,
	"intern": true, "fellow": true, "director": true, "manager": true, "founder": true, "ceo": true,
	"guest": true, "author": true, "authors": true, "admin": true, "administrator": true, "editorial": true,
	"researcher": true, "expert": true, "specialist": true, "consultant": true, "professor": true,
	"student": true, "blogger": true, "host": true, "anchor": true, "critic": true, "officer": true,
	"president": true, "head": true, "lead": true, "deputy": true, "executive": true, "digital": true,
	"news": true, "for": true, "of": true, "the": true, "at": true, "about": true, "view": true,
	"profile": true, "posts": true, "all": true, "articles": true, "is": true, "has": true, "was": true,
	"who": true, "an": true, "our": true, "my": true, "your": true, "this": true, "here": true,
	"correspondant": true, "redaktion": true, "redacción": true, "rédaction": true, "updated": true,
	"unknown": true, "anonymous": true, "none": true, "null": true, "undefined": true,
	"bio": true, "sponsored": true, "reading": true, "listen": true, "comments": true, "design": true, "text": true, "size": true, "share": true, "print": true,
	"subscribe": true, "login": true, "menu": true, "search": true, "home": true, "close": true,
}

// nameParticles may appear lower-case inside a name.
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"der": true, "den": true, "van": true, "von": true, "la": true, "le": true, "du": true, "des": true,
	"bin": true, "bint": true, "al": true, "el": true, "ibn": true, "ter": true, "ten": true, "y": true,
	"st.": true, "zu": true, "af": true, "av": true, "ben": true, "binti": true, "abu": true, "dei": true,
}

// cleanName trims one name part and says whether it looks like a person (or
// a wire or site) name: one to six words, the words capitalised apart from
// particles, no job words, no handle, address or URL.
func cleanName(p string, src authorSource) (string, bool) {
	orig := p
	p = strings.TrimFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != '\'' && r != '’' || r == '.'
	})
	if n := len(p); n >= 2 && strings.HasSuffix(orig, p+".") && (n == 1 || p[n-2] == ' ' || p[n-2] == '.') {
		p += "." // "Jeff T." keeps the period of its initial
	}
	words := strings.Fields(p)
	// Drop handles, e-mail addresses and URLs wherever they stand.
	kept := words[:0:0]
	for _, w := range words {
		if strings.HasPrefix(w, "@") || strings.Contains(w, "@") || isURL(w) || strings.Contains(w, "://") {
			continue
		}
		kept = append(kept, w)
	}
	words = kept
	// Post-nominals after a mixed-case name: "Jo A. Kent CPP".
	if len(words) > 2 && !allUpperWords(words[:len(words)-1]) {
		for len(words) > 2 && isCredential(strings.TrimRight(words[len(words)-1], ",")) {
			words = words[:len(words)-1]
		}
	}
	if len(words) == 0 || len(words) > 6 {
		return "", false
	}
	for _, w := range words {
		if len(words) > 1 || src != fromField {
			if strings.ContainsAny(w, "0123456789") {
				return "", false
			}
		}
		// Template keys and dotted user names ("page.head.author").
		if i := strings.IndexByte(w, '.'); i >= 0 && i+1 < len(w) && unicode.IsLower(rune(w[i+1])) {
			return "", false
		}
	}
	if len(words) == 1 {
		lw := strings.ToLower(strings.Trim(words[0], ".,"))
		if src == fromText || isMonthName(lw) || lw == "may" || jobWords[lw] || isDegree(words[0]) ||
			src != fromField && isCredential(words[0]) && len(words[0]) <= 3 {
			return "", false
		}
		if src == fromField && len(words[0]) >= 2 && !strings.ContainsAny(words[0], "/\\") {
			return words[0], true // a user name such as "jsmith"
		}
	}
	caps := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if jobWords[lw] {
			return "", false
		}
		if strings.IndexByte(lw, '-') > 0 {
			// "Editor-at-large", "Co-Founder".
			for _, part := range strings.Split(lw, "-") {
				if jobWords[part] || part == "large" || part == "founder" {
					return "", false
				}
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			caps++
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			caps++ // scripts without case
		case nameParticles[lw]:
		case unicode.IsLower(r):
			if src != fromField {
				return "", false
			}
		default:
			if !unicode.IsLetter(r) {
				return "", false
			}
		}
	}
	if caps == 0 && (src != fromField || len(words) > 3) {
		return "", false
	}
	name := strings.Join(words, " ")
	if utf8.RuneCountInString(name) < 2 || len(name) > 80 {
		return "", false
	}
	return name, true
}

func allUpperWords(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// isURL says whether s is a web address (absolute, protocol-relative, or a
// bare www. host).
func isURL(s string) bool {
	ls := strings.ToLower(s)
	return strings.HasPrefix(ls, "http://") || strings.HasPrefix(ls, "https://") ||
		strings.HasPrefix(ls, "//") || strings.HasPrefix(ls, "www.") || strings.HasPrefix(ls, "/")
}

var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true,
	"sat": true,
}

// isMonthName says whether a lower-cased word names a month or weekday
// ("may" and "sun" excluded: they are names too).
func isMonthName(w string) bool {
	return monthNames[w]
}

func appendUnique(list []string, s string) []string {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return list
		}
	}
	return append(list, s)
}

// orgWords are words that name an organization, not a person.
var orgWords = map[string]bool{
	"news": true, "media": true, "magazine": true, "online": true, "blog": true, "press": true,
	"times": true, "daily": true, "journal": true, "network": true, "group": true, "inc": true,
	"llc": true, "ltd": true, "gmbh": true, "corp": true, "company": true, "clinic": true,
	"hospital": true, "university": true, "college": true, "institute": true, "association": true,
	"foundation": true, "society": true, "center": true, "centre": true, "agency": true,
	"studio": true, "studios": true, "labs": true, "apps": true, "software": true, "solutions": true,
	"services": true, "marketing": true, "insurance": true, "bank": true, "partners": true,
	"official": true, "store": true, "shop": true, "tv": true, "radio": true, "channel": true,
	"team": true, "staff": true, "editors": true, "desk": true, "newsroom": true,
}

// isOrgName says whether a name holds a word that names an organization
// ("Lakeside News", "Harbour Rowing Association").
func isOrgName(name string) bool {
	for _, w := range strings.Fields(name) {
		if orgWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}
