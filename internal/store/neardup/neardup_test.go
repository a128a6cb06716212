package neardup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const story = "The harbour authority said on Tuesday that the northern quay would close for repairs after storms damaged its wooden piles. " +
	"Fishing crews were told to moor at the southern basin until the work ends in early spring. " +
	"Engineers expect to replace about forty piles and to raise the deck by half a metre against higher tides. " +
	"Local traders worry that fewer visitors will stop at the market stalls along the closed quay during the works."

func sign(t *testing.T, text string) *Signature {
	t.Helper()
	s, ok := Sign(text)
	if !ok {
		t.Fatalf("Sign(%.40q...): too short", text)
	}
	return &s
}

func TestSimilarity(t *testing.T) {
	base := sign(t, story)
	tests := []struct {
		name     string
		text     string
		min, max float64
	}{
		{"same text", story, 1, 1},
		{"case, punctuation and spacing differ", strings.ToUpper(strings.ReplaceAll(story, ". ", " --\n\n")), 1, 1},
		{"a line added by the site", story + " This story was first published by a partner agency and is republished here.", 0.7, 1},
		{"the last sentence trimmed", story[:strings.LastIndex(story, "Local")], 0.6, 1},
		{"a word changed in every sentence", strings.NewReplacer("Tuesday", "Monday", "southern", "eastern", "forty", "fifty", "traders", "sellers").Replace(story), 0.35, 0.85},
		{"another story on the same topic", "Repairs on the northern quay began yesterday, weeks after storms battered the harbour. " +
			"Crews from two contractors drove the first new piles into the seabed while fishing boats waited in the southern basin. " +
			"Market traders reported quieter days at their stalls.", 0, 0.15},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(base, sign(t, tt.text))
			if got < tt.min || got > tt.max {
				t.Errorf("similarity %.3f, want within [%.2f, %.2f]", got, tt.min, tt.max)
			}
		})
	}
}

func TestSignShortText(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"", false},
		{"Only a few words here.", false},
		{strings.Repeat("word ", MinWords-1), false},
		{strings.Repeat("word ", MinWords), true},
		{"!!! ??? --- ... " + strings.Repeat("· ", 50), false},
	}
	for _, tt := range tests {
		if _, ok := Sign(tt.text); ok != tt.ok {
			t.Errorf("Sign(%.30q) ok = %v, want %v (%d words)", tt.text, ok, tt.ok, Words(tt.text))
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"one", 1},
		{"Café, naïve co-op 2024!", 5},
		{"São Paulo's 12,5 — x", 6},
		{"日本 語", 2},
	}
	for _, tt := range tests {
		if got := Words(tt.text); got != tt.want {
			t.Errorf("Words(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestBandKeysAndEncoding(t *testing.T) {
	a := sign(t, story)
	b := sign(t, story+" And one more sentence at the very end of it.")
	ka, kb := a.BandKeys(), b.BandKeys()
	shared := 0
	for i := range ka {
		if ka[i] == kb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Errorf("near-identical texts share no band")
	}
	// The same values in two bands give two keys.
	var same Signature
	if k := same.BandKeys(); k[0] == k[1] {
		t.Errorf("bands 0 and 1 of equal values share key %d", k[0])
	}
	raw, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(*a, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := back.UnmarshalBinary(raw[:10]); err == nil {
		t.Errorf("10 bytes decoded without an error")
	}
}

// FuzzSign checks that any text signs without panicking, that a text is
// fully similar to itself and to itself in other letter case, and that
// signatures survive encoding.
func FuzzSign(f *testing.F) {
	for _, seed := range []string{"", story, "a b c d e f g h i j k l m n o p q r s t u v", "\xff\xfe broken utf8 " + story, "İstanbul ß ΣΊΣΥΦΟΣ " + story} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, ok := Sign(text)
		if ok != (Words(text) >= MinWords) {
			t.Fatalf("ok %v with %d words", ok, Words(text))
		}
		if !ok {
			return
		}
		if sim := Similarity(&s, &s); sim != 1 {
			t.Errorf("self similarity %v", sim)
		}
		raw, _ := s.MarshalBinary()
		var back Signature
		if err := back.UnmarshalBinary(raw); err != nil || back != s {
			t.Errorf("round trip failed: %v", err)
		}
	})
}
