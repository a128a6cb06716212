package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/text"
)

// TestNamedFeatures covers parks, rivers, districts and other named
// features the gazetteer seldom holds, written in a place's position.
func TestNamedFeatures(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"a park after a preposition", "We walked the dog in Quellmoor Park every morning.",
			[]ent{{Kind: Place, Name: "Quellmoor Park"}}},
		{"a square park keeps the city's name inside", "Students watched the oaks in Charlotte Square Park all autumn.",
			[]ent{{Kind: Place, Name: "Charlotte Square Park"}}},
		{"a district and the city it lies in", "They lived on the Upper North Side of Quillport for years.",
			[]ent{{Kind: Place, Name: "Upper North Side"}, {Kind: Place, Name: "Quillport"}}},
		{"a river after the", "The barge sank in the Zorva River last week.",
			[]ent{{Kind: Place, Name: "Zorva River"}}},
		{"a feature before a possessive", "Brandle Valley's vineyards were flooded.",
			[]ent{{Kind: Place, Name: "Brandle Valley"}}},
		{"a given name and a surname like a park is a person", "“We agree,” said Lena Park.",
			[]ent{{Kind: Person, Name: "Lena Park"}}},
		{"a name ending in a surname-like feature after and/from is a person's", "Talks between Mina Lee and Jiwoo Park ended. He took a putt from Tigran Woods.",
			[]ent{{Kind: Person, Name: "Mina Lee"}}},
		{"a compass park after from is a place", "We jogged from Central Park to the river.", []ent{{Kind: Place, Name: "Central Park"}}},
		{"a court's district is no place", "Prosecutors in the Western District of Texas filed charges.", nil},
		{"a side without a compass word is no place", "He joined the Other Side in May.", nil},
		{"a park body is an organization", "The Quellmoor Park Foundation said the lawns were closed.",
			[]ent{{Kind: Organization, Name: "Quellmoor Park Foundation"}}},
		{"a feature opening a sentence has no place position", "Quellmoor Park reopened on Monday.", nil},
		{"a qualifier before a known place is no part of it", "He hauls his boat to lakes in Rural Texas.",
			[]ent{{Kind: Place, Name: "Texas"}}},
		{"a town after a venue and a comma", "The prints hang at the Halvard Gallery, Zorvaville, until May.",
			[]ent{{Kind: Organization, Name: "Halvard Gallery"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a town after a venue at the end of a line", "Quill Roe: New Work, Halvard Gallery, Zorvaville\nMore shows follow.",
			[]ent{{Kind: Person, Name: "Quill Roe"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a hamlet the gazetteer lacks, between a preposition and a state", "The plant in Quellstown, Texas, will close.",
			[]ent{{Kind: Place, Name: "Quellstown"}, {Kind: Place, Name: "Texas"}}},
		{"a surname of the article before a state is left", "Jane Roe met us. We drove to a farm in Roe, Texas, later.",
			[]ent{{Person, "Jane Roe", []string{"Roe"}, ""}, {Kind: Place, Name: "Texas"}}},
		{"a given name between a preposition and a state is left", "A gift from Alice, Texas sent it.",
			[]ent{{Kind: Place, Name: "Texas"}}},
		{"a lake opening a sentence", "Lake Zorvanna fell to record lows.", []ent{{Kind: Place, Name: "Lake Zorvanna"}}},
		{"a lake name before a verb of speech is no lake", "Lake Quellby said the film was fun.", nil},
		{"a band named after a street is no lake", "Lake Street Quell played all night.", nil},
		{"a magazine named after a city is no place", "He shared an article by Moscow magazine that made claims.",
			[]ent{{Kind: Organization, Name: "Moscow magazine"}}},
		{"a treaty named after a city is no place", "The goal of the Moscow Agreement is hard to reach.", nil},
		{"a city's name after a capitalised The mid-sentence is a business", "She worked first at The Quillport and now at Zentrix.",
			[]ent{{Kind: Organization, Name: "The Quillport"}}},
		{"a surname that is a city, in the possessive", "A mathematician named Hannah Moscow solved it. In Moscow’s words, math is a world.",
			[]ent{{Person, "Hannah Moscow", []string{"Moscow"}, ""}}},
		{"a city in the possessive before a noun of places", "Hannah Moscow won in Moscow. Moscow’s mayor cheered.",
			[]ent{{Kind: Person, Name: "Hannah Moscow"}, {Kind: Place, Name: "Moscow"}}},
		{"a town after walked to", "After lunch we walked to Zorvaville along the river.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"a given name after a venue is no town", "She thanked the Halvard Gallery, Crystal, and the staff.",
			[]ent{{Kind: Organization, Name: "Halvard Gallery"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestPlaceWithAnd checks names of places that hold "and" ("Trinidad and
// Tobago") with a gazetteer that knows them.
func TestPlaceWithAnd(t *testing.T) {
	places := map[string]bool{"Saint Zorva and the Quills": true, "Zorva and Quill": true, "Finland": true, "Dar es Quillam": true}
	r := Find(text.Analyze("Flights from Finland to Saint Zorva and the Quills and to Zorva and Quill resumed. Police in Dar es Quillam said so."), nil,
		Options{Known: func(n string) bool { return places[n] }})
	var got []string
	for _, e := range r.Entities {
		got = append(got, e.Name)
	}
	want := []string{"Finland", "Saint Zorva and the Quills", "Zorva and Quill", "Dar es Quillam"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find (-want +got):\n%s", diff)
	}
}

// TestPlaceNamesWithinFeature checks that a place written after another
// with "in" or "of" names what the first lies in, for geocoding.
func TestPlaceNamesWithinFeature(t *testing.T) {
	r := Find(text.Analyze("A team worked in the Zorvan Desert in Finland. Others lived on the Upper North Side of Moscow."), nil, Options{Known: known})
	var got []string
	for _, e := range r.PlaceNames() {
		got = append(got, e.Name)
	}
	want := []string{"Zorvan Desert, Finland", "Finland", "Upper North Side, Moscow", "Moscow"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PlaceNames (-want +got):\n%s", diff)
	}
}
