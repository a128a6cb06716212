package quotes

import (
	"sort"
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// Speakers named by a description ("the company said", "said the
// coach") stand for an entity of the article when the description fits
// one: an organization whose name holds the noun ("the coalition" for the
// WeWorkers Coalition, "the ministry" for the Defence Ministry), a company
// for "the company" or "the firm", a person whose role holds the noun ("the
// coach" for the Rovers coach Dan Hollis). The entity mentioned last
// before the description wins; with none, the speaker stays unnamed.

// orgDescriptions are the nouns that describe an organization; the value
// lists the name words that fit the noun besides the noun itself.
var orgDescriptions = map[string][]string{
	"planemaker": nil, "chipmaker": nil, "drugmaker": nil, "miner": nil, "brewer": nil, "conglomerate": nil,
	"supplier": nil, "carrier": {"Airlines", "Airways"},
	"company": nil, "firm": nil, "startup": nil, "retailer": nil, "automaker": nil, "carmaker": nil, "airline": {"Airlines", "Airways"},
	"bank": nil, "brokerage": nil, "lender": {"Bank"}, "insurer": {"Insurance"}, "manufacturer": nil, "maker": nil, "chain": nil, "label": {"Records"},
	"studio": {"Studios", "Pictures"}, "network": nil, "publisher": nil, "developer": nil, "giant": nil,
	"group":     {"Coalition", "Union", "Alliance", "Association", "Movement", "Campaign", "Committee", "Network", "Federation"},
	"coalition": nil, "union": nil, "alliance": nil, "association": nil, "campaign": nil, "movement": nil, "committee": nil,
	"council": nil, "party": nil, "charity": {"Foundation", "Trust"}, "foundation": nil, "organization": {"Organisation"},
	"organisation": {"Organization"}, "agency": {"Administration", "Authority", "Commission", "Bureau", "Service", "Office"}, "ministry": nil, "department": nil, "office": nil, "commission": nil,
	"bureau": nil, "service": nil, "authority": nil, "regulator": {"Commission", "Authority", "Agency"}, "university": nil, "school": nil,
	"hospital": nil, "club": clubWords, "team": clubWords, "side": clubWords, "court": nil, "police": {"Police"}, "board": nil, "institute": nil,
	"administration": nil, "government": nil, "embassy": nil, "army": nil, "military": {"Army", "Forces", "Defense", "Defence"},
	"trust": nil, "society": nil, "federation": nil, "league": nil, "centre": {"Center"}, "center": {"Centre"}, "fund": nil,
	"watchdog": {"Commission", "Authority", "Office", "Agency"}, "nonprofit": {"Foundation", "Trust", "Fund"},
	"broadcaster": {"News", "Broadcasting", "BBC", "Television", "TV", "Radio"}, "newspaper": {"Times", "Post", "Journal", "Herald", "News", "Gazette", "Tribune"},
	// small businesses of trend and survey pieces ("Harbor Catering says …
	// the business says")
	"business": nil, "shop": nil, "store": nil, "brand": nil, "caterer": {"Catering"}, "bakery": nil, "restaurant": nil,
	// online services ("Rising Tide published … the site noted")
	"site": nil, "website": nil, "platform": nil, "outlet": nil, "magazine": {"Magazine"},
	// public places that speak through a statement ("the zoo said" for
	// the Harlow Zoo): only an organization whose name ends in the noun
	// (headDescriptions)
	"zoo": nil, "museum": nil, "library": nil, "college": nil, "airport": nil, "gallery": nil,
	"theatre": {"Theater"}, "theater": {"Theatre"}, "orchestra": nil, "festival": nil,
}

// headDescriptions fit only an organization whose name ends in the noun
// or a word the noun lists: "the zoo" is the Harlow Zoo, not the Harlow
// Zoo Reptile House.
var headDescriptions = map[string]bool{
	"zoo": true, "museum": true, "library": true, "college": true, "airport": true, "gallery": true,
	"theatre": true, "theater": true, "orchestra": true, "festival": true,
}

// tradeWords end the names of small businesses ("Harbor Catering",
// "Miller Roofing"). A name ending in one is the business's, even when the
// entities took it for a person's: "the company" may stand for it.
var tradeWords = map[string]bool{
	"Catering": true, "Events": true, "Landscaping": true, "Roofing": true, "Plumbing": true, "Bakery": true,
	"Dental": true, "Consulting": true, "Construction": true, "Design": true, "Designs": true, "Studio": true,
	"Studios": true, "Flowers": true, "Florist": true, "Florals": true, "Boutique": true, "Salon": true,
	"Cafe": true, "Café": true, "Coffee": true, "Kitchen": true, "Brewing": true, "Farms": true, "Farm": true,
	"Realty": true, "Properties": true, "Builders": true, "Electric": true, "Motors": true, "Outfitters": true,
	"Supply": true, "Supplies": true, "Interiors": true, "Cleaning": true, "Rentals": true, "Tours": true,
	"Travel": true, "Marketing": true, "Media": true, "Logistics": true, "Foods": true, "Goods": true,
	"Wellness": true, "Fitness": true, "Photography": true, "Services": true, "Solutions": true, "Creative": true,
}

// tradeName reports whether name ends in a word of tradeWords.
func tradeName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && tradeWords[name[i+1:]]
}

// clubWords end the names of sports clubs ("Redford Rovers"), which "the
// club" and "the side" describe.
var clubWords = []string{
	"FC", "AFC", "CF", "United", "City", "Town", "Rovers", "Athletic", "Wanderers", "Rangers", "Albion", "Hotspur",
	"County", "Club",
}

// weakFits are the first words of names a description fits only when
// the organization is the last one named ("the agency" for the
// Department of Labor, but not after the department's own agencies).
var weakFits = map[string]string{"agency": "Department"}

// agencyAcronyms are widely known government agencies a story may name
// only by their initials and then call "the agency".
var agencyAcronyms = map[string]bool{
	"FDA": true, "CDC": true, "EPA": true, "NASA": true, "FBI": true, "CIA": true, "NSA": true, "FEMA": true,
	"DEA": true, "ATF": true, "IRS": true, "SEC": true, "FTC": true, "FCC": true, "NIH": true, "TSA": true,
	"NHTSA": true, "OSHA": true, "NOAA": true, "FAA": true, "CMS": true, "NTSB": true, "ICE": true, "CBP": true,
	"EMA": true, "MHRA": true, "ESA": true, "NIST": true, "USGS": true, "FDIC": true, "CFPB": true,
}

// companyDescriptions describe a business: any organization whose name
// is not that of a public body, group or newsroom fits them.
var companyDescriptions = map[string]bool{
	"company": true, "firm": true, "brokerage": true, "startup": true, "retailer": true, "automaker": true, "carmaker": true, "manufacturer": true,
	"maker": true, "chain": true, "giant": true, "developer": true, "planemaker": true, "chipmaker": true, "drugmaker": true,
	"miner": true, "brewer": true, "conglomerate": true, "supplier": true,
	"business": true, "shop": true, "store": true, "brand": true, "caterer": true, "bakery": true, "restaurant": true,
	"site": true, "website": true, "platform": true, "outlet": true,
}

// publicWords mark organizations that are no company.
var publicWords = map[string]bool{
	"Ministry": true, "Department": true, "Agency": true, "Office": true, "Commission": true, "Bureau": true, "Authority": true,
	"Council": true, "Committee": true, "Party": true, "Union": true, "Coalition": true, "Association": true, "Court": true,
	"Police": true, "Army": true, "University": true, "School": true, "Hospital": true, "Foundation": true, "Government": true,
	"Administration": true, "Senate": true, "Congress": true, "Parliament": true, "News": true, "Times": true, "Post": true,
	"Journal": true, "Press": true, "Reuters": true, "Agence": true, "Associated": true,
}

// personDescriptions map the nouns that describe a person by role to the
// role words that fit them ("the senator" for "Sen.").
var personDescriptions = map[string][]string{
	"president": {"president"}, "senator": {"senator", "sen."}, "governor": {"governor", "gov."}, "mayor": {"mayor"},
	"minister": {"minister", "secretary"}, "mp": {"mp", "member of parliament"}, "politician": {"politician"},
	"legislator": {"legislator", "lawmaker", "senator", "sen.", "rep."}, "leader": {"leader"}, "member": {"member"}, "secretary": {"secretary"}, "prosecutor": {"prosecutor", "attorney"}, "judge": {"judge"},
	"coach": {"coach"}, "manager": {"manager"}, "congressman": {"rep.", "congressman", "representative"},
	"congresswoman": {"rep.", "congresswoman", "representative"}, "lawmaker": {"rep.", "sen.", "senator", "representative", "lawmaker"},
	"ambassador": {"ambassador"}, "chancellor": {"chancellor"}, "premier": {"premier"}, "sheriff": {"sheriff"},
	"commissioner": {"commissioner"}, "chairman": {"chairman", "chair"}, "chairwoman": {"chairwoman", "chair"},
	"ceo": {"ceo", "chief executive"}, "executive": {"executive", "ceo"}, "founder": {"founder"}, "spokesman": {"spokesman", "spokesperson"},
	"spokeswoman": {"spokeswoman", "spokesperson"}, "spokesperson": {"spokesperson", "spokesman", "spokeswoman"},
	"actor": {"actor"}, "actress": {"actress"}, "singer": {"singer"}, "director": {"director"}, "superintendent": {"superintendent"},
	"captain": {"captain"}, "quarterback": {"quarterback"}, "analyst": {"analyst"}, "economist": {"economist"},
	"professor": {"professor"}, "researcher": {"researcher"}, "scientist": {"scientist"}, "lawyer": {"lawyer", "attorney"},
	"attorney": {"attorney", "lawyer"}, "author": {"author"}, "general": {"general", "gen."}, "commander": {"commander"},
	"rapper": {"rapper"}, "comedian": {"comedian"}, "musician": {"musician"}, "star": {"star"}, "artist": {"artist"},
	"model": {"model"}, "writer": {"writer"}, "novelist": {"novelist"}, "filmmaker": {"filmmaker"}, "designer": {"designer"},
	"striker": {"striker"}, "forward": {"forward"}, "midfielder": {"midfielder"}, "defender": {"defender"},
	"goalkeeper": {"goalkeeper"}, "winger": {"winger"}, "batsman": {"batsman"}, "bowler": {"bowler"}, "pitcher": {"pitcher"},
	"golfer": {"golfer"}, "sprinter": {"sprinter"}, "swimmer": {"swimmer"},
	"boss": {"boss", "manager", "head coach"}, "skipper": {"skipper", "captain"},
	"official": {"official"}, "officer": {"officer"}, "doctor": {"doctor", "physician"}, "physician": {"physician", "doctor"},
	"owner": {"owner"}, "teacher": {"teacher"}, "principal": {"principal"}, "pastor": {"pastor"}, "activist": {"activist"},
	"candidate": {"candidate"}, "detective": {"detective"}, "nurse": {"nurse"}, "surgeon": {"surgeon"}, "historian": {"historian"},
	"strategist": {"strategist"}, "pollster": {"pollster"}, "investor": {"investor"}, "councillor": {"councillor", "councilor"}, "councilor": {"councilor", "councillor"},
	"councilman": {"councilman", "council member"}, "councilwoman": {"councilwoman", "council member"},
	"pope": {"pope"}, "king": {"king"}, "queen": {"queen"}, "prince": {"prince"}, "princess": {"princess"},
	"engineer": {"engineer"}, "inspector": {"inspector"}, "architect": {"architect"}, "journalist": {"journalist"},
	"photographer": {"photographer"}, "chef": {"chef"}, "farmer": {"farmer"}, "pilot": {"pilot"},
	"entrepreneur": {"entrepreneur"}, "biologist": {"biologist"}, "physicist": {"physicist"}, "chemist": {"chemist"},
	"psychologist": {"psychologist"}, "epidemiologist": {"epidemiologist"}, "veteran": {"veteran"},
	// experts of feature and explainer writing ("the dietitian says")
	"expert": {"expert"}, "dietitian": {"dietitian"}, "dietician": {"dietician"}, "nutritionist": {"nutritionist"},
	"psychiatrist": {"psychiatrist"}, "therapist": {"therapist"}, "psychotherapist": {"psychotherapist"},
	"counselor": {"counselor"}, "counsellor": {"counsellor"}, "pediatrician": {"pediatrician"},
	"paediatrician": {"paediatrician"}, "cardiologist": {"cardiologist"}, "dermatologist": {"dermatologist"},
	"neurologist": {"neurologist"}, "neuroscientist": {"neuroscientist"}, "oncologist": {"oncologist"},
	"pharmacist": {"pharmacist"}, "dentist": {"dentist"}, "veterinarian": {"veterinarian"},
	"consultant": {"consultant"}, "recruiter": {"recruiter"}, "adviser": {"adviser"}, "advisor": {"advisor"},
	"planner": {"planner"}, "trainer": {"trainer"}, "instructor": {"instructor"},
	"sociologist": {"sociologist"}, "anthropologist": {"anthropologist"}, "ecologist": {"ecologist"},
	"geologist": {"geologist"}, "astronomer": {"astronomer"}, "astrophysicist": {"astrophysicist"},
	"mathematician": {"mathematician"}, "statistician": {"statistician"}, "immunologist": {"immunologist"},
	"virologist": {"virologist"}, "geneticist": {"geneticist"}, "gastroenterologist": {"gastroenterologist"},
	"endocrinologist": {"endocrinologist"}, "obstetrician": {"obstetrician"}, "gynecologist": {"gynecologist"},
	"radiologist": {"radiologist"}, "allergist": {"allergist"}, "clinician": {"clinician"},
	"midwife": {"midwife"}, "physiotherapist": {"physiotherapist"}, "educator": {"educator"},
	"pulmonologist": {"pulmonologist"}, "urologist": {"urologist"}, "ophthalmologist": {"ophthalmologist"},
	"optometrist": {"optometrist"}, "chiropractor": {"chiropractor"},
	// trades and testers of trend pieces and product reviews ("the florist says")
	"florist": {"florist"}, "baker": {"baker"}, "stylist": {"stylist"}, "landscaper": {"landscaper"},
	"contractor": {"contractor"}, "realtor": {"realtor"}, "mechanic": {"mechanic"}, "barista": {"barista"},
	"bartender": {"bartender"}, "tester": {"tester"}, "reviewer": {"reviewer"}, "editor": {"editor"}, "tutor": {"tutor"},
	"hairdresser": {"hairdresser"}, "jeweler": {"jeweler"}, "jeweller": {"jeweller"}, "winemaker": {"winemaker"},
	"sommelier": {"sommelier"}, "gardener": {"gardener"}, "co-founder": {"co-founder", "cofounder", "founder"},
	"cofounder": {"co-founder", "cofounder", "founder"}, "co-owner": {"co-owner", "owner"},
}

// described returns the entity that "the NOUN" at tokens [k-1, k] stands
// for, or -1.
func (f *finder) described(k int) int {
	if k < 1 {
		return -1
	}
	if det := f.word(k - 1); det != "the" && det != "The" {
		// "the production company said", "the German carmaker added":
		// one modifier between the article and the noun.
		m := strings.ToLower(f.word(k - 1))
		if k < 2 || f.doc.Tokens[k-1].Kind != text.Word || phraseStops[m] || prepositions[m] || clauseWords[m] || auxiliaries[m] || strings.HasSuffix(m, "ly") {
			return -1
		}
		if det2 := f.word(k - 2); det2 != "the" && det2 != "The" {
			return -1
		}
	}
	return f.describedWord(k)
}

// describedWord returns the entity the description noun at token k stands
// for, whatever comes before it ("a company spokesperson"), or -1.
func (f *finder) describedWord(k int) int {
	w := strings.ToLower(f.word(k))
	pos := f.doc.Tokens[k].Start
	if demonymNoun(f.word(k)) {
		// "Arsenal boss Mikel Arteta was less happy. “…,” said the
		// Spaniard": the one person named in the paragraph so far, else
		// the one person in view.
		if e := f.onlyPersonNear(pos, 0, nil); e >= 0 {
			return e
		}
		return f.onlyPersonNear(pos, 2, nil)
	}
	if kinshipDescription(w) {
		// "the father-of-two said": the one person in view.
		return f.onlyPersonNear(pos, 2, nil)
	}
	if extra, ok := orgDescriptions[w]; ok {
		e := f.lastMatching(pos, func(e int) bool {
			ent := f.ents.Entities[e]
			if ent.Kind == entities.Person && companyDescriptions[w] && tradeName(ent.Name) {
				return f.subjectSomewhere(e) // "Harbor Catering says … the company says"
			}
			if ent.Kind != entities.Organization {
				return false
			}
			if w == "agency" && agencyAcronyms[ent.Name] {
				return true // "the FDA … the agency said"
			}
			words := strings.Fields(ent.Name)
			if headDescriptions[w] && len(words) > 0 {
				words = words[len(words)-1:]
			}
			for _, nw := range words {
				if strings.EqualFold(nw, w) {
					return true
				}
				for _, x := range extra {
					if nw == x {
						return true
					}
				}
			}
			if !companyDescriptions[w] {
				return false
			}
			for _, nw := range words {
				if publicWords[nw] {
					return false
				}
			}
			return f.subjectSomewhere(e)
		})
		if e < 0 && weakFits[w] != "" {
			// "asked the Department of Labor for comment. … the agency
			// said": a department is "the agency" only when it is the
			// organization named last.
			last := f.lastMatching(pos, func(e int) bool { return f.ents.Entities[e].Kind == entities.Organization })
			if last >= 0 && strings.HasPrefix(f.ents.Entities[last].Name, weakFits[w]+" ") {
				e = last
			}
		}
		if e < 0 && !companyDescriptions[w] {
			// "Unite, the trade union, called a strike. … the union
			// said": the name the article gave the noun in apposition.
			e = f.appositiveOf(w, k-1)
		}
		return e
	}
	if roles, ok := personDescriptions[w]; ok {
		e := f.lastMatching(pos, func(e int) bool {
			ent := f.ents.Entities[e]
			if ent.Kind != entities.Person {
				return false
			}
			if ent.Role == "" || strings.HasPrefix(ent.Role, "who ") || strings.HasPrefix(ent.Role, "which ") {
				// "Leo Grant, the team's coach," / "councilwoman Elena
				// Ruiz": a role the text sets next to the name (a
				// relative clause is no role: "who met the coach").
				return f.roleNextToName(e, w, pos)
			}
			role := strings.ToLower(ent.Role)
			for _, r := range roles {
				if strings.Contains(role, r) {
					return true
				}
			}
			return false
		})
		if e < 0 && occupationDescriptions[w] {
			// "Tom Hanks arrived late. … “…,” the actor said": the one
			// person in view, when no role says otherwise.
			e = f.onlyPersonNear(pos, 2, func(e int) bool { return f.ents.Entities[e].Role == "" })
			if e < 0 {
				e = f.quotedJustBefore(pos)
			}
		}
		return e
	}
	return -1
}

// kinshipDescription reports whether w describes a person by family, in
// the British style ("father-of-two", "mother-of-three").
func kinshipDescription(w string) bool {
	for _, p := range [...]string{"father-of-", "mother-of-", "grandfather-of-", "grandmother-of-", "dad-of-", "mum-of-", "mom-of-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
}

// roleNextToName reports whether the role noun w is set next to a mention
// of person e: in an appositive after it ("Elena Ruiz, a city
// councilwoman,", "Leo Grant, the team's coach,") or right before it
// ("councilwoman Elena Ruiz", "Hawks head coach Leo Grant"); only mentions
// before pos count.
func (f *finder) roleNextToName(e int, w string, pos int) bool {
	d := f.doc
	for _, m := range f.ents.Entities[e].Mentions {
		if m.Start >= pos {
			break
		}
		k := f.tokenAt(m.Start)
		if k >= 1 && strings.EqualFold(f.word(k-1), w) ||
			k >= 2 && strings.EqualFold(f.word(k-2), w) && d.Tokens[k-1].Kind == text.Word && text.IsCapitalized(f.word(k-1)) {
			return true // "councilwoman Elena Ruiz", "coach Dr. Ruiz"
		}
		n := f.tokenAt(m.End)
		if n >= len(d.Tokens) || f.word(n) != "," {
			continue
		}
		for j := n + 1; j < len(d.Tokens) && j <= n+8; j++ {
			t := d.Tokens[j]
			if t.Kind == text.Punct || t.Kind == text.Quote || clauseOpeners[f.word(j)] {
				break // (not "X, who met the coach,")
			}
			if strings.EqualFold(f.word(j), w) {
				return true
			}
		}
	}
	return false
}

// occupationDescriptions describe a person by what they do rather than by
// a post ("the actor", not "the coach"): with nobody of that role named,
// they stand for the one person in view.
var occupationDescriptions = map[string]bool{
	"planner": true,
	"florist": true, "baker": true, "stylist": true, "landscaper": true, "mechanic": true, "barista": true,
	"bartender": true, "tester": true, "reviewer": true, "hairdresser": true, "winemaker": true, "sommelier": true,
	"gardener": true,
	"actor":    true, "actress": true, "singer": true, "rapper": true, "comedian": true, "musician": true, "author": true,
	"star": true, "artist": true, "model": true, "writer": true, "novelist": true, "filmmaker": true, "designer": true,
	"striker": true, "forward": true, "midfielder": true, "defender": true, "goalkeeper": true, "winger": true,
	"batsman": true, "bowler": true, "pitcher": true, "golfer": true, "sprinter": true, "swimmer": true,
	"engineer": true, "inspector": true, "architect": true, "journalist": true, "photographer": true, "chef": true,
	"farmer": true, "entrepreneur": true, "biologist": true, "physicist": true, "chemist": true,
	"psychologist": true, "epidemiologist": true, "researcher": true, "scientist": true, "economist": true, "expert": true,
	"professor": true, "mp": true, "politician": true, "legislator": true, "lawmaker": true,
	"dietitian": true, "dietician": true, "nutritionist": true, "psychiatrist": true, "therapist": true,
	"psychotherapist": true, "counselor": true, "counsellor": true, "pediatrician": true, "paediatrician": true,
	"cardiologist": true, "dermatologist": true, "neurologist": true, "neuroscientist": true,
	"oncologist": true, "pharmacist": true, "dentist": true, "veterinarian": true, "sociologist": true,
	"anthropologist": true, "ecologist": true, "geologist": true, "astronomer": true, "astrophysicist": true,
	"mathematician": true, "statistician": true, "immunologist": true, "virologist": true, "geneticist": true,
	"gastroenterologist": true, "endocrinologist": true, "obstetrician": true, "gynecologist": true,
	"radiologist": true, "allergist": true, "clinician": true, "midwife": true, "physiotherapist": true,
	"pulmonologist": true, "urologist": true, "ophthalmologist": true, "optometrist": true,
	"chiropractor": true,
}

// lastMatching returns the entity mentioned last before pos, outside
// quotes, for which ok holds, or -1.
func (f *finder) lastMatching(pos int, ok func(e int) bool) int {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for i--; i >= 0; i-- {
		if m := ms[i]; !f.inQuote(m.Start) && ok(m.Entity) {
			return m.Entity
		}
	}
	return -1
}

// subjectSomewhere reports whether the organization e opens a sentence or
// a clause somewhere in the article, as the company a story is about does
// ("WeWork is cutting …"), unlike one it only names in passing.
func (f *finder) subjectSomewhere(e int) bool {
	for _, m := range f.ents.Entities[e].Mentions {
		k := f.tokenAt(m.Start)
		if k >= len(f.doc.Tokens) {
			continue
		}
		s := f.doc.Sentences[f.sentenceAt(m.Start)]
		if k == s.First || k > s.First && (f.word(k-1) == "," || leadConjunctions[f.word(k-1)]) {
			return true
		}
	}
	return false
}

// agedAt returns the entity that "the 56-year-old" ending at token k
// stands for: the one person of the article given that age before pos
// ("Tom Hanks, 56," or "56-year-old Tom Hanks"), else -1. Two people of
// that age leave the description unresolved.
func (f *finder) agedAt(k int) int {
	d := f.doc
	if k < 3 || !strings.EqualFold(f.word(k), "year-old") || f.word(k-1) != "-" || d.Tokens[k-2].Kind != text.Number {
		return -1
	}
	if det := f.word(k - 3); det != "the" && det != "The" {
		return -1
	}
	age := f.word(k - 2)
	pos := d.Tokens[k-3].Start
	found := -1
	for _, m := range f.ents.Mentions {
		if m.Start >= pos {
			break
		}
		if f.ents.Entities[m.Entity].Kind != entities.Person || f.inQuote(m.Start) || m.Entity == found {
			continue
		}
		if !hasAge(d.Text, m.Start, m.End, age) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.Entity
	}
	if found >= 0 {
		return found
	}
	for _, m := range f.ents.Mentions {
		if m.Start < pos && f.ents.Entities[m.Entity].Kind == entities.Person && hasAnyAge(d.Text, m.Start, m.End) {
			return -1 // the article gives ages, and not this one
		}
	}
	if e := f.onlyPersonNear(pos, 2, nil); e >= 0 {
		return e
	}
	// "Ana Ruiz has taken over the club … The 48-year-old said": the
	// story's subject, named first in its lead, still in view; "Luca
	// Brandt, who scored the winner, was mobbed. ¶ “…,” the 19-year-old
	// said": the one person of the nearest paragraph that names anyone.
	// When the two differ, the description names nobody.
	near := f.nearestParagraphPerson(pos, 2)
	lead := f.leadSubject()
	if lead >= 0 && !f.mentionedSince(lead, pos, 3) {
		lead = -1
	}
	if near >= 0 && lead >= 0 && near != lead {
		return -1
	}
	return max(near, lead)
}

// hasAnyAge reports whether the name at [start, end) of s is followed by
// an age: ", 56," or ", 56.".
func hasAnyAge(s string, start, end int) bool {
	rest, ok := strings.CutPrefix(s[end:min(len(s), end+6)], ", ")
	if !ok || len(rest) < 3 || rest[0] < '1' || rest[0] > '9' || rest[1] < '0' || rest[1] > '9' {
		return false
	}
	return rest[2] == ',' || rest[2] == '.'
}

// onlyPersonNear returns the one person mentioned outside quotes in the
// paragraph of pos (before it) and the back paragraphs before, when there
// is exactly one and ok (if not nil) holds for it; else -1.
func (f *finder) onlyPersonNear(pos, back int, ok func(e int) bool) int {
	d := f.doc
	para := d.Sentences[f.sentenceAt(pos)].Para
	found := -1
	for _, m := range f.ents.Mentions {
		if m.Start >= pos {
			break
		}
		if d.Sentences[m.Sentence].Para < para-back || f.ents.Entities[m.Entity].Kind != entities.Person || f.inQuote(m.Start) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	if found >= 0 && ok != nil && !ok(found) {
		return -1
	}
	return found
}

// nearestParagraphPerson returns the one person named outside quotes in
// the nearest paragraph, the paragraph of pos (before pos) or one of the
// back paragraphs before it, that names any person; -1 when that
// paragraph names two or more, or none does.
func (f *finder) nearestParagraphPerson(pos, back int) int {
	d := f.doc
	para := d.Sentences[f.sentenceAt(pos)].Para
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	found, foundPara := -1, -1
	for i--; i >= 0; i-- {
		m := ms[i]
		p := d.Sentences[m.Sentence].Para
		if p < para-back || foundPara >= 0 && p != foundPara {
			break
		}
		if f.ents.Entities[m.Entity].Kind != entities.Person || f.inQuote(m.Start) {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found, foundPara = m.Entity, p
	}
	return found
}

// leadSubject returns the person whose name opens the article's first
// sentence, or -1.
func (f *finder) leadSubject() int {
	d := f.doc
	if len(d.Sentences) == 0 || len(f.ents.Mentions) == 0 {
		return -1
	}
	m := f.ents.Mentions[0]
	if m.Sentence != 0 || f.tokenAt(m.Start) != d.Sentences[0].First || f.ents.Entities[m.Entity].Kind != entities.Person {
		return -1
	}
	return m.Entity
}

// mentionedSince reports whether e is mentioned before pos in the
// paragraph of pos or the n paragraphs before it.
func (f *finder) mentionedSince(e, pos, n int) bool {
	d := f.doc
	para := d.Sentences[f.sentenceAt(pos)].Para
	for _, m := range f.ents.Entities[e].Mentions {
		if m.Start < pos && d.Sentences[f.sentenceAt(m.Start)].Para >= para-n {
			return true
		}
	}
	return false
}

// hasAge reports whether the name at [start, end) of s is given the age
// written as digits in age: ", 56," or " (56)" right after it, or
// "56-year-old" among the few words before it.
func hasAge(s string, start, end int, age string) bool {
	after := s[end:min(len(s), end+len(age)+3)]
	if rest, ok := strings.CutPrefix(after, ", "+age); ok && (rest == "" || rest[0] == ',' || rest[0] == '.' || rest[0] == ';') {
		return true
	}
	if strings.HasPrefix(after, " ("+age+")") {
		return true
	}
	before := s[max(0, start-40):start]
	if i := strings.LastIndex(before, age+"-year-old "); i >= 0 && (i == 0 || before[i-1] == ' ') {
		// At most three words (a role) between the age and the name.
		return strings.Count(before[i:], " ") <= 4 && !strings.ContainsAny(before[i:], ",.;“”\"")
	}
	return false
}

// issuedNouns are documents that speak for whoever issued them ("the
// statement read", "the statement continued").
var issuedNouns = map[string]bool{"statement": true, "release": true}

// issuerOf returns the speaker of "the statement" at token k (after
// "the"): the issuer named in the last sentence before it, within three
// paragraphs, that mentions a statement outside quotes ("Acme Records said
// in a statement …", "the city council said in a statement"), or -1.
func (f *finder) issuerOf(k int) int {
	d := f.doc
	if k < 1 || !issuedNouns[f.word(k)] || f.word(k-1) != "the" && f.word(k-1) != "The" {
		return -1
	}
	noun := f.word(k)
	si := f.sentenceAt(d.Tokens[k].Start)
	return f.issuerBefore(si, 0, 3, func(w string) bool { return strings.EqualFold(w, noun) })
}

// authoredNouns are documents named with their author ("a report from
// X", "a study by X") that a later "the report notes" speaks for.
var authoredNouns = map[string]bool{
	"report": true, "study": true, "survey": true, "analysis": true, "review": true, "paper": true, "guide": true,
}

// documentAuthorBefore returns the author of "the NOUN" at token k (after
// "the"), a document the article introduced within the last three
// paragraphs as "a NOUN from/by/of X" ("A 2020 report from the Lantern
// Institute looked at … The report notes, “…”"), or -1.
func (f *finder) documentAuthorBefore(k int) int {
	d := f.doc
	noun := strings.ToLower(f.word(k))
	if k < 1 || !authoredNouns[noun] || f.word(k-1) != "the" && f.word(k-1) != "The" {
		return -1
	}
	para := d.Sentences[f.sentenceAt(d.Tokens[k].Start)].Para
	for j := k - 2; j >= 0 && d.Sentences[f.sentenceAt(d.Tokens[j].Start)].Para >= para-3; j-- {
		if !strings.EqualFold(f.word(j), noun) || f.inQuote(d.Tokens[j].Start) || j+2 >= k {
			continue
		}
		if e := f.documentOwner(j, 0); e >= 0 {
			return e // "The Copyright Board's 2024 report … The report notes"
		}
		if j > 0 && (f.word(j-1) == "a" || f.word(j-1) == "an" || f.word(j-1) == "its") && j > 1 && issueVerbs[f.word(j-2)] {
			// "The Trade Board published a review in May. The review
			// notes": the subject of the verb that issued it.
			ps := d.Sentences[f.sentenceAt(d.Tokens[j].Start)]
			if e := f.clauseSubject(ps.First, j-2); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
				return e
			}
			return -1
		}
		switch f.word(j + 1) {
		case "from", "by", "of":
		default:
			continue
		}
		n := j + 2
		if f.word(n) == "the" && n+1 < k {
			n++
		}
		if e := f.mentionStartingAt(n); e >= 0 && f.speakerKind(e) {
			return e
		}
		return -1 // the last such document has no named author
	}
	return -1
}

// documentIssuer returns whom "it" at token k stands for as the subject
// of a verb of speech when a sentence just before it names a document
// ("Keller issued a statement on Friday. “…,” it read."): that
// document's issuer, or -1.
func (f *finder) documentIssuer(k int) int {
	if !strings.EqualFold(f.word(k), "it") {
		return -1
	}
	si := f.sentenceAt(f.doc.Tokens[k].Start)
	return f.issuerBefore(si, si-2, 1, func(w string) bool { return documentNouns[strings.ToLower(w)] })
}

// issuerBefore returns the issuer named in the last sentence before
// sentence si, back to sentence minSentence and within paras paragraphs, that
// has a word outside quotes for which isDoc holds: the speaker of a quote
// in it, the subject of its verb of speech or of its clause; or -1.
func (f *finder) issuerBefore(si, minSentence, paras int, isDoc func(w string) bool) int {
	d := f.doc
	para := d.Sentences[si].Para
	for j := si - 1; j >= 0 && j >= minSentence && d.Sentences[j].Para >= para-paras; j-- {
		s := d.Sentences[j]
		mentions := false
		for t := s.First; t < s.Last; t++ {
			if d.Tokens[t].Kind == text.Word && isDoc(f.word(t)) && !f.inQuote(d.Tokens[t].Start) {
				mentions = true
				break
			}
		}
		if !mentions {
			continue
		}
		for _, sg := range f.segs {
			if sg.open >= s.Start && sg.open < s.End && sg.kind != "" && sg.speaker >= 0 {
				return sg.speaker
			}
		}
		if e := f.speechSubjectIn(s); e >= 0 {
			return e
		}
		if e := f.clauseSubject(s.First, s.Last); e >= 0 {
			return e
		}
		// "The company denied it in a statement": a description, which
		// names the last company mentioned, not always the issuer.
		return -1
	}
	return -1
}

// demonymWords are nationality nouns for a person that no suffix rule
// finds.
var demonymWords = map[string]bool{
	"Spaniard": true, "Frenchman": true, "Frenchwoman": true, "Englishman": true, "Englishwoman": true, "Dutchman": true,
	"Dutchwoman": true, "Irishman": true, "Irishwoman": true, "Scotsman": true, "Scotswoman": true, "Welshman": true,
	"Welshwoman": true, "Scot": true, "Brit": true, "Swede": true, "Dane": true, "Finn": true, "Pole": true, "Turk": true,
	"Greek": true, "Swiss": true, "Czech": true, "Slovak": true, "Thai": true, "Iraqi": true, "Israeli": true, "Pakistani": true,
	"Kiwi": true, "Aussie": true, "Argentine": true, "Portuguese": true, "Japanese": true, "Chinese": true,
	"Norwegian": true, "Australian": true, "Canadian": true, "Brazilian": true, "Italian": true, "Russian": true,
	"Indian": true, "Nigerian": true, "Egyptian": true, "Iranian": true, "Colombian": true, "Belgian": true,
	"Austrian": true, "Hungarian": true, "Croatian": true, "Serbian": true, "Ukrainian": true, "Korean": true,
	"Chilean": true, "Mexican": true, "American": true, "German": true, "Kenyan": true, "Ghanaian": true,
	"Ethiopian": true, "Jamaican": true, "Argentinian": true, "Uruguayan": true, "Peruvian": true, "Venezuelan": true,
	"Romanian": true, "Bulgarian": true, "Slovenian": true, "Bosnian": true, "Albanian": true, "Georgian": true,
	"Armenian": true, "Syrian": true, "Lebanese": true, "Senegalese": true, "Cameroonian": true, "Moroccan": true,
	"Algerian": true, "Tunisian": true, "Estonian": true, "Latvian": true, "Lithuanian": true, "Icelander": true,
	"Filipino": true, "Indonesian": true, "Malaysian": true, "Vietnamese": true, "Taiwanese": true, "Ecuadorian": true,
}

// demonymNoun reports whether w, capitalised after "the", names a person
// by nationality ("the Spaniard", "the Norwegian", "the American"). An
// organization of that name ("The Australian") is a mention found first.
func demonymNoun(w string) bool {
	return demonymWords[w] || partyMembers[w]
}

// partyMembers describe a politician by party ("the Kentucky
// Republican"), like a nationality.
var partyMembers = map[string]bool{
	"Republican": true, "Democrat": true, "Tory": true, "Conservative": true, "Liberal": true, "Independent": true,
}

// appositiveOf returns the organization named in apposition to the noun w
// last before token lim ("Unite, the trade union,", "Greenpeace, the
// campaign group,"): one to three capitalised words right before ", the
// (modifier) w,", read as an institution unless a person is named there.
// It returns -1 when there is none.
func (f *finder) appositiveOf(w string, lim int) int {
	d := f.doc
	for i := lim - 1; i >= 3; i-- {
		if strings.ToLower(f.word(i)) != w || i+1 >= len(d.Tokens) || f.word(i+1) != "," || f.inQuote(d.Tokens[i].Start) {
			continue
		}
		// ", the (trade) union,", ", the UK's weather service,",
		// ", Britain's biggest union,": up to three modifier tokens after "the"
		// or a capitalised owner.
		j, ok := i-1, false
		for mods := 0; j >= 1 && mods <= 3; mods++ {
			if f.word(j) == "the" {
				ok = true
				break
			}
			if d.Tokens[j].Kind == text.Possessive && j >= 2 && text.IsCapitalized(f.word(j-1)) && f.word(j-2) == "," {
				j--
				ok = true
				break
			}
			if d.Tokens[j].Kind != text.Word && d.Tokens[j].Kind != text.Possessive {
				break
			}
			j--
		}
		if !ok || j < 1 || f.word(j-1) != "," {
			continue
		}
		end := j - 2 // last word of the name
		start := end
		for start >= 0 && d.Tokens[start].Kind == text.Word && text.IsCapitalized(f.word(start)) {
			start--
		}
		start++
		for start <= end && commonOpener(strings.ToLower(f.word(start))) {
			start++ // "But Unite, the union,"
		}
		if start > end || end-start >= 3 {
			continue // none, or a longer run than a name
		}
		if e := f.mentionStartingAt(start); e >= 0 {
			if f.ents.Entities[e].Kind == entities.Organization {
				return e
			}
			continue // "John Smith, the union's leader,"
		}
		if f.anyMentionAt(start, end) {
			continue // a place or a person: "Ohio, the party's base,"
		}
		for m := start; m <= end; m++ {
			if isPronoun(strings.ToLower(f.word(m))) {
				return -1
			}
		}
		return f.institution(d.Tokens[start].Start, d.Tokens[end].End)
	}
	return -1
}

func commonOpener(w string) bool {
	return determiners[w] || phraseStops[w] || clauseWords[w] || prepositions[w] || auxiliaries[w]
}

// anyMentionAt reports whether an entity of any kind is mentioned within
// tokens [a, b].
func (f *finder) anyMentionAt(a, b int) bool {
	lo, hi := f.doc.Tokens[a].Start, f.doc.Tokens[b].End
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > lo })
	return i < len(ms) && ms[i].Start < hi
}

// isPersonNoun reports whether w describes a person by role or
// occupation ("engineer").
func isPersonNoun(w string) bool {
	_, ok := personDescriptions[w]
	return ok || unnamedPersonNouns[w]
}

// isOrgNoun reports whether w describes an organization ("company").
func isOrgNoun(w string) bool {
	_, ok := orgDescriptions[w]
	return ok
}

// documentOwner returns the organization whose possessive names the
// document noun at token k past up to three modifiers ("the Copyright
// Board's May 2024 report", "Acme's annual review"), or -1.
func (f *finder) documentOwner(k, lo int) int {
	d := f.doc
	for j := k - 1; j >= lo && j >= k-4; j-- {
		t := d.Tokens[j]
		if t.Kind == text.Possessive {
			if j < 1 {
				return -1
			}
			if e := f.mentionEndingAt(j - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
				return e
			}
			return -1
		}
		if t.Kind != text.Number && t.Kind != text.Word || f.mentionEndingAt(j) >= 0 {
			return -1
		}
	}
	return -1
}
