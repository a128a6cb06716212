package quotes

import "testing"

func TestFindPronounAfterOpeningParticiple(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"asked about someone, he",
			"Coach Chris Wold spoke on a radio show on Monday.\n\nAsked about Dean Harlan, he said: “I think he should stay for the last ten games.”",
			[]said{{"direct", "Chris Wold", "I think he should stay for the last ten games."}}},
		{"when asked about someone, he",
			"Coach Chris Wold spoke on a radio show on Monday.\n\nWhen asked about Dean Harlan staying, he added: “I think he should stay for the last ten games.”",
			[]said{{"direct", "Chris Wold", "I think he should stay for the last ten games."}}},
		{"a clause with its own subject keeps its person",
			"Coach Chris Wold spoke on a radio show on Monday.\n\nWhen Dean Harlan arrived, he said: “I want to stay for the last ten games.”",
			[]said{{"direct", "Dean Harlan", "I want to stay for the last ten games."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
