package places

import (
	"math"
	"sort"
	"strings"

	"github.com/ledehq/lede"
)

// Candidate is a place name found in an article with its mentions.
type Candidate struct {
	Name     string
	Mentions []lede.Mention
}

// Scores of the kinds of entry before context. A country name means the
// country ("Mexico" is not Mexico, Missouri). A city's prior is
// log10(population), plus a little for a national capital and for a capital
// or a city of a million people. A first-level region means the region
// ("Georgia", "Crimea", "Texas") unless a city of 100,000 people or more
// shares its name: then the region is as prominent as that city, a little
// more for a well-known region ("Quebec"), a little less for another
// ("Moscow" the federal city), so a capital or a city of a million people
// wins ("New York", "Washington") and context decides the rest ("Washington"
// with "Seattle" is the state). A town of 10,000 people or more in a state
// where two other places of the article lie counts as such a city when the
// article names nothing of the region's country ("Yuma" among Arizona
// towns is the town, not the Dominican province). A region ranked under
// a big city of another country takes context only when its country is
// named ("Jerusalem" beside the West Bank and Gaza is the city).
const (
	countryPrior     = 18
	regionPrior      = 12 // plus the region's level (1-2)
	minorRegionPrior = 3  // a second-level unit ("Paris" the département) loses to a city
	worldRegionPrior = 17
	capitalBonus     = 0.5
	bigCityBonus     = 1
	bigCityPop       = 1000000
	twinCityPop      = 100000
	localTwinPop     = 10000 // a town the article's other places support
	twinKnownRegion  = 0.5   // a well-known region over the city of its name
	twinLesserRegion = -0.5  // another region under it
	// lesserTwinProminence: a well-known region (a state, a province)
	// outranks a city abroad of its name below 300,000 people that is no
	// capital ("Ontario" is not the Californian city; "Gaza" is the city).
	lesserTwinProminence = 5.48 // log10(300,000)
)

// Context bonuses: how much the other places of the article pull a
// candidate towards a country. A city's context bonus, apart from a named
// state that holds it, is capped so that population still decides between
// cities a hundred times apart ("Paris" stays in France in an article that
// also names the U.S.).
const (
	namedCountryBonus = 1.5 // the article names the country
	namedRegionBonus  = 2   // the article names a region of the country
	cityBonus         = 1   // per other city of the country, up to maxCityBonus
	maxCityBonus      = 2
	cityContextCap    = 1.5
	adminBonus        = 4 // a city in a state or province the article names, or a state holding a city it names
	// sisterRegionBonus: a region named among two or more other regions of
	// its country, with no big city of its name, outranks a country of
	// the same name ("Georgia" among US states is the state).
	sisterRegionBonus = 3
	// sisterCityBonus: a city of a state (US, Canada, Australia) where two
	// or more other cities of the article lie, though the state is not
	// named, outranks a town abroad of its name that is no world city
	// ("Plymouth" with Worcester and Barnstable is in Massachusetts).
	sisterCityBonus = 2
	// nearStateBytes is how close (in bytes) a mention of a state must be
	// to a mention of a small town for the state to carry the town's name
	// over a world city of another country ("Paris" in an article that
	// names Kentucky elsewhere is still in France).
	nearStateBytes = 250
)

// resolved is a candidate's entries and the one chosen, -1 for none.
type resolved struct {
	ids    []int32
	choice int32
}

type support struct {
	named    map[[2]byte]int // candidates naming the country
	regions  map[[2]byte]int // candidates naming a region of the country
	cities   map[[2]byte]int // candidates resolved to a city of the country
	states   map[[4]byte]int // candidates naming a US state (country + code)
	inStates map[[4]byte]int // candidates resolved to a US city in the state
	chosen   map[int32]int   // candidates resolved to each entry
}

func newSupport() support {
	return support{
		named: map[[2]byte]int{}, regions: map[[2]byte]int{}, cities: map[[2]byte]int{},
		states: map[[4]byte]int{}, inStates: map[[4]byte]int{}, chosen: map[int32]int{},
	}
}

func stateKey(cc [2]byte, code [2]byte) [4]byte { return [4]byte{cc[0], cc[1], code[0], code[1]} }

// regionCode is the first two bytes of a region's subdivision code, the form
// state and province codes take in city entries (US, Canada, Australia).
func regionCode(e *entry) [2]byte {
	var c [2]byte
	if len(e.sub) >= 2 {
		copy(c[:], e.sub)
	}
	return c
}

// add records (sign 1) or removes (sign -1) what entry id says about the
// article's geography.
func (s *support) add(g *Gazetteer, id int32, sign int) {
	if id < 0 {
		return
	}
	s.chosen[id] += sign
	e := &g.entries[id]
	switch e.kind {
	case KindCountry:
		s.named[e.country] += sign
	case KindRegion:
		s.regions[e.country] += sign
		if c := regionCode(e); c[0] != 0 {
			s.states[stateKey(e.country, c)] += sign
		}
	case KindCity:
		s.cities[e.country] += sign
		if e.admin[0] != 0 {
			s.inStates[stateKey(e.country, e.admin)] += sign
		}
	}
}

// twinCity is the largest city of 100,000 people or more that shares a
// name: its prominence (0 for none) and country.
type twinCity struct {
	prominence float64
	country    [2]byte
	world      bool // a national capital or a city of a million people
}

// prior is an entry's score before context; twin is the prominence of the
// largest city of 100,000 people or more that shares the entry's name, or
// 0.
func (g *Gazetteer) prior(e *entry, twin twinCity) float64 {
	switch e.kind {
	case KindCountry:
		return countryPrior
	case KindWorldRegion:
		return worldRegionPrior
	case KindRegion:
		switch {
		case e.level == 0:
			return minorRegionPrior
		case twin.prominence == 0:
			return regionPrior + float64(e.level)
		case e.level == 2 && (twin.country == e.country || !twin.world && twin.prominence < lesserTwinProminence):
			// (also a well-known region named like a lesser city of
			// another country: "Ontario", "Virginia")
			return twin.prominence + twinKnownRegion
		}
		// A region sharing its name with a big city of another country
		// ("Gaza" in Mozambique) is a lesser one.
		return twin.prominence + twinLesserRegion
	}
	return cityPrior(e)
}

// lesserTwinRegion reports whether region e shares its name with a city of
// 100,000 people or more of another country and ranks under it (prior
// gives it the city's prominence less twinLesserRegion).
func lesserTwinRegion(e *entry, twin twinCity) bool {
	return e.kind == KindRegion && e.level > 0 && twin.prominence > 0 && twin.country != e.country &&
		!(e.level == 2 && !twin.world && twin.prominence < lesserTwinProminence)
}

func cityPrior(e *entry) float64 {
	p := cityProminence(e)
	if e.level == capitalFlag || e.pop >= bigCityPop {
		p += bigCityBonus
	}
	return p
}

// cityProminence is log10(population), a little more for a capital.
func cityProminence(e *entry) float64 {
	p := math.Log10(float64(e.pop) + 10)
	if e.level == capitalFlag {
		p += capitalBonus
	}
	return p
}

// score is an entry's prior plus what the rest of the article (s, without
// the candidate's own contribution) says for it.
//
// A named state lifts a city of it over a world city of another country (a
// national capital or a city of a million people sharing the name) only when
// near reports the state written close to the name, or the article names
// another city of that state: "Paris" with "Kentucky" three paragraphs away
// is the French capital. near nil counts every state as close.
func (g *Gazetteer) score(e *entry, twin twinCity, s *support, near func([4]byte) bool) float64 {
	p := g.prior(e, twin)
	if e.kind == KindWorldRegion || s == nil {
		return p
	}
	if lesserTwinRegion(e, twin) && s.named[e.country] == 0 {
		// "Jerusalem" with the West Bank and Gaza named: the city, not
		// the governorate of its name; a lesser region abroad takes
		// context only when its country is named.
		return p
	}
	var ctx float64
	if s.named[e.country] > 0 {
		ctx += namedCountryBonus
	}
	if s.regions[e.country] > 0 {
		ctx += namedRegionBonus
	}
	ctx += cityBonus * math.Min(maxCityBonus, float64(s.cities[e.country]))
	switch e.kind {
	case KindCity:
		ctx = math.Min(ctx, cityContextCap)
		if k := stateKey(e.country, e.admin); e.admin[0] != 0 && s.states[k] > 0 {
			local := !twin.world || twin.country == e.country || near == nil || near(k) || s.inStates[k] > 0
			if local {
				ctx += adminBonus
			}
		} else if e.admin[0] != 0 && s.inStates[k] >= 2 && (!twin.world || twin.country == e.country) {
			ctx += sisterCityBonus // "Plymouth" among towns of one state: the town of that state
		}
	case KindRegion:
		if c := regionCode(e); c[0] != 0 && s.inStates[stateKey(e.country, c)] > 0 {
			ctx += adminBonus
		}
		if twin.prominence == 0 && e.level > 0 && s.regions[e.country] >= 2 {
			ctx += sisterRegionBonus
		}
	}
	return p + ctx
}

// Geocode resolves the place names of one article together, so that each
// helps decide the others: a country the article names, a state it names, or
// other cities of a country pull an ambiguous name towards that country;
// without such context the country, the region or the most populous city of
// the name wins ("Paris" is in France unless the article names Texas close
// to it or with another Texan city). Two or more cities of one state (US,
// Canada, Australia) pull a town of that state over a town abroad of its
// name that is no capital nor a city of a million people. A
// candidate named "CITY, REGION" — the caller saw the country or region
// written right after the city past a comma — is decided by it outright
// ("Cologne, Germany", "FLORENCE, ITALY", "Atlanta, Georgia") and reported
// by the city's name; a city the gazetteer has only elsewhere then keeps
// that country without coordinates. Lists ("England, Italy") are not read
// that way: only cities and unknown names are enclosed, and a country's or
// a region's name before a state of another country when the state has a
// town of that name ("Lebanon, Indiana", "Somerset, NJ"); a city known on
// its name alone before a country that has no namesake of it is an item of
// a list ("Toronto, Singapore, Paris"). A region or country after a name
// the gazetteer lacks is read with the article's places as context ("Quell
// County, Georgia" among US states). A sea is never a town or a province
// of its name nor enclosed ("the North Sea"). A name the gazetteer holds
// with its comma ("Washington, D.C.") stays whole.
//
// Candidates that resolve to the same place become one Place with all their
// mentions ("U.S." and "United States"); see the package comment for names,
// coordinates and unknown candidates. Places come in the order their first
// candidate was given; mentions are sorted by offset.
func (g *Gazetteer) Geocode(cands []Candidate) []lede.Place {
	res := make([]resolved, len(cands))
	s := newSupport()
	var unknownIn []enclosed // names the gazetteer lacks before an ambiguous region or country
	// Pass 1: each name's most prominent entry, taken as a first guess of
	// the article's geography.
	names := make([]string, len(cands))
	within := make([][2]byte, len(cands))
	for i, c := range cands {
		res[i].choice = -1
		names[i] = c.Name
		if c.Name == "" {
			continue
		}
		res[i].ids = g.lookup(c.Name)
		var outerIDs []int32
		base, outer, ok := strings.Cut(c.Name, ", ")
		ok = ok && strings.TrimSpace(base) != "" && strings.TrimSpace(outer) != ""
		if ok && len(res[i].ids) > 0 {
			names[i] = base // "Washington, D.C.", reported as the article wrote the city
		}
		if ok && len(res[i].ids) == 0 {
			// "Cologne, Germany": the name and the country or region
			// written after it.
			names[i] = base
			res[i].ids = g.lookup(base)
			outerIDs = g.lookup(outer)
		}
		if waterBody(names[i]) {
			// "the North Sea": a sea is no town or province of its name
			// nor in the country written after it ("the Zorva Sea,
			// Quellia and Tarn": a list).
			res[i].ids = seaEntries(g, res[i].ids)
			outerIDs = nil
		}
		if len(res[i].ids) > 0 {
			res[i].choice = g.argmax(res[i].ids, &s, -1, nil)
		}
		if len(outerIDs) > 0 && res[i].choice >= 0 && g.entries[res[i].choice].kind != KindCity {
			// "Lebanon, Indiana", "Somerset, NJ": a country's or a
			// region's name before a state of another country is a
			// town of that state when the gazetteer has one there.
			if kept := g.townOfState(res[i].ids, outerIDs); len(kept) > 0 {
				res[i].ids = kept
				res[i].choice = g.argmax(kept, &s, -1, nil)
			}
			continue
		}
		if len(outerIDs) == 0 {
			continue // only a city, or a name the gazetteer lacks, is enclosed ("England, Italy" is a list)
		}
		// The country or region decides the city (the entry of it that
		// holds the city: "Atlanta, Georgia"); a city with no entry
		// there is a place of that country the gazetteer does not have.
		current := g.argmax(outerIDs, nil, -1, nil)
		if outer, kept := g.holder(res[i].ids, outerIDs, current); outer >= 0 {
			res[i].ids = kept
			res[i].choice = g.argmax(kept, &s, -1, nil)
		} else if o := &g.entries[current]; o.kind == KindCountry && g.Known(names[i]) {
			// "Toronto, Singapore, Paris": a city known on its name
			// alone, with no namesake in the country after it, is an
			// item of a list, not a town of that country.
		} else if o.kind == KindCountry || (o.kind == KindRegion || o.kind == KindCity) && len(res[i].ids) == 0 {
			// (a name the gazetteer lacks before a region or a city:
			// its country, "Quellbury, Inner Mongolia", "Quell Park,
			// Manhattan")
			if len(res[i].ids) == 0 && len(outerIDs) > 1 {
				unknownIn = append(unknownIn, enclosed{i, outerIDs})
			}
			within[i] = o.country
			res[i].ids, res[i].choice = nil, -1
		}
	}
	for i := range res {
		s.add(g, res[i].choice, 1)
	}
	// Passes 2 and 3: choose again with the others' choices as context.
	for pass := 0; pass < 2; pass++ {
		changed := false
		for i := range res {
			if len(res[i].ids) < 2 {
				continue
			}
			s.add(g, res[i].choice, -1)
			best := g.argmax(res[i].ids, &s, res[i].choice, g.nearStates(cands, res, i))
			s.add(g, best, 1)
			if best != res[i].choice {
				res[i].choice = best
				changed = true
			}
		}
		if !changed {
			break
		}
	}

	// "Quell County, Georgia": the region or country after a name the
	// gazetteer lacks is read again with the article's places as context
	// (the US state among other states, the country among its cities).
	for _, u := range unknownIn {
		if o := &g.entries[g.argmax(u.outer, &s, -1, nil)]; o.kind == KindCountry || o.kind == KindRegion {
			within[u.i] = o.country
		}
	}
	// A name the gazetteer lacks is in the country of the place it
	// names a part of ("South Taranaki"), or else most likely in the
	// country the article's places name most ("Pellow Island").
	for i := range res {
		if res[i].choice < 0 && within[i][0] == 0 && len(res[i].ids) == 0 && !waterBody(names[i]) {
			within[i] = g.compassCountry(cands[i].Name, &s)
		}
	}
	main := g.mainCountry(cands, res)
	for i := range res {
		if res[i].choice < 0 && within[i][0] == 0 && len(res[i].ids) == 0 && cands[i].Name != "" && g.compassCountry(cands[i].Name, &s)[0] == 0 &&
			!waterBody(names[i]) {
			switch {
			case main[0] != 0:
				within[i] = main
			case strings.HasSuffix(names[i], " County") && !strings.HasPrefix(names[i], "County "):
				// "Quell County" with no country standing out: a
				// county named so, its name first, is most often
				// American.
				within[i] = [2]byte{'U', 'S'}
			}
		}
	}

	var out []lede.Place
	byEntry := map[int32]int{}
	byName := map[string]int{}
	for i, c := range cands {
		if c.Name == "" {
			continue
		}
		var at int
		var ok bool
		name := names[i]
		if id := res[i].choice; id >= 0 {
			if at, ok = byEntry[id]; !ok {
				e := &g.entries[id]
				p := lede.Place{Name: name}
				if e.country[0] != 0 {
					p.Country = string(e.country[:])
				}
				switch e.kind {
				case KindCountry, KindWorldRegion:
					if !sameSpelling(name, e.name) {
						p.Name = e.name // "U.S.": United States; "Aland Islands" stays as written
					}
				case KindRegion:
					if abbreviation(name) {
						p.Name = e.name // "Calif.", "NJ": California, New Jersey
					}
				case KindCity:
					p.Lat, p.Lon = float64(e.lat)/1e4, float64(e.lon)/1e4
				}
				at = len(out)
				out = append(out, p)
				byEntry[id] = at
			}
		} else {
			key := normalize(name) + "\t" + string(within[i][:])
			if at, ok = byName[key]; !ok {
				at = len(out)
				out = append(out, lede.Place{Name: name})
				if within[i][0] != 0 {
					out[at].Country = string(within[i][:])
				}
				byName[key] = at
			}
		}
		out[at].Mentions = append(out[at].Mentions, c.Mentions...)
	}
	for i := range out {
		m := out[i].Mentions
		sort.Slice(m, func(a, b int) bool {
			if m[a].Start != m[b].Start {
				return m[a].Start < m[b].Start
			}
			return m[a].End < m[b].End
		})
	}
	return out
}

// waterBody reports whether a name is a sea's or an ocean's ("the Zorva
// Sea", "Tarn Ocean", "Gulf of Quill"): no country's, so the article's
// main country is not given to it when the gazetteer lacks it.
func waterBody(name string) bool {
	return strings.HasSuffix(name, " Sea") || strings.HasSuffix(name, " Ocean") || strings.HasPrefix(name, "Sea of ") ||
		strings.HasPrefix(name, "Gulf of ")
}

// seaEntries returns the world regions of ids: a sea's name is no town's
// ("North Sea", a hamlet) and no province's named after it ("Red Sea", a
// state of one of its shores).
func seaEntries(g *Gazetteer, ids []int32) []int32 {
	var kept []int32
	for _, id := range ids {
		if g.entries[id].kind == KindWorldRegion {
			kept = append(kept, id)
		}
	}
	return kept
}

// landSuffixes end names of lands named after a place they are part of
// ("Los Angeles County", "Florida Keys").
var landSuffixes = map[string]bool{
	"County": true, "Keys": true, "Highlands": true, "Lowlands": true, "Islands": true, "Island": true, "Coast": true,
	"Valley": true, "Basin": true, "Peninsula": true, "Plateau": true, "Desert": true, "Antilles": true, "Bay": true,
	"River": true, "Mountains": true, "Area": true,
	"Parish": true, "Borough": true, "Township": true, "Oblast": true, "Governorate": true, "Prefecture": true,
	"Upazila": true, "Tehsil": true, "Taluka": true, "Taluk": true, "Raion": true, "Voivodeship": true, "Krai": true,
	"Okrug": true, "Municipality": true, "Province": true, "District": true,
}

// compassWords open names of parts of a place, or of a city with its
// suburbs ("Greater Quillport").
var compassWords = map[string]bool{
	"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true, "Eastern": true,
	"Western": true, "Central": true, "Upper": true, "Lower": true, "Greater": true,
}

// compassCountry returns the country of the place a name written as a
// compass word and a known place names a part of ("South Taranaki",
// "Upper Varland"), or of the known place a county is named after ("Los
// Angeles County"); zero when the name is not such, or the rest is
// unknown. The place is chosen among its namesakes with the article's
// places as context, s ("Santa Quill County" in an article of Californian
// towns is Californian though a bigger Santa Quill lies abroad).
func (g *Gazetteer) compassCountry(name string, s *support) [2]byte {
	base := name
	if first, rest, ok := strings.Cut(name, " "); ok && compassWords[first] {
		if strings.HasSuffix(rest, " Side") || rest == "Side" {
			return [2]byte{} // "Upper East Side": a district of some city, not of a town "East Side"
		}
		if ids := g.lookup(rest); len(ids) > 0 {
			return g.entries[g.argmax(ids, s, -1, nil)].country
		}
		base = rest // "Greater Quillport Area"
	}
	k := strings.LastIndexByte(base, ' ')
	if k <= 0 || !landSuffixes[base[k+1:]] {
		return [2]byte{}
	}
	// "Quillport County": the county of a known city; "Florida Keys",
	// "Varland Highlands": a land of a known place; "Quillport Bay Area":
	// the region of a known city, named before other words.
	for pre, n := base[:k], 0; n < 3; n++ {
		if g.Known(pre) {
			return g.entries[g.argmax(g.lookup(pre), s, -1, nil)].country
		}
		j := strings.LastIndexByte(pre, ' ')
		if j < 0 {
			break
		}
		pre = pre[:j]
	}
	return [2]byte{}
}

// mainCountry returns the country the article's places name most: at
// least two candidates resolved in it (one when no other country is
// named), and at least twice the mentions of any other country's (a
// candidate counts at least one mention); zero when no country stands out
// so.
func (g *Gazetteer) mainCountry(cands []Candidate, res []resolved) [2]byte {
	places := map[[2]byte]int{}
	mentions := map[[2]byte]int{}
	for i, r := range res {
		if r.choice < 0 {
			continue
		}
		e := &g.entries[r.choice]
		if e.country[0] == 0 {
			continue
		}
		places[e.country]++
		mentions[e.country] += max(1, len(cands[i].Mentions))
	}
	var best [2]byte
	top, second := 0, 0
	for c, n := range mentions {
		if n > top {
			best, top, second = c, n, top
		} else if n > second {
			second = n // a tie for the top too: no country stands out
		}
	}
	if best[0] == 0 || places[best] < 2 && second > 0 || top < 2*second {
		return [2]byte{}
	}
	return best
}

// argmax returns the best-scoring entry of ids; ties keep the current choice,
// then the first id.
//
// near, nil for any, reports whether a state is written close to the name.
func (g *Gazetteer) argmax(ids []int32, s *support, current int32, near func([4]byte) bool) int32 {
	var twin twinCity
	for _, id := range ids {
		if e := &g.entries[id]; e.kind == KindCity && e.pop >= twinCityPop {
			if p := cityProminence(e); p > twin.prominence {
				twin = twinCity{p, e.country, e.level == capitalFlag || e.pop >= bigCityPop}
			}
		}
	}
	if twin.prominence == 0 && s != nil {
		twin = g.localTwin(ids, s)
	}
	best, bestScore := int32(-1), math.Inf(-1)
	for _, id := range ids {
		e := &g.entries[id]
		sc := g.score(e, twin, s, near)
		if e.kind == KindRegion && s != nil && g.onlyTwinsInState(e, ids, s) {
			sc -= adminBonus // "New York" with "New York City": the city does not make the name the state
		}
		if sc > bestScore || sc == bestScore && id == current {
			best, bestScore = id, sc
		}
	}
	return best
}

// localTwin returns, as a twin city, a town of 10,000 people or more among
// ids in a state (US, Canada, Australia) where the article's places lie
// (two other cities of it), when no region among ids is of a country the
// article names or places anything in: "Quellton" among Arizona towns is
// the town, not a province of that name abroad. Zero when there is none.
func (g *Gazetteer) localTwin(ids []int32, s *support) twinCity {
	var twin twinCity
	for _, id := range ids {
		e := &g.entries[id]
		switch {
		case e.kind == KindRegion && s.named[e.country]+s.regions[e.country]+s.cities[e.country] > 0:
			return twinCity{}
		case e.kind == KindCity && e.pop >= localTwinPop && e.admin[0] != 0 && s.inStates[stateKey(e.country, e.admin)] >= 2:
			if p := cityProminence(e); p > twin.prominence {
				twin = twinCity{p, e.country, false}
			}
		}
	}
	return twin
}

// nearStates returns whether a state the article names (a candidate
// resolved to a region with a state code) is written within nearStateBytes
// of a mention of candidate i; nil when candidate i has no mentions (names
// given without offsets: every state counts as close).
func (g *Gazetteer) nearStates(cands []Candidate, res []resolved, i int) func([4]byte) bool {
	if len(cands[i].Mentions) == 0 {
		return nil
	}
	return func(k [4]byte) bool {
		for j := range res {
			id := res[j].choice
			if j == i || id < 0 {
				continue
			}
			e := &g.entries[id]
			if e.kind != KindRegion || stateKey(e.country, regionCode(e)) != k {
				continue
			}
			for _, a := range cands[i].Mentions {
				for _, b := range cands[j].Mentions {
					if b.Start-a.End <= nearStateBytes && a.Start-b.End <= nearStateBytes {
						return true
					}
				}
			}
		}
		return false
	}
}

// onlyTwinsInState reports whether the cities of the article that support
// region e (cities in it) are all namesakes of it, entries of ids.
func (g *Gazetteer) onlyTwinsInState(e *entry, ids []int32, s *support) bool {
	c := regionCode(e)
	if c[0] == 0 {
		return false
	}
	n := s.inStates[stateKey(e.country, c)]
	if n <= 0 {
		return false
	}
	for _, id := range ids {
		if o := &g.entries[id]; o.kind == KindCity && o.country == e.country && o.admin == c {
			n -= s.chosen[id]
		}
	}
	return n <= 0
}

// enclosed is candidate i, a name the gazetteer lacks, and the entries of
// the region or country written after it.
type enclosed struct {
	i     int
	outer []int32
}

// townOfState returns the cities of ids in a state or province of outerIDs
// (one whose cities the gazetteer places: US, Canada, Australia) when no
// entry of ids is a country or a region of that state's country: "Lebanon,
// Indiana" is the town, "Virginia, Minnesota and Iowa" a list of states.
func (g *Gazetteer) townOfState(ids, outerIDs []int32) []int32 {
	for _, o := range outerIDs {
		outer := &g.entries[o]
		if outer.kind != KindRegion || outer.level == 0 || regionCode(outer)[0] == 0 {
			continue
		}
		var kept []int32
		sibling := false
		for _, id := range ids {
			e := &g.entries[id]
			switch {
			case e.kind == KindCountry && e.country == outer.country, e.kind == KindRegion && e.country == outer.country:
				sibling = true
			case e.kind == KindCity && e.country == outer.country && e.admin == regionCode(outer):
				kept = append(kept, id)
			}
		}
		if !sibling && len(kept) > 0 {
			return kept
		}
	}
	return nil
}

// holder returns the entry of outerIDs (a country or region; current
// first) that holds entries of ids, and those entries; -1 when none does.
func (g *Gazetteer) holder(ids, outerIDs []int32, current int32) (int32, []int32) {
	order := append([]int32{current}, outerIDs...)
	for _, o := range order {
		outer := &g.entries[o]
		if outer.kind != KindCountry && outer.kind != KindRegion {
			continue
		}
		var kept []int32
		for _, id := range ids {
			if e := &g.entries[id]; e.kind == KindCity && e.country == outer.country && inRegion(e, outer) {
				kept = append(kept, id)
			}
		}
		if len(kept) > 0 {
			return o, kept
		}
	}
	return -1, nil
}

// inRegion reports whether entry e lies in outer: any entry of outer's
// country when outer is a country; a city of a state or province in that
// region when the gazetteer knows cities' regions (US, Canada, Australia).
func inRegion(e, outer *entry) bool {
	if outer.kind != KindRegion || e.kind != KindCity || e.admin[0] == 0 {
		return true
	}
	return regionCode(outer) == e.admin
}

// sameSpelling reports whether the article's form of a country's name is
// the gazetteer's but for accents ("Aland Islands" for "Åland Islands", "Cote
// d'Ivoire"): the article's spelling is kept.
func sameSpelling(written, name string) bool {
	if written == name {
		return true
	}
	var a, b strings.Builder
	for _, r := range written {
		a.WriteRune(foldRune(r))
	}
	for _, r := range name {
		b.WriteRune(foldRune(r))
	}
	return a.String() == b.String()
}

// abbreviation reports whether a place name is written short: with a
// period ("Calif.", "N.Y.") or as two or three capitals ("NJ").
func abbreviation(name string) bool {
	if strings.HasSuffix(name, ".") {
		return true
	}
	if len(name) < 2 || len(name) > 3 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}
