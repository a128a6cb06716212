package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLabelLines covers interview round-ups whose speakers are introduced
// by a line of their own ending in a colon, in title case.
func TestLabelLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"a name and a role with its employer",
			"Our gardeners look back.\n\nAda Vance, Director of Planting at Quillmoor Trust:\n“The meadow came back.”",
			[]ent{{Person, "Ada Vance", nil, "Director of Planting at Quillmoor Trust"}, {Kind: Organization, Name: "Quillmoor Trust"}}},
		{"two names and their firm",
			"Our gardeners look back.\n\nTomas Brandt and Mira Quell of Zorvagarden:\n“We planted oaks.”",
			[]ent{{Kind: Person, Name: "Tomas Brandt"}, {Kind: Person, Name: "Mira Quell"}, {Kind: Organization, Name: "Zorvagarden"}}},
		{"a given name that is a place opens a full name with a role",
			"Our gardeners look back.\n\nGeorgia Pell Hallows, Ecology Professor at Zorva College:\n“My students loved it.”",
			[]ent{{Person, "Georgia Pell Hallows", nil, "Ecology Professor at Zorva College"}, {Kind: Organization, Name: "Zorva College"}}},
		{"a label's names with a word the article writes in lower case",
			"The sun was out.\n\nXiaolu Sun and Nadia Quaddo of Brindleworks:\n“We built a pond.”",
			[]ent{{Kind: Person, Name: "Xiaolu Sun"}, {Kind: Person, Name: "Nadia Quaddo"}, {Kind: Organization, Name: "Brindleworks"}}},
		{"a heading of picks is no label", "Our picks.\n\nThe Best Quill Kettle Maker Overall:\nIt boils fast.", nil},
		{"a line opening with a name and a colon, the surname alone later",
			"Best shows of the year.\n\nUgo Rondane: The Rainbow Body, Zorva HQ\nRondane filled the gallery with figures.",
			[]ent{{Person, "Ugo Rondane", []string{"Rondane"}, ""}}},
		{"an artist before a colon and a work's title with its venue",
			"Best shows.\n\nJorra Quill: ‘Running Home’ at the Box, was a fine show.",
			[]ent{{Kind: Person, Name: "Jorra Quill"}}},
		{"a heading before a colon and a quotation is no person", "Our notes.\n\nKey Takeaways: “Nothing” is new.", nil},
		{"a product before a colon is no person",
			"Our tests.\n\nBodum Quillmore: The Quillmore was fine but not great.", nil},
		{"a heading before a colon is no person", "Our tests.\n\nKey Takeaways:\nIt works.", nil},
		{"names listed on a title-case line", "Best shows.\n\nThree Artists: Sophie Quill, Michael Roe, Isabel Pell – Hastings Contemporary\nThey painted.",
			[]ent{{Kind: Person, Name: "Sophie Quill"}, {Kind: Person, Name: "Michael Roe"}, {Kind: Person, Name: "Isabel Pell"}}},
		{"bodies listed in a headline are no people", "Zentrix, Quillcorp And Brandel Face New Antitrust Probe\nThe firms face a probe.", nil},
		{"a headline without a colon names nobody", "Quill Vance Takes Over Zorva Garden Trust Board\nThe board met.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
