// Package text splits news text into paragraphs, sentences and tokens, the
// units the other understanding stages work on.
//
// Method: one left-to-right byte scan per unit, no regular expressions and
// no allocation beyond the result slices. A sentence ends at '.', '!' or '?'
// (with any closing quotation marks, brackets and citation marks such as
// "[30]" after it) when the next word starts a new sentence: an upper-case
// letter, a digit or an opening quotation mark — except that a quote keeps
// its attribution ("“…!” Trump tweeted", "“…!” Pryce groused."). The period of a known abbreviation ("Gov.", "Jr.", "Jan.", "Inc."), of
// an initial ("J.") or of a dotted acronym ("U.S.") does not end a sentence,
// unless the acronym is followed by a word that usually opens a sentence
// ("U.S. The"). A paragraph break (a newline) always ends a sentence. Tokens
// keep the apostrophes, hyphens and dots inside words ("don’t", "re-admit",
// "U.S.") and split off the possessive "’s", quotation marks and other
// punctuation; "@handle" and "#tag" are one token.
//
// It does not tag parts of speech or find names; see package
// understand/entities. Offsets are bytes into the string given.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a range [Start, End) of bytes.
type Span struct {
	Start, End int
}

// Kind says what a token is.
type Kind uint8

// The kinds of token.
const (
	Word       Kind = iota + 1 // letters, with inner apostrophes, hyphens and dots
	Number                     // starts with a digit: "2014", "1.5", "3rd"
	Handle                     // "@realDonaldTrump", "#MeToo"
	Quote                      // a quotation mark: “ ” " ‘ ’ « » and straight '
	Punct                      // anything else that is not space
	Possessive                 // the "’s" or "'s" after a word
)

// Token is one token of a text.
type Token struct {
	Start, End int
	Kind       Kind
}

// Paragraphs returns the non-blank lines of s, trimmed of surrounding space.
// Article text separates blocks with a blank line, so each block is a
// paragraph; a single newline also ends one.
func Paragraphs(s string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '\n' {
			continue
		}
		a, b := trimSpace(s, start, i)
		if a < b {
			out = append(out, Span{a, b})
		}
		start = i + 1
	}
	return out
}

func trimSpace(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// Sentences returns the sentences of s in order, trimmed of space. No
// sentence crosses a newline.
func Sentences(s string) []Span {
	var out []Span
	for _, p := range Paragraphs(s) {
		out = appendSentences(out, s, p)
	}
	return out
}

// SentencesIn appends the sentences of the paragraph p of s to dst.
func SentencesIn(dst []Span, s string, p Span) []Span {
	return appendSentences(dst, s, p)
}

func appendSentences(out []Span, s string, p Span) []Span {
	start := p.Start
	i := p.Start
	for i < p.End {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		// Extend over repeated terminators and closing marks: ?!, ...”, .)
		end := i + 1
		for end < p.End {
			if s[end] == '.' || s[end] == '!' || s[end] == '?' || s[end] == ')' || s[end] == ']' || s[end] == '"' || s[end] == '\'' {
				end++
				continue
			}
			if s[end] == '[' {
				// A citation mark after the terminator: "marriage.[30][31] Yagan"
				if k := citationEnd(s, end, p.End); k > end {
					end = k
					continue
				}
			}
			r, n := utf8.DecodeRuneInString(s[end:p.End])
			if r == '”' || r == '’' || r == '»' || r == '…' {
				end += n
				continue
			}
			break
		}
		if end >= p.End {
			break
		}
		// A break needs space after the terminator group.
		r, n := utf8.DecodeRuneInString(s[end:p.End])
		if !unicode.IsSpace(r) {
			i = end
			continue
		}
		next := end + n
		for next < p.End {
			r2, n2 := utf8.DecodeRuneInString(s[next:p.End])
			if !unicode.IsSpace(r2) {
				break
			}
			next += n2
		}
		if next >= p.End {
			break
		}
		if c == '.' && end == i+1 && !periodEnds(s, p.Start, i, next, p.End) {
			i = end
			continue
		}
		if !startsSentence(s, next, p.End) {
			i = end
			continue
		}
		if closesQuote(s, i, end) && attributionFollows(s, next, p.End) {
			// “... Election!” Trump tweeted: the attribution belongs to
			// the quote's sentence.
			i = end
			continue
		}
		a, b := trimSpace(s, start, end)
		if a < b {
			out = append(out, Span{a, b})
		}
		start = next
		i = next
	}
	a, b := trimSpace(s, start, p.End)
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

// citationEnd returns the offset after a citation mark at i ("[30]",
// "[n 11]": a bracket of up to eight letters, digits and spaces), or i.
func citationEnd(s string, i, end int) int {
	for k := i + 1; k < end && k <= i+9; k++ {
		c := s[k]
		switch {
		case c == ']':
			if k > i+1 {
				return k + 1
			}
			return i
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == ' ':
		default:
			return i
		}
	}
	return i
}

// startsSentence reports whether the text at i can open a sentence.
func startsSentence(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r):
		return true
	case r == '“' || r == '"' || r == '‘' || r == '\'' || r == '«' || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == '@' || r == '#':
		return true
	}
	return false
}

// periodEnds decides whether the period at dot (followed by the word at
// next) ends a sentence, looking at the word the period closes.
func periodEnds(s string, pstart, dot, next, end int) bool {
	ws := dot
	for ws > pstart {
		r, n := utf8.DecodeLastRuneInString(s[pstart:ws])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'' || r == '’' {
			ws -= n
			continue
		}
		break
	}
	word := s[ws:dot]
	if word == "" {
		return true
	}
	nextWord := wordAt(s, next, end)
	if isInitial(word) {
		// "J. Trump": an initial before a capitalised word.
		return false
	}
	if containsByte(word, '.') {
		// A dotted acronym: "U.S.", "a.m.". It ends the sentence only
		// before a word that usually opens one.
		return IsSentenceOpener(nextWord)
	}
	if IsAbbreviation(word) {
		if isEnderAbbreviation(word) {
			return IsSentenceOpener(nextWord)
		}
		return false
	}
	return true
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// isInitial reports whether w is one upper-case letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// wordAt returns the run of letters at i.
func wordAt(s string, i, end int) string {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return s[i:j]
}

// Tokens appends the tokens of s[span] to dst; offsets are into s.
func Tokens(dst []Token, s string, span Span) []Token {
	i := span.Start
	end := span.End
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			j := scanWord(s, i, end)
			// Split off a possessive.
			if k := possessiveAt(s, i, j); k > 0 {
				dst = append(dst, Token{i, k, Word}, Token{k, j, Possessive})
			} else {
				dst = append(dst, Token{i, j, Word})
			}
			i = j
		case unicode.IsDigit(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(s[j:end])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '.' || r2 == ',' || r2 == ':') && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' {
					j += n2
					continue
				}
				break
			}
			dst = append(dst, Token{i, j, Number})
			i = j
		case (r == '@' || r == '#') && i+1 < end && isWordByte(s[i+1]):
			j := i + 1
			for j < end && isWordByte(s[j]) {
				j++
			}
			dst = append(dst, Token{i, j, Handle})
			i = j
		case IsQuoteMark(r):
			dst = append(dst, Token{i, i + n, Quote})
			i += n
		default:
			dst = append(dst, Token{i, i + n, Punct})
			i += n
		}
	}
	return dst
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// scanWord returns the end of the word starting at i: letters and digits
// with single inner apostrophes, hyphens and dots; a final dot is kept for
// abbreviations, initials and dotted acronyms.
func scanWord(s string, i, end int) int {
	j := i
	dotted := false
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '‑' {
			k := j + n
			if k < end {
				r2, _ := utf8.DecodeRuneInString(s[k:end])
				if unicode.IsLetter(r2) || (r != '.' && unicode.IsDigit(r2)) {
					if r == '.' {
						dotted = true
					}
					j = k
					continue
				}
			}
			if r == '.' {
				w := s[i:j]
				if dotted || isInitial(w) || IsAbbreviation(w) {
					j = k
				}
			}
		}
		break
	}
	return j
}

// possessiveAt returns where a trailing "’s" or "'s" starts in s[i:j], or 0.
func possessiveAt(s string, i, j int) int {
	if j-i > 3 && s[j-1] == 's' {
		if s[j-2] == '\'' {
			return j - 2
		}
		if j-i > 5 && s[j-4:j-1] == "’" {
			return j - 4
		}
	}
	return 0
}

// IsQuoteMark reports whether r is a quotation mark.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '«', '»', '\'':
		return true
	}
	return false
}

// IsCapitalized reports whether w starts with an upper-case letter.
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether w has at least two letters and no lower-case
// one ("FBI", "U.S.", "MOSCOW").
func IsAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Sentence is one sentence of a Doc: its span, the paragraph it belongs to
// and its tokens, Doc.Tokens[First:Last].
type Sentence struct {
	Span
	Para        int
	First, Last int
}

// Doc is a text split once into paragraphs, sentences and tokens, shared by
// the understanding stages.
type Doc struct {
	Text       string
	Paragraphs []Span
	Sentences  []Sentence
	Tokens     []Token

	lower map[string]bool // the words written with a lower-case first letter
}

// WrittenLower reports whether the text writes the word w, exactly as
// given, with a lower-case first letter somewhere: a capitalised "Officials"
// or "Unusually" is a common word when the text also has "officials".
func (d *Doc) WrittenLower(w string) bool { return d.lower[w] }

// Analyze splits s into paragraphs, sentences and tokens.
func Analyze(s string) *Doc {
	d := &Doc{Text: s}
	d.Paragraphs = Paragraphs(s)
	d.Sentences = make([]Sentence, 0, len(s)/100+1)
	d.Tokens = make([]Token, 0, len(s)/5+1)
	var spans []Span
	for pi, p := range d.Paragraphs {
		spans = appendSentences(spans[:0], s, p)
		for _, sp := range spans {
			first := len(d.Tokens)
			d.Tokens = Tokens(d.Tokens, s, sp)
			d.Sentences = append(d.Sentences, Sentence{Span: sp, Para: pi, First: first, Last: len(d.Tokens)})
		}
	}
	d.lower = make(map[string]bool, len(d.Tokens)/2)
	for i, t := range d.Tokens {
		if t.Kind == Word {
			if r, _ := utf8.DecodeRuneInString(s[t.Start:]); unicode.IsLower(r) {
				d.lower[d.Str(i)] = true
			}
		}
	}
	return d
}

// Str returns the text of token i.
func (d *Doc) Str(i int) string {
	t := d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// closesQuote reports whether the terminator group s[i:end] holds a closing
// quotation mark.
func closesQuote(s string, i, end int) bool {
	for k := i; k < end; {
		r, n := utf8.DecodeRuneInString(s[k:end])
		if r == '”' || r == '"' || r == '’' || r == '\'' || r == '»' {
			return true
		}
		k += n
	}
	return false
}

// indefinitePronouns open sentences that name nobody ("Nobody answered.").
var indefinitePronouns = map[string]bool{
	"nobody": true, "everyone": true, "everybody": true, "someone": true, "somebody": true, "nothing": true,
	"everything": true, "something": true, "none": true, "silence": true, "laughter": true, "applause": true,
}

// attributionFollows reports whether a verb of speech comes within the first
// few words at i, before any punctuation ("Trump tweeted", "said Pence",
// "Kremlin aide Yuri Ushakov told").
func attributionFollows(s string, i, end int) bool {
	words := 0
	caps, past := 0, 0 // capitalised words and lower-case words ending in "ed"
	for i < end && words < 6 {
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r):
			j := scanWord(s, i, end)
			w := s[i:j]
			if k := possessiveAt(s, i, j); k > 0 {
				w = s[i:k]
			}
			if speechVerbs[w] {
				return true
			}
			if unicode.IsUpper(r) {
				if sentenceOpeners[strings.ToLower(w)] || indefinitePronouns[strings.ToLower(w)] {
					return false
				}
				caps++
			} else if strings.HasSuffix(w, "ed") {
				past++
			}
			words++
			i = j
		default:
			// "“…!” Pryce groused." / "fumed Owen Pryce.": a name and a
			// verb the lexicon does not know, ending the sentence.
			return r == '.' && past == 1 && caps >= 1 && caps <= 3 && words == caps+past
		}
	}
	return false
}
