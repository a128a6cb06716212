package entities

import (
	"strings"

	"github.com/ledehq/lede/understand/text"
)

// creditName reports whether [a, b) is the person credited after "by"
// (or after "Courtesy of", with a given name first) on a short listing or
// credit line: "The Quiet Hours by Jendia Roe (May
// 13th)", "Photo by Marla Vance | From: …", "Design by Ada Quill and
// Zorva Studio". Two or three name-like words (a middle initial counts),
// no organization or place, ending the line or before a bracket, a bar, a
// comma or "and". The line is short (a title and its credit), so a
// headline's capitals do not hide it; prose ("acquired by Zorva Labs.")
// does not end so.
func (f *finder) creditName(a, b int) bool {
	d := f.doc
	if a < 1 || b-a < 2 || b-a > 3 || !f.nameLike(a, b) || f.hasOrgWord(a, b) || f.hasTitle(a, b) {
		return false
	}
	switch p := lowerASCII(f.str(a - 1)); {
	case p == "by":
	case p == "of" && a >= 2 && lowerASCII(f.str(a-2)) == "courtesy" && f.isGiven(f.str(a)):
		// "Photo: Courtesy of Lena Quill"
	default:
		return false
	}
	name := f.spanTextOnly(a, b)
	if f.known(name) || knownOrgs[name] || f.known(f.str(a)) && !f.isGiven(f.str(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if w := f.str(k); !isInitials(w) && (f.doc.WrittenLower(lowerASCII(w)) && !f.isGiven(w) && !(k > a && f.isGiven(f.str(a))) || !text.IsCapitalized(w)) {
			return false // "by Popular Demand"; not "by Marla Green", a surname
		}
	}
	// The line: its start, and no more than 16 tokens before "by".
	lineStart := strings.LastIndexByte(d.Text[:d.Tokens[a].Start], '\n') + 1
	n := 0
	for k := a - 1; k >= 0 && d.Tokens[k].Start >= lineStart; k-- {
		n++
	}
	if n > 16 {
		return false
	}
	if b >= len(d.Tokens) {
		return true
	}
	if strings.IndexByte(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start], '\n') >= 0 {
		return true // the end of the line
	}
	switch f.str(b) {
	case "(", "|", "–", "—":
		return true
	case ",", "and", "&":
		// (in prose, "led by Zorvan Quellstein, which …" may be a firm:
		// a given name or an initial must vouch)
		return f.isGiven(f.str(a)) || f.hasInitial(a, b) || a >= 2 && authorVerbs[lowerASCII(f.str(a-2))]
	}
	return false
}

// authorVerbs before "by" credit a person's work: "directed by", "written
// by".
var authorVerbs = map[string]bool{
	"written": true, "directed": true, "painted": true, "photographed": true, "illustrated": true, "edited": true,
	"composed": true, "narrated": true, "translated": true, "drawn": true, "reviewed": true, "hosted": true,
	"authored": true, "sung": true, "performed": true, "choreographed": true, "sculpted": true,
}

// roleAfterComma reports whether [a, b), two or three capitalised words
// after a name and a comma, is that name's role written in capitals: the
// last word is a role noun ("Artist", "Producer") and the first is no
// given name ("Ada R., Concept Artist", "Tom Roe, Event Producer").
func (f *finder) roleAfterComma(a, b int) bool {
	if b-a < 2 || b-a > 3 || a < 2 || f.str(a-1) != "," || !f.isCapWord(a-2) || f.isGiven(f.str(a)) {
		return false
	}
	last := lowerASCII(f.str(b - 1))
	if !roleNouns[last] && !(occupationShape(last) && (f.doc.WrittenLower(lowerASCII(f.str(a))) || adjectiveLike(f.str(a))) && strings.HasSuffix(last, "ist")) ||
		f.hasOrgWord(a, b) || knownOrgs[f.spanTextOnly(a, b)] {
		// (also "Ecological Horticulturist": an adjective the article
		// writes in lower case, and an "-ist" occupation)
		return false
	}
	for k := a; k < b; k++ {
		if f.tok(k).Kind != text.Word || text.IsAllCaps(f.str(k)) {
			return false
		}
	}
	return true
}

// signatureName reports whether [a, b) signs a review or a testimonial: a
// dash opening its line or following a quotation, then a name that ends
// in a surname's initial ("— Zorvan Rao B., Content Creator", "– Erin
// H.") or a given name alone ending the line ("…fit).” – Jennifer").
func (f *finder) signatureName(a, b int) bool {
	d := f.doc
	if a < 1 || b-a > 3 || !isDash(f.str(a-1)) && f.str(a-1) != "-" {
		return false
	}
	dash := d.Tokens[a-1]
	lineStart := dash.Start == 0 || strings.TrimRight(d.Text[strings.LastIndexByte(d.Text[:dash.Start], '\n')+1:dash.Start], " \t") == ""
	afterQuote := a >= 2 && (d.Tokens[a-2].Kind == text.Quote || strings.ContainsAny(f.str(a-2), "\"”")) && !lineStart
	if !lineStart && !afterQuote {
		return false
	}
	lineEnds := b >= len(d.Tokens) || strings.IndexByte(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start], '\n') >= 0
	last := f.str(b - 1)
	if b-a >= 2 && len(last) == 2 && last[0] >= 'A' && last[0] <= 'Z' && last[1] == '.' {
		// "Zorvan Rao B." closing its line, or before a role
		for k := a; k < b-1; k++ {
			if w := f.str(k); f.tok(k).Kind != text.Word || !text.IsCapitalized(w) || text.IsAllCaps(w) || isOrgWord(w) || notNameWords[w] {
				return false
			}
		}
		return lineEnds || f.str(b) == ","
	}
	return b == a+1 && afterQuote && lineEnds && f.isGiven(f.str(a)) && !f.known(f.str(a))
}

// nameOfEmployer returns the index of "of" or "at" when [a, b), after a
// title, is a personal name of two or three words, then "of" or "at" and
// an organization's name (an acronym, a known organization or a name with
// an organization word: "Ada Quill of QVI", "Ada Quill at Zorva Health"),
// or -1.
func (f *finder) nameOfEmployer(a, b int) int {
	for c := a + 2; c <= a+3 && c < b-1; c++ {
		if w := f.str(c); w != "of" && w != "at" {
			continue
		}
		if !f.nameLike(a, c) || f.hasOrgWord(a, c) {
			return -1
		}
		rest := f.spanTextOnly(c+1, b)
		if f.known(rest) {
			return -1
		}
		if c+2 == b && f.isAcronym(c+1) || knownOrgs[rest] || f.hasOrgWord(c+1, b) {
			return c
		}
		return -1
	}
	return -1
}

// shoutedBio returns where the name ends when the line in capitals [a, b)
// is a writer's note: "ADA QUILL IS THE ZORVA NETWORK POLITICAL EDITOR"
// (a given name, a surname, IS or WAS, an article, a role noun last), or
// -1.
func (f *finder) shoutedBio(a, b int) int {
	if b-a < 5 || !isShouted(f.doc, f.doc.Sentences[f.sentenceOf(a)]) || !f.isGiven(titleCase(f.str(a))) {
		return -1
	}
	for e := a + 2; e <= a+3 && e+1 < b; e++ {
		if w := f.str(e); w != "IS" && w != "WAS" {
			continue
		}
		if n := f.str(e + 1); n != "THE" && n != "A" && n != "AN" && n != "OUR" {
			return -1
		}
		for k := a; k < e; k++ {
			if f.tok(k).Kind != text.Word || !text.IsAllCaps(f.str(k)) {
				return -1
			}
		}
		if !roleNouns[lowerASCII(f.str(b-1))] {
			return -1
		}
		return e
	}
	return -1
}

// firmNounBefore reports whether a noun of firms stands right before
// [a, b), a name that opens with a given name: "consulting firm Oliver
// Quill", "the insurer Jane Zorva" are businesses named after people, not
// the people (no appositive role or verb of speech vouches for a person).
func (f *finder) firmNounBefore(a, b int) bool {
	if a < 1 || b-a < 2 || b-a > 3 || !firmNouns[f.str(a-1)] || f.personContext(a, b) || f.appositiveRole(b) != "" {
		return false
	}
	if b < len(f.doc.Tokens) && f.tok(b).Kind == text.Word && (text.IsSpeechVerb(f.str(b)) || founderVerbs[f.str(b)]) {
		return false // "the company Jane Roe founded": the founder
	}
	return true
}

// founderVerbs after "the company NAME" make NAME its founder or head.
var founderVerbs = map[string]bool{
	"founded": true, "co-founded": true, "cofounded": true, "started": true, "created": true, "runs": true,
	"ran": true, "leads": true, "led": true, "owns": true, "owned": true, "built": true, "sold": true,
	"bought": true, "joined": true, "left": true, "launched": true, "heads": true, "headed": true,
}

// firmNouns name businesses, right before the business's name.
var firmNouns = map[string]bool{
	"firm": true, "company": true, "startup": true, "start-up": true, "insurer": true, "retailer": true,
	"carrier": true, "publisher": true, "manufacturer": true, "consultancy": true, "lender": true, "bank": true,
}

// authorPossessive reports whether the name [a, b), two or three name
// words no other rule vouches for, owns a work or an idea in the
// possessive ("Ansel Quellby’s framework", "Ada Zorvan’s essay"): its
// author, a person.
func (f *finder) authorPossessive(a, b int) bool {
	d := f.doc
	if b-a < 2 || b-a > 3 || b+1 >= len(d.Tokens) || d.Tokens[b].Kind != text.Possessive || !authoredNouns[f.str(b+1)] {
		return false
	}
	if f.hasLowerWord(a, b) || f.hasNotNameWord(a, b) || f.known(f.spanTextOnly(a, b)) || f.known(f.str(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if w := f.str(k); text.IsAllCaps(w) || knownOrgs[w] || camelCase(w) {
			return false
		}
	}
	return true
}

// authoredNouns are works and ideas a person's possessive owns.
var authoredNouns = map[string]bool{
	"framework": true, "essay": true, "essays": true, "book": true, "books": true, "novel": true, "novels": true,
	"theory": true, "argument": true, "paper": true, "papers": true, "memoir": true, "poem": true, "poems": true,
	"thesis": true, "lecture": true, "talk": true, "philosophy": true, "advice": true, "words": true, "law": true,
	"hypothesis": true, "principle": true, "critique": true, "manifesto": true, "biography": true, "autobiography": true,
}

// businessListed reports whether the name at a is listed after "companies
// like", "brands such as" and the like ("fine companies like Maison de
// Quill, Casa de Zorva and Pell Collection"): a business, even when it
// opens with a given name. The list may hold up to five names.
func (f *finder) businessListed(a int) bool {
	k := a - 1
	for n := 0; k >= 1 && n < 20; n++ {
		w := f.str(k)
		if w == "like" || w == "as" && f.str(k-1) == "such" {
			break
		}
		if w != "," && w != "and" && w != "or" && !f.isCapWord(k) && !(f.tok(k).Kind == text.Word && connectors[w]) && !particles[w] {
			return false
		}
		k--
	}
	if k < 1 {
		return false
	}
	kind := k - 1
	if f.str(k) == "as" {
		kind = k - 2
	}
	return kind >= 0 && businessKinds[f.str(kind)]
}

// businessKinds, plural, before "like" or "such as" list businesses.
var businessKinds = map[string]bool{
	"companies": true, "brands": true, "firms": true, "businesses": true, "retailers": true, "startups": true,
	"labels": true, "stores": true, "shops": true, "vendors": true, "caterers": true, "agencies": true,
	"makers": true, "manufacturers": true, "banks": true, "insurers": true, "airlines": true, "chains": true,
}

// orgWordsName reports whether [a, b), made only of organization words
// and connectors, is still a body's name: two organization words or more
// ("Media Corporation", "House of Representatives"), no
// title among them. One organization word alone names nothing ("the
// Council").
func (f *finder) orgWordsName(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		w := f.str(k)
		switch {
		case isOrgWord(w) && !titleHeads[w]:
			n++
		case connectors[w]:
		default:
			return false
		}
	}
	return n >= 2
}

// firmsOverPeople moves to the firm the mentions of a person of the same
// name that nothing vouches for as a person (no role, no short form):
// "consulting firm Oliver Quill" makes "for Oliver Quill’s clients" the
// firm's too.
func (f *finder) firmsOverPeople() {
	if len(f.firmNamed) == 0 {
		return
	}
	okey := string(rune('0' + Organization))
	for e := range f.res.Entities {
		ent := &f.res.Entities[e]
		if ent.Kind != Person || !f.firmNamed[ent.Name] || ent.Role != "" || len(ent.Aliases) > 0 {
			continue
		}
		o, ok := f.byName[okey+ent.Name]
		if !ok || o == e {
			continue
		}
		if f.drops == nil {
			f.drops = map[[2]int]bool{}
		}
		for _, m := range f.res.Mentions {
			if m.Entity == e {
				f.addMention(o, m.Start, m.End, m.Sentence)
				f.drops[[2]int{m.Start, e}] = true
			}
		}
	}
}

// workOfSomeone reports whether the name at a, opening with no given name,
// follows a person's possessive ("Marrow-Quill’s La Pinette",
// "Zorvan’s Blue Nude"): the person's work, not another person. Not after
// a place's or a body's possessive ("Finland’s Novak Roe", "Zentrix’s
// Jane Roe").
func (f *finder) workOfSomeone(a int) bool {
	d := f.doc
	if a < 2 || d.Tokens[a-1].Kind != text.Possessive || f.isGiven(f.str(a)) && !particles[lowerASCII(f.str(a))] || !f.isCapWord(a-2) {
		return false
	}
	owner := f.str(a - 2)
	if f.known(owner) || knownOrgs[owner] || isOrgWord(owner) || text.IsAllCaps(owner) || camelCase(owner) || isDemonym(owner, false) {
		return false
	}
	// The owner is a person named in the article or a one-word name
	// with a hyphen or a given name before it.
	return len(f.bySurname[owner]) > 0 || strings.IndexByte(owner, '-') > 0 || a >= 3 && f.isGiven(f.str(a-3))
}

// ownsAsPerson reports whether the single name at i owns, in the
// possessive, what only a person has: "Quillberg’s government", "Quill’s
// wife", "Roe’s impeachment".
func (f *finder) ownsAsPerson(i int) bool {
	d := f.doc
	if i+2 >= len(d.Tokens) || d.Tokens[i+1].Kind != text.Possessive || d.Tokens[i+2].Kind != text.Word {
		return false
	}
	return personHas[f.str(i+2)]
}

// personHas are the things of a person, after the person's possessive.
var personHas = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true, "brother": true,
	"sister": true, "widow": true, "widower": true, "children": true, "parents": true, "presidency": true,
	"administration": true, "government": true, "cabinet": true, "aides": true, "re-election": true,
	"inauguration": true, "impeachment": true, "funeral": true, "memoir": true,
}

// pluralTitle reports whether w is a title in the plural ("Justices",
// "Sens.", "Reps."), set before several names.
func pluralTitle(w string) bool {
	t := strings.TrimSuffix(w, ".")
	if !strings.HasSuffix(t, "s") || len(t) < 4 {
		return false
	}
	one := strings.TrimSuffix(t, "s")
	return titleHeads[one] || titleHeads[one+"."] || titleHeads[strings.TrimSuffix(one, "e")]
}

// personTitles come before a person's surname and seldom before anything
// else: "President Quill", "Sen. Roe" (not "General", "Chief", "King",
// "Captain": "General Information", "King Street", "Captain America").
var personTitles = map[string]bool{
	"President": true, "Senator": true, "Sen.": true, "Rep.": true, "Representative": true, "Governor": true,
	"Gov.": true, "Mayor": true, "Premier": true, "Chancellor": true, "Judge": true, "Justice": true, "Pope": true,
	"Dr.": true, "Prof.": true, "Professor": true, "Ambassador": true, "Sheriff": true, "Rabbi": true, "Bishop": true,
	"Cardinal": true, "Rev.": true, "Sgt.": true, "Lt.": true, "Col.": true, "Capt.": true, "Gen.": true, "Adm.": true,
	"Minister": true, "Commissioner": true, "Detective": true, "Coach": true, "Secretary": true, "Speaker": true,
}
