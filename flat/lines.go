package flat

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
)

// line is one line of the input with the features the extractor reads.
type line struct {
	text   string // without leading/trailing white space and bullet
	raw    string // the line as given (without the line break)
	indent int    // leading spaces (a tab counts 8)
	blank  bool

	bullet   bool // starts with a list marker (•, *, □, +, -, o, ◦, ■, ·)
	numbered bool // starts with "1." or "1)"
	words    int  // words (runs of letters or digits)
	letters  int
	upper    int  // upper-case letters
	capWords int  // words starting with an upper-case letter
	sentEnd  bool // ends like a sentence: . ! ? … or a closing quote after one
	sents    int  // sentence ends inside the line (". X")
	bracket  bool // the whole line is in brackets: "[image]", "[INS::INS]"
	repeats  int  // how many lines of the page have the same text
	lowStart bool // begins with a lower-case letter
	form     bool // looks like a form control: "[      ]", "____"
}

// decode checks the input and returns it as valid UTF-8 text.
func decode(text []byte, maxBytes int64) (string, error) {
	if maxBytes == 0 {
		maxBytes = DefaultMaxBytes
	}
	if maxBytes > 0 && int64(len(text)) > maxBytes {
		return "", fmt.Errorf("flattened text of %d bytes exceeds the %d-byte limit: %w", len(text), maxBytes, lede.ErrTooLarge)
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return "", fmt.Errorf("flattened text: %w", lede.ErrEmptyInput)
	}
	if isBinary(text) {
		return "", fmt.Errorf("input is binary data, not page text: %w", lede.ErrUnsupported)
	}
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(text) {
		return strings.ToValidUTF8(string(text), "\uFFFD"), nil
	}
	return string(text), nil
}

// isBinary looks at the start of the input for NUL bytes, control bytes and
// the signatures of common binary formats.
func isBinary(b []byte) bool {
	for _, magic := range []string{"%PDF-", "\x89PNG", "GIF8", "\xff\xd8\xff", "PK\x03\x04", "\x1f\x8b", "\x7fELF", "BZh", "\xfd7zXZ"} {
		if bytes.HasPrefix(b, []byte(magic)) {
			return true
		}
	}
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	control := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b:
			control++
		}
	}
	return control*20 > len(head)
}

// splitLines cuts the text into lines and computes each line's own
// features, then how often each text repeats in the page.
func splitLines(s string) []line {
	n := strings.Count(s, "\n") + 1
	lines := make([]line, 0, n)
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		var raw string
		if i < 0 {
			raw, s = s, ""
		} else {
			raw, s = s[:i], s[i+1:]
		}
		raw = strings.TrimRight(raw, "\r")
		lines = append(lines, makeLine(raw))
	}
	counts := make(map[string]int, len(lines))
	for i := range lines {
		if !lines[i].blank {
			counts[lines[i].text]++
		}
	}
	for i := range lines {
		if !lines[i].blank {
			lines[i].repeats = counts[lines[i].text]
		}
	}
	return lines
}

func makeLine(raw string) line {
	l := line{raw: raw}
	indent, i := 0, 0
	for i < len(raw) {
		switch {
		case raw[i] == ' ':
			indent++
			i++
		case raw[i] == '\t':
			indent += 8
			i++
		case raw[i] == '\f' || raw[i] == '\v':
			i++
		case strings.HasPrefix(raw[i:], "\u00a0"):
			indent++
			i += 2
		default:
			goto done
		}
	}
done:
	l.indent = indent
	t := trimSpace(raw[i:])
	if t == "" {
		l.blank = true
		return l
	}
	if rest, ok := cutBullet(t); ok {
		l.bullet = true
		t = rest
	} else if rest, ok := cutNumber(t); ok {
		l.numbered = true
		_ = rest
	}
	l.text = t
	if t == "" {
		l.blank = true
		return l
	}
	l.measure()
	return l
}

// trimSpace trims ASCII white space and no-break spaces.
func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\r' || r == '\f' || r == '\v' || r == '\u200b' })
}

// cutBullet removes a list marker at the start of t.
func cutBullet(t string) (string, bool) {
	for _, b := range []string{"•", "◦", "□", "■", "▪", "●", "○", "·", "‣", "*", "+", "-", "o", "#", "@"} {
		if strings.HasPrefix(t, b) {
			rest := t[len(b):]
			if rest == "" {
				return "", b != "o"
			}
			if rest[0] == ' ' || strings.HasPrefix(rest, "\u00a0") {
				return trimSpace(rest), true
			}
		}
	}
	return t, false
}

// cutNumber recognises "1. ", "12) " at the start of t.
func cutNumber(t string) (string, bool) {
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' {
		return t, false
	}
	return t[i+2:], true
}

// measure counts words, letters and sentence shape in one pass.
func (l *line) measure() {
	t := l.text
	inWord := false
	prevEnd := false // previous rune ended a sentence
	first := true
	for _, r := range t {
		isWordRune := unicode.IsLetter(r) || unicode.IsDigit(r)
		if isWordRune {
			if !inWord {
				l.words++
				if unicode.IsUpper(r) {
					l.capWords++
					if prevEnd {
						l.sents++
					}
				}
				if first && unicode.IsLower(r) {
					l.lowStart = true
				}
			}
			first = false
			if unicode.IsLetter(r) {
				l.letters++
				if unicode.IsUpper(r) {
					l.upper++
				}
			}
			inWord = true
			prevEnd = false
			continue
		}
		inWord = false
		switch r {
		case '.', '!', '?', '…':
			prevEnd = true
		case ' ', '"', '”', '’', '\'', ')', '»':
		default:
			prevEnd = false
		}
	}
	l.sentEnd = endsSentence(t)
	if (strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]")) || (strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && l.words <= 4) {
		l.bracket = true
	}
	if strings.Contains(t, "[    ") || strings.Contains(t, "____") || strings.Contains(t, "[ ]") || strings.Contains(t, "[X]") {
		l.form = true
	}
}

// endsSentence reports whether t ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(t string) bool {
	for len(t) > 0 {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '”', '’', '\'', ')', '»', ']', ' ':
			t = t[:len(t)-size]
		default:
			return false
		}
	}
	return false
}
