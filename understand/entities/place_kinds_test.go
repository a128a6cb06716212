package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/text"
)

// kindPlaces stands for a gazetteer that also has towns and regions named
// like group words ("Latina", "Arab", "Jewish") and a few other names.
var kindPlaces = map[string]bool{
	"Latina": true, "Arab": true, "Jewish": true, "Alabama": true, "Quellia": true, "Tarnovia": true, "Moscow": true,
	"Finland": true, "Texas": true, "Orlans": true, "Quillport": true,
}

// kindTowns are towns the gazetteer has but does not vouch for on their
// names alone (Options.MaybePlace only): a context must say place.
var kindTowns = map[string]bool{"Tarnbury": true, "Zorvacove": true, "New Tarnbury": true, "Port Zorvacove": true, "QX": true, "God": true}

func findKinds(s string) []ent {
	r := Find(text.Analyze(s), nil, Options{Known: func(n string) bool { return kindPlaces[n] }, MaybePlace: func(n string) bool { return kindPlaces[n] || kindTowns[n] }})
	var out []ent
	for _, e := range r.Entities {
		out = append(out, ent{e.Kind, e.Name, e.Aliases, e.Role})
	}
	return out
}

// TestPlaceKinds covers kinds of error found on a wide corpus of news: a
// nationality or group word taken for a place, a bank's one-word name
// taken for a town, a feature named after a known place taken for the
// place ("Quillport Bayou"), and contexts of place that were missing
// ("the enclave of", "visitors to"), a town's first word taken for an
// ordinary word opening a sentence ("New Tarnbury, Texas"), a refugee
// camp's place ("near Zorvabad refugee camp"), a town named with a number
// word first ("in Three Quells, Texas"), a village the gazetteer lacks
// after a verb of residence ("located in Beit Quellia").
func TestPlaceKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"nationalities listed after a noun of places are no places", "The dam will power Quellian towns, Tarnovian and Quellian officials said on Friday.", nil},
		{"nationalities listed with commas after a noun of places are no places", "The dam will power Quellian towns, Tarnovian, Zorvanian and Quellian officials said.", nil},
		{"a listed nationality before a noun is no region", "On the train we met a Jewish family from Moscow.",
			[]ent{{Kind: Place, Name: "Moscow"}}},
		{"a group word the gazetteer has as a town is no place", "She became the first Latina to chair the board in Texas.",
			[]ent{{Kind: Place, Name: "Texas"}}},
		{"a nationality before region is no town", "Writers from the Arab region and Finland met in May.",
			[]ent{{Kind: Place, Name: "Finland"}}},
		{"a town named like a group word, a state after it", "The mill in Arab, Alabama, shut down last week.",
			[]ent{{Kind: Place, Name: "Arab"}, {Kind: Place, Name: "Alabama"}}},
		{"a town ending like a nationality that the gazetteer has", "Farmers near Orlans blocked the road.",
			[]ent{{Kind: Place, Name: "Orlans"}}},
		{"a bank's one-word name before in and a country is no town", "The brothers took out loans from QuellBank in Tarnovia last year.",
			[]ent{{Kind: Place, Name: "Tarnovia"}}},
		{"a known town's name before a feature noun names the feature", "Rowers like trails near water, such as Quillport Bayou and Moscow Lakes.",
			[]ent{{Kind: Place, Name: "Quillport Bayou"}, {Kind: Place, Name: "Moscow Lakes"}}},
		{"a known town's name, more names and a park's nouns name the park", "Hikers crowded Quillport Verde National Park on Sunday.",
			[]ent{{Kind: Place, Name: "Quillport Verde National Park"}}},
		{"a known town's name and words the article writes in lower case before Park: a campus", "Research labs fill the Quillport Biomedical Research Park, and more research is planned.",
			[]ent{{Kind: Place, Name: "Quillport"}}},
		{"a known region's name before Mountains names the mountains", "Wine from the slopes of Texas Mountains sells well.",
			[]ent{{Kind: Place, Name: "Texas Mountains"}}},
		{"a known town's name before another capitalised word stays the town", "Quillport Mayor Ana Ruiz spoke on Monday.",
			[]ent{{Kind: Place, Name: "Quillport"}, {Kind: Person, Name: "Ana Ruiz", Role: "Quillport Mayor"}}},
		{"a town after enclave of", "Voters in the quiet enclave of Tarnbury backed the plan.", []ent{{Kind: Place, Name: "Tarnbury"}}},
		{"a town after hometown of", "Floods were common in her hometown of Tarnbury when she was young.", []ent{{Kind: Place, Name: "Tarnbury"}}},
		{"a district after borough of", "A workshop opened in the riverside borough of Zorvacove on Monday.", []ent{{Kind: Place, Name: "Zorvacove"}}},
		{"an island after visitors to and sail to", "Visitors to Zorvacove are rare. It takes a day to sail to Zorvacove.",
			[]ent{{Kind: Place, Name: "Zorvacove"}}},
		{"a town the gazetteer does not vouch for, with no context of place", "She agreed to sail with Tarnbury next spring.", nil},
		{"a town opening a sentence with a word also written in lower case, a state after it", "Prices rose in new homes. New Tarnbury, Texas, grew fastest.",
			[]ent{{Kind: Place, Name: "New Tarnbury"}, {Kind: Place, Name: "Texas"}}},
		{"towns opening numbered lines before a state's code", "Small towns ranked by new jobs:\n1. Port Zorvacove, CT 12.5\n2. New Tarnbury, TX 9.1",
			[]ent{{Kind: Place, Name: "Port Zorvacove"}, {Kind: Place, Name: "New Tarnbury"}, {Kind: Place, Name: "CT"}, {Kind: Place, Name: "TX"}}},
		{"a camp named after its place, after near", "Airstrikes struck near Zorvabad refugee camp, killing at least nine.",
			[]ent{{Kind: Place, Name: "Zorvabad"}}},
		{"a camp named after its place, after the", "Aid trucks reached the Tarnouk refugee camp on Monday.",
			[]ent{{Kind: Place, Name: "Tarnouk"}}},
		{"a political camp is no place", "The Quellman camp said it would respond.", nil},
		{"a town named with a number word first, a state after it", "He opened a small bakery in Three Quells, Texas, last year.",
			[]ent{{Kind: Place, Name: "Three Quells"}, {Kind: Place, Name: "Texas"}}},
		{"a tower named with One first is no town", "The firm moved to One Quill Plaza, Texas, last year.", []ent{{Kind: Place, Name: "Texas"}}},
		{"a number word before a capitalised noun, no state after it, is no town", "The band played in Three Acts last night.", nil},
		{"an acronym before -based is no small town spelled alike", "QX-based lenders cut rates on Monday.", nil},
		{"a town before -based", "Tarnbury-based lenders cut rates on Monday.", []ent{{Kind: Place, Name: "Tarnbury"}}},
		{"God is no town after a verb of motion", "After the storm his thoughts went back to God, he said.", nil},
		{"a district the gazetteer lacks after located in", "The clinic, located in Beit Quellia, was damaged overnight.",
			[]ent{{Kind: Place, Name: "Beit Quellia"}}},
		{"a village the gazetteer lacks after grew up near", "She grew up near Zorva Heights and moved away at 18.",
			[]ent{{Kind: Place, Name: "Zorva Heights"}}},
		{"a month after born in is no place", "He was born in May 1980 and left school early.", nil},
		{"a building after based in is no place", "The fund is based in Quillcorp Tower downtown.", nil},
		{"a town with an inner capital stays a town", "The fair moved from DeQuill in Tarnovia to Moscow.",
			[]ent{{Kind: Place, Name: "Tarnovia"}, {Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "DeQuill"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findKinds(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
