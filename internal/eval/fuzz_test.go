package eval

import (
	"bytes"
	"strings"
	"testing"
)

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"", "<p>a</p><p>b</p>", "a<b>b</b>c", "<script>x</script>y", "<div><br>&amp;</div>", "<table><td>1<td>2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, err := HTMLText(strings.NewReader(s))
		if err != nil {
			return
		}
		if text != strings.TrimSpace(text) {
			t.Fatalf("HTMLText(%q) = %q: not trimmed", s, text)
		}
		// Every token of the text without entities and tags comes from
		// the input.
		if !strings.ContainsAny(s, "&<\x00") { // the parser drops NUL bytes
			for _, tok := range Tokens(text) {
				if !strings.Contains(s, tok) {
					t.Fatalf("HTMLText(%q) = %q: token %q not in input", s, text, tok)
				}
			}
		}
	})
}

func FuzzReadBodyFile(f *testing.F) {
	for _, s := range []string{"{}", `{"a": {"articleBody": "x"}}`, `{"version": 1, "output": {"a": {"articleBody": null}}}`, `[]`, `{"a": 3}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ReadBodyFile(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteBodyFile(&buf, entries); err != nil {
			t.Fatal(err)
		}
		again, err := ReadBodyFile(&buf)
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		if len(again) != len(entries) {
			t.Fatalf("read back %d entries, wrote %d", len(again), len(entries))
		}
		for i := range again {
			if again[i].ID != entries[i].ID && strings.ToValidUTF8(entries[i].ID, "\uFFFD") != again[i].ID {
				t.Fatalf("entry %d: id %q read back as %q", i, entries[i].ID, again[i].ID)
			}
		}
	})
}
