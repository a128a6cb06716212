package quotes

import "testing"

func TestFindRetortWithParticle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"shot back, then a clause naming the other debater",
			"Mayor Ann Holt and Councilman Rob Vance debated on Tuesday. “You broke your promise,” Vance said. “Leave my family out of this,” Holt shot back in a rebuttal that drew cheers from the crowd and boos from Vance.",
			[]said{{"direct", "Rob Vance", "You broke your promise,"}, {"direct", "Ann Holt", "Leave my family out of this,"}}},
		{"hit back",
			"Mayor Ann Holt and Councilman Rob Vance debated on Tuesday. “You broke your promise,” Vance said. “Leave my family out of this,” Holt hit back.",
			[]said{{"direct", "Rob Vance", "You broke your promise,"}, {"direct", "Ann Holt", "Leave my family out of this,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
