package quotes

import "testing"

func TestFindPronounAfterDescribedSubject(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"the aged description is the subject, not the wife it names",
			"Kira Vale spoke about the prince on Monday.\n\nThe 41-year-old TV host lashed out at the duke a week after he and his partner Mara Brann lost their show.\n\nShe fumed on a podcast: “Everybody has a hard life.”",
			[]said{{"direct", "Kira Vale", "Everybody has a hard life."}}},
		{"an occupation as the subject",
			"Kira Vale spoke about the prince on Monday.\n\nThe singer hit out at the royal days after his wife Mara Brann lost a contract.\n\nShe fumed on a podcast: “Everybody has a hard life.”",
			[]said{{"direct", "Kira Vale", "Everybody has a hard life."}}},
		{"a role no one was given: the person named before",
			"Tomas Reyes widened the clean air zone in August. However, Reyes’s plans were upheld by the court. The mayor said the figures backed the plan. “We will keep going,” he said.",
			[]said{{"direct", "Tomas Reyes", "We will keep going,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
