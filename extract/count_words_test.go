package extract

import (
	"strings"
	"testing"
)

func TestCountWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", " one  two\tthree\n", "a\u00a0b", "a\u0085b", "x\u2003y z",
		"caf\xe9 au lait", "\xff\xfe", "line\r\nline\vline\fend", "日本語 テキスト",
	} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d (strings.Fields)", s, got, want)
		}
	}
}

func FuzzCountWords(f *testing.F) {
	f.Add("The quick\u00a0brown fox\n\njumps")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}
