// Feature pieces that give each expert a section: a line naming the
// speaker ("Jane Roe, co-owner of Acme Events", "Tested by Jane Roe") set
// before the paragraphs of their quotes.

package quotes

import (
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// nameLineOpeners may come before the name in a line that introduces a
// reviewer or tester ("Tested by Jane Roe", "Reviewed by Jane Roe").
var nameLineOpeners = map[string]bool{"Tested": true, "Reviewed": true, "Reviewer": true, "Tester": true, "Review": true}

// nameLine returns the person a caption-like line introduces when that
// line is the paragraph right before para: a line of at most fifteen
// words with no sentence end and no quotation mark that opens with a
// person's name, the name ending the line or followed by a comma, a dash,
// a bar or a parenthesis ("Jane Roe, co-owner of Acme Events", "Jane Roe
// (Acme)", "Tested by Jane Roe"); else -1. Trend pieces and surveys of
// business owners set such a line over each speaker's quotes.
func (f *finder) nameLine(para int) int {
	if para == 0 {
		return -1
	}
	if e := f.nameLineAt(para - 1); e >= 0 || para < 2 || !f.placeLine(para-1) {
		return e
	}
	// "Sarah Lind, owner of Petal House ¶ Spokane, Washington ¶ “…”"
	return f.nameLineAt(para - 2)
}

// nameLikeLine reports whether paragraph p looks like a line naming a
// speaker whom the entities did not find: a caption-like line opening
// with two or three capitalised words and a comma, a dash, a bar or a
// parenthesis, or "of", "at" or "from" and a capitalised word ("Sarah Lind of Petal House"). The quote
// after it is someone new's, not the earlier speaker's.
func (f *finder) nameLikeLine(p int) bool {
	d := f.doc
	pp := d.Paragraphs[p]
	line := strings.TrimSpace(d.Text[pp.Start:pp.End])
	if line == "" || endsSentence(line) || strings.HasSuffix(line, ":") || strings.ContainsAny(line, "“”\"«»") || countWords(line) > 15 {
		return false
	}
	k := f.skipListMark(f.tokenAt(pp.Start), pp.End)
	n := 0
	for ; k < len(d.Tokens) && d.Tokens[k].Start < pp.End && d.Tokens[k].Kind == text.Word && text.IsCapitalized(f.word(k)); k++ {
		n++
	}
	if n < 2 || n > 3 || k+1 >= len(d.Tokens) || d.Tokens[k+1].Start >= pp.End {
		return false
	}
	switch f.word(k) {
	case ",", "(", "|", "—", "–":
		return true
	case "of", "at", "from":
		return text.IsCapitalized(f.word(k + 1))
	}
	return false
}

// placeLine reports whether paragraph p is a caption line of a few words
// naming no person ("Spokane, Washington").
func (f *finder) placeLine(p int) bool {
	pp := f.doc.Paragraphs[p]
	line := strings.TrimSpace(f.doc.Text[pp.Start:pp.End])
	if line == "" || endsSentence(line) || strings.ContainsAny(line, "“”\"«»:") || countWords(line) > 6 {
		return false
	}
	return f.firstPersonIn(pp.Start, pp.End) < 0
}

// nameLineAt returns the person the caption-like paragraph p opens with
// (see nameLine), or -1.
func (f *finder) nameLineAt(p int) int {
	d := f.doc
	pp := d.Paragraphs[p]
	line := strings.TrimSpace(d.Text[pp.Start:pp.End])
	period := strings.HasSuffix(line, ".") && strings.Count(line, ",") == 1 && !strings.ContainsAny(line[:len(line)-1], ".;!?")
	if line == "" || endsSentence(line) && !period || strings.HasSuffix(line, ":") || strings.ContainsAny(line, "“”\"«»") || countWords(line) > 15 {
		return -1
	}
	k := f.skipListMark(f.tokenAt(pp.Start), pp.End)
	if k >= len(d.Tokens) {
		return -1
	}
	if nameLineOpeners[f.word(k)] {
		k++
		if k < len(d.Tokens) && f.word(k) == "by" {
			k++
		} else if k < len(d.Tokens) && f.word(k) == ":" {
			k++
		}
	} else if f.word(k) == "By" {
		if p < 2 {
			return -1 // the article's own byline, not a reviewer's line
		}
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Start >= pp.End {
		return -1
	}
	e := f.mentionStartingAt(k)
	if e < 0 || f.ents.Entities[e].Kind != entities.Person {
		return -1
	}
	end := f.mentionEnd(k)
	if period && (end >= pp.End || f.word(f.tokenAt(end)) != ",") {
		return -1 // ("Priya Shah, a landscaper in Atlanta.": a name line ending in a period)
	}
	if end >= pp.End {
		return e
	}
	n := f.tokenAt(end)
	if n >= len(d.Tokens) {
		return -1
	}
	switch f.word(n) {
	case ",", "(", "|", "—", "–", "-":
		return e
	case "of", "at", "from":
		// "Sarah Lind of Petal House": an employer or a place, capitalised
		if n+1 < len(d.Tokens) && d.Tokens[n+1].Start < pp.End && text.IsCapitalized(f.word(n+1)) {
			return e
		}
	}
	return -1
}

// plainNarration reports whether paragraph para is a short stretch of the
// writer's narration between two quote paragraphs: at most two sentences
// and forty words, no quotation mark, no entity named, no one speaking
// ("Weddings are smaller now.").
func (f *finder) plainNarration(para int) bool {
	d := f.doc
	pp := d.Paragraphs[para]
	line := d.Text[pp.Start:pp.End]
	if !endsSentence(strings.TrimSpace(line)) || strings.ContainsAny(line, "“”\"«»‘’'") || countWords(line) > 40 {
		return false
	}
	a, b := f.tokenAt(pp.Start), f.tokenAt(pp.End)
	if a >= b || f.anyMentionAt(a, b-1) {
		return false
	}
	n := 0
	for _, s := range d.Sentences[f.sentenceAt(pp.Start):] {
		if s.Start >= pp.End {
			break
		}
		n++
	}
	if n > 2 {
		return false
	}
	for k := a; k < b; k++ {
		switch w := f.word(k); {
		case isSpeechVerb(strings.ToLower(w)), isPronoun(w) && w != "it" && w != "It", w == "I", w == "We", w == "we":
			return false
		}
	}
	return true
}

// ownInParagraph reports whether quote j's speaker is named by the own
// attribution of j or of a quote before it in its paragraph (not only by
// going on from an earlier paragraph).
func (f *finder) ownInParagraph(j int) bool {
	p := f.segs[j]
	for ; j >= 0 && f.segs[j].para == p.para; j-- {
		if f.segs[j].own && f.segs[j].speaker == p.speaker {
			return true
		}
	}
	return false
}

// recitationVerbs say words by heart: a prayer, a mantra or a phrase
// the writer suggests ("repeat “I am enough”"), nobody's quote.
var recitationVerbs = map[string]bool{
	"repeat": true, "repeats": true, "repeated": true, "repeating": true, "recite": true, "recites": true,
	"recited": true, "reciting": true, "chant": true, "chants": true, "chanted": true, "chanting": true,
	"mouth": true, "mouths": true, "intone": true, "intones": true,
}

// recitationNouns name words said by heart or printed ("the mantra “…”").
var recitationNouns = map[string]bool{
	"mantra": true, "mantras": true, "prayer": true, "prayers": true, "affirmation": true, "affirmations": true,
	"slogan": true, "slogans": true, "chant": true, "incantation": true, "catchphrase": true, "tagline": true,
}

// recited reports whether the quotation mark at token open, in the
// sentence opening at token first, quotes words recited or printed rather
// than said: after a verb of reciting a few words before it ("repeat “I am
// enough”", "silently repeat a phrase such as “…”", "say to yourself,
// “…”"), right after a noun such as "mantra" or "prayer", or after a
// sign that reads them ("A sign by the door reads “…”"). Not after
// "repeated that" or "repeated his claim", which report speech.
func (f *finder) recited(first, open int) bool {
	for k, n := open-1, 0; k >= first && n < 6; k, n = k-1, n+1 {
		w := strings.ToLower(f.word(k))
		switch {
		case recitationVerbs[w]:
			// ("He repeated: “We will win.”" is his speech.)
			return !(k+1 < open && (f.word(k+1) == ":" || f.word(k+1) == ",") && f.subjectBefore(k, first) >= 0)
		case recitationNouns[w] && (n == 0 || n <= 2 && (f.word(k+1) == "such" || f.word(k+1) == "like" || f.word(k+1) == ":" || f.word(k+1) == ",")):
			return true
		case w == "yourself" && k > first && (f.word(k-1) == "to" && k-1 > first && isSpeechVerb(strings.ToLower(f.word(k-2))) || isSpeechVerb(strings.ToLower(f.word(k-1)))):
			return true // "say to yourself", "tell yourself"
		case (w == "reads" || w == "read" || w == "says" || w == "said") && f.signSubject(first, k):
			return true
		case w == "that" || w == "his" || w == "her" || w == "their" || w == "its" || w == "." || w == "?" || w == "!":
			return false
		case f.doc.Tokens[k].Kind == text.Word && text.IsCapitalized(f.word(k)) && k > first:
			return false // a name: someone's words
		}
	}
	return false
}

// signSubject reports whether the clause before token v, from token
// first, is about a sign or a poster ("A sign by the door reads").
func (f *finder) signSubject(first, v int) bool {
	for k := max(first, v-6); k < v; k++ {
		if signNouns[strings.ToLower(f.word(k))] {
			return true
		}
	}
	return false
}

// introducedIn reports whether sentence s holds the first mention of
// entity e: a new speaker introduced ("Sarah Lind owns a flower shop in
// Spokane."), not one already in a dialogue.
func (f *finder) introducedIn(e int, s text.Sentence) bool {
	first := -1
	for _, m := range f.ents.Entities[e].Mentions {
		if first < 0 || m.Start < first {
			first = m.Start
		}
	}
	return first >= s.Start && first < s.End
}

// forPerson returns the person a sentence opening "For NAME," is about
// ("For Sarah Lind, owner of a flower shop, the shift is about
// sourcing."), or -1.
func (f *finder) forPerson(s text.Sentence) int {
	if s.Last-s.First < 4 || f.word(s.First) != "For" {
		return -1
	}
	e := f.mentionStartingAt(s.First + 1)
	if e < 0 || f.ents.Entities[e].Kind != entities.Person {
		return -1
	}
	if n := f.tokenAt(f.mentionEnd(s.First + 1)); n < s.Last && f.word(n) == "," {
		return e
	}
	return -1
}

// labelParticiple reports whether w is a participle that, before "as",
// gives something a label ("marketed as", "known as", "sold as").
func labelParticiple(w string) bool {
	switch w {
	case "known", "sold", "seen", "billed", "touted", "marketed", "labeled", "labelled", "branded", "advertised",
		"described", "referred", "promoted", "classified", "listed", "packaged", "pitched", "styled", "dubbed":
		return true
	}
	return false
}

// namedInApposition returns the person named in apposition to an
// unnamed subject opening tokens [first, end) ("One respondent, Priya
// Shah of Atlanta, put it this way"), or -1.
func (f *finder) namedInApposition(first, end int) int {
	k := first
	if k < end && leadConjunctions[f.word(k)] {
		k++
	}
	if k >= end {
		return -1
	}
	switch f.word(k) {
	case "A", "An", "One", "Another", "The":
	default:
		return -1
	}
	for j := k + 1; j+2 < end && j <= k+3; j++ {
		w := f.word(j)
		if f.doc.Tokens[j].Kind != text.Word || text.IsCapitalized(w) {
			return -1
		}
		if (unnamedPersonNouns[w] || isPersonNoun(w) || anonymousNouns[w]) && f.word(j+1) == "," {
			if e := f.mentionStartingAt(j + 2); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e
			}
			return -1
		}
	}
	return -1
}

// termFollows reports whether w, right after a short quote, makes the
// quote the subject of the writer's clause: a form of "be" or "have", or
// an adverb before a verb ("“glamping” now makes up half her bookings").
func termFollows(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "now", "often", "also", "still", "remains", "became",
		"becomes", "means", "refers", "makes", "made", "can", "could", "will", "would", "may", "might":
		return true
	}
	return false
}

// adviceNouns name a person's advice or rule of thumb after a possessive
// ("Whitlock's top tip:", "Whitlock's golden rule is simple:").
var adviceNouns = map[string]bool{
	"tip": true, "tips": true, "advice": true, "rule": true, "mantra": true, "motto": true, "message": true,
	"philosophy": true, "recommendation": true, "suggestion": true, "answer": true, "response": true,
	"reply": true, "explanation": true, "verdict": true, "take": true, "view": true, "prescription": true,
	"solution": true, "secret": true, "warning": true, "reasoning": true, "argument": true, "pitch": true,
}

// possessiveAdvice returns the person or organization whose advice opens
// the clause [first, end) that a colon ends: "NAME's" and, within four
// words, an advice noun ("Whitlock's top tip", "Whitlock's mantra for
// clients is simple"), or -1.
func (f *finder) possessiveAdvice(first, end int) int {
	k := first
	if k < end && leadConjunctions[f.word(k)] {
		k++
	}
	e, n := f.mentionThen(k, end)
	if e < 0 || f.doc.Tokens[n].Kind != text.Possessive {
		return -1
	}
	for j := n + 1; j < end && j <= n+4; j++ {
		if f.doc.Tokens[j].Kind != text.Word {
			return -1
		}
		if adviceNouns[strings.ToLower(f.word(j))] {
			return e
		}
	}
	return -1
}

// adviceVerbs urge someone to do what the quote says ("Whitlock
// encourages clients to “start small”").
var adviceVerbs = map[string]bool{
	"encourages": true, "encouraged": true, "urges": true, "urged": true, "advises": true, "advised": true,
	"reminds": true, "reminded": true, "challenges": true, "challenged": true, "invites": true, "invited": true,
	"wants": true, "wanted": true, "tells": true, "told": true, "asks": true, "asked": true, "begs": true,
}

// adviceTo returns the subject of an advice verb whose object (at most
// three words) comes right before "to" at token to, in the clause from
// token lo: "Whitlock encourages clients to “…”"; or -1.
func (f *finder) adviceTo(lo, to int) int {
	for v := to - 1; v >= lo && v >= to-4; v-- {
		if f.doc.Tokens[v].Kind != text.Word {
			return -1
		}
		if adviceVerbs[f.word(v)] {
			if v == to-1 {
				return -1 // ("wants to": the subject's own wish)
			}
			return f.subjectBefore(v, lo)
		}
	}
	return -1
}

// praiseVerbs judge a product in a reviewer's words after "as" ("Lopez
// recommends it as “the best option for small flats”").
var praiseVerbs = map[string]bool{
	"recommends": true, "recommended": true, "praises": true, "praised": true, "touts": true, "touted": true,
	"lists": true, "listed": true, "ranks": true, "ranked": true, "singles": true, "hails": true, "hailed": true,
}

// praisedAs returns the subject of a verb of praise whose object (at most
// three words, "it", "the model") comes right before "as" or "for" at
// token as ("recommends the V9 for “anyone with pets”"), in the clause
// from token lo; or -1.
func (f *finder) praisedAs(lo, as int) int {
	for v := as - 2; v >= lo && v >= as-4; v-- {
		if f.doc.Tokens[v].Kind != text.Word {
			return -1
		}
		if praiseVerbs[f.word(v)] {
			return f.subjectBefore(v, lo)
		}
	}
	return -1
}

// bylineAt reports whether paragraph p is a byline: "By" and a few
// words with no sentence end.
func (f *finder) bylineAt(p int) bool {
	pp := f.doc.Paragraphs[p]
	line := strings.TrimSpace(f.doc.Text[pp.Start:pp.End])
	return strings.HasPrefix(line, "By ") && !endsSentence(line) && countWords(line) <= 8
}

// skipListMark returns the token after a list number or bullet opening a
// line at token k ("2. Sarah Lind", "• Sarah Lind"), else k; end is the
// line's end offset.
func (f *finder) skipListMark(k, end int) int {
	d := f.doc
	if k >= len(d.Tokens) || d.Tokens[k].Start >= end {
		return k
	}
	if isBullet(f.word(k)) {
		return k + 1
	}
	if w := f.word(k); k+1 < len(d.Tokens) && len(w) <= 2 && strings.Trim(w, "0123456789") == "" && (f.word(k+1) == "." || f.word(k+1) == ")") {
		return k + 2
	}
	return k
}

// hearsWords reports whether the clause [first, end) has its subject
// hear or be asked the words that follow ("She hears the same question
// from almost everyone:", "She is often asked:").
func (f *finder) hearsWords(first, end int) bool {
	for k := first; k < end; k++ {
		switch f.word(k) {
		case "hears", "heard", "hear", "overhears", "overheard":
			return true
		case "asked", "told":
			if k > first {
				switch f.word(k - 1) {
				case "is", "was", "gets", "got", "often", "always", "frequently", "sometimes", "been":
					return true
				}
			}
		}
	}
	return false
}

// hereIsWhat returns the subject of a clause "Here's what/how NAME VERB"
// (or "Here is …") ending at a colon at token end ("Here's what Whitlock
// tells clients:", "Here's how she puts it:"), or -1.
func (f *finder) hereIsWhat(first, end int) int {
	k := first
	switch strings.ReplaceAll(f.word(k), "’", "'") {
	case "Here's":
		k++
	case "Here":
		if k+1 < end && f.word(k+1) == "is" {
			k += 2
		} else if k+2 < end && f.doc.Tokens[k+1].Kind == text.Possessive {
			k += 2
		} else {
			return -1
		}
	default:
		return -1
	}
	if k+2 > end || f.word(k) != "what" && f.word(k) != "how" {
		return -1
	}
	return f.clauseSubject(k+1, end)
}

// forUnknown reports whether the clause [first, end) opens "For NAME," with
// a capitalised name the entities did not find ("For Kowal, founder of
// Petal House, it's simple:"): someone speaks whom no rule can name, so
// the quote takes no earlier speaker.
func (f *finder) forUnknown(first, end int) bool {
	k := first
	if k+2 >= end || f.word(k) != "For" {
		return false
	}
	k++
	n := 0
	for ; k < end && f.doc.Tokens[k].Kind == text.Word && text.IsCapitalized(f.word(k)); k++ {
		if f.mentionStartingAt(k) >= 0 {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3 && k < end && f.word(k) == ","
}

// listItem returns the speaker of a quote after a short label opening its
// paragraph ("Style Box: “…”", the label ending at token colon), when the
// paragraph before ends with a colon that introduces someone's words
// ("Here's what she thought of each box:") or is an item of the
// same list; or -1.
func (f *finder) listItem(i, os, colon int) int {
	d := f.doc
	sg := f.segs[i]
	s := d.Sentences[os]
	if sg.para == 0 || d.Tokens[s.First].Start != d.Paragraphs[sg.para].Start || colon-s.First < 1 || colon-s.First > 7 {
		return -1
	}
	for k := s.First; k < colon; k++ {
		w := f.word(k)
		if d.Tokens[k].Kind == text.Word && !text.IsCapitalized(w) && w != "and" && w != "of" && w != "&" || d.Tokens[k].Kind == text.Quote {
			return -1
		}
	}
	if os == 0 || d.Sentences[os-1].Para != sg.para-1 {
		return -1
	}
	prev := d.Sentences[os-1]
	if f.word(prev.Last-1) == ":" && !f.overlapsQuote(prev.Start, prev.End) {
		if e := f.colonBefore(os); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			return e
		}
		return -1
	}
	for j := i - 1; j >= 0 && f.segs[j].para >= sg.para-1; j-- {
		if p := f.segs[j]; p.para == sg.para-1 && p.item && p.speaker >= 0 {
			return p.speaker
		}
	}
	return -1
}

// speechVerbIn reports whether tokens [a, b) hold a verb of speech outside
// quotation marks.
func (f *finder) speechVerbIn(a, b int) bool {
	for k := a; k < b; k++ {
		if f.doc.Tokens[k].Kind == text.Word && !f.inQuote(f.doc.Tokens[k].Start) && (isSpeechVerb(strings.ToLower(f.word(k))) || f.speechVerb(k)) {
			return true
		}
	}
	return false
}

// wordIn reports whether tokens [a, b) hold the word w.
func (f *finder) wordIn(a, b int, w string) bool {
	for k := a; k < b; k++ {
		if f.word(k) == w {
			return true
		}
	}
	return false
}

// pronounsWords returns whom a clause [first, end) that is only a
// possessive pronoun and a noun of speech stands for ("Their assessment:",
// "In her words:", "His verdict:"): the pronoun's person or organization,
// and for "their" with no organization in view the speaker quoted in the
// last three paragraphs; or -1.
func (f *finder) pronounsWords(first, end int) int {
	k := first
	if k < end && (f.word(k) == "In" || f.word(k) == "in") {
		k++
	}
	if k+1 >= end || end-k > 3 {
		return -1
	}
	var as string
	switch strings.ToLower(f.word(k)) {
	case "their":
		as = "they"
	case "his":
		as = "he"
	case "her":
		as = "she"
	case "its":
		as = "it"
	default:
		return -1
	}
	if w := strings.ToLower(f.word(end - 1)); !utteranceNouns[w] && !adviceNouns[w] {
		return -1
	}
	for j := k + 1; j < end; j++ {
		if f.doc.Tokens[j].Kind != text.Word || text.IsCapitalized(f.word(j)) {
			return -1
		}
	}
	if e := f.resolvePronounAs(k, as); e >= 0 {
		return e
	}
	para := f.doc.Sentences[f.sentenceAt(f.doc.Tokens[k].Start)].Para
	if as == "they" && f.lastSpeaker >= 0 && f.lastSpeakerPara >= para-3 {
		return f.lastSpeaker
	}
	return -1
}

// includingBefore returns the person named at the end of a clause
// [first, end) after "including" or "like" and at most two lower-case
// role words ("Some testers were won over, including tester Paul Roe:"),
// or -1: one of the group speaks.
func (f *finder) includingBefore(first, end int) int {
	if end-1 <= first {
		return -1
	}
	e := f.mentionEndingAt(end - 1)
	if e < 0 || f.ents.Entities[e].Kind != entities.Person {
		return -1
	}
	k := f.tokenAt(f.firstMentionStart(e, end-1)) - 1
	for n := 0; n < 2 && k > first && f.doc.Tokens[k].Kind == text.Word && !text.IsCapitalized(f.word(k)) && f.word(k) != "including" && f.word(k) != "like"; n++ {
		k--
	}
	if k > first && (f.word(k) == "including" || f.word(k) == "like") {
		return e
	}
	return -1
}

// nameLineBelow returns the person a line of its own names right under
// the quote paragraph para, a signature ("“…” ¶ Dora Quint ¶ Museum
// President"), when the paragraph after that line does not open with a
// quote (the line would then introduce the next speaker); or -1.
func (f *finder) nameLineBelow(para int) int {
	d := f.doc
	if para+1 >= len(d.Paragraphs) {
		return -1
	}
	e := f.nameLineAt(para + 1)
	if e < 0 {
		return -1
	}
	if para+2 < len(d.Paragraphs) {
		next := d.Paragraphs[para+2]
		if opensWithMark(d.Text[next.Start:next.End], true) || opensWithMark(d.Text[next.Start:next.End], false) {
			return -1
		}
	}
	return e
}

// colonClauseReports returns the subject of the clause that a colon ends
// when a partial quote at token open follows in the same sentence
// ("Acme's audit revealed failures: datasets are “…”") and nothing
// between the colon and the quote names anyone, speaks or names (no verb
// of speech or naming, no mention, no other quote); or -1.
func (f *finder) colonClauseReports(first, open int) int {
	colon := -1
	for k := open - 1; k > first; k-- {
		if f.doc.Tokens[k].Kind == text.Quote || f.mentionStartingAt(k) >= 0 {
			return -1
		}
		w := f.word(k)
		if w == ":" {
			colon = k
			break
		}
		if f.doc.Tokens[k].Kind == text.Word && (f.speechVerb(k) || text.IsNamingVerb(w) || isPronoun(strings.ToLower(w)) || w == "I" || w == "we") {
			return -1
		}
	}
	if colon < 0 || open-colon > 8 {
		return -1
	}
	if f.speechVerbIn(first, colon) || f.documentColon(text.Sentence{First: first, Last: colon + 1}) || f.imperativeOpens(first, colon) {
		return -1
	}
	return f.clauseSubject(first, colon)
}

// pastAskedClause returns the token after an opening "Asked about …," or
// "When asked …," clause of tokens [first, end), else first: the question
// put to the subject is no verb of their speech.
func (f *finder) pastAskedClause(first, end int) int {
	k := first
	if f.word(k) == "When" || f.word(k) == "If" {
		k++
	}
	if k >= end || !strings.EqualFold(f.word(k), "asked") {
		return first
	}
	for c := k + 1; c < end && c <= k+15; c++ {
		if f.word(c) == "," {
			return c + 1
		}
	}
	return first
}
