package flat

import (
	"bytes"
	"fmt"
	"github.com/ledehq/lede/internal/binsniff"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/datetext"
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
	dated    bool // a short line with a date or a relative time ("5 hours ago")
	glued    bool // title-case words glued to the next text: "Rally In NASCAR FinaleFord v Toyota..."
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
	if lines := countLines(text); lines > maxLines {
		return "", fmt.Errorf("flattened text of %d non-blank lines exceeds the %d-line limit: %w", lines, maxLines, lede.ErrTooLarge)
	}
	// Text reaches here decoded (pipeline.Read decodes UTF-16 and legacy
	// encodings first), so a zero byte is binary too.
	if binsniff.Kind(text) != "" || bytes.IndexByte(text[:min(len(text), 8192)], 0) >= 0 {
		return "", fmt.Errorf("input is binary data, not page text: %w", lede.ErrUnsupported)
	}
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(text) {
		return strings.ToValidUTF8(string(text), "\uFFFD"), nil
	}
	return string(text), nil
}

// maxLines is the most non-blank lines a page may have: far more than any
// real page, and a bound on the memory a hostile input can cost.
const maxLines = 300_000

// countLines counts the lines that hold more than white space.
func countLines(b []byte) int {
	n, content := 0, false
	for _, c := range b {
		switch c {
		case '\n':
			if content {
				n++
			}
			content = false
		case ' ', '\t', '\r':
		default:
			content = true
		}
	}
	if content {
		n++
	}
	return n
}

// splitLines cuts the text into lines and computes each line's own
// features, then how often each text repeats in the page.
// A run of blank lines is kept as one blank line.
func splitLines(s string) []line {
	n := min(strings.Count(s, "\n")+1, maxLines)
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
		l := makeLine(raw)
		if l.blank && len(lines) > 0 && lines[len(lines)-1].blank {
			continue
		}
		lines = append(lines, l)
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
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\u00a0' || r == '\r' || r == '\f' || r == '\v' || r == '\u200b'
	})
}

// cutBullet removes a list marker at the start of t.
func cutBullet(t string) (string, bool) {
	for _, b := range []string{"•", "◦", "□", "■", "▪", "●", "○", "·", "‣", "☆", "★", "►", "▸", "✓", "✔", "*", "+", "-", "o", "#", "@"} {
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
	cjk := 0
	for _, r := range t {
		isWordRune := unicode.IsLetter(r) || unicode.IsDigit(r)
		if r >= 0x3040 && isWordRune && isCJK(r) {
			// Chinese and Japanese text has no spaces: two characters
			// count as a word.
			cjk++
			l.letters++
			if first {
				first = false
			}
			if prevEnd {
				l.sents++
			}
			inWord, prevEnd = false, false
			continue
		}
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
		case '.', '!', '?', '…', '。', '！', '？':
			prevEnd = true
		case ' ', '"', '”', '’', '\'', ')', '»', '」', '』':
		default:
			prevEnd = false
		}
	}
	l.words += (cjk + 1) / 2
	l.sentEnd = endsSentence(t)
	if l.words <= 16 {
		if _, ok := datetext.Find(t); ok {
			l.dated = true
		} else if hasAgo(t) {
			l.dated = true
		}
	}
	l.glued = gluedTitle(t)
	if l.dated && strings.Contains(t, "(@") {
		// A post signature ("— Name (@handle) June 28, 2018") belongs
		// to the story; it is not a comment's or a teaser's date.
		if _, ok := parseSignature(trimSpace(l.raw)); ok {
			l.dated = false
		}
	}
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
		case '.', '!', '?', '…', '。', '！', '？':
			return true
		case '"', '”', '’', '\'', ')', '»', ']', ' ', '」', '』', '）':
			t = t[:len(t)-size]
		default:
			return false
		}
	}
	return false
}

// hasAgo reports whether t holds a relative time: a number or "a"/"an", a
// unit, then "ago" ("5 hours ago", "2 days ago at 07:52 am").
func hasAgo(t string) bool {
	i := strings.Index(t, " ago")
	if i < 0 || (i+4 < len(t) && isASCIILetter(t[i+4])) {
		return false
	}
	f := strings.Fields(t[:i])
	if len(f) < 2 {
		return false
	}
	_, ok := relativeTime(f[len(f)-2] + " " + f[len(f)-1] + " ago")
	return ok
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// gluedTitle reports whether t starts with three or more capitalised words
// of which the last runs straight into a capitalised word ("Rally Overmatched
// Ford In NASCAR FinaleFord v Toyota"): a link's title glued to its summary by
// the flattening.
func gluedTitle(t string) bool {
	words := 0
	lowerRun := 0
	wordStart := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ':
			wordStart = true
			lowerRun = 0
			continue
		case c >= 'A' && c <= 'Z':
			if wordStart {
				words++
			} else if lowerRun >= 3 && words >= 3 {
				return true
			}
			lowerRun = 0
		case c >= 'a' && c <= 'z':
			if wordStart && (c < '0' || c > '9') {
				// A lower-case word: "and", "of", "the" are allowed
				// in titles; a long one ends the title.
				j := i
				for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
					j++
				}
				if j-i > 4 {
					return false
				}
			}
			lowerRun++
		default:
			lowerRun = 0
		}
		wordStart = false
	}
	return false
}

// isCJK reports whether r is a Han, Hiragana or Katakana character.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}
