package entities

import (
	"strings"

	"github.com/ledehq/lede/understand/text"
)

// namedFeatureNouns end the names of parks, rivers, valleys, districts and
// other named features that the gazetteer seldom holds but that articles
// name as places: "Quellmoor Park", "the Zorva River", "Tarn Valley", "the
// Financial District". "Side" counts only after a compass word ("the Upper
// West Side").
var namedFeatureNouns = map[string]bool{
	"Park": true, "River": true, "Valley": true, "Bay": true, "Harbor": true, "Harbour": true,
	"Mountains": true, "Mountain": true, "Forest": true, "Creek": true, "Heights": true, "Hills": true, "District": true,
	"Side": true, "Pond": true, "Canal": true, "Woods": true, "Wetlands": true, "Marshes": true,
}

// surnameFeatures are feature nouns that are also common surnames: after
// anything but "the" or a preposition of location, the name is likelier a
// person's ("from Tiger Woods", "and Jiwoo Park").
var surnameFeatures = map[string]bool{"Park": true, "Woods": true, "Bay": true, "Hills": true, "Forest": true, "Banks": true}

// locativeFeaturePrepositions say where: "in Quellmoor Park", "near Tarn
// Woods".
var locativeFeaturePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "outside": true, "across": true, "around": true,
	"along": true, "through": true, "into": true, "within": true, "throughout": true, "past": true, "beside": true,
}

// featurePrepositions stand before a place's name: "in Quellmoor Park",
// "along the Zorva River", "a block from Tarn Park".
var featurePrepositions = map[string]bool{
	"on": true, "off": true, "at": true, "in": true, "to": true, "from": true, "near": true, "of": true,
	"across": true, "around": true, "along": true, "through": true, "into": true, "past": true, "beside": true,
	"toward": true, "towards": true, "outside": true, "inside": true, "throughout": true, "within": true,
	"visit": true, "visited": true, "visiting": true, "and": true, "by": true, "over": true, "under": true,
}

// namedFeature reports whether [a, b) names a park, a river, a district or
// another feature of namedFeatureNouns in a place's position, known to the
// gazetteer or not: two to four capitalised words that end in the feature
// noun, no organization word, after a preposition of place ("in Quellmoor
// Park", "near the Zorva River"), "the" or before a possessive ("Tarn
// Park's trees"). A given name and a noun that is a surname ("Lena Park")
// is a person unless "the" stands before it.
func (f *finder) namedFeature(a, b int) bool {
	if b-a < 2 || b-a > 4 || !namedFeatureNouns[f.str(b-1)] {
		return false
	}
	if f.str(b-1) == "Side" && !compassCaps[f.str(a)] {
		return false // "the Other Side", "Dark Side"
	}
	if f.str(b-1) == "District" && compassCaps[f.str(a)] {
		return false // "the Western District of Varland": a court's
	}
	for k := a; k < b; k++ {
		w := f.str(k)
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(w) || text.IsAllCaps(w) || connectors[w] {
			return false
		}
		if k < b-1 && !compassCaps[w] && f.doc.WrittenLower(lowerASCII(w)) {
			return false // "Quiet Forest", a description
		}
	}
	name := f.spanTextOnly(a, b)
	if f.hasOrgWord(a, b) || knownOrgs[name] || f.hasTitle(a, b) {
		return false
	}
	prev := ""
	if a > 0 && f.tok(a-1).Kind == text.Word {
		prev = lowerASCII(f.str(a - 1))
	}
	if b-a == 2 && f.isGiven(f.str(a)) && prev != "the" {
		return false // "with Lena Park": a person
	}
	if b-a == 2 && surnameFeatures[f.str(b-1)] && !compassCaps[f.str(a)] && prev != "the" && !locativeFeaturePrepositions[prev] {
		return false // "a putt from Tiger Woods", "and Jiwoo Park": likely a person's name
	}
	if prev == "the" || featurePrepositions[prev] {
		return true
	}
	return b < len(f.doc.Tokens) && f.tok(b).Kind == text.Possessive
}

// featureOfPlace returns where "of" splits a span into a named feature and
// the known place it lies in ("the Upper North Side of Quillport", "Tarn
// Park of Quillport"), or -1.
func (f *finder) featureOfPlace(a, b int) int {
	for k := a + 2; k+1 < b; k++ {
		if f.str(k) != "of" {
			continue
		}
		if rest, _, _ := f.spanText(k+1, b); f.known(rest) && f.namedFeature(a, k) {
			return k
		}
		return -1
	}
	return -1
}

// placeQualifiers are capitalised adjectives written before a known place
// as part of a phrase, not of its name: "Rural Quellshire", "Downtown
// Quillport", "Upstate Varland". The place is the name after them.
var placeQualifiers = map[string]bool{
	"Rural": true, "Downtown": true, "Upstate": true, "Coastal": true, "Suburban": true, "Midtown": true,
	"Metro": true, "Metropolitan": true, "Small-town": true, "Inland": true,
}

// placeWithAnd returns where a place's name that holds "and" (and "the")
// or another lower-case word ends, when the capitalised words [i, j) and
// the words after the one at j make a name the gazetteer knows ("Trinidad
// and Tobago", "Saint Zorva and the Quills", "Dar es Salaam", "Frankfurt
// am Main"), or -1.
func (f *finder) placeWithAnd(i, j, last int) int {
	if f.opts.Known == nil || f.tok(j).Kind != text.Word || f.str(j) != "and" && !innerPlaceWords[f.str(j)] {
		return -1
	}
	k := j + 1
	if k < last && f.str(k) == "the" && f.str(j) == "and" {
		k++
	}
	e := k
	for e < last && e < k+3 && f.isCapWord(e) {
		e++
	}
	for ; e > k; e-- {
		if f.known(f.doc.Text[f.tok(i).Start:f.tok(e-1).End]) {
			return e
		}
	}
	return -1
}

// venueNouns end the names of places where shows, talks and games are
// held; listings write the town after them: "Halvard Gallery, Quellbury".
var venueNouns = map[string]bool{
	"Gallery": true, "Galleries": true, "Museum": true, "Theatre": true, "Theater": true, "Centre": true,
	"Center": true, "Hall": true, "Library": true, "Arena": true, "Stadium": true, "Cathedral": true,
	"Church": true, "Abbey": true, "Castle": true, "Palace": true, "Hotel": true, "Studios": true,
	"Playhouse": true, "Auditorium": true, "Pavilion": true, "Garden": true, "Gardens": true,
}

// venueTown reports whether [a, b), one or two words the gazetteer has,
// is the town written after a venue's name and a comma ("at the Halvard
// Gallery, Quellbury, until June"; "Pell Museum, Quellbury 4 May"): the
// town ends the listing's item.
func (f *finder) venueTown(a, b int) bool {
	d := f.doc
	if b-a > 2 || a < 2 || f.str(a-1) != "," || !venueNouns[f.str(a-2)] || !f.isCapWord(a-2) || f.opts.MaybePlace == nil {
		return false
	}
	if a < 3 || !f.isCapWord(a-3) {
		return false // a venue named by more than its noun: "the Pell Museum"
	}
	name := f.spanTextOnly(a, b)
	if !f.known(name) && !f.opts.MaybePlace(name) || f.hasOrgWord(a, b) || f.isGiven(f.str(a)) && b == a+1 {
		return false
	}
	if b >= len(d.Tokens) {
		return true
	}
	if d.Tokens[b].Kind == text.Number {
		return true // a date follows
	}
	switch f.str(b) {
	case ",", ".", ";", ")", "–", "—", "-", "|", "in", "until", "from", "on", "through", "till":
		return true
	}
	// the end of a line
	return strings.IndexByte(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start], '\n') >= 0
}

// townOfRegion reports whether [a, b), one or two name words the gazetteer
// may lack, is a town both by a locative preposition before it and by a
// known region or country after a comma ("the plant in Quellstown, Ohio,";
// "near Zorvaville, Finland"): two cues together make a hamlet too small
// for the gazetteer a place; package places gives it the region's
// country.
func (f *finder) townOfRegion(a, b int) bool {
	d := f.doc
	if b-a > 2 || a < 1 || b+1 >= len(d.Tokens) || f.str(b) != "," || !f.isCapWord(b+1) {
		return false
	}
	switch lowerASCII(f.str(a - 1)) {
	case "in", "near", "outside", "from":
	default:
		return false
	}
	if !f.nameLike(a, b) || f.hasOrgWord(a, b) || f.isGiven(f.str(a)) || notPlaceWords[f.str(a)] || text.IsAllCaps(f.str(a)) || len(f.str(a)) < 3 {
		return false
	}
	if f.surnameAfterGiven(f.str(b - 1)) {
		return false // "in Roe, Ohio" after "Jane Roe": leave it
	}
	e := b + 2
	for e < len(d.Tokens) && e < b+4 && f.isCapWord(e) {
		e++
	}
	region, _, _ := f.spanText(b+1, e)
	if !f.known(region) || f.isCapWordAt(e) {
		return false
	}
	return e >= len(d.Tokens) || d.Tokens[e].Kind != text.Possessive
}

// innerPlaceWords are the lower-case words inside names of places: "Dar
// es Salaam", "Frankfurt am Main", "Stratford-upon-Avon" written apart,
// "Ciudad del Este".
var innerPlaceWords = map[string]bool{
	"es": true, "am": true, "an": true, "upon": true, "on": true, "del": true, "de": true, "da": true, "do": true,
	"dos": true, "das": true, "la": true, "le": true, "les": true, "el": true, "al": true, "sur": true, "en": true,
	"im": true, "ob": true, "di": true, "della": true, "y": true,
}

// openingPrepositions open sentences before a name with a capitalised
// "The": "At The Quillport, she …", "For The Quill, …".
var openingPrepositions = map[string]bool{"At": true, "In": true, "From": true, "With": true, "For": true, "To": true, "On": true, "By": true}

// accordWords end the names of treaties and accords named after the place
// they were signed in: "the Paris Agreement", "the Kyoto Protocol".
var accordWords = map[string]bool{
	"Agreement": true, "Agreements": true, "Accord": true, "Accords": true, "Protocol": true, "Treaty": true,
	"Convention": true, "Conventions": true, "Declaration": true, "Charter": true, "Consensus": true, "Pact": true,
}

// personPossessive reports whether the word at i, a place's name, is in
// the possessive as the surname of someone the article names in full
// ("Hannah Quito … in Quito’s words"): the person's, not the city's; not
// before a noun of places ("Quito’s mayor", "Quito’s suburbs").
func (f *finder) personPossessive(i int) bool {
	d := f.doc
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].Kind != text.Possessive || !f.surnameAfterGiven(f.str(i)) {
		return false
	}
	if i+2 < len(d.Tokens) {
		if n := lowerASCII(f.str(i + 2)); placeNouns[n] || cityNouns[n] {
			return false
		}
	}
	return true
}

// cityNouns after a place's possessive mean the place: "Quito’s mayor".
var cityNouns = map[string]bool{
	"mayor": true, "streets": true, "suburbs": true, "downtown": true, "center": true, "centre": true, "airport": true,
	"population": true, "economy": true, "government": true, "port": true, "harbor": true, "harbour": true,
	"police": true, "council": true, "residents": true, "skyline": true, "outskirts": true, "old": true,
}

// creedAdjectives describe a body by its creed before its name: "the
// Islamist Zorva Brotherhood".
var creedAdjectives = map[string]bool{
	"Islamist": true, "Jihadist": true, "Salafist": true, "Shiite": true, "Shia": true, "Sunni": true,
	"Marxist": true, "Maoist": true, "Evangelical": true, "Catholic": false,
}
