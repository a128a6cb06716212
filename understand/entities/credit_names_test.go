package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCreditNames covers people credited after "by" on listing and credit
// lines, which are often in title case.
func TestCreditNames(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"a book listed with its author and date", "New this month.\n\nThe Hollow Quiet Harbour by Jendia Rowe (May 13th)\nA ranger finds a map.",
			[]ent{{Kind: Person, Name: "Jendia Rowe"}}},
		{"an author with a middle initial", "New this month.\n\nThe Quiet Under Stars by Fredo S. Marlin (May 6th)\nA tale.",
			[]ent{{Kind: Person, Name: "Fredo S. Marlin"}}},
		{"credits split by bars", "Credits: Design by Ada Quill | Photo by Kaitlin Green | From: an old post",
			[]ent{{Kind: Person, Name: "Ada Quill"}, {Kind: Person, Name: "Kaitlin Green"}}},
		{"a photo courtesy of a person", "Photo: Courtesy of Lena Quill\nThe garden in May.", []ent{{Kind: Person, Name: "Lena Quill"}}},
		{"an unknown name after led by and a comma may be a firm", "The deal was led by Zorvan Quellstein, which advised both sides.", nil},
		{"an unknown name after directed by and a comma is the director", "The film, directed by Lijo Quell Pellman, tells a story.",
			[]ent{{Kind: Person, Name: "Lijo Quell Pellman"}}},
		{"a company after by in prose is no person", "The firm was bought by Zorva Brandt Holdings last year.",
			[]ent{{Kind: Organization, Name: "Zorva Brandt Holdings"}}},
		{"a phrase after by is no person", "Tickets Sold Out by Popular Demand\nThe show was popular and in demand.", nil},
		{"a review signed with an initial and a role", "User review: “Easy to set up.”\n— Kanhaiya Rao B., Content Creator\n\nMore here.",
			[]ent{{Person, "Kanhaiya Rao B.", nil, "Content Creator"}}},
		{"a review signed with a run-together name", "User review: “It helped my shop.”\n— MarkyLou S.\n\nMore here.",
			[]ent{{Kind: Person, Name: "MarkyLou S."}}},
		{"a given name signing a quotation", "She wrote that it was “fine for my size.” - Jennifer\n\nMore here.",
			[]ent{{Kind: Person, Name: "Jennifer"}}},
		{"a role in capitals after a signature is no person", "User review: “Easy.”\n— Ada R., Concept Artist\n\nMore here.",
			[]ent{{Person, "Ada R.", nil, "Concept Artist"}}},
		{"a garment named like a person is no person", "Mara Quell wore the Velvet Cami Dress she got and a Puff Sleeve Knit Top.",
			[]ent{{Kind: Person, Name: "Mara Quell"}}},
		{"an imperative before a brand is no name", "Tired of the gym? Join Quillfit! Members get big discounts.", nil},
		{"a given name after a relation noun", "Our reviewer Becca loved the box. Later Becca tried the spring box.",
			[]ent{{Kind: Person, Name: "Becca"}}},
		{"a given name after a kinship noun and a comma", "Tiffany Rowe's husband, John, received shirts.",
			[]ent{{Kind: Person, Name: "Tiffany Rowe"}, {Kind: Person, Name: "John"}}},
		{"a titled name and its employer's acronym", "As surgeon Dr. Ehsan Quill of QVI explains, chairs matter.",
			[]ent{{Person, "Ehsan Quill", nil, "Dr."}, {Kind: Organization, Name: "QVI"}}},
		{"a name written with a no-break space is named with a plain one", "The maps are by Anna\u00a0Quill and a slipcase.",
			[]ent{{Person, "Anna Quill", []string{"Anna\u00a0Quill"}, ""}}},
		{"a given name after a role noun and the", "After years at a big firm, the owner Matt decided to go alone.",
			[]ent{{Kind: Person, Name: "Matt"}}},
		{"a writer's note in capitals", "The bill passed on Monday.\n\nADA QUILL IS THE ZORVA NETWORK POLITICAL EDITOR",
			[]ent{{Person, "Ada Quill", []string{"ADA QUILL"}, ""}}},
		{"a line in capitals with no name", "THE BILL IS A DISASTER FOR EVERY VOTER\nIt passed.", nil},
		{"trades end businesses' names", "Ada Quill hired Pell Roofing and Quill Brothers Plumbing.",
			[]ent{{Kind: Person, Name: "Ada Quill"}, {Kind: Organization, Name: "Pell Roofing"}, {Kind: Organization, Name: "Quill Brothers Plumbing"}}},
		{"a firm noun before a name that opens with a given name", "Ken Roe works at consulting firm Oliver Quill in the city.",
			[]ent{{Kind: Person, Name: "Ken Roe"}, {Kind: Organization, Name: "Oliver Quill"}}},
		{"a firm named like a person is the firm in every mention",
			"Ken Roe has been a consultant in life and annuities for Oliver Quill for two years. Roe builds models for Oliver Quill’s clients. Roe works at consulting firm Oliver Quill.",
			[]ent{{Person, "Ken Roe", []string{"Roe"}, ""}, {Kind: Organization, Name: "Oliver Quill"}}},
		{"a firm noun before its founder is no firm name", "She joined the company Jane Quill founded in 2010.",
			[]ent{{Kind: Person, Name: "Jane Quill"}}},
		{"a firm noun before a name that speaks is no firm name", "The firm Jane Roe said no.", []ent{{Kind: Person, Name: "Jane Roe"}}},
		{"a known body's name as a surname after a given name", "Paul Cornell said hello to Ada. Henry Ford built cars.",
			[]ent{{Kind: Person, Name: "Paul Cornell"}, {Kind: Person, Name: "Henry Ford"}}},
		{"a nationality before a role is no employer", "Kenyan runner Faith Kipyego broke the record.",
			[]ent{{Person, "Faith Kipyego", nil, "Kenyan runner"}}},
		{"a kind of lawyer opening a sentence is no employer", "Defense lawyer Abbe Rowell said his client would testify.",
			[]ent{{Person, "Abbe Rowell", nil, "Defense lawyer"}}},
		{"the author of a work in the possessive", "This instinct is our enemy. Wil Quellby’s framework makes it explicit.",
			[]ent{{Kind: Person, Name: "Wil Quellby"}}},
		{"a body's possessive work stays the body's", "The Quill Labs’s framework is open.", []ent{{Kind: Organization, Name: "Quill Labs"}}},
		{"a nationality and a movement is no person", "The early German Expressionist, Paula Quellbeck, painted here.",
			[]ent{{Kind: Person, Name: "Paula Quellbeck"}}},
		{"a run of capitals before a lower-case word is a company", "That's why we partnered with QRLabs, a research group. QRLabs said it was safe.",
			[]ent{{Kind: Organization, Name: "QRLabs"}}},
		{"a periodical is no person", "Quillers Weekly gave the book a starred review.", []ent{{Kind: Organization, Name: "Quillers Weekly"}}},
		{"a feature's kind is no surname", "The Tina Cookie Search: readers sent recipes.", nil},
		{"a product line is no person", "The Stanley Classic kept coffee hot.", nil},
		{"businesses listed after companies like", "There are great companies like Maison de Quill, Casa de Zorva, and Pell Collection now.",
			[]ent{{Kind: Organization, Name: "Maison de Quill"}, {Kind: Organization, Name: "Casa de Zorva"}, {Kind: Organization, Name: "Pell Collection"}}},
		{"people listed after writers like stay people", "She admired writers like Ada Quill and Tom Roe.",
			[]ent{{Kind: Person, Name: "Ada Quill"}, {Kind: Person, Name: "Tom Roe"}}},
		{"a product after an adjective is no person", "Our picks are on sale.\n\nQuill Ghost 17\nA soft shoe.\n\n→Discounted Quill Ghost 16: Available now.\n\nQuill Ghost 17 Review",
			nil},
		{"armed movements named as actors", "Islamic State militants claimed the attack.", []ent{{Kind: Organization, Name: "Islamic State"}}},
		{"a creed before a known body is no part of its name", "The Islamist Muslim Brotherhood was banned.",
			[]ent{{Kind: Organization, Name: "Muslim Brotherhood"}}},
		{"bodies named by organization words only", "The Press Quill Council rejected it. News Corporation owns the paper. It passed the House of Representatives.",
			[]ent{{Kind: Organization, Name: "Press Quill Council"}, {Kind: Organization, Name: "News Corporation"}, {Kind: Organization, Name: "House of Representatives"}}},
		{"one organization word alone names nothing", "The Council met on Monday.", nil},
		{"research firms and magazines", "It had 100 brands, according to Coresight Quill Research. He cited Vulture magazine.",
			[]ent{{Kind: Organization, Name: "Coresight Quill Research"}, {Kind: Organization, Name: "Vulture"}}},
		{"a role's field is no firm", "“Rates will fall,” said Ada Quill, Head of Research at Zorva Securities.",
			[]ent{{Person, "Ada Quill", nil, "Head of Research at Zorva Securities"}, {Kind: Organization, Name: "Zorva Securities"}}},
		{"a work after an artist's possessive is no person", "The flower piece and Toulouse-Quill’s La Clownette live in my mind.", nil},
		{"a person after a place's possessive stays a person", "Finland’s Novak Roe won the final.",
			[]ent{{Kind: Place, Name: "Finland"}, {Kind: Person, Name: "Novak Roe"}}},
		{"a surname owning a government is a person", "Tshisekedo’s government accused its neighbour of backing the rebels.",
			[]ent{{Kind: Person, Name: "Tshisekedo"}}},
		{"a body owning lawyers is no person", "Zentrix’s lawyers appealed the ruling.", nil},
		{"a surname back alone as one of two subjects", "Lyndie Quiou and staff writer Joe Howlett explore this. The proof was hard, Quiou and Howlett write.",
			[]ent{{Person, "Joe Howlett", []string{"Howlett"}, "writer"}, {Person, "Lyndie Quiou", []string{"Quiou"}, ""}}},
		{"a post at an employer", "Her consulting position at Zentrix is similar to his.", []ent{{Kind: Organization, Name: "Zentrix"}}},
		{"a post at a name in the possessive is no one-word employer", "During my tenure at Quiller’s World, shoes changed.", nil},
		{"two surnames under a plural title", "The opinion was joined by Justices Kavanor and Barrell.",
			[]ent{{Person, "Kavanor", nil, "Justices"}, {Person, "Barrell", nil, "Justices"}}},
		{"a title-elect before a name", "President-elect Donald Quill met aides. Governor-elect Ada Roe agreed.",
			[]ent{{Person, "Donald Quill", nil, "President-elect"}, {Person, "Ada Roe", nil, "Governor-elect"}}},
		{"a store is a business", "The app is sold in the Mac App Store and the Quill Store.",
			[]ent{{Kind: Organization, Name: "Mac App Store"}, {Kind: Organization, Name: "Quill Store"}}},
		{"enter opening a sentence is no part of a name", "Enter Stuart R. Quillan, a collector.", []ent{{Kind: Person, Name: "Stuart R. Quillan"}}},
		{"a street named with a title is nobody", "Pedestrians filled Queen Street on Monday.", nil},
		{"a titled surname that is a street word and speaks is a person", "Mayor Street said no.", []ent{{Person, "Street", nil, "Mayor"}}},
		{"a title opening a sentence before a surname", "President Quillby spoke on Monday.", []ent{{Person, "Quillby", nil, "President"}}},
		{"a given name shaped like a nationality", "Striker Kylian Mbappo scored twice.", []ent{{Person, "Kylian Mbappo", nil, "Striker"}}},
		{"thinkers named by one name", "She wanted to teach Plato to nurses. Is Kant right that intent matters?",
			[]ent{{Kind: Person, Name: "Plato"}, {Kind: Person, Name: "Kant"}}},
		{"a one-name person in a headline is not invented", "Why Kant Still Matters To Our Plumbers Today\nThe course is full.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
