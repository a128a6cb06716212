package eval

import (
	"bufio"
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"  ,.;  ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case and dash-ed", []string{"snake_case", "and", "dash", "ed"}},
		{"3.14 is π", []string{"3", "14", "is", "π"}},
		{"Zürich naïve", []string{"Zürich", "naïve"}},
		{"cafe\u0301!", []string{"cafe"}},             // combining acute (Mn) is not \w
		{"a\u0301b", []string{"a", "b"}},              // and splits a token
		{"日本語のテキスト", []string{"日本語のテキスト"}},            // no spaces in CJK: one run
		{"١٢٣ ½ ² Ⅻ", []string{"١٢٣", "½", "²", "Ⅻ"}}, // Nd, No, No, Nl
		{"x\xffy", []string{"x", "y"}},                // invalid UTF-8 separates
		{"tab\tnew\nline", []string{"tab", "new", "line"}},
		{"emoji😀here", []string{"emoji", "here"}},
		{"don’t", []string{"don", "t"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Tokens(tt.in)); diff != "" {
			t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestIsWordRuneMatchesPython checks IsWordRune against Python's re \w on
// every code point. Code points that Python's Unicode database does not
// assign (category Cn) may differ: Go's tables can be a newer Unicode.
func TestIsWordRuneMatchesPython(t *testing.T) {
	py := python(t)
	const script = `
import re, sys, unicodedata
w = re.compile(r"\w")
out = []
for c in range(0x110000):
    ch = chr(c)
    out.append("%x %d %s" % (c, 1 if w.match(ch) else 0, unicodedata.category(ch)))
sys.stdout.write("\n".join(out))
`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	n, diffs := 0, 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			t.Fatalf("bad line %q", sc.Text())
		}
		c, err := strconv.ParseInt(f[0], 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		n++
		want := f[1] == "1"
		if got := IsWordRune(rune(c)); got != want && f[2] != "Cn" {
			diffs++
			if diffs <= 20 {
				t.Errorf("IsWordRune(%U) = %v, Python \\w %v (category %s)", c, got, want, f[2])
			}
		}
	}
	if n != utf8.MaxRune+1 {
		t.Fatalf("python listed %d code points, want %d", n, utf8.MaxRune+1)
	}
	if diffs > 0 {
		t.Errorf("%d code points differ", diffs)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"", "Hello, world!", "cafe\u0301", "日本語 ١٢٣", "x\xffy", "a_b-c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		pos := 0
		for _, tok := range toks {
			if tok == "" {
				t.Fatalf("empty token in %q", s)
			}
			i := strings.Index(s[pos:], tok)
			if i < 0 {
				t.Fatalf("token %q is not a substring of %q after byte %d", tok, s, pos)
			}
			pos += i + len(tok)
			for _, r := range tok {
				if !IsWordRune(r) || r == utf8.RuneError {
					t.Fatalf("token %q holds non-word rune %U", tok, r)
				}
			}
		}
		// Scores of a text against itself are perfect.
		if c := ScoreBody(s, s); !c.Exact || c.FP != 0 || c.FN != 0 {
			t.Fatalf("ScoreBody(s, s) = %+v", c)
		}
		if p := ScoreBagOfWords(s, s); p.F1 != 1 {
			t.Fatalf("ScoreBagOfWords(s, s) = %+v", p)
		}
	})
}
