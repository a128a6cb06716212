package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// Pronouns and unnamed speakers: "he", "she" and "they" resolved to the
// person or organization they stand for, and descriptions of people the
// article does not name.

func isPronoun(w string) bool {
	switch w {
	case "he", "she", "He", "She", "they", "They", "it", "It":
		return true
	}
	return false
}

// resolvePronoun finds who the pronoun at token k stands for: the first
// person named before it in its sentence, else the first named in one of
// the two sentences before, else the speaker of the last quote; "she" and
// "he" prefer a person whose given name agrees. "they" and "it" stand for
// an organization named in the same or the previous sentence.
func (f *finder) resolvePronoun(k int) int {
	return f.resolvePronounAs(k, strings.ToLower(f.word(k)))
}

// resolvePronounAs is resolvePronoun for the token at k read as the
// pronoun w ("her" read as "she"). "he" and "she" stand for no one when
// the person found was last named two paragraphs back or more while a
// sentence near the pronoun opens with a capitalised word the entities
// did not resolve and a verb ("Christen received a dress. She shared
// …"): someone the entities missed.
func (f *finder) resolvePronounAs(k int, w string) int {
	e := f.resolvePronounNear(k, w)
	if e < 0 || w != "he" && w != "she" || f.ents.Entities[e].Kind != entities.Person {
		return e
	}
	d := f.doc
	pos := d.Tokens[k].Start
	si := f.sentenceAt(pos)
	para := d.Sentences[si].Para
	if f.namedSince(e, pos, para-1) {
		return e
	}
	for back := 0; back <= 2 && si-back >= 0 && d.Sentences[si-back].Para >= para-1; back++ {
		if s := d.Sentences[si-back]; f.opensWithUnknownName(s, k) {
			// The name may be a person the entities found elsewhere
			// ("Our reviewer Becca …" earlier, "Becca tried …" here).
			return f.personNamed(f.word(f.unknownNameAt(s)))
		}
	}
	return e
}

// namedSince reports whether entity e is mentioned outside quotes before
// pos, in paragraph minPara or later.
func (f *finder) namedSince(e, pos, minPara int) bool {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for i--; i >= 0 && f.doc.Sentences[ms[i].Sentence].Para >= minPara; i-- {
		if ms[i].Entity == e && !f.inQuote(ms[i].Start) {
			return true
		}
	}
	return false
}

// unknownNameAt returns the token of the name opensWithUnknownName read
// in sentence s (past "Our reviewer").
func (f *finder) unknownNameAt(s text.Sentence) int {
	j := s.First
	if j+2 < s.Last && (f.word(j) == "Our" || f.word(j) == "Reviewer" || f.word(j) == "Tester") && !text.IsCapitalized(f.word(j+1)) {
		j += 2
	} else if j+1 < s.Last && (f.word(j) == "Reviewer" || f.word(j) == "Tester") {
		j++
	}
	return j
}

// orgByFirstWord returns the one organization whose name of several
// words opens with w ("Velora" for "Velora Catering"), or -1.
func (f *finder) orgByFirstWord(w string) int {
	if f.orgFirst == nil {
		f.orgFirst = map[string]int{}
		for e, ent := range f.ents.Entities {
			i := strings.IndexByte(ent.Name, ' ')
			if ent.Kind != entities.Organization || i < 0 {
				continue
			}
			if _, ok := f.orgFirst[ent.Name[:i]]; ok {
				f.orgFirst[ent.Name[:i]] = -1
			} else {
				f.orgFirst[ent.Name[:i]] = e
			}
		}
	}
	if e, ok := f.orgFirst[w]; ok && !determinerLike(w) {
		return e
	}
	return -1
}

// determinerLike reports whether w is a word that opens names without
// being one ("The", "A").
func determinerLike(w string) bool {
	switch w {
	case "The", "A", "An", "This", "That", "Our", "Their", "Its":
		return true
	}
	return false
}

// personNamed returns the one person whose name is w alone, or -1.
func (f *finder) personNamed(w string) int {
	if f.oneWord == nil {
		f.oneWord = map[string]int{}
		for e, ent := range f.ents.Entities {
			if ent.Kind != entities.Person || strings.Contains(ent.Name, " ") {
				continue
			}
			if _, ok := f.oneWord[ent.Name]; ok {
				f.oneWord[ent.Name] = -1
			} else {
				f.oneWord[ent.Name] = e
			}
		}
	}
	if e, ok := f.oneWord[w]; ok {
		return e
	}
	return -1
}

// opensWithUnknownName reports whether sentence s (before token k) opens
// with one capitalised word that is no mention, no pronoun and no common
// sentence opener, followed by a lower-case past-tense or present verb
// ("Christen received", "Nadia tried", "Our reviewer Nadia was").
func (f *finder) opensWithUnknownName(s text.Sentence, k int) bool {
	d := f.doc
	j := f.unknownNameAt(s) // "Our reviewer Nadia was"
	if j+1 >= s.Last || j+1 >= k || d.Tokens[j].Kind != text.Word || !text.IsCapitalized(f.word(j)) || isPronoun(strings.ToLower(f.word(j))) ||
		f.anyMentionAt(j, j) || introWords[f.word(j)] || leadConjunctions[f.word(j)] {
		return false // (a place is no unknown name either: "Spain voted for the plan.")
	}
	w := f.word(j)
	if strings.ToUpper(w) == w || !unicode.IsLetter([]rune(w)[0]) || strings.ContainsAny(w, "'’") || f.inQuote(d.Tokens[j].Start) {
		return false
	}
	if strings.HasSuffix(w, "s") || f.doc.WrittenLower(strings.ToLower(w)) {
		return false // "Officials declined …", "Residents complained …": a common noun
	}
	if f.word(j+1) == "," && j+3 < s.Last && j+3 < k && f.word(j+3) == "," && isAge(f.word(j+2)) {
		return true // "Curie, 21, a student, came second": a person's age after the name
	}
	v := f.word(j + 1)
	if d.Tokens[j+1].Kind != text.Word || text.IsCapitalized(v) {
		return false
	}
	switch v {
	case "was", "had", "got", "took", "went", "wore", "bought", "made", "gave", "found", "chose", "spent", "loved":
		return true
	}
	return strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "eed")
}

// resolvePronounNear resolves the pronoun w at token k (resolvePronounAs
// without its check for people the entities missed).
func (f *finder) resolvePronounNear(k int, w string) int {
	d := f.doc
	pos := d.Tokens[k].Start
	si := f.sentenceAt(pos)
	if w == "they" || w == "it" {
		lo := d.Sentences[max(si-2, 0)].Start
		ms := f.ents.Mentions
		i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
		if w == "they" && si > 0 && d.Sentences[si-1].Para == d.Sentences[si].Para && f.firstOrgIn(d.Sentences[si].Start, pos) < 0 {
			// "Rue Danno, a spokesperson for Acme, confirmed it. “…,”
			// they said in an email.": a spokesperson the article calls
			// "they".
			ps := d.Sentences[si-1]
			if e := f.clauseSubject(ps.First, ps.Last); e >= 0 && f.ents.Entities[e].Kind == entities.Person && spokesRole(f.ents.Entities[e].Role) {
				return e
			}
		}
		if f.firstOrgIn(d.Sentences[si].Start, pos) < 0 {
			// "The Water Safety Board warned families off wells that
			// contain DNP. ¶ “…,” it said": the organization the
			// sentence before is about, not the last one named.
			for back := 1; back <= 2 && si-back >= 0 && d.Sentences[si-back].Para >= d.Sentences[si].Para-1; back++ {
				ps := d.Sentences[si-back]
				if e := f.clauseSubject(ps.First, ps.Last); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
					return e
				}
			}
		}
		for i--; i >= 0 && ms[i].Start >= lo; i-- {
			if f.ents.Entities[ms[i].Entity].Kind == entities.Organization && !f.inQuote(ms[i].Start) && !f.objectMention(ms[i].Start) {
				return ms[i].Entity
			}
		}
		if si > 0 && d.Sentences[si-1].Para == d.Sentences[si].Para {
			// "Velora stresses that … “…,” they share.": a sentence opened
			// by the first word of one organization's name, which the
			// entities did not read as a mention of it.
			ps := d.Sentences[si-1]
			for j := ps.First; j+1 < ps.Last; j++ {
				if d.Tokens[j].Kind != text.Word || !text.IsCapitalized(f.word(j)) || f.inQuote(d.Tokens[j].Start) {
					continue
				}
				if f.mentionStartingAt(j) >= 0 || f.mentionEndingAt(j) >= 0 || text.IsCapitalized(f.word(j+1)) || !verbLike(f.word(j+1)) {
					continue
				}
				if e := f.orgByFirstWord(f.word(j)); e >= 0 {
					return e // "…, but Velora stresses that …"
				}
			}
		}
		// An organization quoted in the last three paragraphs.
		if f.lastSpeaker >= 0 && f.ents.Entities[f.lastSpeaker].Kind == entities.Organization && f.lastSpeakerPara >= d.Sentences[si].Para-3 {
			return f.lastSpeaker
		}
		if w == "it" && k > 0 && d.Tokens[k-1].Kind == text.Quote {
			// "… economists at Acme Bank said. ¶ … ¶ “…,” it said.": the
			// organization whose words the last three paragraphs report
			// (only right after a quote: not "It explained why …").
			return f.reportingOrgBefore(si, d.Sentences[si].Para-3)
		}
		return -1
	}
	want := entities.Male
	if w == "she" {
		want = entities.Female
	}
	if f.unnamedSubjectBefore(k) {
		return -1
	}
	var cands []int
	if e := f.firstPersonIn(d.Sentences[si].Start, pos); e >= 0 && !f.inOpeningParticiple(si, k) {
		cands = append(cands, e)
	}
	for back, found := 1, 0; back <= 4 && si-back >= 0 && found < 2; back++ {
		s := d.Sentences[si-back]
		if e, ok := f.descriptionSubject(s); ok {
			// "The 38-year-old reality star hit out at … his wife Mara
			// Brann. ¶ She fumed: “…”": the sentence is about the person
			// its description stands for, not those it names later
			// (when the description names no one found, the sentences
			// before it may).
			if e < 0 {
				continue
			}
			cands = append(cands, e)
			found++
			continue
		}
		e, at := f.firstPersonAt(s.Start, s.End)
		if e < 0 || f.pronounBefore(s, at, w) {
			// "He was arrested … of Omar.": the sentence goes on about
			// the pronoun's person; look further back.
			continue
		}
		cands = append(cands, e)
		found++
	}
	if f.lastSpeaker >= 0 && f.ents.Entities[f.lastSpeaker].Kind == entities.Person {
		// ("he" and "she" are never the organization quoted last.)
		// The speaker of a quote in this or the previous paragraph goes
		// before people named in earlier paragraphs ("“…,” he said" after
		// a paragraph of the same speaker's words).
		para := d.Sentences[si].Para
		if f.lastSpeakerPara >= para-1 {
			k := 0
			for k < len(cands) && d.Sentences[f.sentenceAt(f.firstMentionOf(cands[k], pos))].Para == para {
				k++
			}
			cands = append(cands[:k], append([]int{f.lastSpeaker}, cands[k:]...)...)
		} else {
			cands = append(cands, f.lastSpeaker)
		}
	}
	if e := f.lastPersonBefore(pos); e >= 0 {
		cands = append(cands, e)
	}
	if len(cands) == 0 {
		return -1
	}
	// The given-name lists are a weak signal: the first candidate is
	// passed over only when its name is of the other gender and a later
	// one's is of the pronoun's (or unknown, in the pronoun's paragraph),
	// or a person of the pronoun's gender was named from two paragraphs
	// back on.
	other := entities.Female
	if want == entities.Female {
		other = entities.Male
	}
	first, later := cands[0], cands[1:]
	g := f.gender(first)
	if g == entities.Unknown {
		g = f.called[first] // "Dana Whitlock … “…,” she says." then "he"
	}
	if g != other {
		return first
	}
	if si > 0 && d.Sentences[si-1].Para >= d.Sentences[si].Para-1 && !f.overlapsQuote(d.Sentences[si-1].Start, d.Sentences[si-1].End) &&
		(f.speechSubjectIn(d.Sentences[si-1]) == first || f.clauseSubject(d.Sentences[si-1].First, d.Sentences[si-1].Last) == first &&
			(f.speechVerbIn(d.Sentences[si-1].First, d.Sentences[si-1].Last) || f.wordIn(d.Sentences[si-1].First, d.Sentences[si-1].Last, "reveals"))) &&
		!f.otherPersonIn(d.Sentences[si-1].Start, pos, first) && f.ents.Entities[first].Gender == other && f.kinshipGender(first) == entities.Unknown {
		// "Founder Cameron Roe says not to worry. ¶ “…,” she reveals.":
		// the one person whose words the sentence just before reports,
		// whatever gender the lists give the name (Cameron, Jordan).
		return first
	}
	for _, e := range later {
		if f.gender(e) == want {
			return e
		}
	}
	for _, e := range later {
		// A name the lists do not know, named in the pronoun's own
		// paragraph ("Hiroshi Sugimoto … “…,” he has said").
		if f.gender(e) != other && d.Sentences[f.sentenceAt(f.firstMentionOf(e, pos))].Para == d.Sentences[si].Para {
			return e
		}
	}
	// "Mary Smith met John Brown. … “No,” he said.": the nearest
	// person before whose given name has the pronoun's gender.
	if g := f.lastOfGender(pos, want, d.Sentences[si].Para-2); g >= 0 {
		return g
	}
	// A feature comes back to an expert after paragraphs about someone
	// else ("Jane Roe … ¶ Tom Avery … “…,” he says. ¶ So what can
	// people do? ¶ “Start small,” she says."): the last speaker of the
	// pronoun's gender quoted in the last eight paragraphs rather than
	// one of the other gender (a speaker, not anyone named: the lists
	// are sometimes wrong about a name's gender).
	// (Segments are stored by paragraph: those of later paragraphs open
	// after pos and are not looked at.)
	para := d.Sentences[si].Para
	for j := sort.Search(len(f.segs), func(j int) bool { return f.segs[j].para > para }) - 1; j >= 0; j-- {
		sg := f.segs[j]
		if sg.open >= pos || sg.kind == "" || sg.speaker < 0 || !sg.own {
			continue
		}
		if sg.para < d.Sentences[si].Para-8 {
			break
		}
		if f.ents.Entities[sg.speaker].Kind == entities.Person && f.gender(sg.speaker) == want {
			return sg.speaker
		}
	}
	if f.gender(first) == entities.Unknown {
		// The article called this person by the other pronoun: "he" is
		// someone it did not name.
		return -1
	}
	return first
}

// firstOrgIn returns the first organization mentioned in [a, b) outside
// quotes and not as an object, or -1.
func (f *finder) firstOrgIn(a, b int) int {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	for ; i < len(ms) && ms[i].Start < b; i++ {
		if f.ents.Entities[ms[i].Entity].Kind == entities.Organization && !f.inQuote(ms[i].Start) && !f.objectMention(ms[i].Start) {
			return ms[i].Entity
		}
	}
	return -1
}

// unnamedPersonNouns name a person the article may not name ("The
// Courier met one grandmother, who …").
var unnamedPersonNouns = map[string]bool{
	"mother": true, "father": true, "woman": true, "man": true, "wife": true, "husband": true, "daughter": true,
	"son": true, "girl": true, "boy": true, "sister": true, "brother": true, "mom": true, "dad": true, "resident": true,
	"witness": true, "neighbor": true, "neighbour": true, "grandmother": true, "grandfather": true, "parent": true,
	"teenager": true, "student": true, "customer": true, "employee": true, "worker": true, "patient": true, "victim": true,
}

// unnamedSubjectBefore reports whether the sentence holding token k, up to
// k, or else the sentence before it in its paragraph, names no person but
// speaks of one by a noun near its start ("one mother", "a local
// resident"), whom a pronoun then stands for.
func (f *finder) unnamedSubjectBefore(k int) bool {
	d := f.doc
	si := f.sentenceAt(d.Tokens[k].Start)
	check := func(first, end int) (named, unnamed bool) {
		if first >= end || f.firstPersonIn(d.Tokens[first].Start, d.Tokens[end-1].End) >= 0 {
			return first < end, false
		}
		// The noun must come early, where the subject or the person
		// spoken to is ("The Courier met one grandmother"), not "… and
		// saw a man limping".
		for j := first + 1; j < end && j < first+7; j++ {
			if d.Tokens[j].Kind == text.Word && unnamedPersonNouns[f.word(j)] && !f.inQuote(d.Tokens[j].Start) {
				prev := strings.ToLower(f.word(j - 1))
				if prev == "own" && j-2 >= first {
					prev = strings.ToLower(f.word(j - 2)) // "my own daughter"
				}
				switch prev {
				case "a", "an", "one", "another", "local", "my", "our":
					return false, true
				}
			}
		}
		return false, false
	}
	s := d.Sentences[si]
	if k > s.First {
		if named, unnamed := check(s.First, k); named || unnamed {
			return unnamed
		}
	}
	if si == 0 || d.Sentences[si-1].Para != s.Para {
		return false
	}
	prev := d.Sentences[si-1]
	for _, sg := range f.segs {
		if sg.anon && sg.open >= prev.Start && sg.open < prev.End && f.firstPersonIn(prev.Start, prev.End) < 0 {
			// "“…,” said a commercial pilot. He said that …": the
			// pronoun goes on about the unnamed speaker.
			return true
		}
	}
	_, unnamed := check(prev.First, prev.Last)
	return unnamed
}

// opensWithUnnamedPerson reports whether sentence s opens with an
// indefinite person ("A former employee …", "Another customer, who would
// not give a name, …", "One resident told Ada Ruiz …") not named in
// apposition ("A nurse, Ada Ruiz, said").
func (f *finder) opensWithUnnamedPerson(s text.Sentence) bool {
	k := s.First
	if k < s.Last && leadConjunctions[f.word(k)] {
		k++
	}
	if k >= s.Last {
		return false
	}
	switch f.word(k) {
	case "A", "An", "One", "Another":
	default:
		return false
	}
	for j := k + 1; j < s.Last && j <= k+3; j++ {
		w := f.word(j)
		if f.doc.Tokens[j].Kind != text.Word || text.IsCapitalized(w) {
			return false
		}
		if unnamedPersonNouns[w] || isPersonNoun(w) || anonymousNouns[w] {
			// A name may still come in apposition or in a phrase
			// ("A nurse, Ada Ruiz, said", "A friend of Ruiz's
			// said" is still unnamed; "One researcher told Fisk"
			// names the listener only).
			if j+2 < s.Last && f.word(j+1) == "," {
				if e := f.mentionStartingAt(j + 2); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
					return false
				}
			}
			return true
		}
	}
	return false
}

// anonymousNouns name the people a story quotes without naming them.
var anonymousNouns = map[string]bool{
	"source": true, "insider": true, "person": true, "respondent": true, "participant": true, "reader": true, "user": true,
	"commenter": true, "voter": true, "fan": true, "shopper": true, "driver": true, "passenger": true, "viewer": true,
	"caller": true, "observer": true, "expert": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
}

// lastOfGender returns the person mentioned last before pos, outside
// quotes and from paragraph minPara on, whose given name is of gender g,
// or -1.
func (f *finder) lastOfGender(pos int, g entities.Gender, minPara int) int {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for i--; i >= 0; i-- {
		m := ms[i]
		if f.doc.Sentences[m.Sentence].Para < minPara {
			break
		}
		ent := f.ents.Entities[m.Entity]
		if ent.Kind == entities.Person && f.gender(m.Entity) == g && !f.inQuote(m.Start) {
			return m.Entity
		}
	}
	return -1
}

// objectMention reports whether the mention at offset pos is the object
// of a verb of telling or a preposition ("told CNN", "in The Times"), not
// someone "they" or "it" can stand for.
func (f *finder) objectMention(pos int) bool {
	k := f.tokenAt(pos)
	if k == 0 || k >= len(f.doc.Tokens) {
		return false
	}
	w := f.word(k - 1)
	if w == "the" || w == "The" {
		if k < 2 {
			return false
		}
		w = f.word(k - 2)
	}
	return prepositions[w] || w == "told" || w == "tells" || w == "tell" || w == "telling"
}

// firstMentionOf returns the offset of entity e's last mention before pos
// (the one that made it a candidate).
func (f *finder) firstMentionOf(e, pos int) int {
	at := pos
	for _, m := range f.ents.Entities[e].Mentions {
		if m.Start < pos {
			at = m.Start
		}
	}
	return at
}

// otherPersonIn reports whether a person other than e is mentioned in
// [a, b) outside quotes.
func (f *finder) otherPersonIn(a, b, e int) bool {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	for ; i < len(ms) && ms[i].Start < b; i++ {
		if m := ms[i]; m.Entity != e && f.ents.Entities[m.Entity].Kind == entities.Person && !f.inQuote(m.Start) {
			return true
		}
	}
	return false
}

// firstPersonIn returns the first person mentioned in [a, b) outside
// quotes, or -1.
func (f *finder) firstPersonIn(a, b int) int {
	e, _ := f.firstPersonAt(a, b)
	return e
}

// firstPersonAt is firstPersonIn with the mention's offset.
func (f *finder) firstPersonAt(a, b int) (int, int) {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	compared := -1 // end of the last person named in a comparison
	for ; i < len(ms) && ms[i].Start < b; i++ {
		if f.ents.Entities[ms[i].Entity].Kind != entities.Person || f.inQuote(ms[i].Start) {
			continue
		}
		if f.comparedMention(ms[i].Start, compared) {
			compared = ms[i].End
			continue
		}
		return ms[i].Entity, ms[i].Start
	}
	return -1, -1
}

// comparedMention reports whether the person mentioned at pos is named
// only to compare someone with ("the tone of such writers as Jane Roe and
// Tom Vance", "like Jane Roe", "than Roe"): no antecedent of a pronoun.
// prevEnd is the end of the last such mention in the sentence, or -1; a
// name joined to it by "and", "or" or a comma is one too.
func (f *finder) comparedMention(pos, prevEnd int) bool {
	k := f.tokenAt(pos) - 1
	if k < 0 {
		return false
	}
	switch w := strings.ToLower(f.word(k)); w {
	case "like", "unlike", "than":
		return true
	case "as":
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if strings.EqualFold(f.word(j), "such") {
				return true
			}
			if f.doc.Tokens[j].Kind != text.Word {
				break
			}
		}
	case "and", "or", ",":
		return prevEnd >= 0 && f.doc.Tokens[k].Start >= prevEnd && f.tokenAt(prevEnd-1) >= k-2
	}
	return false
}

// pronounBefore reports whether sentence s uses the pronoun w (lower case)
// outside quotes before offset at.
func (f *finder) pronounBefore(s text.Sentence, at int, w string) bool {
	for k := s.First; k < s.Last && f.doc.Tokens[k].Start < at; k++ {
		if strings.EqualFold(f.word(k), w) && !f.inQuote(f.doc.Tokens[k].Start) {
			return true
		}
	}
	return false
}

// possessivePronouns open a description of someone after an inverted verb
// of speech ("added her colleague").
var possessivePronouns = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// pronounInSentence reports whether sentence s uses "he", "she" or
// "they" outside quotes.
func (f *finder) pronounInSentence(s text.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		switch f.word(k) {
		case "he", "He", "she", "She", "they", "They":
			if !f.inQuote(f.doc.Tokens[k].Start) {
				return true
			}
		}
	}
	return false
}

// spokesRole reports whether a person's role is to speak for others (a
// spokesperson, a representative), one whom news writing may call "they".
func spokesRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if spokesNouns[w] && w != "statement" {
			return true
		}
	}
	return false
}

// reportingOrgBefore returns the organization that is the subject of the
// last verb of speech outside quotes ("Acme Bank said", "economists at
// Acme Bank wrote") in the sentences before sentence si, back to paragraph
// minPara, or -1. Only a name right before the verb counts: no pronoun is
// resolved on the way.
//
// A sentence reporting with "it said" hands the search on: the window
// reaches three paragraphs behind it too ("… economists at Acme Bank said.
// ¶ “…,” it said. ¶ … ¶ Growth will slow, it said. ¶ … ¶ “…,” it
// said."). A sentence opened by a description of an organization ("The
// brokerage, which …, said") reports for the organization it describes.
func (f *finder) reportingOrgBefore(si, minPara int) int {
	if e, ok := f.reportingOrg[si]; ok {
		return e
	}
	e := f.scanReportingOrg(si, minPara)
	if f.reportingOrg == nil {
		f.reportingOrg = map[int]int{}
	}
	f.reportingOrg[si] = e
	return e
}

// maxReportChain is how many paragraphs back a chain of "it said" reports
// may reach.
const maxReportChain = 30

// scanReportingOrg is reportingOrgBefore without the memo. Another "it
// said" on the way widens the view three paragraphs back from it, or, when
// its own answer is known, gives that answer.
func (f *finder) scanReportingOrg(si, minPara int) int {
	d := f.doc
	floor := d.Sentences[si].Para - maxReportChain // linear on long texts whatever the chain
	for j := si - 1; j >= 0 && d.Sentences[j].Para >= minPara; j-- {
		s := d.Sentences[j]
		for k := s.Last - 1; k > s.First; k-- {
			if d.Tokens[k].Kind != text.Word || !f.speechVerb(k) || text.IsNamingVerb(f.word(k)) || f.inQuote(d.Tokens[k].Start) {
				continue
			}
			if e := f.mentionEndingAt(k - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
				return e
			}
			if f.word(k-1) == "it" || f.word(k-1) == "It" {
				if e, ok := f.reportingOrg[j]; ok {
					return e // the chain before it is read already
				}
				minPara = max(min(minPara, s.Para-3), floor)
				continue
			}
			if w := f.word(s.First); (w == "The" || w == "the") && s.First+1 < k {
				if _, ok := orgDescriptions[f.word(s.First+1)]; ok {
					if e := f.described(s.First + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
						return e
					}
				}
			}
		}
	}
	return -1
}

// isAge reports whether w is a person's age as news writing sets it after
// a name: a number of one to three digits.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// participleOpeners open a clause whose unstated subject is the main
// clause's ("Asked about Dean Harlan, he said": he was asked).
var participleOpeners = map[string]bool{
	"Asked": true, "Speaking": true, "Talking": true, "Writing": true, "Responding": true, "Pressed": true,
	"Questioned": true, "Commenting": true, "Reacting": true, "Addressing": true, "Replying": true,
}

// inOpeningParticiple reports whether the pronoun at token k is the subject
// right after an opening clause of sentence si whose verb is a participle
// ("Asked about Harlan, he said", "When asked about Harlan staying, he
// added", "After meeting Harlan, she wrote"): the people that clause names
// are not the pronoun's.
func (f *finder) inOpeningParticiple(si, k int) bool {
	s := f.doc.Sentences[si]
	if k < s.First+3 || f.word(k-1) != "," {
		return false
	}
	for j := s.First + 1; j < k-1; j++ {
		if f.word(j) == "," {
			return false // the opening clause ends at the comma before k
		}
	}
	w := f.word(s.First)
	if participleOpeners[w] {
		return true
	}
	switch w {
	case "When", "After", "Before", "While", "Once", "Upon", "On":
		n := f.word(s.First + 1)
		return n == "asked" || strings.HasSuffix(n, "ing") && !text.IsCapitalized(n)
	}
	return false
}

// descriptionSubject reads a sentence that opens with a person described,
// not named, as its subject ("The 38-year-old reality star hit out at …",
// "The singer told …"): ok reports such an opening, e the person the
// description stands for (-1 when none is found).
func (f *finder) descriptionSubject(s text.Sentence) (e int, ok bool) {
	d := f.doc
	if f.word(s.First) != "The" {
		return -1, false
	}
	head, aged := -1, -1
	for k := s.First + 1; k < s.Last && k <= s.First+6; k++ {
		t := d.Tokens[k]
		w := f.word(k)
		if t.Kind == text.Number || w == "-" {
			continue
		}
		if t.Kind != text.Word || f.mentionStartingAt(k) >= 0 {
			return -1, false
		}
		if strings.EqualFold(w, "year-old") {
			aged, head = k, k
			continue
		}
		if text.IsCapitalized(w) && strings.ToUpper(w) != w {
			return -1, false // "The Times", "The Rovers"
		}
		lw := strings.ToLower(w)
		if head >= 0 && k > head && (verbLike(w) && !strings.HasSuffix(w, "ss") || irregularVerbs[w]) && !isPersonNoun(lw) && !occupationDescriptions[lw] {
			break // the verb after the description
		}
		if isPersonNoun(lw) || occupationDescriptions[lw] {
			head = k
		}
		if k == s.Last-1 {
			return -1, false
		}
	}
	if head < 0 {
		return -1, false
	}
	if aged >= 0 {
		e = f.agedAt(aged)
	} else {
		e = f.describedWord(head)
	}
	if e >= 0 && f.ents.Entities[e].Kind != entities.Person {
		e = -1
	}
	return e, true
}
