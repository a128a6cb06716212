package quotes

import "testing"

func TestFindToldAShow(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"told a named show, then a comma and a sentence",
			"Sleep scientist Ada Rusk spoke last. Rusk told the Morning Hour show, “Rest is the wrong thing to skip.”",
			[]said{{"direct", "Ada Rusk", "Rest is the wrong thing to skip."}}},
		{"a book's title after a comma stays a title",
			"Sleep scientist Ada Rusk spoke last. In her new book, “How to Rest,” Rusk says sleep matters.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
