package quotes

import "testing"

func TestFindRoleWrittenOutBeforeName(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a role with its team before the name",
			"The arena reopened on Friday. “The players love the new gym,” said head coach of the women’s team, Dana Reyes.",
			[]said{{"direct", "Dana Reyes", "The players love the new gym,"}}},
		{"a role for a family before the name",
			"The hearing ended on Monday. “We will appeal,” said the lawyer for the family, Tom Hale.",
			[]said{{"direct", "Tom Hale", "We will appeal,"}}},
		{"a person named inside the role is no speaker of it",
			"The hearing ended on Monday. “We will appeal,” said the mother of Tom Hale, who wept.",
			[]said{{"direct", "", "We will appeal,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
