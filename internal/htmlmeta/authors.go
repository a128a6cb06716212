package htmlmeta

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanAuthors turns one byline or author value into person names: it drops
// a leading "By", cuts the line where a date, a separator or a job title
// starts, splits names on commas, "and", "&" and semicolons, removes
// handles, e-mail addresses and URLs, and keeps only parts that look like
// names. Every word of a result is a word of the input, unchanged.
func cleanAuthors(s string) []string {
	s = oneLine(s)
	if s == "" || len(s) > 600 {
		return nil
	}
	if isURL(s) {
		return nil
	}
	s = stripByPrefix(s)
	s = cutAtStop(s)
	var out []string
	for _, part := range splitNames(s) {
		if name, ok := cleanName(part); ok {
			out = appendUnique(out, name)
		}
	}
	return out
}

// byPrefixes are the words that open a byline, lower-cased; the longest
// first so that "written by" wins over "by".
var byPrefixes = []string{
	"posted and written by", "written and reported by", "written by", "reported by", "reporting by",
	"posted by", "published by", "story by", "words by", "article by", "text by", "interview by",
	"compiled by", "edited by", "review by", "opinion by", "analysis by", "commentary by",
	"photos by", "photography by", "by:", "by ", "von ", "por ", "par ", "di ", "door ", "av ",
	"authors:", "author:", "autor:", "auteur:", "writer:", "byline:", "written by:", "from ",
}

// stripByPrefix removes a leading "By" and kin, repeatedly.
func stripByPrefix(s string) string {
	for range 3 {
		ls := strings.ToLower(s)
		cut := false
		for _, p := range byPrefixes {
			if strings.HasPrefix(ls, p) {
				s = strings.TrimSpace(s[len(p):])
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
func cutAtStop(s string) string {
	end := len(s)
	for i, r := range s {
		switch r {
		case '|', '•', '·', '(', '[', '\n', '–', '—', '/', '<', '>', '«', '»', ':', '\u25aa', '\u25cf':
			end = i
		case ' ':
			if i+2 < len(s) && s[i+1] == '-' && s[i+2] == ' ' {
				end = i
			}
		default:
			if r >= '0' && r <= '9' {
				end = i
			}
		}
		if end != len(s) {
			break
		}
	}
	s = strings.TrimSpace(s[:end])
	// Words that start the date or the rest of the line.
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		switch lw {
		case "updated", "published", "posted", "last", "on", "at", "am", "pm", "posted:", "updated:",
			"published:", "modified", "share", "follow", "email", "e-mail", "read", "more", "photo",
			"photos", "image", "images", "video", "via", "min", "minute", "minutes", "mins", "hour", "hours",
			"ago", "yesterday", "today", "in", "contact", "tweet", "twitter", "facebook", "linkedin", "instagram":
			if i == 0 {
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

// splitNames splits a byline on commas, semicolons, "&", "and", "und", "y",
// "e", "et", "with".
func splitNames(s string) []string {
	var parts []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '&' || r == '+' }) {
		words := strings.Fields(p)
		start := 0
		for i, w := range words {
			switch strings.ToLower(w) {
			case "and", "und", "y", "et", "e", "with", "og", "en", "och", "und/or":
				if i > start {
					parts = append(parts, strings.Join(words[start:i], " "))
				}
				start = i + 1
			}
		}
		if start < len(words) {
			parts = append(parts, strings.Join(words[start:], " "))
		}
	}
	return parts
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
	"who": true, "a": true, "an": true, "our": true, "my": true, "your": true, "this": true, "here": true,
	"correspondant": true, "redaktion": true, "redacción": true, "rédaction": true, "updated": true,
	"unknown": true, "anonymous": true, "none": true, "null": true, "undefined": true,
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
func cleanName(p string) (string, bool) {
	p = strings.TrimFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != '\'' && r != '’' || r == '.'
	})
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
	if len(words) == 0 || len(words) > 6 {
		return "", false
	}
	caps := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if jobWords[lw] {
			return "", false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			caps++
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			caps++ // scripts without case
		case nameParticles[lw]:
		case unicode.IsLower(r):
			return "", false
		default:
			if !unicode.IsLetter(r) {
				return "", false
			}
		}
	}
	if caps == 0 {
		return "", false
	}
	name := strings.Join(words, " ")
	if utf8.RuneCountInString(name) < 2 || len(name) > 80 {
		return "", false
	}
	return name, true
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
