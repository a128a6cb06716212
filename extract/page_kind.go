package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// pageSigns counts what a page declares about itself: the schema.org types
// of its JSON-LD blocks and microdata items. The content
// finder reads them to tell a story from a page of another kind (a shop
// category, a forum thread) when the text alone is ambiguous.
type pageSigns struct {
	articles int // Article, NewsArticle, BlogPosting, Report... (one per mention)
	lists    int // ItemList, CollectionPage, SearchResultsPage, OfferCatalog
	products int // Product, ProductGroup, IndividualProduct
}

// addType counts one schema.org type name (a bare name or a URL).
func (s *pageSigns) addType(t string) {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexByte(t, '/'); i >= 0 {
		t = t[i+1:]
	}
	if i := strings.LastIndexByte(t, ':'); i >= 0 {
		t = t[i+1:] // "schema:NewsArticle"
	}
	switch {
	case strings.HasSuffix(t, "Article"), t == "BlogPosting", t == "LiveBlogPosting", t == "Report":
		s.articles++
	case t == "ItemList", t == "CollectionPage", t == "SearchResultsPage", t == "OfferCatalog":
		s.lists++
	case t == "Product", t == "ProductGroup", t == "IndividualProduct":
		s.products++
	}
}

// readJSONLD counts the "@type" values of a JSON-LD block. It scans the
// text rather than decoding it, so a block with a syntax error still
// counts, and a large one costs one pass.
func (s *pageSigns) readJSONLD(text string) {
	const key = `"@type"`
	for {
		i := strings.Index(text, key)
		if i < 0 {
			return
		}
		text = strings.TrimLeft(text[i+len(key):], " \t\r\n")
		if !strings.HasPrefix(text, ":") {
			continue
		}
		text = strings.TrimLeft(text[1:], " \t\r\n")
		end := len(text)
		if strings.HasPrefix(text, "[") {
			if j := strings.IndexByte(text, ']'); j >= 0 {
				end = j
			}
		} else if strings.HasPrefix(text, `"`) {
			if j := strings.IndexByte(text[1:], '"'); j >= 0 {
				end = j + 2
			}
		} else {
			continue
		}
		for _, part := range strings.Split(text[:end], ",") {
			if t := strings.Trim(strings.TrimSpace(part), `[]"`); t != "" {
				s.addType(t)
			}
		}
		text = text[end:]
	}
}

// readScript counts the types of a <script type="application/ld+json">.
func (s *pageSigns) readScript(n *html.Node) {
	if !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			s.readJSONLD(c.Data)
		}
	}
}

// declaresArticle reports whether the page names itself one story: an
// article type once or twice (a list of stories marks every item) and no
// list type. og:type is not read: many sites say "article" on every page.
func (s *pageSigns) declaresArticle() bool {
	return s.lists == 0 && s.articles > 0 && s.articles <= 2
}

// declaresProduct reports whether the page names itself one product: a
// product type, and no list or article type.
func (s *pageSigns) declaresProduct() bool {
	return s.products > 0 && s.lists == 0 && s.articles == 0
}
