package dates

import (
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tokWord   tokKind = iota + 1 // letters, with inner apostrophes ("he'll")
	tokNumber                    // ASCII digits only
	tokPunct                     // one other character
)

// token is a word, a number or a punctuation character of the text.
type token struct {
	start, end int32
	kind       tokKind
	sentence   int32 // index of the sentence the token is in
	spaceAfter bool  // white space follows the token
}

// tokenize splits text into tokens in one pass and numbers the sentences.
// A sentence ends at ".", "!" or "?" (not after an initial or a known
// abbreviation) and at a line break.
func tokenize(text string, dst []token) []token {
	dst = dst[:0]
	sentence := int32(0)
	pendingBreak := false
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '\n' {
				pendingBreak = true
			}
			if n := len(dst); n > 0 {
				dst[n-1].spaceAfter = true
			}
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2028' || r == '\u2029' {
				if n := len(dst); n > 0 {
					dst[n-1].spaceAfter = true
				}
				if r == '\u2028' || r == '\u2029' {
					pendingBreak = true
				}
				i += size
				continue
			}
		}
		if pendingBreak && len(dst) > 0 {
			sentence++
		}
		pendingBreak = false
		start := i
		switch {
		case isDigit(c):
			for i < len(text) && isDigit(text[i]) {
				i++
			}
			dst = append(dst, token{start: int32(start), end: int32(i), kind: tokNumber, sentence: sentence})
		case isLetterRune(r):
			i += size
			for i < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[i:])
				if isLetterRune(r2) {
					i += s2
					continue
				}
				// An apostrophe inside a word ("he'll", "didn't") joins it,
				// except a possessive "'s", which becomes tokens of its own
				// so that "Monday's" holds the word "Monday".
				if (r2 == '\'' || r2 == '\u2019') && i+s2 < len(text) {
					r3, s3 := utf8.DecodeRuneInString(text[i+s2:])
					possessive := r3 == 's' && (i+s2+s3 == len(text) || !isLetterRune(firstRune(text[i+s2+s3:])))
					if isLetterRune(r3) && !possessive {
						i += s2
						continue
					}
				}
				break
			}
			dst = append(dst, token{start: int32(start), end: int32(i), kind: tokWord, sentence: sentence})
		default:
			i += size
			dst = append(dst, token{start: int32(start), end: int32(i), kind: tokPunct, sentence: sentence})
			if c == '.' || c == '!' || c == '?' {
				n := len(dst)
				if c != '.' || n < 2 || !noSentenceEnd(text, dst[n-2]) {
					pendingBreak = true
				}
			}
		}
	}
	return dst
}

// noSentenceEnd reports whether a period after word w does not end a
// sentence: after an initial ("U.S.", "J. Smith") or an abbreviation.
func noSentenceEnd(text string, w token) bool {
	if w.kind != tokWord {
		return false
	}
	s := text[w.start:w.end]
	if len(s) == 1 {
		return true
	}
	return abbreviations[s]
}

var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Gen": true, "Sen": true, "Rep": true,
	"Gov": true, "Jr": true, "Sr": true, "No": true, "vs": true, "Lt": true, "Col": true, "Prof": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true, "Mon": true, "Tue": true, "Tues": true, "Wed": true,
	"Thu": true, "Thur": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true, "Inc": true, "Corp": true,
	"Co": true, "Ltd": true, "Ft": true, "Mt": true,
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	// Latin letters with accents and other scripts count as letters; symbols
	// and punctuation above ASCII do not.
	return r >= 0xC0 && r != 0xD7 && r != 0xF7 && !(r >= 0x2000 && r <= 0x2BFF) && r != 0xFEFF && r != utf8.RuneError
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
