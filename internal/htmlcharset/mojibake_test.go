package htmlcharset

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// doubleEncode returns s as a system that read its UTF-8 bytes as
// windows-1252 (or, with latin1, as ISO-8859-1) and wrote them out again as
// UTF-8 would. Bytes windows-1252 leaves undefined become C1 controls, as
// in the WHATWG reading.
func doubleEncode(s string, latin1 bool) string {
	var out []rune
	for _, b := range []byte(s) {
		r := rune(b)
		if !latin1 && b >= 0x80 && b <= 0x9F {
			if c := charmap.Windows1252.DecodeByte(b); c != utf8.RuneError {
				r = c
			}
		}
		out = append(out, r)
	}
	return string(out)
}

func TestRepairMojibake(t *testing.T) {
	cp1252 := func(s string) string { return doubleEncode(s, false) }
	latin1 := func(s string) string { return doubleEncode(s, true) }
	tests := []struct {
		name, in, want string
		repaired       bool
	}{
		{"apostrophe read as windows-1252", cp1252("it’s here"), "it’s here", true},
		{"apostrophe read as latin-1 (C1 controls)", latin1("it’s here"), "it’s here", true},
		{"accented letters", cp1252("café crème brûlée"), "café crème brûlée", true},
		{"no-break space", cp1252("10\u00a0km"), "10\u00a0km", true},
		{"dashes and quotes", cp1252("“Yes” — she said – twice…"), "“Yes” — she said – twice…", true},
		{"CJK and emoji", latin1("北京 🙂"), "北京 🙂", true},
		{"bad and good text side by side", "it’s and " + cp1252("it’s"), "it’s and it’s", true},
		{"double-encoded twice", cp1252(cp1252("it’s")), "it’s", true},
		{"Cyrillic read as windows-1252", cp1252("Москва — столица"), "Москва — столица", true},
		{"plain ASCII", "nothing to see", "nothing to see", false},
		{"good UTF-8", "São Paulo, Hôtel, naïve, 50°C, x ± y, à « citation »", "São Paulo, Hôtel, naïve, 50°C, x ± y, à « citation »", false},
		// A sequence that decodes but is not telltale, in a text with no
		// telltale sequence, is left: it may be real text.
		{"no telltale sequence", "Ð°", "Ð°", false},
		{"telltale lead without continuation", "Ã( and Â", "Ã( and Â", false},
		{"truncated sequence at the end", "itâ€", "itâ€", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, repaired := RepairMojibake([]byte(tt.in))
			if string(got) != tt.want || repaired != tt.repaired {
				t.Errorf("RepairMojibake(%q) = %q, %v; want %q, %v", tt.in, got, repaired, tt.want, tt.repaired)
			}
		})
	}
}

// TestDecodeRepairsMojibake checks that Decode applies the repair to a page
// whose declared encoding is right but whose text was double-encoded.
func TestDecodeRepairsMojibake(t *testing.T) {
	title := doubleEncode("A reader’s guide", false)
	page := []byte(`<html><head><meta charset="utf-8"><title>` + title + `</title></head><body><p>Good text stays good: naïve café.</p></body></html>`)
	got, name, err := Decode(page, "")
	want := `<html><head><meta charset="utf-8"><title>A reader’s guide</title></head><body><p>Good text stays good: naïve café.</p></body></html>`
	if err != nil || name != UTF8 || string(got) != want {
		t.Errorf("Decode = %q, %q, %v; want %q, utf-8, nil", got, name, err, want)
	}
}

func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"itâ€™s", "cafÃ©", "Â\u00a0", "itâ\u0080\u0099s", "Ã", "plain", "\xff\xfe"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		valid := utf8.Valid(in)
		out, repaired := RepairMojibake(in)
		if !repaired && string(out) != string(in) {
			t.Fatalf("changed %q to %q without reporting a repair", in, out)
		}
		if len(out) > len(in) {
			t.Fatalf("repair grew %q to %q", in, out)
		}
		if valid && !utf8.Valid(out) {
			t.Fatalf("repair of valid UTF-8 %q gave invalid %q", in, out)
		}
	})
}

func BenchmarkRepairMojibake(b *testing.B) {
	clean := []byte("São Paulo, Hôtel, naïve, “quoted” text — and more. ")
	for len(clean) < 64<<10 {
		clean = append(clean, clean...)
	}
	broken := []byte(doubleEncode(string(clean), false))
	for _, bc := range []struct {
		name string
		text []byte
	}{{"clean", clean}, {"broken", broken}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				RepairMojibake(bc.text)
			}
		})
	}
}
