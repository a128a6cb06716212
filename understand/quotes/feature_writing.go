// Attribution constructions of feature and explainer writing: verbs of
// speech the text lexicon lacks, the writer's own words, advice in the
// imperative, coordinated subjects and views given in a person's words.

package quotes

import (
	"sort"
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// featureSpeechVerbs are verbs of speech of feature and explainer writing
// that the text package's lexicon does not list: an expert "recommends",
// "reminds" or "emphasizes" something in the present tense, and an
// attribution may put them before the name ("“…,” recommends Ada Ruiz").
var featureSpeechVerbs = map[string]bool{
	"recommends": true, "recommended": true, "emphasizes": true, "emphasises": true,
	"reminds": true, "reminded": true, "underscores": true, "underscored": true,
	"underlines": true, "underlined": true, "highlights": true, "highlighted": true,
	"cautioned": true, "cautions": true, "advise": true, "recommend": true,
	"shares": true, "offers": true, "offered": true, "assures": true,
	// plural subjects ("“…,” Roe and Doe agree.")
	"agree": true, "warn": true, "argue": true, "caution": true, "insist": true, "suggest": true, "share": true, "explain": true,
}

// featureInversionVerbs may come before their subject in an attribution
// after a quote ("“…,” states Ada Ruiz, MD", "“…,” agrees Ruiz", "“…,”
// points out Ruiz"), beyond the text package's list of the news forms.
var featureInversionVerbs = map[string]bool{
	"states": true, "agrees": true, "agreed": true, "suggests": true, "suggested": true,
	"warns": true, "describes": true, "recommends": true, "recommended": true, "points": true,
	"pointed": true, "urges": true, "urged": true, "cautions": true, "stresses": true,
	"emphasizes": true, "emphasises": true, "continues": true, "observes": true,
	"counters": true, "confirms": true, "confirmed": true, "concedes": true, "conceded": true,
	"admits": true, "acknowledges": true, "argues": true, "insists": true, "predicts": true,
	"predicted": true, "laments": true, "lamented": true, "wonders": true, "wondered": true,
	"concludes": true, "replies": true, "responds": true, "reminds": true,
	"underscores": true, "highlights": true, "mused": true,
	"declares": true, "maintains": true, "maintained": true, "contends": true, "contended": true,
	"reasoned": true, "affirms": true, "affirmed": true, "recalled": true, "shares": true, "shared": true, "offers": true,
	"offered": true, "assures": true, "assured": true,
}

// isSpeechVerb reports whether w (lower case) is a verb of speech: the
// text package's lexicon or a verb of feature writing.
func isSpeechVerb(w string) bool { return text.IsSpeechVerb(w) || featureSpeechVerbs[w] }

// isInversionVerb reports whether w (lower case) is a verb of speech that
// may come before its subject.
func isInversionVerb(w string) bool { return text.IsInversionVerb(w) || featureInversionVerbs[w] }

// describeVerbs name something ("describes it as a “game changer”") but,
// ending the words after a quote or coming first in them, attribute it
// ("“…,” Ruiz describes.", "“…,” describes Ruiz").
var describeVerbs = map[string]bool{"describes": true, "described": true}

// objectPronouns may end an attribution as its listener ("“…,” Ruiz
// reminds us.").
var objectPronouns = map[string]bool{"us": true, "me": true, "them": true, "him": true, "her": true, "you": true}

// featureOnlyVerb reports whether w is a verb of speech only in feature
// writing's attributions, not in the text package's lexicon: it may also
// be a verb of doing ("Acme offers a “premium” plan"), so it attributes a
// quote only right before it or at an attribution's edge.
func featureOnlyVerb(w string) bool { return featureSpeechVerbs[w] && !text.IsSpeechVerb(w) }

// imperativeVerbs open the advice of feature writing ("Ask yourself: “…”",
// "Try a script like “…”", "Tell yourself, “…”"): the quoted words are
// the reader's to say, not a quote.
var imperativeVerbs = map[string]bool{
	"Ask": true, "Try": true, "Consider": true, "Say": true, "Tell": true, "Remember": true, "Imagine": true,
	"Use": true, "Repeat": true, "Practice": true, "Practise": true, "Remind": true, "Replace": true, "Swap": true,
	"Reframe": true, "Rephrase": true, "Picture": true, "Write": true, "Answer": true, "Respond": true, "Reply": true,
	"Avoid": true, "Don't": true, "Don’t": true, "Stop": true, "Start": true, "Begin": true, "Think": true,
}

// imperativeOpens reports whether the writer's sentence holding tokens
// [first, open) opens with a verb of advice in the imperative, after at
// most a sentence adverb ("Instead, try …") or an opening clause ("Before
// you snack, ask: “…”"), and names nobody before the quote.
func (f *finder) imperativeOpens(first, open int) bool {
	k := first
	if introWords[f.word(k)] && f.word(k) != "As" {
		// "Before you snack, ask: “…”": past an opening clause.
		for c := k + 1; c < open && c <= k+12; c++ {
			if f.word(c) == "," {
				if c+1 < open && imperativeVerbs[strings.ToUpper(f.word(c + 1)[:1])+f.word(c + 1)[1:]] {
					k = c + 1
					return f.firstPersonIn(f.doc.Tokens[k].Start, f.doc.Tokens[open-1].End) < 0
				}
				break
			}
		}
	}
	if k+2 < open && f.word(k+1) == "," && (sentenceAdverbs[f.word(k)] || f.word(k) == "So" || f.word(k) == "Next") {
		k += 2
		if !imperativeVerbs[f.word(k)] {
			w := f.word(k)
			if w == "" {
				return false
			}
			w = strings.ToUpper(w[:1]) + w[1:]
			if !imperativeVerbs[w] {
				return false
			}
		}
	} else if !imperativeVerbs[f.word(k)] {
		return false
	}
	if k+1 < open && f.doc.Tokens[k+1].Kind == text.Punct && f.word(k+1) != "," && f.word(k+1) != ":" {
		return false
	}
	return f.firstPersonIn(f.doc.Tokens[k].Start, f.doc.Tokens[open-1].End) < 0
}

// writerSubject reports whether the subject of the verb of speech at token
// v is the writer ("I asked", "we spoke"), past auxiliaries and adverbs.
func (f *finder) writerSubject(v, lo int) bool {
	j := v - 1
	for j >= lo && f.doc.Tokens[j].Kind == text.Word && (auxiliaries[f.word(j)] || strings.HasSuffix(f.word(j), "ly") && !text.IsCapitalized(f.word(j))) {
		j--
	}
	if j < lo {
		return false
	}
	switch f.word(j) {
	case "I", "we", "We":
		return true
	}
	return false
}

// writerSpeaksBefore reports whether a verb of speech in tokens [from,
// to), before a quote, has the writer for its subject ("When we spoke, I
// asked her: “…”").
func (f *finder) writerSpeaksBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if f.doc.Tokens[k].Kind == text.Word && !f.inQuote(f.doc.Tokens[k].Start) && isSpeechVerb(f.word(k)) && f.writerSubject(k, from) {
			return true
		}
	}
	return false
}

// writerSpeaksAfter reports whether the words right after a quote, from
// token k to the end of their sentence, are the writer's attribution: "I"
// or "we", a verb of speech and at most a listener ("“…?” I asked.",
// "“…?” I asked her.", "“…,” said I.").
func (f *finder) writerSpeaksAfter(k int) bool {
	d := f.doc
	if k+1 >= len(d.Tokens) {
		return false
	}
	if f.word(k) == "," && k+2 < len(d.Tokens) {
		k++
	}
	switch {
	case (f.word(k) == "I" || f.word(k) == "we" || f.word(k) == "We") && isSpeechVerb(f.word(k+1)):
	case isInversionVerb(f.word(k)) && (f.word(k+1) == "I" || f.word(k+1) == "we"):
		// "“…,” said I." in the first person of older prose
	default:
		return false
	}
	s := d.Sentences[f.sentenceAt(d.Tokens[k].Start)]
	n := k + 2
	if n < s.Last && d.Tokens[n].Kind == text.Word && objectPronouns[f.word(n)] {
		n++
	}
	return n >= s.Last || d.Tokens[n].Kind == text.Punct
}

// thoughtVerbs give a person's view in their own words ("Roe thinks the
// effect is “small but real.”"): a quote of three words or more after
// one is the subject's.
var thoughtVerbs = map[string]bool{
	"thinks": true, "thought": true, "believes": true, "believed": true, "considers": true, "considered": true,
	"feels": true, "felt": true, "feeling": true, "finds": true, "sees": true, "views": true, "viewed": true, "worries": true,
	"worried": true, "hopes": true, "hoped": true, "fears": true, "feared": true, "doubts": true, "doubted": true,
	// a tester's verdict ("Roe found the box “perfect for long trips.”")
	"found": true, "deems": true, "deemed": true, "rates": true, "rated": true, "judged": true,
}

// judgingVerbs name what someone judged something to be, with "as" before
// the words ("Ruiz dismissed the claims as “pure fiction.”"): the quote
// after "as" is the subject's.
var judgingVerbs = map[string]bool{
	"dismissed": true, "dismisses": true, "praised": true, "praises": true, "hailed": true, "hails": true,
	"denounced": true, "denounces": true, "condemned": true, "condemns": true, "criticized": true, "criticised": true,
	"criticizes": true, "branded": true, "brands": true, "characterized": true, "characterised": true,
	"characterizes": true, "portrayed": true, "portrays": true, "derided": true, "derides": true, "decried": true,
	"decries": true, "lauded": true, "lauds": true, "blasted": true, "slammed": true, "rejected": true, "rejects": true,
	"rated": true, "rates": true, "ranked": true, "ranks": true, "deemed": true, "deems": true, "regarded": true,
	"regards": true, "mocked": true, "touted": true, "touts": true, "welcomed": true, "welcomes": true,
}

// viewNouns name a person's words or view after a possessive: "in Roe's
// words", "in Roe's view", "Roe's verdict:".
var viewNouns = map[string]bool{
	"words": true, "view": true, "opinion": true, "estimation": true, "telling": true, "account": true,
	"verdict": true, "assessment": true, "take": true, "advice": true,
}

// viewOf reads a possessive name and a view noun ending at token k:
// "in Jane Roe's view" / "in Roe's words" (after "in"), or "Roe's
// verdict" / "Roe's take" before a colon. It returns the person or
// organization and true, or false when the words are not such a phrase.
func (f *finder) viewOf(k, from int) (int, bool) {
	d := f.doc
	if !viewNouns[f.word(k)] || k-2 < from || d.Tokens[k-1].Kind != text.Possessive {
		return -1, false
	}
	e := f.mentionEndingAt(k - 2)
	if e < 0 || !f.speakerKind(e) {
		return -1, false
	}
	s := f.tokenAt(f.firstMentionStart(e, k-2))
	if s-1 >= from && strings.EqualFold(f.word(s-1), "in") {
		return e, true
	}
	if k+1 < len(d.Tokens) && f.word(k+1) == ":" && (s == from || s-1 >= 0 && d.Sentences[f.sentenceAt(d.Tokens[s].Start)].First == s) {
		return e, true
	}
	return -1, false
}

// quoteWordsAt returns the number of words of the quote whose opening
// mark is token k, or 0.
func (f *finder) quoteWordsAt(k int) int {
	if k >= len(f.doc.Tokens) {
		return 0
	}
	pos := f.doc.Tokens[k].Start
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].open >= pos })
	if i < len(f.segs) && f.segs[i].open == pos {
		return countWords(f.doc.Text[f.segs[i].start:f.segs[i].end])
	}
	return 0
}

// wordsOnly reports whether tokens [a, b) are all words.
func (f *finder) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if f.doc.Tokens[k].Kind != text.Word {
			return false
		}
	}
	return true
}

// inOpeningClause reports whether token k lies in a subordinate clause
// that opens the sentence at token from ("When Roe asked about it,") and
// ends with a comma before token to, so that its verb is not the main
// clause's ("As Roe explains, “…”" and "Asked about it, …" are
// attributions, not such clauses).
func (f *finder) inOpeningClause(k, from, to int) bool {
	w := f.word(from)
	if !introWords[w] || w == "In" || w == "At" || w == "On" || w == "As" || w == "Asked" || w == "Speaking" || w == "Responding" {
		return false
	}
	if from+1 < to && (f.word(from+1) == "asked" || f.word(from+1) == "pressed" || f.word(from+1) == "questioned") {
		// "When asked about the fit she said, “…”": a clause with no
		// subject of its own; the comma may be left out before the
		// subject that speaks.
		return false
	}
	for c := from + 1; c < to; c++ {
		if f.word(c) == "," {
			return k < c // the clause ends at its first comma
		}
		if f.doc.Tokens[c].Kind == text.Quote {
			return false
		}
	}
	return false
}

// coordinatedSubject returns the first person of a subject of two people
// joined by "and" before the plural verb of speech at token v ("John Doe,
// MD, …, and Ann Poe, …, agree"): a reader names the first. It returns -1
// when the verb is not plural or the subject is not so coordinated.
func (f *finder) coordinatedSubject(v, lo int) int {
	w := f.word(v)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularVerbs[w] && w != "say" {
		return -1
	}
	e := f.subjectBefore(v, lo)
	if e < 0 || f.ents.Entities[e].Kind != entities.Person {
		return -1
	}
	s := f.tokenAt(f.firstMentionStart(e, f.lastTokenOfMentionBefore(e, v)))
	if s-1 < lo || f.word(s-1) != "and" {
		return -1
	}
	p := f.firstPersonIn(f.doc.Tokens[lo].Start, f.doc.Tokens[s-1].Start)
	if p < 0 || p == e {
		return -1
	}
	return p
}

// lastTokenOfMentionBefore returns the last token of entity e's last
// mention ending before token v (among the few mentions just before it),
// or v-1.
func (f *finder) lastTokenOfMentionBefore(e, v int) int {
	pos := f.doc.Tokens[v].Start
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		if ms[j].Entity == e && ms[j].End <= pos {
			return f.tokenAt(ms[j].End) - 1
		}
	}
	return v - 1
}

// kinNouns describe a person by family, who is often named only after the
// lead ("The mother of a student … has described how …").
var kinNouns = map[string]bool{
	"mother": true, "father": true, "wife": true, "husband": true, "son": true, "daughter": true, "sister": true,
	"brother": true, "parent": true, "widow": true, "widower": true, "grandmother": true, "grandfather": true,
}

// leadDescribedSpeaker returns the person a story's lead describes before
// naming them ("The father of a patient … has recounted how his son
// was “…”. ¶ … ¶ Her mother, Fiona Marsh, said …", "A Boise dietitian says
// “…”. ¶ Jane Roe, a registered dietitian …"): the quote's sentence, in the
// first two paragraphs, opens with an indefinite or definite description
// of a person, a verb of speech follows it before the quote, and the next
// three paragraphs name someone new in apposition to the same noun. It
// returns -1 otherwise.
func (f *finder) leadDescribedSpeaker(i, os, open int) int {
	d := f.doc
	sg := f.segs[i]
	if sg.para > 1 {
		return -1
	}
	s := d.Sentences[os]
	k := s.First
	if k < open && leadConjunctions[f.word(k)] {
		k++
	}
	switch f.word(k) {
	case "The", "A", "An":
	default:
		return -1
	}
	noun := ""
	j := k + 1
	for ; j < open && j <= k+4; j++ {
		w := f.word(j)
		if d.Tokens[j].Kind != text.Word || f.mentionStartingAt(j) >= 0 && !f.anyMentionAt(j, j) {
			break
		}
		if lw := strings.ToLower(w); kinNouns[lw] || personDescriptions[lw] != nil {
			noun = lw
			break
		}
	}
	if noun == "" || f.firstPersonIn(d.Tokens[k].Start, d.Tokens[open].Start) >= 0 {
		return -1
	}
	speaks := false
	for v := j + 1; v < open; v++ {
		if d.Tokens[v].Kind == text.Word && !f.inQuote(d.Tokens[v].Start) && f.speechVerb(v) {
			speaks = true
			break
		}
	}
	if !speaks {
		return -1
	}
	last := min(sg.para+3, len(d.Paragraphs)-1)
	ms := f.ents.Mentions
	m := sort.Search(len(ms), func(m int) bool { return ms[m].Start >= d.Paragraphs[sg.para].End })
	for ; m < len(ms) && ms[m].Start < d.Paragraphs[last].End; m++ {
		e := ms[m].Entity
		if f.ents.Entities[e].Kind != entities.Person || f.inQuote(ms[m].Start) {
			continue
		}
		if len(f.ents.Entities[e].Mentions) == 0 || f.ents.Entities[e].Mentions[0].Start != ms[m].Start {
			continue // named before
		}
		t := f.tokenAt(ms[m].Start)
		if t >= 2 && f.word(t-1) == "," && strings.EqualFold(f.word(t-2), noun) {
			return e // "Her mother, Fiona Marsh,"
		}
		n := f.tokenAt(ms[m].End)
		if n < len(d.Tokens) && f.word(n) == "," {
			for c := n + 1; c < len(d.Tokens) && c <= n+8; c++ {
				if d.Tokens[c].Kind != text.Word {
					break
				}
				if strings.EqualFold(f.word(c), noun) {
					return e // "Jane Roe, a registered dietitian"
				}
			}
		}
	}
	return -1
}

// namedBefore reports whether a verb of naming comes at most four words
// before token k in its sentence ("called it an …", "described the plan
// as a …").
func (f *finder) namedBefore(k int) bool {
	first := f.doc.Sentences[f.sentenceAt(f.doc.Tokens[k].Start)].First
	for j := k - 1; j >= first && j >= k-4; j-- {
		if text.IsNamingVerb(f.word(j)) {
			return true
		}
	}
	return false
}

// clauseConjunctions join two clauses, each with its own subject ("Ortiz
// said that “…,” and Berg agreed").
var clauseConjunctions = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "although": true}

// speakerBeforeQuote reports whether the words before the quote that
// closes just before token from, in its sentence, hold a verb of speech:
// the quote has its attribution before it ("Ortiz said that “…”").
func (f *finder) speakerBeforeQuote(from int) bool {
	d := f.doc
	c := from - 1
	if c < 0 || d.Tokens[c].Kind != text.Quote {
		return false
	}
	j := f.segClosingAt(d.Tokens[c].Start)
	if j < 0 {
		return false
	}
	open := f.tokenAt(f.segs[j].open)
	s := d.Sentences[f.sentenceAt(f.segs[j].open)]
	for k := open - 1; k >= s.First; k-- {
		if d.Tokens[k].Kind == text.Quote {
			return false
		}
		if d.Tokens[k].Kind == text.Word && f.speechVerb(k) {
			return true
		}
	}
	return false
}

// titledSurname returns, for a person named as a title and a surname the
// entities did not join to a full name ("Prof Roe" after "Professor Jane
// Roe"), the one other person whose name ends with that surname; else e.
func (f *finder) titledSurname(e int) int {
	ent := f.ents.Entities[e]
	words := strings.Fields(ent.Name)
	if ent.Kind != entities.Person || len(words) != 2 || !leadTitles[strings.TrimSuffix(words[0], ".")] {
		return e
	}
	if o, ok := f.titled[e]; ok {
		return o
	}
	if f.titled == nil {
		f.titled = map[int]int{}
	}
	f.titled[e] = e
	found := -1
	for o, other := range f.ents.Entities {
		if o == e || other.Kind != entities.Person || !strings.HasSuffix(other.Name, " "+words[1]) {
			continue
		}
		if found >= 0 {
			return e // two people of that surname
		}
		found = o
	}
	if found < 0 {
		return e
	}
	f.titled[e] = found
	return found
}

// titleRunBefore reports whether tokens [a, k) are a capitalised title
// ("Co-Founder", "Acme Moving's Vice President", "Owner and Lead
// Planner") that ends in a word naming a person's post.
func (f *finder) titleRunBefore(a, k int) bool {
	if k-a > 8 || k <= a {
		return false
	}
	for j := a; j < k; j++ {
		t := f.doc.Tokens[j]
		w := f.word(j)
		switch {
		case t.Kind == text.Possessive && j > a:
		case t.Kind == text.Word && (text.IsCapitalized(w) || j > a && (w == "and" || w == "of")):
		default:
			return false
		}
	}
	last := strings.ToLower(f.word(k - 1))
	return f.doc.Tokens[k-1].Kind == text.Word && isPersonNoun(last) && !unnamedPersonNouns[last]
}

// writerInSentence reports whether the writer speaks in the first person
// singular in sentence s, outside its quotation marks ("It changed my
// view from “…” to “…”"): quoted words there with no attribution of
// their own are the writer's examples, not the last speaker's words.
func (f *finder) writerInSentence(s text.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if f.doc.Tokens[k].Kind != text.Word {
			continue
		}
		switch f.word(k) {
		case "I", "me", "my", "My":
			if !f.inQuote(f.doc.Tokens[k].Start) {
				return true
			}
		}
	}
	return false
}

// adviceGerund reports whether verb and next are a verb of advice and a
// gerund right before a quote ("Roe recommends choosing “…”", "suggests
// using “…”"): the advice is the speaker's words.
func adviceGerund(verb, next string) bool {
	switch verb {
	case "recommends", "recommended", "suggests", "suggested", "advises", "advised":
		return len(next) > 4 && strings.HasSuffix(next, "ing") && !text.IsCapitalized(next)
	}
	return false
}

// personOfUnknown returns the person named before "of", "at" or "from"
// and one to four capitalised words the entities did not resolve, ending
// at token k ("Martina Ruiz of Pennyworth.org", "Tom Hale at Brightline
// Labs"), or -1.
func (f *finder) personOfUnknown(k, lo int) int {
	j := k
	for n := 0; j > lo && n < 4 && f.doc.Tokens[j].Kind == text.Word && text.IsCapitalized(f.word(j)) && f.mentionEndingAt(j) < 0 && f.mentionStartingAt(j) < 0; n++ {
		j--
	}
	if j == k || j <= lo {
		return -1
	}
	switch f.word(j) {
	case "of", "at", "from":
	default:
		return -1
	}
	if e := f.mentionEndingAt(j - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
		return e
	}
	return -1
}

// adviceGoesOn returns the speaker a long partial quote (eight words or
// more) in the first sentence of its paragraph goes on from: the person
// whose own quote ends the paragraph before, when no one else is named
// between, the quote's sentence names no one, has no verb of speech and
// is not the writer's ("Roe likes the X1. ¶ Alternatively, you can
// “consider the Y2, which is known for …”"); or -1.
func (f *finder) adviceGoesOn(i, os, words int) int {
	d := f.doc
	sg := f.segs[i]
	if words < 8 || i == 0 || sg.para == 0 || f.sentenceAt(d.Paragraphs[sg.para].Start) != os {
		return -1
	}
	p := f.segs[i-1]
	if p.para != sg.para-1 || p.kind == "" || p.speaker < 0 || !p.own || p.close < 0 || f.ents.Entities[p.speaker].Kind != entities.Person {
		return -1
	}
	if f.otherPersonIn(p.close, sg.open, p.speaker) || f.firstOrgIn(p.close, sg.open) >= 0 {
		return -1
	}
	s := d.Sentences[os]
	if f.writerInSentence(s) || f.speechVerbIn(s.First, f.tokenAt(sg.open)) {
		return -1
	}
	return p.speaker
}

// surnamesAsPeople returns ents with the mentions of a one-word
// organization whose name is the surname of exactly one person named in
// full before it (or in the sentence that introduces them) read as that person ("Party planner Cameron Holt … Holt
// says" where the entities took "Holt" for a magazine or a firm of that
// name), when no other organization's name begins with that word; ents
// itself when there is none. The entities are not changed.
func surnamesAsPeople(ents *entities.Result) *entities.Result {
	// One pass each over the entities and the mentions: a long text may
	// name many thousand. Most articles have no one-word organization
	// that could be a surname: nothing to build.
	oneWord := false
	for _, ent := range ents.Entities {
		if ent.Kind == entities.Organization && ent.Name != "" && !strings.ContainsAny(ent.Name, " .&") {
			oneWord = true
			break
		}
	}
	if !oneWord {
		return ents
	}
	bySurname := map[string]int{}   // last word of a person's full name → person, -1 for two
	firstWords := map[string]bool{} // first words of organizations of several words
	for e, ent := range ents.Entities {
		i := strings.LastIndexByte(ent.Name, ' ')
		if i < 0 {
			continue
		}
		switch ent.Kind {
		case entities.Person:
			if _, ok := bySurname[ent.Name[i+1:]]; ok {
				bySurname[ent.Name[i+1:]] = -1
			} else {
				bySurname[ent.Name[i+1:]] = e
			}
		case entities.Organization:
			firstWords[ent.Name[:strings.IndexByte(ent.Name, ' ')]] = true
		}
	}
	var remap map[int]int
	for o, org := range ents.Entities {
		if org.Kind != entities.Organization || org.Name == "" || strings.ContainsAny(org.Name, " .&") || firstWords[org.Name] {
			continue
		}
		if p, ok := bySurname[org.Name]; ok && p >= 0 {
			if remap == nil {
				remap = map[int]int{}
			}
			remap[o] = p
		}
	}
	if remap == nil {
		return ents
	}
	first := map[int]int{} // entity → sentence of its first mention
	for _, m := range ents.Mentions {
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = m.Sentence
		}
	}
	for o, p := range remap {
		if first[p] > first[o] {
			delete(remap, o) // the organization was named before the person
		}
	}
	if len(remap) == 0 {
		return ents
	}
	ms := make([]entities.Mention, len(ents.Mentions))
	for i, m := range ents.Mentions {
		if p, ok := remap[m.Entity]; ok {
			m.Entity = p
		}
		ms[i] = m
	}
	return &entities.Result{Entities: ents.Entities, Mentions: ms}
}
