package quotes

import (
	"slices"
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// Institutions the entities package finds no name for speak through a
// noun phrase: "Russia's foreign ministry said", "the French foreign
// ministry said", "police said", "said the state health department". The
// phrase, less its article, becomes an organization speaker of the quote
// ("Russia's foreign ministry", "French foreign ministry", "police"). It
// is a speaker only: the article's organizations stay what the entities
// package found. A bare head noun names an institution only when it needs
// no qualifier to be one ("police"); "the ministry said" is left to the
// descriptions (the ministry the article names), and "officials said" or
// "the government said" name no speaker.

// institutionNouns head a noun phrase that names an institution.
var institutionNouns = map[string]bool{
	"ministry": true, "department": true, "police": true, "agency": true, "embassy": true, "military": true,
	"army": true, "navy": true, "government": true, "office": true, "commission": true, "council": true,
	"authority": true, "regulator": true, "prosecutors": false, "consulate": true, "administration": true,
	"directorate": true, "inspectorate": true, "secretariat": true, "spokesman": false,
}

// bareInstitutions name an institution with no qualifier.
var bareInstitutions = map[string]bool{"police": true}

// phraseStops end the modifiers before an institution noun.
var phraseStops = map[string]bool{
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true, "whose": true, "not": true,
	"also": true, "then": true, "when": true, "while": true, "as": true, "than": true, "said": true, "says": true,
	"officials": true, "official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "source": true,
	"sources": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
}

// institutionBefore returns the organization speaker named by an
// institution phrase ending at token h ("Russia's foreign ministry" before
// "said"), or -1. Tokens before lo are outside the clause.
func (f *finder) institutionBefore(h, lo int) int {
	d := f.doc
	if h < lo || d.Tokens[h].Kind != text.Word {
		return -1
	}
	head := strings.ToLower(f.word(h))
	if !institutionNouns[head] {
		return -1
	}
	start := h
	mods := 0
	for j := h - 1; j >= lo && h-j <= 5; j-- {
		t := d.Tokens[j]
		if t.Kind == text.Possessive {
			// "Russia's foreign ministry": the owner ends the phrase.
			if j-1 < lo || d.Tokens[j-1].Kind != text.Word || !text.IsCapitalized(f.word(j-1)) {
				return -1
			}
			if e := f.mentionEndingAt(j - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return -1 // "Smith's office said": the person's staff, no institution
			}
			// "Saudi Arabia's": the owner's whole name, its capitalised
			// words.
			start = j - 1
			for start-1 >= lo && d.Tokens[start-1].Kind == text.Word && text.IsCapitalized(f.word(start-1)) &&
				!determiners[f.word(start-1)] && f.sentenceAt(d.Tokens[start-1].Start) == f.sentenceAt(d.Tokens[h].Start) {
				start--
			}
			mods++
			break
		}
		if t.Kind != text.Word {
			break
		}
		w := f.word(j)
		lw := strings.ToLower(w)
		if determiners[w] || phraseStops[lw] || prepositions[lw] || clauseWords[lw] || isSpeechVerb(lw) ||
			strings.HasSuffix(lw, "ly") || auxiliaries[lw] {
			break
		}
		start = j
		mods++
	}
	if mods == 0 && !bareInstitutions[head] {
		// "the ministry said" after "the Polish interior ministry said":
		// the one institution of that kind already speaking.
		if h-1 < lo || !determiners[f.word(h-1)] || strings.ToLower(f.word(h-1)) != "the" {
			return -1
		}
		found := -1
		for name, e := range f.institutions {
			if strings.HasSuffix(name, " "+head) {
				if found >= 0 && found != e {
					return -1
				}
				found = e
			}
		}
		if found < 0 {
			// "Saudi Arabia's energy ministry said on Monday it would
			// cut output. “…,” the ministry said.": the institution
			// named as a subject in the last sentences.
			found = f.institutionNamedBefore(h, head)
		}
		return found
	}
	// The phrase must be the subject, not the object of a preposition
	// ("an official at the foreign ministry said") nor a noun's qualifier.
	b := start - 1
	if b >= lo && (f.word(b) == "the" || f.word(b) == "The") {
		b--
	}
	if b >= lo && d.Tokens[b].Kind == text.Word && f.sentenceAt(d.Tokens[b].Start) == f.sentenceAt(d.Tokens[h].Start) {
		return -1
	}
	if b >= lo && d.Tokens[b].Kind == text.Possessive {
		return -1
	}
	return f.institution(d.Tokens[start].Start, d.Tokens[h].End)
}

// institutionAfter returns the organization speaker named by an
// institution phrase right after the verb of speech at token v ("said the
// French foreign ministry.", "said police"), or -1: the phrase must end
// the clause.
func (f *finder) institutionAfter(v, hi int) int {
	d := f.doc
	k := v + 1
	if k < hi && f.word(k) == "the" {
		k++
	}
	for h := k; h < hi && h <= k+4; h++ {
		t := d.Tokens[h]
		if t.Kind != text.Word && t.Kind != text.Possessive {
			return -1
		}
		if t.Kind == text.Word && institutionNouns[strings.ToLower(f.word(h))] {
			if n := h + 1; n < hi && (d.Tokens[n].Kind == text.Word && !prepositions[f.word(n)] || d.Tokens[n].Kind == text.Possessive) {
				continue // "said the ministry spokesman", "said police officers"
			}
			if e := f.institutionBefore(h, k); e >= 0 {
				return e
			}
			return -1
		}
	}
	return -1
}

// institution returns the speaker entity named by Text[start:end],
// added to the finder's own copy of the entities on first use.
func (f *finder) institution(start, end int) int {
	name := f.doc.Text[start:end]
	if e, ok := f.institutions[strings.ToLower(name)]; ok {
		return e
	}
	if f.institutions == nil {
		f.institutions = map[string]int{}
		// Never grow the caller's entities.
		f.ents = &entities.Result{Entities: slices.Clip(f.ents.Entities), Mentions: f.ents.Mentions}
	}
	f.ents.Entities = append(f.ents.Entities, entities.Entity{Kind: entities.Organization, Name: name})
	e := len(f.ents.Entities) - 1
	f.institutions[strings.ToLower(name)] = e
	return e
}

// institutionNamedBefore returns the institution headed by the noun head
// that a sentence before token h, in its paragraph or the one before, names
// as a subject ("Saudi Arabia's energy ministry said …"), or -1.
func (f *finder) institutionNamedBefore(h int, head string) int {
	d := f.doc
	si := f.sentenceAt(d.Tokens[h].Start)
	para := d.Sentences[si].Para
	for j := si - 1; j >= 0 && d.Sentences[j].Para >= para-1; j-- {
		s := d.Sentences[j]
		for t := s.Last - 1; t > s.First; t-- {
			if d.Tokens[t].Kind != text.Word || strings.ToLower(f.word(t)) != head || f.inQuote(d.Tokens[t].Start) {
				continue
			}
			if t-1 >= s.First && determiners[f.word(t-1)] {
				continue // "the ministry" again
			}
			if e := f.institutionBefore(t, s.First); e >= 0 {
				return e
			}
		}
	}
	return -1
}
