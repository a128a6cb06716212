package quotes

import "testing"

func TestFindSandwichedParagraph(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a quote paragraph between two of one speaker, someone else named in the appositive",
			"Voters know the mayor well.\n\n“He has survived worse,” said Hal Brenner, who was an adviser to Mayor Ida Lind.\n\n“There is nothing new here. The mayor can fix that by staying on air.”\n\n“She has won three times,” Brenner said.",
			[]said{{"direct", "Hal Brenner", "He has survived worse,"}, {"direct", "Hal Brenner", "There is nothing new here. The mayor can fix that by staying on air."}, {"direct", "Hal Brenner", "She has won three times,"}}},
		{"the next paragraph quotes someone else",
			"Voters know the mayor well.\n\n“He has survived worse,” said Hal Brenner, who was an adviser to Mayor Ida Lind.\n\n“There is nothing new here. The mayor can fix that by staying on air.”\n\n“I will run again,” Lind said.",
			[]said{{"direct", "Hal Brenner", "He has survived worse,"}, {"direct", "", "There is nothing new here. The mayor can fix that by staying on air."}, {"direct", "Ida Lind", "I will run again,"}}},
		{"the paragraph before goes on with someone else's words: hers",
			"Voters know the mayor well.\n\n“He has survived worse,” said Hal Brenner. Mayor Ida Lind disagreed.\n\n“There is nothing new here. The mayor can fix that by staying on air.”\n\n“She has won three times,” Brenner said.",
			[]said{{"direct", "Hal Brenner", "He has survived worse,"}, {"direct", "Ida Lind", "There is nothing new here. The mayor can fix that by staying on air."}, {"direct", "Hal Brenner", "She has won three times,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
