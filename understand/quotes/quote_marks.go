package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede/understand/text"
)

// Quotation marks: which mark opens the article's quotes, pairing opening
// and closing marks (straight, curly, typed the wrong way round, nested,
// left open across paragraphs), and the segments of quoted text.

// primaryDouble reports whether the article quotes speech with double
// marks: it has some, and no more quotes followed by a verb of speech
// in single marks (‘…,’ he told reporters) than in double ones, the
// British style that keeps double marks for quotes within quotes or for
// terms.
func primaryDouble(s string) bool {
	// (’’ alone, with no ‘‘ anywhere, closes a quote within a quote in
	// single marks: ‘… ‘I’m done,’’ said Roe.)
	if strings.IndexByte(s, '"') < 0 && !strings.Contains(s, "“") && !strings.Contains(s, "”") &&
		!strings.Contains(s, "‘‘") && !strings.Contains(s, "``") {
		return false
	}
	single, double := attributedCloses(s)
	return single <= double
}

// attributedCloses counts the closing single and double marks in s that
// end a quoted sentence or clause (after , . ? !) and that a verb of
// speech follows within four words ("…,’ he told Nieuwsuur"), in one pass.
func attributedCloses(s string) (single, double int) {
	for i := 1; i < len(s)-1; i++ {
		c := s[i]
		if c != '\'' && c != '"' && c != 0xE2 {
			continue
		}
		if p := s[i-1]; p != ',' && p != '.' && p != '?' && p != '!' {
			continue
		}
		n, isSingle := 1, c == '\''
		if c == 0xE2 {
			switch {
			case strings.HasPrefix(s[i:], "’"):
				n, isSingle = len("’"), true
			case strings.HasPrefix(s[i:], "”"):
				n = len("”")
			default:
				continue
			}
		}
		if i+n >= len(s) || s[i+n] != ' ' || !speechVerbFollows(s[i+n:]) {
			continue
		}
		if isSingle {
			single++
		} else {
			double++
		}
	}
	return single, double
}

// speechVerbFollows reports whether one of the first four words of s is a
// verb of speech.
func speechVerbFollows(s string) bool {
	var buf [16]byte
	for w := 0; w < 4; w++ {
		s = strings.TrimLeft(s, " ")
		k := 0
		for k < len(s) && s[k] != ' ' && s[k] != '\n' {
			k++
		}
		word := strings.Trim(s[:k], ".,;:")
		if len(word) > 0 && len(word) <= len(buf) {
			b := buf[:len(word)]
			for x := 0; x < len(word); x++ {
				ch := word[x]
				if ch >= 'A' && ch <= 'Z' {
					ch += 'a' - 'A'
				}
				b[x] = ch
			}
			if isSpeechVerb(string(b)) {
				return true
			}
		}
		if k == len(s) || s[k] == '\n' {
			return false
		}
		s = s[k:]
	}
	return false
}

func isOpenDouble(r rune) bool  { return r == '“' || r == '„' || r == '«' }
func isCloseDouble(r rune) bool { return r == '”' || r == '»' }

// pair finds the quoted segments of every paragraph.
func (f *finder) pair() {
	s := f.doc.Text
	hasDouble := primaryDouble(s)
	group := 0
	carry := false // a quote is open from the previous paragraph
	// skipFrom..skipTo: caption lines skipped inside an open quote (a
	// heading, an embedded post's signature), at most two in a row.
	skipFrom, skipTo := -1, -1
	for pi, p := range f.doc.Paragraphs {
		from := p.Start // where the paragraph's marks are read from
		open := -1
		openDouble := false // in an article quoting in single marks, the open quote is in double ones
		inner := 0          // quotes opened inside the open one (“…“complicity”…”)
		singleSeen := false // an attributed quote in single marks in this paragraph
		if carry {
			// The quote goes on only if this paragraph opens with a mark.
			if !opensWithMark(s[p.Start:p.End], hasDouble) && captionLine(s[p.Start:p.End]) && f.markAfterCaptions(pi, hasDouble) &&
				(skipTo != pi-1 || pi-skipFrom < 2) {
				// A caption, a heading or an embedded post's signature
				// the page put inside the quote ("Club statement"): the
				// quote goes on after it.
				if skipTo != pi-1 {
					skipFrom = pi
				}
				skipTo = pi
				continue
			}
			if !opensWithMark(s[p.Start:p.End], hasDouble) && hasDouble {
				if c := closedWithoutOpening(s, p.Start, p.End); c >= 0 {
					// "From a reader: “We moved in last year … ¶ The
					// room is large. … I keep starting over.” – Lina W.":
					// the letter goes on into a paragraph with no
					// opening mark and closes there.
					f.segs = append(f.segs, segment{open: p.Start, start: p.Start, end: c, close: c, group: group, para: pi})
					_, cn := utf8.DecodeRuneInString(s[c:])
					from = c + cn
				}
			}
			if from == p.Start && !opensWithMark(s[p.Start:p.End], hasDouble) && !f.closedByParagraph(group) {
				// Unbalanced: drop the open segments of the group.
				f.dropGroup(group)
			}
			carry = false
		}
		for i := from; i < p.End; {
			r, n := utf8.DecodeRuneInString(s[i:p.End])
			if hasDouble && (r == '‘' || r == '’' || r == '`' || r == '\'') {
				// Two single marks as a double one: ‘‘…’’, ``…''.
				if dr, dn := doubledMark(s[i:p.End]); dn > 0 && (dr == '“' || closesAt(s, i+dn, p.End)) {
					r, n = dr, dn // not "Dillard''s", an escaped apostrophe
				}
			}
			switch {
			case hasDouble && open < 0 && (r == '‘' || r == '\'') && opensAt(s, p.Start, i):
				// A quote in single marks in a double-quote article
				// ('We are here,' said Smith): kept only when it ends a
				// clause and a verb of speech follows.
				if c, cn := attributedSingleClose(s, i+n, p.End, singleSeen); c >= 0 {
					group++
					f.addSeg(i, c, group, pi, cn)
					n = c + cn - i
					singleSeen = true
				}
			case hasDouble && open < 0 && (isOpenDouble(r) || r == '"' && opensAt(s, p.Start, i) || r == '”' && closeTypedAsOpen(s, p.Start, i, p.End)):
				open = i
				group++
				if i == p.Start && len(f.segs) > 0 && f.leftOpenBefore(pi, skipFrom, skipTo) {
					group-- // continuation of the quote left open
				}
			case hasDouble && open >= 0 && (isOpenDouble(r) || r == '"') && (innerOpens(s, p.Start, i, p.End, r == '"') ||
				r == '“' && s[open] == '"' && curlyInStraight(s, p.Start, i, p.End)):
				inner++ // a quote within the quote
			case hasDouble && open >= 0 && inner > 0 && (isCloseDouble(r) || r == '"'):
				inner--
			case hasDouble && open >= 0 && (isCloseDouble(r) || r == '"' || inner == 0 && r == '“' && openTypedAsClose(s, p.Start, i, p.End) ||
				inner == 0 && r == '?' && s[open] != '"' && questionMarkForClose(s, p.Start, i, p.End)):
				f.addSeg(open, i, group, pi, n)
				open = -1
			case !hasDouble && open < 0 && (isOpenDouble(r) || r == '"' && opensAt(s, p.Start, i)):
				// Single marks are the article's quote marks, but a
				// double-quoted passage outside them is a quote too.
				open, openDouble = i, true
				group++
				if i == p.Start && len(f.segs) > 0 && f.leftOpenBefore(pi, skipFrom, skipTo) {
					group--
				}
			case !hasDouble && open >= 0 && openDouble && (isCloseDouble(r) || r == '"'):
				f.addSeg(open, i, group, pi, n)
				open, openDouble = -1, false
			case !hasDouble && open < 0 && (r == '‘' || r == '\'') && opensAt(s, p.Start, i):
				open = i
				group++
				if i == p.Start && len(f.segs) > 0 && f.leftOpenBefore(pi, skipFrom, skipTo) {
					group--
				}
			case !hasDouble && open >= 0 && !openDouble && r == '‘' && innerSingleOpens(s, p.Start, i, p.End):
				inner++ // ‘… ‘I’m done,’’ said Roe: a quote within the quote
			case !hasDouble && open >= 0 && !openDouble && inner > 0 && r == '’' && closesAt(s, i+n, p.End):
				inner--
			case !hasDouble && open >= 0 && !openDouble && (r == '’' || r == '\'') && closesAt(s, i+n, p.End):
				f.addSeg(open, i, group, pi, n)
				open = -1
			}
			i += n
		}
		if open >= 0 {
			// Open to the end of the paragraph.
			on := markLen(s, open)
			f.segs = append(f.segs, segment{open: open, start: open + on, end: p.End, close: -1, group: group, para: pi})
			carry = true
		}
	}
	if carry && !f.closedByParagraph(group) {
		f.dropGroup(group)
	}
	// Trim and drop empty segments.
	out := f.segs[:0]
	for _, sg := range f.segs {
		if sg.group < 0 {
			continue
		}
		a, b := sg.start, sg.end
		for a < b && (s[a] == ' ' || s[a] == '\t') {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '\t') {
			b--
		}
		if a >= b {
			continue
		}
		sg.start, sg.end = a, b
		out = append(out, sg)
		f.quoted = append(f.quoted, text.Span{Start: sg.open, End: max(sg.close, sg.end)})
	}
	f.segs = out
}

// attributedSingleClose returns the offset and length of the single mark
// in s[from:end] that closes a quote opened by a single mark just before
// from: a letter opens the quote, the mark follows , . ? or ! and a space
// and a verb of speech follow it within four words (‘We are here,’ said
// Smith), or, after such a quote in the paragraph (after), ends it with
// . ? or ! It returns -1 when no such mark closes the quote before a
// double mark, another opening single mark or the paragraph's end.
func attributedSingleClose(s string, from, end int, after bool) (int, int) {
	if r, _ := utf8.DecodeRuneInString(s[from:end]); !unicode.IsUpper(r) {
		return -1, 0
	}
	for i := from + 1; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case r == '“' || r == '”' || r == '"' || r == '‘':
			return -1, 0
		case r == '’' || r == '\'':
			if i+n < end && unicode.IsLetter(rune(s[i+n])) {
				break // an apostrophe (don’t)
			}
			if p := s[i-1]; p != ',' && p != '.' && p != '?' && p != '!' {
				if r == '\'' && i+n < end && s[i+n] == ' ' && unicode.IsLetter(rune(s[i-1])) {
					return -1, 0 // "the Smiths' house": cannot tell, give up
				}
				break
			}
			if i+n < end && s[i+n] == ' ' && speechVerbFollows(s[i+n:end]) {
				return i, n
			}
			if after && s[i-1] != ',' && strings.TrimSpace(s[i+n:end]) == "" {
				// ‘…,’ he said. ‘That cannot happen.’ — the same
				// speaker's next sentence, closing the paragraph.
				return i, n
			}
			return -1, 0
		}
		i += n
	}
	return -1, 0
}

// markLen returns the length of the quotation mark at s[i:].
func markLen(s string, i int) int {
	if _, n := doubledMark(s[i:]); n > 0 {
		return n
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// doubledMark reads two single quotation marks written for a double one
// at the start of s: ‘‘ or “ opens (“), ’’ or ” closes (”). n is 0
// when s does not start with one.
func doubledMark(s string) (r rune, n int) {
	for _, m := range [...]struct {
		pair string
		r    rune
	}{{"‘‘", '“'}, {"``", '“'}, {"’’", '”'}, {"''", '”'}} {
		if strings.HasPrefix(s, m.pair) {
			return m.r, len(m.pair)
		}
	}
	return 0, 0
}

func (f *finder) addSeg(open, close, group, para, closeLen int) {
	on := markLen(f.doc.Text, open)
	f.segs = append(f.segs, segment{open: open, start: open + on, end: close, close: close, group: group, para: para})
}

// closedByParagraph reports whether a quote left open at the end of its
// paragraph, which the next paragraph does not continue, still reads as
// closed there: it is the group's only part and ends a sentence ("said
// the release “gives us hope … support." with its closing mark lost).
// leftOpenBefore reports whether the last segment is a quote left open at
// the end of paragraph pi-1, or before the caption lines skipFrom..skipTo
// that end there.
func (f *finder) leftOpenBefore(pi, skipFrom, skipTo int) bool {
	if len(f.segs) == 0 {
		return false
	}
	last := f.segs[len(f.segs)-1]
	return last.close < 0 && (last.para == pi-1 || skipTo == pi-1 && skipFrom == last.para+1)
}

// markAfterCaptions reports whether one of the two paragraphs after pi
// opens with a quotation mark, with only caption lines between.
func (f *finder) markAfterCaptions(pi int, hasDouble bool) bool {
	ps := f.doc.Paragraphs
	for j := pi + 1; j < len(ps) && j <= pi+2; j++ {
		p := f.doc.Text[ps[j].Start:ps[j].End]
		if opensWithMark(p, hasDouble) {
			return true
		}
		if !captionLine(p) {
			return false
		}
	}
	return false
}

// opensWithMark reports whether paragraph p opens with a quotation mark
// (single ones too when the article quotes in single marks).
func opensWithMark(p string, hasDouble bool) bool {
	r, _ := utf8.DecodeRuneInString(p)
	if dr, dn := doubledMark(p); hasDouble && dn > 0 {
		r = dr
	}
	return isOpenDouble(r) || r == '"' || (!hasDouble && (r == '‘' || r == '\''))
}

// captionLine reports whether paragraph p reads as a caption or a heading:
// a few words, no quotation mark, no sentence end.
func captionLine(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || countWords(p) > 6 || endsSentence(p) || strings.ContainsAny(p, "“”\"‘’«»") {
		return false
	}
	return true
}

func (f *finder) closedByParagraph(g int) bool {
	n := 0
	var last segment
	for _, sg := range f.segs {
		if sg.group == g {
			n++
			last = sg
		}
	}
	if n != 1 || last.close >= 0 {
		return false
	}
	q := strings.TrimRight(f.doc.Text[last.start:last.end], " ")
	// Not “subliminal learning’, a kind of …: a wrong closing mark.
	return countWords(q) >= 4 && endsWithStop(q) && !strings.Contains(q, "’,") && !strings.Contains(q, "’ ")
}

func (f *finder) dropGroup(g int) {
	for i := range f.segs {
		if f.segs[i].group == g {
			f.segs[i].group = -1
		}
	}
}

// opensAt reports whether a straight or single mark at i opens a quote: it
// starts the paragraph or follows space or an opening bracket or dash.
func opensAt(s string, pstart, i int) bool {
	if i == pstart {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[pstart:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':'
}

// openTypedAsClose reports whether an opening double mark at i, inside an
// open quote, closes it, typed the wrong way round: it follows the end of
// a sentence or a comma and ends the paragraph or comes before a space and
// a lower-case word ("… feeds you.“ ¶", "… feeds you,“ she says").
func openTypedAsClose(s string, pstart, i, end int) bool {
	if i == pstart {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[pstart:i])
	if before != '.' && before != ',' && before != '!' && before != '?' && !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:end])
	rest := s[i+n : end]
	if strings.TrimSpace(rest) == "" {
		return true
	}
	// ("Cairo“ to …", "beautiful“ actress": a word's end, a space and
	// the writer's words going on in lower case.)
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return strings.HasPrefix(rest, " ") && unicode.IsLower(after)
}

// questionMarkForClose reports whether a question mark at i stands for a
// closing quotation mark lost to a character set the page could not
// print: it follows a comma, or a full stop after a word that is no
// abbreviation, and the paragraph ends or a space follows (“…was
// illegal.? The court …). No sentence of English asks a question right
// after a comma or a full stop; "in the U.S.?" does, after an
// abbreviation.
func questionMarkForClose(s string, pstart, i, end int) bool {
	if i-pstart < 3 || i+1 < end && s[i+1] != ' ' {
		return false
	}
	switch s[i-1] {
	case ',':
		return true
	case '.':
		w := i - 1
		for w > pstart && s[w-1] != ' ' {
			w--
		}
		word := strings.TrimLeft(s[w:i-1], "“‘\"'(")
		lower := 0
		for _, r := range word {
			if unicode.IsLower(r) {
				lower++
			}
		}
		return lower >= 2 && !text.IsAbbreviation(word)
	}
	return false
}

// closeTypedAsOpen reports whether a closing double mark at i, with no
// quote open, opens one typed the wrong way round: it starts the paragraph
// or follows a space, a letter follows it, and a closing mark
// after a sentence's end or comma closes it in the paragraph ("”We found
// the best rates out West,” said Roe").
func closeTypedAsOpen(s string, pstart, i, end int) bool {
	if !opensAt(s, pstart, i) {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:end])
	if r, _ := utf8.DecodeRuneInString(s[i+n : end]); !unicode.IsLetter(r) {
		return false
	}
	rest := s[i+n : end]
	c := strings.Index(rest, "”")
	if c <= 0 || strings.Contains(rest[:c], "“") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(rest[:c])
	return last == ',' || last == '.' || last == '?' || last == '!'
}

// closedWithoutOpening returns the offset of the one closing double mark
// of paragraph s[start:end] when the paragraph has no other double mark,
// the mark follows a sentence's end and at least four words come before
// it: the end of a quote left open in the paragraph before. Otherwise -1.
func closedWithoutOpening(s string, start, end int) int {
	p := s[start:end]
	if strings.ContainsAny(p, "“„«»") || strings.Count(p, "”")+strings.Count(p, "\"") != 1 {
		return -1
	}
	c := strings.IndexAny(p, "”\"")
	if countWords(p[:c]) < 4 || !endsWithStop(strings.TrimRight(p[:c], " ")) {
		return -1
	}
	return start + c
}

// opensWord reports whether the mark at i (n bytes long) stands where a
// quote within a quote would open: after a space or an opening bracket
// ("a fee for each rider ("fares")"), before a letter, inside the paragraph
// s[pstart:end].
func opensWord(s string, pstart, i, end int) (n int, ok bool) {
	_, n = utf8.DecodeRuneInString(s[i:end])
	if i == pstart || i+n >= end {
		return n, false
	}
	before, _ := utf8.DecodeLastRuneInString(s[pstart:i])
	after, _ := utf8.DecodeRuneInString(s[i+n : end])
	return n, (unicode.IsSpace(before) || before == '(' || before == '[') && unicode.IsLetter(after)
}

// curlyInStraight reports whether a curly opening mark at i, inside a
// quote opened by a straight mark, opens a quote within it: space before
// it, a letter after it, its curly closing mark and then a straight mark
// later in the paragraph ("Roe says "it recalls “Old Roads” and more."").
func curlyInStraight(s string, pstart, i, end int) bool {
	n, ok := opensWord(s, pstart, i, end)
	if !ok {
		return false
	}
	rest := s[i+n : end]
	c := strings.Index(rest, "”")
	return c > 0 && !strings.Contains(rest[:c], "\"") && strings.Contains(rest[c:], "\"")
}

// innerSingleOpens reports whether an opening single mark at i, inside a
// quote open in single marks, opens a quote within it: space before it, a
// letter after it, and two closing single marks (no letter after them)
// further on in the paragraph.
func innerSingleOpens(s string, pstart, i, end int) bool {
	n, ok := opensWord(s, pstart, i, end)
	if !ok {
		return false
	}
	closes := 0
	for j := i + n; j < end; {
		r, m := utf8.DecodeRuneInString(s[j:end])
		if r == '’' && closesAt(s, j+m, end) {
			closes++
		}
		j += m
	}
	return closes >= 2
}

// innerOpens reports whether a double mark at i, inside an open quote,
// opens a quote within it: space before it, a letter after it, and
// enough closing marks after it ("… the move from "renting
// boats" to …").
func innerOpens(s string, pstart, i, end int, straight bool) bool {
	n, ok := opensWord(s, pstart, i, end)
	if !ok {
		return false
	}
	// Both the inner quote and the outer one must close in the
	// paragraph; a mark left open by a typo (“Harbour (“Far Away …”)
	// is not nested.
	rest := s[i+n : end]
	if straight {
		return strings.Count(rest, "\"") >= 2
	}
	return strings.Count(rest, "”")-strings.Count(rest, "“") >= 2
}

// closesAt reports whether a single mark ending at i closes a quote rather
// than being an apostrophe: no letter follows it.
func closesAt(s string, i, end int) bool {
	if i >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return !unicode.IsLetter(r)
}

// inQuote reports whether pos lies inside a quoted span.
func (f *finder) inQuote(pos int) bool {
	q := f.quoted
	i := sort.Search(len(q), func(i int) bool { return q[i].End > pos })
	return i < len(q) && q[i].Start <= pos
}

// segClosingAt returns the segment whose closing mark is at pos, or -1.
func (f *finder) segClosingAt(pos int) int {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].open >= pos })
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if f.segs[j].close == pos {
			return j
		}
	}
	return -1
}

// endsInnerSentence reports whether the quote closing at token c ends
// the writer's sentence inside sentence s, which the text package kept
// whole because a verb of speech follows: the quote sits inside the
// writer's words (not opening the sentence), its words end with a period,
// a question or an exclamation mark, and a capitalised word follows ("Roe
// said that “it works.” Berg agreed, …": Berg's words are a new sentence,
// no attribution of Roe's quote).
func (f *finder) endsInnerSentence(c int, s text.Sentence) bool {
	d := f.doc
	if c < s.First || c+1 >= s.Last || d.Tokens[c].Kind != text.Quote {
		return false
	}
	j := f.segClosingAt(d.Tokens[c].Start)
	if j < 0 {
		return false
	}
	sg := f.segs[j]
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(d.Text[sg.start:sg.end], " "))
	if r != '.' && r != '!' && r != '?' {
		return false
	}
	open := f.tokenAt(sg.open)
	if open <= s.First || f.onlyBulletBefore(s.First, open) || f.sentenceAt(sg.open) != f.sentenceAt(d.Tokens[s.First].Start) {
		return false
	}
	n := d.Tokens[c+1]
	return n.Kind == text.Word && text.IsCapitalized(f.word(c+1)) && !f.inQuote(n.Start)
}

// requoted returns an earlier attributed quote whose words hold those of
// segment i (three words or more), or -1: the writer quoting again what
// the speaker said.
func (f *finder) requoted(i int) int {
	raw := f.doc.Text[f.segs[i].start:f.segs[i].end]
	q := quoteKey(raw)
	if countWords(q) < 3 || isTitle(raw) {
		return -1 // (a name in quotation marks, “Acme Moving and Storage.”, repeats no one)
	}
	for j := i - 1; j >= 0; j-- {
		sg := f.segs[j]
		if sg.kind == "" || sg.requotes > 0 || sg.end-sg.start < len(q) {
			continue
		}
		if strings.Contains(quoteKey(f.doc.Text[sg.start:sg.end]), q) {
			return j
		}
	}
	return -1
}

// pulledFrom returns another quote of the article, attributed in its own
// sentence, that holds segment i's words or whose words segment i holds
// (six words or more), when segment i fills its paragraph: a pull quote
// set apart from the story
// ("“Sleep is the foundation of everything.”" before or after "“Sleep is
// the foundation of everything,” she says."). It returns -1 otherwise.
func (f *finder) pulledFrom(i int) int {
	if !f.fillsParagraph(&f.segs[i]) {
		return -1
	}
	if f.keys == nil {
		f.keys = make([]string, len(f.segs))
		for j, sg := range f.segs {
			f.keys[j] = quoteKey(f.doc.Text[sg.start:sg.end])
		}
	}
	q := f.keys[i]
	if countWords(q) < 6 {
		return -1
	}
	// (within 60 quotes either side: a pull quote sits near its story,
	// and the search stays linear on huge texts)
	for j := max(0, i-60); j < len(f.segs) && j <= i+60; j++ {
		sg := f.segs[j]
		if j == i || sg.kind == "" || !sg.own || sg.group == f.segs[i].group {
			continue
		}
		o := f.keys[j]
		if countWords(o) >= 6 && (strings.Contains(o, q) || strings.Contains(q, o)) {
			return j
		}
	}
	return -1
}

// quoteKey is a quote's words for comparison: lower case, apostrophes
// unified, trailing punctuation dropped.
func quoteKey(s string) string {
	s = strings.ToLower(strings.TrimRight(s, ".,;:!? "))
	return strings.ReplaceAll(s, "’", "'")
}
