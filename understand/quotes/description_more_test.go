package quotes

import "testing"

func TestFindMoreDescriptions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"the city councilor",
			"Councilor Ned Brannock urged the utility to act.\n\n“Supply is bad. We cannot keep investors here,” the city councilor pointed out.",
			[]said{{"direct", "Ned Brannock", "Supply is bad. We cannot keep investors here,"}}},
		{"the zoo: the organization whose name ends in the noun",
			"The old lion of the Harlow Zoo died on Monday. He spent his last years at the Harlow Zoo Savanna Walk.\n\n“He was loved by every keeper,” the zoo said.",
			[]said{{"direct", "Harlow Zoo", "He was loved by every keeper,"}}},
		{"the museum with no museum named",
			"The painting was stolen from the Harlow Gallery on Monday.\n\n“We are heartbroken,” the museum said.",
			[]said{{"direct", "", "We are heartbroken,"}}},
		{"the military is no health ministry",
			"The Health Ministry in Varnia said 40 people died. The Varnian military said it struck a “command post used by rebels.”",
			[]said{{"partial", "Varnian military", "command post used by rebels."}}},
		{"the military is the ministry of defence",
			"The Varnian Ministry of Defence ordered troops north. The military said it struck a “command post used by rebels.”",
			[]said{{"partial", "Varnian Ministry of Defence", "command post used by rebels."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
