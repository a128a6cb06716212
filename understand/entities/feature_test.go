package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/text"
)

// TestFeatureConstructions covers constructions of features and explainers
// (health, careers, science) rather than hard news: credentials after a
// name, surnames that are place names, acronyms of common things.
func TestFeatureConstructions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"credentials after a name are no state and no body", "“Protein matters,” said Jane Roe, MS, RD, RDN, a dietitian.",
			[]ent{{Person, "Jane Roe", nil, "a dietitian"}}},
		{"medical degree after a name is no state", "Alan Pike, MD, MSc, a cardiologist, said the results were clear.",
			[]ent{{Person, "Alan Pike", nil, "a cardiologist"}}},
		{"fellowship after a single surname", "Dr. Alan Pike spoke first. Pike, MD, FACP, said more work is needed.",
			[]ent{{Person, "Alan Pike", []string{"Pike"}, "Dr."}}},
		{"unlisted fellowship shape in a chain", "Mira Osei, MD, FASX, leads the unit.",
			[]ent{{Kind: Person, Name: "Mira Osei"}}},
		{"credentials with dots", "Tom Reyes, Ph.D., and Lisa Chen, M.D., disagreed.",
			[]ent{{Kind: Person, Name: "Tom Reyes"}, {Kind: Person, Name: "Lisa Chen"}}},
		{"credential with a suffix", "Tom Reyes, LCSW-R, a therapist, agreed.", []ent{{Person, "Tom Reyes", nil, "a therapist"}}},
		{"credentials vouch for an unknown given name", "According to Oluseun Adeyemo, RN, nurses are tired.", []ent{{Kind: Person, Name: "Oluseun Adeyemo"}}},
		{"a clause after credentials is no role", "Kwame Mensa, MBA, CFA, is a planner.", []ent{{Kind: Person, Name: "Kwame Mensa"}}},
		{"a town and its state before said is no speaker", "Officers in Zorvaville Falls, Texas, said so.",
			[]ent{{Kind: Place, Name: "Zorvaville Falls"}, {Kind: Place, Name: "Texas"}}},
		{"credential alone is no organization", "Mark Dunne is a CFP and has an MBA.", []ent{{Kind: Person, Name: "Mark Dunne"}}},
		{"state code after a town is a place", "She works in Zorvaville, MD, at a clinic.",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "MD"}}},
		{"organization after a name and a comma stays", "Speakers included Jane Roe, Reuters, and others.",
			[]ent{{Kind: Person, Name: "Jane Roe"}, {Kind: Organization, Name: "Reuters"}}},
		{"surname that is a city is the person", "Hannah Paris won the final on Sunday. Paris, 17, said she was thrilled.",
			[]ent{{Person, "Hannah Paris", []string{"Paris"}, ""}}},
		{"surname that is a city, the city named too", "Hannah Paris won the final in Paris. Later Paris thanked her coach.",
			[]ent{{Person, "Hannah Paris", []string{"Paris"}, ""}, {Kind: Place, Name: "Paris"}}},
		{"journal named with its field", "The Tuesday study in JAMA Internal Medicine drew notice.",
			[]ent{{Kind: Organization, Name: "JAMA Internal Medicine"}}},
		{"journal named with its series", "Researchers writing in BMJ Open and Nature Medicine agreed.",
			[]ent{{Kind: Organization, Name: "BMJ Open"}, {Kind: Organization, Name: "Nature Medicine"}}},
		{"a field after a title is no employer", "“It is common,” said Nora Vance, chief of Cardiology and Emergency Medicine at Mercy Hospital.",
			[]ent{{Person, "Nora Vance", nil, "chief of Cardiology and Emergency Medicine at Mercy Hospital"}, {Kind: Organization, Name: "Mercy Hospital"}}},
		{"a firm named like a person is the employer", "Mira Osei, a consultant at Oliver Brandt, said hiring is slow. Oliver Brandt found that firms cut staff.",
			[]ent{{Person, "Mira Osei", nil, "a consultant at Oliver Brandt"}, {Kind: Organization, Name: "Oliver Brandt"}}},
		{"a person named as an employer stays a person", "Oliver Brandt said he would hire. Mira Osei, an aide at Oliver Brandt's firm, agreed. Brandt left.",
			[]ent{{Person, "Oliver Brandt", []string{"Brandt"}, ""}, {Person, "Mira Osei", nil, "an aide at Oliver Brandt's firm"}}},
		{"acronyms of tests and conditions are no bodies", "Patients had a CAT scan and a PET scan; their BMI and IQ were noted. ALS patients took CBD.", nil},
		{"state code after a surname is no place", "Quill Anand spoke first. Later Anand, MD, left the room.",
			[]ent{{Person, "Quill Anand", []string{"Anand"}, ""}}},
		{"plural centers make a body", "Rates rose, the Centers for Quill Health and Prevention (CQHP) said.",
			[]ent{{Organization, "Centers for Quill Health and Prevention", []string{"CQHP"}, ""}}},
		{"a heading line is no part of a role", "Magnesium\nCertified personal trainer Tom Reyes recommends it.",
			[]ent{{Person, "Tom Reyes", nil, "Certified personal trainer"}}},
		{"a common noun opening a compound role is no employer", "Career coach Dana Price says résumés should be short. Price adds more.",
			[]ent{{Person, "Dana Price", []string{"Price"}, "Career coach"}}},
		{"a hospital named for a place and a collective", "Mark Allegretti, a neurologist at Brigham and Women’s Hospital, agreed.",
			[]ent{{Person, "Mark Allegretti", nil, "a neurologist at Brigham and Women’s Hospital"}, {Kind: Organization, Name: "Brigham and Women’s Hospital"}}},
		{"a book after author of is no body", "Lisa Young, author of Finally Full, agreed.",
			[]ent{{Person, "Lisa Young", nil, "author of Finally Full"}}},
		{"hyphenated title before a name", "Attorney-General Quill Brandis said the law was clear. Brandis left.",
			[]ent{{Person, "Quill Brandis", []string{"Brandis"}, "Attorney-General"}}},
		{"a force named by its area with lower-case police", "West Quellshire police said the tablets were toxic.",
			[]ent{{Kind: Organization, Name: "West Quellshire police"}}},
		{"a name before a group noun is no person", "Nora Vance officials said the plan failed.", nil},
		{"remit joined by and after of or on", "The Joint Committee on Fisheries and Security met. The Ministry of Quill Affairs and Trade agreed.",
			[]ent{{Kind: Organization, Name: "Joint Committee on Fisheries and Security"}, {Kind: Organization, Name: "Ministry of Quill Affairs and Trade"}}},
		{"remit after for a", "Maya Quill, president of the Committee for a Balanced Quill Budget, said so.",
			[]ent{{Person, "Maya Quill", nil, "president of the Committee for a Balanced Quill Budget"}, {Kind: Organization, Name: "Committee for a Balanced Quill Budget"}}},
		{"job title for an employer", "said Nora Vance, Asia Digital Editor for Quill News.",
			[]ent{{Person, "Nora Vance", nil, "Asia Digital Editor for Quill News"}, {Kind: Organization, Name: "Quill News"}}},
		{"a store named after its founder", "He shops at Sam’s Club every week.", []ent{{Kind: Organization, Name: "Sam’s Club"}}},
		{"a body and a firm joined by and stay two", "The Department of Justice and Zentrix settled.",
			[]ent{{Kind: Organization, Name: "Department of Justice"}}},
		{"two bodies joined by and stay two", "The Ministry of Defence and Texas agreed.",
			[]ent{{Kind: Organization, Name: "Ministry of Defence"}, {Kind: Place, Name: "Texas"}}},
		{"a descriptor before a full name", "Feminist Glenn Quill said it was fine.", []ent{{Kind: Person, Name: "Glenn Quill"}}},
		{"landforms and days are no surnames", "Sheep graze in the Quell Basin near Lake Zorva. They left on Ash Wednesday.",
			[]ent{{Kind: Place, Name: "Quell Basin"}, {Kind: Place, Name: "Lake Zorva"}}},
		{"a school of medicine named by its university", "The study, from Quillmore Medicine, followed 500 people.",
			[]ent{{Kind: Organization, Name: "Quillmore Medicine"}}},
		{"a field of study alone is no body", "She studied Computer Science and Public Health.", nil},
		{"foods and diseases named after places are no places", "Roast the Helsinki sprouts. Ticks spread Moscow disease and the Texas virus.", nil},
		{"clothes named after places are no places", "He wore Finland shorts and a Moscow hat.", nil},
		{"an acronym and a thing noun is no body", "The DASH Diet and a PCR Test differ.", nil},
		{"clinics in a title-case list of sources", "Sources: Quill Clinic; Zorva Hospital", []ent{{Kind: Organization, Name: "Quill Clinic"}, {Kind: Organization, Name: "Zorva Hospital"}}},
		{"a school after a degree or graduated from", "She graduated from Zorvaville in 2010 and holds an MBA from Quellmoor.",
			[]ent{{Kind: Organization, Name: "Zorvaville"}, {Kind: Organization, Name: "Quellmoor"}}},
		{"tests are no bodies", "Take the SAT or the ACT and file the FAFSA.", nil},
		{"a party word before a full name", "Democrat Tom Quill disagreed with the plan.", []ent{{Kind: Person, Name: "Tom Quill"}}},
		{"the wire's initials are the agency named later", "MOSCOW (QP) — Talks ended. Quill Press reporters left.",
			[]ent{{Place, "Moscow", []string{"MOSCOW"}, ""}, {Organization, "Quill Press", []string{"QP"}, ""}}},
		{"a title after a work noun is no body", "In her book The Quiet Hours, Nora Vance argues for rest. The series The Quill won awards.",
			[]ent{{Kind: Person, Name: "Nora Vance"}}},
		{"a title before a firm's regional branch", "Rob Quill, President Zentrix Finland, says it works. Zentrix said so.",
			[]ent{{Person, "Rob Quill", nil, "President Zentrix Finland"}, {Organization, "Zentrix Finland", []string{"Zentrix"}, ""}}},
		{"a university and its campus", "Maria Quill, a lecturer at the University of Zorva at Quellbury, said so. She met him at Quill University at Christmas.",
			[]ent{{Person, "Maria Quill", nil, "a lecturer at the University of Zorva at Quellbury"}, {Kind: Organization, Name: "University of Zorva at Quellbury"},
				{Kind: Organization, Name: "Quill University"}}},
		{"a founder's title in the possessive opens a body's name", "Researchers at King’s College Moscow led it. Queen’s University agreed.",
			[]ent{{Kind: Organization, Name: "King’s College Moscow"}, {Kind: Organization, Name: "Queen’s University"}}},
		{"two bodies with founders' possessives in a list", "Researchers at King’s College Moscow and Queen’s University led it.",
			[]ent{{Kind: Organization, Name: "King’s College Moscow"}, {Kind: Organization, Name: "Queen’s University"}}},
		{"a hospital named after a mountain after at", "Nora Vance, a cardiologist at Mount Quell, said so. They climbed to Mount Zorva.",
			[]ent{{Person, "Nora Vance", nil, "a cardiologist at Mount Quell"}, {Kind: Organization, Name: "Mount Quell"}, {Kind: Place, Name: "Mount Zorva"}}},
		{"a verb like show before a name is no work noun", "Polls show Texas leading. Data show Nora Vance ahead.",
			[]ent{{Kind: Place, Name: "Texas"}, {Kind: Person, Name: "Nora Vance"}}},
		{"the pollster before poll or survey", "A Quillmark poll found most workers tired. A Texas poll differed.",
			[]ent{{Kind: Place, Name: "Texas"}, {Kind: Organization, Name: "Quillmark"}}},
		{"a business named after a place in the possessive", "Tor, acquired by Moscow’s, published it. Texas’s economy grew.",
			[]ent{{Kind: Organization, Name: "Moscow’s"}, {Kind: Place, Name: "Texas"}}},
		{"a headline's words in a sentence are no person", "The banner read: Can May Quickly Surpass Spending of Roads? Spending may quickly surpass it.", nil},
		{"a place's name as a given name before a speech verb", "Paris Quillon said she was happy. Quillon left early. Texas Monthly reported it.",
			[]ent{{Person, "Paris Quillon", []string{"Quillon"}, ""}, {Kind: Organization, Name: "Texas Monthly"}}},
		{"city alone stays a place", "Officials in Moscow met on Monday. Moscow rejected the plan.",
			[]ent{{Kind: Place, Name: "Moscow"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestPlaceRecallConstructions covers the ways news text names places that
// the gazetteer does not vouch for on the name alone.
func TestPlaceRecallConstructions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"town listed with a place after a locative word", "Troops entered Moscow and Zorvaville on Monday.",
			[]ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}}},
		{"town listed with a place, no locative word", "Moscow and Zorvaville are far apart.",
			[]ent{{Kind: Place, Name: "Moscow"}}},
		{"list of counties", "Cases were reported in Quellmoor, Zorvaville and Brandt Hollow counties.",
			[]ent{{Place, "Quellmoor County", []string{"Quellmoor"}, ""}, {Place, "Zorvaville County", []string{"Zorvaville"}, ""},
				{Place, "Brandt Hollow County", []string{"Brandt Hollow"}, ""}}},
		{"a place after a control adjective", "Rebel-held Zorvaville and Russian-occupied Quellbury were shelled.",
			[]ent{{Kind: Place, Name: "Zorvaville"}}},
		{"states as a verb after a list is no region", "The letter to President Ada Quill, Nora Vance states, was late.",
			[]ent{{Person, "Ada Quill", nil, "President"}, {Kind: Person, Name: "Nora Vance"}}},
		{"town and state code in a title-case line", "Tour Dates\nJune 14 – Zorvaville, GA @ Quill Bank Amphitheatre\nJune 15 – Moscow, ON @ The Arena",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "GA"}, {Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "ON"}}},
		{"places joined by a hyphen", "The Texas-Finland trade war and the Moscow-Kremlin talks went on.",
			[]ent{{Kind: Place, Name: "Texas"}, {Kind: Place, Name: "Finland"}, {Kind: Place, Name: "Moscow"}, {Kind: Organization, Name: "Kremlin"}}},
		{"a place after pro- or anti-", "A pro-Finland group met an anti-Kremlin activist.",
			[]ent{{Kind: Place, Name: "Finland"}, {Kind: Organization, Name: "Kremlin"}}},
		{"X-based after a listed place", "Firms in Moscow, or the Zorvaville-based artist Nora Vance, made signs.",
			[]ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}, {Person, "Nora Vance", nil, "Zorvaville-based artist"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestTownContexts covers towns the gazetteer has but does not vouch for on
// the name alone, in the positions news text writes them.
func TestTownContexts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"town in a prepositional phrase does not speak", "Police in Zorvaville said the fire was set.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town after the mayor of", "The mayor of Zorvaville said the town would rebuild.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town before people nouns", "A Zorvaville man was arrested. Zorvaville officials said so.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town as the object of a verb of motion", "Families are leaving Zorvaville. Troops entered Quellbury.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"two places joined by for", "The ferry left Zorvaville for Moscow.", []ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}}},
		{"town after a path preposition or an attack", "Floods swept through Zorvaville. A missile attack on Quellbury and Moscow followed.",
			[]ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}}},
		{"storm verbs before a list with a place", "The storm battered Zorvaville and Moscow.", []ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}}},
		{"unknown town in a compass part of a known place", "Floods swept through Quellbury in eastern Finland.",
			[]ent{{Kind: Place, Name: "Finland"}, {Kind: Place, Name: "Quellbury"}}},
		{"a parish after a state's possessive", "The storm moved into Texas's Cameron Parish.", []ent{{Kind: Place, Name: "Texas"}, {Kind: Place, Name: "Cameron Parish"}}},
		{"town after a suburban modifier", "He was arrested at his home in suburban Zorvaville on Friday.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"unknown town named as a city in an appositive", "The attack happened in Quellbury, a city in the south.", []ent{{Kind: Place, Name: "Quellbury"}}},
		{"a city council member is no place", "Quill Brandt, a city council member, said no.", []ent{{Person, "Quill Brandt", nil, "a city council member"}}},
		{"town after from PLACE to", "She moved from Moscow to Zorvaville in 2010.", []ent{{Kind: Place, Name: "Moscow"}, {Kind: Place, Name: "Zorvaville"}}},
		{"county after a known place's possessive", "Voters in Texas's Quell County lined up early.", []ent{{Kind: Place, Name: "Texas"}, {Kind: Place, Name: "Quell County"}}},
		{"mixed-case dateline with an AP state", "Zorvaville, Ky. — The game ended late.", []ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "Ky."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestBodiesNamedAfterPlaces: a place inside a team's or a company's name
// is no mention of the place.
func TestBodiesNamedAfterPlaces(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"teams named after cities", "The Moscow Bears beat the Helsinki Foxes on Sunday.",
			[]ent{{Kind: Organization, Name: "Moscow Bears"}, {Kind: Organization, Name: "Helsinki Foxes"}}},
		{"a city standing for its team", "The Moscow Bears lost. The problem is that Moscow really needs a passer. He lives in Moscow.",
			[]ent{{Organization, "Moscow Bears", []string{"Moscow"}, ""}, {Kind: Place, Name: "Moscow"}}},
		{"team with a singular ending", "He played for the Texas Jazz before.", []ent{{Kind: Organization, Name: "Texas Jazz"}}},
		{"company named after a state", "Shares of Texas Instruments rose.", []ent{{Kind: Organization, Name: "Texas Instruments"}}},
		{"a given-name place and a surname in s is a person", "“We need data,” said Georgia Ramos, a researcher.",
			[]ent{{Person, "Georgia Ramos", nil, "a researcher"}}},
		{"people of a place are no team", "Texas Mormons and Moscow farmers protested. Moscow Farmers marched.",
			[]ent{{Kind: Place, Name: "Texas"}, {Kind: Place, Name: "Moscow"}}},
		{"land plural stays a place", "They sailed past the Moscow Keys in May.", []ent{{Kind: Place, Name: "Moscow Keys"}}},
		{"abstract plural is no team", "The Finland Human Rights Act passed.", []ent{{Kind: Place, Name: "Finland"}}},
		{"a title after a place is no team", "Texas Governor Ada Quill spoke.", []ent{{Kind: Place, Name: "Texas"}, {Person, "Ada Quill", nil, "Texas Governor"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestGivenNameTowns: a town named like a given name (a town of the
// gazetteer that Known does not vouch for) after a locative preposition.
func TestGivenNameTowns(t *testing.T) {
	town := func(n string) bool { return n == "Florence" || n == "Quill-Zorva" || testPlaces[n] }
	findTowns := func(s string) []ent {
		r := Find(text.Analyze(s), nil, Options{Known: known, MaybePlace: town, TownName: func(n string) bool { return n == "Florence" }})
		var out []ent
		for _, e := range r.Entities {
			out = append(out, ent{e.Kind, e.Name, e.Aliases, e.Role})
		}
		return out
	}
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"after in", "The summit was held in Florence on Monday.", []ent{{Kind: Place, Name: "Florence"}}},
		{"someone has the name", "Florence Quill spoke. She saw hope in Florence.", []ent{{Person, "Florence Quill", []string{"Florence"}, ""}}},
		{"after from", "It was a gift from Florence.", nil},
		{"a hyphenated place known whole stays one", "He flew to Quill-Zorva.", []ent{{Kind: Place, Name: "Quill-Zorva"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, findTowns(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
