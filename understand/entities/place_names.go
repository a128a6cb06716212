package entities

import (
	"strings"

	"github.com/ledehq/lede/understand/text"
)

// Place names: locative contexts, datelines, named features and regions the
// gazetteer lacks, compass words, and the names that only look like places.

func (f *finder) addPlace(a, b, sentence int) {
	if b == a+1 && (f.groupWord(a) || f.brandWord(a)) {
		return
	}
	name, start, end := f.spanText(a, b)
	f.addNamed(Place, name, start, end, sentence)
}

// brandWord reports whether token a is a business's name written as one
// word whose inner capital opens an organization word ("loans from
// QuellBank in Tarnovia", "flights on ZorvaAir"), which the gazetteer
// does not know: no place.
func (f *finder) brandWord(a int) bool {
	w := f.str(a)
	for i := 2; i+2 < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return orgWords[w[i:]] && !f.known(w)
		}
	}
	return false
}

// groupWords name a group of people, never a place, though the gazetteer
// may have a town so called.
var groupWords = map[string]bool{
	"Latina": true, "Latino": true, "Latinas": true, "Latinos": true, "Latinx": true, "Hispanic": true, "Hispanics": true,
}

// groupWord reports whether token a is a nationality or a group word
// ("Russian and Iranian officials", "a Jewish man", "the first Latina to
// lead"), which is no place: a listed demonym, a group word, or a word
// ending like a nationality that the gazetteer does not have at all. A
// region after a comma still makes it a town ("Arab, Alabama").
func (f *finder) groupWord(a int) bool {
	w := f.str(a)
	if !demonyms[w] && !groupWords[w] && !(isDemonym(w, f.isGiven(w)) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(w))) {
		return false
	}
	return !f.regionAfterComma(a + 1)
}

// addDateline records the place of a dateline ("MOSCOW (Reuters) -") and
// the region or country written after it ("FLORENCE, ITALY —", "BUFFALO,
// N.Y. —"). The dateline's position says place, so a town the gazetteer
// has but does not know on its name alone (Options.MaybePlace) counts.
func (f *finder) addDateline(p text.Span, sentence int) {
	raw := f.doc.Text[p.Start:p.End]
	name := titleCase(raw)
	if !f.known(name) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(name)) {
		return
	}
	f.addNamed(Place, name, p.Start, p.End, sentence)
	// ", REGION" up to the wire's bracket or the dash.
	t := f.doc.Text
	i := p.End
	if i+2 >= len(t) || t[i] != ',' || t[i+1] != ' ' {
		return
	}
	i += 2
	j := i
	for j < len(t) && j-i < 30 && t[j] != '(' && t[j] != '-' && t[j] != '\n' && !strings.HasPrefix(t[j:], "—") && !strings.HasPrefix(t[j:], "–") {
		j++
	}
	for j > i && t[j-1] == ' ' {
		j--
	}
	if j == i {
		return
	}
	region := t[i:j]
	if text.IsAllCaps(region) && len(region) > 2 && !strings.Contains(region, ".") {
		region = titleCase(region) // "ITALY", not "N.Y." nor "NJ"
	}
	if f.known(region) || regionCode(region) || f.opts.MaybePlace != nil && f.opts.MaybePlace(region) {
		f.addNamed(Place, region, i, j, sentence)
	}
}

// locativePrepositions put a place after them ("near Evansville").
var locativePrepositions = map[string]bool{
	"from": true, "in": true, "near": true, "outside": true, "across": true, "around": true, "throughout": true, "inside": true,
}

// notPlaceWords are names of places of no country ("missions to
// Jupiter", "turned back to God") and words after "in" that are seldom
// places ("in Spring").
var notPlaceWords = map[string]bool{
	"Mercury": true, "Venus": true, "Earth": true, "Mars": true, "Jupiter": true, "Saturn": true, "Uranus": true,
	"Neptune": true, "Pluto": true, "Moon": true, "Sun": true, "Titan": true, "Europa": true, "Enceladus": true,
	"Spring": true, "Summer": true, "Autumn": true, "Fall": true, "Winter": true, "Paradise": true, "Heaven": true,
	"Media": true, "Java": true, "Python": true, "Central": true, "Eastern": true, "Western": true, "Northern": true,
	"Southern": true, "North": true, "South": true, "East": true, "West": true, "Turbo": true, "City": true, "Town": true,
	"County": true, "Village": true, "Township": true, "Borough": true, "God": true, "Allah": true, "Jesus": true,
	"Christ": true, "Hell": true, "Satan": true,
}

// placeInContext reports whether tokens [a, b) name a place the gazetteer
// has (MaybePlace) in a context that says place: after a locative
// preposition ("near Evansville", "based in Burbank", "southwest of
// Ithaca") with nothing capitalised after them, or before ", REGION" where
// the region or country is known ("McAllen, Texas").
func (f *finder) placeInContext(a, b int) bool {
	if f.opts.MaybePlace == nil {
		return false
	}
	d := f.doc
	name, _, _ := f.spanText(a, b)
	if notPlaceWords[name] || len(name) < 3 || text.IsAllCaps(name) {
		return false
	}
	ctx := false
	if a > 0 && d.Tokens[a-1].Kind == text.Word && !(b == a+1 && f.isGiven(name) && f.smallTown(name) && (f.nameOfSomeone(name) || lowerASCII(f.str(a-1)) == "from")) {
		// (a given name that is also a town's: "in Florence" unless the
		// article names a Florence; never "a gift from Alice")
		// (Not "in Crystal", "in Barry": given names that are only towns'
		// need a region after; "in Austin", a big city, is a place.)
		p := f.str(a - 1)
		if (a-1 == 0 || f.opensSentence(a-1)) && b < len(d.Tokens) && f.str(b) == "," {
			p = lowerASCII(p) // "In Zorvaville, the vote was close"; not "In Quill mode, …"
		}
		switch {
		case locativePrepositions[p]:
			ctx = true
		case p == "to" && a > 1 && motionWords[f.str(a-2)]:
			ctx = true // "we had been to Boulder"
		case p == "to" && f.fromTo(a):
			ctx = true // "moved from Dallas to Austin"
		case controlTail(f.str(a - 1)):
			ctx = true // "rebel-held Zorvaville", "Russian-occupied Quellbury"
		case listMotionVerbs[p] || p == "leaving" || p == "entering" || p == "fleeing" || p == "reaching" || p == "outside":
			ctx = true // "people leaving Quellbury", "troops entered Zorvaville"
		case pathPrepositions[p]:
			ctx = true // "swept through Zorvaville", "headed toward Quellbury"
		case p == "off" && b < len(d.Tokens) && (f.str(b) == "," || f.str(b) == "." || f.str(b) == ";"):
			ctx = true // "the ship ran aground off Zorvaville, south of …"
		case p == "between" && b < len(d.Tokens) && f.str(b) == "and":
			ctx = true // "the trip between Zorvaville and Quellbury"
		case p == "on" && a > 1 && attackNouns[lowerASCII(f.str(a-2))]:
			ctx = true // "a missile attack on Zorvaville"
		case p == "of" && a > 2 && f.str(a-2) == "," && d.Tokens[a-3].Kind == text.Number:
			ctx = true // "Tom Vance, 30, of Dedham": where the person lives
		case p == "of" && a > 1 && (compassWords[lowerASCII(f.str(a-2))] || placeNouns[lowerASCII(f.str(a-2))] || ofPlaceNouns[lowerASCII(f.str(a-2))] ||
			riverSides[lowerASCII(f.str(a-2))]):
			ctx = true // "southwest of Ithaca", "the town of Bavispe"
		case compassAdjectives[p] && a > 1 && (locativePrepositions[f.str(a-2)] || f.str(a-2) == "of" || f.str(a-2) == "to"):
			ctx = true // "in eastern Zorvaville"
		}
		if ctx && b < len(d.Tokens) && (d.Tokens[b].Kind == text.Word && text.IsCapitalized(f.str(b)) || d.Tokens[b].Kind == text.Possessive) {
			ctx = false // not "in Jackson's case"
		}
	}
	if !ctx && !(b == a+1 && f.isGiven(name)) {
		ctx = f.placeNounContext(a, b) || f.placeOwnsIt(a, b) || f.placeAppositive(b) || f.fromTo(a) || f.inPlaceList(a)
	}
	if !ctx && b+1 < len(d.Tokens) && f.str(b) == "," && f.isCapWord(b+1) {
		e := b + 2
		for e < len(d.Tokens) && e < b+4 && f.isCapWord(e) {
			e++
		}
		for k := e; k > b+1; k-- {
			region, _, _ := f.spanText(b+1, k)
			if (f.known(region) || k == b+2 && (regionCode(region) || f.shortRegion(region))) && !f.isCapWordAt(k) {
				ctx = true // not "China Eastern, China Southern"
				break
			}
		}
	}
	return ctx && (f.opts.MaybePlace(name) || f.residencePlace(a, b))
}

// residenceVerbs before "in" say where someone or something is, lives or
// was born: the name after is a place though the gazetteer lacks it.
var residenceVerbs = map[string]bool{
	"located": true, "situated": true, "living": true, "lives": true, "lived": true, "settled": true, "born": true,
	"raised": true, "headquartered": true, "resides": true, "resided": true, "stranded": true,
}

// residencePlace reports whether [a, b), one to three capitalised words,
// follows a verb of residence and "in", "near" or "outside" ("located in
// Beit Quell", "lives in Tarnside", "grew up near Zorva Heights"): a
// village or a district the gazetteer lacks. Not a given name, a body, a
// nationality, a word the article writes in lower case, nor one in
// capitals or with digits.
func (f *finder) residencePlace(a, b int) bool {
	if a < 2 || b-a > 3 {
		return false
	}
	p, v := lowerASCII(f.str(a-1)), lowerASCII(f.str(a-2))
	if p != "in" && p != "near" && p != "outside" {
		return false
	}
	if !residenceVerbs[v] && !(v == "up" && a >= 3 && lowerASCII(f.str(a-3)) == "grew") {
		return false
	}
	for k := a; k < b; k++ {
		w := f.str(k)
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(w) || text.IsAllCaps(w) || strings.ContainsAny(w, "0123456789") ||
			notPlaceWords[w] || isDemonym(w, f.isGiven(w)) || connectors[w] {
			return false
		}
	}
	name := f.spanTextOnly(a, b)
	return !f.hasOrgWord(a, b) && !knownOrgs[name] && !f.isGiven(f.str(a)) && !f.hasTitle(a, b) &&
		!(b == a+1 && (f.doc.WrittenLower(lowerASCII(name)) || f.surnameAfterGiven(name)))
}

// inPlaceList reports whether the name at token a is an item of a list of
// names that a plural noun of places introduces just before it ("valley
// towns … include Zorvaville Falls, Lina Harbor and Tarn Ridge", "the
// counties of Quell, Tarn and Mor").
func (f *finder) inPlaceList(a int) bool {
	d := f.doc
	k := f.listStart(a) // the list's first item
	if f.placeNounBeforeList(k) {
		return true
	}
	// A list of three names or more, each a place of the gazetteer and
	// not all opening with a given name: places ("includes Zorvaville Falls,
	// Lina Harbor and Tarn Ridge").
	n, plain := 0, false
	for i := k; i < len(d.Tokens); {
		j := i
		for j < len(d.Tokens) && (f.isCapWord(j) || connectors[f.str(j)] && j > i && j+1 < len(d.Tokens) && f.isCapWord(j+1)) {
			j++
		}
		if j == i || j-i > 4 {
			return false
		}
		name, _, _ := f.spanText(i, j)
		if !f.opts.MaybePlace(name) && !f.known(name) {
			return false
		}
		plain = plain || !f.isGiven(f.str(i))
		n++
		if j+1 >= len(d.Tokens) {
			break
		}
		switch {
		case f.str(j) == "," && f.str(j+1) == "and" || f.str(j) == "," && f.str(j+1) == "or":
			i = j + 2
		case f.str(j) == "," || f.str(j) == "and" || f.str(j) == "or":
			i = j + 1
		default:
			return n >= 3 && plain
		}
	}
	return n >= 3 && plain
}

// listStart returns the first item of the list of names that holds the
// name at token a (a itself when it opens no list).
func (f *finder) listStart(a int) int {
	k := a
	for k >= 2 {
		p := f.str(k - 1)
		if p != "," && p != "and" && p != "or" {
			break
		}
		j := k - 2
		if p == "and" && f.str(j) == "," {
			j--
		}
		if j < 0 || !f.isCapWord(j) {
			break
		}
		for j > 0 && (f.isCapWord(j-1) || connectors[f.str(j-1)] && j >= 2 && f.isCapWord(j-2)) {
			j--
		}
		k = j
	}
	return k
}

// placeNounBeforeList reports whether a plural noun of places stands
// shortly before the list that opens at token k, with no punctuation but
// commas and colons between ("valley towns … include", "the counties of").
func (f *finder) placeNounBeforeList(k int) bool {
	d := f.doc
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := d.Tokens[j]
		if t.Kind == text.Punct && f.str(j) != "," && f.str(j) != ":" {
			break
		}
		if t.Kind == text.Word && placeListNouns[f.str(j)] {
			return true
		}
	}
	return false
}

// listedAsPlace reports whether [a, b), one to three name words, is an
// item of a list joined by "and" or "or" that a plural noun of places
// introduces ("several towns, including Cedar Quay, Tarnhatchee and Zorva
// Beach"), or the one name after such a noun and "of" ("the villages of
// Quellanara"), known to the gazetteer or not. Not a name opening with a given name or a surname of
// the article, a body's, or a titled one.
func (f *finder) listedAsPlace(a, b int) bool {
	if b-a > 3 {
		return false
	}
	// Cheap tests first: a list, and its noun of places right before it.
	k := f.listStart(a)
	if !f.listNounIntroduces(k) || !(f.listJoined(k) || k == a && f.str(a-1) == "of") {
		return false // (one name right after "of" is the place the noun's places are in: "the villages of Quellanara")
	}
	if f.isGiven(f.str(a)) || f.hasOrgWord(a, b) || text.IsAllCaps(f.str(a)) || !f.nameLike(a, b) || f.hasTitle(a, b) {
		return false
	}
	if b < len(f.doc.Tokens) && (f.isCapWord(b) || f.tok(b).Kind == text.Possessive) {
		return false
	}
	name := f.spanTextOnly(a, b)
	if knownOrgs[name] || notPlaceWords[name] {
		return false
	}
	if b == a+1 {
		if _, ok := f.persons[" "+name]; ok || len(f.bySurname[name]) > 0 || f.surnameAfterGiven(name) || f.doc.WrittenLower(lowerASCII(name)) {
			return false
		}
	}
	return true
}

// listJoined reports whether the list of names opening at token k ends
// with "and" or "or" before its last item: "Quell, Tarn and Zorva" is a
// list; "Quell, Tarn Roe leads" is a name and the subject of a clause.
func (f *finder) listJoined(k int) bool {
	d := f.doc
	for i := k; i < len(d.Tokens) && i < k+40; {
		j := i
		for j < len(d.Tokens) && (f.isCapWord(j) || connectors[f.str(j)] && j > i && j+1 < len(d.Tokens) && f.isCapWord(j+1)) {
			j++
		}
		if j == i || j+1 >= len(d.Tokens) {
			return false
		}
		switch {
		case f.str(j) == "and" || f.str(j) == "or" || f.str(j) == "," && (f.str(j+1) == "and" || f.str(j+1) == "or"):
			return true
		case f.str(j) == ",":
			i = j + 1
		default:
			return false
		}
	}
	return false
}

// listNounIntroduces reports whether a plural noun of places introduces
// the list opening at token k itself: only commas and words of inclusion
// between ("towns, including", "cities such as", "the counties of"), not
// a verb ("the favourites of both regions are …").
func (f *finder) listNounIntroduces(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := f.str(j)
		if placeListNouns[w] {
			return true
		}
		if !listLinks[lowerASCII(w)] {
			return false
		}
	}
	return false
}

// listLinks may stand between a plural noun of places and the list it
// introduces.
var listLinks = map[string]bool{
	",": true, ":": true, "including": true, "include": true, "includes": true, "included": true, "such": true, "as": true,
	"like": true, "of": true, "namely": true, "especially": true, "notably": true, "in": true, "the": true, "nearby": true,
	"neighboring": true, "neighbouring": true, "surrounding": true, "other": true,
}

// placeListNouns are plural nouns of places that introduce a list of
// them.
var placeListNouns = map[string]bool{
	"cities": true, "towns": true, "counties": true, "communities": true, "villages": true, "suburbs": true,
	"neighborhoods": true, "neighbourhoods": true, "municipalities": true, "states": true, "countries": true,
	"provinces": true, "regions": true, "districts": true, "boroughs": true, "islands": true, "nations": true,
}

// basedTail reports whether token i ends in "-based", "-born",
// "-headquartered" or "-area" ("Quillmere-based", "a Quillmere-area
// church").
func (f *finder) basedTail(i int) bool {
	w := f.str(i)
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return false
	}
	switch w[k+1:] {
	case "based", "born", "headquartered", "area":
		return true
	}
	return false
}

// kindOfPlace nouns name the kind of a place before "of" and its name
// ("the town of Quellbury").
var kindOfPlace = map[string]bool{
	"city": true, "town": true, "village": true, "island": true, "port": true, "province": true,
	"hamlet": true, "municipality": true, "state": true, "county": true, "district": true, "resort": true,
}

// namedAsPlace reports whether [a, b), one or two name words, follows "the
// KIND of" with a kind of place ("the city of Quellbury", "the island of
// Tarn"), and ends the name.
func (f *finder) namedAsPlace(a, b int) bool {
	if b-a > 2 || a < 3 || f.str(a-1) != "of" || !kindOfPlace[f.str(a-2)] || lowerASCII(f.str(a-3)) != "the" {
		return false
	}
	for k := a; k < b; k++ {
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(f.str(k)) || text.IsAllCaps(f.str(k)) || f.isGiven(f.str(k)) && b-a == 1 {
			return false
		}
	}
	return !f.hasOrgWord(a, b) && !(b < len(f.doc.Tokens) && f.tok(b).Kind == text.Possessive)
}

// isFeatureNoun reports whether w ends the name of an island, a beach or
// an administrative unit: "Pellow Island", "the Varrick Islands", "Tarn
// Atoll", "Sixty Rod Beach", "Quell County" (featureNouns and adminUnits).
func isFeatureNoun(w string) bool { return featureNouns[w] || adminUnits[w] }

// featureNouns end the names of islands, beaches and lands; with
// adminUnits, of the units of a country.
var featureNouns = map[string]bool{
	"Island": true, "Islands": true, "Isles": true, "Atoll": true, "Archipelago": true, "Peninsula": true,
	"Beach": true, "Basin": true, "Glacier": true, "Strait": true, "Plateau": true, "Desert": true,
	"Canyon": true, "Fjord": true, "Dependency": true, "Coast": true, "Reef": true, "Lagoon": true,
	"Keys": true, "Highlands": true, "Lowlands": true, "Everglades": true, "Hamptons": true, "Antilles": true,
	"Krai": true, "Municipality": true, "Province": true, "Sea": true, "Ocean": true,
}

// adminUnits end the names of counties and the like, places wherever they
// stand unless a capitalised word goes on (an office: "Quill County
// Sheriff's Office"): also the local units of South Asia and eastern
// Europe ("Quill Upazila", "Tarn Tehsil", "Zorva Raion").
var adminUnits = map[string]bool{
	"County": true, "Parish": true, "Borough": true, "Township": true, "Upazila": true, "Tehsil": true, "Taluka": true,
	"Taluk": true, "Raion": true, "Voivodeship": true, "Okrug": true, "Oblast": true, "Governorate": true, "Prefecture": true,
}

// featureName reports whether [a, b) is the name of an island or a group of
// them: one to three name words and a feature noun, in a place's position
// ("on Pellow Island", "from the Varrick Islands", "Pellow Island's
// harbour"); not an organization's name ("Pellow Island Ferries" does not
// end in the noun) and not a title ("Treasure Island" opening a sentence
// has no place position).
func (f *finder) featureName(a, b int) bool {
	if b-a >= 2 && b-a <= 3 && leadingFeatureNouns[f.str(a)] && !f.hasOrgWord(a, b) && !f.hasLowerWord(a+1, b) && !isFeatureNoun(f.str(b-1)) &&
		!f.employerContext(a) && !(a > 0 && f.str(a-1) == "at" && f.str(a) != "Lake" && f.str(a) != "Loch") {
		// (not "a cardiologist at Mount Quill": a hospital named after it;
		// "at Lake Zorva" is the lake)
		// "near Lake Zorva", "on Mount Quell", "off Cape Zorva"; the
		// noun itself may be written in lower case elsewhere ("the lake")
		for k := a + 1; k < b; k++ {
			if f.tok(k).Kind != text.Word || !text.IsCapitalized(f.str(k)) || f.isGiven(f.str(k)) && k == a+1 && b-a == 3 {
				return false
			}
		}
	} else if b-a < 2 || b-a > 4 || !isFeatureNoun(f.str(b-1)) || f.hasOrgWord(a, b) || f.hasLowerWord(a, b-1) {
		return false
	}
	for k := a; k < b-1 && !leadingFeatureNouns[f.str(a)]; k++ {
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(f.str(k)) || isFeatureNoun(f.str(k)) || text.IsAllCaps(f.str(k)) {
			return false // (not "the MX Keys keyboard")
		}
	}
	if landPlurals[f.str(b-1)] && !leadingFeatureNouns[f.str(a)] {
		if pre, _, _ := f.spanText(a, b-1); !f.known(pre) {
			return false // "the Florida Keys", not "the Quill Keys" of a product
		}
	}
	if (f.str(b-1) == "Beach" || f.str(b-1) == "Parish") && (f.isGiven(f.str(a)) || b-a == 2 && f.hasInitial(a, b)) &&
		!(a >= 2 && f.tok(a-1).Kind == text.Possessive && f.known(f.str(a-2))) {
		return false // "Jim Beach" is a person; "Louisiana's Cameron Parish" a place
	}
	if a > 0 && f.tok(a-1).Kind == text.Word {
		switch lowerASCII(f.str(a - 1)) {
		case "on", "off", "at", "in", "to", "from", "near", "of", "the", "across", "around", "and", "as", "visit", "visited":
			return true
		}
	}
	if a >= 2 && f.tok(a-1).Kind == text.Possessive && f.known(f.str(a-2)) {
		return true // "Pennsylvania's Bucks County"
	}
	if adminUnits[f.str(b-1)] && !(b < len(f.doc.Tokens) && f.tok(b).Kind == text.Word && text.IsCapitalized(f.str(b)) && !titleHeads[f.str(b)]) {
		return true // "Quill County already declared an emergency", "Quill County Executive Ana Ruiz"
	}
	if (f.str(a) == "Lake" || f.str(a) == "Loch") && !streetWords[f.str(a+1)] && b < len(f.doc.Tokens) && f.tok(b).Kind == text.Word && f.isLowerWord(b) &&
		!text.IsSpeechVerb(f.str(b)) && !f.personContext(a, b) {
		// (not "Lake Quill said": an actress named Lake)
		return true // "Lake Zorva fell to record lows": a lake anywhere, before a verb or a noun in lower case
	}
	return b < len(f.doc.Tokens) && f.tok(b).Kind == text.Possessive
}

// placeOwnsIt reports whether [a, b) follows a known place's possessive
// and ends the name ("Varland’s Zorvaville", "New Varland’s Zorvaville,"): a
// region or town of the country. Not when another capitalised word or a
// possessive follows ("Varland’s Zorvaville Group", "Varland’s Crystal’s").
func (f *finder) placeOwnsIt(a, b int) bool {
	d := f.doc
	if a < 2 || d.Tokens[a-1].Kind != text.Possessive {
		return false
	}
	if b < len(d.Tokens) && (d.Tokens[b].Kind == text.Possessive || d.Tokens[b].Kind == text.Word && text.IsCapitalized(f.str(b))) {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-4 && f.isCapWord(k); k-- {
		if owner, _, _ := f.spanText(k, a-1); f.known(owner) {
			return true
		}
	}
	return false
}

// placeInKnownPlace reports whether the single word at i, which the
// gazetteer does not have, is written as a place inside a known one: after
// "in", "from" or "near", or after a town and "and", and before "in" and a
// known place ("from Quellbury in Tunisia", "Zorvaville and Quellbury in
// Finland"); not a given name, a surname of the article's people or a
// word in capitals.
func (f *finder) placeInKnownPlace(i int) bool {
	d := f.doc
	w := f.str(i)
	if i == 0 || i+2 >= len(d.Tokens) || len(w) < 4 || text.IsAllCaps(w) || f.isGiven(w) || notPlaceWords[w] {
		return false
	}
	switch p := f.str(i - 1); {
	case p == "in" || p == "from" || p == "near" || pathPrepositions[p] || listMotionVerbs[p]:
	case (p == "and" || p == ",") && i >= 2 && f.townBefore(i-2):
		// "in Zorvaville and Quellbury in Finland": the second of a list
		// of towns.
	default:
		return false
	}
	if f.str(i+1) != "in" {
		return false
	}
	at := i + 2
	if at+1 < len(d.Tokens) && compassAdjectives[f.str(at)] {
		at++ // "through Quellbury in eastern Varland"
	}
	if !f.isCapWord(at) {
		return false
	}
	if _, ok := f.persons[" "+w]; ok || len(f.bySurname[w]) > 0 {
		return false
	}
	for e := at + 1; e <= at+3 && e <= len(d.Tokens); e++ {
		if e < len(d.Tokens) && f.isCapWord(e) {
			continue // the whole name ("in Inner Mongolia"), not a prefix of it
		}
		place, _, _ := f.spanText(at, e)
		return f.known(place)
	}
	return false
}

// brandAfterPlace reports whether [a, b) is a known place and one more
// capitalised word that the article writes three times or more, always
// right after that place's last word ("Quillport Crumb … Quillport Crumb"):
// the name of a business, not the place and a stray word. Not a given
// name, a known place, a title or a word in capitals.
func (f *finder) brandAfterPlace(a, b int) bool {
	if b-a < 2 || b-a > 4 {
		return false
	}
	w := f.str(b - 1)
	if pre, _, _ := f.spanText(a, b-1); !f.known(pre) || f.known(w) || f.isGiven(w) || text.IsAllCaps(w) ||
		titleHeads[w] || honorifics[w] || notNameWords[w] || hyphenTail(w) || f.tok(b-1).Kind != text.Word {
		return false
	}
	n := f.wordCount(w)
	if n < 3 {
		return false
	}
	last := f.str(b - 2)
	for k := 1; k < len(f.doc.Tokens); k++ {
		if f.doc.Tokens[k].Kind == text.Word && f.str(k) == w && f.str(k-1) != last {
			return false
		}
	}
	return true
}

// shortStates are the US states' AP abbreviations of two letters, too
// short for Options.Known alone ("Quillport, Ky.").
var shortStates = map[string]bool{
	"Ga.": true, "Ky.": true, "La.": true, "Md.": true, "Mo.": true, "Pa.": true, "Va.": true, "Vt.": true,
	"Ala.": true, "Ark.": true, "Del.": true, "Fla.": true, "Ill.": true, "Ind.": true, "Kan.": true, "Neb.": true,
	"Nev.": true, "Ore.": true, "Wis.": true, "Wyo.": true, "Ont.": true, "Que.": true, "Man.": true,
}

// shortRegion reports whether w is such a state abbreviation the gazetteer
// knows.
func (f *finder) shortRegion(w string) bool {
	return shortStates[w] && f.opts.MaybePlace != nil && f.opts.MaybePlace(w)
}

// compassWords come before "of PLACE" ("southwest of Ithaca").
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true, "outside": true, "miles": true, "kilometres": true, "kilometers": true, "km": true,
}

// placeSurnames are place words that are also common surnames: after a
// given name, in a person's context, they end a name ("David Park said").
var placeSurnames = map[string]bool{"Park": true, "Hall": true, "Lake": true, "Marsh": true, "Street": true, "Bridge": true, "Beach": true}

// placePosition reports whether the word at token i stands where a place
// does: after a preposition or a determiner ("in Jordan", "the Jordan
// valley"), before a comma and a capitalised word ("Jordan, Israel"), or
// before a possessive ("Jordan's king").
func (f *finder) placePosition(i int) bool {
	d := f.doc
	if i > 0 && d.Tokens[i-1].Kind == text.Word {
		switch lowerASCII(f.str(i - 1)) {
		case "in", "to", "from", "near", "across", "of", "into", "at", "the", "outside", "throughout", "visit", "visited", "via", "for", "with", "against", "and", "or":
			return true
		}
	}
	if i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == text.Possessive {
		return true
	}
	return i+2 < len(d.Tokens) && f.str(i+1) == "," && f.isCapWord(i+2)
}

// trailingPlace returns where a known place starts right after the last
// organization word of a span ("National Security Council Finland"), or
// -1.
func (f *finder) trailingPlace(a, b int) int {
	last := -1
	for i := a; i < b; i++ {
		if isOrgWord(f.str(i)) {
			last = i
		}
	}
	if last < a || last+1 >= b || !f.hasNameWord(a, last+1) {
		return -1
	}
	if rest, _, _ := f.spanText(last+1, b); f.known(rest) {
		return last + 1
	}
	return -1
}

// nameOfPlace returns the index of "of" when [a, b) is a personal name of
// two or three words, "of" and a known country or place ("Yasutaka Mori
// of Japan"), or -1.
func (f *finder) nameOfPlace(a, b int) int {
	for c := a + 2; c <= a+3 && c < b-1; c++ {
		if f.str(c) != "of" {
			continue
		}
		rest, _, _ := f.spanText(c+1, b)
		if !f.known(rest) || !f.nameLike(a, c) || f.hasOrgWord(a, c) || f.hasLowerWord(a, c) || modifierCaps[f.str(a)] ||
			roleNouns[lowerASCII(f.str(c-1))] {
			return -1 // (not "Senior Advocate of Nigeria")
		}
		if pre, _, _ := f.spanText(a, c); f.known(pre) {
			return -1
		}
		return c
	}
	return -1
}

// placeNounContext reports whether the words around [a, b) say place
// without a preposition: "-based" or "-born" ending it ("a Sugar
// Vale-based firm"), a place noun after it ("the Quellbury camp", "the
// Zorvaville area"), or "the" before it and an organization noun after it
// ("the Burbank entertainment giant").
func (f *finder) placeNounContext(a, b int) bool {
	d := f.doc
	last := f.str(b - 1)
	if k := strings.LastIndexByte(last, '-'); k > 0 && (last[k+1:] == "based" || last[k+1:] == "born" || last[k+1:] == "headquartered" || last[k+1:] == "area") {
		return true
	}
	if b >= len(d.Tokens) || d.Tokens[b].Kind != text.Word || !f.isLowerWord(b) {
		return false
	}
	if placeNouns[f.str(b)] {
		return true
	}
	if a == 0 || f.str(a-1) != "the" && f.str(a-1) != "a" {
		return false
	}
	for k := b; k < len(d.Tokens) && k < b+3 && f.isLowerWord(k); k++ {
		if w := f.str(k); orgNouns[w] && w != "brand" && w != "label" && w != "franchise" {
			return true // (not "the Mustang performance car brand")
		}
		if f.str(a-1) == "a" && isRoleNoun(f.str(k)) && !(k+1 < len(d.Tokens) && f.isCapWord(k+1)) && !(b == a+1 && affiliationWords[f.str(a)]) {
			return true // "a Zorvaville business consultant", "a Zorvaville attorney": where the person works or lives
		}
	}
	return false
}

// affiliationWords are towns' names that before a role noun are a side,
// a party or a force ("a Union veteran", "a Green councillor").
var affiliationWords = map[string]bool{
	"Union": true, "Liberal": true, "Green": true, "Reform": true, "Federal": true, "Progressive": true, "Unity": true,
	"Justice": true, "Freedom": true, "Liberty": true, "Independence": true, "Patriot": true, "Alliance": true,
	"Loyalist": true, "Royal": true, "Imperial": true, "Continental": true,
}

// placeNouns after a name make it a place's ("the Quellbury camp").
var placeNouns = map[string]bool{
	"camp": true, "village": true, "town": true, "city": true, "area": true, "region": true, "district": true,
	"province": true, "county": true, "border": true, "crossing": true, "valley": true, "neighborhood": true,
	"neighbourhood": true, "suburb": true, "suburbs": true, "municipality": true, "township": true, "resident": true,
	"residents": true, "airport": true, "mayor": true,
	// "a Greeley man", "Greeley officials said", "the Greeley police chief"
	"man": true, "woman": true, "teen": true, "teenager": true, "boy": true, "girl": true, "native": true,
	"natives": true, "police": true, "officials": true, "authorities": true, "firefighters": true,
	"councillors": true, "lawmakers": true, "voters": true, "homeowners": true, "businesses": true,
	"outskirts": true, "metro": true, "metropolitan": true, "skyline": true, "harbor": true, "harbour": true,
}

// compassCaps open names of parts of a place ("North India") and of a
// city with its suburbs ("Greater Quillport").
var compassCaps = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true, "Eastern": true,
	"Western": true, "Central": true, "Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true,
	"Upper": true, "Lower": true, "Greater": true,
}

// nameLikeOrPlaceSurname is nameLike, or a given name and a place word
// that is a common surname ("Lena Park"): when the surname comes back
// alone as a subject the pair is a person's name.
func (f *finder) nameLikeOrPlaceSurname(a, b int) bool {
	return f.nameLike(a, b) || b == a+2 && f.isGiven(f.str(a)) && placeSurnames[f.str(a+1)]
}

// streetWords end the names of streets, squares and stations, which are
// no organizations whatever words come before them ("Times Square").
var streetWords = map[string]bool{
	"Square": true, "Street": true, "Avenue": true, "Road": true, "Boulevard": true, "Lane": true, "Plaza": true,
	"Station": true, "Bridge": true, "Highway": true, "Drive": true, "St.": true, "Ave.": true, "Blvd.": true, "Rd.": true,
}

// compassAdjectives qualify a place after a locative preposition ("in
// eastern Congo").
var compassAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "rural": true, "neighboring": true,
	"neighbouring": true, "nearby": true, "coastal": true, "downtown": true, "suburban": true, "upstate": true,
	"northernmost": true, "southernmost": true, "remote": true, "eastern-central": true,
}

// motionWords before "to NAME" make the name a destination ("been to
// Boulder", "moved to Zorvaville").
var motionWords = map[string]bool{
	"been": true, "go": true, "goes": true, "going": true, "went": true, "gone": true, "moved": true, "move": true,
	"moving": true, "travel": true, "traveled": true, "travelled": true, "traveling": true, "travelling": true,
	"flew": true, "fly": true, "flying": true, "drove": true, "drive": true, "return": true, "returned": true,
	"returning": true, "headed": true, "heading": true, "trip": true, "relocated": true, "came": true, "come": true,
	"coming": true, "deported": true, "transferred": true, "commute": true, "road": true, "route": true, "back": true,
	"walked": true, "walk": true, "walking": true, "sailed": true, "rode": true, "biked": true, "hiked": true,
	"emigrated": true, "fled": true, "escaped": true, "evacuated": true, "migrated": true, "shipped": true,
	"visits": true, "visit": true, "journey": true, "flight": true, "flights": true, "trips": true, "sent": true,
	"sail": true, "sailing": true, "visitors": true, "tourists": true, "travelers": true, "travellers": true,
}

// ofPlaceNouns before "of NAME" make the name a place's ("residents of
// Zorvaville", "the outskirts of Zorvaville").
var ofPlaceNouns = map[string]bool{
	"port": true, "capital": true, "residents": true, "citizens": true, "people": true, "outskirts": true,
	"streets": true, "suburbs": true, "heart": true, "centre": true, "center": true, "edge": true, "mayor": true,
	"governor": true, "population": true, "inhabitants": true, "natives": true, "native": true, "parts": true,
	"coast": true, "shores": true, "waters": true, "resort": true, "island": true, "hometown": true, "borough": true,
	"enclave": true,
}

// smallTown reports whether a place name is only a town's (Options.TownName),
// or whether nothing says it is not.
func (f *finder) smallTown(name string) bool {
	return f.opts.TownName == nil || f.opts.MaybePlace == nil || f.opts.TownName(name) || !f.opts.MaybePlace(name)
}

// townBefore reports whether the capitalised words ending at token i may
// be a town a state's code follows ("Clifton, NJ"): a place found there,
// or a name the gazetteer has, and no person's name ("Jane Roe, MD").
func (f *finder) townBefore(i int) bool {
	if f.personEndsAt(i) {
		return false
	}
	if f.endKind[f.tok(i).End] == Place {
		return true
	}
	a := i
	for a > 0 && i-a < 3 && f.isCapWord(a-1) {
		a--
	}
	for ; a <= i; a++ {
		name, _, _ := f.spanText(a, i+1)
		if f.known(name) || f.opts.MaybePlace != nil && f.opts.MaybePlace(name) {
			return true
		}
	}
	return false
}

// regionSingulars name each place of such a list ("Orange County").
var regionSingulars = map[string]string{"counties": "County", "parishes": "Parish", "provinces": "Province"}

// regionPlurals after a list of names make them places ("Orange and
// Riverside counties").
var regionPlurals = map[string]bool{
	"counties": true, "provinces": true, "parishes": true, "districts": true, "regions": true,
	"oblasts": true, "prefectures": true, "cantons": true, "boroughs": true, "townships": true, "governorates": true,
}

// placeListContext reports whether the list opening at token a follows a
// word that introduces places: a locative preposition, "to" or "between",
// or a verb of motion ("entered", "visited").
func (f *finder) placeListContext(a int) bool {
	if a == 0 || f.tok(a-1).Kind != text.Word {
		return false
	}
	p := lowerASCII(f.str(a - 1))
	return locativePrepositions[p] || p == "to" || p == "between" || p == "from" || listMotionVerbs[p]
}

// listMotionVerbs are verbs whose object is where someone goes or is.
var listMotionVerbs = map[string]bool{
	"entered": true, "visited": true, "visit": true, "visiting": true, "toured": true, "reached": true, "left": true,
	"fled": true, "captured": true, "shelled": true, "struck": true, "hit": true, "flew": true, "drove": true,
	"evacuated": true, "liberated": true, "seized": true, "bombed": true, "attacked": true, "besieged": true,
	// Storms and strikes ("the storm battered Galveston and Corpus Christi").
	"battered": true, "pounded": true, "lashed": true, "slammed": true, "ravaged": true, "devastated": true,
	"flooded": true, "rocked": true, "swept": true, "hits": true, "targeted": true, "surrounded": true,
	// Present and bare forms ("the storm would reach Zorvaville").
	// (Not "leave": people leave firms as often as towns.)
	"reach": true, "reaches": true, "reaching": true, "enter": true, "enters": true, "entering": true,
	"visits": true, "tour": true, "tours": true, "touring": true, "evacuate": true, "evacuating": true,
}

// riverSides before "of" put the name after it on a map: "upstream of
// Zorvaville", "inland of Quellbury".
var riverSides = map[string]bool{"upstream": true, "downstream": true, "inland": true, "offshore": true, "uphill": true}

// pathPrepositions name where something moves through or to ("through
// Zorvaville", "toward Quellbury"), or where it stands ("in the hills
// above Zorvaville").
var pathPrepositions = map[string]bool{
	"through": true, "into": true, "toward": true, "towards": true, "within": true, "via": true, "along": true,
	"beyond": true, "past": true, "above": true, "below": true,
}

// attackNouns before "on" make what follows their target, often a place
// ("an attack on Zorvaville", "strikes on Quellbury").
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "assault": true, "offensive": true,
	"raid": true, "raids": true, "march": true, "advance": true, "bombing": true, "shelling": true, "fell": true,
}

// townPairBeforeRegion reports whether the word at i, opening a sentence
// or a numbered line, and the next word name a town the gazetteer has,
// with its state or country after a comma ("New Quellton, CT", "Port
// Zorva, Texas"): the pair is the town's name, though the first word is
// also an ordinary one.
func (f *finder) townPairBeforeRegion(i int) bool {
	if f.opts.MaybePlace == nil || i+2 >= len(f.doc.Tokens) || f.isCapWordAt(i+2) {
		return false
	}
	pair := f.doc.Text[f.tok(i).Start:f.tok(i+1).End]
	return f.regionAfterComma(i+2) && f.opts.MaybePlace(pair)
}

// numberWords open towns' names ("Three Quells", "Two Zorva Rivers") but
// are no names' words otherwise (stopCaps). Not "One": towers ("One
// Quill Plaza, New York").
var numberWords = map[string]bool{
	"Two": true, "Three": true, "Four": true, "Five": true, "Six": true, "Seven": true, "Eight": true,
	"Nine": true, "Ten": true, "Hundred": true, "Thousand": true,
}

// numberedTownStart returns where the span [a, j) starts when a number word
// before it opens a town's name: after a preposition of place, the whole
// is a town the gazetteer has or a state or country follows past a comma
// ("in Three Quells, Michigan", "moved to Two Zorva Rivers, Ohio"), not
// "Rivers" alone; else a.
func (f *finder) numberedTownStart(a, j, first int) int {
	if a-2 < first || !numberWords[f.str(a-1)] || !objectPrepositions[lowerASCII(f.str(a-2))] {
		return a
	}
	whole := f.doc.Text[f.tok(a-1).Start:f.tok(j-1).End]
	if f.regionAfterComma(j) || f.opts.MaybePlace != nil && f.opts.MaybePlace(whole) {
		return a - 1
	}
	return a
}

// basedPlace reports whether a name before "-based" is a place the
// gazetteer has; a name in capitals must be known or a state's code
// ("UK-based", "NY-based"), not a small town's spelled like an acronym
// ("EU-based" is no French town's).
func (f *finder) basedPlace(name string) bool {
	if f.opts.MaybePlace == nil || !f.opts.MaybePlace(name) {
		return false
	}
	return !text.IsAllCaps(name) || f.known(name) || regionCode(name)
}

// regionAfterComma reports whether the comma at token b is followed by a
// known region or country or a state's code, and nothing capitalised after
// it ("Quillton, GA @ …", "Quillton, Washington").
func (f *finder) regionAfterComma(b int) bool {
	if b+1 >= len(f.doc.Tokens) || f.str(b) != "," {
		return false
	}
	r := f.str(b + 1)
	if regionCode(r) || f.shortRegion(r) {
		return !f.isCapWordAt(b + 2)
	}
	e := b + 2
	for e < len(f.doc.Tokens) && e < b+4 && f.isCapWord(e) {
		e++
	}
	name, _, _ := f.spanText(b+1, e)
	return f.isCapWord(b+1) && f.known(name) && !f.isCapWordAt(e)
}

// regionCode reports whether w is a US state's or a Canadian province's
// two-letter postal code ("NJ", "ON").
func regionCode(w string) bool { return usStateCodes[w] || caProvinceCodes[w] }

// hyphenAfter reports whether a hyphen is written right after token b-1,
// making the name part of a compound ("L.A.-based").
func (f *finder) hyphenAfter(b int) bool {
	return b < len(f.doc.Tokens) && f.tok(b).Start == f.tok(b-1).End && strings.HasPrefix(f.str(b), "-")
}

// objectPrepositions before a name make it no subject ("Police in
// Greeley said").
var objectPrepositions = map[string]bool{
	"in": true, "of": true, "from": true, "at": true, "near": true, "for": true, "outside": true, "to": true, "with": true,
}

// placeAppositive reports whether the comma at token b opens an appositive
// naming a kind of place ("Kramatorsk, a city in the Donetsk region",
// "Quellbury, a small coastal town,"): up to two lower-case words between
// the article and the kind.
func (f *finder) placeAppositive(b int) bool {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "," {
		return false
	}
	switch f.str(b + 1) {
	case "a", "an", "the":
	default:
		return false
	}
	for k := b + 2; k < len(d.Tokens) && k <= b+4 && f.isLowerWord(k); k++ {
		if w := f.str(k); kindOfPlace[w] || w == "suburb" || w == "capital" || w == "region" {
			return !(k+1 < len(d.Tokens) && f.str(k+1) == "council") // not "a city council member"
		}
	}
	return false
}

// fromTo reports whether token a follows "to" in "from PLACE to" ("moved
// from Toledo to Ann Arbor").
func (f *finder) fromTo(a int) bool {
	if a < 3 || f.str(a-1) != "to" {
		return false
	}
	for k := a - 2; k >= 1 && k >= a-5; k-- {
		if f.str(k) == "from" && f.isCapWordAt(k+1) {
			name, _, _ := f.spanText(k+1, a-1)
			return f.known(name) || f.opts.MaybePlace != nil && f.opts.MaybePlace(name)
		}
		if f.tok(k).Kind != text.Word || !f.isCapWord(k) {
			return false
		}
	}
	return false
}

// bodyNamedAfterPlace reports whether [a, b) is a known place and one to
// three words that name a team or a company after it: a plural that is no
// kind of land ("Cowboys", "Instruments"; not "Keys", "Heights"), a
// team's or a company's singular ending ("Jazz", "Scientific"), with no
// given name, title, nationality, place or feature word among them.
func (f *finder) bodyNamedAfterPlace(a, b int) bool {
	for e := b - 1; e > a && e >= b-3; e-- {
		pre, _, _ := f.spanText(a, e)
		if !f.known(pre) {
			continue
		}
		for k := e; k < b; k++ {
			w := f.str(k)
			if f.tok(k).Kind != text.Word || !f.isCapWord(k) || f.isGiven(w) || titleHeads[w] || demonyms[w] || f.known(w) ||
				compassCaps[w] || isFeatureNoun(w) || streetWords[w] || landPlurals[w] || connectors[w] || notNameWords[w] ||
				text.IsAllCaps(w) || documentWords[w] || eventWords[w] {
				return false
			}
		}
		last := f.str(b - 1)
		if e == a+1 && (b == e+1 || f.appositiveRole(b) != "") && f.isGiven(f.str(a)) && !(a > 0 && (f.str(a-1) == "the" || f.str(a-1) == "The")) {
			// (also "Georgia Pell Hallows, a professor": a full name
			// with its role)
			return false // "said Georgia Ramos": a given name and a surname, not "the Dallas Cowboys"
		}
		if peoplePlurals[last] || f.doc.WrittenLower(lowerASCII(last)) {
			return false // "Utah Mormons", "Kansas farmers": people of the place
		}
		return teamEndings[last] || len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s")
	}
	return false
}

// landPlurals are plural nouns that end names of lands, not of teams
// ("Florida Keys", "Golan Heights", "Scottish Highlands").
var landPlurals = map[string]bool{
	"Keys": true, "Highlands": true, "Heights": true, "Falls": true, "Springs": true, "Hills": true, "Rapids": true,
	"Lakes": true, "Mountains": true, "Plains": true, "Woods": true, "Gardens": true, "Meadows": true, "Flats": true,
	"Shoals": true, "Bluffs": true, "Sands": true, "Downs": true, "Glades": true, "Narrows": true, "Rockies": true,
	"Alps": true, "Territories": true, "Provinces": true, "States": true, "Counties": true, "Isles": true, "Banks": true,
	"Lowlands": true, "Midlands": true, "Badlands": true, "Wetlands": true, "Everglades": true, "Cliffs": true,
	"Hamptons": true, "Dunes": true, "Pines": true, "Oaks": true, "Acres": true, "Villages": true, "Towers": true,
	"Trenches": true, "Waters": true, "Reefs": true, "Caves": true, "Canyons": true, "Ridges": true,
	"Antilles": true, "Azores": true, "Andes": true, "Hebrides": true, "Pyrenees": true, "Cyclades": true,
	"Carpathians": true, "Appalachians": true, "Dolomites": true, "Himalayas": true, "Cotswolds": true,
	// Abstract plurals and institutions of a state ("the Finland Human
	// Rights Act", "Quillport Embassies").
	"Rights": true, "Affairs": true, "Relations": true, "Studies": true, "Resources": true, "Embassies": true,
	"Consulates": true, "Wars": true, "Elections": true, "Laws": true, "Records": true, "Archives": true,
}

// prefixedPlace reports whether token i is a prefix, a hyphen and a known
// place or body ("pro-Russia", "anti-Kremlin").
func (f *finder) prefixedPlace(i int) bool {
	p, rest, ok := strings.Cut(f.str(i), "-")
	return ok && hyphenPrefixes[p] && rest != "" && !strings.Contains(rest, "-") && (f.known(rest) || knownOrgs[rest])
}

// leadingFeatureNouns open names of lakes, mountains, capes and British
// rivers ("Lake Tekapo", "Mount Quell", "the River Quell").
var leadingFeatureNouns = map[string]bool{"Lake": true, "Mount": true, "Mt.": true, "Cape": true, "Loch": true, "River": true}

// thingsNamedAfterPlaces are foods, diseases and breeds named after a
// place ("Brussels sprouts", "Lyme disease", "Labrador retriever"): the
// place name before them is no mention of the place.
var thingsNamedAfterPlaces = map[string]bool{
	"sprouts": true, "wings": true, "mustard": true, "cheese": true, "sauce": true, "salad": true, "dressing": true,
	"cream": true, "pie": true, "cake": true, "sausage": true, "ham": true, "bacon": true, "steak": true, "beef": true,
	"noodles": true, "fries": true, "chili": true, "lettuce": true, "cabbage": true, "chard": true, "artichoke": true,
	"artichokes": true, "nuts": true, "coffee": true, "tea": true, "cheesecake": true, "pizza": true, "bagel": true,
	"bagels": true, "muffin": true, "muffins": true, "terrier": true, "retriever": true, "spaniel": true, "bulldog": true,
	"stew": true, "chowder": true, "slaw": true, "roll": true, "rolls": true, "disease": true, "virus": true,
	"syndrome": true, "fever": true, "flu": true, "encephalitis": true,
	// Clothes and goods ("Bermuda shorts", "a Panama hat").
	"shorts": true, "hat": true, "hats": true, "shoes": true, "jacket": true, "sweater": true,
	"rug": true, "rugs": true, "carpet": true, "blinds": true, "chair": true,
	// "New York magazine": a publication's title.
	"magazine": true,
}

// placeName reports whether tokens [a, b) are a name the gazetteer has,
// known or a town, or a compass word and one ("West Quill").
func (f *finder) placeName(a, b int) bool {
	name, _, _ := f.spanText(a, b)
	if f.known(name) || f.opts.MaybePlace != nil && f.opts.MaybePlace(name) {
		return true
	}
	return b == a+2 && compassCaps[f.str(a)]
}

// teamAfterPlace reports whether the article writes the known place at
// token a elsewhere as the first word of a team's or a firm's name
// ("Cleveland Bears"), so that the name alone may stand for the team.
func (f *finder) teamAfterPlace(a int) bool {
	w := f.str(a)
	if v, ok := f.teamAfter[w]; ok {
		return v
	}
	v := false
	for _, k := range f.capPositions(w) {
		if f.isCapWordAt(k+1) && (f.bodyNamedAfterPlace(k, k+2) || f.isCapWordAt(k+2) && f.bodyNamedAfterPlace(k, k+3)) {
			v = true
			break
		}
	}
	if f.teamAfter == nil {
		f.teamAfter = map[string]bool{}
	}
	f.teamAfter[w] = v
	return v
}

// placeParticles join a word and a place in the names of businesses
// ("Durand de Paris", "Maison du Quillport").
var placeParticles = map[string]bool{"de": true, "du": true, "des": true, "di": true, "da": true, "del": true}

// streetOnly are streetWords that are no surnames.
var streetOnly = map[string]bool{"Square": true, "Avenue": true, "Road": true, "Boulevard": true, "Plaza": true, "Station": true,
	"Highway": true, "St.": true, "Ave.": true, "Blvd.": true, "Rd.": true}

// townAsBusiness reports whether the article sets the one-word name w, a
// town's, in apposition to an organization noun somewhere ("Riverton, a
// browser-based platform"): all its mentions are the business's.
func (f *finder) townAsBusiness(w string) bool {
	if v, ok := f.townBusiness[w]; ok {
		return v
	}
	if f.townBusiness == nil {
		f.townBusiness = map[string]bool{}
	}
	d := f.doc
	for _, k := range f.capPositions(w) {
		if f.isCapWordAt(k+1) || k > 0 && f.isCapWord(k-1) {
			continue
		}
		if f.orgAppositive(k+1) || k+1 < len(d.Tokens) && businessVerbs[f.str(k+1)] && !(k > 0 && (locativePrepositions[f.str(k-1)] || objectPrepositions[f.str(k-1)])) ||
			k >= 2 && (f.str(k-1) == "like" || f.str(k-1) == "as" && f.str(k-2) == "such") && productKinds[f.str(k-2)] ||
			k >= 3 && f.str(k-1) == "as" && f.str(k-2) == "such" && productKinds[f.str(k-3)] {
			f.townBusiness[w] = true
			return true
		}
	}
	f.townBusiness[w] = false
	return false
}

// areaNouns after a name and before anything but a capitalised word make
// the name a place's: "in the Quellbrook area", "the Tarn Hollow
// neighborhood".
var areaNouns = map[string]bool{
	"area": true, "neighborhood": true, "neighbourhood": true, "community": true, "enclave": true, "suburb": true,
	"region": true, "village": true, "hamlet": true,
}

// villageNouns after a name and a preposition before it make the name a
// village's, "the" or not: "a farmer of Quellpara village", "in Tarnpur
// hamlet".
var villageNouns = map[string]bool{"village": true, "hamlet": true}

// unitNouns, written in lower case after a name, make it the name of an
// administrative unit: "Quellstan's Lyrabad district", "in Tarnia
// province".
var unitNouns = map[string]bool{
	"district": true, "province": true, "governorate": true, "prefecture": true, "municipality": true, "oblast": true,
	"tehsil": true, "upazila": true, "subdistrict": true, "sub-district": true, "county": true, "parish": true,
}

// unitName reports whether [a, b), one or two name words, is the name of
// an administrative unit: a unit noun in lower case after it, ending the
// phrase, and before it a preposition, "the" or a known place's
// possessive ("Quellstan's Lyrabad district arrested …", "in Tarnia
// province,"). Not "the Quill district attorney", a given name alone, a
// word the article writes in lower case, a body or a titled name.
func (f *finder) unitName(a, b int) bool {
	d := f.doc
	if b-a > 2 || a < 1 || b >= len(d.Tokens) || d.Tokens[b].Kind != text.Word || !unitNouns[f.str(b)] {
		return false
	}
	p := lowerASCII(f.str(a - 1))
	switch {
	case p == "the" || objectPrepositions[p] || locativePrepositions[p] || pathPrepositions[p]:
	case d.Tokens[a-1].Kind == text.Possessive && a >= 2 && f.known(f.str(a-2)):
	default:
		return false
	}
	for i := a; i < b; i++ {
		w := f.str(i)
		if d.Tokens[i].Kind != text.Word || !text.IsCapitalized(w) || text.IsAllCaps(w) || connectors[w] || notPlaceWords[w] || compassCaps[w] {
			return false
		}
	}
	if f.hasOrgWord(a, b) || f.hasTitle(a, b) || knownOrgs[f.spanTextOnly(a, b)] || b == a+1 && (f.isGiven(f.str(a)) || f.doc.WrittenLower(lowerASCII(f.str(a)))) {
		return false
	}
	// The unit noun ends the phrase: not "the Quill district attorney".
	e := b + 1
	if e >= len(d.Tokens) {
		return true
	}
	n := f.str(e)
	return d.Tokens[e].Kind != text.Word || phraseEnders[n] || len(n) > 3 && strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing") ||
		text.IsSpeechVerb(n)
}

// placeWords end names of towns, villages and neighbourhoods ("Quill
// Village", "Tarn Springs").
var placeWords = map[string]bool{
	"Village": true, "City": true, "Town": true, "Springs": true, "Heights": true, "Hills": true, "Park": true,
	"Valley": true, "Falls": true, "Beach": true, "Harbor": true, "Harbour": true, "Grove": true, "Gardens": true,
	"Estates": true, "Acres": true, "Ridge": true, "Point": true, "Landing": true, "Junction": true, "Creek": true,
}

// areaAdjectives may stand between "the" and the name of an area: "the
// neighboring Quill Village community", "the greater Tarn area".
var areaAdjectives = map[string]bool{
	"neighboring": true, "neighbouring": true, "nearby": true, "greater": true, "surrounding": true, "adjacent": true,
	"entire": true, "whole": true, "wider": true, "broader": true, "same": true, "affluent": true, "wealthy": true,
	"poor": true, "working-class": true, "historic": true, "quiet": true, "rural": true, "suburban": true,
}

// areaName reports whether [a, b), one to three name words, is the name of
// an area written as one: "the" (and an adjective) before it, and a noun
// of areas after it ("in the Quellbrook area", "the neighboring Quill
// Village community", "the Tarn-Lowick area"). Not a nationality or a
// group ("the Latino community"), a body or a titled name; a single
// given name or a surname of the article must be a place the gazetteer
// has, and a single word the gazetteer lacks needs a preposition of place
// before "the" ("in the Quellbrook area"); before "community" or "region"
// the name must be such a place or
// end in a word of places ("Quill Village", "Tarn Springs"). A village or
// a hamlet needs no "the" after a preposition ("a farmer of Quellpara
// village"), and a refugee camp neither ("near Zorvabad refugee camp").
func (f *finder) areaName(a, b int) bool {
	d := f.doc
	if b-a > 3 || b >= len(d.Tokens) || a < 1 || d.Tokens[b].Kind != text.Word {
		return false
	}
	// "near Zorvabad refugee camp", "on the Quellia refugee camps": a
	// camp named after its place, whatever stands before it.
	camp := f.str(b) == "refugee" && b+1 < len(d.Tokens) && (f.str(b+1) == "camp" || f.str(b+1) == "camps")
	if !areaNouns[f.str(b)] && !camp {
		return false
	}
	if b+1 < len(d.Tokens) && f.isCapWord(b+1) {
		return false
	}
	k := a - 1
	if areaAdjectives[lowerASCII(f.str(k))] || compassAdjectives[f.str(k)] {
		k--
	}
	village := villageNouns[f.str(b)] || camp
	if village && !camp && (b-a > 2 || !objectPrepositions[lowerASCII(f.str(a-1))]) {
		return false // not "the Olympic village"
	}
	if !village && (k < 0 || lowerASCII(f.str(k)) != "the") {
		return false
	}
	locative := village || k > 0 && (locativePrepositions[lowerASCII(f.str(k-1))] || pathPrepositions[lowerASCII(f.str(k-1))] || f.str(k-1) == "to")
	for i := a; i < b; i++ {
		w := f.str(i)
		if f.tok(i).Kind != text.Word || !text.IsCapitalized(w) || text.IsAllCaps(w) || connectors[w] || notPlaceWords[w] && b-a == 1 {
			return false
		}
	}
	name := f.spanTextOnly(a, b)
	if f.hasOrgWord(a, b) || knownOrgs[name] || f.hasTitle(a, b) || b == a+1 && (placeQualifiers[name] || compassCaps[name] || name == "Uptown") {
		return false // (not "the Downtown neighborhood": a part of some city)
	}
	gazetteer := f.known(name) || f.opts.MaybePlace != nil && f.opts.MaybePlace(name) || f.hyphenPlaces(a, b) != nil
	last := f.str(b - 1)
	if i := strings.LastIndexByte(last, '-'); i >= 0 {
		last = last[i+1:]
	}
	if isDemonym(f.str(a), false) && !placeWords[last] {
		return false // "the Latino community", "the Syrian region"
	}
	switch f.str(b) {
	case "community", "region":
		return gazetteer || placeWords[last] && b-a >= 2
	}
	if village && b == a+1 && (f.isGiven(name) || f.surnameAfterGiven(name)) {
		return false // "a farmer from Ali village"? a person's name is likelier
	}
	if !gazetteer && b == a+1 && (f.isGiven(name) || f.surnameAfterGiven(name) || f.doc.WrittenLower(lowerASCII(name)) || !locative ||
		strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss")) {
		return false // "the Jordan area" of a person, "the Service area", "past the Members area"
	}
	return true
}

// hyphenPlaces returns the places joined by hyphens in the name [a, b)
// ("Tarn-Lowick", "Quill Valley-Lowick": each part a place the gazetteer
// has), or nil when the name is one place or has no such parts.
func (f *finder) hyphenPlaces(a, b int) []string {
	name, _, _ := f.spanText(a, b)
	if !strings.Contains(name, "-") || f.known(name) || f.opts.MaybePlace != nil && f.opts.MaybePlace(name) {
		return nil
	}
	parts := strings.Split(name, "-")
	for _, p := range parts {
		if p == "" || !text.IsCapitalized(p) || !f.known(p) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(p)) {
			return nil
		}
	}
	return parts
}

// addArea records an area's name as one place, or as the places its
// hyphen joins ("the Tarn-Lowick area": Tarn and Lowick).
func (f *finder) addArea(a, b, sentence int) {
	parts := f.hyphenPlaces(a, b)
	if parts == nil {
		f.addPlace(a, b, sentence)
		return
	}
	start := f.tok(a).Start
	for _, p := range parts {
		f.addNamed(Place, p, start, start+len(p), sentence)
		start += len(p) + 1
	}
}

// compassDistrict reports whether [a, b) is a compass word and one name
// word the gazetteer lacks, after a locative preposition and ending the
// name: a part of a county or a city named by its side ("in South
// Quellmark", "homes in North Tarnley"). Not a given name, a word the
// article writes in lower case, a nationality, a body, or "Greater" (a
// city's suburbs need the city known).
func (f *finder) compassDistrict(a, b int) bool {
	if b != a+2 || a < 1 || !compassCaps[f.str(a)] || f.str(a) == "Greater" || !locativePrepositions[f.str(a-1)] {
		return false
	}
	w := f.str(a + 1)
	if f.tok(a+1).Kind != text.Word || len(w) < 4 || text.IsAllCaps(w) || f.isGiven(w) || notPlaceWords[w] || compassCaps[w] ||
		f.doc.WrittenLower(lowerASCII(w)) || isDemonym(w, false) || isOrgWord(w) || knownOrgs[w] || knownOrgs[f.spanTextOnly(a, b)] ||
		f.hasTitle(a, b) {
		return false
	}
	if b >= len(f.doc.Tokens) {
		return true
	}
	if f.isCapWord(b) || f.tok(b).Kind == text.Possessive {
		return false
	}
	// The name ends a phrase: punctuation, a function word or a verb in
	// the past after it, not a noun it qualifies ("in Western Quill
	// transfers", "in Southern Zorva churches").
	n := f.str(b)
	return f.tok(b).Kind != text.Word || phraseEnders[n] || len(n) > 3 && strings.HasSuffix(n, "ed")
}

// phraseEnders are words that may follow a place's name ending a phrase:
// conjunctions, prepositions, relatives and auxiliaries.
var phraseEnders = map[string]bool{
	"and": true, "or": true, "but": true, "in": true, "on": true, "at": true, "to": true, "for": true, "with": true,
	"from": true, "as": true, "where": true, "which": true, "that": true, "who": true, "is": true, "was": true,
	"were": true, "are": true, "has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"can": true, "may": true, "might": true, "since": true, "after": true, "before": true, "during": true,
	"until": true, "near": true, "last": true, "this": true, "by": true, "than": true, "when": true, "while": true,
}

// townPairedBetween reports whether [a, b), one to three name words the
// gazetteer may lack, is the second of two places after "between" whose
// first is a town ("the line between Zorvaville and Quellmark"): not a
// body, a given name, a surname of the article, or a word it writes in
// lower case or in capitals. A country or a big city first ("between
// Varland and Quill") may be paired with a body, so it needs a town.
func (f *finder) townPairedBetween(a, b int) bool {
	d := f.doc
	w := f.str(a)
	if a < 3 || b-a > 3 || f.str(a-1) != "and" || len(w) < 4 || text.IsAllCaps(w) || f.isGiven(w) || notPlaceWords[w] ||
		f.opts.TownName == nil || f.opts.MaybePlace == nil {
		return false
	}
	if b < len(d.Tokens) && (f.isCapWord(b) || d.Tokens[b].Kind == text.Possessive) {
		return false
	}
	k := a - 2 // the first place's last word
	j := k
	for j > 0 && j > k-3 && f.isCapWord(j-1) {
		j--
	}
	if j < 1 || f.str(j-1) != "between" || !f.isCapWord(k) {
		return false
	}
	name := f.spanTextOnly(a, b)
	if knownOrgs[name] || f.hasOrgWord(a, b) || f.hasTitle(a, b) || b == a+1 && f.doc.WrittenLower(lowerASCII(w)) {
		return false
	}
	first, _, _ := f.spanText(j, k+1)
	if !f.opts.MaybePlace(first) || f.known(first) && !f.opts.TownName(first) || f.personEndsAt(k) {
		return false
	}
	if _, ok := f.persons[" "+w]; ok && b == a+1 || len(f.bySurname[f.str(b-1)]) > 0 {
		return false
	}
	return true
}

// townListedAfterTown reports whether [a, b), two or three words the
// gazetteer has as a town, follows "and", "or" or a comma after another
// name the gazetteer has ("residents of Zorvaville and Tarn Hollow
// complained"): a town of a list of towns, whatever verb follows. Not a
// name opening with a given name, a body's, a titled one, one after a
// person, or a campus after a body's place ("University of Varland, Tarn
// Hollow").
func (f *finder) townListedAfterTown(a, b int) bool {
	if b-a < 2 || b-a > 3 || a < 2 || f.opts.MaybePlace == nil {
		return false
	}
	switch f.str(a - 1) {
	case "and", "or", ",":
	default:
		return false
	}
	if f.isGiven(f.str(a)) || f.hasOrgWord(a, b) || f.hasTitle(a, b) {
		return false
	}
	k := a - 2
	if f.str(a-1) != "," && f.str(k) == "," {
		k--
	}
	if k < 0 || !f.isCapWord(k) || f.personEndsAt(k) {
		return false
	}
	j := k
	for j > 0 && j > k-3 && f.isCapWord(j-1) {
		j--
	}
	if f.isGiven(f.str(j)) && !f.known(f.spanTextOnly(j, k+1)) {
		return false
	}
	if j >= 2 && (f.str(j-1) == "of" || f.str(j-1) == "at") && isOrgWord(f.str(j-2)) {
		return false // "University of Varland, Tarn Hollow": a campus
	}
	prev, _, _ := f.spanText(j, k+1)
	if !f.known(prev) && !f.opts.MaybePlace(prev) {
		return false
	}
	name := f.spanTextOnly(a, b)
	return !knownOrgs[name] && f.opts.MaybePlace(name)
}

// placesOverPeople gives a place the mentions of a person of the same
// name that only a verb of speech or a list made a person ("Tarn Ridge and
// Lina Harbor said they would appeal" where the article names Tarn Ridge
// as a place elsewhere): a name of two words or more the gazetteer has,
// with no role and no other name than the place's.
func (f *finder) placesOverPeople() {
	if f.opts.MaybePlace == nil {
		return
	}
	for e := range f.res.Entities {
		p := &f.res.Entities[e]
		if p.Kind != Person || p.Role != "" || len(p.Aliases) > 0 || !strings.Contains(p.Name, " ") {
			continue
		}
		pl, ok := f.byName[string(rune('0'+Place))+p.Name]
		if !ok || !f.opts.MaybePlace(p.Name) && !f.known(p.Name) {
			continue
		}
		for _, m := range f.res.Mentions {
			if m.Entity != e {
				continue
			}
			f.addMention(pl, m.Start, m.End, m.Sentence)
			if f.drops == nil {
				f.drops = map[[2]int]bool{}
			}
			f.drops[[2]int{m.Start, e}] = true
		}
	}
}

// waterHeads open the names of seas and bays named after a place: "the
// Gulf of Varland", "the Sea of Quill".
var waterHeads = map[string]bool{"Gulf": true, "Sea": true, "Bay": true}

// metroWords stand between a city's name and "Area" in the name of the
// city's region: "the Quillport Bay Area", "the Quillport Metropolitan
// Area".
var metroWords = map[string]bool{"Bay": true, "Metro": true, "Metropolitan": true, "Capital": true, "Urban": true, "Tri-State": true}

// metroArea reports whether the words [e, b) after a known place make it
// the name of the place's region: "Area", after up to two metroWords
// ("Bay Area", "Metropolitan Area").
func (f *finder) metroArea(e, b int) bool {
	if b-e < 1 || b-e > 3 || f.str(b-1) != "Area" {
		return false
	}
	for k := e; k < b-1; k++ {
		if !metroWords[f.str(k)] {
			return false
		}
	}
	return true
}

// featureAfterPlace reports whether tokens [e, b), after a known place's
// name, end the span with a noun of a natural or named feature ("Bayou",
// "Canyon", "Mountains", "Lakes", "Heights"): "Quillport Bayou" is the
// bayou, one place, which may lie far from the town ("Quillport"). Up to
// three more capitalised words may stand before the noun ("Quillport Verde
// National Park"), none an organization word or a word the article writes
// in lower case but for the words of parks' names and numbers.
func (f *finder) featureAfterPlace(e, b int) bool {
	if b-e < 1 || b-e > 4 {
		return false
	}
	w := f.str(b - 1)
	if !(namedFeatureNouns[w] && w != "Side" && w != "District" || featureNouns[w] || extraFeatureNouns[w]) {
		return false
	}
	for k := e; k < b; k++ {
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(f.str(k)) || connectors[f.str(k)] || isOrgWord(f.str(k)) {
			return false
		}
		if k < b-1 && !parkTitleWords[f.str(k)] && !numberWords[f.str(k)] && f.doc.WrittenLower(lowerASCII(f.str(k))) {
			return false // "Quillport Biomedical Research Park": a campus named with ordinary words
		}
	}
	return true
}

// parkTitleWords stand in the names of parks whatever else the article
// writes in lower case ("Quill Verde National Park").
var parkTitleWords = map[string]bool{"National": true, "State": true, "Historical": true, "Historic": true, "Regional": true}

// extraFeatureNouns end names of waters and lands that only
// featureAfterPlace reads: after a known place's name.
var extraFeatureNouns = map[string]bool{"Bayou": true, "Lake": true, "Lakes": true, "Gorge": true, "Swamp": true, "Marsh": true}

// knownArea reports whether [a, b) is a known place and the words of its
// region ("Quillport Metro Area").
func (f *finder) knownArea(a, b int) bool {
	for e := b - 1; e > a; e-- {
		if f.metroArea(e, b) && f.known(f.spanTextOnly(a, e)) {
			return true
		}
	}
	return false
}

// currencyPrefix reports whether the word at i is a country's code or
// short name written right before a currency sign ("US$100", "NZ$40",
// "HK$3"): the currency's name, no mention of the country.
func (f *finder) currencyPrefix(i int) bool {
	d := f.doc
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Start != d.Tokens[i].End || len(f.str(i)) > 3 {
		return false
	}
	switch f.str(i + 1) {
	case "$", "€", "£", "¥":
		return true
	}
	return false
}

// bylineOutlet returns where the byline of a line opening with "By"
// ends when it is a newsroom named after its place: a known place that is
// no given name, then only words of outlets ("By Quillport Today · May
// 4", "By Zorva Weekly Staff"), the whole line or up to a separator; 0
// when it is not. ("By Paris Quill" is a person.)
func (f *finder) bylineOutlet(a, b int) int {
	d := f.doc
	if a < 1 || b-a > 3 || f.str(a-1) != "By" || !f.known(f.str(a)) || f.isGiven(f.str(a)) {
		return 0
	}
	if strings.LastIndexByte(d.Text[:d.Tokens[a-1].Start], '\n')+1 != d.Tokens[a-1].Start {
		return 0 // "By" opens the line
	}
	e := a + 1
	for e < len(d.Tokens) && e < a+4 && d.Tokens[e].Kind == text.Word && outletWords[f.str(e)] &&
		strings.IndexByte(d.Text[d.Tokens[e-1].End:d.Tokens[e].Start], '\n') < 0 {
		e++
	}
	if e == a+1 || e < b {
		return 0
	}
	if e >= len(d.Tokens) || strings.IndexByte(d.Text[d.Tokens[e-1].End:d.Tokens[e].Start], '\n') >= 0 {
		return e
	}
	switch f.str(e) {
	case "·", "|", "–", "—", "-", ",":
		return e
	}
	return 0
}

// outletWords end the names of newsrooms named after a place ("Quillport
// Today", "Zorva Weekly").
var outletWords = map[string]bool{
	"Today": true, "Weekly": true, "Daily": true, "Staff": true, "Now": true, "Live": true, "Local": true,
	"Insider": true, "Report": true, "Wire": true, "Patch": true, "Magazine": true, "Online": true,
}

// dwellerNouns before "of" name the people or the parts of a place, so
// the name after "of" is a place's whether or not the gazetteer has it
// ("residents of Quellcoota fled", "the outskirts of Tarnbost").
var dwellerNouns = map[string]bool{
	"residents": true, "inhabitants": true, "villagers": true, "townspeople": true, "outskirts": true,
	"beaches": true, "shores": true, "suburbs": true,
}

// dwellersOf reports whether [a, b), one to three name words, follows a
// noun of dwellers or of a place's parts and "of" ("residents of
// Quellcoota"), and ends the name: not a given name alone, a surname of
// the article, a body or a titled name.
func (f *finder) dwellersOf(a, b int) bool {
	if b-a > 3 {
		return false
	}
	k := f.listStart(a) // (also the other towns of a list: "the beaches of Zorva Quay and Tarnport")
	if k < 2 || f.str(k-1) != "of" || !dwellerNouns[lowerASCII(f.str(k-2))] || !f.nameLike(a, b) || f.hasOrgWord(a, b) ||
		f.hasTitle(a, b) || text.IsAllCaps(f.str(a)) {
		return false
	}
	if b < len(f.doc.Tokens) && (f.isCapWord(b) || f.tok(b).Kind == text.Possessive) {
		return false
	}
	name := f.spanTextOnly(a, b)
	if knownOrgs[name] || notPlaceWords[name] || f.isGiven(f.str(a)) && !(f.opts.MaybePlace != nil && f.opts.MaybePlace(name)) {
		return false
	}
	if b == a+1 {
		if _, ok := f.persons[" "+name]; ok || len(f.bySurname[name]) > 0 || f.surnameAfterGiven(name) || f.doc.WrittenLower(lowerASCII(name)) {
			return false
		}
	}
	return true
}
