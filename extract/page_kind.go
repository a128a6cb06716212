package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageSigns counts what a page declares about itself: the schema.org types
// of its JSON-LD blocks and microdata items, and its og:type. The content
// finder reads them to tell a story from a page of another kind (a shop
// category, a forum thread) when the text alone is ambiguous.
type pageSigns struct {
	articles int    // Article, NewsArticle, BlogPosting, Report... (one per mention)
	lists    int    // ItemList, CollectionPage, SearchResultsPage, OfferCatalog
	ogType   string // the og:type value, lowercased
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

// readMeta keeps the og:type of a <meta> element.
func (s *pageSigns) readMeta(n *html.Node) {
	if n.DataAtom != atom.Meta || s.ogType != "" {
		return
	}
	if p := attr(n, "property"); p == "og:type" || attr(n, "name") == "og:type" {
		s.ogType = strings.ToLower(strings.TrimSpace(attr(n, "content")))
	}
}

// declaresArticle reports whether the page names itself one story: an
// article type once or twice (a list of stories marks every item), or an
// og:type of article, and no list type.
func (s *pageSigns) declaresArticle() bool {
	if s.lists > 0 {
		return false
	}
	return (s.articles > 0 && s.articles <= 2) || (s.articles == 0 && s.ogType == "article")
}
