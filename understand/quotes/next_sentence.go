package quotes

import (
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// messageNouns name what a speaker says in "That was the message from X".
var messageNouns = map[string]bool{
	"message": true, "word": true, "words": true, "warning": true, "verdict": true,
	"view": true, "assessment": true, "response": true, "reaction": true, "advice": true,
	"plea": true, "promise": true, "vow": true, "reply": true, "answer": true,
	"comment": true, "remarks": true, "sentiment": true, "reminder": true,
}

// speakerInNextSentence returns the speaker named by the sentence right
// after segment i's quote when that sentence only points back at it:
// "That was the message from X", "Those were the words of X", "That's
// what X said", "That's according to X", "That's how X sums it up". It returns -1 otherwise, and
// when the sentence holds a quote or lies beyond the next paragraph.
func (f *finder) speakerInNextSentence(i int) int {
	sg := f.segs[i]
	for j := i + 1; j < len(f.segs) && f.segs[j].group == sg.group; j++ {
		sg = f.segs[j] // the quote's last part
	}
	if sg.close < 0 {
		return -1
	}
	d := f.doc
	cs := f.sentenceAt(sg.close)
	if cs+1 >= len(d.Sentences) {
		return -1
	}
	next := d.Sentences[cs+1]
	if next.Para > d.Sentences[cs].Para+1 || f.overlapsQuote(next.Start, next.End) {
		return -1
	}
	k := next.First
	w := func(k int) string {
		if k >= next.Last {
			return ""
		}
		return strings.ToLower(strings.ReplaceAll(f.word(k), "’", "'"))
	}
	switch w(k) {
	case "that", "this", "those", "these", "such":
	default:
		return -1
	}
	k++
	switch w(k) {
	case "'s":
		k++
		if w(k) == "according" && w(k+1) == "to" {
			return f.ownedOrNamed(k+2, next.Last)
		}
		if w(k) == "what" {
			return f.whatSaid(k+1, next)
		}
		if w(k) == "how" {
			return f.howPut(k+1, next)
		}
		return f.possessiveMessage(k, next.Last) // "That's Whitlock's advice for anyone who feels stuck."
	case "is", "was", "are", "were":
		k++
	default:
		return -1
	}
	if e := f.possessiveMessage(k, next.Last); e >= 0 {
		return e // "That was Whitlock's message."
	}
	if w(k) == "what" {
		return f.whatSaid(k+1, next)
	}
	if w(k) == "how" {
		return f.howPut(k+1, next)
	}
	if w(k) != "the" || !messageNouns[w(k+1)] || w(k+2) != "from" && w(k+2) != "of" {
		return -1
	}
	return f.ownedOrNamed(k+3, next.Last)
}

// ownedOrNamed returns the speaker named at token j for "… from X":
// X itself, or for "X's neighbour, Mark Stone" the appositive name, never
// X; -1 when the owner's person goes unnamed ("the words of Smith's
// lawyer").
func (f *finder) ownedOrNamed(j, to int) int {
	e := f.accordingTo(j, to)
	if e < 0 && j+1 < to && f.doc.Tokens[j].Kind == text.Word && !text.IsCapitalized(f.word(j)) {
		// "the verdict of captain Reece James": a role word before the
		// name.
		if p := f.mentionStartingAt(j + 1); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
			e, j = p, j+1
		}
	}
	if e < 0 {
		return -1
	}
	n := f.tokenAt(f.mentionEnd(j))
	if f.word(j) == "the" && j+1 < to {
		n = f.tokenAt(f.mentionEnd(j + 1))
	}
	if f.ents.Entities[e].Kind == entities.Organization {
		// "the message from Harlow Bank chief Ed Kell": the person
		// after the employer and the role.
		for c := n; c+1 < to && c <= n+2 && f.doc.Tokens[c].Kind == text.Word && !text.IsCapitalized(f.word(c)); c++ {
			if p := f.mentionStartingAt(c + 1); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
				return p
			}
		}
	}
	if n >= to || f.doc.Tokens[n].Kind != text.Possessive {
		return e
	}
	for c := n + 1; c < to && c <= n+3; c++ {
		if f.word(c) == "," {
			if p := f.mentionStartingAt(c + 1); p >= 0 && c+1 < to {
				return p
			}
			return -1
		}
	}
	return -1
}

// whatSaid reads "X said" (or told, wrote …) at token k of sentence s: a
// speaker mention directly followed by a verb of speech.
func (f *finder) whatSaid(k int, s text.Sentence) int {
	e, v := f.mentionThen(k, s.Last)
	if e < 0 || !isSpeechVerb(strings.ToLower(f.word(v))) || text.IsNamingVerb(strings.ToLower(f.word(v))) {
		return -1
	}
	return e
}

// mentionThen returns the entity whose mention starts at token k and the
// token right after that mention, or -1, -1 when no mention starts there or
// nothing follows it before token limit.
func (f *finder) mentionThen(k, limit int) (e, next int) {
	if k >= limit {
		return -1, -1
	}
	if e = f.mentionStartingAt(k); e < 0 {
		return -1, -1
	}
	if next = f.tokenAt(f.mentionEnd(k)); next >= limit {
		return -1, -1
	}
	return e, next
}

// putVerbs say how someone worded something ("That's how Roe sums it
// up", "That is how Roe puts it").
var putVerbs = map[string]bool{
	"puts": true, "put": true, "sums": true, "summed": true, "sees": true, "saw": true, "frames": true, "framed": true,
}

// howPut reads "X puts it" (or sums it up, describes it …) at token k of
// sentence s, after "That's how": a speaker mention directly followed by a
// verb of speech or of wording.
func (f *finder) howPut(k int, s text.Sentence) int {
	e, v := f.mentionThen(k, s.Last)
	if e < 0 {
		return -1
	}
	if w := strings.ToLower(f.word(v)); !putVerbs[w] && !isSpeechVerb(w) {
		return -1
	}
	return e
}

// possessiveMessage returns the person or organization named at token k
// when a possessive and a noun of what someone says follow it
// ("Whitlock's advice"), or -1.
func (f *finder) possessiveMessage(k, to int) int {
	e, n := f.mentionThen(k, to)
	if e < 0 || n+1 >= to || f.doc.Tokens[n].Kind != text.Possessive || !messageNouns[strings.ToLower(f.word(n+1))] {
		return -1
	}
	return e
}
