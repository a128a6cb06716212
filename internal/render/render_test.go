package render

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func loadArticle(t *testing.T) *lede.Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a lede.Article
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return &a
}

// TestGolden renders testdata/article.json, which holds every kind of block
// and hostile text, in each format and compares with the golden files.
func TestGolden(t *testing.T) {
	a := loadArticle(t)
	for _, tt := range []struct {
		golden string
		render func(*bytes.Buffer, *lede.Article) error
	}{
		{"article.txt", func(b *bytes.Buffer, a *lede.Article) error { return Text(b, a) }},
		{"article.md", func(b *bytes.Buffer, a *lede.Article) error { return Markdown(b, a) }},
		{"article.html", func(b *bytes.Buffer, a *lede.Article) error { return HTML(b, a) }},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b, a); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s differs (-want +got):\n%s", tt.golden, diff)
			}
		})
	}
}

func TestHTMLIsSanitized(t *testing.T) {
	a := loadArticle(t)
	var b bytes.Buffer
	if err := HTML(&b, a); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script", "javascript:", "<two>", "onerror", "style="} {
		if strings.Contains(strings.ToLower(out), bad) {
			t.Errorf("HTML output contains %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; stays text.") {
		t.Error("script text was not kept as escaped text")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	tests := map[string]string{
		"# heading":       `\# heading`,
		"1. item":         `1\. item`,
		"12) item":        `12\) item`,
		"2024. A year":    `2024\. A year`,
		"- dash":          `\- dash`,
		"a *b* _c_ [d]":   `a \*b\* \_c\_ \[d\]`,
		"x > y":           "x > y",
		"> quote":         `\> quote`,
		"<b>bold</b>":     `\<b>bold\</b>`,
		"back\\slash `c`": "back\\\\slash \\`c\\`",
		"1.5 million":     "1.5 million",
	}
	for in, want := range tests {
		if got := mdEscapeLine(in); got != want {
			t.Errorf("mdEscapeLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextWithoutMetadata(t *testing.T) {
	var b bytes.Buffer
	Text(&b, &lede.Article{Text: "Only a body.\n\nTwo paragraphs."})
	if got, want := b.String(), "Only a body.\n\nTwo paragraphs.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	b.Reset()
	Text(&b, &lede.Article{Title: "Just a title", Published: "2026-01-02"})
	if got, want := b.String(), "Just a title\n2026-01-02\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestAuthorList(t *testing.T) {
	for in, want := range map[string]string{"": "", "A": "A", "A|B": "A and B", "A|B|C": "A, B and C"} {
		var names []string
		if in != "" {
			names = strings.Split(in, "|")
		}
		if got := authorList(names); got != want {
			t.Errorf("authorList(%q) = %q, want %q", names, got, want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://a.example/x": true, "http://a.example": true, "/relative/path.jpg": true,
		"javascript:alert(1)": false, "JavaScript:alert(1)": false, "data:text/html,x": false,
		"": false, "vbscript:x": false, "https://": false,
	} {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %v, want %v", in, got, want)
		}
	}
}
