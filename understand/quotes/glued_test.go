package quotes

import "testing"

func TestFindGluedName(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a given name after a newspaper's title, then more paragraphs",
			"Singer Mara Quill, 64, has spoken about her illness.\n\nWriting in The Gazette Mara said: “The moment I forgot her name was hard.\n\n“My memory has been slipping for a while.\n\n“I will wait for the scans.”\n\nShe plans to tour in spring.",
			[]said{{"direct", "Mara Quill", "The moment I forgot her name was hard."}, {"direct", "Mara Quill", "My memory has been slipping for a while."}, {"direct", "Mara Quill", "I will wait for the scans."}}},
		{"a surname after a station's name",
			"Coach Tomas Brandt was sacked on Friday.\n\nSpeaking to Radio Harlow Brandt said: “I gave this club everything I had.”",
			[]said{{"direct", "Tomas Brandt", "I gave this club everything I had."}}},
		{"a surname two people share names no one",
			"Mara Quill and her sister Joan Quill run a bakery.\n\nWriting in the Daily Courier Quill said: “We bake every night.”",
			[]said{{"direct", "", "We bake every night."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
