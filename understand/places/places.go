// Package places geocodes place names with a bundled gazetteer: a country
// (ISO 3166-1 alpha-2) for every known place and coordinates for cities,
// with ambiguity resolved by the other places of the same article and by
// population. It does not find place names in text (package
// understand/entities does); it says whether a name is a known place.
//
// The gazetteer (gazetteer.tsv.gz, see GAZETTEER_NOTICE.md) holds the ISO
// countries with English names and aliases ("U.S.", "Britain"), the ISO
// 3166-2 subdivisions with their English names (US states, Canadian
// provinces, "Crimea"), the GeoNames places of 1000 people or more, regions
// and territories news names that ISO lacks ("West Bank", "Provence",
// "District of Columbia", islands and historic counties such as "Long
// Island", "Trinidad", "Sussex", "Maui" and "Mallorca"), short names US
// news gives big cities and regions ("NYC", "DFW", "Philly", "SoCal"),
// districts of big cities the city lists lack ("Soho", "Shinjuku": places
// only where the caller's context says so), postal codes of US states and Canadian provinces,
// and a few world regions ("Europe", "Middle East", "Maghreb"). Load parses it in about a
// tenth of a second on an idle core (50 MB allocated, 25 MB kept); callers
// load it once and share it.
//
// Decisions:
//   - Names are compared lower-cased, without accents or periods, with
//     "Saint"/"Sint"/"Sankt"/"St.", "Mount"/"Mt." and "Fort"/"Ft." opening a name made one
//     ("St. Paul" is Saint Paul, Minnesota, not a Canadian hamlet written
//     "St. Paul").
//   - "X State" is the region X when X is also the name of a city of
//     100,000 people or more of its country ("Washington State"), or a
//     well-known first-level region outside the United States ("Borno
//     State"); a US state's name and "State" alone is a university's
//     ("Ohio State") and not looked up.
//   - Countries, regions and world regions geocode to a country code only:
//     Lat and Lon stay 0 (a centroid of a country is not a place anyone was).
//     Cities get the coordinates of the GeoNames place.
//   - Place.Name is the country's common English name for countries, so "U.S."
//     and "United States" become one Place with both mentions (the article's
//     spelling is kept when it differs only in accents: "Aland Islands"), and the
//     region's name for an abbreviated region ("Calif.", "NJ": California,
//     New Jersey); for other places it is the name as the article first
//     wrote it.
//   - A candidate the gazetteer does not know is kept by name, without
//     coordinates: the caller decided from the text that it is a place, and
//     the name is still worth reporting. Its country is the one written
//     after it ("Quellbury, Manitoba"), else that of the place after its
//     compass word ("South Taranaki") or of the known place a land is named
//     after ("Florida Keys", "Los Angeles County", "Zorva River", "Quillport
//     Bay Area": the longest known name before the land's word, after a
//     compass word or "Greater" if any) or of the city written
//     after it ("Quell Park, Manhattan"), else the country the article's
//     places name most when one stands out (two places or more, twice the
//     mentions of any other: an island in an article about New Zealand;
//     one place when no other country is named); else none, but for a
//     county named first ("Quell County"), most often American: the US. A sea, an
//     ocean or a gulf ("Zorva Sea", "Gulf of Quill"; the "North Sea" a hamlet
//     is also named, the "Red Sea" a province)
//     is no country's. A compass
//     word before "Side" names a city's district, not a part of a town
//     called "East Side" ("Upper East Side").
//   - A state named in the article carries a small town of its name over a
//     national capital or a city of a million people abroad only when it is
//     written within 250 bytes of the name or with another city of the
//     state; a well-known region (a US state, a Canadian province)
//     outranks a city abroad of its name under 300,000 people that is no
//     capital ("Ontario" alone is the province).
//   - A region named among two or more other regions of its country, with
//     no big city of its name, outranks a country of the same name
//     ("Georgia" in a list of US states is the state; with Tbilisi it is
//     the country).
package places

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed gazetteer.tsv.gz
var gazetteerGz []byte

// Kind says what sort of place a gazetteer entry is.
type Kind uint8

// The kinds of gazetteer entry.
const (
	KindCountry     Kind = iota + 1 // an ISO 3166-1 country or territory
	KindRegion                      // an ISO 3166-2 subdivision (state, province...)
	KindCity                        // a GeoNames populated place
	KindWorldRegion                 // a continent or a region of several countries
)

// Info describes the most prominent gazetteer entry of a name.
type Info struct {
	Kind       Kind
	Name       string // the gazetteer's name ("United States", "Québec")
	Country    string // ISO 3166-1 alpha-2; empty for a world region
	Population int    // cities only; 0 when unknown
	Entries    int    // how many gazetteer entries share the name
}

// Gazetteer is the loaded place data. It is read-only after Load and safe for
// concurrent use.
type Gazetteer struct {
	entries []entry
	ids     []int32          // entry ids grouped by normalized name
	index   map[string]group // normalized name → its ids in ids
}

type group struct{ start, n int32 }

type entry struct {
	name     string
	country  [2]byte
	admin    [2]byte // cities in the US, Canada, Australia: the first two letters of their state's ISO 3166-2 code
	sub      string  // regions: the ISO 3166-2 subdivision code after the country
	kind     Kind
	level    uint8 // regions: 2 well-known first level, 1 other first level, 0 smaller; cities: capitalFlag/seatFlag
	pop      uint32
	lat, lon int32 // 1e-4 degrees
}

const (
	capitalFlag = 1 // a national capital
	seatFlag    = 2 // the seat of a first-level subdivision
)

// Population thresholds for Known: a city counts as a place on its own name
// only when it is large; smaller ones need the caller's context ("in
// Bolton") and still geocode.
const (
	knownCityPop    = 200000
	knownSeatPop    = 100000
	knownCapitalPop = 20000
)

// worldRegions are names of continents and regions of several countries.
var worldRegions = []string{
	"Africa", "Antarctica", "Arctic", "Asia", "Asia-Pacific", "Balkans", "Caribbean", "Caucasus",
	"Central America", "Central Asia", "East Africa", "East Asia", "Eastern Europe", "Europe",
	"Gulf States", "Horn of Africa", "Latin America", "Middle East", "North Africa", "North America",
	"Northern Europe", "Oceania", "Persian Gulf", "Sahel", "Scandinavia", "South America", "South Asia",
	"Southeast Asia", "Southern Africa", "Southern Europe", "Sub-Saharan Africa", "West Africa",
	"Western Europe", "Maghreb", "Levant", "Baltics", "Borneo", "Arabian Peninsula", "Indo-Pacific",
	"Central Europe", "West Asia", "Eurasia",
}

// ambiguousNames are city names (normalized) that are more often an
// ordinary word or a person's name in news text. Known says no for them;
// Geocode still resolves them when the caller says they are places.
var ambiguousNames = map[string]bool{
	"reading": true, "mobile": true, "nice": true, "split": true, "orange": true, "surprise": true,
	"independence": true, "union": true, "deal": true, "bath": true, "sale": true, "hope": true,
	"male": true, "march": true, "may": true, "university": true, "mission": true, "federal": true,
	"charlotte": true, "austin": true, "jackson": true, "lincoln": true, "madison": true, "victoria": true,
	"florence": true, "eugene": true, "tyler": true, "marion": true, "irving": true, "hamilton": true,
	"raleigh": true, "aurora": true, "mercedes": true, "concord": true, "providence": true, "bristol": true,
	"president": true, "enterprise": true, "kent": true, "david": true, "nelson": true, "toyota": true,
	"brent": true, "carolina": true, "columbia": true, "orleans": true, "jersey": true, "man": true,
	"marathon": true, "pearl": true, "normal": true, "darwin": true, "eagle": true, "liberty": true,
	"paradise": true, "temple": true, "troy": true, "vernon": true, "warren": true, "chester": true,
	"wellington": true, "york": true, "salem": true, "delta": true, "sandy": true, "lafayette": true,
	"mary": true, "vladimir": true, "leon": true, "ariana": true,
}

// ambiguousRegionNames are first-level region names that are more often a
// word, a given name or part of another name in news text.
var ambiguousRegionNames = map[string]bool{
	"mary": true, "vladimir": true, "ariana": true, "leon": true, "victoria": true, "jewish": true,
	"falcon": true, "van": true, "para": true, "plateau": true, "lori": true, "bam": true,
	"jersey": true, "guerrero": true, "hidalgo": true, "morelos": true, "bolivar": true,
	"sucre": true, "santander": true, "distrito federal": true, "ash": true,
	"centre": true, "littoral": true, "lakes": true, "unity": true, "warrap": true, "north": true,
	"charlotte": true, "kent": true, "orange": true, "gulf": true,
	"madison": true, "franklin": true, "jefferson": true, "lincoln": true,
	"delta": true, "rivers": true, "imo": true,
}

// ambiguousAbbreviations are state abbreviations (normalized) that are also
// words or titles ("Miss.", "Wash.", "Mass."): Geocode reads them, Known
// does not vouch for them.
var ambiguousAbbreviations = map[string]bool{
	"miss": true, "wash": true, "mass": true, "mont": true, "conn": true, "kans": true, "colo": true,
	"alta": true,
}

// vagueRegionNames are subdivision names that are ordinary words.
var vagueRegionNames = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "centre": true, "center": true, "capital": true,
	"est": true, "nord": true, "sud": true, "ouest": true, "centro": true, "national": true,
	"federal": true, "zaire": true, "coast": true, "lakes": true, "upper": true, "lower": true,
	"north east": true, "north west": true, "south east": true, "south west": true, "islands": true,
	"capital district": true, "federal district": true,
}

// Load returns the gazetteer built from the embedded data. It takes about a
// tenth of a second and keeps about 25 MB: call it once and share the
// result, which is safe for concurrent use.
func Load() (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		return nil, fmt.Errorf("places: open embedded gazetteer: %w", err)
	}
	// The gzip trailer holds the data's length (mod 2^32): read it in one go.
	var size int
	if n := len(gazetteerGz); n >= 4 {
		size = int(binary.LittleEndian.Uint32(gazetteerGz[n-4:]))
	}
	var buf bytes.Buffer
	buf.Grow(size + bytes.MinRead)
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("places: read embedded gazetteer: %w", err)
	}
	return parse(buf.String())
}

type keyed struct {
	key string
	id  int32
}

func parse(data string) (*Gazetteer, error) {
	g := &Gazetteer{entries: make([]entry, 0, 150000)}
	keys := make([]keyed, 0, 180000)
	var fields [8]string
	var aliases []string // "alias\tname\tCC" lines, applied after all places are read
	lineNo := 0
	var keyBuf strings.Builder
	keyBuf.Grow(3 << 20)
	// addKey records a normalized name for entry id. Keys are carved out of
	// one large string to avoid an allocation per name.
	type pending struct{ start, end int }
	var pend []pending
	var pendIDs []int32
	addKey := func(name string, id int32) {
		start := keyBuf.Len()
		appendNormalized(&keyBuf, name)
		if keyBuf.Len() > start {
			pend = append(pend, pending{start, keyBuf.Len()})
			pendIDs = append(pendIDs, id)
		}
	}
	for len(data) > 0 {
		lineNo++
		var line string
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		n := splitTabs(line, fields[:])
		id := int32(len(g.entries))
		switch {
		case fields[0] == "C" && n == 4:
			e := entry{name: fields[2], kind: KindCountry}
			copy(e.country[:], fields[1])
			g.entries = append(g.entries, e)
			addKey(fields[2], id)
			for rest := fields[3]; rest != ""; {
				a := rest
				if i := strings.IndexByte(rest, '|'); i >= 0 {
					a, rest = rest[:i], rest[i+1:]
				} else {
					rest = ""
				}
				addKey(a, id)
			}
		case fields[0] == "R" && n == 5:
			e := entry{name: fields[3], kind: KindRegion, sub: fields[2]}
			copy(e.country[:], fields[1])
			e.level = fields[4][0] - '0'
			g.entries = append(g.entries, e)
			addKey(fields[3], id)
		case fields[0] == "A" && n == 5:
			aliases = append(aliases, line)
		case fields[0] == "P" && n == 8:
			e := entry{name: fields[1], kind: KindCity}
			copy(e.country[:], fields[2])
			if fields[3] != "-" {
				copy(e.admin[:], fields[3])
			}
			switch fields[4] {
			case "C":
				e.level = capitalFlag
			case "A":
				e.level = seatFlag
			}
			pop, err1 := strconv.ParseUint(fields[5], 10, 32)
			lat, err2 := parseDeg(fields[6])
			lon, err3 := parseDeg(fields[7])
			if err1 != nil || err2 != nil || err3 != nil {
				return nil, fmt.Errorf("places: embedded gazetteer line %d: bad number in %q", lineNo, line)
			}
			e.pop, e.lat, e.lon = uint32(pop), lat, lon
			g.entries = append(g.entries, e)
			addKey(fields[1], id)
		default:
			return nil, fmt.Errorf("places: embedded gazetteer line %d: unknown record %q", lineNo, line)
		}
	}
	for _, w := range worldRegions {
		id := int32(len(g.entries))
		g.entries = append(g.entries, entry{name: w, kind: KindWorldRegion})
		addKey(w, id)
	}
	all := keyBuf.String()
	for i, p := range pend {
		keys = append(keys, keyed{all[p.start:p.end], pendIDs[i]})
	}
	// Aliases point at the entries of another name in one country.
	byKey := func(k string) []int32 {
		var out []int32
		for _, kk := range keys {
			if kk.key == k {
				out = append(out, kk.id)
			}
		}
		return out
	}
	for _, line := range aliases {
		splitTabs(line, fields[:])
		target := normalize(fields[2])
		found := false
		for _, id := range byKey(target) {
			e := &g.entries[id]
			if string(e.country[:]) == fields[3] && (fields[4] == "R") == (e.kind == KindRegion) {
				keys = append(keys, keyed{normalize(fields[1]), id})
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("places: embedded gazetteer: alias %q names no place", line)
		}
	}
	slices.SortFunc(keys, func(a, b keyed) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	g.ids = make([]int32, 0, len(keys))
	g.index = make(map[string]group, len(keys))
	for i := 0; i < len(keys); {
		j := i
		start := int32(len(g.ids))
		for ; j < len(keys) && keys[j].key == keys[i].key; j++ {
			if j > i && keys[j].id == keys[j-1].id {
				continue
			}
			g.ids = append(g.ids, keys[j].id)
		}
		g.index[keys[i].key] = group{start, int32(len(g.ids)) - start}
		i = j
	}
	return g, nil
}

// splitTabs splits line at tabs into dst and returns the field count (at most
// len(dst); a longer line reports len(dst)+1).
func splitTabs(line string, dst []string) int {
	n := 0
	for {
		i := strings.IndexByte(line, '\t')
		if n == len(dst) {
			return n + 1
		}
		if i < 0 {
			dst[n] = line
			return n + 1
		}
		dst[n] = line[:i]
		line = line[i+1:]
		n++
	}
}

// parseDeg parses a decimal degree into 1e-4 degrees.
func parseDeg(s string) (int32, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < -180 || f > 180 {
		return 0, fmt.Errorf("bad degree %q", s)
	}
	return int32(math.Round(f * 1e4)), nil
}

// normalize returns the lookup key of a place name: lower case, accents
// removed, periods dropped, hyphens and runs of spaces made one space, a
// leading "the " dropped, curly apostrophes made straight.
func normalize(name string) string {
	var b strings.Builder
	appendNormalized(&b, name)
	return b.String()
}

func appendNormalized(b *strings.Builder, name string) {
	name = strings.TrimSpace(name)
	if len(name) > 4 && (name[:4] == "the " || name[:4] == "The ") {
		name = name[4:]
	}
	// "St. Paul" and "Saint Paul", "Mt. Vernon" and "Mount Vernon", "Ft.
	// Worth" and "Fort Worth": one key, the short form's.
	for _, p := range namePrefixes {
		if len(name) > len(p[0])+1 && strings.HasPrefix(name, p[0]) && (name[len(p[0])] == ' ' || name[len(p[0])] == '-') {
			b.WriteString(p[1])
			name = name[len(p[0])+1:]
			break
		}
	}
	start := b.Len()
	space := false
	for _, r := range name {
		switch {
		case r == '.':
			continue
		case r == '-' || r == ' ' || r == '\u00a0' || r == '\t' || r == '\u2010' || r == '\u2011':
			space = true
			continue
		case r == '\u2019' || r == '\u2018' || r == '`':
			r = '\''
		case r >= utf8.RuneSelf:
			r = foldRune(r)
		}
		if space && b.Len() > start {
			b.WriteByte(' ')
		}
		space = false
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// namePrefixes are the long forms of words that open place names, with the
// key of their short form ("Saint Paul" is keyed as "St. Paul").
var namePrefixes = [][2]string{
	{"Saint", "st "}, {"Sainte", "ste "}, {"St.", "st "}, {"Ste.", "ste "}, {"St", "st "}, {"Ste", "ste "},
	{"Sint", "st "}, {"Sankt", "st "}, // Dutch and German: "Sint Maarten" is "St. Maarten"
	{"Mount", "mt "}, {"Mt.", "mt "}, {"Mt", "mt "}, {"Fort", "ft "}, {"Ft.", "ft "}, {"Ft", "ft "},
}

// foldRune returns the base letter of an accented letter ("é" → "e"), or r.
func foldRune(r rune) rune {
	switch r {
	case 'ß':
		return 's'
	case 'ø', 'Ø':
		return 'o'
	case 'ł', 'Ł':
		return 'l'
	case 'đ', 'Đ':
		return 'd'
	case 'ı':
		return 'i'
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Properties(buf[:n]).Decomposition()
	if len(d) == 0 {
		return r
	}
	base, _ := utf8.DecodeRune(d)
	return base
}

// lookup returns the entries of name.
func (g *Gazetteer) lookup(name string) []int32 {
	ids, _ := g.lookupKey(name)
	return ids
}

// lookupKey returns the entries of name and the normalized key that found
// them. A possessive ("Russia's") falls back to the name without it when the
// gazetteer does not hold it as written ("St. John's" stays).
func (g *Gazetteer) lookupKey(name string) ([]int32, string) {
	if g == nil {
		return nil, ""
	}
	key := normalize(name)
	gr, ok := g.index[key]
	if !ok && strings.HasSuffix(key, " state") {
		if ids := g.stateOf(key[:len(key)-len(" state")]); len(ids) > 0 {
			return ids, key
		}
	}
	if !ok {
		base, cut := strings.CutSuffix(name, "'s")
		if !cut {
			base, cut = strings.CutSuffix(name, "\u2019s")
		}
		if !cut {
			return nil, ""
		}
		key = normalize(base)
		if gr, ok = g.index[key]; !ok {
			return nil, ""
		}
	}
	return g.ids[gr.start : gr.start+gr.n], key
}

// stateOf returns the first-level regions of key that "KEY State" names:
// a region that shares its name with a city of 100,000 people or more of
// its country ("Washington State", "Lagos State": not the city), or any
// well-known first-level region outside the United States ("Borno
// State"). A US
// state without such a city is not one: "Ohio State" is a university.
func (g *Gazetteer) stateOf(key string) []int32 {
	gr, ok := g.index[key]
	if !ok {
		return nil
	}
	ids := g.ids[gr.start : gr.start+gr.n]
	var out []int32
	for _, id := range ids {
		e := &g.entries[id]
		if e.kind != KindRegion || e.level == 0 {
			continue
		}
		twin := false
		for _, o := range ids {
			if c := &g.entries[o]; c.kind == KindCity && c.country == e.country && c.pop >= twinCityPop {
				twin = true
			}
		}
		if twin || e.level == 2 && string(e.country[:]) != "US" {
			out = append(out, id)
		}
	}
	return out
}

// hasUpper reports whether s has an upper-case letter: place names are
// capitalized, so "us" and "nice" are not looked up.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Known reports whether name is, on its own, a place the gazetteer knows: a
// country or one of its aliases ("U.S.", "Britain"), a well-known first-level
// region (a US state, a Canadian province, "Crimea"), a world region
// ("Middle East"), or a city large enough that the name means the city
// (200,000 people, or 100,000 for the seat of a first-level region, 20,000 for
// a national capital; names under four letters need a million), and not an
// ordinary word or a common given name ("Reading", "Charlotte", "David";
// a name of three capitals only for a city of a million, "NYC"),
// nor a city's name after a capitalised "The" that the city's own name
// lacks ("The Hanover", a business; "The Hague" is known). It is meant to
// be precise, not complete: a smaller town
// ("Bolton", 141,000) is not known on its name alone, but Geocode resolves it
// when the caller has other reasons to call it a place. A name without an
// upper-case letter is never known.
func (g *Gazetteer) Known(name string) bool {
	if !hasUpper(name) {
		return false
	}
	ids, key := g.lookupKey(name)
	for _, id := range ids {
		e := &g.entries[id]
		switch e.kind {
		case KindCountry, KindWorldRegion:
			return true
		case KindRegion:
			if e.level == 2 && !vagueRegionNames[key] && !ambiguousRegionNames[key] && len(key) >= 4 &&
				!ambiguousAbbreviations[key] {
				return true
			}
		case KindCity:
			if ambiguousNames[key] {
				continue
			}
			if strings.HasPrefix(name, "The ") && !strings.HasPrefix(e.name, "The ") {
				continue // "The Hanover" is a business named after a city; "The Hague" is the city
			}
			if len(key) < 4 && e.pop < bigCityPop || isUpperWord(name) && (len(key) < 3 || len(key) == 3 && e.pop < bigCityPop) {
				continue // "Man", "Ho", "WA": short names are words or abbreviations; "NYC" is the city
			}
			if e.pop >= knownCityPop ||
				e.level == seatFlag && e.pop >= knownSeatPop ||
				e.level == capitalFlag && e.pop >= knownCapitalPop {
				return true
			}
		}
	}
	return false
}

// Lookup describes the most prominent place called name (a country first,
// then a well-known region, then the most populous city), for callers that
// weigh the name against their own context. ok is false when the gazetteer
// has no place of that name.
func (g *Gazetteer) Lookup(name string) (info Info, ok bool) {
	ids := g.lookup(name)
	if len(ids) == 0 {
		return Info{}, false
	}
	best := g.argmax(ids, nil, -1, nil)
	e := &g.entries[best]
	info = Info{Kind: e.kind, Name: e.name, Population: int(e.pop), Entries: len(ids)}
	if e.country[0] != 0 {
		info.Country = string(e.country[:])
	}
	return info, true
}

// isUpperWord reports whether s has letters and all of them are upper case.
func isUpperWord(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		has = has || unicode.IsLetter(r)
	}
	return has
}
