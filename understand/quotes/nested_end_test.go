package quotes

import "testing"

func TestFindQuoteEndingWithNestedQuote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a verb of no list and a comma before words ending with a nested question",
			"Kira Alley spoke about it. Alley went on, “I also remember that I owed money. One day, I went in a room and went, ‘What am I going to do?’”",
			[]said{{"direct", "Kira Alley", "I also remember that I owed money. One day, I went in a room and went, ‘What am I going to do?’"}}},
		{"a sentence after 'said,' ending with a nested quote is direct",
			"Kira Alley spoke about it. Alley said, “One day, I went in a room and said, ‘No more.’”",
			[]said{{"direct", "Kira Alley", "One day, I went in a room and said, ‘No more.’"}}},
		{"a pronoun and a verb of no list after words ending with a nested question",
			"Kira Alley spoke about it. “It was like, ‘Would you say this to your wife?’” she recollected.",
			[]said{{"direct", "Kira Alley", "It was like, ‘Would you say this to your wife?’"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
