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
	// Python prints runs of code points that share (is \w, is Cn) as
	// "first last word unassigned".
	const script = `
import re, sys, unicodedata
w = re.compile(r"\w")
out, start, prev = [], 0, None
for c in range(0x110000):
    ch = chr(c)
    key = (1 if w.match(ch) else 0, 1 if unicodedata.category(ch) == "Cn" else 0)
    if key != prev:
        if prev is not None:
            out.append("%x %x %d %d" % (start, c - 1, prev[0], prev[1]))
        start, prev = c, key
out.append("%x %x %d %d" % (start, 0x10FFFF, prev[0], prev[1]))
sys.stdout.write("\n".join(out))
`
	out, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	next, diffs := rune(0), 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 4 {
			t.Fatalf("bad line %q", sc.Text())
		}
		first, err1 := strconv.ParseInt(f[0], 16, 32)
		last, err2 := strconv.ParseInt(f[1], 16, 32)
		if err1 != nil || err2 != nil || rune(first) != next {
			t.Fatalf("bad run %q after %U", sc.Text(), next)
		}
		next = rune(last) + 1
		want, unassigned := f[2] == "1", f[3] == "1"
		if unassigned {
			continue
		}
		for r := rune(first); r <= rune(last); r++ {
			if got := IsWordRune(r); got != want {
				diffs++
				if diffs <= 20 {
					t.Errorf("IsWordRune(%U) = %v, Python \\w %v", r, got, want)
				}
			}
		}
	}
	if next != utf8.MaxRune+1 {
		t.Fatalf("python listed code points up to %U, want all", next-1)
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
