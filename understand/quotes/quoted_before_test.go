package quotes

import "testing"

func TestFindDescriptionGoesOnWithQuote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"an occupation after a quote run whose speaker has no role",
			"Mara Quill, 64, has spoken about her illness.\n\nWriting in The Gazette Mara said: “The moment I forgot her name was hard.\n\n“I will wait for the scans.”\n\nThe brave singer then added: “I will keep singing.”",
			[]said{{"direct", "Mara Quill", "The moment I forgot her name was hard."}, {"direct", "Mara Quill", "I will wait for the scans."}, {"direct", "Mara Quill", "I will keep singing."}}},
		{"a pronoun's quote, then the occupation",
			"Mara Orrin cancelled the tour.\n\nThe news came late.\n\nFans had waited for months.\n\n“I need a long rest,” she said on the radio.\n\nThe weary musician added: “We will be back in spring.”",
			[]said{{"direct", "Mara Orrin", "I need a long rest,"}, {"direct", "Mara Orrin", "We will be back in spring."}}},
		{"the speaker has a role of another kind: no one",
			"Mara Orrin, the festival's director, cancelled the tour.\n\nThe news came late.\n\nFans had waited for months.\n\n“I need a long rest,” she said on the radio.\n\nThe weary musician added: “We will be back in spring.”",
			[]said{{"direct", "Mara Orrin", "I need a long rest,"}, {"direct", "", "We will be back in spring."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
