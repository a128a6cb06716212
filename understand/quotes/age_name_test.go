package quotes

import "testing"

func TestFindPronounAfterUnknownNameWithAge(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a name the entities missed, with an age, opens the sentence of 'she'",
			"Bakery owner Tomas Verhoek said the contest raised money.\n\nHe added that half of the diners dropped out.\n\nThe dish has sent diners to hospital before.\n\nOrlane, 21, an exchange student, came second, but she admitted the prize “came at a cost”.\n\nShe said: “I love spicy food, but I had to see a doctor twice.”",
			[]said{{"indirect", "Tomas Verhoek", "the contest raised money."}, {"indirect", "Tomas Verhoek", "half of the diners dropped out."}, {"direct", "", "I love spicy food, but I had to see a doctor twice."}}},
		{"a known person with an age keeps the pronoun",
			"Bakery owner Tomas Verhoek ran the contest.\n\nThe dish has sent diners to hospital before.\n\nVerhoek, 54, said the contest went well.\n\nHe said: “We will make it milder next year.”",
			[]said{{"indirect", "Tomas Verhoek", "the contest went well."}, {"direct", "Tomas Verhoek", "We will make it milder next year."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
