package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/text"
)

// findTowns is find with a gazetteer that also has towns named like
// words ("Union") and knows "US".
func findTowns(s string) []ent {
	r := Find(text.Analyze(s), nil, Options{Known: func(n string) bool { return n == "US" || known(n) }, MaybePlace: func(n string) bool { return n == "Union" || maybePlace(n) },
		TownName: func(n string) bool { return n == "Quillport" || n == "Crystal" || n == "Zorvaville" || n == "Union" }})
	var out []ent
	for _, e := range r.Entities {
		out = append(out, ent{e.Kind, e.Name, e.Aliases, e.Role})
	}
	return out
}

// TestPlacesRecall covers kinds of place names that were missed: areas
// named with a noun of areas, towns listed before "in" and a known place
// or paired after "between", a compass word before a name the gazetteer
// lacks, "Greater" before a city, a county before a title, and a lake
// whose noun the article also writes in lower case.
func TestPlacesRecall(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"an area after the, unknown to the gazetteer", "Deputies were called to a shop in the Quellbrook area on Monday.",
			[]ent{{Kind: Place, Name: "Quellbrook"}}},
		{"a village before community, after an adjective", "Lawns in the neighboring Tarnley Village community flooded.",
			[]ent{{Kind: Place, Name: "Tarnley Village"}}},
		{"two towns joined by a hyphen before area", "Cases rose in the Zorvaville-Quillport area this spring.",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "Quillport"}}},
		{"two towns joined by a hyphen, the second ending in a feature noun", "Cases rose in the Zorvaville-Lina Harbor area this spring.",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "Lina Harbor"}}},
		{"a nationality before community is no place", "Leaders of the Latino community met on Friday.", nil},
		{"a given name alone before area is no place", "Crews cleaned the Bianca area after the storm.", nil},
		{"a word the gazetteer lacks before area needs a preposition of place", "He runs the Quellbrook area office.", nil},
		{"a plural before area is no place", "Fans waited past the Members area.", nil},
		{"a village after the is no place", "Athletes stayed in the Olympic village.", nil},
		{"a county before a title, the county also in lower case", "The county board met. Quill County Executive Ana Ruiz said it was fine.",
			[]ent{{Kind: Place, Name: "Quill County"}, {Kind: Person, Name: "Ana Ruiz", Role: "Quill County Executive"}}},
		{"a lake after at", "The resort would sit at Lake Zorvanna in Finland.",
			[]ent{{Kind: Place, Name: "Lake Zorvanna"}, {Kind: Place, Name: "Finland"}}},
		{"a lake whose noun is also written in lower case", "Boats sail on Lake Zorvanna every summer. The lake is low now.",
			[]ent{{Kind: Place, Name: "Lake Zorvanna"}}},
		{"a compass word and a name the gazetteer lacks", "The bus line in South Quellmark was late again.",
			[]ent{{Kind: Place, Name: "South Quellmark"}}},
		{"a compass word and a name before the noun it qualifies is left", "Cash sent in Western Quill transfers fell.", nil},
		{"a compass word and a word the article writes in lower case is left", "Sales grew in North Star shops. A star fell.", nil},
		{"Greater before a known city", "The fire burned an area twice the size of Greater Moscow.",
			[]ent{{Kind: Place, Name: "Greater Moscow"}}},
		{"a town listed before in and a known place", "The firm ran shops in Helsinki and Quellmark in Finland.",
			[]ent{{Kind: Place, Name: "Helsinki"}, {Kind: Place, Name: "Finland"}, {Kind: Place, Name: "Quellmark"}}},
		{"two towns after between", "The shuttle runs between Zorvaville and Quellmark every hour.",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "Quellmark"}}},
		{"two words after between and a town", "The crash happened between Zorvaville and Tarnbourne Stoke on Friday.",
			[]ent{{Kind: Place, Name: "Tarnbourne Stoke"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a person after between and a town stays a person", "The match between Zorvaville and Ana Ruiz ended.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a country and a body after between", "Talks between Russia and Quillcorp failed.",
			[]ent{{Kind: Place, Name: "Russia"}}},
		{"a town after a preposition opening a sentence", "In Zorvaville, the vote was close. Near Crystal the road ends.",
			[]ent{{Kind: Place, Name: "Zorvaville"}}},
		{"a capitalised preposition opening a sentence is no part of the name", "Outside Tarn Ridge, farms spread for miles.",
			[]ent{{Kind: Place, Name: "Tarn Ridge"}}},
		{"a town's name opening a sentence after In, before a noun, is no place", "In Zorvaville mode, the screen dims to grey.", nil},
		{"a part of some city before neighborhood is no place", "A bakery will open in the Downtown neighborhood in June.", nil},
		{"a town listed after a town before a verb of speech", "Residents of Zorvaville and Tarn Ridge complained about the noise.",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "Tarn Ridge"}}},
		{"a person listed after a person stays a person", "Ana Ruiz and Lina Harbor complained about the noise.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}, {Kind: Person, Name: "Lina Harbor"}}},
		{"known towns before districts stay places", "Floods hit Helsinki and Zorvaville districts.",
			[]ent{{Kind: Place, Name: "Helsinki"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a town named as a place elsewhere is no speaker", "Power failed in Helsinki and Tarn Ridge. Tarn Ridge said it would appeal.",
			[]ent{{Kind: Place, Name: "Helsinki"}, {Kind: Place, Name: "Tarn Ridge"}}},
		{"a town between a and a role noun", "Ada Quellby, a Zorvaville business consultant, booked a flight.",
			[]ent{{Kind: Person, Name: "Ada Quellby", Role: "a Zorvaville business consultant"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a village after a preposition and a local unit after under", "A farmer of Quellpara village under Zorvagari Upazila grew gourds.",
			[]ent{{Kind: Place, Name: "Quellpara"}, {Kind: Place, Name: "Zorvagari Upazila"}}},
		{"a person of a village: the village split off", "Ada Quellby of Tarnbari village improved her income.",
			[]ent{{Kind: Person, Name: "Ada Quellby"}, {Kind: Place, Name: "Tarnbari"}}},
		{"a body of a place before area is no village", "The Bank of Quillmoor area office closed.",
			[]ent{{Kind: Organization, Name: "Bank of Quillmoor"}}},
		{"a sea and an ocean after the", "Ships crossed the Zorva Sea and the Quellic Ocean in May.",
			[]ent{{Kind: Place, Name: "Zorva Sea"}, {Kind: Place, Name: "Quellic Ocean"}}},
		{"a gulf named after a known place is the gulf, whole", "Oil spilled into the Gulf of Finland again.",
			[]ent{{Kind: Place, Name: "Gulf of Finland"}}},
		{"a person named Sea is no sea", "The coach, Tom Sea, said hi.", []ent{{Kind: Person, Name: "Tom Sea"}}},
		{"a known city and Bay Area or Metro Area is one place", "Smog hit the Moscow Bay Area and the Helsinki Metro Area.",
			[]ent{{Kind: Place, Name: "Moscow Bay Area"}, {Kind: Place, Name: "Helsinki Metro Area"}}},
		{"Greater before a city's area", "Traffic in the Greater Helsinki Area grew.", []ent{{Kind: Place, Name: "Greater Helsinki Area"}}},
		{"a country's code before a currency sign is no place", "The fund holds US$100 million. The US economy grew.",
			[]ent{{Kind: Place, Name: "US"}}},
		{"a byline naming a newsroom after its city", "Rail plan stalls\nBy Moscow Today · 2023-11-07\n\nThe board met on Monday.",
			[]ent{{Kind: Organization, Name: "Moscow Today"}}},
		{"a byline naming a person", "Rail plan stalls\nBy Ana Ruiz · 2023-11-07\n\nThe board met on Monday.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}}},
		{"towns a plural noun of places introduces, known or not", "The storm hit several towns, including Cedar Quay, Tarnhatchee and Zorva Beach.",
			[]ent{{Kind: Place, Name: "Cedar Quay"}, {Kind: Place, Name: "Tarnhatchee"}, {Kind: Place, Name: "Zorva Beach"}}},
		{"people after a plural noun of places stay people", "In the towns, residents Ana Ruiz and Tom Roe said no.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}, {Kind: Person, Name: "Tom Roe"}}},
		{"names after a noun of places and a verb are no list of places", "Favourites in both regions are Pellrouge, Tarnblanc and Zorvanay.", nil},
		{"a name after a place and a comma, with no and, is no list item", "Up north, in the villages of Quellanara, Tarn Velrow runs the ferry.",
			[]ent{{Kind: Place, Name: "Quellanara"}}},
		{"firms a noun of firms introduces are no places", "Companies including Zentrix, Quillcorp and Tarnway gained.", nil},
		{"a town before -area", "A Zorvaville-area church burned down.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"a town after residents of, known or not", "Residents of Quellcoota fled to the beach.", []ent{{Kind: Place, Name: "Quellcoota"}}},
		{"a person's possessive after residents of is no place", "Residents of Ana Ruiz's building complained.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}}},
		{"a town after a bare verb of motion", "The storm would reach Zorvaville by nightfall.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"a firm one leaves is no town, though a town has its name", "She plans to leave Union next spring.", nil},
		{"a town after upstream of", "The dam upstream of Zorvaville was inspected.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"a town after above", "Crews battled the blaze in the hills above Zorvaville.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"towns listed after the beaches of, known or not", "Tourists packed the beaches of Quellquit and Tarnebunk last weekend.",
			[]ent{{Kind: Place, Name: "Quellquit"}, {Kind: Place, Name: "Tarnebunk"}}},
		{"a unit named with a lower-case noun after a known place's possessive", "Police in Finland's Lyrabad district arrested three men.",
			[]ent{{Kind: Place, Name: "Finland"}, {Kind: Place, Name: "Lyrabad"}}},
		{"a unit named with a lower-case noun after a preposition", "Officials in Tarnia province said the roads were shut.",
			[]ent{{Kind: Place, Name: "Tarnia"}}},
		{"a district attorney is no district", "The Zorvabad district attorney filed charges.", nil},
		{"a British river named with River first", "Flood warnings are in place for the River Quellsey this week.",
			[]ent{{Kind: Place, Name: "River Quellsey"}}},
		{"a town after off and before a comma", "The ship ran aground off Zorvaville, south of Moscow.",
			[]ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a side before a role noun is no town, though a town has its name", "Ada Quellby, a Union veteran, came home.",
			[]ent{{Kind: Person, Name: "Ada Quellby", Role: "a Union veteran"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findTowns(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestOverlappingPlaceMentions checks that a place mention inside
// another (a known place opening a feature's name, "Paris" of "Paris
// District", both found in a list) is no gap between two places: Find
// used to slice the text backwards there and panic. (A known place before
// a natural feature's noun, "Paris Canyon", is now one place.)
func TestOverlappingPlaceMentions(t *testing.T) {
	s := "Stops: See Moscow, Varlograd, Quell Pueblo, Paris District, Tarnup, Orlund Trading Post, Canyon de Vask, " +
		"Zinle, Quill Valley, Mesa Rosa National Park, Durlow, Tavi and Lina Fe. The last stop is the Paris District within " +
		"Paris Heritage National Historical Park."
	got := find(s)
	var names []string
	for _, e := range got {
		if e.Kind == Place {
			names = append(names, e.Name)
		}
	}
	if diff := cmp.Diff([]string{"Moscow", "Paris", "Paris District", "Paris Heritage National Historical Park"}, names); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
}
