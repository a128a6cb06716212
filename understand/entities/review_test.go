package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/text"
)

// TestReviewConstructions covers product reviews and trend pieces: products
// named by a brand and a model, events and businesses named like people,
// gear acronyms and words in capitals for emphasis.
func TestReviewConstructions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"a shoe after a determiner is no person", "I ran 300 miles in the Brooks Zorvan. The Brooks Zorvan feels firm.", nil},
		{"a model after an adjective and a determiner", "We drove the new Brooks Quillbolt for a week. Brooks Quillbolt owners love it.", nil},
		{"a known maker before a model", "We drove the Chevy Quillbolt. Hoka Zorvan and Saucony Quillride are light.",
			[]ent{{Kind: Organization, Name: "Chevy"}, {Kind: Organization, Name: "Hoka"}, {Kind: Organization, Name: "Saucony"}}},
		{"a one-letter model code", "Quill Model Y costs less. The model has a long range.", nil},
		{"a one-letter surname of a given name stays", "Malcolm X spoke in Charlotte.", []ent{{Kind: Person, Name: "Malcolm X"}, {Kind: Place, Name: "Charlotte"}}},
		{"a model code ending a sentence", "It is cheaper than the Model Y. Together they sell well. The model is popular.", nil},
		{"a name modifying a noun stays a person", "It was the Taylor Quill concert of the year. Taylor Quill said she was tired.",
			[]ent{{Person, "Taylor Quill", nil, ""}}},
		{"a clause after that is no determiner", "Reports say that Chris Quillon would return. Chris Quillon has not confirmed.",
			[]ent{{Kind: Person, Name: "Chris Quillon"}}},
		{"a result after a name is no model number", "Kukov had beaten Nils Zorvanen 6, while Dana Quill won.",
			[]ent{{Kind: Person, Name: "Nils Zorvanen"}, {Kind: Person, Name: "Dana Quill"}}},
		{"an event named after a place is no person", "She ran the Charlotte Marathon twice.", []ent{{Kind: Place, Name: "Charlotte"}}},
		{"a car show's title is no person", "Car Quilltalk made them famous.", nil},
		{"small businesses by their endings", "Guests love Quillara Events. Zorva Collection hosts weddings.",
			[]ent{{Kind: Organization, Name: "Quillara Events"}, {Kind: Organization, Name: "Zorva Collection"}}},
		{"a business's trade before a role is no body", "Wedding planner Mara Quill says couples book early.",
			[]ent{{Person, "Mara Quill", nil, "Wedding planner"}}},
		{"gear acronyms are no bodies", "It has an XLR input and works without a DAW. The sole uses EVA, TPU and PEBA foam.", nil},
		{"airport codes are no bodies", "Guests flew in through DFW and LAX.", nil},
		{"a word in capitals for emphasis", "Range is HUGE in this class, and the ride is REALLY quiet.", nil},
		{"an acronym after a copula with a possessive stays", "The winner is NASA’s probe. NASA said so.",
			[]ent{{Kind: Organization, Name: "NASA"}}},
		{"a role in capitals with an ampersand is no body", "“We are cautious,” said Anil Quillar, MD & CEO, Zentara Foods.",
			[]ent{{Kind: Person, Name: "Anil Quillar"}, {Kind: Organization, Name: "Zentara Foods"}}},
		{"the employer closing a role's appositive", "Ravi Quillon, Founder & CEO, Northgate Mutual said the market was soft.",
			[]ent{{Person, "Ravi Quillon", nil, "Founder & CEO"}, {Kind: Organization, Name: "Northgate Mutual"}}},
		{"a two-word role in capitals names nobody", "Ravi Quillon, Chief Actuary, Northgate Insurance Ltd said so.",
			[]ent{{Person, "Ravi Quillon", nil, "Chief Actuary"}, {Organization, "Northgate Insurance Ltd", []string{"Northgate Insurance"}, ""}}},
		{"a role word after a business's name", "Lina Quill\nQuillara Events Co-Owner\nLina Quill says couples book early.",
			[]ent{{Person, "Lina Quill", nil, "Quillara Events Co-Owner"}, {Kind: Organization, Name: "Quillara Events"}}},
		{"an office's title after its body stays whole", "The Zorva Office of Inspector General said so. She studied at the Quill Institute of Technology.",
			[]ent{{Kind: Organization, Name: "Zorva Office of Inspector General"}, {Kind: Organization, Name: "Quill Institute of Technology"}}},
		{"a business named with de and a place", "The cake came from Quellon de Paris, a bakery.", []ent{{Kind: Organization, Name: "Quellon de Paris"}}},
		{"a town's name that is a platform", "Many podcasters record on Quillport, a browser-based platform.",
			[]ent{{Kind: Organization, Name: "Quillport"}}},
		{"a town with a place appositive stays a place", "She grew up in Quillport, a city in Texas.",
			[]ent{{Kind: Place, Name: "Quillport"}, {Kind: Place, Name: "Texas"}}},
		{"a surname that is a street word, named as a person", "Chris Lane runs a center in Texas. “We need help,” said Chris Lane.",
			[]ent{{Kind: Person, Name: "Chris Lane"}, {Kind: Place, Name: "Texas"}}},
		{"a street stays no person", "She lives on Maple Lane near the park.", nil},
		{"an unlisted given name before a copula and a role", "Tendai Quillmoyo is a nurse in Texas.",
			[]ent{{Kind: Person, Name: "Tendai Quillmoyo"}, {Kind: Place, Name: "Texas"}}},
		{"a capitalised occupation opening a sentence", "Geriatrician Kenji Zorvabe puts it bluntly.",
			[]ent{{Person, "Kenji Zorvabe", nil, "Geriatrician"}}},
		{"an occupation heading a line is no role", "Linebacker\nPos Player Plays % Stats", nil},
		{"a given name alone with an age", "Maria, 34, asked that her last name not be used.", []ent{{Kind: Person, Name: "Maria"}}},
		{"a given name alone after a speech verb and an age", "“I was nervous,” says 16-year-old Maria.", []ent{{Kind: Person, Name: "Maria"}}},
		{"the pronoun I ending a list is nobody", "It was Zorvan, Quillers, and I. We worked hard.", nil},
		{"the same model number twice", "Brooks Zorvan 16 review. Brooks Zorvan 16 feels soft.", nil},
		{"a number once after a name is no model", "Kukov beat Taylor Quill 6 games to 3. Taylor Quill said it was hard.",
			[]ent{{Kind: Person, Name: "Taylor Quill"}}},
		{"a trade before a role at the start of a sentence", "Audio engineer Ana Quillez prefers it.",
			[]ent{{Person, "Ana Quillez", nil, "Audio engineer"}}},
		{"a given name that is a title, before an appositive role", "“It is tough,” said Marshal Quillen, chief adviser at Zorvana.",
			[]ent{{Person, "Marshal Quillen", nil, "chief adviser at Zorvana"}, {Kind: Organization, Name: "Zorvana"}}},
		{"a rank before a surname stays a title", "Major Quill, a pilot in the unit, said so.",
			[]ent{{Person, "Quill", nil, "Major"}}},
		{"a known maker before its product", "The Apple Watch tracks sleep.", []ent{{Kind: Organization, Name: "Apple"}}},
		{"a show ending with Live is no person", "It was featured on Jimmy Quill Live last week.", nil},
		{"a florist's business", "Karen Quillen owns Blue Door Florals.", []ent{{Kind: Person, Name: "Karen Quillen"}, {Kind: Organization, Name: "Blue Door Florals"}}},
		{"every mention of a town's name set as a platform", "Use Quillport to record. Quillport, a browser-based platform, is free.",
			[]ent{{Kind: Organization, Name: "Quillport"}}},
		{"an imperative before a name is no part of it", "Meet Sarah Quillind, owner of Petal House.",
			[]ent{{Person, "Sarah Quillind", nil, "owner of Petal House"}, {Kind: Organization, Name: "Petal House"}}},
		{"a role in brackets after a name", "Tendai Quillmoyo (landscaper, Texas): “Prices rise.”",
			[]ent{{Kind: Person, Name: "Tendai Quillmoyo"}, {Kind: Place, Name: "Texas"}}},
		{"a model number before a review noun", "Brooks Zorvan 16 review\nI ran in it. Brooks Zorvan remains a safe pick.", nil},
		{"owners and sales after a name", "Lincoln Zorvator sales fell. Brooks Quillado owners love it.", nil},
		{"fans after a name stay a person's", "Taylor Quill fans waited. Taylor Quill sang.", []ent{{Kind: Person, Name: "Taylor Quill"}}},
		{"a pollster named with Poll", "A Quillis Poll survey found it.", []ent{{Kind: Organization, Name: "Quillis Poll"}}},
		{"an index after a title is no person", "The Quillis CEO Confidence Index fell.", nil},
		{"a book of a body is no person", "Later the Beige Book noted slower growth.", nil},
		{"a name listed among makers' models is no person (the list makes it a maker's)", "Brooks Zorvan, Hoka Quillton and Saucony Zorride are good picks.",
			[]ent{{Kind: Organization, Name: "Hoka"}, {Kind: Organization, Name: "Saucony"}, {Kind: Organization, Name: "Brooks Zorvan"}}},
		{"a person beside one maker's product stays", "Apple Quillmusic and Taylor Quill signed a deal.",
			[]ent{{Kind: Person, Name: "Taylor Quill"}, {Kind: Organization, Name: "Apple"}}},
		{"words in capitals for emphasis after a determiner", "This shoe is a HUGE upgrade. It makes a BIG difference and I LOVE it.", nil},
		{"a title's name ends before a preposition", "She was an aide to Vice President Zorvin on Quill’s call.",
			[]ent{{Person, "Zorvin", nil, "Vice President"}}},
		{"a title with its for-complement before a name", "Minister for Health Tom Quillen agreed.",
			[]ent{{Person, "Tom Quillen", nil, "Minister for Health"}}},
		{"a film title with a verb is no person", "Ingrid Goes West is a dark comedy.", nil},
		{"a product described as a winner is no person", "Brooks Zorvan is a winner. The Brooks Zorvan is light.", nil},
		{"a town's name that costs money", "We record on Quillport. Quillport costs $19 a month.", []ent{{Kind: Organization, Name: "Quillport"}}},
		{"a town's name after apps like", "Podcasters use apps like Quillport or Zorvacast.",
			[]ent{{Kind: Organization, Name: "Quillport"}}},
		{"living in a town costs less", "Living in Quillport costs less than in Moscow.", []ent{{Kind: Place, Name: "Quillport"}, {Kind: Place, Name: "Moscow"}}},
		{"firms named like people before their staff", "Raymond Zorvan and Edward Quillon advisers are cautious. Jane Roe said so.",
			[]ent{{Kind: Organization, Name: "Raymond Zorvan"}, {Kind: Organization, Name: "Edward Quillon"}, {Kind: Person, Name: "Jane Roe"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestFromToGivenNameTown covers a town named like a given name after
// "from PLACE to".
func TestFromToGivenNameTown(t *testing.T) {
	kn := func(n string) bool { return n == "Quillport" }
	mp := func(n string) bool { return n == "Austin" || n == "Quillport" }
	tests := []struct {
		in   string
		want []ent
	}{
		{"She moved from Quillport to Austin.", []ent{{Kind: Place, Name: "Quillport"}, {Kind: Place, Name: "Austin"}}},
		{"The prize went from Jane Roe to Austin Quill.", []ent{{Kind: Person, Name: "Jane Roe"}, {Kind: Person, Name: "Austin Quill"}}},
	}
	for _, tt := range tests {
		r := Find(text.Analyze(tt.in), nil, Options{Known: kn, MaybePlace: mp})
		var got []ent
		for _, e := range r.Entities {
			got = append(got, ent{e.Kind, e.Name, e.Aliases, e.Role})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
