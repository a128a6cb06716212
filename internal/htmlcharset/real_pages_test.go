package htmlcharset

import (
	"bytes"
	"github.com/ledehq/lede/internal/sharedtest"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// TestSniffRealPages converts the benchmark's non-English pages (stored as
// UTF-8) to the legacy encodings of their script, removes every charset
// declaration, and checks that sniffing reads them back exactly.
func TestSniffRealPages(t *testing.T) {
	root := sharedtest.Path(t, "bench")
	files, _ := filepath.Glob(filepath.Join(root, "readability", "*", "source.html.gz"))
	more, _ := filepath.Glob(filepath.Join(root, "scrapinghub", "html", "*.html.gz"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skipf("no benchmark pages in %s (../shared is absent)", root)
	}
	byFamily := map[family][]candidate{}
	for _, c := range candidates {
		fam := c.fam
		if fam == famTraditional {
			fam = famSimplified // Chinese pages are tried in gbk and big5
		}
		if fam == famCentral {
			fam = famLatin // Latin pages in windows-1252 and windows-1250
		}
		byFamily[fam] = append(byFamily[fam], c)
	}
	tried, right := 0, 0
	for _, f := range files {
		p := readGzip(t, f)
		if !utf8.Valid(p) {
			continue
		}
		fam, ok := dominantFamily(p)
		if !ok {
			continue
		}
		p = undeclare(p)
		for _, c := range byFamily[fam] {
			// Characters the encoding lacks become character references,
			// as in real legacy pages.
			legacy, err := encoding.HTMLEscapeUnsupported(c.enc.NewEncoder()).Bytes(p)
			if err != nil {
				t.Fatal(err)
			}
			want, err := c.enc.NewDecoder().Bytes(legacy)
			if err != nil {
				t.Fatal(err)
			}
			tried++
			out, name, _ := Decode(legacy, "")
			if bytes.Equal(out, want) {
				right++
			} else {
				t.Logf("%s in %s: read as %s", filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), c.name, name)
			}
		}
	}
	t.Logf("sniffed %d of %d real pages right", right, tried)
	if tried < 20 {
		t.Fatalf("only %d pages tried", tried)
	}
	if right*100 < tried*90 {
		t.Errorf("sniffed %d of %d pages right, want at least 90%%", right, tried)
	}
}

// dominantFamily names the script family of a page with at least 100
// letters outside ASCII, most of them of one family.
func dominantFamily(p []byte) (family, bool) {
	var n [numFamilies]int
	total := 0
	for _, r := range string(p) {
		if r < utf8.RuneSelf || !unicode.IsLetter(r) {
			continue
		}
		total++
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			n[famJapanese] += 10 // kana mark Japanese among the Han
		case r >= 0xAC00 && r <= 0xD7A3:
			n[famKorean]++
		case unicode.Is(unicode.Han, r):
			n[famSimplified]++
		case unicode.Is(unicode.Cyrillic, r):
			n[famCyrillic]++
		case unicode.Is(unicode.Greek, r):
			n[famGreek]++
		case unicode.Is(unicode.Latin, r):
			n[famLatin]++
		}
	}
	if total < 100 {
		return 0, false
	}
	best := famLatin
	for f := range n {
		if n[f] > n[best] {
			best = family(f)
		}
	}
	return best, n[best]*2 > total
}

// undeclare hides every charset declaration of a page ("charset",
// "encoding=" in any case) by changing one letter.
func undeclare(p []byte) []byte {
	p = bytes.Clone(p)
	for _, w := range []string{"charset", "encoding="} {
		for i := 0; i+len(w) <= len(p); i++ {
			if hasPrefixFold(p[i:], w) {
				p[i+1] = '_'
			}
		}
	}
	return p
}
