package quotes

import "testing"

// TestFindRoundups covers interview round-ups, reviews and testimonials:
// titles before a name after the verb, name lines, review signatures,
// reports and organizations that speak, and the writer's own terms and
// titles in quotation marks. All names and sentences are invented.
func TestFindRoundups(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"two capitalised titles joined by and before the name",
			"Parties keep changing.\n\n“Guests want stories now,” says Brightwater Events Co-Owner and Lead Planner Dana Whitfield. “Every detail should mean something.”",
			[]said{{"direct", "Dana Whitfield", "Guests want stories now,"}, {"direct", "Dana Whitfield", "Every detail should mean something."}}},
		{"a capitalised title and a comma before the name",
			"Color is back.\n\n“Bold shades are everywhere,” says Co-Founder, Marta Lindqvist. “We love it.”",
			[]said{{"direct", "Marta Lindqvist", "Bold shades are everywhere,"}, {"direct", "Marta Lindqvist", "We love it."}}},
		{"a date and a comma before a name is no title",
			"Color is back.\n\n“Bold shades are everywhere,” said Monday, Marta Lindqvist agreed.",
			[]said{{"direct", "", "Bold shades are everywhere,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
