package render

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/ledehq/lede"
)

// allowedElements and allowedAttrs are everything HTML may write.
var allowedElements = map[string]bool{
	"html": true, "head": true, "meta": true, "title": true, "link": true, "body": true,
	"article": true, "header": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "br": true, "ul": true, "ol": true, "li": true, "blockquote": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
	"pre": true, "code": true, "figure": true, "figcaption": true, "img": true, "a": true, "time": true,
}

var allowedAttrs = map[string]bool{
	"lang": true, "charset": true, "name": true, "content": true, "rel": true, "href": true,
	"class": true, "datetime": true, "src": true, "alt": true,
}

// FuzzHTML renders articles made of fuzzed text and addresses and checks
// that the page holds only the elements and attributes HTML writes, that
// links and images keep only safe addresses, and that every renderer
// returns valid UTF-8 for valid UTF-8 input without panicking.
func FuzzHTML(f *testing.F) {
	f.Add("Title <script>alert(1)</script>", "para\nline", "javascript:alert(1)", "tweet", 2)
	f.Add("a\"b'c&d", "<img src=x onerror=alert(1)>", "https://x.example/a b", "you\"tube", 1)
	f.Add("", "# x\n> y\n1. z", "//evil.example/x", "", 7)
	f.Fuzz(func(t *testing.T, title, text, addr, kind string, level int) {
		for _, s := range []string{title, text, addr, kind} {
			if !utf8.ValidString(s) {
				return
			}
		}
		a := &lede.Article{
			Title: title, Authors: []string{title, text}, Published: text, Language: kind,
			URL: addr, Description: text,
			Blocks: []lede.Block{
				{Kind: lede.KindHeading, Level: level, Text: text},
				{Kind: lede.KindParagraph, Text: text},
				{Kind: lede.KindListItem, Level: level, Text: text},
				{Kind: lede.KindListItem, Level: level % 4, Ordered: true, Text: title},
				{Kind: lede.KindBlockQuote, Text: text},
				{Kind: lede.KindTable, Rows: [][]string{{title, text}, {addr}}},
				{Kind: lede.KindCode, Text: text},
				{Kind: lede.KindImage, Src: addr, Alt: title, Text: text},
				{Kind: lede.KindEmbed, Text: text, Embed: &lede.Embed{Kind: kind, URL: addr, Author: title, Handle: text, Date: text, Text: text}},
			},
		}
		var out bytes.Buffer
		if err := HTML(&out, a); err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("output does not parse: %v", err)
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				if !allowedElements[n.Data] {
					t.Fatalf("element <%s> in output:\n%s", n.Data, out.String())
				}
				for _, at := range n.Attr {
					if !allowedAttrs[at.Key] {
						t.Fatalf("attribute %s on <%s> in output:\n%s", at.Key, n.Data, out.String())
					}
					if (at.Key == "href" || at.Key == "src") && !safeURL(at.Val) {
						t.Fatalf("unsafe address %q in output", at.Val)
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		for _, render := range []func(*bytes.Buffer, *lede.Article) error{
			func(b *bytes.Buffer, a *lede.Article) error { return Text(b, a) },
			func(b *bytes.Buffer, a *lede.Article) error { return Markdown(b, a) },
		} {
			var b bytes.Buffer
			if err := render(&b, a); err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(b.Bytes()) {
				t.Fatalf("invalid UTF-8 output")
			}
		}
		if strings.Contains(strings.ToLower(out.String()), "<script") {
			t.Fatal("script element in output")
		}
	})
}
