package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func sentences(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One went. Two came! Three? Yes.", []string{"One went.", "Two came!", "Three?", "Yes."}},
		{"abbreviations", "Gov. Jerry Brown and Sen. Smith met Mr. Jones Jr. at 5 p.m. on Jan. 5. They spoke.",
			[]string{"Gov. Jerry Brown and Sen. Smith met Mr. Jones Jr. at 5 p.m. on Jan. 5.", "They spoke."}},
		{"initials", "Donald J. Trump and J. K. Rowling spoke. Then left.", []string{"Donald J. Trump and J. K. Rowling spoke.", "Then left."}},
		{"dotted acronym inside", "The U.S. National Security Adviser came.", []string{"The U.S. National Security Adviser came."}},
		{"dotted acronym at end", "Russia meddled in the U.S. The Kremlin denies it.", []string{"Russia meddled in the U.S.", "The Kremlin denies it."}},
		{"quote closes sentence", "He said “it is over.” Then he left.", []string{"He said “it is over.”", "Then he left."}},
		{"attribution after quote", "“It is over!” Trump tweeted on Thursday. Next.", []string{"“It is over!” Trump tweeted on Thursday.", "Next."}},
		{"citation marks after the period", "It was banned.[30][31] Yagan knew. Next.", []string{"It was banned.[30][31]", "Yagan knew.", "Next."}},
		{"attribution with a verb the lexicon does not know", "“It is over!” Owen Pryce groused. Next.", []string{"“It is over!” Owen Pryce groused.", "Next."}},
		{"no attribution after a question", "“Is it over?” Nobody answered. Next.", []string{"“Is it over?”", "Nobody answered.", "Next."}},
		{"attribution after straight quote", "\"We won.\" said Smith. Fine.", []string{"\"We won.\" said Smith.", "Fine."}},
		{"quote of two sentences", "“We came. We saw,” she said.", []string{"“We came.", "We saw,” she said."}},
		{"newline ends", "No stop here\nNew line", []string{"No stop here", "New line"}},
		{"lower case after period", "It costs 3.5 percent. e.g. this.", []string{"It costs 3.5 percent. e.g. this."}},
		{"inc before the", "He joined Apple Inc. The company grew.", []string{"He joined Apple Inc.", "The company grew."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentences(tt.in)); diff != "" {
				t.Errorf("Sentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	in := "Russia’s U.S. re-admit “don’t” @realDonaldTrump 2,000.5 Kremlin's J. Smith."
	var got []string
	for _, tk := range Tokens(nil, in, Span{0, len(in)}) {
		got = append(got, fmt.Sprintf("%d:%s", tk.Kind, in[tk.Start:tk.End]))
	}
	want := []string{"1:Russia", "6:’s", "1:U.S.", "1:re-admit", "4:“", "1:don’t", "4:”", "3:@realDonaldTrump", "2:2,000.5", "1:Kremlin", "6:'s", "1:J.", "1:Smith", "5:."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens (-want +got):\n%s", diff)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in    string
		place string
		body  string
	}{
		{"MOSCOW (Reuters) - The Kremlin said.", "MOSCOW", "The Kremlin said."},
		{"WASHINGTON — Officials met.", "WASHINGTON", "Officials met."},
		{"WINSTON-SALEM, N.C. (AP) — A storm.", "WINSTON-SALEM", "A storm."},
		{"NEW YORK -- Stocks fell.", "NEW YORK", "Stocks fell."},
		{"Moscow - not a dateline", "", ""},
		{"FBI agents came - later", "", ""},
		{"NATO: no", "", ""},
	}
	for _, tt := range tests {
		p, body, ok := Dateline(tt.in, Span{0, len(tt.in)})
		gotPlace, gotBody := "", ""
		if ok {
			gotPlace, gotBody = tt.in[p.Start:p.End], tt.in[body:]
		}
		if gotPlace != tt.place || gotBody != tt.body {
			t.Errorf("Dateline(%q) = %q, %q; want %q, %q", tt.in, gotPlace, gotBody, tt.place, tt.body)
		}
	}
}

func TestAnalyze(t *testing.T) {
	d := Analyze("First one. Second one.\n\nThird.")
	if len(d.Paragraphs) != 2 || len(d.Sentences) != 3 {
		t.Fatalf("got %d paragraphs, %d sentences", len(d.Paragraphs), len(d.Sentences))
	}
	if s := d.Sentences[2]; s.Para != 1 || d.Str(s.First) != "Third" {
		t.Errorf("third sentence: para %d, first token %q", s.Para, d.Str(s.First))
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Gov. J. Smith said “it’s over.” MOSCOW (Reuters) - U.S. officials met.\n\nNext @x #y 3.5")
	f.Add("\xff. A. “")
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyze(s)
		prev := 0
		for _, se := range d.Sentences {
			if se.Start < prev || se.End > len(s) || se.Start >= se.End {
				t.Fatalf("bad sentence span %v in %d bytes", se.Span, len(s))
			}
			prev = se.End
			for i := se.First; i < se.Last; i++ {
				tk := d.Tokens[i]
				if tk.Start < se.Start || tk.End > se.End || tk.Start >= tk.End {
					t.Fatalf("token %v outside sentence %v", tk, se.Span)
				}
			}
		}
		// Tokens cover every non-space rune of each sentence, in order.
		for _, tk := range d.Tokens {
			if strings.TrimSpace(s[tk.Start:tk.End]) == "" && utf8.ValidString(s[tk.Start:tk.End]) {
				t.Fatalf("blank token %q", s[tk.Start:tk.End])
			}
		}
	})
}

func ExampleSentences() {
	s := "MOSCOW (Reuters) - Gov. J. Smith met U.S. officials. “It went well,” he said. The talks ended."
	for _, sp := range Sentences(s) {
		fmt.Println(s[sp.Start:sp.End])
	}
	// Output:
	// MOSCOW (Reuters) - Gov. J. Smith met U.S. officials.
	// “It went well,” he said.
	// The talks ended.
}

func BenchmarkAnalyze(b *testing.B) {
	s := strings.Repeat("Vice President Mike Pence said Wednesday that he expects Trump to discuss Russian interference in U.S. elections. “There are a broad range of issues,” Pence said.\n\n", 20)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		Analyze(s)
	}
}

func TestWrittenLower(t *testing.T) {
	d := Analyze("Officials met. The officials left. Unusually, Rain fell.")
	for w, want := range map[string]bool{"officials": true, "Officials": false, "left": true, "rain": false, "Unusually": false} {
		if got := d.WrittenLower(w); got != want {
			t.Errorf("WrittenLower(%q) = %v, want %v", w, got, want)
		}
	}
}
