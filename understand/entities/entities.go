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
// town and its state before "said".
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
	lower     map[string]bool // words the text writes in lower case
	res       *Result
	persons   map[string]int // "first last" key → entity
	byName    map[string]int // org/place name → entity
	pending   []pendingSingle
	deferred  []span // spans of several words that pass 1 could not classify
	employers []span // "at Miller Tabak": an employer unless a person has the name
	headline  []bool // sentences in title case, where capitals say little

	bySurname, byGiven map[string][]int // pass-1 people by surname and given name
	fullStarts         map[int][]int    // pass-1 mention offsets of each person, sorted
	lastPerson         int              // the entity addPersonAs last touched

	// Memos of per-word look-ups that scan the article, so that long
	// texts stay linear.
	brands      map[string]bool  // camelBrand
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
	f.lower = make(map[string]bool, len(doc.Tokens)/2)
	for i, t := range doc.Tokens {
		if t.Kind == text.Word {
			r, _ := utf8.DecodeRuneInString(doc.Text[t.Start:])
			if unicode.IsLower(r) {
				f.lower[doc.Str(i)] = true
			}
		}
	}
	f.headline = make([]bool, len(doc.Sentences))
	for si, se := range doc.Sentences {
		f.headline[si] = (isHeadline(doc, se) || isShouted(doc, se)) && !labelLine(doc, se)
	}
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
	f.applyDrops()
	f.finish()
	return f.res
}

func (f *finder) str(i int) string { return f.doc.Str(i) }

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
		if n := f.str(i + 1); !f.lower[lowerASCII(n)] && !f.known(n) && !knownOrgs[n] && !isOrgWord(n) && !notNameWords[n] &&
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
		if f.known(pair) || knownOrgs[pair] {
			return false
		}
	}
	if f.lower[lw] || text.IsSentenceOpener(lw) || text.IsSpeechVerb(lw) || roleNouns[lw] || groupNouns[lw] || quantityNouns[lw] ||
		imperativeOpeners[lw] && f.isCapWordAt(i+1) {
		return true // (also "Shares of Tata Motors", "Thousands of …")
	}
	if f.known(w) {
		return false
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
	if f.basedTail(b-1) && f.opts.MaybePlace != nil && f.opts.MaybePlace(name) {
		// "the president of Quillmere-based Dorvan Fish": a town before
		// "-based" is a place, even where an employer is expected.
		f.addPlace(a, b, sp.sentence)
		return
	}
	if f.namedAsPlace(a, b) {
		// "in the town of Quellbury": named as a place, known or not.
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
		if rest, _, _ := f.spanText(a+1, b); f.known(rest) {
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
	if (f.employerContext(a) && !(b < len(f.doc.Tokens) && placeNouns[f.str(b)]) || f.orgNounContext(a, b, sp.sentence) && !f.isGiven(f.str(a))) &&
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
		if rest > k+1 && !f.hasOrgWord(k+1, b) && rest-(k+1) <= 4 && !f.thingWordIn(k+1, rest) {
			role := ""
			if !(k == a && honorifics[f.str(a)]) {
				role, _, _ = f.spanText(a, k+1)
				if honorifics[f.str(a)] {
					role, _, _ = f.spanText(a+1, k+1)
				}
			}
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
			f.addPlace(a+2, b, sp.sentence)
			return
		}
	}
	// "NORA VANCE met …": a name set in capitals.
	if n := b - a; n >= 2 && n <= 3 && f.shoutedName(a, b) {
		f.addPersonAs(a, b, sp.sentence, name, titleCase(f.str(a)), titleCase(f.str(b-1)))
		return
	}
	// Unclassified here; pass 2 looks it up among the names found
	// elsewhere ("released through Big Machine").
	f.deferred = append(f.deferred, sp)
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

// trimSuffixes returns b less any trailing name suffixes ("Jr.").
func (f *finder) trimSuffixes(a, b int) int {
	for b > a+1 && nameSuffixes[f.str(b-1)] {
		b--
	}
	return b
}

func (f *finder) hasOrgWord(a, b int) bool {
	for i := a; i < b; i++ {
		if isOrgWord(f.str(i)) {
			return true
		}
	}
	// (a last organization word after a title and "of" ends a role's
	// field: "Head of Research")
	return b-a >= 2 && (lastOrgWords[f.str(b-1)] && !isTitleHead(f.str(a)) && !roleNouns[lowerASCII(f.str(a))] ||
		institutionEnds[f.str(b-1)] && f.hasConnector(a, b, "and"))
}

// isOrgWord reports whether w is an organization word, also as a
// capitalised part of a hyphenated word ("Post-Gazette", "News-Register").
func isOrgWord(w string) bool {
	if orgWords[w] {
		return true
	}
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || w[k+1] < 'A' || w[k+1] > 'Z' {
		return false
	}
	return orgWords[w[:k]] || orgWords[w[k+1:]]
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
	if w := f.str(b - 1); b-a >= 2 && demonyms[w] {
		return false // "the Kentucky Republican said": a description
	}
	if w := f.str(a); b-a >= 2 && !f.isGiven(w) && demonyms[w] {
		return false // "the early German Expressionist": a description (listed nationalities only: not "Kylian")
	}
	for i := a; i < b; i++ {
		t := f.tok(i)
		w := f.str(i)
		if t.Kind != text.Word || strings.ContainsAny(w, "0123456789") {
			return false // (not "Brent LCOc1")
		}
		if text.IsAllCaps(w) && !isInitials(w) {
			return false
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
	return f.appositiveRole(b) != "" || f.appositiveSpeaker(b)
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
		if t.Kind != text.Word || !isRoleNoun(lowerASCII(f.str(k))) || k == 0 {
			continue
		}
		switch lowerASCII(f.str(k - 1)) {
		case "the", "his", "her", "their", "its", "our", "my":
			return true
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

// prefixEntities finds places and organizations in the words before a
// title ("U.S." in "U.S. National Security Adviser", "Kremlin" in "Kremlin
// spokesman").
func (f *finder) prefixEntities(a, b, sentence int) {
	e := a
	for e < b && !titleHeads[f.str(e)] {
		e++
	}
	// Drop modifiers that are no names ("Former", "Republican").
	for e > a && (f.lower[lowerASCII(f.str(e-1))] && !text.IsAllCaps(f.str(e-1)) && !f.known(f.str(e-1)) || modifierCaps[f.str(e-1)]) && !f.hasOrgWord(e-1, e) {
		// (not "US" of "US Secretary of State": "us" is a pronoun)
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
	case f.known(name):
		f.addPlace(a, e, sentence)
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

// titleCaseSmall are the words title case leaves in lower case.
var titleCaseSmall = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "by": true, "with": true, "as": true, "vs": true, "vs.": true, "from": true, "into": true,
}

// employerContext reports whether the span at a follows "ROLE at|of|for
// (the)": "equity strategist at Miller Tabak".
func (f *finder) employerContext(a int) bool {
	d := f.doc
	if a >= 3 && f.str(a-1) == "and" && f.isCapWord(a-2) {
		// "analysts at Jefferson and Brenmoor": the second employer.
		j := a - 2
		for j > 0 && f.isCapWord(j-1) {
			j--
		}
		if j >= 2 && f.str(j-1) == "at" {
			return f.employerContext(j)
		}
	}
	k := a - 1
	if k >= 0 && f.str(k) == "the" {
		k--
	}
	if k < 1 || d.Tokens[k].Kind != text.Word {
		return false
	}
	p := f.str(k)
	if p != "at" && p != "of" && p != "for" && p != "with" {
		return false
	}
	if p == "of" && !f.isLowerWord(k-1) {
		return false // "the Artist of the Decade award": a title, no employer
	}
	if p == "at" && groupNouns[lowerASCII(f.str(k-1))] && professionPlurals[lowerASCII(f.str(k-1))] {
		return true // "analysts at Jefferies"
	}
	if p != "at" && f.str(a-1) != "the" && !roleNouns[f.str(k-1)] {
		return false
	}
	if p == "with" && f.str(k-1) == "head" || f.str(k-1) == "member" {
		return false // "hit him in the head with Rudd's helmet"; "a member of the Orion 7 team"
	}
	if p == "at" && d.Tokens[k-1].Kind == text.Word && jobNouns[lowerASCII(f.str(k-1))] {
		return true // "a consulting position at Aon", "her internship at Zentrix"
	}
	return d.Tokens[k-1].Kind == text.Word && roleNouns[lowerASCII(f.str(k-1))] && !titleHeads[f.str(k-1)]
}

// jobNouns before "at" name a post at an employer.
var jobNouns = map[string]bool{
	"position": true, "job": true, "role": true, "internship": true, "stint": true, "tenure": true, "post": true,
	"career": true, "residency": true, "fellowship": true, "apprenticeship": true, "placement": true,
}

// orgNounContext reports whether an organization noun names the span:
// right before it ("company Coty"), in an appositive after it ("Zentrix,
// the little-known firm"), or heading the sentence it is an
// appositive of ("The group that owns her music, Big Machine, says").
func (f *finder) orgNounContext(a, b, sentence int) bool {
	d := f.doc
	if a > 0 && d.Tokens[a-1].Kind == text.Word && orgNouns[f.str(a-1)] {
		return true
	}
	if b+1 < len(d.Tokens) && f.str(b) == "," {
		for k := b + 1; k < len(d.Tokens) && k <= b+5; k++ {
			t := d.Tokens[k]
			if t.Kind != text.Word {
				break
			}
			if orgNouns[f.str(k)] {
				return k > b+1 // after a determiner or an adjective
			}
			if k == b+1 && !(f.str(k) == "the" || f.str(k) == "a" || f.str(k) == "an") {
				break
			}
		}
	}
	s := d.Sentences[sentence]
	if a >= 2 && f.str(a-1) == "," && b < s.Last && f.str(b) == "," && s.Last-s.First > 2 &&
		f.str(s.First) == "The" && orgNouns[f.str(s.First+1)] && d.Tokens[s.First+2].Kind != text.Possessive {
		return true // (not "The company's chairman, N. Chandrasekaran, told")
	}
	return false
}

// hasTitle reports whether [a, b) holds a title word followed by a name.
func (f *finder) hasTitle(a, b int) bool { return f.lastTitle(a, b) >= 0 }

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

func (f *finder) hasAmpersand(a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		if f.str(i) == "&" {
			return true
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

func (f *finder) addPlace(a, b, sentence int) {
	name, start, end := f.spanText(a, b)
	f.addNamed(Place, name, start, end, sentence)
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

func (f *finder) addOrg(a, b, sentence int) {
	if b == a+1 && orgWords[f.str(a)] && !knownOrgs[f.str(a)] && !text.IsAllCaps(f.str(a)) {
		return // a bare organization word ("Publishing", "Council") names nothing
	}
	// "Founder of Ceres Robotics Inc.": the organization follows the title.
	for k := a; k < b-2; k++ {
		if (titleHeads[f.str(k)] || f.str(k) == "and") && f.str(k+1) == "of" {
			a = k + 2
			break
		}
		if !titleHeads[f.str(k)] && f.str(k) != "and" {
			break
		}
	}
	a = f.extendToAcronym(a, b)
	name, start, end := f.spanText(a, b)
	// "Acme Foods Inc." and "Acme Foods", "the British Foreign Office" and
	// "the Foreign Office": one organization, the short form an alias.
	short := shortOrgName(name)
	okey := string(rune('0' + Organization))
	if short != name {
		if e0, ok := f.byName[okey+short]; ok {
			f.byName[okey+name] = e0
		}
	}
	e := f.addNamed(Organization, name, start, end, sentence)
	if short != name {
		if _, ok := f.byName[okey+short]; !ok {
			f.byName[okey+short] = e
		}
		f.addAlias(e, short)
	}
	// "Federal Bureau of Investigation (FBI)": the acronym is an alias.
	d := f.doc
	if b+2 < len(d.Tokens) && f.str(b) == "(" && f.str(b+2) == ")" && text.IsAllCaps(f.str(b+1)) {
		f.addAlias(e, f.str(b+1))
		f.byName[f.str(b+1)] = e
		t := d.Tokens[b+1]
		f.addMention(e, t.Start, t.End, sentence)
	}
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

// addPerson records the person named by tokens [a, b).
func (f *finder) addPerson(a, b, sentence int, role string) {
	b2 := f.trimSuffixes(a, b)
	name, _, _ := f.spanText(a, b)
	f.addPersonAs(a, b, sentence, name, f.str(a), f.str(b2-1))
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
			if e := f.orgByInitials(w); e >= 0 {
				// "(AP)" with "Associated Press" named in the article.
				f.addAlias(e, w)
				f.byName[w] = e
				f.addMention(e, t.Start, t.End, p.sentence)
				continue
			}
			f.addOrg(p.tok, p.tok+1, p.sentence)
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
		if !p.titled && !p.headline && spoken[w] == 0 && f.placeInKnownPlace(p.tok) {
			f.addPlace(p.tok, p.tok+1, p.sentence) // "from Quellbury in Tunisia"
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
			if e := f.orgByInitials(w); e >= 0 {
				f.addAlias(e, w)
				f.byName[w] = e
				f.addMention(e, t.Start, t.End, p.sentence)
				continue
			}
			f.addOrg(p.tok, p.tok+1, p.sentence)
			continue
		}
		if spoken[w] == 0 && f.sourceContext(p.tok) && f.singleNameWord(p.tok) && !f.isGiven(w) && !f.known(w) {
			// "according to Statista", "data from Brenmoor": a source
			// no person of the article is named after.
			f.addOrg(p.tok, p.tok+1, p.sentence)
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

// isAcronym reports whether token i is an acronym that may name an
// organization ("FBI"): two to six ASCII capitals or digits, not a word the
// text also writes in lower case, not one of a run of capitalised words
// (a shouted heading), not a known non-organization acronym.
func (f *finder) isAcronym(i int) bool {
	w := f.str(i)
	if len(w) < 2 || len(w) > 6 || !text.IsAllCaps(w) || notOrgAcronyms[w] || knownOrgs[w] || credentials[w] && !usStateCodes[w] {
		return knownOrgs[w] // (not "FACP", "CFP": a credential)
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if !(c >= 'A' && c <= 'Z' || c == '&') {
			return false // "PS4", "RAV4": a model, not an organization
		}
	}
	if f.lower[strings.ToLower(w)] || stopCaps[titleCase(w)] || text.IsSentenceOpener(strings.ToLower(w)) {
		return false // "ONLY", "BEFORE": a shouted word
	}
	d := f.doc
	if i > 0 && d.Tokens[i-1].Kind == text.Word && emphasisBefore[lowerASCII(f.str(i-1))] &&
		!(i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == text.Possessive) {
		return false // "range is HUGE", "a REALLY big deal": a word of emphasis
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(d.Tokens) && d.Tokens[j].Kind == text.Word && text.IsAllCaps(f.str(j)) && len(f.str(j)) > 1 && !f.known(f.str(j)) {
			return false
		}
	}
	return true
}

// emphasisBefore are words after which a word in capitals is shouted, not
// an acronym ("it is HUGE", "so MUCH better").
var emphasisBefore = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "so": true, "very": true,
	"really": true, "too": true, "absolutely": true, "totally": true, "definitely": true,
	"seems": true, "felt": true, "feels": true, "looks": true, "sounds": true,
}

// orgByInitials finds an organization whose capitalised words' initials
// spell acr ("Federal Bureau of Investigation" → "FBI").
func (f *finder) orgByInitials(acr string) int {
	for e := range f.res.Entities {
		ent := &f.res.Entities[e]
		if ent.Kind != Organization {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(ent.Name) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if b.Len() >= 2 && b.String() == acr {
			return e
		}
	}
	return -1
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
		if m.Entity == n.Entity || r.Entities[m.Entity].Kind != Place || r.Entities[n.Entity].Kind != Place {
			continue
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
}

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

// isDomain reports whether w is a web address ("Annuity.org").
func isDomain(w string) bool {
	k := strings.LastIndexByte(w, '.')
	return k > 0 && k+2 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z'
}

// camelCase reports whether w has a capital after a lower-case letter
// ("ClassPass", "CData"), as brands do, past the prefixes of surnames
// ("McDonald", "LeCun", "DeSantis").
func camelCase(w string) bool {
	// "QRLabs", "JPMorgan": three capitals or more, then a lower-case
	// word ("CEOs" is a plural).
	caps := 0
	for caps < len(w) && w[caps] >= 'A' && w[caps] <= 'Z' {
		caps++
	}
	if caps >= 3 && len(w)-caps >= 2 && w[caps] >= 'a' && w[caps] <= 'z' && strings.ToLower(w[caps:]) == w[caps:] {
		return true
	}
	for _, pre := range []string{"Mc", "Mac", "Le", "La", "De", "Di", "Da", "Du", "Van", "Von", "Fitz", "O’", "O'"} {
		if strings.HasPrefix(w, pre) {
			w = w[len(pre):]
			break
		}
	}
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// singleNameWord reports whether the word at token i could be a name on
// its own: a capitalised word that is not all capitals, not written in
// lower case elsewhere in the article, and not a word that opens
// sentences or names a role.
func (f *finder) singleNameWord(i int) bool {
	w := f.str(i)
	lw := lowerASCII(w)
	if len(w) < 2 || len(w) == 2 && w[1] == '.' || text.IsAllCaps(w) || f.lower[lw] || text.IsSentenceOpener(lw) || roleNouns[lw] || groupNouns[lw] ||
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

// speaksAsOrganization reports whether a single-word speaker at token i is
// an organization: the article goes on about it with "its" before any
// personal pronoun ("Nomura said … its clients").
func (f *finder) speaksAsOrganization(i int) bool {
	d := f.doc
	if len(d.Sentences) == 0 {
		return false
	}
	si := f.sentenceOf(i)
	if s := d.Sentences[si]; i < s.First || i >= s.Last {
		return false
	}
	end := d.Sentences[min(si+1, len(d.Sentences)-1)].Last
	for k := i + 1; k < end; k++ {
		if d.Tokens[k].Kind != text.Word {
			continue
		}
		switch f.str(k) {
		case "its", "Its":
			return true
		case "he", "she", "his", "her", "him", "He", "She", "His", "Her", "himself", "herself":
			return false
		}
	}
	return false
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

// personOfEmployer returns the index of the "of" or "at" in [a, b) when the
// words before it are a person's name that context or a given name vouches
// for and the words after it an employer ("said geologist Rosaly Lopes of
// NASA"), or -1.
func (f *finder) personOfEmployer(a, b int) int {
	for c := a + 2; c < b-1 && c <= a+4; c++ {
		w := f.str(c)
		if w != "of" && w != "at" {
			continue
		}
		if !f.nameLike(a, c) || f.hasOrgWord(a, c) || f.known(f.doc.Text[f.tok(a).Start:f.tok(c-1).End]) {
			return -1
		}
		if f.isGiven(f.str(a)) && !f.commonGivenPhrase(a, c) || f.hasInitial(a, c) || f.roleBefore(a) != "" ||
			a > 0 && f.tok(a-1).Kind == text.Word && text.IsInversionVerb(lowerASCII(f.str(a-1))) {
			return c // (not "Why Might Quickly Surpass Spending of Roads": a title's words)
		}
		return -1
	}
	return -1
}

// locativePrepositions put a place after them ("near Evansville").
var locativePrepositions = map[string]bool{
	"from": true, "in": true, "near": true, "outside": true, "across": true, "around": true, "throughout": true, "inside": true,
}

// notPlaceWords are names of places of no country ("missions to
// Jupiter") and words after "in" that are seldom places ("in Spring").
var notPlaceWords = map[string]bool{
	"Mercury": true, "Venus": true, "Earth": true, "Mars": true, "Jupiter": true, "Saturn": true, "Uranus": true,
	"Neptune": true, "Pluto": true, "Moon": true, "Sun": true, "Titan": true, "Europa": true, "Enceladus": true,
	"Spring": true, "Summer": true, "Autumn": true, "Fall": true, "Winter": true, "Paradise": true, "Heaven": true,
	"Media": true, "Java": true, "Python": true, "Central": true, "Eastern": true, "Western": true, "Northern": true,
	"Southern": true, "North": true, "South": true, "East": true, "West": true, "Turbo": true, "City": true, "Town": true,
	"County": true, "Village": true, "Township": true, "Borough": true,
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
		case p == "on" && a > 1 && attackNouns[lowerASCII(f.str(a-2))]:
			ctx = true // "a missile attack on Zorvaville"
		case p == "of" && a > 1 && (compassWords[lowerASCII(f.str(a-2))] || placeNouns[lowerASCII(f.str(a-2))] || ofPlaceNouns[lowerASCII(f.str(a-2))]):
			ctx = true // "southwest of Ithaca", "the town of Bavispe"
		case compassAdjectives[p] && a > 1 && (locativePrepositions[f.str(a-2)] || f.str(a-2) == "of" || f.str(a-2) == "to"):
			ctx = true // "in eastern Zorvaville"
		}
		if ctx && b < len(d.Tokens) && (d.Tokens[b].Kind == text.Word && text.IsCapitalized(f.str(b)) || d.Tokens[b].Kind == text.Possessive) {
			ctx = false // not "in Jackson's case"
		}
	}
	if !ctx && !(b == a+1 && f.isGiven(name)) {
		ctx = f.placeNounContext(a, b) || f.placeOwnsIt(a, b) || f.placeAppositive(b) || f.fromTo(a)
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
	return ctx && f.opts.MaybePlace(name)
}

// basedTail reports whether token i ends in "-based", "-born" or
// "-headquartered" ("Quillmere-based").
func (f *finder) basedTail(i int) bool {
	w := f.str(i)
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return false
	}
	switch w[k+1:] {
	case "based", "born", "headquartered":
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

// featureNouns end the names of islands, beaches and counties: "Pellow
// Island", "the Varrick Islands", "Tarn Atoll", "Sixty Rod Beach", "Quell
// County".
var featureNouns = map[string]bool{
	"Island": true, "Islands": true, "Isles": true, "Atoll": true, "Archipelago": true, "Peninsula": true,
	"Beach": true, "County": true, "Basin": true, "Glacier": true, "Strait": true, "Plateau": true, "Desert": true,
	"Canyon": true, "Fjord": true, "Dependency": true, "Coast": true, "Reef": true, "Lagoon": true,
	"Keys": true, "Highlands": true, "Lowlands": true, "Everglades": true, "Hamptons": true, "Antilles": true,
	"Parish": true, "Borough": true, "Township": true, "Oblast": true, "Governorate": true, "Prefecture": true,
}

// featureName reports whether [a, b) is the name of an island or a group of
// them: one to three name words and a feature noun, in a place's position
// ("on Pellow Island", "from the Varrick Islands", "Pellow Island's
// harbour"); not an organization's name ("Pellow Island Ferries" does not
// end in the noun) and not a title ("Treasure Island" opening a sentence
// has no place position).
func (f *finder) featureName(a, b int) bool {
	if b-a >= 2 && b-a <= 3 && leadingFeatureNouns[f.str(a)] && !f.hasOrgWord(a, b) && !f.hasLowerWord(a, b) && !featureNouns[f.str(b-1)] &&
		!f.employerContext(a) && !(a > 0 && f.str(a-1) == "at") {
		// (not "a cardiologist at Mount Quill": a hospital named after it)
		// "near Lake Zorva", "on Mount Quell", "off Cape Zorva"
		for k := a + 1; k < b; k++ {
			if f.tok(k).Kind != text.Word || !text.IsCapitalized(f.str(k)) || f.isGiven(f.str(k)) && k == a+1 && b-a == 3 {
				return false
			}
		}
	} else if b-a < 2 || b-a > 4 || !featureNouns[f.str(b-1)] || f.hasOrgWord(a, b) || f.hasLowerWord(a, b-1) {
		return false
	}
	for k := a; k < b-1 && !leadingFeatureNouns[f.str(a)]; k++ {
		if f.tok(k).Kind != text.Word || !text.IsCapitalized(f.str(k)) || featureNouns[f.str(k)] || text.IsAllCaps(f.str(k)) {
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
// "in", "from" or "near" and before "in" and a known place ("from Quellbury
// in Tunisia"); not a given name, a surname of the article's people or a
// word in capitals.
func (f *finder) placeInKnownPlace(i int) bool {
	d := f.doc
	w := f.str(i)
	if i == 0 || i+2 >= len(d.Tokens) || len(w) < 4 || text.IsAllCaps(w) || f.isGiven(w) || notPlaceWords[w] {
		return false
	}
	switch p := f.str(i - 1); {
	case p == "in" || p == "from" || p == "near" || pathPrepositions[p] || listMotionVerbs[p]:
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

// ownsLikeOrganization reports whether the single word at token i is
// written as a business: followed by a possessive and what a company has
// ("WeWork’s employees", "Coty’s shares"), by such a thing with no
// possessive ("WeWork employees", "Coty shares"), or after "shares of".
func (f *finder) ownsLikeOrganization(i int) bool {
	d := f.doc
	n := len(d.Tokens)
	if i+2 < n && d.Tokens[i+1].Kind == text.Possessive && d.Tokens[i+2].Kind == text.Word && companyHas[f.str(i+2)] {
		return true
	}
	if i+1 < n && d.Tokens[i+1].Kind == text.Word && companyHasPlain[f.str(i+1)] && i > 0 && d.Tokens[i-1].Kind == text.Word &&
		f.isLowerWord(i-1) && !strings.HasSuffix(f.str(i), "ing") && !strings.HasSuffix(f.str(i), "ed") {
		// "WeWork employees", "Coty shares"; not "Give employees" or
		// "Senior executives" opening a sentence.
		return true
	}
	return i >= 2 && f.str(i-1) == "of" && (f.str(i-2) == "shares" || f.str(i-2) == "stock")
}

// companyHasPlain are the things of a company that follow its bare name
// ("WeWork employees"), unlike a person's.
var companyHasPlain = map[string]bool{
	"shares": true, "stock": true, "employees": true, "shareholders": true, "subscribers": true, "headquarters": true,
	"executives": true, "stores": true,
}

// companyHas are the things a company has ("WeWork’s employees").
var companyHas = map[string]bool{
	"CEO": true, "ceo": true, "shares": true, "stock": true, "employees": true, "staff": true, "workers": true,
	"headquarters": true, "board": true, "shareholders": true, "investors": true, "customers": true, "subscribers": true,
	"revenue": true, "revenues": true, "profit": true, "profits": true, "earnings": true, "subsidiary": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "website": true, "app": true, "platform": true,
	"co-founder": true, "cofounder": true, "chairman": true, "valuation": true, "IPO": true, "stores": true,
}

// itsAfterVerb reports whether a verb of speech right after token b (over
// auxiliaries) is followed by "its" ("said its sales fell"): an
// organization speaking of itself.
func (f *finder) itsAfterVerb(b int) bool {
	d := f.doc
	k := b
	for k < len(d.Tokens) && k < b+3 && d.Tokens[k].Kind == text.Word && auxiliaries[f.str(k)] {
		k++
	}
	if k+1 >= len(d.Tokens) || !text.IsSpeechVerb(f.str(k)) {
		return false
	}
	n := k + 1
	if f.str(n) == "that" && n+1 < len(d.Tokens) {
		n++
	}
	return f.str(n) == "its"
}

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

// thingDeterminers before a capitalised word make it a brand or a thing,
// not a person ("an Audi", "the Audi e-tron", "its Audi").
var thingDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "The": true, "its": true, "their": true, "every": true, "this": true, "that": true,
	"his": true, "her": true, "my": true, "your": true, "our": true,
}

// familyNouns after "the NAME" mean the name's people ("the Smith family").
var familyNouns = map[string]bool{
	"family": true, "families": true, "household": true, "estate": true, "brothers": true, "sisters": true, "children": true,
	"administration": true, "campaign": true, "era": true, "years": true, "case": true, "trial": true, "camp": true,
	"team": true, "clan": true, "house": true, "home": true, "couple": true, "twins": true,
}

// writtenAsThing reports whether the article writes the word w, a
// one-word speaker, after a determiner somewhere
// ("“Our cars are safe,” Audi says … the new Audi"): a brand, not a person.
func (f *finder) writtenAsThing(w string) bool {
	given := f.isGiven(w)
	d := f.doc
	for _, k := range f.capPositions(w) {
		if k == 0 {
			continue
		}
		j := k - 1
		for j > 0 && d.Tokens[j].Kind == text.Word && (f.str(j) == "new" || f.str(j) == "latest" || f.str(j) == "first") {
			j-- // "the new Audi"
		}
		if d.Tokens[j].Kind != text.Word || !thingDeterminers[f.str(j)] {
			continue
		}
		if given && j == k-1 {
			continue // "my Steve", "the Jordan of today": a given name needs "the new"
		}
		if k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Word && familyNouns[f.str(k+1)] {
			continue
		}
		if k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Possessive {
			continue // "the Smith's" is more likely a typo of a family name
		}
		return true
	}
	return false
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
		if orgWords[prev] || knownOrgs[prev] || caps || notNameWords[prev] && !f.isGiven(prev) {
			pre, _, _ := f.spanText(a, p)
			if f.hasOrgWord(a, p) || knownOrgs[pre] || f.known(pre) || caps || notNameWords[prev] {
				return p
			}
		}
	}
	return -1
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

// shortOrgName returns an organization's name less a corporate suffix
// ("Acme Foods Inc." → "Acme Foods") or less a nationality before a
// government body ("British Foreign Office" → "Foreign Office"), or name.
func shortOrgName(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	if last := words[len(words)-1]; corporateSuffixes[last] {
		short := strings.TrimSuffix(strings.TrimSuffix(name, last), " ")
		return strings.TrimSuffix(short, ",")
	}
	national := words[0] == "U.S." || words[0] == "US" || words[0] == "UK" || words[0] == "U.K."
	if len(words) >= 3 && (isDemonym(words[0], false) || national) && governmentBodies[words[len(words)-1]] ||
		len(words) >= 3 && national && institutionEnds[words[len(words)-1]] {
		return strings.Join(words[1:], " ") // "Brenmoor Securities and Harbour Commission"
	}
	return name
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

// camelBrand reports whether w is written like a company's name with an
// inner capital ("ZentaWork", "QuillFact"): each capital followed by
// lower-case letters, at most three capitals, and no mention of it in the
// article reads as a product's ("Acme AirBuds", "Acme’s AirBuds", "the
// AirBuds", "AirBuds 2", "AirBuds Pro").
func (f *finder) camelBrand(w string) bool {
	if !camelCase(w) || notOrgAcronyms[strings.ToUpper(w)] {
		return false
	}
	if f.brands == nil {
		f.brands = f.camelProducts()
	}
	if f.brands[w] {
		return false
	}
	return f.camelShape(w)
}

// camelProducts returns the words with inner capitals that some mention
// writes as a product: after a brand, a possessive or a determiner, or
// before a number or a capitalised word. One pass over the article.
func (f *finder) camelProducts() map[string]bool {
	out := map[string]bool{}
	d := f.doc
	for k := range d.Tokens {
		if d.Tokens[k].Kind != text.Word || !f.isCapWord(k) {
			continue
		}
		w := f.str(k)
		if !camelCase(w) || out[w] {
			continue
		}
		if k > 0 {
			pt := d.Tokens[k-1]
			pw := f.str(k - 1)
			if pt.Kind == text.Possessive || pt.Kind == text.Word && (f.isCapWord(k-1) && pt.End+1 == d.Tokens[k].Start || productDeterminers[pw]) {
				out[w] = true
				continue
			}
		}
		if k+1 < len(d.Tokens) {
			nt := d.Tokens[k+1]
			if nt.Kind == text.Number || nt.Kind == text.Word && f.isCapWord(k+1) {
				out[w] = true
			}
		}
	}
	return out
}

// camelShape reports whether w has a company's shape: each capital
// followed by lower-case letters, at most three capitals, letters only.
func (f *finder) camelShape(w string) bool {
	caps := 0
	prevUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			if prevUpper {
				return false
			}
			caps++
			prevUpper = true
		case unicode.IsLower(r):
			prevUpper = false
		default:
			return false
		}
	}
	return !prevUpper && caps <= 3
}

// productDeterminers before a word with an inner capital make it a
// product ("the AirBuds", "a new HomeHub"), not a company.
var productDeterminers = map[string]bool{
	"the": true, "The": true, "a": true, "an": true, "another": true, "new": true, "your": true, "my": true, "his": true,
	"her": true, "their": true, "our": true, "its": true,
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
		if f.lower[lowerASCII(f.str(i))] {
			return true
		}
	}
	return false
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

// orgByFirstWord returns the organization whose name is w followed only
// by organization words or a corporate suffix ("Brightwater Foods",
// "Brightwater Inc."), when exactly one is; else -1.
func (f *finder) orgByFirstWord(w string) int {
	if isDemonym(w, f.isGiven(w)) {
		return -1 // "Arab states" is no mention of the Arab League
	}
	if f.orgFirst == nil {
		// Indexed once: pass 1 made the organizations of several words.
		f.orgFirst = map[string][]int{}
		for e := range f.res.Entities {
			ent := &f.res.Entities[e]
			if first, _, ok := strings.Cut(ent.Name, " "); ok && ent.Kind == Organization {
				f.orgFirst[first] = append(f.orgFirst[first], e)
			}
		}
	}
	found := -1
	for _, e := range f.orgFirst[w] {
		ent := &f.res.Entities[e]
		rest := strings.Fields(ent.Name[len(w)+1:])
		ok := len(rest) > 0
		for _, r := range rest {
			if !orgWords[r] && !corporateSuffixes[r] {
				ok = false
			}
		}
		if !ok && len(rest) <= 3 && f.known(ent.Name[len(w)+1:]) {
			ok = true // "Ascom North America": the firm's branch in a region
		}
		if !ok {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
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

// institutionPrefix reports whether tokens [a, k) open with an
// organization or a place ("United Nations High", "UN Special", "EU").
func (f *finder) institutionPrefix(a, k int) bool {
	for e := k; e > a; e-- {
		pre, _, _ := f.spanText(a, e)
		if knownOrgs[pre] || f.known(pre) || e == a+1 && f.isAcronym(a) {
			return true
		}
	}
	return false
}

// employerOfRole reports whether the single capitalised word at token i
// stands before a role and a person's name, as their employer ("Hawks
// coach Bruno Dessal", "Owls defensive captain Tam Heyden"): up to
// two lower-case modifiers, a role noun, then a capitalised name. Words
// that qualify rather than employ (demonyms, parties, "Former") and given
// names do not count.
func (f *finder) employerOfRole(i int) bool {
	d := f.doc
	w := f.str(i)
	if hyphenTail(w) || isDemonym(w, f.isGiven(w)) || modifierCaps[w] || f.isGiven(w) || titleHeads[w] || stopCaps[w] || notNameWords[w] ||
		roleNouns[lowerASCII(w)] || groupNouns[lowerASCII(w)] || len(w) < 3 {
		return false
	}
	if i > 0 && d.Tokens[i-1].Kind == text.Word && f.isCapWord(i-1) {
		return false // part of a longer name
	}
	if isOrgWord(w) || f.opensSentence(i) && (f.lower[lowerASCII(w)] || adjectiveLike(w) || roleCompoundNouns[lowerASCII(w)]) && !f.capitalisedInside(w) {
		return false // "Union president X", "Local farmer Y", "Career coach Z": a word, no name
	}
	return f.roleAndNameAfter(i + 1)
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

// sourceNouns after "according to the NAME" make the name qualify a
// document ("the TexAuto Facts report"), not name the source.
var sourceNouns = map[string]bool{
	"report": true, "survey": true, "study": true, "data": true, "poll": true, "analysis": true, "figures": true,
	"index": true, "database": true, "website": true, "filing": true, "statement": true, "review": true,
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

// employerName reports whether [a, b), after "TITLE of", names an
// employer: not a known place ("Mayor of London"), not a government
// portfolio ("Minister of Finance", "Secretary of State"), not one word
// before the employer's "at" ("Director of Planting at Quill Trust").
func (f *finder) employerName(a, b int) bool {
	name, _, _ := f.spanText(a, b)
	if f.known(name) || b == a+1 && (portfolios[name] || notNameWords[name]) || !text.IsCapitalized(f.str(a)) {
		return false
	}
	if b == a+1 && b+1 < len(f.doc.Tokens) && (f.str(b) == "at" || f.str(b) == "for") && f.isCapWord(b+1) && !knownOrgs[name] && !text.IsAllCaps(name) {
		return false // "Director of Planting at Quill Trust": a field; the employer follows
	}
	return true
}

// portfolios are the fields of government a title's "of" names.
var portfolios = map[string]bool{
	"Finance": true, "Defense": true, "Defence": true, "Health": true, "Education": true, "Justice": true, "Energy": true,
	"Agriculture": true, "Commerce": true, "Labor": true, "Labour": true, "Interior": true, "Transport": true,
	"Transportation": true, "Treasury": true, "Staff": true, "Police": true, "Communications": true, "Operations": true,
	"Trade": true, "Culture": true, "Tourism": true, "Economy": true, "Housing": true, "Homeland": true, "Security": true,
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

// commonGivenPhrase reports whether [a, b), which opens with a given name,
// reads as words rather than a name: the given name is a word the article
// also writes in lower case ("Will", "Guy") and so is a word after it
// ("Will Ever Need").
func (f *finder) commonGivenPhrase(a, b int) bool {
	if f.lower[lowerASCII(f.str(a))] && f.hasLowerWord(a+1, b) {
		return true
	}
	// "Might Quickly Surpass Spending": three words or more, two of them
	// written in lower case elsewhere, read as a title.
	n := 0
	for i := a + 1; i < b && b-a >= 3; i++ {
		if f.lower[lowerASCII(f.str(i))] {
			n++
		}
	}
	return n >= 2
}

// placeNounContext reports whether the words around [a, b) say place
// without a preposition: "-based" or "-born" ending it ("a Sugar
// Vale-based firm"), a place noun after it ("the Quellbury camp", "the
// Zorvaville area"), or "the" before it and an organization noun after it
// ("the Burbank entertainment giant").
func (f *finder) placeNounContext(a, b int) bool {
	d := f.doc
	last := f.str(b - 1)
	if k := strings.LastIndexByte(last, '-'); k > 0 && (last[k+1:] == "based" || last[k+1:] == "born" || last[k+1:] == "headquartered") {
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
	}
	return false
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

// compassCaps open names of parts of a place ("North India").
var compassCaps = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true, "Eastern": true,
	"Western": true, "Central": true, "Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true,
	"Upper": true, "Lower": true,
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
}

// nameLikeOrPlaceSurname is nameLike, or a given name and a place word
// that is a common surname ("Lena Park"): when the surname comes back
// alone as a subject the pair is a person's name.
func (f *finder) nameLikeOrPlaceSurname(a, b int) bool {
	return f.nameLike(a, b) || b == a+2 && f.isGiven(f.str(a)) && placeSurnames[f.str(a+1)]
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

// ofPlaceNouns before "of NAME" make the name a place's ("residents of
// Zorvaville", "the outskirts of Zorvaville").
var ofPlaceNouns = map[string]bool{
	"port": true, "capital": true, "residents": true, "citizens": true, "people": true, "outskirts": true,
	"streets": true, "suburbs": true, "heart": true, "centre": true, "center": true, "edge": true, "mayor": true,
	"governor": true, "population": true, "inhabitants": true, "natives": true, "native": true, "parts": true,
	"coast": true, "shores": true, "waters": true, "resort": true, "island": true,
}

// teamName reports whether the plural capitalised word at token i, after
// "the" inside a sentence, names a team or a band ("beat the Hawks", "the
// Hawks’ win"): not a nationality, a family ("the Smiths" of Jane
// Smith), a word the article writes in lower case, and written at least
// twice in the article.
func (f *finder) teamName(i int) bool {
	w := f.str(i)
	n := len(w)
	if i < 2 || f.str(i-1) != "the" || !f.isLowerWord(i-2) && f.str(i-2) != "," || n < 5 || w[n-1] != 's' ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us") ||
		isDemonym(w, false) || notNameWords[w] || isOrgWord(w) || f.lower[lowerASCII(w)] || f.known(w) || camelCase(w) {
		return false
	}
	if _, ok := f.bySurname[w[:n-1]]; ok {
		return false // "the Bidens"
	}
	return f.wordCount(w) >= 2
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

// extendToAcronym returns where an organization's name starts when the
// acronym in brackets after it spells the initials of more words before
// it, joined by "and", "of" or "for" ("Independent Electoral and
// Boundaries Commission (IEBC)"), else a.
func (f *finder) extendToAcronym(a, b int) int {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "(" || f.str(b+2) != ")" || !text.IsAllCaps(f.str(b+1)) {
		return a
	}
	acr := f.str(b + 1)
	initials := func(a, b int) string {
		var sb strings.Builder
		for i := a; i < b; i++ {
			if w := f.str(i); w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				sb.WriteByte(w[0])
			}
		}
		return sb.String()
	}
	have := initials(a, b)
	if len(have) >= len(acr) || !strings.HasSuffix(acr, have) {
		return a
	}
	k := a
	for k >= 2 && len(initials(k, b)) < len(acr) {
		if c := f.str(k - 1); (c == "and" || c == "of" || c == "for" || c == "&") && f.isCapWord(k-2) {
			k -= 2
			for k > 0 && f.isCapWord(k-1) && len(initials(k, b)) < len(acr) {
				k--
			}
			continue
		}
		if f.isCapWord(k - 1) {
			k--
			continue
		}
		break
	}
	if initials(k, b) == acr {
		return k
	}
	return a
}

// smallTown reports whether a place name is only a town's (Options.TownName),
// or whether nothing says it is not.
func (f *finder) smallTown(name string) bool {
	return f.opts.TownName == nil || f.opts.MaybePlace == nil || f.opts.TownName(name) || !f.opts.MaybePlace(name)
}

// documentWords before a number name a document, not a body ("Senate Bill
// 8", "Proposition 22").
var documentWords = map[string]bool{
	"Bill": true, "Resolution": true, "Proposition": true, "Amendment": true, "Article": true, "Section": true,
	"Chapter": true, "Title": true, "Measure": true, "Question": true, "Order": true, "Directive": true, "Regulation": true,
}

// professionPlurals before "at NAME" make the name their employer
// ("analysts at Jefferies", "researchers at Brenmoor").
var professionPlurals = map[string]bool{
	"analysts": true, "economists": true, "researchers": true, "scientists": true, "officials": true,
	"executives": true, "doctors": true, "investigators": true, "experts": true, "traders": true, "employees": true,
	"workers": true, "staff": true, "engineers": true, "lawyers": true, "teachers": true, "students": true,
}

// clausePrepositions opening what follows a name's comma make it a clause
// or an adjunct, no appositive role (", after the novelist X explained").
var clausePrepositions = map[string]bool{
	"after": true, "before": true, "with": true, "by": true, "for": true, "from": true, "to": true, "in": true,
	"on": true, "at": true, "like": true, "than": true, "as": true, "despite": true, "during": true, "since": true,
	"until": true, "when": true, "while": true, "where": true, "because": true, "unlike": true, "including": true,
}

// awardRoles follow the name of an award, not of an employer ("Oscar
// winner", "Nobel laureate").
var awardRoles = map[string]bool{"winner": true, "nominee": true, "laureate": true, "champion": true, "finalist": true}

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

// partyTag reports whether w is a US politician's party and state ("R-Texas",
// "D-Calif.", "I-Vt.").
func partyTag(w string) bool {
	return len(w) >= 4 && strings.IndexByte("RDI", w[0]) >= 0 && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// bodyOpening reports whether the capitalised words [i, j) can open an
// institution's name before "and": one or two words after "the" or after
// a known country ("the Food", "U.S. Food"), no given name first.
func (f *finder) bodyOpening(i, j int) bool {
	if j-i > 3 || f.isGiven(f.str(i)) {
		return false
	}
	if i > 0 && (f.str(i-1) == "the" || f.str(i-1) == "The") {
		return j-i <= 2
	}
	if i > 0 && j == i+1 && (f.str(i-1) == "from" || f.str(i-1) == "by" || f.str(i-1) == "at" || f.str(i-1) == "with") {
		return true // "data from Customs and Border Protection"
	}
	return j-i >= 2 && f.known(f.str(i))
}

// institutionAfter reports whether the capitalised run from token k ends
// with a word that ends an institution's name ("Drug Administration").
func (f *finder) institutionAfter(k, last int) bool {
	e := k
	for e < last && f.isCapWord(e) {
		e++
	}
	return e > k && institutionEnds[f.str(e-1)]
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

// collectiveOwners are the nouns an organization's name puts in the
// possessive ("the People’s Liberation Army", "Children’s Hospital").
var collectiveOwners = map[string]bool{
	"People": true, "Workers": true, "Women": true, "Children": true, "Farmers": true, "Veterans": true,
	"Citizens": true, "Teachers": true, "Nurses": true, "Writers": true, "Artists": true, "Students": true, "Men": true,
	// Founders' titles ("King’s College London", "Queen’s University").
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Saint": true, "St.": true, "St": true,
}

// orgRunFrom reports whether the capitalised run from token k ends with
// an organization word.
func (f *finder) orgRunFrom(k, last int) bool {
	e := k
	for e < last && (f.isCapWord(e) || connectors[f.str(e)] && e+1 < last && f.isCapWord(e+1)) {
		e++
	}
	if e > k && isOrgWord(f.str(e-1)) {
		return true
	}
	for p := e - 2; p >= k; p-- {
		if isOrgWord(f.str(p)) {
			rest, _, _ := f.spanText(p+1, e)
			return f.known(rest) // "King’s College London": the body and its city
		}
	}
	return false
}

// namesDocument reports whether [a, b) holds a word that names a document,
// a survey or an agreement rather than a body ("Survey", "Agreement").
func (f *finder) namesDocument(a, b int) bool {
	for i := a; i < b; i++ {
		switch f.str(i) {
		case "Survey", "Census", "Poll", "Study", "Report", "Index", "Act", "Agreement", "Treaty", "Accord", "Accords", "Plan", "Doctrine", "Convention":
			return true
		}
	}
	return false
}

// relativeWords open a relative clause, which names no role ("Sam Reyes,
// who met the coach, left").
var relativeWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "whom": true, "where": true}

// nobility are titles whose "of PLACE" names no place of the article ("the
// Duke of Sussex").
var nobility = map[string]bool{
	"Duke": true, "Duchess": true, "Earl": true, "Countess": true, "Baron": true, "Baroness": true, "Marquess": true,
	"Viscount": true, "Prince": true, "Princess": true, "King": true, "Queen": true, "Archbishop": true, "Bishop": true,
}

// sourceContext reports whether the single word at token i is cited as a
// source: "according to X", "data from X", "a report/study/survey/poll by
// X", "provided by X", "compiled by X", with nothing capitalised after it.
func (f *finder) sourceContext(i int) bool {
	if i >= 1 && i+1 < len(f.doc.Tokens) && pollNouns[f.str(i+1)] && (f.determinerAt(i-1) || f.tok(i-1).Kind == text.Number) {
		return true // "a Gallup poll", "a 2023 Quill survey": the pollster
	}
	if i < 2 || f.isCapWordAt(i+1) || i+1 < len(f.doc.Tokens) && f.tok(i+1).Kind == text.Possessive {
		return false
	}
	p, pp := f.str(i-1), lowerASCII(f.str(i-2))
	switch {
	case p == "to":
		return pp == "according"
	case p == "from":
		return pp == "data" || pp == "figures" || pp == "estimates" || pp == "statistics"
	case p == "by":
		return sourceNouns[pp] || pp == "provided" || pp == "compiled" || pp == "published" || pp == "conducted" || pp == "commissioned"
	}
	return false
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

// journalName reports whether [a, b) is a journal's name: a journal head
// and capitalised words that are neither titles, given names nor places
// ("JAMA Internal Medicine", "BMJ Open", "Nature Medicine").
func (f *finder) journalName(a, b int) bool {
	if b < a+2 || !journalHeads[f.str(a)] || a > 0 && (connectors[f.str(a-1)] || f.str(a-1) == "&") {
		return false // (not "The Magazine of Fantasy and Science Fiction")
	}
	// A head that is also a common word ("Science", "Cell") takes a field
	// or a series only.
	word := f.str(a) == "Nature" || f.str(a) == "Science" || f.str(a) == "Cell"
	for i := a + 1; i < b; i++ {
		w := f.str(i)
		if f.tok(i).Kind != text.Word || titleHeads[w] || f.isGiven(w) || f.known(w) || connectors[w] && w != "of" && w != "in" ||
			word && !fieldWords[w] && !journalSeries[w] {
			return false
		}
	}
	return true
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
}

// pathPrepositions name where something moves through or to ("through
// Zorvaville", "toward Quellbury").
var pathPrepositions = map[string]bool{
	"through": true, "into": true, "toward": true, "towards": true, "within": true, "via": true, "along": true,
	"beyond": true, "past": true,
}

// attackNouns before "on" make what follows their target, often a place
// ("an attack on Zorvaville", "strikes on Quellbury").
var attackNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "assault": true, "offensive": true,
	"raid": true, "raids": true, "march": true, "advance": true, "bombing": true, "shelling": true, "fell": true,
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
				compassCaps[w] || featureNouns[w] || streetWords[w] || landPlurals[w] || connectors[w] || notNameWords[w] ||
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
		if peoplePlurals[last] || f.lower[lowerASCII(last)] {
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

// teamEndings are singular words that end names of teams and companies
// named after a place ("Utah Jazz", "Boston Scientific").
var teamEndings = map[string]bool{
	"Jazz": true, "Heat": true, "Magic": true, "Thunder": true, "Lightning": true, "Wild": true, "Fire": true,
	"Storm": true, "Galaxy": true, "Sox": true, "Crew": true, "Revolution": true, "Kraken": true, "Scientific": true,
	"Instruments": true, "Edison": true, "Gas": true, "Transit": true, "Metro": true, "Sound": false,
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
	for k := j + 1; k < e; k++ {
		w := f.str(k)
		if f.isGiven(w) || f.known(w) || knownOrgs[w] || text.IsAllCaps(w) || isOrgWord(w) || !f.remitWord(w) {
			return false // (not "the Department of Justice and Zentrix": two bodies)
		}
	}
	rt, _, _ := f.spanText(j+1, e)
	return !f.known(rt) && !knownOrgs[rt]
}

// remitWord reports whether w reads as a common noun of a remit
// ("Security", "Trade", "Construction"): a field word, a word the article
// also writes in lower case, or a noun's ending.
func (f *finder) remitWord(w string) bool {
	if fieldWords[w] || f.lower[lowerASCII(w)] {
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

// prefixedPlace reports whether token i is a prefix, a hyphen and a known
// place or body ("pro-Russia", "anti-Kremlin").
func (f *finder) prefixedPlace(i int) bool {
	p, rest, ok := strings.Cut(f.str(i), "-")
	return ok && hyphenPrefixes[p] && rest != "" && !strings.Contains(rest, "-") && (f.known(rest) || knownOrgs[rest])
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

// leadingFeatureNouns open names of lakes, mountains and capes ("Lake
// Tekapo", "Mount Quell").
var leadingFeatureNouns = map[string]bool{"Lake": true, "Mount": true, "Mt.": true, "Cape": true, "Loch": true}

// descriptorWord reports whether a capitalised word before a full name is
// an ordinary word describing the person: written in lower case elsewhere
// in the article, or shaped like an adjective or an adherent ("Feminist",
// "Veteran", "Legendary").
func (f *finder) descriptorWord(w string) bool {
	lw := lowerASCII(w)
	return f.lower[lw] || adjectiveLike(w) || strings.HasSuffix(lw, "ist") || strings.HasSuffix(lw, "ian") || text.IsSentenceOpener(lw) ||
		partyWords[w] || isDemonym(w, false)
}

// partyWords name a party's members before a name ("Democrat Tom Hale").
var partyWords = map[string]bool{
	"Democrat": true, "Republican": true, "Democratic": true, "Conservative": true, "Tory": true, "Labour": true,
	"Liberal": true, "Independent": true, "Socialist": true, "Libertarian": true,
}

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

// acronymThings after an acronym make the pair a thing, not a body ("DASH
// Diet", "PCR Test").
var acronymThings = map[string]bool{
	"Diet": true, "Test": true, "Tests": true, "Score": true, "Scale": true, "Index": true, "Method": true,
	"Protocol": true, "Model": true, "Scan": true, "Scans": true, "Syndrome": true, "Therapy": true,
}

// schoolFrom reports whether token a follows "from" after a degree or
// "graduated" ("an MBA from Wharton", "graduated from Princeton"): the
// name is a school's, not a town's.
func (f *finder) schoolFrom(a int) bool {
	if a < 2 || f.str(a-1) != "from" {
		return false
	}
	w := f.str(a - 2)
	switch lowerASCII(w) {
	case "degree", "degrees", "diploma", "doctorate", "master's", "bachelor's", "master’s", "bachelor’s", "graduated",
		"graduate", "graduating", "graduates", "ph.d.", "phd", "mba", "jd", "md":
		return true
	}
	return credentialListed(w) && !usStateCodes[w] || w == "MD"
}

// nameOfSomeone reports whether the article may use the given name w for a
// person: it writes w before another capitalised word ("Florence
// Nightingale"), after a given name ("Tom Lincoln"), or also in lower case
// ("crystal"), or a person found so far has it.
func (f *finder) nameOfSomeone(w string) bool {
	if f.lower[lowerASCII(w)] || colourGivenNames[w] || f.surnameAfterGiven(w) || f.bySurname[w] != nil || f.byGiven[w] != nil {
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

// controlTail reports whether w ends in "-held", "-controlled",
// "-occupied" or "-run" ("rebel-held", "Russian-occupied"): a place follows.
func controlTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return false
	}
	switch w[k+1:] {
	case "held", "controlled", "occupied", "run", "annexed", "besieged":
		return true
	}
	return false
}

// workNouns before a title make it a work's, no name of a body or a person
// ("her book The Quiet Hours", "the film Inside Out").
var workNouns = map[string]bool{
	"book": true, "novel": true, "memoir": true, "film": true, "movie": true, "documentary": true, "show": true,
	"series": true, "podcast": true, "album": true, "song": true, "single": true, "play": true, "musical": true,
	"essay": true, "poem": true, "game": true, "episode": true, "sitcom": true, "opera": true, "ballet": true,
	"painting": true, "exhibition": true, "exhibit": true, "bestseller": true, "biography": true, "cookbook": true,
}

// knownTail returns the first token e in [from, b) such that [e, b) is a
// known place ("North America" in "Ascom North America"), or -1.
func (f *finder) knownTail(from, b int) int {
	for e := max(from, b-3); e < b; e++ {
		if name, _, _ := f.spanText(e, b); f.known(name) {
			return e
		}
	}
	return -1
}

// campusBody reports whether tokens [i, j) name a university, a school or a
// college with its "of" complement, which "at" and a campus may follow.
func (f *finder) campusBody(i, j int) bool {
	of := false
	for k := i; k < j; k++ {
		switch f.str(k) {
		case "of":
			of = true
		case "at":
			return false
		}
	}
	for k := i; k < j; k++ {
		switch f.str(k) {
		case "University", "College", "School", "Institute":
			return of
		}
	}
	return false
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

// pollNouns after a single name make it the pollster or the body that ran
// the study ("a Gallup poll").
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "report": true}

// ellipticalBusiness reports whether the name ending before token b stands
// in the possessive with nothing owned after it, after "by" or "at"
// ("acquired by St. Quill’s, Tor …", "dinner at Quill’s."): a business
// named after it, the word "Press" or "store" left out.
func (f *finder) ellipticalBusiness(b int) bool {
	d := f.doc
	if b >= len(d.Tokens) || d.Tokens[b].Kind != text.Possessive || b+1 < len(d.Tokens) && d.Tokens[b+1].Kind == text.Word {
		return false
	}
	for a := b - 1; a > 0 && b-a <= 3; a-- {
		if !f.isCapWord(a) {
			return f.str(a) == "by" || f.str(a) == "at"
		}
	}
	return false
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

// surnameLike reports whether the capitalised word at token i reads as a
// surname: not written in lower case in the article, not shaped like an
// adjective or an adverb ("Monthly"), no document, event or landform word.
func (f *finder) surnameLike(i int) bool {
	w := f.str(i)
	lw := lowerASCII(w)
	return !f.lower[lw] && !adjectiveLike(w) && !strings.HasSuffix(lw, "ly") && !documentWords[w] && !eventWords[w] &&
		!landPlurals[w] && !teamEndings[w] && !isDemonym(w, false) && !partyWords[w] && len(w) > 2
}

// productName reports whether the name-like words [a, b) name a product,
// not a person: the article writes the same words right after a determiner
// ("the Zorva Ghost", "my Quill Bolt", "the new Quill Bolt 9"), not as a
// modifier of a noun ("the Jane Roe campaign"), or ends them with a
// one-letter model code after a word that is no given name ("Model Y").
// Words with a title, a possessive or a family noun after them ("the
// Smith family") are not read so.
func (f *finder) productName(a, b int) bool {
	n := b - a
	if n < 2 || f.hasTitle(a, b) {
		return false
	}
	if last := f.str(b - 1); len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z' && (!f.isGiven(f.str(a)) || f.lower[lowerASCII(f.str(b-2))]) {
		return true // "Model Y", "Series X" (not "Malcolm X")
	}
	if w := f.str(a + 1); len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' && !f.isGiven(f.str(a)) && f.lower[lowerASCII(f.str(a))] {
		return true // "the Model Y. Together": a model code ending a sentence ("model" is a common word)
	}
	key := f.spanTextOnly(a, b)
	if v, ok := f.products[key]; ok {
		return v
	}
	if f.products == nil {
		f.products = map[string]bool{}
	}
	v := f.scanProduct(a, b)
	f.products[key] = v
	return v
}

// scanProduct is productName's scan of the article for the words [a, b)
// after a determiner or twice before the same model number.
func (f *finder) scanProduct(a, b int) bool {
	d := f.doc
	n := b - a
	model := ""
	for _, k := range f.capPositions(f.str(a)) {
		if k+n > len(d.Tokens) {
			continue
		}
		same := true
		for i := 1; i < n && same; i++ {
			same = d.Tokens[k+i].Kind == text.Word && f.str(k+i) == f.str(a+i)
		}
		if !same || f.isCapWordAt(k+n) {
			continue
		}
		if e := k + n; e < len(d.Tokens) {
			if num := f.str(e); d.Tokens[e].Kind == text.Number && len(num) <= 3 && allDigits(num) && d.Tokens[e].Start == d.Tokens[e-1].End+1 &&
				!(e+1 < len(d.Tokens) && (d.Tokens[e+1].Kind == text.Number || f.str(e+1) == "%" || f.str(e+1) == "-")) {
				if model == num || e+1 < len(d.Tokens) && productNouns[lowerASCII(f.str(e+1))] {
					return true // "Brooks Ghost 16" twice, "Quill Zorvan 9 review": a model number, not a score
				}
				model = num
			}
			if d.Tokens[e].Kind == text.Possessive || d.Tokens[e].Kind == text.Word && (familyNouns[f.str(e)] || namedAfterNouns[f.str(e)]) {
				continue
			}
			if d.Tokens[e].Kind == text.Word && productOwners[f.str(e)] {
				return true // "Lincoln Zorvan owners", "Quill Bolt sales": people buy products, not people
			}
			if d.Tokens[e].Kind == text.Word && f.isLowerWord(e) && !productFollowers[f.str(e)] {
				continue // "the Jane Roe campaign": a name as a modifier
			}
		}
		j := k - 1
		for j > 0 && d.Tokens[j].Kind == text.Word && productAdjectives[f.str(j)] {
			j--
		}
		if j >= 0 && j < k && d.Tokens[j].Kind == text.Word && thingDeterminers[f.str(j)] && !clauseDeterminers[f.str(j)] {
			return true
		}
	}
	return false
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

// productFollowers may follow "the NAME" of a product: verbs and
// function words, not the nouns a person's name modifies.
var productFollowers = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "does": true, "did": true, "can": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "feels": true, "felt": true,
	"costs": true, "comes": true, "came": true, "gets": true, "got": true, "offers": true, "uses": true, "runs": true,
	"ran": true, "rides": true, "handles": true, "delivers": true, "sounds": true, "looks": true, "weighs": true,
	"starts": true, "sells": true, "sold": true, "remains": true, "and": true, "or": true, "but": true, "with": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "to": true, "this": true, "that": true,
	"than": true, "as": true, "over": true, "into": true, "by": true, "are": true, "were": true, "still": true,
	"also": true, "now": true, "again": true, "back": true, "instead": true, "too": true, "last": true, "every": true,
}

// productNouns after a name and a number make it a product's ("Quill
// Zorvan 9 review").
var productNouns = map[string]bool{
	"review": true, "reviews": true, "vs": true, "vs.": true, "versus": true, "specs": true, "price": true,
	"deal": true, "deals": true, "sale": true, "features": true, "battery": true, "range": true, "trim": true,
}

// productOwners after a name make it a product's: people buy, drive and
// wear products ("Quill Bolt owners", "Zorva Navigator sales"), not
// people ("Taylor Quill fans" stays a person's).
var productOwners = map[string]bool{
	"owners": true, "buyers": true, "sales": true, "drivers": true, "users": true, "riders": true, "wearers": true,
	"shoppers": true, "lease": true, "leases": true, "prices": true, "trims": true, "variants": true, "lineup": true,
}

// productAdjectives may stand between a determiner and a product's name
// ("the new Quill Bolt").
var productAdjectives = map[string]bool{
	"new": true, "latest": true, "original": true, "updated": true, "previous": true, "older": true, "newer": true,
	"redesigned": true, "revamped": true, "base": true, "standard": true, "entry-level": true, "electric": true,
	"all-new": true, "refreshed": true, "current": true, "old": true, "beloved": true, "popular": true, "classic": true,
}

// placeParticles join a word and a place in the names of businesses
// ("Durand de Paris", "Maison du Quillport").
var placeParticles = map[string]bool{"de": true, "du": true, "des": true, "di": true, "da": true, "del": true}

// businessTitles are capitalised words of business roles that titleHeads
// lacks because they do not stand before a name ("Founder & CEO", "Quillara
// Events Co-Owner").
var businessTitles = map[string]bool{
	"Owner": true, "Co-Owner": true, "Co-owner": true, "Co-Founder": true, "Co-founder": true, "Cofounder": true,
	"Partner": true, "Managing": true, "Principal": true, "Head": true, "Vice": true, "VP": true, "SVP": true, "EVP": true,
	"CFO": true, "COO": true, "CTO": true, "CMO": true, "CIO": true, "Actuary": true, "Chairperson": true,
	"Proprietor": true, "Operations": true, "Marketing": true, "Sales": true, "Financial": true, "Operating": true,
	"Technology": true, "Senior": true, "Counsel": true, "Planner": true, "Designer": true, "Consultant": true,
	"Lead": true, "Creative": true, "Product": true, "Global": true, "Regional": true, "Associate": true, "Assistant": true,
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

// orgAppositive reports whether a comma after token b-1 opens an
// appositive headed by an organization noun ("Riverton, a browser-based
// platform,"; not "…, the company’s home").
func (f *finder) orgAppositive(b int) bool {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "," || !(f.str(b+1) == "a" || f.str(b+1) == "an" || f.str(b+1) == "the") {
		return false
	}
	for k := b + 2; k < len(d.Tokens) && k <= b+5 && d.Tokens[k].Kind == text.Word && f.isLowerWord(k); k++ {
		if orgNouns[f.str(k)] {
			return !(k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Possessive)
		}
	}
	return false
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

// streetOnly are streetWords that are no surnames.
var streetOnly = map[string]bool{"Square": true, "Avenue": true, "Road": true, "Boulevard": true, "Plaza": true, "Station": true,
	"Highway": true, "St.": true, "Ave.": true, "Blvd.": true, "Rd.": true}

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

// thingRoles are role nouns that also describe things ("the shoe is a
// winner", "a star", "a workhorse"): after "is a" they vouch for no person.
var thingRoles = map[string]bool{
	"winner": true, "star": true, "leader": true, "member": true, "veteran": true, "survivor": true, "runner": true,
	"partner": true, "host": true, "boss": true, "lead": true, "nominee": true, "candidate": true, "player": true,
	"forward": true, "center": true, "centre": true, "tackle": true, "receiver": true, "creator": true, "developer": true,
	"trainer": true, "producer": true, "performer": false, "keeper": true, "driver": true, "dealer": true,
}

// prepositionsAfterRole may follow a role noun that ends a noun phrase ("a
// nurse in Tucson"); another lower-case word makes it a modifier ("a
// leader board").
var prepositionsAfterRole = map[string]bool{"in": true, "at": true, "for": true, "with": true, "from": true, "and": true, "who": true, "of": true, "on": true, "based": true}

// allDigits reports whether w is made of ASCII digits only.
func allDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// ranks are titles that are also given names but, before a surname, are
// read as the title ("Major Quill", "King Zorvan").
var ranks = map[string]bool{
	"Major": true, "General": true, "Captain": true, "Colonel": true, "Sergeant": true, "Lieutenant": true,
	"Admiral": true, "Commander": true, "Judge": true, "Justice": true, "Bishop": true, "King": true, "Queen": true,
	"Prince": true, "Princess": true, "Sheriff": true, "Pope": true, "Governor": true, "President": true, "Senator": true,
}

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

// imperativeOpeners are verbs that open a sentence before a name in
// features ("Meet Sarah Lind, owner of …", "Ask Dana Roe"): no part of it.
var imperativeOpeners = map[string]bool{
	"meet": true, "ask": true, "thank": true, "welcome": true, "congratulations": true, "introducing": true,
	"hire": true, "follow": true, "visit": true, "contact": true, "email": true, "listen": true, "watch": true,
	"join": true, "shop": true, "try": true, "discover": true, "explore": true, "subscribe": true, "download": true,
	"buy": true, "grab": true, "enter": true,
}

// thingWordIn reports whether [a, b) holds a word no personal name has
// ("CEO Confidence Index"), surnames that are also such words ("Coach Rob
// Hall") aside.
func (f *finder) thingWordIn(a, b int) bool {
	for i := a; i < b; i++ {
		if w := f.str(i); notNameWords[w] && !placeSurnames[w] && !nounSurnames[w] {
			return true
		}
	}
	return false
}

// listJoiners join the items of a list or a comparison.
var listJoiners = map[string]bool{",": true, "and": true, "or": true, "vs": true, "vs.": true, "versus": true, "with": true, "than": true}

// besideModel reports whether the name [a, b) is listed or compared next to
// a known maker's model ("Brooks Zorvan, Hoka Clifton and …", "the X vs.
// Saucony Ride"): a product too.
func (f *finder) besideModel(a, b int) bool {
	d := f.doc
	near := false
	if b+2 < len(d.Tokens) && listJoiners[f.str(b)] && f.isCapWord(b+1) && knownOrgs[f.str(b+1)] && f.isCapWordAt(b+2) && !f.hasOrgWord(b+1, b+3) {
		near = comparisonJoiners[f.str(b)] || f.makerModels(f.sentenceOf(a)) >= 2
	}
	if !near && a >= 3 && listJoiners[f.str(a-1)] {
		k := a - 2
		for k > 0 && f.isCapWord(k-1) && a-2-k < 4 {
			k--
		}
		near = k < a-2 && f.isCapWord(k) && knownOrgs[f.str(k)] && !f.hasOrgWord(k, a-1) &&
			(comparisonJoiners[f.str(a-1)] || f.makerModels(f.sentenceOf(a)) >= 2)
	}
	return near
}

// comparisonJoiners compare two things ("X vs. Y", "X, Y").
var comparisonJoiners = map[string]bool{"vs": true, "vs.": true, "versus": true, "than": true}

// makerModels counts the known makers followed by a capitalised model name
// in sentence si ("Hoka Clifton", "Saucony Ride").
func (f *finder) makerModels(si int) int {
	if v, ok := f.models[si]; ok {
		return v
	}
	if f.models == nil {
		f.models = map[int]int{}
	}
	s := f.doc.Sentences[si]
	n := 0
	defer func() { f.models[si] = n }()
	for k := s.First; k+1 < s.Last; k++ {
		if f.isCapWord(k) && knownOrgs[f.str(k)] && f.isCapWord(k+1) && !f.hasOrgWord(k, k+2) && (k == s.First || !f.isCapWord(k-1)) {
			n++
		}
	}
	return n
}

// businessVerbs after a town's name make it a business's ("Riverton costs
// $19 a month", "Riverton charges a fee").
var businessVerbs = map[string]bool{"costs": true, "charges": true, "subscribers": true, "subscription": true, "app": true}

// productKinds before "like" or "such as" make the names listed after them
// businesses or products ("apps like Riverton").
var productKinds = map[string]bool{
	"apps": true, "platforms": true, "tools": true, "services": true, "sites": true, "websites": true, "companies": true,
	"brands": true, "programs": true, "startups": true, "retailers": true, "podcasts": true, "shows": true,
	"software": true, "products": true, "makers": true, "labels": true,
}

// firmStaff are the plural nouns of a firm's people and assets: after a
// name they make it a firm's ("Edward Quill advisers").
var firmStaff = map[string]bool{
	"advisers": true, "advisors": true, "analysts": true, "economists": true, "strategists": true, "employees": true,
	"clients": true, "customers": true, "branches": true, "stores": true, "shares": true, "shareholders": true,
	"executives": true, "brokers": true, "bankers": true, "franchisees": true, "locations": true, "outlets": true,
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
