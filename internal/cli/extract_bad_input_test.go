package cli

import (
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// TestExtractBadInput feeds the real pipeline the inputs that break page
// readers, each generated here. Each must give a clear error or a result,
// never a panic or a hang; the output stays valid JSON lines in valid UTF-8.
func TestExtractBadInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 8192)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	// article makes a page of four distinct paragraphs from a sentence.
	article := func(s string) string {
		var b strings.Builder
		b.WriteString("<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>\n")
		for i, tail := range []string{"", " Works began two years ago.", " The mayor spoke at the opening.", " Traffic was light in the morning."} {
			b.WriteString("<p>" + strconv.Itoa(i+1) + ". " + s + tail + "</p>\n")
		}
		b.WriteString("</article></body></html>")
		return b.String()
	}
	latin1, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(article(
		"Le conseil municipal a décidé mercredi de prolonger les travaux de rénovation de la gare jusqu'à l'été prochain.")))
	invalidUTF8 := []byte(article("The council met on Tuesday \xff\xfe to discuss the bridge \xc3\x28 and its repairs, which ran over budget."))

	tests := []struct {
		name    string
		page    []byte
		code    int    // wanted exit code; -1: any but a crash
		message string // a piece of the error, if any
		output  string // a piece of the output, if any
	}{
		{"empty", nil, ExitBadInput, "empty input", ""},
		{"white space", []byte("  \r\n\t\n  "), ExitBadInput, "empty input", ""},
		{"random bytes", random, ExitBadInput, "binary data", ""},
		{"pdf served as html", []byte("%PDF-1.5\n<html><body><p>text</p></body></html>"), ExitBadInput, "a PDF document", ""},
		{"png served as html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<html>"), ExitBadInput, "a PNG image", ""},
		{"gif", []byte("GIF89a\x01\x00\x01\x00<html>"), ExitBadInput, "a GIF image", ""},
		{"invalid utf-8", invalidUTF8, -1, "", "to discuss the bridge"},
		{"unknown charset", append([]byte(`<meta charset="x-no-such-charset">`), latin1...), -1, "", "rénovation"},
		{"100,000 nested elements", []byte(strings.Repeat("<div>", 100000) + "text"), ExitBadInput, "512", ""},
		{"100,000 nested inline elements", []byte("<p>" + strings.Repeat("<b>", 100000) + "text"), -1, "", ""},
		{"page without an article", []byte(`<html><head><title>Welcome</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>`), ExitNoArticle, "no article found", ""},
		{"text of nothing but zero bytes and words", append([]byte("word "), make([]byte, 100)...), ExitBadInput, "binary data", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "page.html", tt.page)
			stdout, stderr, code := runExtract(t, &ExtractCmd{}, "--format", "jsonl", "--timeout", "1m", path)
			if tt.code >= 0 && code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			if code == ExitFailure {
				t.Errorf("failed as if lede were broken: %q", stderr)
			}
			if tt.message != "" && !strings.Contains(stderr, tt.message) {
				t.Errorf("stderr %q, want it to say %q", stderr, tt.message)
			}
			if !utf8.ValidString(stdout) {
				t.Errorf("output is not valid UTF-8")
			}
			var rec map[string]any
			if err := json.Unmarshal([]byte(stdout), &rec); err != nil {
				t.Fatalf("output is not one JSON record: %v\n%q", err, stdout)
			}
			if tt.message != "" && !strings.Contains(rec["error"].(string), tt.message) {
				t.Errorf("record error %q, want it to say %q", rec["error"], tt.message)
			}
			if tt.output != "" && !strings.Contains(stdout, tt.output) {
				t.Errorf("output lacks %q:\n%.600s", tt.output, stdout)
			}
		})
	}
}
