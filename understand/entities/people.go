package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/text"
)

// People: given names and name shapes, roles and titles before and after a
// name, credentials, and the short forms (surnames, given names, one-word
// speakers) that resolve to the people of an article.

func (f *finder) isGiven(w string) bool {
	if _, ok := f.given[w]; ok {
		return !wordGivenNames[w]
	}
	// "Jean-Claude", "Mary-Kate": both parts given names; "Jo-Marten":
	// a given name and a capitalised second part.
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" {
		return false
	}
	_, okA := f.given[a]
	_, okB := f.given[b]
	return okA && (okB || len(b) >= 3 && b[0] >= 'A' && b[0] <= 'Z' && !strings.Contains(b, "-"))
}

// leadingInitials reports whether token i is a person's initials written
// together ("J.K.", "A.J."): capitals each followed by a dot, at most
// three, and not a known place ("U.S.").
func (f *finder) leadingInitials(i int) bool {
	w := f.str(i)
	// Two initials at least: "A. Machine" is an item of a list.
	return len(w) >= 4 && isInitials(w) && !f.known(w) && !knownOrgs[w] && !notInitials[w]
}

// isInitials reports whether w is one to three initials ("J.", "J.K.").
func isInitials(w string) bool {
	if len(w) < 2 || len(w) > 6 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// lastTitle returns the index of the last title word in [a, b-1) that has
// a capitalised name word after it, or -1.
func (f *finder) lastTitle(a, b int) int {
	for k := b - 2; k >= a; k-- {
		if isTitleHead(f.str(k)) && f.isCapWord(k+1) && !titleHeads[f.str(k+1)] && !nameSuffixes[f.str(k+1)] {
			return k
		}
		// A capitalised role noun ("Lead Planner Elsa Varno") counts when
		// a given name and a surname follow it.
		if roleNouns[strings.ToLower(f.str(k))] && f.isGiven(f.str(k+1)) && k+2 < b && f.isCapWord(k+2) {
			return k
		}
	}
	// "Secretary of State Ada Quill", "Minister of Foreign Affairs
	// Wang Yi": a title with its "of" complement ends before a given name
	// followed by a surname.
	for k := a; k+4 < b+1; k++ {
		if !titleHeads[f.str(k)] || f.str(k+1) != "of" && f.str(k+1) != "for" {
			continue
		}
		for p := k + 3; p+1 < b; p++ {
			if f.isGiven(f.str(p)) && f.isCapWord(p+1) {
				if rest, _, _ := f.spanText(p, b); f.known(rest) || !f.nameLike(p, b) {
					break // "CEO of Brenmoor Bakes North America"
				}
				return p - 1
			}
		}
	}
	return -1
}

// hasPatronymic reports whether [a, b) holds "bin", "ibn" or "bint"
// between capitalised words.
func (f *finder) hasPatronymic(a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		if patronymics[f.str(i)] {
			return true
		}
	}
	return false
}

func (f *finder) hasInitial(a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		w := f.str(i)
		if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// nameLike reports whether tokens [a, b) could be a personal name: words
// only, not all capitals, no connector but the name particles.
func (f *finder) nameLike(a, b int) bool {
	if w := f.str(b - 1); b-a >= 2 && (demonyms[w] || strings.HasSuffix(w, "s") && isDemonym(w, f.isGiven(w))) {
		return false // "the Kentucky Republican said": a description ("Native Americans": a people)
	}
	if w := f.str(a); b-a >= 2 && !f.isGiven(w) && demonyms[w] {
		return false // "the early German Expressionist": a description (listed nationalities only: not "Kylian")
	}
	if a > 0 && abbreviatedHeads[f.str(a-1)] {
		return false // "a glob of St. Quell Apricot Scrub": the rest of a saint's, a mount's or a fort's name
	}
	if b-a >= 2 && f.pluralSubject(a, b) {
		return false // "the Quell Rovers have won", "Zorva Resources are": a team or a body, not one person
	}
	if f.str(a) == "Will" && f.questionOpener(a) {
		return false // "Will Tarrow win again?": the verb, not the given name
	}
	if b-a >= 3 && foreignArticles[f.str(a+1)] && !f.isGiven(f.str(a)) {
		return false // "Whereas El Niño …": the same after a capitalised opener
	}
	if b-a >= 2 && (foreignArticles[f.str(a)] || compassCaps[f.str(a)] || placeOpeners[f.str(a)]) {
		// "El Niño", "La Liga", "West Village", "Port Tarrow": a Romance
		// article, a compass word or a word for a port, a fort, a mountain
		// or a cape opens the names of things and places, not of people.
		return false
	}
	if b-a >= 2 && noSurname(f.str(b-1)) {
		// "Christian America", "Zorva Online", "Harbor Bar", "Tarn
		// Springs": a place, a firm, a venue or a town, not a person
		return false
	}
	for i := a; i < b; i++ {
		t := f.tok(i)
		w := f.str(i)
		if t.Kind != text.Word || strings.ContainsAny(w, "0123456789") {
			return false // (not "Brent LCOc1")
		}
		if i > a && strings.IndexByte(f.doc.Text[f.tok(i-1).End:t.Start], '\t') >= 0 {
			return false // "Taker Fee<TAB>Maker Fee": two cells of a table
		}
		if text.IsAllCaps(w) && !isInitials(w) || acronymPlural(w) {
			return false // (also "Tory MPs", "CEOs": capitals and a plural "s")
		}
		if connectors[w] && (w == "of" || w == "for" || w == "on") {
			return false
		}
		if notNameWords[w] && placeSurnames[w] && i == b-1 && i == a+1 && f.isGiven(f.str(a)) && f.personContext(a, b) {
			continue // "David Park, said", "spokesman Rob Hall said": a surname
		}
		if nounSurnames[w] && i == b-1 && i == a+1 && f.isGiven(f.str(a)) {
			continue // "Mara Price, the director": a noun in a surname's place
		}
		if titleHeads[w] && !honorifics[w] && !(i == b-1 && i > a && surnameTitles[w]) || notNameWords[w] || isOrgWord(w) {
			// A title word may end a name as its surname ("Martin
			// Luther King Jr."); titles before names were read before.
			return false
		}
		if knownOrgs[w] && !(i == b-1 && i > a && f.isGiven(f.str(a)) && !knownOrgs[f.spanTextOnly(a, b)]) ||
			f.known(w) && (i == b-1 || i == a && f.roleBefore(a) == "") && !f.isGiven(f.str(a)) {
			// (a known body's name as a surname after a given name is
			// the person's: "Lena Stanford", "Henry Ford")
			return false
		}
	}
	return true
}

// pluralSubject reports whether the name [a, b) ends in a plural noun
// ("Rovers", "Resources") and is the subject of a plural verb ("have",
// "are", "were"): a team, a band or a body ("the Quell Rovers have
// reached the final"), which one person is not. A name opening with a
// given name and joined to another ("Ada and Tom Rivers have"), or after
// an auxiliary ("Would Tom Rivers have …?"), may still be a person's.
func (f *finder) pluralSubject(a, b int) bool {
	d := f.doc
	if b >= len(d.Tokens) || !pluralVerbs[f.str(b)] {
		return false
	}
	w := f.str(b - 1)
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || f.tok(b-1).Kind != text.Word {
		return false
	}
	if a > 0 {
		p := lowerASCII(f.str(a - 1))
		if (p == "and" || p == "&" || p == "," || p == "or" || p == "nor") && f.isGiven(f.str(a)) || p == "as" || p == "than" || modalOpeners[p] ||
			subjectlessPrepositions[p] {
			return false // (not "fans of Tom Rivers were": the verb is the head noun's)
		}
	}
	return true
}

// abbreviatedHeads open the names of saints, places and things named
// after them ("St. Quell", "Mt. Quell", "Ft. Quell"); what follows them is
// no person's name by itself.
var abbreviatedHeads = map[string]bool{"St.": true, "Ste.": true, "Mt.": true, "Ft.": true}

// subjectlessPrepositions put the name after them in a noun's complement, not
// in the subject's place ("fans of Tom Rivers were", "people like Tom
// Rivers are").
var subjectlessPrepositions = map[string]bool{
	"of": true, "like": true, "with": true, "for": true, "from": true, "by": true, "about": true, "including": true,
	"to": true, "at": true, "on": true, "in": true, "unlike": true, "alongside": true, "besides": true,
}

// pluralVerbs are verbs of a plural subject.
var pluralVerbs = map[string]bool{"have": true, "are": true, "were": true}

// modalVerbs follow a subject ("Durrow might proceed").
var modalVerbs = map[string]bool{
	"might": true, "may": true, "could": true, "should": true, "can": true, "must": true,
}

// modalOpeners ask a question before its subject ("Would Tom Rivers have
// …?").
var modalOpeners = map[string]bool{
	"would": true, "could": true, "should": true, "will": true, "can": true, "may": true, "might": true, "must": true,
	"did": true, "do": true, "does": true, "had": true, "has": true, "have": true, "is": true, "are": true, "was": true, "were": true,
}

// personContext reports whether the words around [a, b) say it is a person.
func (f *finder) personContext(a, b int) bool {
	d := f.doc
	k := b
	for k < len(d.Tokens) && k < b+3 && d.Tokens[k].Kind == text.Word && auxiliaries[f.str(k)] {
		k++
	}
	if k < len(d.Tokens) && d.Tokens[k].Kind == text.Word && text.IsSpeechVerb(f.str(k)) {
		return true
	}
	if a > 0 && d.Tokens[a-1].Kind == text.Word {
		p := lowerASCII(f.str(a - 1))
		if text.IsInversionVerb(p) || isRoleNoun(p) && (f.isLowerWord(a-1) || f.isGiven(f.str(a)) || titleHeads[f.str(a-1)] ||
			f.opensSentence(a-1) && occupationShape(p) && b-a >= 2 && b-a <= 3 && !strings.Contains(d.Text[d.Tokens[a-1].End:d.Tokens[a].Start], "\n")) {
			// (a capitalised role noun opening a sentence, "Actor Tom
			// Hanks", vouches for a given name only: not "Star Wars Jedi")
			return true
		}
	}
	if a > 0 && f.str(a-1) == "," && b+1 < len(d.Tokens) && f.str(b) == "," && speakingVerbs[f.str(b+1)] {
		return true // "the Chancellor, Sajid Javid, said"
	}
	if f.ageAfter(b) {
		return true // "Ngozi Okafor, 41, opened": an age
	}
	if f.copulaRole(b) {
		return true // "Tendai Moyo is a nurse in Tucson."
	}
	if b+1 < len(d.Tokens) && f.str(b) == "(" && d.Tokens[b+1].Kind == text.Word && roleNouns[lowerASCII(f.str(b+1))] {
		return true // "Priya Shah (landscaper, Atlanta):"
	}
	if b+1 < len(d.Tokens) && f.str(b) == "," && !regionCode(f.str(b+1)) && f.credentialsEnd(b+1) > b+1 {
		return true // "Oluwaseun Adeyemi, RN, said": degrees after a name
	}
	if f.roleAppositiveBefore(a, b) {
		return true // "The leader of the party, Rachid Mansour, condemned"
	}
	return f.appositiveRole(b) != "" || f.appositiveSpeaker(b) || f.peopleOnlyContext(a, b)
}

// peopleOnlyContext reports whether a name of two or three capitalised
// words, with no organization or post word, not after a determiner of
// things and no known place, stands where only people stand
// (peopleOnlyPosition). The gazetteer is asked last, when the position
// already says person.
func (f *finder) peopleOnlyContext(a, b int) bool {
	d := f.doc
	if b-a < 2 || b-a > 3 || f.hasOrgWord(a, b) {
		return false
	}
	for i := a; i < b; i++ {
		if d.Tokens[i].Kind != text.Word || !text.IsCapitalized(f.str(i)) || isRoleNoun(lowerASCII(f.str(i))) {
			return false // (not "a Catering Coordinator, who …": a post)
		}
	}
	if a > 0 && thingDeterminers[f.str(a-1)] && !f.someoneNamed(a, b) {
		return false
	}
	return f.peopleOnlyPosition(a, b) && !f.placeName(a, b)
}

// someoneNamed reports whether the name [a, b) after "a" or "an" opens
// with a given name and comes before ", who" or ", whom": someone the
// writer does not know ("registered by a Tomas Quell, who …"), not a
// thing.
func (f *finder) someoneNamed(a, b int) bool {
	d := f.doc
	p := f.str(a - 1)
	return (p == "a" || p == "an") && f.isGiven(f.str(a)) && b+1 < len(d.Tokens) && f.str(b) == "," &&
		(f.str(b+1) == "who" || f.str(b+1) == "whom")
}

// peopleOnlyPosition reports whether the words around the name [a, b) are
// said only of people: before ", who" or ", whom" ("Tavi Orlund, who
// founded …"), "himself", "and his wife" or a party tag ("(D-Calif.)");
// before a possessive and a noun of kin ("Tavi Orlund's wife") or after
// them ("her daughter Tavi Orlund"); after "the late" or an age ("the
// 45-year-old"); after a verb of authorship and "by" ("written by Tavi
// Orlund", "The book, by Tavi Orlund,"); before a verb only people do
// ("died", "was born", "was sworn in"); after a verb done only to people
// ("arrested Tavi Orlund on"); signing a quote ("“…” – Tavi Orlund"); and
// after "identified … as". ("According to X," is said of firms as often.)
func (f *finder) peopleOnlyPosition(a, b int) bool {
	d := f.doc
	n := len(d.Tokens)
	if b+1 < n && f.str(b) == "," && (f.str(b+1) == "who" || f.str(b+1) == "whom") {
		return true
	}
	if b < n && (f.str(b) == "himself" || f.str(b) == "herself") {
		return true // "Tavi Orlund himself denied it"
	}
	if b+2 < n && f.str(b) == "and" && possessiveDeterminers[f.str(b+1)] && kinOf(f.str(b+2)) {
		return true // "Tavi Orlund and his wife"
	}
	if b+2 < n && f.str(b) == "(" && partyTag(f.str(b+1)) {
		return true // "Tavi Orlund (D-Calif.)"
	}
	if a >= 1 && (f.str(a-1) == "late" || strings.HasSuffix(f.str(a-1), "-year-old")) {
		return true // "the late Tavi Orlund", "the 45-year-old Tavi Orlund"
	}
	if b+1 < n && d.Tokens[b].Kind == text.Possessive && kinOf(f.str(b+1)) {
		return true
	}
	if a >= 2 && kinOf(f.str(a-1)) && (possessiveDeterminers[f.str(a-2)] || d.Tokens[a-2].Kind == text.Possessive) {
		return true // "her daughter Tavi Orlund", "Roe's son Tavi Orlund"
	}
	if a >= 2 && f.str(a-1) == "by" && (authorshipVerbs[lowerASCII(f.str(a-2))] ||
		f.str(a-2) == "," && a >= 3 && workNouns[lowerASCII(f.str(a-3))]) {
		return true
	}
	k := b
	for k < n && k < b+2 && (f.str(k) == "was" || f.str(k) == "has" || f.str(k) == "had") {
		k++
	}
	if k < n && (personVerbs[f.str(k)] || k > b && (f.str(k) == "born" || f.str(k) == "sworn")) {
		return true
	}
	// After a verb done to people, the name must end its noun phrase
	// ("arrested Tavi Orlund on Monday", not "elected Tarn Vale
	// officials").
	ends := b >= n || d.Tokens[b].Kind == text.Punct || d.Tokens[b].Kind == text.Word && nameEnders[f.str(b)]
	if a >= 1 && ends && personObjectVerbs[lowerASCII(f.str(a-1))] {
		return true
	}
	if a >= 2 && (f.str(a-1) == "—" || f.str(a-1) == "–") && d.Tokens[a-2].Kind == text.Quote &&
		(b >= n || f.str(b) == "," || strings.Contains(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start], "\n")) {
		return true // "“…” – Tavi Orlund": a quote's signature
	}
	if a >= 3 && ends && f.str(a-1) == "as" {
		for k := a - 2; k >= 0 && k >= a-5; k-- {
			if f.str(k) == "identified" {
				return true
			}
		}
	}
	return false
}

// kinOf reports whether w names a relative of a person ("wife", "sons"):
// kinshipNouns and their plurals, but not "partner", which a firm has too.
func kinOf(w string) bool {
	return kinshipNouns[w] && w != "partner" || kinPlurals[w]
}

// kinPlurals are the plural nouns of kin after a person's possessive.
var kinPlurals = map[string]bool{
	"parents": true, "children": true, "sons": true, "daughters": true, "siblings": true,
}

// appositivePeople are nouns for people that a name set off by commas
// after them names ("The suspect, Tavi Orlund, was held").
var appositivePeople = map[string]bool{
	"suspect": true, "victim": true, "driver": true, "gunman": true, "shooter": true, "defendant": true,
	"plaintiff": true, "man": true, "woman": true, "boy": true, "girl": true, "teenager": true, "teen": true,
	"pilot": true, "passenger": true, "winner": true, "nominee": true, "candidate": true, "survivor": true,
}

// possessiveDeterminers own a noun of kin before a name.
var possessiveDeterminers = map[string]bool{
	"his": true, "her": true, "their": true, "my": true, "our": true, "your": true, "His": true, "Her": true,
	"Their": true, "My": true, "Our": true,
}

// authorshipVerbs before "by" and a name make its author a person.
var authorshipVerbs = map[string]bool{
	"written": true, "co-written": true, "directed": true, "painted": true, "composed": true, "authored": true,
	"illustrated": true, "photographed": true, "narrated": true, "choreographed": true, "sung": true,
}

// personVerbs have only people as subjects.
var personVerbs = map[string]bool{
	"died": true, "dies": true, "married": true, "marries": true, "divorced": true, "resigned": true, "resigns": true,
	"retired": true, "retires": true, "pleaded": true, "pleads": true, "graduated": true, "smiled": true,
	"laughed": true, "wept": true, "sang": true, "starred": true,
}

// personObjectVerbs are done only to people.
var personObjectVerbs = map[string]bool{
	"married": true, "arrested": true, "sentenced": true, "interviewed": true, "elected": true, "divorced": true,
	"kissed": true, "hugged": true, "marry": true, "arrest": true, "elect": true, "interview": true,
}

// foreignArticles are the Spanish and Italian articles that open names of
// things ("El Niño", "La Liga", "Los Lobos"); a personal name does not
// start with one ("Le", a Vietnamese surname, is not listed).
var foreignArticles = map[string]bool{"El": true, "La": true, "Las": true, "Los": true, "Il": true}

// placeOpeners, like the compass words of compassCaps, open the names of
// places ("Port Tarrow", "Mount Quill"), never a personal name.
var placeOpeners = map[string]bool{"Port": true, "Fort": true, "Mount": true, "Cape": true}

// noSurname reports whether w, ending a capitalised name, is a word that
// ends names of places, firms, products, venues and towns and is nobody's
// surname (landsNoSurname, thingEnders, hospitalityNouns, landformEnders).
func noSurname(w string) bool {
	return landsNoSurname[w] || thingEnders[w] || hospitalityNouns[w] || landformEnders[w]
}

// hospitalityNouns end the names of places to eat, drink or stay ("Harbor Bar",
// "Rathmore Inn"), not of people.
var hospitalityNouns = map[string]bool{
	"Bar": true, "Inn": true, "Hotel": true, "Pub": true, "Tavern": true, "Bistro": true, "Grill": true,
	"Cafe": true, "Café": true, "Diner": true, "Brasserie": true, "Cantina": true, "Pizzeria": true, "Trattoria": true,
	"Restaurant": true,
}

// landformEnders end the names of towns, schools and streams named after
// the land ("Alder Creek", "Tarn Springs"), never a surname.
var landformEnders = map[string]bool{
	"Creek": true, "Springs": true, "Falls": true, "Heights": true, "Valley": true, "Canyon": true, "Bayou": true,
}

// acronymPlural reports whether w is an acronym with a plural "s" ("MPs",
// "RSVPs"), which no name holds.
func acronymPlural(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for k := 0; k < n-1; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// landsNoSurname are names of continents and countries that are nobody's
// surname (unlike "Jordan", "Holland", "Ireland", "Canada" or "London"): after a
// given name they end the name of a movement, a gallery or a restaurant
// ("Christian America", "Tate Britain", "Shalom Japan").
var landsNoSurname = map[string]bool{
	"America": true, "Britain": true, "Africa": true, "Europe": true, "Asia": true, "Japan": true, "China": true,
	"Russia": true, "Germany": true, "India": true, "Mexico": true, "Australia": true, "Italy": true,
	"Spain": true, "Korea": true, "Iran": true, "Iraq": true, "Syria": true, "Egypt": true, "Ukraine": true,
	"Pakistan": true, "Afghanistan": true, "Vietnam": true, "Indonesia": true, "Nigeria": true, "Argentina": true,
	"Sweden": true, "Norway": true,
}

// thingEnders are nouns of trades, services, products and ideas that end the
// names of firms, sites, products and headings ("Zorva Online", "Quill
// Dental", "Harlow Van Lines", "the Tarn Redemption"), never a person's
// surname.
var thingEnders = map[string]bool{
	"Online": true, "Marketing": true, "Advertising": true, "Engineering": true, "Dental": true, "Apparel": true,
	"Property": true, "Properties": true, "Lines": true, "Antivirus": true, "Platform": true, "Shopping": true,
	"Tools": true, "Course": true, "Courses": true, "Certification": true, "Tutors": true, "Ghostwriting": true,
	"Pricing": true, "Mindset": true, "Scientists": true, "Taxes": true, "Fees": true, "Itinerary": true,
	"Optimization": true, "Orientation": true, "Membership": true, "Redemption": true, "Video": true, "Code": true,
	"Pro": true, "Plus": true, "Ultra": true, "Mini": true, // a product's tier ("Zorva Quest Pro")
}

// nameEnders end a noun phrase after a name.
var nameEnders = map[string]bool{
	"in": true, "on": true, "at": true, "as": true, "with": true, "for": true, "to": true, "and": true, "after": true,
	"before": true, "last": true, "this": true, "from": true, "over": true, "during": true, "since": true,
}

// roleAppositiveBefore reports whether [a, b) is set off by commas right
// after a noun phrase headed by a role noun ("The leader of the party,
// Rachid Mansour, condemned …", "Her lawyer, Sam Kane, said").
func (f *finder) roleAppositiveBefore(a, b int) bool {
	d := f.doc
	if a < 3 || f.str(a-1) != "," || b >= len(d.Tokens) || f.str(b) != "," {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-7; k-- {
		t := d.Tokens[k]
		if t.Kind == text.Punct || t.Kind == text.Quote {
			return false
		}
		if t.Kind != text.Word || !isRoleNoun(lowerASCII(f.str(k))) && !kinOf(f.str(k)) && !appositivePeople[f.str(k)] || k == 0 {
			continue
		}
		// The determiner, right before the noun or past up to three
		// modifiers ("the home secretary, Sajid Javid,", "the then UK
		// Home Secretary, …", "her talented chef, …").
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if d.Tokens[j].Kind != text.Word {
				break
			}
			switch w := lowerASCII(f.str(j)); w {
			case "the", "his", "her", "their", "its", "our", "my":
				// (not "its big sister, Anhelo Restaurant,": a thing's
				// kin is another thing)
				return w != "its" || !kinOf(f.str(k))
			}
		}
	}
	return false
}

// appositiveSpeaker reports whether the comma at token b opens an
// appositive or relative clause that a verb of speech follows
// ("Lakshiwnder Singh, another deportee, said", "Lorna Quade, who
// represents Brenmoor, said"), with no organization noun in it ("Acme, a
// small firm, said").
func (f *finder) appositiveSpeaker(b int) bool {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "," {
		return false
	}
	for k := b + 1; k < len(d.Tokens) && k <= b+14; k++ {
		t := d.Tokens[k]
		if t.Kind == text.Quote || t.Kind == text.Punct && f.str(k) != "," && f.str(k) != "-" {
			return false
		}
		if t.Kind == text.Word && (orgNouns[f.str(k)] || f.str(k) == "which") {
			return false
		}
		if f.str(k) != "," {
			continue
		}
		if k > b+1 && k <= b+4 {
			// "Officers in Silver Spring, Maryland, said": a town and its
			// state, no appositive.
			if r, _, _ := f.spanText(b+1, k); f.known(r) || k == b+2 && (regionCode(r) || f.shortRegion(r)) {
				return false
			}
		}
		n := k + 1
		for n < len(d.Tokens) && n < k+3 && d.Tokens[n].Kind == text.Word && auxiliaries[f.str(n)] {
			n++
		}
		return k > b+1 && n < len(d.Tokens) && speakingVerbs[f.str(n)]
	}
	return false
}

// appositiveRole returns the role phrase after ", " at token b ("head of the
// Northern Rivers Water Council"), or "".
func (f *finder) appositiveRole(b int) string {
	d := f.doc
	if b+1 >= len(d.Tokens) || d.Tokens[b].Kind != text.Punct || f.str(b) != "," {
		return ""
	}
	i := b + 1
	if i+2 < len(d.Tokens) && d.Tokens[i].Kind == text.Number && f.str(i+1) == "," {
		i += 2 // "Maria Lopez, 45, a singer from Texas": past the age
	}
	if k := f.credentialsEnd(i); k > i {
		i = k // "Jane Roe, MS, RD, a dietitian": past the degrees
		if i >= len(d.Tokens) {
			return ""
		}
		switch f.str(i) {
		case "is", "was", "are", "were", "has", "had", "will", "would", "says", "said":
			return "" // "Kwame Mensah, MBA, is a planner": a clause, no appositive
		}
	}
	// Up to three words (determiner, adjectives) before the role noun.
	found := -1
	for k := i; k < len(d.Tokens) && k < i+5; k++ {
		t := d.Tokens[k]
		if t.Kind == text.Possessive {
			continue
		}
		if t.Kind != text.Word || text.IsSpeechVerb(lowerASCII(f.str(k))) || auxiliaries[f.str(k)] || k == i && clausePrepositions[f.str(k)] ||
			pastVerbs[f.str(k)] || relativeWords[f.str(k)] {
			break // ", said the governor supports …", ", after the novelist X explained": a clause, no role
		}
		if roleNouns[lowerASCII(f.str(k))] {
			found = k
			break
		}
	}
	if found < 0 {
		return ""
	}
	// The phrase runs to the next comma, semicolon, dash, quote or the end
	// of the sentence.
	end := found + 1
	for end < len(d.Tokens) && end-i < 14 {
		t := d.Tokens[end]
		if t.Kind == text.Quote || t.Kind == text.Punct && (f.str(end) == "," || f.str(end) == ";" || f.str(end) == "." || f.str(end) == ")" || f.str(end) == ":" || isDash(f.str(end))) {
			break
		}
		if t.Kind == text.Word && text.IsSpeechVerb(f.str(end)) {
			break
		}
		if strings.IndexByte(d.Text[d.Tokens[end-1].End:t.Start], '\n') >= 0 {
			break // a role ends with its line ("— Ada R., Concept Artist")
		}
		end++
	}
	// Stay within the sentence.
	return d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]
}

// roleBefore returns the role phrase just before token a ("Kremlin
// foreign-policy aide", "Russian foreign minister"), or "": a role noun,
// the modifiers before it, and one run of capitalised words before those.
func (f *finder) roleBefore(a int) string {
	d := f.doc
	// A capitalised role noun opening the sentence ("Actor Tom Hanks …")
	// is one too.
	if a == 0 || d.Tokens[a-1].Kind != text.Word || !isRoleNoun(lowerASCII(f.str(a-1))) {
		return ""
	}
	k := a - 1
	tookCap := false
	for k > 0 && a-k < 6 {
		t := d.Tokens[k-1]
		w := f.str(k - 1)
		if strings.IndexByte(d.Text[t.End:d.Tokens[k].Start], '\n') >= 0 {
			break // a heading line before ("Magnesium\nCertified trainer X")
		}
		if t.Kind == text.Possessive {
			k--
			continue
		}
		if t.Kind != text.Word || text.IsSentenceOpener(w) || text.IsSpeechVerb(lowerASCII(w)) {
			break
		}
		if text.IsCapitalized(w) {
			if stopCaps[w] {
				break
			}
			tookCap = true
			k--
			continue
		}
		if tookCap && w == "of" && k >= 2 && f.isCapWord(k-2) && !stopCaps[f.str(k-2)] {
			k-- // "Bank of England governor"
			continue
		}
		if tookCap || !roleModifier(w) {
			break
		}
		k--
	}
	return d.Text[d.Tokens[k].Start:d.Tokens[a-1].End]
}

// roleModifier reports whether a lower-case word can qualify a role noun
// ("foreign-policy", "senior", "economic").
func roleModifier(w string) bool {
	if strings.IndexByte(w, '-') > 0 || roleModifiers[w] || roleNouns[w] {
		return true
	}
	for _, suf := range []string{"al", "ic", "ian", "ese", "ary", "ior"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasTitle reports whether [a, b) holds a title word followed by a name.
func (f *finder) hasTitle(a, b int) bool { return f.lastTitle(a, b) >= 0 }

// addPerson records the person named by tokens [a, b).
func (f *finder) addPerson(a, b, sentence int, role string) {
	for b > a+2 && officeLetters[f.str(b-1)] {
		b-- // "Neil Quell QC": the name without the letters of the office
	}
	b2 := f.trimSuffixes(a, b)
	name, _, _ := f.spanText(a, b)
	written := ""
	if a == f.leadWord {
		// "MARA Quill has vowed": the name as usually written, the
		// capitals an alias.
		written = name
		name = f.leadStr + name[len(f.doc.Str(a)):]
	}
	f.addPersonAs(a, b, sentence, name, f.str(a), f.str(b2-1))
	if written != "" {
		f.addAlias(f.lastPerson, written)
	}
	f.setRoleOfLast(role, a, b)
}

// setRoleOfLast sets the role of the person addPersonAs last touched.
func (f *finder) setRoleOfLast(role string, a, b int) {
	f.setRole(f.lastPerson, role, a, b)
}

// addPersonAs records the person named by tokens [a, b) under name, with
// given name first and surname last as the article would write them.
func (f *finder) addPersonAs(a, b, sentence int, name, first, last string) {
	_, start, end := f.spanText(a, b)
	key := first + " " + last
	e, ok := f.persons[key]
	if !ok {
		e, ok = f.sameSurname(first, last)
	}
	if !ok && particles[lowerASCII(first)] {
		// "Von der Leyen said" after "Ursula von der Leyen".
		e, ok = f.fullNameEndingIn(name)
	}
	if !ok && f.trimSuffixes(a, b)-a == 2 && !f.isGiven(first) {
		// "Delmont Ashby cautions" after "Maria Delmont Ashby".
		if p := f.personEndingWith(name); p >= 0 {
			e, ok = p, true
		}
	}
	if !ok {
		// "Donald J. Trump" and "Donald Trump" share given name and surname.
		e = len(f.res.Entities)
		f.res.Entities = append(f.res.Entities, Entity{Kind: Person, Name: name, first: first, last: last, Gender: f.given[first]})
		f.indexPerson(e)
		f.persons[key] = e
	} else if ent := &f.res.Entities[e]; name != ent.Name {
		if text.IsAllCaps(ent.Name) && !text.IsAllCaps(name) {
			// "NORA VANCE" then "Nora Vance": the name as usually written.
			ent.Name, name = name, ent.Name
		}
		f.addAlias(e, name)
	}
	f.addMention(e, start, end, sentence)
	f.lastPerson = e
}

// fullNameEndingIn finds a person of pass 1 whose name ends with name,
// compared without case ("Von der Leyen" in "Ursula von der Leyen").
func (f *finder) fullNameEndingIn(name string) (int, bool) {
	ln := strings.ToLower(name)
	for e := range f.res.Entities {
		ent := &f.res.Entities[e]
		if ent.Kind == Person && len(ent.Name) > len(name) && strings.HasSuffix(strings.ToLower(ent.Name), " "+ln) {
			return e, true
		}
	}
	return -1, false
}

// sameSurname finds a person of pass 1 with surname last whose given name
// shortens or lengthens first ("Pat" and "Patrick").
func (f *finder) sameSurname(first, last string) (int, bool) {
	for _, e := range f.peopleByLast[last] {
		ent := &f.res.Entities[e]
		if ent.Kind != Person || ent.last != last || ent.first == ent.last {
			continue
		}
		short, long := first, ent.first
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 3 && strings.HasPrefix(long, short) {
			return e, true
		}
	}
	return -1, false
}

func (f *finder) setRole(e int, role string, a, b int) {
	ent := &f.res.Entities[e]
	if ent.Role != "" {
		return
	}
	if role == "" {
		role = f.roleBefore(a)
	}
	if role == "" {
		role = f.appositiveRole(b)
	}
	ent.Role = role
}

// resolveSingles resolves single capitalised words and handles against the
// entities of pass 1.
func (f *finder) resolveSingles() {
	d := f.doc
	spoken := f.speakingSingles()
	// "Hawks coach Bruno Dessal", "the Hawks’ win": a single word that
	// employs someone named with a role is an organization everywhere.
	for _, p := range f.pending {
		if p.dropped || p.titled || p.headline || p.wire || spoken[f.str(p.tok)] != 0 {
			continue
		}
		w := f.str(p.tok)
		if (f.employerOfRole(p.tok) || f.teamName(p.tok)) && f.personBy(w, d.Tokens[p.tok].Start) < 0 && !f.known(w) {
			if spoken == nil {
				spoken = map[string]Kind{}
			}
			spoken[w] = Organization
		}
	}
	// "Priya Anand led the study. … Anand found": a full name no rule
	// vouched for, whose last word comes back alone as a subject.
	for _, p := range f.pending {
		if p.dropped || p.titled || p.headline || p.wire || !f.subjectAlone(p.tok) {
			continue
		}
		w := f.str(p.tok)
		if spoken[w] == 0 && (f.singleNameWord(p.tok) || placeSurnames[w]) && !f.known(w) && f.personBy(w, d.Tokens[p.tok].Start) < 0 && f.deferredNameEndingWith(w) {
			f.fullFromDeferred(w)
		}
	}
	for _, p := range f.pending {
		w := f.str(p.tok)
		t := d.Tokens[p.tok]
		if f.credentialAt(p.tok) {
			continue // "Alan Pike, MD, FACP": degrees after a name
		}
		if p.dropped {
			if e := f.personBy(w, t.Start); e >= 0 {
				f.addAlias(e, w)
				f.addMention(e, t.Start, t.End, p.sentence)
			} else if e, ok := f.persons[" "+w]; ok && spoken[w] == Person {
				f.addMention(e, t.Start, t.End, p.sentence)
			}
			continue
		}
		if p.wire {
			// "(AP)" with "Associated Press" named in the article.
			f.addAcronym(w, p.tok, p.sentence)
			continue
		}
		townSpeaks := f.opts.TownName != nil && f.known(w) && f.opts.TownName(w) && f.speaks(p.tok)
		if !p.titled && f.known(w) && (!f.placePosition(p.tok) || f.personPossessive(p.tok)) {
			if e, ok := f.teams[w]; ok && f.res.Entities[e].Kind == Organization {
				// "the Cleveland Bears … Cleveland really needs a passer":
				// the team, not the city.
				f.addAlias(e, w)
				f.addMention(e, t.Start, t.End, p.sentence)
				continue
			}
			// "Farah Smith … Later Farah said": the name of someone the
			// article names in full, not the place of that name.
			if e := f.personBy(w, t.Start); e >= 0 {
				f.addAlias(e, w)
				f.addMention(e, t.Start, t.End, p.sentence)
				continue
			}
		}
		if !p.titled && f.known(w) && spoken[w] == 0 && !townSpeaks {
			f.addPlace(p.tok, p.tok+1, p.sentence)
			continue
		}
		if e := f.personBy(w, t.Start); e >= 0 {
			f.addAlias(e, w)
			f.addMention(e, t.Start, t.End, p.sentence)
			f.setRole(e, p.role, p.tok, p.tok+1)
			continue
		}
		if p.tok > 0 && f.resolveWithDropped(p) {
			continue
		}
		if p.employer && !(p.tok+2 < len(d.Tokens) && d.Tokens[p.tok+1].Kind == text.Possessive && f.isCapWord(p.tok+2)) {
			// (not "at Runner’s World": a longer name in the possessive)
			f.addOrg(p.tok, p.tok+1, p.sentence) // "an analyst at Zentrix"
			continue
		}
		if f.isGiven(w) && f.kinshipBefore(p.tok) || wellKnownSingles[w] && !p.headline && !f.known(w) {
			// "His wife Sally, 41, said": a family member by given name;
			// "to read Plato": someone the world names by one name.
			e, ok := f.persons[" "+w]
			if !ok {
				e = len(f.res.Entities)
				f.res.Entities = append(f.res.Entities, Entity{Kind: Person, Name: w, first: w, last: w, Gender: f.given[w]})
				f.indexPerson(e)
				f.persons[" "+w] = e
			}
			f.addMention(e, t.Start, t.End, p.sentence)
			continue
		}
		if !p.titled && !p.headline && spoken[w] == 0 && f.placeInContext(p.tok, p.tok+1) {
			f.addPlace(p.tok, p.tok+1, p.sentence)
			continue
		}
		if !p.titled && !p.headline && spoken[w] == 0 && (f.placeInKnownPlace(p.tok) || f.townPairedBetween(p.tok, p.tok+1) || f.listedAsPlace(p.tok, p.tok+1) || f.dwellersOf(p.tok, p.tok+1)) {
			f.addPlace(p.tok, p.tok+1, p.sentence) // "from Quellbury in Tunisia", "between Zorvaville and Quellmark"
			continue
		}
		if p.headline {
			if (regionCode(w) || f.shortRegion(w)) && p.tok >= 2 && f.str(p.tok-1) == "," && f.isCapWord(p.tok-2) && f.townBefore(p.tok-2) {
				f.addPlace(p.tok, p.tok+1, p.sentence) // "Quill Stage, Toronto, ON" in a title-case line
				continue
			}
			if e, ok := f.byName[string(rune('0'+Organization))+w]; ok {
				f.addMention(e, t.Start, t.End, p.sentence)
			}
			continue
		}
		if p.titled {
			// "Mr. Smith" with no full name in the article.
			e := len(f.res.Entities)
			f.res.Entities = append(f.res.Entities, Entity{Kind: Person, Name: w, last: w})
			f.indexPerson(e)
			f.persons[" "+w] = e
			f.bySurname[w] = append(f.bySurname[w], e)
			f.fullStarts[e] = []int{t.Start}
			f.addMention(e, t.Start, t.End, p.sentence)
			f.setRole(e, p.role, p.tok, p.tok+1)
			continue
		}
		if text.IsAllCaps(w) && len(w) >= 3 {
			// "JONES: “We are ready.”": a transcript label, the person
			// of that surname.
			if e := f.personBy(titleCase(w), t.Start); e >= 0 {
				f.addAlias(e, w)
				f.addMention(e, t.Start, t.End, p.sentence)
				continue
			}
		}
		if e := f.orgByFirstWord(w); e >= 0 {
			// "a Brightwater spokeswoman" after "Brightwater Foods".
			f.addAlias(e, w)
			f.addMention(e, t.Start, t.End, p.sentence)
			continue
		}
		if regionCode(w) || f.shortRegion(w) {
			// "Clifton, NJ", "Quillport, Ky.": a state after a town;
			// alone, nothing.
			if p.tok >= 2 && f.str(p.tok-1) == "," && f.isCapWord(p.tok-2) && f.townBefore(p.tok-2) {
				f.addPlace(p.tok, p.tok+1, p.sentence)
			}
			continue
		}
		if e, ok := f.byName[string(rune('0'+Organization))+w]; ok {
			f.addMention(e, t.Start, t.End, p.sentence)
			continue
		}
		if e, ok := f.byName[w]; ok { // an acronym alias
			f.addMention(e, t.Start, t.End, p.sentence)
			continue
		}
		if f.isAcronym(p.tok) {
			f.addAcronym(w, p.tok, p.sentence)
			continue
		}
		if spoken[w] == 0 && f.sourceContext(p.tok) && f.singleNameWord(p.tok) && !f.isGiven(w) && !f.known(w) {
			// "according to Statista", "data from Brenmoor": a source
			// no person of the article is named after.
			f.addOrg(p.tok, p.tok+1, p.sentence)
			continue
		}
		if !knownOrgs[w] && camelCase(w) && f.singleNameWord(p.tok) && !f.known(w) && f.handleOfPerson(w) {
			// "NightOwl, a forum user, …": a screen name in apposition
			// to a person noun is someone's, not a brand.
			e, ok := f.persons[" "+w]
			if !ok {
				e = len(f.res.Entities)
				f.res.Entities = append(f.res.Entities, Entity{Kind: Person, Name: w, last: w})
				f.indexPerson(e)
				f.persons[" "+w] = e
			}
			f.addAlias(e, w)
			f.addMention(e, t.Start, t.End, p.sentence)
			continue
		}
		if knownOrgs[w] || f.camelBrand(w) && f.singleNameWord(p.tok) && !f.known(w) {
			// "ZentaWork", "QuillFact": a brand's inner capital.
			f.addOrg(p.tok, p.tok+1, p.sentence)
			continue
		}
		switch spoken[w] {
		case Organization:
			f.addOrg(p.tok, p.tok+1, p.sentence)
		case Person:
			// "Lopez said" with no full name in the article: a person
			// known by one name — or by the full name of a span that
			// ends with it and that pass 1 could not classify
			// ("Tadeusz Wroblewski went home. … Wroblewski said").
			e, ok := f.persons[" "+w]
			if !ok {
				e, ok = f.fullFromDeferred(w)
			}
			if !ok {
				e = len(f.res.Entities)
				f.res.Entities = append(f.res.Entities, Entity{Kind: Person, Name: w, last: w, Gender: f.given[w]})
				f.indexPerson(e)
				f.persons[" "+w] = e
			}
			f.addAlias(e, w)
			f.addMention(e, t.Start, t.End, p.sentence)
		}
	}
	for _, sp := range f.employers {
		key := f.str(sp.a) + " " + f.str(sp.b-1)
		if o, ok := f.byName[string(rune('0'+Organization))+f.spanTextOnly(sp.a, sp.b)]; ok {
			// "for Oliver Quill" after "consulting firm Oliver Quill": the
			// firm the article names so.
			_, start, end := f.spanText(sp.a, sp.b)
			f.addMention(o, start, end, sp.sentence)
			continue
		}
		if e, ok := f.persons[key]; ok {
			name, start, end := f.spanText(sp.a, sp.b)
			if ent := &f.res.Entities[e]; ent.Kind == Person && ent.Role == "" && len(ent.Aliases) == 0 && ent.Name == name {
				// "a consultant at Oliver Brandt … Oliver Brandt found": a
				// firm named like a person, never named as one (no role, no
				// surname alone), is the employer.
				ent.Kind = Organization
				delete(f.persons, key)
				f.byName[string(rune('0'+Organization))+name] = e
			}
			f.addMention(e, start, end, sp.sentence)
			continue
		}
		f.addOrg(sp.a, sp.b, sp.sentence)
	}
	for _, sp := range f.deferred {
		if sp.b <= sp.a {
			continue // taken by fullFromDeferred
		}
		name, start, end := f.spanText(sp.a, sp.b)
		found := false
		for _, k := range []Kind{Organization, Place} {
			if e, ok := f.byName[string(rune('0'+k))+name]; ok {
				f.addMention(e, start, end, sp.sentence)
				found = true
				break
			}
		}
		if found || sp.b-sp.a < 2 {
			continue
		}
		if f.placeInContext(sp.a, sp.b) {
			f.addPlace(sp.a, sp.b, sp.sentence) // "in Sioux Falls"
			continue
		}
		// "Hawk Sawyer issued a statement" after "Hawk Sawyer said": the
		// full name of a person found in context elsewhere.
		if e, ok := f.persons[f.str(sp.a)+" "+f.str(f.trimSuffixes(sp.a, sp.b)-1)]; ok && f.res.Entities[e].Name == name {
			f.addMention(e, start, end, sp.sentence)
			continue
		}
		// "Delmont Ashby cautions" after "Maria Delmont Ashby": the
		// two-word surname of one person named in full.
		if e := f.personEndingWith(name); e >= 0 {
			f.addAlias(e, name)
			f.addMention(e, start, end, sp.sentence)
		}
	}
	f.screenNames()
	// Handles: "@realDonaldTrump" holds a known surname.
	for si, s := range d.Sentences {
		for i := s.First; i < s.Last; i++ {
			t := d.Tokens[i]
			if t.Kind != text.Handle || d.Text[t.Start] != '@' {
				continue
			}
			h := strings.ToLower(d.Text[t.Start+1 : t.End])
			best := -1
			for e := range f.res.Entities {
				ent := &f.res.Entities[e]
				if ent.Kind != Person || len(ent.last) < 3 {
					continue
				}
				if strings.Contains(h, strings.ToLower(ent.last)) {
					if best < 0 || (ent.first != "" && strings.Contains(h, strings.ToLower(ent.first))) {
						best = e
					}
				}
			}
			if best >= 0 {
				f.addAlias(best, d.Text[t.Start:t.End])
				f.addMention(best, t.Start, t.End, si)
			}
		}
	}
	f.peopleOverFirms()
	f.surnamesOverPlaces()
}

// surnamesOverPlaces moves to a person each one-word mention of a place
// that is the surname of the one person the article named in full before
// it, when the mention is a subject before its verb or owns something
// ("Ada Durrow … and Durrow might well proceed", "Durrow’s new novel"): a
// town's name there is the person's surname.
func (f *finder) surnamesOverPlaces() {
	bySurname := f.fullNamesBySurname()
	for pl := range f.res.Entities {
		place := &f.res.Entities[pl]
		if place.Kind != Place || strings.ContainsAny(place.Name, " -") {
			continue
		}
		p := bySurname.only(place.Name)
		if p < 0 {
			continue
		}
		first := firstStart(f.res.Entities[p].Mentions)
		for _, m := range f.res.Mentions {
			if m.Entity != pl || m.Start < first || m.End-m.Start != len(place.Name) {
				continue
			}
			k := f.tokenAt(m.Start)
			if k < 0 || !(f.subjectAlone(k) || k+1 < len(f.doc.Tokens) && (f.tok(k+1).Kind == text.Possessive || modalVerbs[f.str(k+1)])) {
				continue
			}
			if f.drops == nil {
				f.drops = map[[2]int]bool{}
			}
			f.addMention(p, m.Start, m.End, m.Sentence)
			f.drops[[2]int{m.Start, pl}] = true
		}
	}
}

// peopleOverFirms moves to a person the mentions of a one-word body that is
// the person's surname ("Bloomberg", "Ford") when the article names the
// person in full before it first names the body, no other person has that
// surname, and the body is never written with words of a firm around it
// ("Hollis Marren … Marren's campaign", where "Marren" is also a known
// firm): the surname alone is the person's, as in any story about them.
func (f *finder) peopleOverFirms() {
	bySurname := f.fullNamesBySurname()
	var moves map[int]int // org entity → person entity
	for o := range f.res.Entities {
		org := &f.res.Entities[o]
		if org.Kind != Organization || strings.ContainsAny(org.Name, " -.") || len(org.Mentions) == 0 || !knownOrgs[org.Name] {
			continue
		}
		p := bySurname.only(org.Name)
		if p < 0 || firstStart(f.res.Entities[p].Mentions) > firstStart(org.Mentions) || !f.firmFree(org) {
			continue
		}
		if moves == nil {
			moves = map[int]int{}
		}
		moves[o] = p
	}
	for o, p := range moves {
		if f.drops == nil {
			f.drops = map[[2]int]bool{}
		}
		for _, m := range f.res.Mentions {
			if m.Entity == o {
				f.addMention(p, m.Start, m.End, m.Sentence)
				f.drops[[2]int{m.Start, o}] = true
			}
		}
	}
}

// surnameIndex maps a surname to the one person named in full with it, or
// to -2 when several people share it.
type surnameIndex map[string]int

// only returns the one person named in full with surname last, or a
// negative number when none or several are.
func (x surnameIndex) only(last string) int {
	if e, ok := x[last]; ok {
		return e
	}
	return -1
}

// fullNamesBySurname indexes the people named in full (a given name and a
// surname) by surname, once per article rather than once per name looked
// up.
func (f *finder) fullNamesBySurname() surnameIndex {
	x := surnameIndex{}
	for e := range f.res.Entities {
		ent := &f.res.Entities[e]
		if ent.Kind != Person || ent.first == "" || !strings.Contains(ent.Name, " ") {
			continue
		}
		if _, ok := x[ent.last]; ok {
			x[ent.last] = -2 // two people of that surname
		} else {
			x[ent.last] = e
		}
	}
	return x
}

// firstStart returns the offset of the first of mentions.
func firstStart(ms []lede.Mention) int {
	first := -1
	for _, m := range ms {
		if first < 0 || m.Start < first {
			first = m.Start
		}
	}
	return first
}

// firmFree reports whether no mention of the one-word body org stands with
// a word of firms or their trade after it ("Marren shares", "Marren Motor")
// or after a preposition of employment ("at Marren", "analyst with
// Marren"), and one is a subject alone before its verb ("Marren said",
// "Marren entered the race").
func (f *finder) firmFree(org *Entity) bool {
	subject := false
	for _, m := range org.Mentions {
		k := f.tokenAt(m.Start)
		if k < 0 {
			return false
		}
		if k+1 < len(f.doc.Tokens) {
			if n := lowerASCII(f.str(k + 1)); firmAfterNouns[n] || f.isCapWordAt(k+1) {
				return false
			}
		}
		if k > 0 && (f.str(k-1) == "at" || f.str(k-1) == "with") {
			return false
		}
		if f.subjectAlone(k) {
			subject = true
		}
	}
	return subject
}

// tokenAt returns the token starting at byte offset start, or -1.
func (f *finder) tokenAt(start int) int {
	toks := f.doc.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	if k < len(toks) && toks[k].Start == start {
		return k
	}
	return -1
}

// firmAfterNouns follow a firm's name, not a person's ("Marren shares").
var firmAfterNouns = map[string]bool{
	"shares": true, "stock": true, "stocks": true, "share": true, "employees": true, "workers": true, "customers": true,
	"cars": true, "vehicles": true, "plant": true, "plants": true, "factory": true, "dealers": true, "models": true,
	"products": true, "terminal": true, "terminals": true, "news": true, "reporters": true, "reported": true,
	"reports": true, "data": true, "analysts": true, "inc": true, "executives": true, "sales": true, "stores": true,
}

// screenNames adds as people the screen names written in lower case with
// digits ("petal1984") that the article shows to be someone's: after
// "user" ("wrote user petal1984"), in apposition to a noun for the
// people of an online place ("mossy77, the other seller, …"), or set
// between commas before a verb of speech ("As one buyer, mossy77, wrote
// …"). Every use of the name is a mention.
func (f *finder) screenNames() {
	d := f.doc
	ids := map[string]int{} // screen name → its entity
	for k, t := range d.Tokens {
		if t.Kind != text.Word || !screenNameShape(d.Text[t.Start:t.End]) {
			continue
		}
		w := d.Text[t.Start:t.End]
		if _, ok := ids[w]; ok {
			continue
		}
		if f.screenNameContext(k) || k > 0 && k+2 < len(d.Tokens) && f.str(k-1) == "," && f.str(k+1) == "," && text.IsSpeechVerb(f.str(k+2)) {
			ids[w] = len(f.res.Entities)
			f.res.Entities = append(f.res.Entities, Entity{Kind: Person, Name: w, last: w})
		}
	}
	if len(ids) == 0 {
		return
	}
	for k, t := range d.Tokens {
		if t.Kind != text.Word {
			continue
		}
		if e, ok := ids[d.Text[t.Start:t.End]]; ok {
			f.addMention(e, t.Start, t.End, f.sentenceOf(k))
		}
	}
}

// screenNameShape reports whether w looks like a screen name in lower
// case: it opens with a lower-case letter, holds three letters or more and
// a digit, and only letters, digits and underscores.
func screenNameShape(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		case r == '_':
		default:
			return false
		}
	}
	return letters >= 3 && digits > 0
}

// indexPeople indexes the people of pass 1 by surname and given name, with
// the sorted offsets of their full-name mentions.
func (f *finder) indexPeople() {
	f.bySurname = map[string][]int{}
	f.byGiven = map[string][]int{}
	f.fullStarts = map[int][]int{}
	for e := range f.res.Entities {
		ent := &f.res.Entities[e]
		if ent.Kind != Person {
			continue
		}
		f.bySurname[ent.last] = append(f.bySurname[ent.last], e)
		if arabicArticleName(ent.last) {
			// "Assad" and "El-Sissi" after "Bashar al-Assad", "Abdel-Fattah el-Sissi"
			_, bare, _ := strings.Cut(ent.last, "-")
			f.bySurname[bare] = append(f.bySurname[bare], e)
			capital := strings.ToUpper(ent.last[:1]) + ent.last[1:]
			f.bySurname[capital] = append(f.bySurname[capital], e)
		}
		if ent.first != ent.last {
			f.byGiven[ent.first] = append(f.byGiven[ent.first], e)
		}
		starts := make([]int, len(ent.Mentions))
		for i, m := range ent.Mentions {
			starts[i] = m.Start
		}
		sort.Ints(starts)
		f.fullStarts[e] = starts
	}
}

// resolveWithDropped resolves a single word whose capitalised neighbour
// before it was dropped as a sentence's common first word, when the two
// together name an organization or place already found ("Big Machine
// have denied" after "…, Big Machine, says").
func (f *finder) resolveWithDropped(p pendingSingle) bool {
	d := f.doc
	prev := p.tok - 1
	if d.Tokens[prev].Kind != text.Word || !text.IsCapitalized(f.str(prev)) || d.Tokens[prev].End+1 != d.Tokens[p.tok].Start {
		return false
	}
	name := d.Text[d.Tokens[prev].Start:d.Tokens[p.tok].End]
	for _, k := range []Kind{Organization, Place} {
		if e, ok := f.byName[string(rune('0'+k))+name]; ok {
			f.addMention(e, d.Tokens[prev].Start, d.Tokens[p.tok].End, p.sentence)
			return true
		}
	}
	return false
}

// personBy finds the person a single word names: the one with that surname
// mentioned last before pos (or first after it), else the one with that
// given name when only one has it.
func (f *finder) personBy(w string, pos int) int {
	best, bestPos := -1, -1
	after, afterPos := -1, int(^uint(0)>>1)
	for _, e := range f.bySurname[w] {
		full := f.fullStarts[e]
		i := sort.SearchInts(full, pos)
		if i > 0 && full[i-1] > bestPos {
			best, bestPos = e, full[i-1]
		}
		if i < len(full) && full[i] < afterPos {
			after, afterPos = e, full[i]
		}
	}
	if best >= 0 {
		return best
	}
	if after >= 0 {
		return after
	}
	if g := f.byGiven[w]; len(g) == 1 {
		return g[0]
	}
	return -1
}

// speakingSingles returns the single capitalised words that pass 1 could
// not resolve and that speak in the article: the subject of a verb of
// speech ("Lopez said", "Noem later tweeted") or the name after an
// inverted one ("said Oza."). They are people known by one name, or
// organizations (see ownsLikeOrganization and speaksAsOrganization).
func (f *finder) speakingSingles() map[string]Kind {
	d := f.doc
	var out map[string]Kind
	for _, p := range f.pending {
		if p.wire || p.titled || p.headline || p.dropped {
			continue
		}
		w := f.str(p.tok)
		if out[w] != 0 || !f.singleNameWord(p.tok) {
			continue
		}
		if f.personBy(w, d.Tokens[p.tok].Start) >= 0 || knownOrgs[w] || f.isAcronym(p.tok) {
			continue
		}
		if f.known(w) && (f.opts.TownName == nil || !f.opts.TownName(w) || !f.speaks(p.tok)) {
			continue // "China said": the country speaks as a place
		}
		if _, ok := f.byName[string(rune('0'+Organization))+w]; ok {
			continue
		}
		if _, ok := f.byName[w]; ok {
			continue
		}
		if f.ownsLikeOrganization(p.tok) {
			// "WeWork’s employees", "shares of Coty": a business.
			if out == nil {
				out = map[string]Kind{}
			}
			out[w] = Organization
			continue
		}
		if !f.speaks(p.tok) && f.ownsAsPerson(p.tok) && len(f.byGiven[w]) == 0 && !camelCase(w) && !isDomain(w) {
			if out == nil {
				out = map[string]Kind{}
			}
			out[w] = Person // "Quillberg’s government": what only a person has
			continue
		}
		if f.speaks(p.tok) {
			if out == nil {
				out = map[string]Kind{}
			}
			out[w] = Person
			if camelCase(w) || isDomain(w) || f.speaksAsOrganization(p.tok) || f.writtenAsThing(w) {
				out[w] = Organization
			}
		}
	}
	return out
}

// singleNameWord reports whether the word at token i could be a name on
// its own: a capitalised word that is not all capitals, not written in
// lower case elsewhere in the article, and not a word that opens
// sentences or names a role.
func (f *finder) singleNameWord(i int) bool {
	w := f.str(i)
	lw := lowerASCII(w)
	if len(w) < 2 || len(w) == 2 && w[1] == '.' || text.IsAllCaps(w) || f.doc.WrittenLower(lw) || text.IsSentenceOpener(lw) || roleNouns[lw] || groupNouns[lw] ||
		stopCaps[w] || titleHeads[w] || notNameWords[w] || orgWords[w] || isDemonym(w, f.isGiven(w)) {
		return false
	}
	// "Self-compassion", "Dave-in-Decatur": a hyphen before lower case.
	if k := strings.IndexByte(w, '-'); k > 0 && k+1 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z' {
		return false
	}
	// "CPAs": the plural of an acronym.
	if n := len(w); n >= 3 && w[n-1] == 's' && text.IsAllCaps(w[:n-1]) {
		return false
	}
	// "Control and Prevention said": the tail of a longer name.
	if i >= 2 && (f.str(i-1) == "and" || f.str(i-1) == "&") && f.isCapWord(i-2) {
		return false
	}
	// "We’ve", "I’ll": a contraction, not "O’Brien".
	if k := strings.IndexAny(w, "'’"); k > 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		if r, _ := utf8.DecodeRuneInString(w[k+n:]); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// speaks reports whether the single word at token i is the subject of a
// verb of speech: before it, over auxiliaries and adverbs ("Noem later
// tweeted"), or right after an inverted one when the name ends the clause
// ("said Oza.", "wrote Fadem in a note").
func (f *finder) speaks(i int) bool {
	d := f.doc
	if i > 0 && d.Tokens[i-1].Kind == text.Word && objectPrepositions[f.str(i-1)] {
		return false // "Police in Greeley said", "the mayor of Greeley said": not the subject
	}
	k := i + 1
	for k < len(d.Tokens) && k < i+4 && d.Tokens[k].Kind == text.Word && (auxiliaries[f.str(k)] || strings.HasSuffix(f.str(k), "ly") && f.isLowerWord(k)) {
		k++
	}
	if k < len(d.Tokens) && d.Tokens[k].Kind == text.Word && speakingVerbs[f.str(k)] {
		// Not "Easier said than done".
		return !(k+1 < len(d.Tokens) && f.str(k+1) == "than")
	}
	if i+2 < len(d.Tokens) && f.str(i+1) == "," && (f.str(i+2) == "who" || f.str(i+2) == "via" || f.str(i+2) == "a" || f.str(i+2) == "an") && f.appositiveSpeaker(i+1) {
		return true // "Gonzalez, who has led the city since 2015, said", "Gonzalez, a Democrat, said"
	}
	if f.isGiven(f.str(i)) && f.ageAfter(i+1) {
		return true // "Maria, 34, asked that her last name not be used"
	}
	v := i - 1
	if i > 3 && f.str(i-1) == "year-old" && f.str(i-2) == "-" && d.Tokens[i-3].Kind == text.Number {
		v = i - 4 // "says 16-year-old Maria."
	}
	if v >= 0 && d.Tokens[v].Kind == text.Word && text.IsInversionVerb(f.str(v)) {
		n := i + 1
		if n >= len(d.Tokens) || d.Tokens[n].Kind == text.Punct || d.Tokens[n].Kind == text.Quote {
			return true
		}
		return d.Tokens[n].Kind == text.Word && namePrepositions[f.str(n)]
	}
	return false
}

// namePrepositions may follow a speaker's name after an inverted verb of
// speech ("said Oza in a note", "wrote Smith on Twitter").
var namePrepositions = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "via": true, "from": true, "of": true}

// fullFromDeferred makes people of the unclassified spans of two to four
// name-like words that end with the surname w, and returns the first, or
// false when there is none. The spans leave the deferred list.
func (f *finder) fullFromDeferred(w string) (int, bool) {
	e, ok := -1, false
	if f.deferredByLast == nil {
		f.deferredByLast = map[string][]int{}
		for i, sp := range f.deferred {
			if sp.b > sp.a {
				f.deferredByLast[f.str(sp.b-1)] = append(f.deferredByLast[f.str(sp.b-1)], i)
			}
		}
	}
	for _, i := range f.deferredByLast[w] {
		sp := f.deferred[i]
		n := sp.b - sp.a
		if n < 2 || n > 4 || f.str(sp.b-1) != w || !f.nameLikeOrPlaceSurname(sp.a, sp.b) || f.hasOrgWord(sp.a, sp.b) {
			continue
		}
		if name, _, _ := f.spanText(sp.a, sp.b); strings.ContainsAny(name, "\t\n") {
			continue // cells of a table, not a name
		}
		f.addPerson(sp.a, sp.b, sp.sentence, "")
		if !ok {
			e, ok = f.persons[f.str(sp.a)+" "+w]
		}
		f.deferred[i].b = f.deferred[i].a // consumed
	}
	if ok {
		f.persons[" "+w] = e
		f.bySurname[w] = append(f.bySurname[w], e)
		var starts []int
		for _, m := range f.res.Entities[e].Mentions {
			starts = append(starts, m.Start)
		}
		sort.Ints(starts)
		f.fullStarts[e] = starts
	}
	return e, ok
}

// personEndingWith returns the one person whose full name, of three words
// or more, ends with the words of name (two or more), or -1.
func (f *finder) personEndingWith(name string) int {
	if strings.Count(name, " ") < 1 {
		return -1
	}
	found := -1
	for _, e := range f.peopleByLastWord[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])] {
		ent := &f.res.Entities[e]
		if ent.Kind != Person || strings.Count(ent.Name, " ") < 2 || !strings.HasSuffix(ent.Name, " "+name) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// familyNouns after "the NAME" mean the name's people ("the Smith family").
var familyNouns = map[string]bool{
	"family": true, "families": true, "household": true, "estate": true, "brothers": true, "sisters": true, "children": true,
	"administration": true, "campaign": true, "era": true, "years": true, "case": true, "trial": true, "camp": true,
	"team": true, "clan": true, "house": true, "home": true, "couple": true, "twins": true,
}

// trailingPerson returns where a personal name of two or three words
// starts at the end of an organization's span ("Arctic Council Gordon
// Quill", "Quillport Sports NFL Insider Jason Lacey"), or -1: a given name
// after an organization word, an acronym or a known organization, and
// name-like words to the end.
func (f *finder) trailingPerson(a, b int) int {
	for p := b - 2; p > a && p >= b-3; p-- {
		if !f.isGiven(f.str(p)) || notPlaceWords[f.str(p)] || !f.nameLike(p, b) || f.hasOrgWord(p, b) || f.known(f.str(p)) || f.hasLowerWord(p, b) {
			continue
		}
		prev := f.str(p - 1)
		caps := len(prev) >= 2 && text.IsAllCaps(prev) && !isInitials(prev)
		if p-a >= 3 && f.str(p-2) == "of" && isOrgWord(f.str(a)) && !f.isGiven(prev) && f.personTail(p, b) {
			// "Ministry of Trade Dale Horvath said": a body, its remit,
			// then a full name that goes on as the subject.
			return p
		}
		if orgWords[prev] || knownOrgs[prev] || caps || notNameWords[prev] && !f.isGiven(prev) {
			pre, _, _ := f.spanText(a, p)
			if f.hasOrgWord(a, p) || knownOrgs[pre] || f.known(pre) || caps || notNameWords[prev] {
				return p
			}
		}
	}
	return -1
}

// personTail reports whether the two or three words [p, b) read as a full
// name that does something: a verb of speech or a comma follows it.
func (f *finder) personTail(p, b int) bool {
	if b-p < 2 || b >= len(f.doc.Tokens) {
		return false
	}
	w := f.str(b)
	return w == "," || text.IsSpeechVerb(w)
}

// roleTail returns where a job title starts after the last organization
// word of a span ("Quillport Sports NFL Insider", "Acme Foods Brand Manager"),
// or -1: the words after it hold a title or a role noun and no
// organization word.
func (f *finder) roleTail(a, b int) int {
	last := -1
	for i := a; i < b; i++ {
		if isOrgWord(f.str(i)) {
			last = i
		}
	}
	if last < a || last+1 >= b || !f.hasNameWord(a, last+1) || connectors[f.str(last+1)] {
		return -1 // (not "International Court of Justice")
	}
	for i := last + 1; i < b; i++ {
		w := f.str(i)
		if titleHeads[w] || roleNouns[lowerASCII(w)] || w == "Insider" {
			return last + 1
		}
	}
	return -1
}

// subjectAlone reports whether the single word at token i is followed by
// a lower-case word that can be its verb ("Anand found"), not a
// preposition or a conjunction.
func (f *finder) subjectAlone(i int) bool {
	if i+3 < len(f.doc.Tokens) && f.str(i+1) == "and" && f.isCapWord(i+2) && !f.isCapWordAt(i+3) {
		return f.subjectAlone(i + 2) // "Quiou and Hewitt write": two subjects
	}
	if i+1 >= len(f.doc.Tokens) || !f.isLowerWord(i+1) {
		return false
	}
	v := f.str(i + 1)
	return strings.HasSuffix(v, "ed") && len(v) > 4 || text.IsSpeechVerb(v) || pastVerbs[v] || auxiliaries[v]
}

// pastVerbs are irregular past tenses that follow a subject's name ("Anand
// found", "Okafor led").
var pastVerbs = map[string]bool{
	"led": true, "found": true, "made": true, "took": true, "went": true, "came": true, "won": true, "lost": true,
	"left": true, "met": true, "ran": true, "gave": true, "got": true, "spent": true, "thought": true, "knew": true,
	"became": true, "began": true, "kept": true, "held": true, "brought": true, "paid": true, "sent": true, "sold": true,
	"built": true, "felt": true, "saw": true, "heard": true, "taught": true, "wrote": true, "told": true, "said": true,
}

// deferredNameEndingWith reports whether an unclassified span of two or
// three name-like words, none written in lower case in the article, ends
// with the word w.
func (f *finder) deferredNameEndingWith(w string) bool {
	if f.deferredEnd == nil {
		f.deferredEnd = map[string]bool{}
		for _, sp := range f.deferred {
			if n := sp.b - sp.a; n >= 2 && n <= 3 {
				f.deferredEnd[f.str(sp.b-1)] = false
			}
		}
	}
	v, ok := f.deferredEnd[w]
	if !ok || v {
		return v
	}
	v = f.deferredNameScan(w)
	f.deferredEnd[w] = v
	return v
}

func (f *finder) deferredNameScan(w string) bool {
	for _, sp := range f.deferred {
		n := sp.b - sp.a
		if n >= 2 && n <= 3 && f.str(sp.b-1) == w && f.nameLikeOrPlaceSurname(sp.a, sp.b) && !f.hasOrgWord(sp.a, sp.b) && !f.hasLowerWord(sp.a, sp.b) &&
			!f.aloneElsewhere(f.str(sp.a), sp.a) && (sp.a == 0 || f.tok(sp.a-1).Kind != text.Quote && !f.isCapWord(sp.a-1)) {
			return true // (not "“Make Trump go away”")
		}
	}
	return false
}

// shoutedName reports whether tokens [a, b) are a personal name set in
// capitals ("NORA VANCE"): words in capitals, the first a given name, no
// acronym that names an organization or a place.
func (f *finder) shoutedName(a, b int) bool {
	for i := a; i < b; i++ {
		w := f.str(i)
		if f.tok(i).Kind != text.Word || !text.IsAllCaps(w) || len(w) < 2 || knownOrgs[w] || notOrgAcronyms[w] || f.known(w) {
			return false
		}
	}
	return f.isGiven(titleCase(f.str(a))) && len(f.headline) > 0 && !f.headline[f.sentenceOf(a)] && !f.hasLowerWord(a, b)
}

// roleAndNameAfter reports whether the tokens from k are up to two
// lower-case modifiers, a role noun and a capitalised name ("coach Bruno
// Dessal", "defensive captain Tam Heyden", "analyst Jane Doe").
func (f *finder) roleAndNameAfter(k0 int) bool {
	d := f.doc
	for k := k0; k < len(d.Tokens) && k <= k0+2; k++ {
		t := d.Tokens[k]
		if t.Kind != text.Word || !f.isLowerWord(k) {
			return false
		}
		if roleNouns[f.str(k)] && k+1 < len(d.Tokens) && f.isCapWord(k+1) && !stopCaps[f.str(k+1)] {
			return !awardRoles[f.str(k)] // (not "Oscar winner X": an award, no employer)
		}
		if !roleModifier(f.str(k)) && !strings.HasSuffix(f.str(k), "ive") && f.str(k) != "pass" && f.str(k) != "head" {
			return false
		}
	}
	return false
}

// anyTitleWord reports whether [a, b) holds a title or a capitalised
// role noun ("the Prime Minister", "the Chief Executive").
func (f *finder) anyTitleWord(a, b int) bool {
	for i := a; i < b; i++ {
		w := f.str(i)
		if w == "Leader" && i > a {
			continue // "the Brenmoor Leader"
		}
		if titleHeads[w] || i == a && roleNouns[lowerASCII(w)] {
			return true
		}
	}
	return false
}

// hasNameParticles reports whether [a, b) holds two name particles in a
// row between capitalised words ("Botic van de Zandt", "Ana de la Vega").
func (f *finder) hasNameParticles(a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		if particles[f.str(i)] && i+1 < b-1 && particles[f.str(i+1)] && f.isCapWord(i+2) {
			return true
		}
	}
	return false
}

// possessedName reports whether the two-word span [a, b) follows the
// possessive of a known place ("Finland’s Novak Djokavic"), as the
// country's athletes and leaders are written, with no word of it written
// in lower case in the article.
func (f *finder) possessedName(a, b int) bool {
	d := f.doc
	if b-a != 2 || a < 2 || d.Tokens[a-1].Kind != text.Possessive || f.hasLowerWord(a, b) || f.hasNotNameWord(a, b) ||
		f.known(f.str(a)) || f.known(f.str(a+1)) || modifierCaps[f.str(a)] {
		return false
	}
	return f.known(f.str(a - 2))
}

// handleOfPerson reports whether the word w, written with an inner
// capital, is somebody's screen name: somewhere in the article it stands
// in apposition to a noun for the people of an online place ("NightOwl, a
// forum user who …" but not "ZentaWork, a member of the alliance",
// "NightOwl, the other seller, …") or right after "user" ("wrote user
// NightOwl"). One pass over the article's tokens, on the first camel-cased
// word met (the answers are kept).
func (f *finder) handleOfPerson(w string) bool {
	if f.handles == nil {
		f.handles = map[string]bool{}
		d := f.doc
		for k := range d.Tokens {
			tw := f.str(k)
			if d.Tokens[k].Kind != text.Word || !camelCase(tw) {
				continue
			}
			if f.screenNameContext(k) {
				f.handles[tw] = true
			}
		}
	}
	return f.handles[w]
}

// screenNameContext reports whether the word at token k stands where a
// screen name does: right after "user" ("wrote user petal1984"), or set in
// apposition to a noun for the people of an online place ("NightOwl, a
// forum user who …", "mossy77, the other seller, …").
func (f *finder) screenNameContext(k int) bool {
	d := f.doc
	if k > 0 && (f.str(k-1) == "user" || f.str(k-1) == "username") {
		return true
	}
	if k+3 >= len(d.Tokens) || f.str(k+1) != "," {
		return false
	}
	switch f.str(k + 2) {
	case "a", "an", "the", "one", "another":
	default:
		return false
	}
	for j := k + 3; j < len(d.Tokens) && j <= k+7 && d.Tokens[j].Kind == text.Word; j++ {
		if handleNouns[strings.ToLower(f.str(j))] {
			return true
		}
	}
	return false
}

// handleNouns name the people of online places, known by screen names.
var handleNouns = map[string]bool{
	"user": true, "vendor": true, "seller": true, "buyer": true, "poster": true, "commenter": true, "moderator": true,
	"gamer": true, "streamer": true, "redditor": true, "customer": true, "fan": true, "follower": true, "subscriber": true,
}

// isRoleNoun reports whether the lower-case word w is a role noun, also
// as the last part of a hyphenated word ("vice-premier", "ex-minister").
func isRoleNoun(w string) bool {
	if roleNouns[w] {
		return true
	}
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k+1 < len(w) && roleNouns[w[k+1:]]
}

// indexPerson indexes the new person entity e by surname and by the last
// word of its name.
func (f *finder) indexPerson(e int) {
	if f.peopleByLast == nil {
		f.peopleByLast = map[string][]int{}
		f.peopleByLastWord = map[string][]int{}
	}
	ent := &f.res.Entities[e]
	f.peopleByLast[ent.last] = append(f.peopleByLast[ent.last], e)
	lw := strings.ToLower(ent.Name[strings.LastIndexByte(ent.Name, ' ')+1:])
	f.peopleByLastWord[lw] = append(f.peopleByLastWord[lw], e)
}

// commonGivenPhrase reports whether [a, b), which opens with a given name,
// reads as words rather than a name: the given name is a word the article
// also writes in lower case ("Will", "Guy") and so is a word after it
// ("Will Ever Need").
func (f *finder) commonGivenPhrase(a, b int) bool {
	if f.doc.WrittenLower(lowerASCII(f.str(a))) && f.hasLowerWord(a+1, b) {
		return true
	}
	// "Might Quickly Surpass Spending": three words or more, two of them
	// written in lower case elsewhere, read as a title.
	n := 0
	for i := a + 1; i < b && b-a >= 3; i++ {
		if f.doc.WrittenLower(lowerASCII(f.str(i))) {
			n++
		}
	}
	return n >= 2
}

// kinshipBefore reports whether a kinship noun after a possessive stands
// right before token i ("his wife Sally", "their son Tom").
//
// Also past a comma ("her husband, John,") and after nouns of the people
// around a writer or of a role ("our reviewer Harriet", "the owner Matt").
func (f *finder) kinshipBefore(i int) bool {
	j := i - 1
	if j >= 0 && f.str(j) == "," {
		j--
	}
	if j < 1 || !kinshipNouns[f.str(j)] && !((relationNouns[f.str(j)] || roleNouns[f.str(j)]) && j == i-1) {
		return false
	}
	switch lowerASCII(f.str(j - 1)) {
	case "his", "her", "their", "my", "our", "your":
		return true
	case "the":
		return !kinshipNouns[f.str(j)] // "the owner Matt decided"
	}
	return f.tok(j-1).Kind == text.Possessive
}

// relationNouns name the people around a writer or a subject, before a
// given name: "our reviewer Harriet", "her friend Tom".
var relationNouns = map[string]bool{
	"reviewer": true, "tester": true, "editor": true, "friend": true, "colleague": true, "neighbor": true,
	"neighbour": true, "roommate": true, "coworker": true, "co-worker": true, "boss": true, "stylist": true,
	"assistant": true, "teacher": true, "student": true, "client": true, "coach": true, "trainer": true,
}

// kinshipNouns name family members.
var kinshipNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true, "brother": true,
	"sister": true, "partner": true, "fiancée": true, "fiancee": true, "fiancé": true, "fiance": true, "girlfriend": true,
	"boyfriend": true, "grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true, "uncle": true,
	"aunt": true, "cousin": true, "niece": true, "nephew": true, "stepson": true, "stepdaughter": true, "widow": true,
	"widower": true, "mom": true, "dad": true, "stepfather": true, "stepmother": true,
}

// ageAfter reports whether an age in commas follows token b ("…, 41,").
func (f *finder) ageAfter(b int) bool {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "," || d.Tokens[b+1].Kind != text.Number || f.str(b+2) != "," {
		return false
	}
	n := f.str(b + 1)
	return len(n) <= 3 && n[0] >= '1' && n[0] <= '9'
}

// complementRole returns the title whose complement is the place or
// organization [a, e) ("President of the United States", "U.S. Envoy to
// the European Union"): "the", a preposition and a title before a, with
// the capitalised words that open the title; or "".
func (f *finder) complementRole(a, e int) string {
	d := f.doc
	k := a - 1
	if k >= 0 && f.str(k) == "the" {
		k--
	}
	if k < 1 || (f.str(k) != "of" && f.str(k) != "to" && f.str(k) != "for") || !titleHeads[f.str(k-1)] {
		return ""
	}
	start := k - 1
	for start > 0 && f.isCapWord(start-1) && !stopCaps[f.str(start-1)] && d.Tokens[start-1].End+1 == d.Tokens[start].Start {
		start--
	}
	return d.Text[d.Tokens[start].Start:d.Tokens[e-1].End]
}

// professionPlurals before "at NAME" make the name their employer
// ("analysts at Jefferies", "researchers at Brenmoor").
var professionPlurals = map[string]bool{
	"analysts": true, "economists": true, "researchers": true, "scientists": true, "officials": true,
	"executives": true, "doctors": true, "investigators": true, "experts": true, "traders": true, "employees": true,
	"workers": true, "staff": true, "engineers": true, "lawyers": true, "teachers": true, "students": true,
}

// awardRoles follow the name of an award, not of an employer ("Oscar
// winner", "Nobel laureate").
var awardRoles = map[string]bool{"winner": true, "nominee": true, "laureate": true, "champion": true, "finalist": true}

// nobility are titles whose "of PLACE" names no place of the article ("the
// Duke of Sussex").
var nobility = map[string]bool{
	"Duke": true, "Duchess": true, "Earl": true, "Countess": true, "Baron": true, "Baroness": true, "Marquess": true,
	"Viscount": true, "Prince": true, "Princess": true, "King": true, "Queen": true, "Archbishop": true, "Bishop": true,
}

// credentialAt reports whether token i is a degree, licence or fellowship
// after a person's name: "MS" and "RD" in "Jane Roe, MS, RD, a dietitian"
// (after a comma, a person named before the chain), not "Baltimore, MD".
// A chain of them counts when one is listed (credentials) or shaped as a
// fellowship ("FASA"); the others may be any short acronym.
func (f *finder) credentialAt(i int) bool {
	if !f.credentialShape(i) {
		return false
	}
	listed := false
	k := i
	// (chains are short: at most eight credentials either side)
	for ; k >= 2 && i-k < 16 && f.str(k-1) == "," && f.credentialShape(k-2); k -= 2 {
		listed = listed || credentialListed(f.str(k))
	}
	listed = listed || credentialListed(f.str(k))
	if k < 2 || f.str(k-1) != "," || !f.personEndsAt(k-2) {
		return false
	}
	for n := i; !listed && n-i < 16 && n+2 < len(f.doc.Tokens) && f.str(n+1) == "," && f.credentialShape(n+2); n += 2 {
		listed = credentialListed(f.str(n + 2))
	}
	return listed
}

// credentialShape reports whether token i could be a credential: a listed
// one, or two to six letters, capitals but for inner lower-case letters
// ("PhD", "MSc").
func (f *finder) credentialShape(i int) bool {
	if i < 0 || i >= len(f.doc.Tokens) || f.tok(i).Kind != text.Word {
		return false
	}
	w := f.str(i)
	if credentialListed(w) {
		return true
	}
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' || w[len(w)-1] < 'A' || w[len(w)-1] > 'Z' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !(w[k] >= 'A' && w[k] <= 'Z' || w[k] >= 'a' && w[k] <= 'z') {
			return false
		}
	}
	return !knownOrgs[w]
}

// credentialListed reports whether w is a listed credential, also written
// with dots ("M.D.", "Ph.D."), or a fellowship ("FASA": F and three to five
// capitals).
func credentialListed(w string) bool {
	if credentials[w] || strings.IndexByte(w, '.') > 0 && credentials[strings.ReplaceAll(w, ".", "")] {
		return true
	}
	if base, _, ok := strings.Cut(w, "-"); ok && credentials[base] {
		return true // "LCSW-R", "FNP-C"
	}
	if len(w) < 4 || len(w) > 6 || w[0] != 'F' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// personEndsAt reports whether a person's mention ends with token i.
func (f *finder) personEndsAt(i int) bool {
	if f.endKind == nil {
		f.endKind = make(map[int]Kind, len(f.res.Mentions))
		for _, m := range f.res.Mentions {
			f.endKind[m.End] = f.res.Entities[m.Entity].Kind
		}
	}
	return f.endKind[f.tok(i).End] == Person
}

// surnameAfterGiven reports whether the article writes the capitalised
// word w right after a given name ("Mara Lisbon", "Jack London"), the pair
// no known place itself.
func (f *finder) surnameAfterGiven(w string) bool {
	if v, ok := f.afterGiven[w]; ok {
		return v
	}
	v := f.scanSurnameAfterGiven(w)
	if f.afterGiven == nil {
		f.afterGiven = map[string]bool{}
	}
	f.afterGiven[w] = v
	return v
}

func (f *finder) scanSurnameAfterGiven(w string) bool {
	for _, k := range f.capPositions(w) {
		if k == 0 || !f.isCapWord(k-1) || !f.isGiven(f.str(k-1)) || f.tok(k-1).End+1 != f.tok(k).Start {
			continue
		}
		if f.isCapWordAt(k + 1) {
			continue // "Sierra Leone Airways"
		}
		if pair := f.doc.Text[f.tok(k-1).Start:f.tok(k).End]; f.known(pair) || knownOrgs[pair] {
			continue
		}
		return true
	}
	return false
}

// credentialsEnd returns the token after a chain of credentials starting
// at i, each followed by a comma ("MS, RD, "), when one of them is listed;
// else i.
func (f *finder) credentialsEnd(i int) int {
	k, listed := i, false
	for k+1 < len(f.doc.Tokens) && k-i < 16 && f.credentialShape(k) && f.str(k+1) == "," {
		listed = listed || credentialListed(f.str(k))
		k += 2
	}
	if !listed {
		return i
	}
	return k
}

// roleCompoundNouns are common nouns that open a compound role at the
// start of a sentence ("Career coach Dana Price", "Sleep specialist X"): no
// employer.
var roleCompoundNouns = map[string]bool{
	"career": true, "life": true, "health": true, "fitness": true, "sleep": true, "diet": true, "nutrition": true,
	"wedding": true, "event": true, "events": true, "party": true, "floral": true, "catering": true, "podcast": true,
	"audio": true, "sound": true, "recording": true, "mixing": true, "mastering": true, "video": true, "car": true,
	"auto": true, "shoe": true, "product": true, "marketing": true, "sales": true, "retail": true, "industry": true,
	"design": true, "graphic": true, "web": true, "brand": true,
	"research": true, "legal": true, "medical": true, "clinical": true, "lead": true,
	"defense": true, "defence": true, "trial": true, "criminal": true, "immigration": true, "divorce": true,
	"patent": true, "civil": true, "campaign": true,
	"restaurant": true, "hotel": true, "hospitality": true, "marathon": true, "track": true,
	"wellness": true, "business": true, "executive": true, "leadership": true, "dating": true, "relationship": true,
	"parenting": true, "style": true, "fashion": true, "beauty": true, "food": true, "wine": true, "travel": true,
	"tech": true, "science": true, "finance": true, "money": true, "sex": true, "marriage": true, "family": true,
	"voice": true, "speech": true, "yoga": true, "running": true, "strength": true, "tennis": true, "golf": true,
	"assistant": true, "personal": true, "certified": true, "registered": true, "licensed": true, "senior": true,
	"longtime": true, "celebrity": true, "hair": true, "makeup": true, "interior": true, "landscape": true,
	"estate": true, "tax": true, "retirement": true, "investment": true, "mortgage": true, "insurance": true,
	"privacy": true, "security": true, "climate": true, "policy": true, "data": true, "software": true, "media": true,
	"child": true, "pet": true, "dog": true, "skin": true, "dental": true, "mental": true, "social": true,
}

// workAuthors before "of" name a work, not an employer ("author of Quiet
// Hours").
var workAuthors = map[string]bool{"author": true, "co-author": true, "coauthor": true, "creator": true, "composer": true}

// isTitleHead reports whether w is a title, also hyphenated ("Attorney-
// General", "Secretary-General", "Vice-President").
func isTitleHead(w string) bool {
	if titleHeads[w] {
		return true
	}
	for _, suf := range []string{"-elect", "-designate", "-in-waiting"} {
		if t, ok := strings.CutSuffix(w, suf); ok && titleHeads[t] {
			return true // "President-elect Trump", "Governor-designate Roe"
		}
	}
	x, y, ok := strings.Cut(w, "-")
	return ok && x != "" && y != "" && (titleHeads[x] || x == "Vice") && titleHeads[y]
}

// complementAnd reports whether the "and" at token j joins two words of an
// organization's remit: the name [i, j) has an organization word and then
// "of", "on" or "for" and its complement, and one or two capitalised words
// follow the "and" to the end of the name, none a place, a body or a
// given name ("Committee on Fisheries and Security").
func (f *finder) complementAnd(i, j, last int) bool {
	org, conn := false, false
	for k := max(i, j-8); k < j; k++ {
		w := f.str(k)
		if isOrgWord(w) {
			org = true
		}
		if org && (w == "of" || w == "on" || w == "for") {
			conn = true
		}
	}
	if !conn || !f.isCapWord(j-1) || connectors[f.str(j-1)] {
		return false
	}
	e := j + 1
	for e < last && f.isCapWord(e) {
		e++
	}
	if e-(j+1) > 2 || e < last && (f.tok(e).Kind == text.Possessive || connectors[f.str(e)]) {
		return false
	}
	leftRemit := f.remitWord(f.str(j - 1)) // "for Disease Prevention and Control": a second remit after one
	for k := j + 1; k < e; k++ {
		w := f.str(k)
		if f.isGiven(w) || f.known(w) || knownOrgs[w] || text.IsAllCaps(w) || isOrgWord(w) || !f.remitWord(w) && !(leftRemit && e-(j+1) == 1) {
			return false // (not "the Department of Justice and Zentrix": two bodies)
		}
	}
	rt, _, _ := f.spanText(j+1, e)
	return !f.known(rt) && !knownOrgs[rt]
}

// hyphenNames records the places and bodies a hyphenated word joins
// ("US-China trade", "the Israel-Hamas war", "Texas-Mexico border",
// "pro-Russia"), each part a known place or body, at least one a place.
// It reports whether it did.
func (f *finder) hyphenNames(i, sentence int) bool {
	w := f.str(i)
	if strings.IndexByte(w, '-') <= 0 || hyphenTail(w) || f.known(w) || f.opts.MaybePlace != nil && f.opts.MaybePlace(w) {
		return false // (not "Guinea-Bissau", "Winston-Salem": one place)
	}
	parts := strings.Split(w, "-")
	first := 0
	if hyphenPrefixes[parts[0]] && len(parts) == 2 {
		first = 1
	} else if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	places := 0
	for _, p := range parts[first:] {
		switch {
		case p == "" || len(p) < 2:
			return false
		case f.known(p):
			places++
		case knownOrgs[p]:
		default:
			return false
		}
	}
	if places == 0 && first == 0 {
		return false // (not "Hamas-Fatah": two bodies, no place)
	}
	start := f.tok(i).Start
	off := 0
	for k, p := range parts {
		if k >= first {
			kind := Place
			if !f.known(p) {
				kind = Organization
			}
			f.addNamed(kind, p, start+off, start+off+len(p), sentence)
		}
		off += len(p) + 1
	}
	return true
}

// nameOfSomeone reports whether the article may use the given name w for a
// person: it writes w before another capitalised word ("Florence
// Nightingale"), after a given name ("Tom Lincoln"), or also in lower case
// ("crystal"), or a person found so far has it.
func (f *finder) nameOfSomeone(w string) bool {
	if f.doc.WrittenLower(lowerASCII(w)) || colourGivenNames[w] || f.surnameAfterGiven(w) || f.bySurname[w] != nil || f.byGiven[w] != nil {
		return true
	}
	if v, ok := f.beforeCap[w]; ok {
		return v
	}
	v := false
	for _, k := range f.capPositions(w) {
		if f.isCapWordAt(k+1) && f.tok(k).End+1 == f.tok(k+1).Start {
			v = true
			break
		}
	}
	if f.beforeCap == nil {
		f.beforeCap = map[string]bool{}
	}
	f.beforeCap[w] = v
	return v
}

// colourGivenNames are given names that are also colours or materials,
// which shops write after "in" ("a controller in Crystal"): no town there.
var colourGivenNames = map[string]bool{
	"Crystal": true, "Ruby": true, "Jade": true, "Amber": true, "Pearl": true, "Coral": true, "Ivory": true, "Olive": true,
	"Hazel": true, "Rose": true, "Violet": true, "Scarlett": true, "Sage": true, "Opal": true, "Onyx": true, "Jet": true,
	"Indigo": true, "Cherry": true, "Ginger": true, "Honey": true, "Dawn": true, "Sky": true, "Storm": true,
}

// workNouns before a title make it a work's, no name of a body or a person
// ("her book The Quiet Hours", "the film Inside Out").
var workNouns = map[string]bool{
	"book": true, "novel": true, "memoir": true, "film": true, "movie": true, "documentary": true, "show": true,
	"series": true, "podcast": true, "album": true, "song": true, "single": true, "play": true, "musical": true,
	"essay": true, "poem": true, "game": true, "episode": true, "sitcom": true, "opera": true, "ballet": true,
	"painting": true, "exhibition": true, "exhibit": true, "bestseller": true, "biography": true, "cookbook": true,
}

// peoplePlurals are groups of people by faith or origin that follow a
// place's name ("Utah Mormons", "Texas Hispanics"): no team.
var peoplePlurals = map[string]bool{
	"Mormons": true, "Catholics": true, "Hispanics": true, "Latinos": true, "Latinas": true, "Muslims": true,
	"Christians": true, "Jews": true, "Hindus": true, "Sikhs": true, "Buddhists": true, "Evangelicals": true,
	"Protestants": true, "Baptists": true, "Methodists": true, "Blacks": true, "Whites": true, "Asians": true,
	"Natives": true, "Arabs": true, "Kurds": true, "Palestinians": true, "Israelis": true, "Americans": true,
	"Veterans": true, "Students": true, "Teachers": true, "Nurses": true, "Workers": true, "Residents": true,
	"Voters": true, "Farmers": true, "Commuters": true, "Parents": true, "Seniors": true, "Women": true, "Men": true,
}

// surnameLike reports whether the capitalised word at token i reads as a
// surname: not written in lower case in the article, not shaped like an
// adjective or an adverb ("Monthly"), no document, event or landform word.
func (f *finder) surnameLike(i int) bool {
	w := f.str(i)
	lw := lowerASCII(w)
	return !f.doc.WrittenLower(lw) && !adjectiveLike(w) && !strings.HasSuffix(lw, "ly") && !documentWords[w] && !eventWords[w] &&
		!landPlurals[w] && !teamEndings[w] && !isDemonym(w, false) && !partyWords[w] && len(w) > 2
}

// roleHeads are the businessTitles that end a role ("Quillara Events
// Co-Owner"), unlike fields ("Technology").
var roleHeads = map[string]bool{
	"Owner": true, "Co-Owner": true, "Co-owner": true, "Co-Founder": true, "Co-founder": true, "Cofounder": true,
	"Partner": true, "Proprietor": true, "Principal": true, "Actuary": true, "Counsel": true, "Planner": true,
	"Designer": true, "Consultant": true,
}

// roleWordsOnly reports whether every word of [a, b) is a title, a business
// role word, a credential or a joining "&"/"and"/"of", with at least one
// title or role word and no given name ("Founder & CEO", "Chief Actuary").
func (f *finder) roleWordsOnly(a, b int) bool {
	role := false
	for i := a; i < b; i++ {
		w := f.str(i)
		switch {
		case w == "&" || w == "and" || w == "of":
			continue
		case f.isGiven(w) && !titleHeads[w] && !businessTitles[w]:
			return false
		case isTitleHead(w) && !honorifics[w] || businessTitles[w]:
			role = true
		case credentials[w]:
		default:
			return false
		}
	}
	return role
}

// afterRoleAppositive reports whether token a follows a role in capitals
// set off by commas after a name ("Ravi Quill, Founder & CEO, _",
// "Jane Roe, Chief Actuary, _").
func (f *finder) afterRoleAppositive(a int) bool {
	if a < 4 || f.str(a-1) != "," {
		return false
	}
	j := a - 2
	for j > 0 && a-2-j < 6 && (f.tok(j).Kind == text.Word || f.str(j) == "&") && f.str(j) != "," {
		j--
	}
	if j == a-2 || j < 1 || f.str(j) != "," || !f.isCapWordAt(j-1) || f.roleWordsOnly(j-1, j) || !f.roleWordsOnly(j+1, a-1) {
		return false
	}
	for i := j + 1; i < a-1; i++ {
		if !f.isCapWord(i) && f.str(i) != "&" && f.str(i) != "and" && f.str(i) != "of" {
			return false // "founder and CEO": the lower-case role is read elsewhere
		}
	}
	return true
}

// personSomewhere reports whether the two words [a, a+2) are written
// somewhere in the article in a person's context ("said Chris Lane",
// "Chris Lane, 41,").
func (f *finder) personSomewhere(a, b int) bool {
	key := f.str(a) + " " + f.str(a+1)
	if v, ok := f.products["\x00"+key]; ok {
		return v
	}
	if f.products == nil {
		f.products = map[string]bool{}
	}
	v := false
	for _, k := range f.capPositions(f.str(a)) {
		if k+1 < len(f.doc.Tokens) && f.str(k+1) == f.str(a+1) && !f.isCapWordAt(k+2) && (k == 0 || !f.isCapWord(k-1)) && f.personContext(k, k+2) {
			v = true
			break
		}
	}
	f.products["\x00"+key] = v // (memo shared with productName under its own prefix)
	return v
}

// occupationShape reports whether a role noun has the ending of an
// occupation ("geriatrician", "florist", "caterer", "nurse"), so that,
// capitalised at the start of a sentence, it vouches for a name whose given
// name the lists lack ("Geriatrician Kenji Watanabe said"; not "Star Wars").
func occupationShape(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ist", "ian", "er", "or", "nurse", "chef"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// copulaRole reports whether the name ending at token b-1 is the subject of
// "is/was a ROLE" ("Tendai Moyo is a nurse", "was a longtime caterer").
func (f *finder) copulaRole(b int) bool {
	d := f.doc
	if b+2 >= len(d.Tokens) || !(f.str(b) == "is" || f.str(b) == "was") || !(f.str(b+1) == "a" || f.str(b+1) == "an") {
		return false
	}
	for k := b + 2; k < len(d.Tokens) && k <= b+4 && d.Tokens[k].Kind == text.Word && f.isLowerWord(k); k++ {
		if roleNouns[f.str(k)] && !thingRoles[f.str(k)] && !(k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Word && f.isLowerWord(k+1) && !prepositionsAfterRole[f.str(k+1)]) {
			return true
		}
	}
	return false
}

// prepositionsAfterRole may follow a role noun that ends a noun phrase ("a
// nurse in Tucson"); another lower-case word makes it a modifier ("a
// leader board").
var prepositionsAfterRole = map[string]bool{"in": true, "at": true, "for": true, "with": true, "from": true, "and": true, "who": true, "of": true, "on": true, "based": true}

// ranks are titles that are also given names but, before a surname, are
// read as the title ("Major Quill", "King Zorvan").
var ranks = map[string]bool{
	"Major": true, "General": true, "Captain": true, "Colonel": true, "Sergeant": true, "Lieutenant": true,
	"Admiral": true, "Commander": true, "Judge": true, "Justice": true, "Bishop": true, "King": true, "Queen": true,
	"Prince": true, "Princess": true, "Sheriff": true, "Pope": true, "Governor": true, "President": true, "Senator": true,
}

// staffAfter reports whether a firmStaff noun follows token b-1, or
// follows the name that "and" joins after it ("Raymond Zorva and Edward
// Quill advisers").
func (f *finder) staffAfter(b int) bool {
	d := f.doc
	if b < len(d.Tokens) && f.isLowerWord(b) && firmStaff[f.str(b)] {
		return true
	}
	if b+1 >= len(d.Tokens) || f.str(b) != "and" || !f.isCapWord(b+1) {
		return false
	}
	k := b + 1
	for k < len(d.Tokens) && k < b+5 && f.isCapWord(k) {
		k++
	}
	return k < len(d.Tokens) && f.isLowerWord(k) && firmStaff[f.str(k)]
}

// questionOpener reports whether token a opens a sentence that ends with a
// question mark.
func (f *finder) questionOpener(a int) bool {
	s := f.doc.Sentences[f.sentenceOf(a)]
	if s.First != a {
		return false
	}
	for k := s.Last - 1; k > a; k-- {
		if f.tok(k).Kind == text.Punct {
			return f.str(k) == "?"
		}
		if f.tok(k).Kind == text.Word {
			return false
		}
	}
	return false
}
