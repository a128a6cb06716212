package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/ledehq/lede/internal/htmlcharset"
)

// FuzzExtract checks that Extract never panics and never invents text:
// every word of the body is found in the text of the page as parsed.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(page("<title>T</title>", "<article><p>"+story1+"</p><p>"+story2+"</p></article>")))
	f.Add([]byte(`<p>a&amp;b <b>bo</b>ld<br>x</p><blockquote class="twitter-tweet"><p>hi</p>&mdash; A (@a) <a href="/s/status/1">May 1, 2020</a></blockquote>`))
	f.Add([]byte(`<table><tr><td>1<td>2<tr><th>x</table><ul><li>a<ul><li>b</ul></ul><pre>  code
 here</pre>`))
	f.Add([]byte(`<div hidden><p>` + story3 + `</p></div><span><p>abc def ghi</p></span>`))
	f.Add([]byte("<html><body><div>" + strings.Repeat("<div>", 300) + story1))
	f.Add([]byte(`<script type="application/ld+json">{"@type":["Product"]}</script>` + productPage))
	f.Add([]byte(`<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>` + post1 + `</p><section class="replies"><article itemscope itemtype="https://schema.org/Comment"><p>` + post2 + `</p></article></section></div>`))
	f.Add([]byte(page("<title>Tillers</title>", shopPage())))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := Extract(context.Background(), in, Options{URL: "https://example.com/a/b"})
		if err != nil || a == nil {
			return
		}
		decoded, _, err := htmlcharset.Decode(in, "")
		if err != nil {
			return
		}
		doc, err := html.ParseWithOptions(bytes.NewReader(decoded), html.ParseOptionEnableScripting(false))
		if err != nil {
			return
		}
		// Words may join across elements ("bo<b>ld</b>"), also across
		// elements a reader does not see ("a<script>x</script>b" reads
		// "ab"); no-break spaces split them. So the page text is run
		// together three ways: everything; without unseen elements;
		// without unseen or hidden elements. A word must be in one.
		all := pageText(doc, func(*html.Node) bool { return false })
		seen := pageText(doc, func(n *html.Node) bool { return skipTag(n.DataAtom) && n.DataAtom != atom.Noscript })
		shown := pageText(doc, func(n *html.Node) bool { return skipTag(n.DataAtom) || hiddenNode(n) })
		for _, w := range strings.Fields(a.Text) {
			if !strings.Contains(all, w) && !strings.Contains(seen, w) && !strings.Contains(shown, w) {
				t.Fatalf("word %q of the body is not in the page text", w)
			}
		}
	})
}

// pageText runs together the text of the page, leaving out the elements
// that skip reports, with no-break spaces read as spaces.
func pageText(doc *html.Node, skip func(*html.Node) bool) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && skip(n) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.ReplaceAll(sb.String(), "\u00a0", " ")
}

// FuzzReadJSONLD checks that the JSON-LD type scan never panics and counts
// no more types than the text has "@type" keys and list items.
func FuzzReadJSONLD(f *testing.F) {
	f.Add(`{"@type":"NewsArticle"}`)
	f.Add(`{"@graph":[{"@type":["ItemList","WebPage"]},{"@type" : "Product"}]}`)
	f.Add(`{"@type":`)
	f.Add(`"@type":["Article"`)
	f.Fuzz(func(t *testing.T, text string) {
		var s pageSigns
		s.readJSONLD(text)
		keys := strings.Count(text, `"@type"`)
		if n := s.articles + s.lists + s.products; n > keys*(1+strings.Count(text, ",")) {
			t.Errorf("%d types counted from %d @type keys in %q", n, keys, text)
		}
	})
}
