package sample

import (
	"bytes"
	"strings"
	"testing"
)

func TestCorpus(t *testing.T) {
	pages, err := Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 2 || pages[0].Name != Pages()[0].Name {
		t.Fatalf("corpus: %d pages, first %q; want the seed first and bench pages after", len(pages), pages[0].Name)
	}
	seen := map[string]bool{}
	for _, p := range pages[1:] {
		if !strings.HasPrefix(p.URL, "https://") && !strings.HasPrefix(p.URL, "http://") {
			t.Errorf("%s: URL %q", p.Name, p.URL)
		}
		if !bytes.Contains(bytes.ToLower(p.Data[:min(len(p.Data), 4096)]), []byte("<html")) {
			t.Errorf("%s: not decompressed HTML", p.Name)
		}
		if seen[p.Name] {
			t.Errorf("%s twice", p.Name)
		}
		seen[p.Name] = true
	}
}
