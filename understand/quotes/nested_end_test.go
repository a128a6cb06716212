package quotes

import "testing"

func TestFindQuoteEndingWithNestedQuote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a verb of no list and a comma before words ending with a nested question",
			"Kira Vale spoke about it. Vale went on, “I still recall the debts I had. Later that year I sat in a kitchen and asked, ‘Where do I start?’”",
			[]said{{"direct", "Kira Vale", "I still recall the debts I had. Later that year I sat in a kitchen and asked, ‘Where do I start?’"}}},
		{"a sentence after 'said,' ending with a nested quote is direct",
			"Kira Vale spoke about it. Vale said, “That spring I stood at the door and said, ‘No more.’”",
			[]said{{"direct", "Kira Vale", "That spring I stood at the door and said, ‘No more.’"}}},
		{"a pronoun and a verb of no list after words ending with a nested question",
			"Kira Vale spoke about it. “It felt like, ‘Could you tell that to your sister?’” she recollected.",
			[]said{{"direct", "Kira Vale", "It felt like, ‘Could you tell that to your sister?’"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
