package eval

import (
	"unicode"
	"unicode/utf8"
)

// asciiWord marks the ASCII bytes that are word characters: letters, digits
// and the underscore.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// IsWordRune reports whether r belongs to a \w run as Python's re module
// sees it on a str: a letter (categories L*), a number (N*, which holds every
// character with a numeric value) or the underscore. Combining marks
// (Mn, Mc) are not word characters. Go's regexp \w is ASCII-only and must
// not be used in its place.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// AppendTokens appends to dst the maximal runs of word characters of s (see
// IsWordRune) and returns the extended slice. Each token is a substring of s;
// nothing is copied. Invalid UTF-8 bytes separate tokens.
func AppendTokens(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = asciiWord[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = r != utf8.RuneError && IsWordRune(r)
		}
		if word {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			dst = append(dst, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// Tokens returns the word tokens of s, as Python's re.findall(r"\w+", s).
func Tokens(s string) []string {
	return AppendTokens(nil, s)
}
