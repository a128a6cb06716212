package ingest

import (
	"bytes"
)

// Kind is what a source holds, as decided by SniffKind.
type Kind int

// The kinds of source.
const (
	KindPage     Kind = iota // one page (HTML or flattened text): read as an article
	KindFeed                 // RSS, RSS 1.0 (RDF), Atom or JSON Feed: its items' links are fetched
	KindSitemap              // a sitemap <urlset>: its <loc> URLs are fetched
	KindSitemaps             // a <sitemapindex>: its sitemaps are read in turn
	KindWARC                 // a WARC file: its HTTP response records are read as pages
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case KindPage:
		return "page"
	case KindFeed:
		return "feed"
	case KindSitemap:
		return "sitemap"
	case KindSitemaps:
		return "sitemap index"
	case KindWARC:
		return "WARC"
	}
	return "unknown"
}

// sniffBytes is how much of a source SniffKind looks at.
const sniffBytes = 4096

// SniffKind decides what a source holds from its first bytes (after
// gunzip, which the caller does; see sniffReader). The rule, in order:
//
//   - "WARC/1." at the very start: a WARC file;
//   - a JSON object whose first 4 kB name "https://jsonfeed.org/version/"
//     (or the http form): a JSON Feed;
//   - XML whose first element, after a BOM, blanks, the XML declaration,
//     comments, processing instructions and a DOCTYPE, is rss, RDF (RSS 1.0)
//     or feed (Atom): a feed; urlset: a sitemap; sitemapindex: a sitemap
//     index. Namespace prefixes are ignored ("<ns:urlset" counts);
//   - anything else is a page.
//
// A source's name never decides its kind: a feed saved as page.html is read
// as a feed, and an HTML page served from /feed.xml as a page.
func SniffKind(head []byte) Kind {
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return KindWARC
	}
	h := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	h = bytes.TrimLeft(h, " \t\r\n")
	if len(h) > 0 && h[0] == '{' {
		if bytes.Contains(h, []byte("://jsonfeed.org/version/")) && bytes.Contains(h, []byte(`"version"`)) {
			return KindFeed
		}
		return KindPage
	}
	switch firstElement(h) {
	case "rss", "rdf", "feed":
		return KindFeed
	case "urlset":
		return KindSitemap
	case "sitemapindex":
		return KindSitemaps
	}
	return KindPage
}

// firstElement returns the lower-case local name of the first element in an
// XML-ish text, skipping the prolog; "" when the text does not start so.
func firstElement(h []byte) string {
	for {
		h = bytes.TrimLeft(h, " \t\r\n")
		if len(h) < 2 || h[0] != '<' {
			return ""
		}
		switch {
		case bytes.HasPrefix(h, []byte("<?")):
			end := bytes.Index(h, []byte("?>"))
			if end < 0 {
				return ""
			}
			h = h[end+2:]
		case bytes.HasPrefix(h, []byte("<!--")):
			end := bytes.Index(h[4:], []byte("-->"))
			if end < 0 {
				return ""
			}
			h = h[4+end+3:]
		case bytes.HasPrefix(h, []byte("<!")):
			// A DOCTYPE, possibly with an internal subset in brackets.
			depth := 0
			i := 2
			for ; i < len(h); i++ {
				if h[i] == '[' {
					depth++
				} else if h[i] == ']' {
					depth--
				} else if h[i] == '>' && depth <= 0 {
					break
				}
			}
			if i >= len(h) {
				return ""
			}
			if dt := bytes.ToLower(h[:i]); bytes.HasPrefix(dt, []byte("<!doctype html")) {
				return "html"
			}
			h = h[i+1:]
		default:
			name := h[1:]
			end := bytes.IndexAny(name, " \t\r\n/>")
			if end < 0 {
				return ""
			}
			name = name[:end]
			if i := bytes.LastIndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			return string(bytes.ToLower(name))
		}
	}
}
