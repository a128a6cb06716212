// Package entities finds the people, organizations and place names of a news
// article, each under one canonical name with its aliases and the byte
// offsets of every mention.
//
// Method: capitalised-span chunking with context rules and lexicons, no
// model. Each sentence's runs of capitalised words (with inner connectors
// such as "of", "van", "bin", and name suffixes such as "Jr.") are spans;
// the first word of a sentence or quotation is dropped when it is a common
// word (a function word, or a word the same article also writes in lower
// case). Lines in title case (headlines) create no names, and a title-case
// span that fills a quotation is a title; but a line of its own that opens
// with a name of two to four words, then a comma or "and", and ends in a
// colon is a speaker's label, not a headline ("Ada Quill, Director of
// Planting at Zorva Trust:", "Ada Quill and Tom Roe of Brindlework:", the
// firm after "of" an organization); names opening with a given name and
// listed with another such name on a title-case line are people ("Three
// Artists: Sophie Quill, Michael Roe, Isabel Pell"). On a short listing or
// credit line, two
// or three name words after "by" that end the line or come before a
// bracket, a bar, a comma or "and" are a person, title case or not ("The
// Quiet Hours by Jendia Roe (May 13th)", "Photo by Marla Vance |"). A
// dash opening a line or following a quotation signs it: a name ending in a
// surname's initial ("— Zorvan Rao B., Content Creator", the role in
// capitals after it no person) or a given name alone ending the line. Two
// or three name words opening a line before a colon are the person the
// line is about when the first is a given name or the last comes back
// alone ("Ugo Rondane: The Rainbow Body, …" … "Rondane filled"). A
// writer's note in capitals names the writer ("ADA QUILL IS THE ZORVA
// NETWORK POLITICAL EDITOR": "Ada Quill"). Two or three name words that
// own a work or an idea are its author ("Ansel Quellby’s framework"); a
// known body's name after a given name is a surname ("Lena Stanford"); a
// span opening with a nationality is a description ("the early German
// Expressionist"). Businesses, further: names listed after "companies
// like" or "brands such as", a name right after a noun of firms
// ("consulting firm Oliver Quill"), a run of capitals before a lower-case
// word ("QRLabs") and names ending in a trade or a periodical's word
// ("Quill Moving", "Quillers Weekly"). A single name that owns what
// only a person has is a person known by one name ("Quillberg’s
// government", "Quill’s wife"); a name after an artist's possessive is a
// work ("Marrow-Quill’s La Pinette"); in prose, an unlisted name after
// "by" and before a comma needs a given name, an initial or a verb of
// authorship ("directed by") to be a person. A span is then
//
//   - a place when the gazetteer (Options.Known) knows it;
//   - a person with a role when a title ends inside it ("U.S. National
//     Security Adviser John Bolton": role "U.S. National Security Adviser");
//   - an organization when it holds an organization word ("Council", "Inc.",
//     "News"), is a known institution ("Kremlin", "White House"), is an
//     acronym ("FBI", but not a shouted word), starts with a capitalised
//     "The" inside a sentence ("told The Hill"), is the employer of a role
//     ("strategist at Miller Tabak") or stands next to an organization noun
//     ("beauty company Coty", "Zentrix, the little-known firm");
//   - a person when it is two to five name-like words and its first word
//     is a given name (a bundled list, see data/; "Jean-Claude" when both
//     halves are), initials ("J.K. Rowling"), or has a middle initial or a
//     patronymic ("Osama bin Laden"), or its context says so: a verb of
//     speech next to it ("Ushakov told"), a role noun before it ("aide Yuri
//     Ushakov"), a role after it (", head of ..."), an appositive or a
//     relative clause that a verb of speech ends ("Lorna Quade, who
//     represents Brenmoor, said"); a person vouched for that way before "of"
//     or "at" is split from the employer after it ("geologist Rosaly Lopes
//     of NASA"). Names keep their particles, two in a row included ("Ursula
//     von der Leyen"), and a title word may end one before a suffix
//     ("Martin Luther King Jr.").
//
// Names are reported with plain spaces ("Lena Brook" written with a
// no-break space), mentions keep the text's offsets. A titled name before
// "of" or "at" and an acronym or a body is the person and the employer
// ("Dr. Ada Quill of QMB").
//
// Then, within the article, short forms resolve to the full names already
// seen: a surname or given name alone ("Bolton" → John Bolton; also a
// sentence's common first word, "“…,” Lovely said"), a form with a middle
// initial ("Donald J. Trump"), a capitalised particle ("Von der Leyen"), a
// social handle that holds the surname ("@realDonaldTrump"), an acronym
// given in brackets or made of an organization's initials, and a full name
// seen again without context. A single capitalised word that resolves to
// nothing is left out, so the package prefers missing a name to inventing
// one, unless it speaks: the subject of a verb of speech ("Lopez said",
// "Noem later tweeted", "Gonzalez, a Democrat, said") or the name after an
// inverted one ("said Oza.") is someone known by one name (or by the
// unclassified full name that ends with it: "Tadeusz Wroblewski went home
// … Wroblewski said") — an
// organization when camel-cased ("ClassPass"), a web address, or followed
// by "its" — but never a demonym ("Syrians"), a group noun ("Sources",
// "Others"), a contraction ("We’ve") or a word the article also writes in
// lower case. A known town's name that speaks ("Fontana says";
// Options.TownName) is a surname too; countries, regions and big cities
// that speak stay places. Roles come from the title inside the span, a role phrase
// before the name ("Kremlin foreign-policy aide") or an appositive after
// it (", head of the Northern Rivers Water Council").
//
// A name the gazetteer has but does not know on its name alone
// (Options.MaybePlace: a town) is a place in a locative context: after
// "in", "near", "outside" ("near Evansville"; not a given name alone,
// planets or seasons), before ", REGION" ("McAllen, Texas", "Clifton, NJ")
// or in a dateline ("FLORENCE, ITALY —", the region kept too), after a
// known place's possessive ("Finland’s Zorvaville"), before "-based" even
// where an employer is expected, and after a compass word in a locative
// context, whole ("in South Zorvaville"). A two-letter AP state
// abbreviation after a town and a comma ("Quillport, Ky.") is a place.
//
// Names the gazetteer may not have are places when written as such: an
// island, a group of islands, a beach or a county in a place's position
// ("on Pellow Island", "off the Varrick Islands", "in Quell County"; not
// "the Quell County Health Department"; the feature noun may be written in
// lower case elsewhere; not "Jim Beach"), a name after "the town/city/
// island of" ("the town of Quellbury"), and a single word between "from",
// "in" or "near" and "in KNOWN PLACE" ("from Quellbury in Finland"; not a
// given name or a surname of the article). package places gives them a
// country from the article. A known place and one more word that the
// article writes three times or more, always after the place, is a
// business named after it ("Quillport Crumb"), not a place. Parks, rivers,
// valleys, districts and other named features (feature_places.go) are
// places in a place's position too ("in Quellmoor Park", "along the Zorva
// River", "the Upper North Side of Quillport", split at "of" from the
// known place it lies in; not "Lena Park", not a court's "Western
// District"; a two-word name ending in a surname-like noun, Park or
// Woods, only after "the" or a preposition of location, not "from Tiger
// Woods"); a capitalised qualifier before a known place is no part of
// it ("Rural Texas"); a town the gazetteer has, after a venue and a comma
// and ending a listing's item, is a place ("Halvard Gallery, Quellbury,
// until May"); a hamlet the gazetteer lacks between a locative
// preposition and ", KNOWN REGION" is a place ("in Quellstown, Ohio"; not
// a surname of the article); a place's name that holds "and" or another
// lower-case word is one name when the gazetteer knows it ("Trinidad and
// Tobago", "Dar es Salaam", "Frankfurt am Main"); a lake is a place even
// opening a sentence ("Lake Mead fell"). A compass word before a known
// place names the part, whole ("Southern California", "North India",
// "Lower Manhattan"; package places gives the place's country). A treaty
// named after a city is
// no place ("the Paris Agreement"); a city's name after a capitalised "The"
// mid-sentence is a business ("worked at The Quillport"; "The Hague" is
// known whole); the surname of a person named in full, in the possessive,
// is the person's ("In Quito’s words" after "Hannah Quito"; not "Quito’s
// mayor"). A place written after another past ", ", " in " or " of "
// names what the first lies in, for geocoding ("the Zorvan Desert in
// Chile").
//
// Organizations, further: the words of a span that follow its last
// organization word split off when they are a known place ("National
// Security Council Finland"), a person's name ("Envoy to the Arctic
// Council Gordon Quill") or a job title ("Quillport Sports NFL Insider"); the
// employer after a title's "of" ("CEO of Brenmoor Bakes North America", not
// a place or a portfolio); the one told or cited with "the" ("told the Brenmoor
// Leader"); a single word before a role and a name ("Wild coach Bruce
// Boudreau", "Harvard professor X"), everywhere in the article; a word with
// inner capitals not written as a product ("ZentaWork", not "the
// AirBuds" or "AirBuds 2"); an office named by its title and remit after an
// institution ("UN High Commissioner for Fisheries"); a hand-written list
// of widely known media, companies and sports clubs (lexicon.go). A
// corporate suffix ("Acme Foods Inc.") or a nationality before a government
// body ("British Foreign Office") gives a short alias that later mentions
// resolve to, as does a single word that opens an organization's name
// before organization words only ("a Brightwater spokeswoman"). Acronyms
// with digits (models), US state codes, sports positions and lines set in
// capitals name no organization.
//
// Names of a list ("Zentrix, Quillcorp, Brandel Aerospace and Moon
// Harbor"; "Mikhail Orlov and Alexander Brandt") that nothing classified
// take the kind their classified neighbours share (pass 3, coordinate).
// People, further: a noun that is a common surname after a given name
// ("Mara Price"), "NAME of COUNTRY", "COUNTRY’s NAME", two name particles
// ("van de"), a name set in capitals ("NORA VANCE"), and a full name whose
// surname comes back alone as a subject ("Priya Anand led … Anand found");
// a given name that is a known place is the person named in full when it
// does not stand where a place does ("Later Georgia said"). Things named
// after people ("Ada Lovelace Space Telescope", "X Memorial") are no people.
//
// Features and explainers, further: degrees, licences and fellowships after
// a person's name ("Jane Roe, MS, RD, RDN", "Alan Pike, MD, FACP") are
// neither organizations nor states, and a two-letter state code is a place
// only after a town ("Baltimore, MD", "Toronto, ON"); a city that is the
// surname of a person named in full ("Hannah Paris … Paris, 17, said") is
// the person; acronyms of tests, conditions and work (CAT, BMI, ALS, HR),
// a field of study after "chief of" ("Cardiology and Emergency
// Medicine") and a work after "author of" are no organizations; journals
// keep their series ("JAMA Internal Medicine", "BMJ Open"); a firm named
// like a person, only ever as the employer of a role ("a consultant at
// Oliver Brandt"), is the firm. A team or company named after its place
// ("the Dallas Cowboys", "Texas Instruments") is one organization with no
// place inside it, and the city's name alone outside a place's position
// stands for it; foods, diseases and clothes named after places ("Brussels
// sprouts", "Lyme disease", "a Panama hat") name no place, nor does a
// business called by a place's possessive ("acquired by St. Quill’s").
// Credentials vouch for an unknown given name ("Oluseun Adeyemo, RN,
// said"); a title after a work's noun ("her book The Quiet Hours") names
// nobody; a single name before "poll" or "survey" is the pollster; a
// school follows "graduated from" or a degree; a university keeps its
// campus ("University of Texas at Austin").
//
// Places, further: a town listed with a known place after a word of place
// or motion ("in Lyon and Quellbury", "entered Lyon and
// Quellbury"), names before "counties" or "provinces", a town and its state
// in a title-case line ("June 14 – Quillton, GA @ …"), the object of a
// verb of motion ("leaving X"), "the mayor of X", "a X man", "X officials",
// "from X to Y", "X, a city in …" (known or not), a town whose name opens
// with a given name in a place's position ("in Ann Arbor"), places joined
// by a hyphen ("US-China trade", "Israel-Hamas war") or after "pro-"/
// "anti-", landforms ("Quell Basin", "Lake Zorva") and a mixed-case
// dateline ("Quillton, Ill. —"), after a path preposition or an attack
// ("through X", "an attack on X"), two places joined by "for" ("left X for
// Y"), after a control adjective ("rebel-held X") and a town named like a
// given name after "in" unless the article names someone so. A town in a
// prepositional phrase is no speaker ("Police in Greeley said"), nor is a
// town and its state before "said". Areas named with a noun of areas are
// places, known or not ("in the Quellbrook area", "the neighboring Tarn
// Village community"; two towns a hyphen joins there are two places; not
// "the Latino community"), as are a compass word and a name the gazetteer
// lacks after a locative preposition ("in South Quellmark"), "Greater"
// and a known city ("Greater Quillport"), a town listed after another
// before "in" and a known place ("Zorvaville and Quellmark in Finland"),
// the two towns after "between" ("between Zorvaville and Quellmark"), a
// county before a title though the article also writes "the county", a
// town after a preposition opening a sentence ("In Zorvaville, …", "Near
// Zorvaville the road …"), and a town of two or three words listed after
// another town, whatever verb follows ("residents of Zorvaville and Tarn
// Hollow complained"; not after a person, nor opening with a given name);
// a person of the name of a place the article names, with no role, is
// that place ("Tarn Ridge said it would appeal"), and a town between "a"
// and a role noun is a place ("a Zorvaville business consultant"; not "a
// Union veteran"). A village or hamlet after a preposition needs no "the"
// ("a farmer of Quellpara village", split from the person before "of":
// "Ada Quill of Tarnbari village"), and the local units of South Asia and
// eastern Europe end places like counties ("Zorvagari Upazila", "Tarn
// Tehsil", "Quill Raion"). Seas and oceans are places in a place's
// position ("the Zorva Sea", "the Quellic Ocean"), and a gulf, a sea or a
// bay "of" a known place is named whole ("the Gulf of Finland"). A known
// place before "Area", "Bay Area" or "Metro Area" names the region of the
// place, whole ("the Quillport Bay Area", "the Greater Quillport Area").
// A country's code right before a currency sign is the currency's
// ("US$100"), and a byline naming a newsroom after its city is the
// newsroom ("By Quillport Today · May 4"), no place. The items of a list
// a plural noun of places introduces are places, known to the gazetteer or
// not ("several towns, including Cedar Quay, Tarnhatchee and Zorva
// Beach"; not a given name first or a surname of the article), as is a
// name after "residents of", "villagers of" or "the outskirts of", and a
// name before a unit's noun in lower case after a preposition, "the" or a
// known place's possessive ("Finland's Lyrabad district", "in Tarnia
// province"; not "the Zorvabad district attorney").
//
// Reviews, trend pieces and business surveys, further: a name the article
// writes right after a determiner ("the Brooks Zorvan", "my new Quill
// Bolt"; not "that Jane Roe would", not "the Jane Roe concert"), before
// "owners"/"sales", twice before the same model number or before a number
// and "review", or ending with a one-letter model code ("Model Y") is a
// product, no person (a known maker before it stays: "the Apple Watch");
// events (Marathon), shows (Live), garments and goods (Dress, Knit Top,
// Treats) and small businesses by their endings (Events, Collection,
// Florals, Poll) are no people; "Surname de PLACE"
// without a person's context is a business; roles in capitals ("Founder &
// CEO", "Chief Actuary") name nobody and the name closing such an
// appositive is the employer ("Ravi Roe, Founder & CEO, Northgate Mutual
// said"), as is a business before a role word ("Quillara Events
// Co-Owner"); a town's name in apposition to an organization noun is the
// business everywhere in the article ("Riverton, a browser-based
// platform"); gear acronyms (XLR, DAW, EVA, TPU), airport codes (DFW,
// LAX) and capitals after a copula ("is HUGE") are no organizations;
// imperatives before a name ("Meet Jane Roe", "Join Quillfit") are no
// part of it. Unlisted
// given names are vouched for by "X is a nurse", "X (landscaper, …)" and a
// capitalised occupation opening a sentence ("Geriatrician Kenji Roe"); a
// given name alone speaks with an age ("Maria, 34, asked", "says
// 16-year-old Maria"); a given name that is a title before an appositive
// role is the full name ("said Marshal Roe, chief adviser at …"); a given
// name and a street-word surname named as a person somewhere ("said Chris
// Lane") is the person; a given name after a kinship or relation noun
// names a person ("her husband, John,", "our reviewer Harriet"), as does
// the one name of a thinker, composer or painter the world knows so
// ("teach Plato"; lexicon.go).
//
// It does not geocode places (package understand/places does) nor read dates
// or quotes.
package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/text"
)

// Kind says what an entity is.
type Kind uint8

// The kinds of entity.
const (
	Person Kind = iota + 1
	Organization
	Place
)

// Options tunes Find. The zero value knows no places.
type Options struct {
	// Known reports whether a name is a known place (a gazetteer lookup);
	// nil knows none, so no place is found.
	Known func(name string) bool
	// MaybePlace reports whether a name could be a place too small or
	// too ambiguous for Known ("Evansville", "Sioux Falls"). It is asked
	// only when the context says place: a locative preposition before the
	// name ("near Evansville", "in Hollywood") or a known region or
	// country after it ("Burbank, Calif."). nil: only Known places.
	MaybePlace func(name string) bool
	// TownName reports whether a known place name is only a town's (no
	// country, region or big city): as the subject of a verb of speech
	// ("Fontana says", "Jackson said") such a name is a person's. nil:
	// known places never speak.
	TownName func(name string) bool
}

// Entity is one person, organization or place of the article.
type Entity struct {
	Kind     Kind
	Name     string
	Aliases  []string
	Role     string // people only
	Mentions []lede.Mention

	Gender Gender // people: from the given name

	first, last string // people: given name and surname as written
	within      string // places: the country or region written after a mention ("Cologne, Germany")
}

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Start, End int
	Entity     int // index into Result.Entities
	Sentence   int // index into Doc.Sentences
}

// Result is what Find found: the entities in order of first mention and all
// mentions in text order.
type Result struct {
	Entities []Entity
	Mentions []Mention
}

// span is a run of capitalised tokens in one sentence: tokens [a, b).
type span struct {
	a, b     int
	sentence int
}

type finder struct {
	doc       *text.Doc
	opts      Options
	given     map[string]Gender
	res       *Result
	persons   map[string]int // "first last" key → entity
	byName    map[string]int // org/place name → entity
	pending   []pendingSingle
	deferred  []span // spans of several words that pass 1 could not classify
	employers []span // "at Miller Tabak": an employer unless a person has the name
	headline  []bool // sentences in title case, where capitals say little

	// The tabloid lead ("MARA Quill has vowed …"): the token of a given
	// name in capitals opening the first paragraph of prose, and the name
	// as usually written, which str returns for it; leadWord is -1 when
	// the article has none.
	leadWord int
	leadStr  string

	bySurname, byGiven map[string][]int // pass-1 people by surname and given name
	fullStarts         map[int][]int    // pass-1 mention offsets of each person, sorted
	lastPerson         int              // the entity addPersonAs last touched

	// Memos of per-word look-ups that scan the article, so that long
	// texts stay linear.
	brands      map[string]bool  // camelBrand
	handles     map[string]bool  // handleOfPerson
	aloneWords  map[string]bool  // capitalised words standing alone somewhere
	deferredEnd map[string]bool  // deferredNameEndingWith
	orgFirst    map[string][]int // organizations by first word

	peopleByLast     map[string][]int // people by surname as keyed
	peopleByLastWord map[string][]int // people by the last word of their name, lower case
	deferredByLast   map[string][]int // deferred spans by last word
	counts           map[string]int   // wordCount
	inside           map[string]bool  // capitalisedInside
	positions        map[string][]int // capPositions
	sortedMentions   []Mention        // the mentions before pass 3, by offset
	drops            map[[2]int]bool  // mentions (start, entity) pass 3 removes
	knownCache       map[string]bool  // known
	endKind          map[int]Kind     // credentialAt: the kind of the mention ending at each offset
	titles           map[int]bool     // spans (by first token) that are works' titles
	teams            map[string]int   // a place's name → the team or firm named after it ("Cleveland Bears")
	teamAfter        map[string]bool  // teamAfterPlace memo
	afterGiven       map[string]bool  // surnameAfterGiven
	beforeCap        map[string]bool  // nameOfSomeone: written before a capitalised word
	townBusiness     map[string]bool  // townAsBusiness
	products         map[string]bool  // productName, by the span's words
	models           map[int]int      // makerModels, by sentence
	firmNamed        map[string]bool  // names written right after a noun of firms ("consulting firm Oliver Quill")
}

type pendingSingle struct {
	tok      int
	sentence int
	titled   bool // came after a title ("President Trump")
	wire     bool // the wire of a dateline
	headline bool // in a title-case line: resolve only, never create
	dropped  bool // a sentence's common first word: resolve to a person only
	role     string
	employer bool // after "spokeswoman for", "analyst at": an organization unless a person has the name
}

// Gender is what a given-name list says of a name.
type Gender uint8

// The genders of a given name; a name in both lists, or in neither, is
// Unknown.
const (
	Unknown Gender = iota
	Female
	Male
)

// Names is the given-name lexicon. Parse it once with NewNames and share
// it; it is read-only.
type Names struct{ given map[string]Gender }

// NewNames parses the bundled given-name list.
func NewNames() *Names {
	m := make(map[string]Gender, 9000)
	data := givenNamesData
	for len(data) > 0 {
		i := strings.IndexByte(data, '\n')
		line := data
		if i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		name, g, _ := strings.Cut(line, "\t")
		if name == "" {
			continue
		}
		switch g {
		case "f":
			m[name] = Female
		case "m":
			m[name] = Male
		default:
			m[name] = Unknown
		}
	}
	return &Names{given: m}
}

// IsGiven reports whether w is a given name.
func (n *Names) IsGiven(w string) bool {
	if n == nil {
		return false
	}
	_, ok := n.given[w]
	return ok
}

// Find returns the entities of doc. names may be nil (then NewNames is
// called; callers that run Find often should keep one Names).
func Find(doc *text.Doc, names *Names, opts Options) *Result {
	if names == nil {
		names = NewNames()
	}
	f := &finder{doc: doc, opts: opts, given: names.given, res: &Result{},
		persons: map[string]int{}, byName: map[string]int{}}
	f.headline = make([]bool, len(doc.Sentences))
	for si, se := range doc.Sentences {
		f.headline[si] = (isHeadline(doc, se) || isShouted(doc, se)) && !labelLine(doc, se)
	}
	f.leadWord, f.leadStr = f.capitalLead()
	spans := f.chunk()
	// Pass 1: spans of several words, titled names, places, organizations.
	for _, sp := range spans {
		f.classify(sp)
	}
	// Pass 2: single words and handles resolve against what pass 1 found.
	f.indexPeople()
	f.resolveSingles()
	f.coordinate(spans)
	f.firmsOverPeople()
	f.placesOverPeople()
	f.applyDrops()
	f.finish()
	f.keepLeadAsWritten()
	return f.res
}

// keepLeadAsWritten makes each mention that opens at the tabloid lead's
// capitals ("NORA" of "NORA Quell has vowed") an alias of its entity as
// written, since the entity is named as usually written.
func (f *finder) keepLeadAsWritten() {
	if f.leadWord < 0 {
		return
	}
	start := f.tok(f.leadWord).Start
	for _, m := range f.res.Mentions {
		if m.Start == start {
			f.addAlias(m.Entity, f.doc.Text[m.Start:m.End])
		}
	}
}

func (f *finder) str(i int) string {
	if i == f.leadWord {
		return f.leadStr
	}
	return f.doc.Str(i)
}

// capitalLead finds the given name that some papers set in capitals to
// open a story ("MARA Quill has vowed to …"): the first word of the first
// paragraph of prose (a sentence of eight words or more), all capitals,
// a given name once written as usual, and followed by a capitalised word
// in lower case after its first letter (the surname). It returns the
// token and the name as usually written ("Mara"), or -1.
func (f *finder) capitalLead() (int, string) {
	d := f.doc
	for si, s := range d.Sentences {
		if s.Last-s.First < 8 || f.headline[si] {
			continue
		}
		if si > 0 && d.Sentences[si-1].Para == s.Para {
			return -1, "" // the first prose sentence does not open its paragraph
		}
		i := s.First
		w := d.Str(i)
		if d.Tokens[i].Kind != text.Word || len(w) < 2 || !text.IsAllCaps(w) || i+1 >= s.Last {
			return -1, ""
		}
		n := d.Str(i + 1)
		if d.Tokens[i+1].Kind != text.Word || !text.IsCapitalized(n) || text.IsAllCaps(n) {
			return -1, ""
		}
		usual := w[:1] + strings.ToLower(w[1:])
		if !f.isGiven(usual) {
			return -1, ""
		}
		return i, usual
	}
	return -1, ""
}

func (f *finder) tok(i int) text.Token { return f.doc.Tokens[i] }

// isCapWord reports whether token i is a capitalised word that may be part
// of a name.
func (f *finder) isCapWord(i int) bool {
	t := f.tok(i)
	if t.Kind != text.Word {
		return false
	}
	w := f.doc.Text[t.Start:t.End]
	if !text.IsCapitalized(w) {
		return false
	}
	return !stopCaps[w]
}

// chunk finds the capitalised spans of every sentence.
func (f *finder) chunk() []span {
	var out []span
	d := f.doc
	for si, s := range d.Sentences {
		start := s.First
		// A dateline opens the first sentence of a paragraph.
		if si == 0 || d.Sentences[si-1].Para != s.Para {
			if place, body, ok := text.Dateline(d.Text, d.Paragraphs[s.Para]); ok && body <= s.End {
				f.addDateline(place, si)
				for start < s.Last && d.Tokens[start].Start < body {
					// The wire in brackets: "(AP)", "(Reuters)".
					if t := d.Tokens[start]; t.Start > place.End && f.isCapWord(start) && start > 0 && f.str(start-1) == "(" {
						f.pending = append(f.pending, pendingSingle{tok: start, sentence: si, wire: true})
					}
					start++
				}
			}
		}
		initial := true
		for i := start; i < s.Last; i++ {
			t := d.Tokens[i]
			if t.Kind == text.Quote || (t.Kind == text.Punct && (d.Text[t.Start] == ':' || d.Text[t.Start] == '(' || d.Text[t.Start] == '-' || isDash(d.Text[t.Start:t.End]))) {
				initial = true
				continue
			}
			if t.Kind == text.Word && strings.IndexByte(d.Text[t.Start:t.End], '-') > 0 && !f.isCapWord(i) && f.prefixedPlace(i) {
				// "pro-Russia", "anti-Kremlin": a place or a body after a
				// prefix.
				out = append(out, span{i, i + 1, si})
				initial = false
				continue
			}
			if !f.isCapWord(i) {
				// "told The Hill": a capitalised article inside a sentence
				// opens a name.
				if !(!initial && f.str(i) == "The" && i+1 < s.Last && f.isCapWord(i+1) && i > s.First &&
					(f.isLowerWord(i-1) || f.str(i-1) == "," && f.orgRunFrom(i+1, s.Last) || i-1 == s.First && openingPrepositions[f.str(i-1)])) {
					// (also "At The Quillport, she …": after a capitalised
					// preposition opening the sentence; ", The Quill Times
					// reported": after a comma, before a body's name)
					initial = false
					continue
				}
			}
			j := i + 1
			for j < s.Last {
				if controlTail(f.str(j - 1)) {
					break // "Russian-held Donetsk": the place after the adjective is a name of its own
				}
				if f.isCapWord(j) || (d.Tokens[j].Kind == text.Word && nameSuffixes[f.str(j)]) ||
					stopCaps[f.str(j)] && knownOrgs[d.Text[d.Tokens[i].Start:d.Tokens[j].End]] || // "USA Today"

					f.str(j) == "He" && d.Tokens[j-1].End+1 == d.Tokens[j].Start && f.isCapWord(j-1) && !initial {
					// "vice-premier Wu He": a capitalised "He" inside a
					// sentence, right after a name, is a Chinese name's.
					if hyphenTail(f.str(j - 1)) {
						break
					}
					j++
					continue
				}
				if d.Tokens[j].Kind == text.Word && connectors[f.str(j)] && j+1 < s.Last && f.isCapWord(j+1) && !hyphenTail(f.str(j-1)) {
					j += 2
					continue
				}
				if d.Tokens[j].Kind == text.Word && arabicArticleName(f.str(j)) && !hyphenTail(f.str(j-1)) {
					j++ // "Bashar al-Assad", "Abdel-Fattah el-Sissi"
					continue
				}
				if d.Tokens[j].Kind == text.Word && particles[f.str(j)] && j+2 < s.Last && particles[f.str(j+1)] && f.isCapWord(j+2) {
					j += 3 // "von der Leyen", "de la Cruz"
					continue
				}
				if d.Tokens[j].Kind == text.Possessive && collectiveOwners[f.str(j-1)] && j+1 < s.Last && f.isCapWord(j+1) && f.orgRunFrom(j+1, s.Last) {
					// "the People’s Liberation Army", "Children’s Hospital"
					j += 2
					continue
				}
				if d.Tokens[j].Kind == text.Punct && f.str(j) == "&" && j+1 < s.Last && f.isCapWord(j+1) {
					j += 2
					continue
				}
				if f.str(j) == "and" && j+1 < s.Last && f.isCapWord(j+1) && f.complementAnd(i, j, s.Last) {
					// "Joint Committee on Fisheries and Security", "Ministry
					// of Foreign Affairs and Trade": one remit.
					j += 2
					continue
				}
				if f.str(j) == "at" && j+1 < s.Last && f.isCapWord(j+1) && f.campusBody(i, j) {
					// "University of Texas at Austin", "School of Medicine at
					// Mount Sinai": one body.
					j += 2
					continue
				}
				if (f.str(j) == "for" || f.str(j) == "of") && j+2 < s.Last && (f.str(j+1) == "a" || f.str(j+1) == "the") && f.isCapWord(j+2) &&
					isOrgWord(f.str(j-1)) && !(i > 0 && d.Tokens[i-1].Kind == text.Possessive) {
					// (not "the mayor’s Office for the Quill Region": the
					// office's name ends before its remit)
					// "Committee for a Balanced Quill Budget", "Bank of the
					// West": the remit after an organization word.
					j += 3
					continue
				}
				if d.Tokens[j].Kind == text.Possessive && j == i+1 && f.isGiven(f.str(i)) && j+1 < s.Last && orgWords[f.str(j+1)] &&
					!f.isCapWordAt(j+2) && j+1 < s.Last {
					// "Sam’s Club": a business named after its founder.
					j += 2
					continue
				}
				if f.str(j) == "and" && j == i+1 && j+3 < s.Last && collectiveOwners[f.str(j+1)] && d.Tokens[j+2].Kind == text.Possessive &&
					f.isCapWord(j+3) && f.orgRunFrom(j+3, s.Last) && !f.known(f.str(i)) {
					// "Brigham and Women’s Hospital": one body.
					j += 2
					continue
				}
				if f.str(j) == "and" && j+1 < s.Last && f.isCapWord(j+1) && (f.hasOrgWord(i, j) || f.bodyOpening(i, j) && f.institutionAfter(j+1, s.Last)) &&
					f.andJoins(j+1, s.Last) {
					// (also "the Food and Drug Administration")
					// "Securities and Exchange Commission": one body.
					j += 2
					continue
				}
				if e := f.placeWithAnd(i, j, s.Last); e > j {
					j = e // "Trinidad and Tobago", "Saint Zorva and the Quills": one country
					continue
				}
				break
			}
			a := i
			if initial && f.commonWord(a) && !(j-a >= 3 && corporateSuffixes[f.str(j-1)] && !connectors[f.str(a+1)] &&
				!quantityNouns[lowerASCII(f.str(a))] && !text.IsSentenceOpener(lowerASCII(f.str(a)))) {
				// (not "“Moving System Holdings Inc.”": a company's legal
				// name keeps its first word)
				if j == a+1 && !text.IsSentenceOpener(f.str(a)) && !text.IsSpeechVerb(lowerASCII(f.str(a))) {
					// "“…,” Lovely said": a common word may still be the
					// surname of someone named in full elsewhere.
					f.pending = append(f.pending, pendingSingle{tok: a, sentence: si, dropped: true})
				}
				a++
				for a < j && d.Tokens[a].Kind == text.Word && connectors[f.str(a)] {
					a++ // "Shares of Tata Motors": the name after "of"
				}
			}
			if a < j && !f.fillsQuote(a, j) {
				a = f.numberedTownStart(a, j, s.First)
				out = append(out, span{a, j, si})
			}
			initial = false
			i = j - 1
		}
	}
	return out
}

func isDash(s string) bool { return s == "—" || s == "–" }

// hyphenTail reports whether a capitalised word continues in lower case
// after a hyphen ("Kremlin-backed"): the name ends there.
func hyphenTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 0 || k+1 >= len(w) {
		return false
	}
	tail := w[k+1:]
	r, _ := utf8.DecodeRuneInString(tail)
	if !unicode.IsLower(r) {
		return false
	}
	// "Kremlin-backed", "U.S.-led", "Texas-based"; not "Hau-yip".
	return strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing") || hyphenTails[tail]
}

// commonWord reports whether the capitalised word at i, at the start of a
// sentence, is an ordinary word rather than a name.
func (f *finder) commonWord(i int) bool {
	w := f.str(i)
	if f.isGiven(w) || knownOrgs[w] || text.IsAllCaps(w) {
		return false
	}
	if isTitleHead(w) && f.isCapWordAt(i+1) {
		// "Chief Executive Officer Priya Raman said", "Senator Elizabeth
		// Warren said"; not "General Information".
		if n := f.str(i + 1); titleHeads[n] || f.isGiven(n) || isInitials(n) {
			return false
		}
		// "President Quill spoke": a title before a surname that the
		// article writes in capitals only and that is no place or body.
		if n := f.str(i + 1); !f.doc.WrittenLower(lowerASCII(n)) && !f.known(n) && !knownOrgs[n] && !isOrgWord(n) && !notNameWords[n] &&
			!text.IsAllCaps(n) && !f.isCapWordAt(i+2) && !streetWords[n] && personTitles[w] {
			return false
		}
	}
	if titleHeads[w] && i+2 < len(f.doc.Tokens) && (f.str(i+1) == "of" || f.str(i+1) == "for") && f.isCapWordAt(i+2) {
		// "Secretary of State Ada Quill said": a title with its
		// complement, before a name.
		return false
	}
	lw := lowerASCII(w)
	if i+1 < len(f.doc.Tokens) && f.isCapWord(i+1) {
		// "New York", "Red Cross": the pair is a name.
		pair := f.doc.Text[f.tok(i).Start:f.tok(i+1).End]
		if f.known(pair) || knownOrgs[pair] || f.townPairBeforeRegion(i) {
			return false
		}
	}
	if f.doc.WrittenLower(lw) || text.IsSentenceOpener(lw) || text.IsSpeechVerb(lw) || roleNouns[lw] || groupNouns[lw] || quantityNouns[lw] ||
		len(lw) > 4 && strings.HasSuffix(lw, "s") && (isRoleNoun(lw[:len(lw)-1]) || partyNouns[lw[:len(lw)-1]]) || // "Defendants Ana Ruiz, …"
		imperativeOpeners[lw] && f.isCapWordAt(i+1) || (locativePrepositions[lw] || pathPrepositions[lw]) && f.isCapWordAt(i+1) {
		// (also "Near Zorvaville the road ends": a preposition, then the
		// place)
		return true // (also "Shares of Tata Motors", "Thousands of …")
	}
	if f.known(w) {
		return false
	}
	if len(lw) > 5 && strings.HasSuffix(lw, "ing") && f.isCapWordAt(i+1) && f.knownAt(i+1) {
		// "Visiting Paris last week, …", "Putting Ireland first": a
		// participle, then a place the gazetteer knows (not "Sterling
		// Quell", a name the lists lack).
		return true
	}
	// An adverb or adjective opening a sentence: "Unusually", "Former".
	return strings.HasSuffix(lw, "ly") || lw == "former" || lw == "new" && !f.isCapWordAt(i+1) || sentenceAdverbs[lw]
}

func (f *finder) isLowerWord(i int) bool {
	t := f.tok(i)
	if t.Kind != text.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f.doc.Text[t.Start:])
	return unicode.IsLower(r)
}

func (f *finder) isCapWordAt(i int) bool { return i < len(f.doc.Tokens) && f.isCapWord(i) }

// name returns the text of tokens [a, b), with a trailing hyphenated
// lower-case tail cut off.
func (f *finder) spanText(a, b int) (string, int, int) {
	start := f.tok(a).Start
	end := f.tok(b - 1).End
	w := f.str(b - 1)
	if hyphenTail(w) {
		end = f.tok(b-1).Start + strings.LastIndexByte(w, '-')
	}
	return f.doc.Text[start:end], start, end
}

// known asks Options.Known once per name and article.
func (f *finder) known(name string) bool {
	if f.opts.Known == nil {
		return false
	}
	if v, ok := f.knownCache[name]; ok {
		return v
	}
	if f.knownCache == nil {
		f.knownCache = map[string]bool{}
	}
	v := f.opts.Known(name)
	f.knownCache[name] = v
	return v
}

func (f *finder) classify(sp span) {
	a, b := sp.a, sp.b
	if b == a+1 && f.hyphenNames(a, sp.sentence) {
		return // "US-China", "Israel-Hamas", "pro-Russia"
	}
	if c := f.personOnSplit(a, b); c > a {
		// "said Ivo Renner on Fox News": a person, then where they
		// spoke; two names.
		f.classify(span{a, c, sp.sentence})
		f.classify(span{c + 1, b, sp.sentence})
		return
	}
	if b-a >= 2 && a > 0 && thingDeterminers[f.str(a-1)] && f.isGiven(f.str(a)) && b < len(f.doc.Tokens) && f.isLowerWord(b) &&
		(orgNouns[f.str(b)] || namesakeNouns[f.str(b)]) && f.str(a-1) != "his" && f.str(a-1) != "her" {
		return // "the Walter Reed hospital", "the Tommy Quill brand": named after someone, no person
	}
	if b-a >= 2 && strings.Contains(f.str(a), "-") && b < len(f.doc.Tokens) && f.isLowerWord(b) && pairingNouns[f.str(b)] {
		// "the Acme-Jane Roe deal", "the Lund-Mia Quill summit": two
		// parties joined by a hyphen before what joins them, no
		// hyphenated given name; the second party is the rest.
		f.classify(span{a + 1, b, sp.sentence})
		return
	}
	if a > 1 && f.isLowerWord(a-1) && workNouns[f.str(a-1)] && !knownOrgs[f.spanTextOnly(a, b)] && f.determinerAt(a-2) {
		if f.titles == nil {
			f.titles = map[int]bool{}
		}
		f.titles[a] = true // (no list makes it a name either)
		return             // "her book The Quiet Hours", "the series The Bear": a work's title
	}
	if b < len(f.doc.Tokens) && f.isLowerWord(b) && thingsNamedAfterPlaces[f.str(b)] && b-a <= 2 && !f.hasOrgWord(a, b) &&
		f.placeName(a, b) {
		if f.str(b) == "magazine" {
			f.addOrg(a, b+1, sp.sentence) // "Quillport magazine": the publication
		}
		return // "Brussels sprouts", "Lyme disease", "West Nile virus": a thing, no place
	}
	if b == a+1 && f.credentialAt(a) {
		return // "Jane Roe, MS, RD": degrees, not a state or a body
	}
	if b == a+1 && f.currencyPrefix(a) {
		return // "US$100 million", "A$5": a currency, no place
	}
	if b == a+1 && partyTag(f.str(a)) {
		return // "Sen. Jane Roe, R-Texas, said": a party and a state
	}
	if b-a >= 2 && f.roleWordsOnly(a, b) {
		return // "Founder & CEO", "Chief Actuary", "MD & CEO": a role, no name
	}
	if b-a >= 3 && (isDemonym(f.str(a), false) || creedAdjectives[f.str(a)]) && knownOrgs[f.spanTextOnly(a+1, b)] {
		f.addOrg(a+1, b, sp.sentence) // "the Islamist Zorva Brotherhood": the body, not its description
		return
	}
	if f.roleAfterComma(a, b) {
		return // "— Ada R., Concept Artist": the role of the name before
	}
	if b == a+1 && a >= 3 && f.str(a-1) == "and" && f.isCapWord(a-2) && pluralTitle(f.str(a-3)) && !f.known(f.str(a)) {
		// "Justices Kavanaugh and Barrett", "Sens. Roe and Quill": the
		// second name under the same title.
		f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence, titled: true, role: f.str(a - 3)})
		return
	}
	if b-a >= 3 && (isTitleHead(f.str(b-1)) || roleHeads[f.str(b-1)]) && (isOrgWord(f.str(b-2)) || lastOrgWords[f.str(b-2)]) && f.roleWordsOnly(b-1, b) && !f.isGiven(f.str(a)) && f.hasOrgWord(a, b-1) {
		// "Quillara Events Co-Owner": a business and the role in it.
		f.classify(span{a, b - 1, sp.sentence})
		return
	}
	if b-a >= 3 && placeParticles[f.str(a+1)] && !f.isGiven(f.str(a)) && f.tok(a).Kind == text.Word && !f.known(f.str(a)) && !f.personContext(a, b) {
		if rest, _, _ := f.spanText(a+2, b); f.known(rest) {
			f.addOrg(a, b, sp.sentence) // "Durand de Paris", "Maison de Quillport": a business
			return
		}
	}
	if f.afterRoleAppositive(a) && !f.known(f.spanTextOnly(a, b)) && !f.hasTitle(a, b) {
		// "Ravi Quill, Founder & CEO, Northgate Mutual said": the
		// employer closing a role's appositive.
		f.addOrg(a, b, sp.sentence)
		return
	}
	name, _, _ := f.spanText(a, b)
	if !f.headline[sp.sentence] && !f.known(name) {
		if f.areaName(a, b) {
			// "in the Quellbrook area", "the Tarn-Lowick area", "the
			// Tarn-Lowick River area" (two towns, not a river)
			f.addArea(a, b, sp.sentence)
			return
		}
		if f.unitName(a, b) {
			f.addPlace(a, b, sp.sentence) // "Quellstan's Lyrabad district", "in Tarnia province"
			return
		}
		if k := f.featureOfPlace(a, b); k > 0 {
			// "the Upper North Side of Quillport": the district, and the
			// place it lies in.
			f.addPlace(a, k, sp.sentence)
			f.addPlace(k+1, b, sp.sentence)
			return
		}
		if f.namedFeature(a, b) {
			f.addPlace(a, b, sp.sentence) // "in Quellmoor Park", "along the Zorva River"
			return
		}
		if f.townOfRegion(a, b) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(name)) {
			f.addPlace(a, b, sp.sentence) // "in Quellstown, Ohio": a hamlet the gazetteer lacks
			return
		}
		for c := a + 1; c+1 < b; c++ {
			if f.str(c) == "of" && f.areaName(c+1, b) {
				// "Ana Roe of Quellpara village": the name, then the
				// village.
				f.classify(span{a, c, sp.sentence})
				f.addArea(c+1, b, sp.sentence)
				return
			}
		}
	}
	if e := f.labelName(a, b); e > a {
		// "Xiaolu Quell and Ada Roe of Brindlework:": a speaker named by
		// the label line.
		f.addPerson(a, e, sp.sentence, "")
		if e < b {
			f.employerAfterName(span{e + 1, b, sp.sentence})
		}
		return
	}
	if b-a <= 4 && !f.known(name) && f.businessListed(a) && !f.hasTitle(a, b) {
		f.addOrg(a, b, sp.sentence) // "companies like Maison de Quill, Casa de Zorva": businesses
		return
	}
	if b < len(f.doc.Tokens) && f.str(b) == "magazine" && b-a <= 3 && !f.hasTitle(a, b) && f.nameLike(a, b) && !f.isGiven(f.str(a)) {
		// "Zorva magazine", "Quillport magazine": a publication
		// (named with its noun when the name is a place's).
		if f.known(name) {
			f.addOrg(a, b+1, sp.sentence)
		} else {
			f.addOrg(a, b, sp.sentence)
		}
		return
	}
	if b-a >= 4 && f.str(a) == "Courtesy" && f.str(a+1) == "of" && f.creditName(a+2, b) {
		f.addPerson(a+2, b, sp.sentence, "") // "Photo: Courtesy of Lena Quill"
		return
	}
	if e := f.bylineOutlet(a, b); e > a {
		f.addOrg(a, e, sp.sentence) // "By Quillport Today · May 4": the newsroom, no place
		return
	}
	if f.creditName(a, b) || f.signatureName(a, b) || f.colonName(a, b) {
		f.addPerson(a, b, sp.sentence, "") // "The Quiet Hours by Jendia Roe (May 13th)"
		return
	}
	if f.venueTown(a, b) {
		f.addPlace(a, b, sp.sentence) // "at the Halvard Gallery, Quellbury, until May"
		return
	}
	if b == a+1 && f.opts.TownName != nil && f.known(name) && f.opts.TownName(name) && f.speaks(a) {
		// "Fontana says": a town's name speaking is a surname; pass 2
		// decides.
		f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence})
		return
	}
	if f.known(name) && f.opts.TownName != nil && f.opts.TownName(name) && (f.orgAppositive(b) || b == a+1 && f.townAsBusiness(f.str(a))) {
		f.addOrg(a, b, sp.sentence) // "on Riverton, a browser-based platform": a business named like a town
		return
	}
	if f.known(name) && f.ellipticalBusiness(b) {
		f.addOrg(a, b+1, sp.sentence) // "acquired by St. Quill’s, …": a business called after it
		return
	}
	if f.known(name) {
		if b == a+1 && f.isGiven(name) && !f.placePosition(a) && !f.headline[sp.sentence] && !hyphenTail(f.str(a)) {
			// "Later Farah said" after "Farah Smith": pass 2 decides.
			f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence})
			return
		}
		if b == a+1 && (!f.placePosition(a) || f.personPossessive(a)) && !f.headline[sp.sentence] && (f.surnameAfterGiven(name) || f.teamAfterPlace(a) && f.doc.Sentences[sp.sentence].Last-f.doc.Sentences[sp.sentence].First > 2) {
			// (also "in Quito’s words" after "Hannah Quito": the
			// person's possessive, not the city's)
			// "Mara Lisbon … Lisbon, 17, said": the surname of someone
			// the article names in full; pass 2 decides.
			f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence})
			return
		}
		f.addPlace(a, b, sp.sentence)
		return
	}
	if f.headline[sp.sentence] {
		if f.listedNames(a, b) {
			f.addPerson(a, b, sp.sentence, "") // "Three Artists: Sophie Quill, Michael Roe, Isabel Pell"
			return
		}
		if e := f.shoutedBio(a, b); e > a {
			// "ADA QUILL IS THE ZORVA NETWORK POLITICAL EDITOR": the
			// writer, named as the article would write the name.
			name := titleCase(f.spanTextOnly(a, e))
			f.addPersonAs(a, e, sp.sentence, name, titleCase(f.str(a)), titleCase(f.str(e-1)))
			f.addAlias(f.lastPerson, f.spanTextOnly(a, e)) // every mention is the name or an alias as written
			return
		}
		if b+1 < len(f.doc.Tokens) && f.str(b) == "," && (b-a >= 2 || f.regionAfterComma(b)) && f.placeInContext(a, b) {
			// "Coral Sky Arena, West Palm Beach, FL", "June 14 – Quillton,
			// GA @ …": a town and its state in a title-case line.
			f.addPlace(a, b, sp.sentence)
			if r := f.str(b + 1); (regionCode(r) || f.shortRegion(r)) && !f.isCapWordAt(b+2) {
				f.addPlace(b+1, b+2, sp.sentence)
			}
			return
		}
		// A title-case line: only names known without context, or
		// named with an organization word ("Provided by European Space
		// Agency").
		if knownOrgs[name] || b-a >= 2 && institutionEnds[f.str(b-1)] && f.hasNameWord(a, b) && !f.hasTitle(a, b) {
			f.addOrg(a, b, sp.sentence)
		} else if b-a == 1 {
			f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence, headline: true})
		}
		return
	}
	if f.basedTail(b-1) && f.basedPlace(name) {
		// "the president of Quillmere-based Dorvan Fish": a town before
		// "-based" is a place, even where an employer is expected.
		f.addPlace(a, b, sp.sentence)
		return
	}
	if f.namedAsPlace(a, b) || f.townListedAfterTown(a, b) || f.listedAsPlace(a, b) || f.dwellersOf(a, b) || b-a >= 2 && f.townPairedBetween(a, b) {
		// "in the town of Quellbury": named as a place, known or not;
		// "residents of Zorvaville and Tarn Hollow complained": a town
		// of a list of towns, though a verb of speech follows.
		f.addPlace(a, b, sp.sentence)
		return
	}
	if b-a >= 2 && b-a <= 3 && !f.hasOrgWord(a, b) && !knownOrgs[name] && f.placeInContext(a, b) && !f.personContext(a, b) && !f.hasTitle(a, b) {
		// "in Ann Arbor", "from Toledo to Port Arthur", "Grace Hill,
		// Texas": a town the gazetteer has, in a place's position, though
		// it opens with a given name.
		f.addPlace(a, b, sp.sentence)
		return
	}
	if b+2 < len(f.doc.Tokens) && f.placeAppositive(b) && f.kindThenClause(b) && !f.isGiven(f.str(a)) && f.nameLike(a, b) && !f.hasTitle(a, b) &&
		!(a > 0 && nameInnerWords[f.str(a-1)]) {
		// "Kramatorsk, a city in the Donetsk region": named as a place,
		// known or not.
		f.addPlace(a, b, sp.sentence)
		return
	}
	if f.featureName(a, b) {
		// "on Pellow Island", "the Varrick Islands": an island named as
		// one, known or not.
		f.addPlace(a, b, sp.sentence)
		return
	}
	if b > a+1 && (compassCaps[f.str(a)] || placeQualifiers[f.str(a)]) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(name)) {
		// "North India", "Rural Quellshire" when the whole is unknown:
		// a part of the known place (whole), or the place after a
		// qualifier.
		if rest, _, _ := f.spanText(a+1, b); f.known(rest) || f.knownArea(a+1, b) {
			if compassCaps[f.str(a)] && !compassCaps[f.str(a+1)] {
				// "Southern California", "North India": the part of the
				// place, whole, in the country of the place.
				f.addPlace(a, b, sp.sentence)
			} else {
				f.addPlace(a+1, b, sp.sentence) // "Rural Texas": the place
			}
			return
		} else if f.opts.MaybePlace != nil && f.opts.MaybePlace(rest) && !notPlaceWords[rest] && a > 0 && locativePrepositions[f.str(a-1)] {
			// "in South Zorvaville": a district named after a town or
			// region the gazetteer has, whole.
			f.addPlace(a, b, sp.sentence)
			return
		} else if f.compassDistrict(a, b) {
			f.addPlace(a, b, sp.sentence) // "in South Quellmark": a part of a county the gazetteer lacks
			return
		}
	}
	if f.toldThe(a) && !f.anyTitleWord(a, b) && !(b < len(f.doc.Tokens) && (sourceNouns[f.str(b)] || f.tok(b).Kind == text.Number)) {
		// "told the Brenmoor Leader", "according to the Daily Courier": the
		// one told, named with "the", is a newsroom or a body.
		f.addOrg(a, b, sp.sentence)
		return
	}
	if f.str(a) == "The" {
		// "The Hill", "The New York Times": a proper name with its article.
		rest, _, _ := f.spanText(a+1, b)
		if f.known(rest) && !f.known(name) {
			// "worked at The Quillport": a business named after a city
			// (the gazetteer knows "The Hague", "The Netherlands" whole).
			f.addOrg(a, b, sp.sentence)
			return
		}
		if f.known(rest) {
			f.addPlace(a+1, b, sp.sentence)
			return
		}
		if f.namesDocument(a+1, b) {
			return // "The National Survey on Quill Use", "The Zorva Agreement"
		}
		if k := f.lastTitle(a, b); k < 0 {
			f.addOrg(a, b, sp.sentence)
			return
		}
		a++
	}
	// "strategist at Miller Tabak", "a professor of the University": the
	// employer of a role is an organization; so is a name an organization
	// noun stands next to ("beauty company Coty", "Zentrix, the … firm").
	for k := a; k+2 < b; k++ {
		if titleHeads[f.str(k)] && !honorifics[f.str(k)] && f.str(k+1) == "for" && !f.hasOrgWord(a, k+1) &&
			(f.hasOrgWord(k+2, b) || knownOrgs[f.spanTextOnly(k+2, b)]) {
			// "Europe Digital Editor for Quill News": a job title, then the
			// employer.
			f.classify(span{k + 2, b, sp.sentence})
			return
		}
	}
	if f.journalName(a, b) {
		f.addOrg(a, b, sp.sentence) // "in JAMA Internal Medicine", "Nature Medicine"
		return
	}
	if f.employerContext(a) && f.fieldOnly(a, b) || b-a >= 2 && f.fieldOnly(a, b) && !knownOrgs[name] {
		return // "chief of Cardiology and Emergency Medicine": a department's field
	}
	if f.schoolFrom(a) && !f.isGiven(f.str(a)) {
		f.addOrg(a, b, sp.sentence) // "an MBA from Wharton", "graduated from Princeton": a school
		return
	}
	if a >= 2 && f.str(a-1) == "of" && workAuthors[lowerASCII(f.str(a-2))] && !f.hasOrgWord(a, b) && !knownOrgs[name] {
		return // "author of Finally Full": a work's title, no employer
	}
	if a >= 2 && f.str(a-1) == "of" && ofPlaceNouns[lowerASCII(f.str(a-2))] && f.placeInContext(a, b) {
		f.addPlace(a, b, sp.sentence) // "the mayor of Greeley": a town, not an employer
		return
	}
	if f.isGiven(f.str(a)) && f.firmNounBefore(a, b) && !f.hasTitle(a, b) {
		f.addOrg(a, b, sp.sentence) // "at consulting firm Oliver Quill": a business named after people
		if f.firmNamed == nil {
			f.firmNamed = map[string]bool{}
		}
		f.firmNamed[f.spanTextOnly(a, b)] = true
		return
	}
	if (f.employerContext(a) && !(b < len(f.doc.Tokens) && placeNouns[f.str(b)]) ||
		f.orgNounContext(a, b, sp.sentence) && (!f.isGiven(f.str(a)) || b == a+1 && orgNouns[f.str(a-1)])) &&
		!f.hasTitle(a, b) {
		// (not "the commander of Zorva West district": a place)
		if b == a+1 {
			// "a spokeswoman for Hale": the person Hale when the article
			// names one; pass 2 decides.
			f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence, employer: true})
			return
		}
		if _, ok := f.persons[f.str(a)+" "+f.str(b-1)]; ok {
			f.addPerson(a, b, sp.sentence, "") // "a spokeswoman for Jane Roe"
			return
		}
		if b == a+2 && f.isGiven(f.str(a)) && f.nameLike(a, b) && !f.hasOrgWord(a, b) {
			f.employers = append(f.employers, sp) // "at Miller Tabak": pass 2 decides
			return
		}
		f.addOrg(a, b, sp.sentence)
		return
	}
	// A title inside the span: the name is what follows it.
	if k := f.lastTitle(a, b); k >= 0 {
		rest := f.trimSuffixes(k+1, b)
		if e := f.knownTail(k+2, b); e > k+1 && !f.isGiven(f.str(k+1)) && e-(k+1) <= 2 && !f.hasInitial(k, e+1) {
			// "President Ascom North America": the title of a company's
			// branch, no person.
			f.prefixEntities(a, k+1, sp.sentence)
			f.addOrg(k+1, b, sp.sentence)
			return
		}
		for c := k + 2; c+1 < rest; c++ {
			if w := f.str(c); w == "on" || w == "for" {
				// "Vice President Pence on Trump’s call": the name ends
				// before the preposition.
				f.classify(span{c + 1, b, sp.sentence})
				b, rest = c, c
				break
			}
		}
		for c := k + 3; c <= k+4 && c+1 < b; c++ {
			if f.str(c) != "of" || !f.nameLike(k+1, c) || f.hasOrgWord(k+1, c) || f.hasLowerWord(k+1, c) || f.thingWordIn(k+1, c) {
				continue
			}
			// "Mayor Dale Horvath of Napa County", "Supervisor Ana Ruiz of
			// Quill District": the name ends before "of"; what follows is
			// the place or the body the person is of.
			role := f.titleRole(a, k)
			f.prefixEntities(a, k+1, sp.sentence)
			f.addPerson(k+1, c, sp.sentence, role)
			f.classify(span{c + 1, b, sp.sentence})
			return
		}
		if rest > k+1 && !f.hasOrgWord(k+1, b) && rest-(k+1) <= 4 && !f.thingWordIn(k+1, rest) {
			role := f.titleRole(a, k)
			f.prefixEntities(a, k+1, sp.sentence)
			if c := f.nameOfPlace(k+1, b); c > 0 {
				// "President Xi Jinpeng of Finland".
				f.addPerson(k+1, c, sp.sentence, role)
				f.addPlace(c+1, b, sp.sentence)
				return
			}
			if c := f.nameOfEmployer(k+1, b); c > 0 {
				// "Dr. Ada Quill of QMB", "spine surgeon Dr. Ada Quill of
				// Zorva Health": the person and the employer.
				f.addPerson(k+1, c, sp.sentence, role)
				f.classify(span{c + 1, b, sp.sentence})
				return
			}
			if rest-(k+1) == 1 && k == a && b == a+2 && f.isGiven(f.str(a)) && !honorifics[f.str(a)] && !ranks[f.str(a)] && f.appositiveRole(b) != "" {
				// "said Marshal Cohen, chief adviser at Circana": a given
				// name that is also a title, before an appositive role.
				f.addPerson(a, b, sp.sentence, "")
				return
			}
			if rest-(k+1) == 1 && (streetWords[f.str(k+1)] || notNameWords[f.str(k+1)]) && !f.personContext(k+1, b) && !f.speaks(k+1) {
				return // "Queen Street", "King Road": a street, nobody
			}
			if rest-(k+1) == 1 {
				f.pending = append(f.pending, pendingSingle{tok: k + 1, sentence: sp.sentence, titled: true, role: role})
				return
			}
			f.addPerson(k+1, b, sp.sentence, role)
			return
		}
	}
	if p := f.trailingPerson(a, b); p > a {
		// "Envoy to the Arctic Council Gordon Quill": the
		// organization, then the person.
		f.classify(span{a, p, sp.sentence})
		f.addPerson(p, b, sp.sentence, f.complementRole(a, p))
		return
	}
	if c := f.personOfEmployer(a, b); c > 0 && f.isGiven(f.str(a)) && !f.hasOrgWord(a, c) && !f.commonGivenPhrase(a, c) {
		// "Mary Jones of Acme Labs said": the person, then the employer.
		f.addPerson(a, c, sp.sentence, "")
		f.employerAfterName(span{c + 1, b, sp.sentence})
		return
	}
	if e := f.trailingPlace(a, b); e > a {
		// "the National Security Council Finland expert": the
		// organization, then the place.
		f.classify(span{a, e, sp.sentence})
		f.addPlace(e, b, sp.sentence)
		return
	}
	if e := f.roleTail(a, b); e > a {
		// "Quillport Sports NFL Insider": the organization, then a job title.
		f.classify(span{a, e, sp.sentence})
		if f.isAcronym(e) {
			f.pending = append(f.pending, pendingSingle{tok: e, sentence: sp.sentence})
		}
		return
	}
	if b == a+2 && (f.str(a) == "Group" || f.str(a) == "Pool") && len(f.str(a+1)) == 1 {
		return // "Group C" of a tournament
	}
	if b < len(f.doc.Tokens) && f.tok(b).Kind == text.Number && documentWords[f.str(b-1)] {
		return // "Senate Bill 8", "Proposition 22": a document
	}
	if !knownOrgs[name] && streetWords[f.str(b-1)] && !(b == a+2 && f.isGiven(f.str(a)) && !streetOnly[f.str(b-1)] && f.personSomewhere(a, b)) {
		// (not "said Chris Lane": a given name and a street word that is a
		// surname, named as a person somewhere in the article)
		return // "Times Square", "Penn Station": a place in a city, no body
	}
	if knownOrgs[name] || f.hasOrgWord(a, b) && (f.hasNameWord(a, b) || f.orgWordsName(a, b)) || f.hasAmpersand(a, b) {
		// "Air Force Two", "Marine One": a vehicle's name, not the body.
		if b < len(f.doc.Tokens) && vehicleNumbers[f.str(b)] {
			return
		}
		f.addOrg(a, b, sp.sentence)
		return
	}
	if b < len(f.doc.Tokens) && f.str(b) == "police" && b-a <= 3 && (!f.isGiven(f.str(a)) || compassCaps[f.str(a)]) && !f.hasTitle(a, b) && !f.hasOrgWord(a, b) &&
		!f.hasLowerWord(a, b) && !isDemonym(f.str(b-1), false) &&
		(f.opts.MaybePlace == nil || !f.opts.MaybePlace(name)) {
		// (not "British police", "South Korean police")
		// "West Mercia police said": a force named by its area, written
		// with a lower-case "police".
		f.addOrg(a, b+1, sp.sentence)
		return
	}
	if k := f.forSplit(a, b); k > a {
		// "left Piraeus for Athens", "Galveston on Monday": two names
		// joined by a preposition, no body's name.
		f.classify(span{a, k, sp.sentence})
		f.classify(span{k + 1, b, sp.sentence})
		return
	}
	if f.bodyNamedAfterPlace(a, b) {
		// "the Dallas Cowboys", "Texas Instruments", "the Utah Jazz": a
		// team or a company named after its place; the place inside is no
		// mention of it.
		f.addOrg(a, b, sp.sentence)
		if f.teams == nil {
			f.teams = map[string]int{}
		}
		if _, ok := f.teams[f.str(a)]; !ok {
			f.teams[f.str(a)] = f.byName[string(rune('0'+Organization))+f.spanTextOnly(a, b)]
		}
		return
	}
	n := f.trimSuffixes(a, b) - a
	if n == 1 {
		f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence})
		return
	}
	if n >= 3 && !f.isGiven(f.str(a)) && f.isGiven(f.str(a+1)) && f.descriptorWord(f.str(a)) && f.nameLike(a+1, a+n) &&
		!(f.productName(a+1, a+n) && !f.personContext(a+1, b)) {
		// (not "Discounted Quill Zephyr 16": a product after an adjective)
		// "Feminist Glenn Quill said", "Veteran Stuart R. Quill": a word
		// before a full name is no part of it.
		f.addPerson(a+1, b, sp.sentence, "")
		return
	}
	if n >= 2 && n <= 3 && b == a+n && f.nameLike(a, b) && !f.hasOrgWord(a, b) && f.staffAfter(b) && !f.personContext(a, b) {
		f.addOrg(a, b, sp.sentence) // "Edward Quill advisers", "Raymond Zorva analysts": a firm named like a person
		return
	}
	if n >= 2 && n <= 5 && f.nameLike(a, a+n) && !f.hasOrgWord(a, b) && !f.groupNounAfter(b) {
		if !f.personContext(a, b) && f.workOfSomeone(a) {
			return // "Marrow-Quill’s La Pinette": a work of the artist, no person
		}
		if !f.personContext(a, b) && (f.productName(a, a+n) || f.besideModel(a, b)) {
			if knownOrgs[f.str(a)] {
				f.addOrg(a, a+1, sp.sentence) // "the Apple Watch": the maker
			}
			return // "the Zorva Ghost", "Quill Bondi 9", "the Model Y": a product
		}
		if f.isGiven(f.str(a)) && !f.commonGivenPhrase(a, a+n) || f.hasInitial(a, a+n) || f.personContext(a, b) || n == 2 && f.leadingInitials(a) ||
			f.hasPatronymic(a, a+n) || f.hasNameParticles(a, a+n) || f.possessedName(a, b) || f.authorPossessive(a, b) {
			if !f.isGiven(f.str(a)) && f.itsAfterVerb(b) || f.roleAndNameAfter(b) && f.roleBefore(a) == "" && !f.personContext(a, b) {
				// "Maruti Suzuki said its sales fell"; "Merrill Lynch
				// analyst Jane Doe": the employer of a role
				f.addOrg(a, b, sp.sentence)
				return
			}
			f.addPerson(a, b, sp.sentence, "")
			return
		}
		// "Shady James Comey": a descriptive word before a full name
		// (not "Discounted Quill Zephyr 16": a product).
		if n >= 3 && f.isGiven(f.str(a+1)) && !(f.productName(a+1, a+n) && !f.personContext(a+1, b)) {
			f.addPerson(a+1, b, sp.sentence, "")
			return
		}
	}
	// "planetary geologist Rosaly Lopes of NASA": a person named in context
	// before "of" and the employer after it.
	if c := f.personOfEmployer(a, b); c > 0 {
		f.addPerson(a, c, sp.sentence, "")
		f.employerAfterName(span{c + 1, b, sp.sentence})
		return
	}
	// "the UN High Commissioner for Fisheries said": an
	// office named by its title and remit, nobody's name.
	for k := a; k+2 < b; k++ {
		if titleHeads[f.str(k)] && !honorifics[f.str(k)] && (f.str(k+1) == "for" || f.str(k+1) == "on") && f.institutionPrefix(a, k) {
			f.addOrg(a, b, sp.sentence)
			return
		}
	}
	// A place followed by more capitalised words ("Britain Liu Xiaming",
	// "Moscow Mayor Sergei Sobyanin"): the longest known prefix, then the
	// rest on its own — unless the two words are a person in context
	// ("Ngozi Okafor, 41, opened").
	if b == a+2 && f.tok(a+1).Kind == text.Word && !f.known(f.str(a+1)) && !titleHeads[f.str(a+1)] && !notNameWords[f.str(a+1)] &&
		!f.hasOrgWord(a, b) && !text.IsAllCaps(f.str(a+1)) && (f.ageAfter(b) || f.roleAppositiveBefore(a, b) || f.appositiveRole(b) != "" ||
		f.known(f.str(a)) && f.surnameLike(a+1) && f.personContext(a, b) && !f.brandAfterPlace(a, b)) {
		// (also "Paris Hilton said": a place's name as a given name, a
		// surname-like word after it, and a verb of speech)
		f.addPerson(a, b, sp.sentence, "")
		return
	}
	if f.brandAfterPlace(a, b) {
		// "Quillport Crumb" written so three times or more, "Crumb" never
		// alone: a business named after the place.
		f.addOrg(a, b, sp.sentence)
		return
	}
	if b-a >= 2 && accordWords[f.str(b-1)] {
		return // "the Paris Agreement", "the Kyoto Protocol": a treaty, no place
	}
	for e := b - 1; e > a; e-- {
		pre, _, _ := f.spanText(a, e)
		if f.known(pre) && (f.metroArea(e, b) || f.featureAfterPlace(e, b)) {
			f.addPlace(a, b, sp.sentence) // "the Quillport Bay Area", "the Quillport Metro Area", "Quillport Bayou": one place
			return
		}
		if f.known(pre) {
			f.addPlace(a, e, sp.sentence)
			if role := f.complementRole(a, e); role != "" && b-e >= 2 && b-e <= 3 && f.isGiven(f.str(e)) && f.nameLike(e, b) {
				// "President of the United States Donald Trump"
				f.addPerson(e, b, sp.sentence, role)
				return
			}
			if connectors[f.str(e)] {
				// "the occupation by Russia of Crimea": a place after
				// "of" is one too.
				if rest, _, _ := f.spanText(e+1, b); f.str(e) == "of" && f.known(rest) {
					f.addPlace(e+1, b, sp.sentence)
				}
				return
			}
			f.classify(span{e, b, sp.sentence})
			return
		}
	}
	// An acronym before other words ("DNC Server"): the acronym alone.
	if f.isAcronym(a) {
		if b == a+2 && acronymThings[f.str(a+1)] {
			return // "the DASH Diet", "a PCR Test": a thing named by an acronym
		}
		f.pending = append(f.pending, pendingSingle{tok: a, sentence: sp.sentence})
		return
	}
	// "Yasutaka Mori of Japan": a name and the country the person is of.
	if c := f.nameOfPlace(a, b); c > 0 {
		f.addPerson(a, c, sp.sentence, "")
		f.addPlace(c+1, b, sp.sentence)
		return
	}
	// "CEO of Brenmoor Bakes North America": the employer after a title.
	if b-a >= 3 && titleHeads[f.str(a)] && !honorifics[f.str(a)] && f.str(a+1) == "of" && f.employerName(a+2, b) {
		f.addOrg(a, b, sp.sentence)
		return
	}
	// "the Government of Syria", "the City of London": the place after
	// one word and "of".
	if b >= a+3 && f.str(a+1) == "of" && !nobility[f.str(a)] {
		if rest, _, _ := f.spanText(a+2, b); f.known(rest) {
			if waterHeads[f.str(a)] {
				f.addPlace(a, b, sp.sentence) // "the Gulf of Varland": the sea, whole
				return
			}
			f.addPlace(a+2, b, sp.sentence)
			return
		}
	}
	// "NORA VANCE met …": a name set in capitals.
	if n := b - a; n >= 2 && n <= 3 && f.shoutedName(a, b) {
		f.addPersonAs(a, b, sp.sentence, name, titleCase(f.str(a)), titleCase(f.str(b-1)))
		return
	}
	// "Rising Tide published its analysis": a name of two to four
	// words whose own verb governs "its" is a body (a person's would be
	// "his" or "her"); not a storm's or a place's name.
	if n := b - a; n >= 2 && n <= 4 && !f.isGiven(f.str(a)) && !stormWords[f.str(a)] && !f.hasLowerWord(a, b) && f.verbsIts(b) &&
		(f.opts.MaybePlace == nil || !f.opts.MaybePlace(name)) {
		f.addOrg(a, b, sp.sentence)
		return
	}
	// Unclassified here; pass 2 looks it up among the names found
	// elsewhere ("released through Big Machine").
	f.deferred = append(f.deferred, sp)
}

// stormWords open the names of storms, which do things to "its" path.
var stormWords = map[string]bool{"Hurricane": true, "Storm": true, "Typhoon": true, "Cyclone": true, "Tropical": true, "Tornado": true}

// verbsIts reports whether the span ending before token b is the subject
// of a past or present verb whose object opens with "its", past "also"
// and the like ("published its", "also cut its", "raises its").
func (f *finder) verbsIts(b int) bool {
	d := f.doc
	k := b
	for k < len(d.Tokens) && k < b+2 && d.Tokens[k].Kind == text.Word && (auxiliaries[f.str(k)] || f.str(k) == "also" || f.str(k) == "then") {
		k++
	}
	if k+1 >= len(d.Tokens) || d.Tokens[k].Kind != text.Word || f.str(k+1) != "its" {
		return false
	}
	v := f.str(k)
	if v == "" || v[0] < 'a' || v[0] > 'z' || notVerbsIts[v] {
		return false
	}
	return strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "es") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") || pastVerbsIts[v]
}

// notVerbsIts end like verbs but are not a subject's verb before "its".
var notVerbsIts = map[string]bool{
	"as": true, "is": true, "was": true, "plus": true, "versus": true, "this": true, "thus": true, "towards": true,
	"us": true, "its": true, "his": true, "across": true, "besides": true, "unless": true, "whereas": true, "always": true,
}

// pastVerbsIts are irregular past forms a body does to what is its own
// ("cut its forecast", "sold its stake").
var pastVerbsIts = map[string]bool{
	"cut": true, "sold": true, "made": true, "took": true, "gave": true, "put": true, "set": true, "held": true, "won": true,
	"lost": true, "shut": true, "spent": true, "kept": true, "built": true, "brought": true, "sent": true, "paid": true,
	"began": true, "bought": true, "met": true, "hit": true, "told": true, "said": true, "led": true, "left": true,
}

// trimSuffixes returns b less any trailing name suffixes ("Jr.").
func (f *finder) trimSuffixes(a, b int) int {
	for b > a+1 && nameSuffixes[f.str(b-1)] {
		b--
	}
	return b
}

// titleRole returns the role that the words [a, k] before a name state,
// the last of them a title ("Napa County Supervisor", "Mr. Vice President":
// "Vice President"); "" for an honorific alone ("Mr.").
func (f *finder) titleRole(a, k int) string {
	if k == a && honorifics[f.str(a)] {
		return ""
	}
	if honorifics[f.str(a)] {
		role, _, _ := f.spanText(a+1, k+1)
		return role
	}
	role, _, _ := f.spanText(a, k+1)
	return role
}

// prefixEntities finds places and organizations in the words before a
// title ("U.S." in "U.S. National Security Adviser", "Kremlin" in "Kremlin
// spokesman").
func (f *finder) prefixEntities(a, b, sentence int) {
	e := a
	for e < b && !titleHeads[f.str(e)] {
		e++
	}
	// Drop modifiers that are no names ("Former", "Republican").
	for e > a && (f.doc.WrittenLower(lowerASCII(f.str(e-1))) && !text.IsAllCaps(f.str(e-1)) && !f.known(f.str(e-1)) || modifierCaps[f.str(e-1)]) && !f.hasOrgWord(e-1, e) &&
		!(e-1 > a && adminUnits[f.str(e-1)]) {
		// (not "US" of "US Secretary of State": "us" is a pronoun; not
		// "County" of "Quill County Executive" though the article writes
		// "the county")
		e--
	}
	if e == a {
		return
	}
	name, _, _ := f.spanText(a, e)
	for k := e - 1; k > a; k-- {
		// "White House Press Secretary": the known institution; the
		// words after it belong to the title.
		if pre, _, _ := f.spanText(a, k); knownOrgs[pre] && !knownOrgs[name] {
			f.addOrg(a, k, sentence)
			return
		}
	}
	switch {
	case f.known(name) || e-a >= 2 && e-a <= 3 && adminUnits[f.str(e-1)]:
		f.addPlace(a, e, sentence) // ("Quill County Executive Ana Ruiz": the county)
	case knownOrgs[name] || f.hasOrgWord(a, e) && f.hasNameWord(a, e):
		f.addOrg(a, e, sentence)
	default:
		for i := a; i < e; i++ {
			w := f.str(i)
			if f.known(w) {
				f.addPlace(i, i+1, sentence)
			} else if knownOrgs[w] {
				f.addOrg(i, i+1, sentence)
			}
		}
	}
}

// isHeadline reports whether sentence s is in title case: at least four
// words of four letters or more, all capitalised, and no lower-case word
// but the small ones title case keeps ("of", "the", "and").
func isHeadline(d *text.Doc, s text.Sentence) bool {
	long := 0
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i]
		if t.Kind != text.Word {
			continue
		}
		w := d.Text[t.Start:t.End]
		if !text.IsCapitalized(w) {
			if !titleCaseSmall[w] {
				return false
			}
			continue
		}
		if t.End-t.Start >= 4 {
			long++
		}
	}
	return long >= 4
}

// hasNameWord reports whether [a, b) holds a word that is not an
// organization word, a connector or a title ("Office" alone names nothing).
func (f *finder) hasNameWord(a, b int) bool {
	for i := a; i < b; i++ {
		w := f.str(i)
		if orgWords[w] || connectors[w] || f.tok(i).Kind != text.Word {
			continue
		}
		if !titleHeads[w] {
			return true
		}
		// "Department of Justice", "Premier League": a title word
		// after "of" or before an organization word names the body.
		if i > a && (f.str(i-1) == "of" || f.str(i-1) == "for") || i+1 < b && isOrgWord(f.str(i+1)) {
			return true
		}
		if i+2 < b && f.tok(i+1).Kind == text.Possessive && isOrgWord(f.str(i+2)) {
			return true // "Queen’s University": a title in the possessive names the body
		}
	}
	return false
}

// fillsQuote reports whether [a, b) is the whole of a quotation in title
// case (“Star Wars,” “Mary Poppins”): a title, not a name.
func (f *finder) fillsQuote(a, b int) bool {
	d := f.doc
	if a == 0 || d.Tokens[a-1].Kind != text.Quote {
		return false
	}
	k := b
	for k < len(d.Tokens) && d.Tokens[k].Kind == text.Punct && (f.str(k) == "," || f.str(k) == "." || f.str(k) == "!" || f.str(k) == "?") {
		k++
	}
	if k >= len(d.Tokens) || d.Tokens[k].Kind != text.Quote {
		return false
	}
	// One word is a title unless it is a given name (“Mary,” she said); a
	// company's legal name is no title (“Brenmoor Holdings Inc.”).
	return b-a >= 2 && !corporateSuffixes[f.str(b-1)] || b-a == 1 && !f.isGiven(f.str(a))
}

func (f *finder) addMention(e, start, end, sentence int) {
	f.res.Mentions = append(f.res.Mentions, Mention{Start: start, End: end, Entity: e, Sentence: sentence})
	if f.endKind != nil {
		f.endKind[end] = f.res.Entities[e].Kind
	}
	f.res.Entities[e].Mentions = append(f.res.Entities[e].Mentions, lede.Mention{Start: start, End: end})
}

func (f *finder) addAlias(e int, alias string) {
	ent := &f.res.Entities[e]
	if alias == ent.Name {
		return
	}
	for _, a := range ent.Aliases {
		if a == alias {
			return
		}
	}
	ent.Aliases = append(ent.Aliases, alias)
}

func (f *finder) addNamed(kind Kind, name string, start, end, sentence int) int {
	key := string(rune('0'+kind)) + name
	e, ok := f.byName[key]
	if !ok {
		e = len(f.res.Entities)
		f.res.Entities = append(f.res.Entities, Entity{Kind: kind, Name: name})
		f.byName[key] = e
	}
	if f.doc.Text[start:end] != f.res.Entities[e].Name {
		f.addAlias(e, f.doc.Text[start:end])
	}
	f.addMention(e, start, end, sentence)
	return e
}

func (f *finder) finish() {
	r := f.res
	// Entities left with no mention (a list re-typed a name) go.
	empty := false
	for _, e := range r.Entities {
		empty = empty || len(e.Mentions) == 0
	}
	if empty {
		index := make([]int, len(r.Entities))
		kept := r.Entities[:0]
		for e, ent := range r.Entities {
			index[e] = len(kept)
			if len(ent.Mentions) > 0 {
				kept = append(kept, ent)
			}
		}
		r.Entities = kept
		for i := range r.Mentions {
			r.Mentions[i].Entity = index[r.Mentions[i].Entity]
		}
	}
	sort.Slice(r.Mentions, func(i, j int) bool { return r.Mentions[i].Start < r.Mentions[j].Start })
	for e := range r.Entities {
		ms := r.Entities[e].Mentions
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	// "Cologne, Germany", "the Zorvan Desert in Chile", "the Upper North
	// Side of Quillport": a place mention right after another past a comma,
	// "in" or "of" names the region or country the first is in.
	for i := 0; i+1 < len(r.Mentions); i++ {
		m, n := r.Mentions[i], r.Mentions[i+1]
		if m.Entity == n.Entity || r.Entities[m.Entity].Kind != Place || r.Entities[n.Entity].Kind != Place || m.End > n.Start {
			continue // (overlapping mentions: no gap between them)
		}
		if gap := f.doc.Text[m.End:n.Start]; (gap == ", " || gap == "," || gap == " in " || gap == " of ") && r.Entities[m.Entity].within == "" {
			r.Entities[m.Entity].within = r.Entities[n.Entity].Name
		}
	}
	// Names are reported with plain spaces: "Lena Brook" written with a
	// no-break space is the name "Lena Brook", the written form an alias
	// (mentions keep the text's offsets).
	for e := range r.Entities {
		ent := &r.Entities[e]
		if plain := plainSpaces(ent.Name); plain != ent.Name {
			// The form as written stays an alias: every mention is the
			// name or an alias as the text writes it.
			written := ent.Name
			ent.Name = plain
			f.addAlias(e, written)
		}
		ent.Role = plainSpaces(ent.Role)
		ent.within = plainSpaces(ent.within)
	}
	// A person known by one word is also known by the form with the
	// title the text writes before it ("Dr. Moth", "Mr. Quill"): the
	// whole name a reader would use.
	for e := range r.Entities {
		ent := &r.Entities[e]
		if ent.Kind != Person || strings.ContainsRune(ent.Name, ' ') {
			continue
		}
		for _, m := range ent.Mentions {
			before := f.doc.Text[:m.Start]
			for _, t := range titledForms {
				if strings.HasSuffix(before, t+" ") {
					f.addAlias(e, t+" "+f.doc.Text[m.Start:m.End])
				}
			}
		}
	}
}

// titledForms are the titles that make one word a person's full form of
// address.
var titledForms = []string{"Dr.", "Mr.", "Mrs.", "Ms.", "Prof."}

// plainSpaces returns s with each run of white space (no-break and other
// Unicode spaces, line breaks) as one ASCII space.
func plainSpaces(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c < ' ' || c == ' ' && (i+1 == len(s) || i == 0 || s[i+1] == ' ') {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// People returns the people of r in order of first mention.
func (r *Result) People() []lede.Person {
	var out []lede.Person
	for _, e := range r.Entities {
		if e.Kind == Person {
			out = append(out, lede.Person{Name: e.Name, Aliases: e.Aliases, Role: e.Role, Mentions: e.Mentions})
		}
	}
	return out
}

// Organizations returns the organizations of r in order of first mention.
func (r *Result) Organizations() []lede.Organization {
	var out []lede.Organization
	for _, e := range r.Entities {
		if e.Kind == Organization {
			out = append(out, lede.Organization{Name: e.Name, Aliases: e.Aliases, Mentions: e.Mentions})
		}
	}
	return out
}

// PlaceNames returns the place names of r with their mentions, in order of
// first mention, for geocoding. A place the article writes right before
// another past a comma is named with it, "CITY, REGION" ("Cologne,
// Germany"), as places.Gazetteer.Geocode reads such names.
func (r *Result) PlaceNames() []Entity {
	var out []Entity
	for _, e := range r.Entities {
		if e.Kind == Place {
			if e.within != "" {
				e.Name += ", " + e.within
			}
			out = append(out, e)
		}
	}
	return out
}

// coordinate gives the names of a list ("Zentrix, Quillcorp, Brandel
// Aerospace and Moon Harbor"; "Mikhail Orlov and Alexander Brandt") that
// nothing else classified the kind the list's other names share: an
// organization among three names or more of which two are organizations
// and none a person, a person (two or three name-like words) among names
// of people only, a town the gazetteer has among places only. A name of
// several words that is a known place only in part ("Manchester United")
// counts as unclassified in a list of organizations.
func (f *finder) coordinate(spans []span) {
	type item struct {
		sp         span
		kind       Kind
		start, end int
		partial    bool // a place mention covers only part of it
	}
	// The first mention inside each span.
	ms := make([]Mention, len(f.res.Mentions))
	copy(ms, f.res.Mentions)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	f.sortedMentions = ms
	var items []item
	for _, sp := range spans {
		if f.titles[sp.a] || f.roleAfterComma(sp.a, sp.b) {
			continue // a work's title, a role after a name: in no list of names
		}
		_, start, end := f.spanText(sp.a, sp.b)
		it := item{sp: sp, start: start, end: end}
		k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
		if k < len(ms) && ms[k].Start < end {
			it.kind = f.res.Entities[ms[k].Entity].Kind
			it.partial = it.kind == Place && ms[k].End < end && ms[k].Start == start
			for j := k + 1; j < len(ms) && ms[j].Start < end; j++ {
				it.partial = false // more than one name inside
			}
		}
		items = append(items, it)
	}
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].sp.sentence == items[i].sp.sentence && f.listSeparator(items[j-1].sp.b, items[j].sp.a) &&
			!f.nextToPossessive(items[j-1].sp) && !f.nextToPossessive(items[j].sp) {
			j++
		}
		group := items[i:j]
		i = j
		if len(group) < 2 {
			continue
		}
		var persons, orgs, places, open int
		for _, it := range group {
			switch {
			case it.kind == 0 || it.partial:
				open++
			case it.kind == Person:
				persons++
			case it.kind == Organization:
				orgs++
			case it.kind == Place:
				places++
			}
		}
		if last := group[len(group)-1].sp; last.b < len(f.doc.Tokens) && regionPlurals[f.str(last.b)] {
			// "in Barry, Calhoun, Kalamazoo and Van Buren counties": every
			// name of the list is a place.
			for _, it := range group {
				if it.kind == Place && !it.partial {
					if kind := regionSingulars[f.str(last.b)]; kind == "" || strings.HasSuffix(f.spanTextOnly(it.sp.a, it.sp.b), " "+kind) {
						continue // "Quill and Tarn districts": the place as found (dropping it would drop it again)
					}
					f.dropMentions(it.start, it.end) // named again below as the county
				} else if it.kind != 0 {
					// (a name read as a person's or a body's only when
					// the gazetteer has it: "Van Buren")
					if name, _, _ := f.spanText(it.sp.a, it.sp.b); f.opts.MaybePlace == nil || !f.opts.MaybePlace(name) {
						continue
					}
					f.dropMentions(it.start, it.end)
				}
				// Named as the list names them: "Broward County".
				name, start, end := f.spanText(it.sp.a, it.sp.b)
				if kind := regionSingulars[f.str(last.b)]; kind != "" && !strings.HasSuffix(name, " "+kind) {
					name += " " + kind
				}
				f.addNamed(Place, name, start, end, it.sp.sentence)
			}
			continue
		}
		if orgs >= 2 && persons == 1 && places == 0 && len(group) >= 3 {
			// "Goldman Sachs, Morgan Stanley and Charles Schwab": a firm
			// named like a person, named nowhere else.
			for k, it := range group {
				if it.kind == Person && !it.partial && f.mentionedOnce(it.start) && !f.personContext(it.sp.a, it.sp.b) &&
					!(it.sp.b < len(f.doc.Tokens) && f.str(it.sp.b) == ",") {
					f.dropMentions(it.start, it.end)
					f.addOrg(it.sp.a, it.sp.b, it.sp.sentence)
					group[k].kind = Organization
				}
			}
		}
		if orgs >= 2 && places == 1 && persons == 0 && len(group) >= 3 {
			// "managed Brenmoor, Real Quillport and Inter Zorva": a club
			// named like its city.
			for k, it := range group {
				if k > 0 && group[k-1].kind == Organization && it.sp.a == group[k-1].sp.b+1 {
					continue // "the University of Goethe, Frankfurt": where it is
				}
				if it.kind == Place && !it.partial && it.sp.b == it.sp.a+1 {
					f.dropMentions(it.start, it.end)
					f.addOrg(it.sp.a, it.sp.b, it.sp.sentence)
					group[k].kind = Organization
				}
			}
		}
		if open == 0 {
			continue
		}
		for _, it := range group {
			if it.kind != 0 && !it.partial {
				continue
			}
			a, b := it.sp.a, it.sp.b
			if f.hasConnector(a, b, "on") || b == a+1 && (corporateSuffixes[f.str(a)] || notOrgAcronyms[f.str(a)] || regionCode(f.str(a))) {
				continue // "Arrowhead on Facebook", ", Inc."
			}
			switch {
			case orgs >= 2 && persons == 0 && len(group) >= 3 && !f.hasNotNameWord(a, b):
				if it.partial {
					f.dropMentions(it.start, it.end)
				}
				f.addOrg(a, b, it.sp.sentence)
			case it.partial:
			case persons >= 1 && persons >= orgs+places && b-a >= 2 && b-a <= 3 && f.nameLike(a, b) && !f.hasOrgWord(a, b) && !f.hasLowerWord(a, b):
				if name, _, _ := f.spanText(a, b); !f.known(name) {
					f.addPerson(a, b, it.sp.sentence, "")
				}
			case places >= 2 && persons == 0 && orgs == 0 && f.opts.MaybePlace != nil:
				if name, _, _ := f.spanText(a, b); f.opts.MaybePlace(name) && !notPlaceWords[name] {
					f.addPlace(a, b, it.sp.sentence)
				}
			case places == 1 && persons == 0 && orgs == 0 && f.opts.MaybePlace != nil && f.placeListContext(group[0].sp.a):
				// "in Lyon and Quellbury", "entered Lyon and
				// Quellbury": a town the gazetteer has, listed with a place
				// after a word of place or motion, and no surname of the
				// article.
				if name, _, _ := f.spanText(a, b); f.opts.MaybePlace(name) && !notPlaceWords[name] && f.personBy(f.str(b-1), f.tok(a).Start) < 0 &&
					!f.surnameAfterGiven(f.str(b-1)) && !hyphenTail(f.str(b-1)) && !f.hyphenAfter(b) {
					// (not "in Manhattan, or the L.A.-based artist")
					f.addPlace(a, b, it.sp.sentence)
				}
			}
		}
	}
}

// listSeparator reports whether the tokens [b, a) join two names of a
// list: a comma, "and", "or", "&", a comma and "and" or "or", each
// optionally followed by "the".
func (f *finder) listSeparator(b, a int) bool {
	if a > b && f.str(a-1) == "the" {
		a--
	}
	switch a - b {
	case 1:
		w := f.str(b)
		return w == "," || w == "and" || w == "or" || w == "&"
	case 2:
		return f.str(b) == "," && (f.str(b+1) == "and" || f.str(b+1) == "or")
	}
	return false
}

// dropMentions marks for removal the mentions found before pass 3 that
// start in [start, end); applyDrops removes them at the end of pass 3. An
// entity left with no mention is no longer reported.
func (f *finder) dropMentions(start, end int) {
	ms := f.sortedMentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	for ; k < len(ms) && ms[k].Start < end; k++ {
		if f.drops == nil {
			f.drops = map[[2]int]bool{}
		}
		f.drops[[2]int{ms[k].Start, ms[k].Entity}] = true
	}
}

// applyDrops removes the mentions dropMentions marked, in one pass.
func (f *finder) applyDrops() {
	if len(f.drops) == 0 {
		return
	}
	keep := f.res.Mentions[:0]
	touched := map[int]bool{}
	for _, m := range f.res.Mentions {
		if f.drops[[2]int{m.Start, m.Entity}] {
			touched[m.Entity] = true
			continue
		}
		keep = append(keep, m)
	}
	f.res.Mentions = keep
	for e := range touched {
		ent := &f.res.Entities[e]
		em := ent.Mentions[:0]
		for _, x := range ent.Mentions {
			if !f.drops[[2]int{x.Start, e}] {
				em = append(em, x)
			}
		}
		ent.Mentions = em
	}
}

// nextToPossessive reports whether a possessive ends span sp or comes
// right before it ("Tamsin’s Blue Harbor and Varga’s rocket"): such names
// qualify others and are no items of a list.
func (f *finder) nextToPossessive(sp span) bool {
	d := f.doc
	return sp.b < len(d.Tokens) && d.Tokens[sp.b].Kind == text.Possessive ||
		sp.a > 0 && d.Tokens[sp.a-1].Kind == text.Possessive
}

func (f *finder) hasConnector(a, b int, c string) bool {
	for i := a; i < b; i++ {
		if f.str(i) == c {
			return true
		}
	}
	return false
}

func (f *finder) hasNotNameWord(a, b int) bool {
	for i := a; i < b; i++ {
		if notNameWords[f.str(i)] {
			return true
		}
	}
	return false
}

// hasLowerWord reports whether a word of [a, b) is one the article also
// writes in lower case ("Big Machine"): no personal name.
func (f *finder) hasLowerWord(a, b int) bool {
	for i := a; i < b; i++ {
		if f.doc.WrittenLower(lowerASCII(f.str(i))) {
			return true
		}
	}
	return false
}

func (f *finder) sentenceOf(i int) int {
	ss := f.doc.Sentences
	k := sort.Search(len(ss), func(s int) bool { return ss[s].Last > i })
	if k >= len(ss) {
		return len(ss) - 1
	}
	return k
}

// aloneElsewhere reports whether the word w, the first of a span at
// token a, also stands alone as a capitalised word elsewhere ("Pro" of
// "AirBuds Pro", nouns of a German text): people go by their surnames.
func (f *finder) aloneElsewhere(w string, a int) bool {
	if f.aloneWords == nil {
		d := f.doc
		f.aloneWords = map[string]bool{}
		for k := range d.Tokens {
			if f.isCapWord(k) && !f.isCapWordAt(k+1) && (k == 0 || !f.isCapWord(k-1)) {
				f.aloneWords[f.str(k)] = true
			}
		}
	}
	return f.aloneWords[w] // (the span's own word has a capitalised neighbour)
}

// opensSentence reports whether token i opens its sentence or a quotation.
func (f *finder) opensSentence(i int) bool {
	if i == 0 {
		return true
	}
	t := f.tok(i - 1)
	if t.Kind == text.Quote || len(f.doc.Sentences) == 0 {
		return true
	}
	return f.doc.Sentences[f.sentenceOf(i)].First == i
}

// capitalisedInside reports whether the article writes w capitalised
// somewhere other than at the start of a sentence.
func (f *finder) capitalisedInside(w string) bool {
	if f.inside == nil {
		f.inside = map[string]bool{}
		for k := range f.doc.Tokens {
			if f.doc.Tokens[k].Kind == text.Word && f.isCapWord(k) && !f.opensSentence(k) {
				f.inside[f.str(k)] = true
			}
		}
	}
	return f.inside[w]
}

// toldThe reports whether the span at token a follows "told the" or
// "according to the".
func (f *finder) toldThe(a int) bool {
	if a < 2 || f.str(a-1) != "the" {
		return false
	}
	switch f.str(a - 2) {
	case "told", "tells", "telling":
		return true
	case "to":
		return a >= 3 && f.str(a-3) == "according"
	}
	return false
}

// andJoins reports whether the capitalised run from token k ends with an
// organization word, so that "and" before it joins one body's name
// ("Securities and Exchange Commission").
func (f *finder) andJoins(k, last int) bool {
	e := k
	for e < last && f.isCapWord(e) {
		e++
	}
	if e == k || e-k > 3 || !orgWords[f.str(e-1)] && !institutionEnds[f.str(e-1)] {
		return false
	}
	// Two complete names are two bodies ("Ceres Robotics and Tyvak
	// Systems"); the left one is complete when it ends with an
	// organization word after a name word.
	left := k - 2
	start := left
	for start > 0 && (f.isCapWord(start-1) || connectors[f.str(start-1)] && start >= 2 && f.isCapWord(start-2)) {
		start--
	}
	leftComplete := (orgWords[f.str(left)] || lastOrgWords[f.str(left)]) && f.hasNameWord(start, left+1) &&
		!(left > 0 && connectors[f.str(left-1)]) // ("Department of Fisheries and Quill Services": a complement)
	lt, _, _ := f.spanText(start, left+1)
	rt, _, _ := f.spanText(k, e)
	if knownOrgs[lt] || knownOrgs[rt] || f.known(lt) || f.known(rt) {
		return false // "the Quill Union and the Zorva League": two bodies
	}
	return !leftComplete || !f.hasNameWord(k, e)
}

// mentionedOnce reports whether the entity mentioned at offset start has
// that mention only and no role.
func (f *finder) mentionedOnce(start int) bool {
	ms := f.sortedMentions
	k := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	if k < len(ms) && ms[k].Start == start {
		e := &f.res.Entities[ms[k].Entity]
		return len(e.Mentions) == 1 && e.Role == ""
	}
	return false
}

// wordCount returns how many times the word w is written in the article
// (counted once for all words, on first use).
func (f *finder) wordCount(w string) int {
	if f.counts == nil {
		f.counts = map[string]int{}
		for k := range f.doc.Tokens {
			if f.doc.Tokens[k].Kind == text.Word {
				f.counts[f.str(k)]++
			}
		}
	}
	return f.counts[w]
}

// clausePrepositions opening what follows a name's comma make it a clause
// or an adjunct, no appositive role (", after the novelist X explained").
var clausePrepositions = map[string]bool{
	"after": true, "before": true, "with": true, "by": true, "for": true, "from": true, "to": true, "in": true,
	"on": true, "at": true, "like": true, "than": true, "as": true, "despite": true, "during": true, "since": true,
	"until": true, "when": true, "while": true, "where": true, "because": true, "unlike": true, "including": true,
}

// adjectiveLike reports whether w ends like an English adjective ("Local",
// "Historic", "Famous").
func adjectiveLike(w string) bool {
	lw := lowerASCII(w)
	for _, suf := range []string{"al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ern"} {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// capPositions returns the tokens where the capitalised word w is
// written (indexed once for all words, on first use).
func (f *finder) capPositions(w string) []int {
	if f.positions == nil {
		f.positions = map[string][]int{}
		for k := range f.doc.Tokens {
			if f.doc.Tokens[k].Kind == text.Word && f.isCapWord(k) {
				f.positions[f.str(k)] = append(f.positions[f.str(k)], k)
			}
		}
	}
	return f.positions[w]
}

// relativeWords open a relative clause, which names no role ("Sam Reyes,
// who met the coach, left").
var relativeWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "whom": true, "where": true}

// fieldOnly reports whether [a, b) is made of field words and "and" only
// ("Cardiology and Emergency Medicine", "Economics").
func (f *finder) fieldOnly(a, b int) bool {
	for i := a; i < b; i++ {
		if w := f.str(i); !fieldWords[w] && !(w == "and" && i > a && i < b-1) && !(w == "&" && i > a && i < b-1) {
			return false
		}
	}
	return b > a
}

// kindThenClause reports whether the kind of place in the appositive at
// comma b ends its noun phrase ("a city in …", "a town of 5,000", "a
// suburb,"), so that "a city council member" is no place.
func (f *finder) kindThenClause(b int) bool {
	for k := b + 2; k < len(f.doc.Tokens) && k <= b+4 && f.isLowerWord(k); k++ {
		if w := f.str(k); kindOfPlace[w] || w == "suburb" || w == "capital" || w == "region" {
			if k+1 >= len(f.doc.Tokens) || f.tok(k+1).Kind == text.Punct {
				return true
			}
			switch f.str(k + 1) {
			case "in", "of", "on", "near", "that", "where", "with", "north", "south", "east", "west", "about", "known", "outside", "along", "and":
				return true
			}
			return false
		}
	}
	return false
}

// nameInnerWords join the parts of a town's name ("Braunau am Inn",
// "Newcastle upon Tyne"): the part after one is no town of its own.
var nameInnerWords = map[string]bool{
	"am": true, "an": true, "im": true, "upon": true, "on": true, "de": true, "del": true, "la": true, "le": true,
	"sur": true, "en": true, "ob": true, "der": true,
}

// eventWords end the names of events, not of bodies ("Boston Marathon").
var eventWords = map[string]bool{
	"Marathon": true, "Olympics": true, "Games": true, "Open": true, "Cup": true, "Summit": true, "Conference": true,
	"Festival": true, "Show": true, "Expo": true, "Fair": true, "Derby": true, "Classic": true, "Masters": true,
	"Talks": true, "Accords": true, "Protocols": true, "Riots": true, "Trials": true, "Series": true, "Awards": true,
	"Protests": true, "Wildfires": true, "Fires": true, "Floods": true, "Attacks": true, "Bombings": true,
	"Shootings": true, "Killings": true, "Negotiations": true, "Agreements": true, "Sanctions": true, "Tariffs": true,
	"Papers": true, "Files": true, "Hearings": true, "Primaries": true, "Caucuses": true, "Midterms": true,
}

// groupNounAfter reports whether a lower-case noun of a group or a body
// follows token b-1 ("Quell Valley officials", "Brandt County voters"): the
// name before it is no person's.
func (f *finder) groupNounAfter(b int) bool {
	if b >= len(f.doc.Tokens) || !f.isLowerWord(b) {
		return false
	}
	switch f.str(b) {
	case "police", "officials", "authorities", "residents", "council", "county", "government", "voters", "fans",
		"supporters", "lawmakers", "firefighters", "schools", "district", "region", "area":
		return true
	}
	return false
}

// remitWord reports whether w reads as a common noun of a remit
// ("Security", "Trade", "Construction"): a field word, a word the article
// also writes in lower case, or a noun's ending.
func (f *finder) remitWord(w string) bool {
	if fieldWords[w] || f.doc.WrittenLower(lowerASCII(w)) {
		return true
	}
	lw := lowerASCII(w)
	for _, suf := range []string{"ity", "ment", "tion", "sion", "ance", "ence", "ism", "ics", "ure", "age", "try", "ery", "ing", "ade", "ness", "ships", "ship", "ts", "cy", "al", "ive", "ic", "ics"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// spanTextOnly returns the text of tokens [a, b).
func (f *finder) spanTextOnly(a, b int) string {
	t, _, _ := f.spanText(a, b)
	return t
}

// hyphenPrefixes open a lower-case word before a hyphen and a name
// ("pro-Russia", "anti-Kremlin", "ex-Soviet").
var hyphenPrefixes = map[string]bool{"pro": true, "anti": true, "ex": true, "non": true, "post": true, "pre": true, "mid": true}

// descriptorWord reports whether a capitalised word before a full name is
// an ordinary word describing the person: written in lower case elsewhere
// in the article, or shaped like an adjective or an adherent ("Feminist",
// "Veteran", "Legendary").
func (f *finder) descriptorWord(w string) bool {
	lw := lowerASCII(w)
	return f.doc.WrittenLower(lw) || adjectiveLike(w) || strings.HasSuffix(lw, "ist") || strings.HasSuffix(lw, "ian") || text.IsSentenceOpener(lw) ||
		partyWords[w] || isDemonym(w, false)
}

// determinerAt reports whether token i is an article, a possessive or a
// word that opens a noun phrase before a work's noun ("her book", "the
// film", "his new album"; not "polls show").
func (f *finder) determinerAt(i int) bool {
	if i < 0 {
		return false
	}
	if f.tok(i).Kind == text.Possessive {
		return true
	}
	switch lowerASCII(f.str(i)) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "new", "latest", "first", "debut",
		"upcoming", "hit", "bestselling", "best-selling", "acclaimed", "popular", "recent", "second", "third", "last":
		return true
	}
	return false
}

// personOnSplit returns the index of an "on" inside [a, b) that follows a
// personal name of two to four words (a given name first, a suffix such as
// "III" allowed, no word of bodies) and precedes the rest of the span
// ("John Renner on Fox News", "Martin Renner III on CNN"), or -1: a body's
// name with "on" has a body's word before it ("Council on Foreign
// Relations").
func (f *finder) personOnSplit(a, b int) int {
	for c := a + 2; c <= a+4 && c+1 < b; c++ {
		if f.str(c) != "on" {
			continue
		}
		if n := f.trimSuffixes(a, c); !f.isGiven(f.str(a)) || !f.nameLike(a, n) || f.hasOrgWord(a, n) {
			return -1
		}
		return c
	}
	return -1
}

// forSplit returns the index of a "for" or "on" inside [a, b) that joins
// two places rather than naming a body's remit: no organization word, title
// or known body in the span, and a place the gazetteer has on both sides
// ("Piraeus for Athens"); else -1.
func (f *finder) forSplit(a, b int) int {
	if b-a < 3 || f.hasOrgWord(a, b) || f.anyTitleWord(a, b) {
		return -1
	}
	for k := a + 1; k < b-1; k++ {
		if w := f.str(k); w != "for" && w != "on" {
			continue
		}
		rest, _, _ := f.spanText(k+1, b)
		left, _, _ := f.spanText(a, k)
		if !f.known(rest) || knownOrgs[f.spanTextOnly(a, b)] || !f.known(left) && (f.opts.MaybePlace == nil || !f.opts.MaybePlace(left)) {
			return -1 // (not "the West Division on Wisconsin": a team)
		}
		return k
	}
	return -1
}

// namedAfterNouns after "the NAME" make the name a person's that a thing
// is named after or belongs to ("the Taylor Quill concert").
var namedAfterNouns = map[string]bool{
	"concert": true, "concerts": true, "tour": true, "song": true, "songs": true, "album": true, "fans": true,
	"show": true, "film": true, "movie": true, "biopic": true, "documentary": true, "interview": true, "speech": true,
	"presidency": true, "government": true, "foundation": true, "story": true, "saga": true, "scandal": true,
	"effect": true, "rule": true, "doctrine": true, "playbook": true, "way": true, "name": true, "brand": true,
}

// clauseDeterminers are thingDeterminers that also open a clause or
// stand for a person ("said that Jane Roe would", "her Jane"): no
// evidence of a product.
var clauseDeterminers = map[string]bool{"that": true, "his": true, "her": true, "this": true}

// allDigits reports whether w is made of ASCII digits only.
func allDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// imperativeOpeners are verbs that open a sentence before a name in
// features ("Meet Sarah Lind, owner of …", "Ask Dana Roe"): no part of it.
var imperativeOpeners = map[string]bool{
	"meet": true, "ask": true, "thank": true, "welcome": true, "congratulations": true, "introducing": true,
	"hire": true, "follow": true, "visit": true, "contact": true, "email": true, "listen": true, "watch": true,
	"join": true, "shop": true, "try": true, "discover": true, "explore": true, "subscribe": true, "download": true,
	"buy": true, "grab": true, "enter": true,
}

// listJoiners join the items of a list or a comparison.
var listJoiners = map[string]bool{",": true, "and": true, "or": true, "vs": true, "vs.": true, "versus": true, "with": true, "than": true}

// titleCaseSmall are the words title case leaves in lower case.
var titleCaseSmall = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "by": true, "with": true, "as": true, "vs": true, "vs.": true, "from": true, "into": true,
}

// titleCase turns "NEW YORK" into "New York".
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '.'
	}
	return b.String()
}

// isShouted reports whether sentence s is a line in capitals ("FRANCE WINS
// AGAIN"): two words or more, every word in capitals.
func isShouted(d *text.Doc, s text.Sentence) bool {
	words := 0
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i]
		if t.Kind != text.Word {
			continue
		}
		w := d.Text[t.Start:t.End]
		if !text.IsAllCaps(w) {
			return false
		}
		words++
	}
	return words >= 2
}

// knownAt reports whether the capitalised word at token i, alone or with
// the capitalised word after it, is a place the gazetteer knows ("Paris",
// "New York").
func (f *finder) knownAt(i int) bool {
	if f.known(f.str(i)) {
		return true
	}
	return f.isCapWordAt(i+1) && f.known(f.doc.Text[f.tok(i).Start:f.tok(i+1).End])
}
