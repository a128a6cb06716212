package entities

import (
	"strings"

	"github.com/ledehq/lede/understand/text"
)

// labelLine reports whether sentence s is a label on a line of its own,
// ending in a colon ("Ada Quill, Director of Research at Zorva Trust:"):
// the speaker of what follows in an interview round-up, not a headline,
// so its title case still names people and organizations. A line in
// capitals is no label.
func labelLine(d *text.Doc, s text.Sentence) bool {
	if s.Last-s.First < 3 || isShouted(d, s) {
		return false
	}
	last := d.Tokens[s.Last-1]
	if last.Kind != text.Punct || d.Text[last.Start:last.End] != ":" {
		return false
	}
	if s.Start > 0 && d.Text[s.Start-1] != '\n' {
		return false // the line holds more than the label
	}
	if strings.IndexByte(d.Text[s.Start:last.Start], '\n') >= 0 {
		return false
	}
	rest := d.Text[last.End:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	if strings.TrimSpace(rest) != "" {
		return false
	}
	// A name of two to four words opens it, then a comma or "and":
	// "Ada Quill, Director …:", "Ada Quill and Tom Roe of Zorva:"; not a
	// heading of picks ("The Best Quill Kettle:", "Best Kettle for Tea:").
	i := s.First
	for i < s.Last-1 && d.Tokens[i].Kind == text.Word && text.IsCapitalized(d.Text[d.Tokens[i].Start:d.Tokens[i].End]) {
		i++
	}
	if n := i - s.First; n < 2 || n > 4 || labelOpeners[d.Text[d.Tokens[s.First].Start:d.Tokens[s.First].End]] {
		return false
	}
	w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]
	return w == "," || w == "and"
}

// labelOpeners open headings, not names.
var labelOpeners = map[string]bool{"The": true, "A": true, "An": true, "Best": true, "Our": true, "Why": true, "How": true, "What": true}

// employerAfterName classifies the name after a person's "of" or "at"
// ("Ada Quill of Brindlework"). On a label line ("Ada Quill and Tom Roe
// of Brindlework:") a name that is no place is the speakers' employer,
// even of one word that nothing else vouches for.
func (f *finder) employerAfterName(sp span) {
	a, b := sp.a, sp.b
	if b-a <= 3 && labelLine(f.doc, f.doc.Sentences[sp.sentence]) && f.nameLike(a, b) && !f.isGiven(f.str(a)) {
		name := f.spanTextOnly(a, b)
		if !f.known(name) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(name)) {
			f.addOrg(a, b, sp.sentence)
			return
		}
	}
	f.classify(sp)
}

// colonName reports whether [a, b), two or three name words opening a
// line and followed by a colon, names the person the line is about ("Jorra
// Quill: ‘Running Home’ at the Box", "Ugo Rondane: The Rainbow Body,
// Zorva HQ"): its first word is a given name, a work's title in quotation
// marks follows the colon, or its last word comes back alone elsewhere in
// the article ("… Rondane filled the gallery"). Not a
// heading's words ("Key Takeaways:", "Editor's Note:").
func (f *finder) colonName(a, b int) bool {
	d := f.doc
	if b-a < 2 || b-a > 3 || b >= len(d.Tokens) || f.str(b) != ":" || !f.nameLike(a, b) || f.hasOrgWord(a, b) || f.hasTitle(a, b) {
		return false
	}
	if start := d.Tokens[a].Start; start > 0 && d.Text[start-1] != '\n' {
		return false
	}
	name := f.spanTextOnly(a, b)
	if f.known(name) || knownOrgs[name] || f.known(f.str(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if w := f.str(k); f.doc.WrittenLower(lowerASCII(w)) && !(k == b-1 && k > a) {
			return false // "Key Takeaways", "Quick Tips"
		}
	}
	if f.isGiven(f.str(a)) {
		return true
	}
	if b+1 < len(d.Tokens) && d.Tokens[b+1].Kind == text.Quote && !f.known(f.str(b-1)) && f.titleThenVenue(b+1) {
		return true // "Jorra Quill: ‘Running Home’ at the Box": an artist and a work's title
	}
	last := f.str(b - 1)
	for _, i := range f.capPositions(last) {
		if i != b-1 && !f.isCapWordAt(i+1) && (i == 0 || !f.isCapWord(i-1) && !productDeterminers[f.str(i-1)]) {
			return true // the surname alone elsewhere (not "the Columbia", a product)
		}
	}
	return false
}

// labelName returns where the person's name ends when [a, b) is a name of
// a speaker's label line ("Xiaolu Quell and Ada Roe of Brindlework:"): the
// line's first name, or the one after its "and", two to four name words
// (a word the article also writes in lower case included: "Sun"), up to
// an "of" or "at" before the employer; or -1.
func (f *finder) labelName(a, b int) int {
	d := f.doc
	s := d.Sentences[f.sentenceOf(a)]
	if !labelLine(d, s) {
		return -1
	}
	if a != s.First && !(a >= 2 && f.str(a-1) == "and" && f.isCapWord(a-2)) {
		return -1
	}
	e := b
	for k := a + 2; k < b; k++ {
		if w := f.str(k); w == "of" || w == "at" {
			e = k
			break
		}
	}
	if e-a < 2 || e-a > 4 || f.hasOrgWord(a, e) || f.hasTitle(a, e) || f.known(f.spanTextOnly(a, e)) || knownOrgs[f.spanTextOnly(a, e)] {
		return -1
	}
	for k := a; k < e; k++ {
		w := f.str(k)
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(w) || text.IsAllCaps(w) && !isInitials(w) || notNameWords[w] || titleHeads[w] {
			return -1
		}
	}
	return e
}

// listedNames reports whether [a, b), two or three name words opening with
// a given name on a title-case line, is listed with another such name
// ("Three Artists: Sophie Quill, Michael Roe, Isabel Pell – Zorva Gallery",
// "Tate – Ithell Quill + Edward Roe"): a list of people, not a headline's
// words.
func (f *finder) listedNames(a, b int) bool {
	if b-a < 2 || b-a > 3 || !f.givenLed(a, b) {
		return false
	}
	// the name before the separator
	if a >= 3 && listSeparators[f.str(a-1)] {
		e := a - 1
		k := e
		for k > 0 && f.isCapWord(k-1) && e-k < 3 {
			k--
		}
		if e-k >= 2 && f.givenLed(k, e) {
			return true
		}
	}
	// the name after it
	if b+2 < len(f.doc.Tokens) && listSeparators[f.str(b)] {
		k := b + 1
		e := k
		for e < len(f.doc.Tokens) && f.isCapWord(e) && e-k < 3 {
			e++
		}
		if e-k >= 2 && f.givenLed(k, e) {
			return true
		}
	}
	return false
}

// listSeparators separate the names of a list.
var listSeparators = map[string]bool{",": true, "and": true, "+": true, "&": true}

// givenLed reports whether [a, b) is a given name and name words, no
// organization, title or place.
func (f *finder) givenLed(a, b int) bool {
	return f.isGiven(f.str(a)) && f.nameLike(a, b) && !f.hasOrgWord(a, b) && !f.hasTitle(a, b) && !f.known(f.spanTextOnly(a, b))
}

// titleThenVenue reports whether the quotation opening at token q is a
// work's title followed by where it shows: "‘Running Home’ at the Box",
// "‘Running Home’, Quill Gallery".
func (f *finder) titleThenVenue(q int) bool {
	d := f.doc
	for k := q + 2; k < len(d.Tokens) && k < q+16; k++ {
		if d.Tokens[k].Kind != text.Quote {
			continue
		}
		if k+1 >= len(d.Tokens) {
			return false
		}
		switch f.str(k + 1) {
		case "at", ",", "(", "–", "—":
			return true
		}
		return false
	}
	return false
}
