package ingest

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Defaults of the sitemap limits in Options.
const (
	// DefaultMaxSitemapURLs is the sitemap protocol's own limit of URLs in
	// one sitemap file (and of sitemaps in one index).
	DefaultMaxSitemapURLs = 50_000
	// DefaultMaxSourceURLs caps the page URLs one run takes from feeds and
	// sitemaps together.
	DefaultMaxSourceURLs = 1_000_000
	// DefaultSitemapDepth is how many levels of sitemap indexes are
	// followed below the source: an index (depth 0) listing sitemaps
	// (depth 1) listing further indexes (depth 2), and so on.
	DefaultSitemapDepth = 3
	// DefaultMaxSitemapBytes caps a sitemap after decompression (the
	// protocol allows 50 MB).
	DefaultMaxSitemapBytes = 64 << 20
)

// parseSitemap reads a sitemap (<urlset>) or sitemap index
// (<sitemapindex>) as a stream of XML tokens and calls emit with each <loc>
// in document order: page URLs for a urlset, with the Google News
// extension's publication_date and title as hints, or sitemap URLs for an
// index. Namespace prefixes are ignored; entities and unclosed tags are
// tolerated (many sitemaps have a raw & in their URLs). At most max
// entries are emitted; truncated says how many more there were. An emit
// error stops the walk and is returned.
func parseSitemap(r io.Reader, max int, emit func(l link, index bool) error) (kind Kind, emitted, truncated int, err error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	var (
		root    string
		itemTag string
		depth   int // of the element being read: the root is 1, an item 2
		inItem  bool
		inNews  bool
		field   string // the field whose text is being read: loc, title, date
		cur     link
		text    strings.Builder
	)
	for {
		tok, terr := d.Token()
		if terr == io.EOF {
			break
		}
		if terr != nil {
			if root == "" {
				return KindPage, emitted, truncated, fmt.Errorf("not a readable sitemap: %w", terr)
			}
			return kindOfRoot(root), emitted, truncated, fmt.Errorf("sitemap XML broken after %d entries: %w", emitted+truncated, terr)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if root == "" {
				root = name
				if root != "urlset" && root != "sitemapindex" {
					return KindPage, 0, 0, fmt.Errorf("not a sitemap: the document is <%s>", t.Name.Local)
				}
				itemTag = "url"
				if root == "sitemapindex" {
					itemTag = "sitemap"
				}
				continue
			}
			// Only an item's own <loc> counts: an image or video
			// extension's <image:loc> inside it is no page.
			switch {
			case depth == 2 && name == itemTag:
				inItem, inNews, cur = true, false, link{}
			case !inItem:
			case depth == 3 && name == "loc":
				field = "loc"
				text.Reset()
			case depth == 3 && name == "lastmod":
				field = "lastmod"
				text.Reset()
			case depth == 3 && name == "news":
				inNews = true
			case depth == 4 && inNews && name == "publication_date":
				field = "date"
				text.Reset()
			case depth == 4 && inNews && name == "title":
				field = "title"
				text.Reset()
			}
		case xml.CharData:
			if field != "" && text.Len() < 8<<10 {
				text.Write(t)
			}
		case xml.EndElement:
			name := strings.ToLower(t.Name.Local)
			switch {
			case field == "loc" && name == "loc":
				cur.URL = strings.TrimSpace(text.String())
				field = ""
			case field == "lastmod" && name == "lastmod":
				if t, ok := parseW3CDate(text.String()); ok && t.After(cur.Date) {
					cur.Date = t // the later of lastmod and publication_date
				}
				field = ""
			case field == "date" && name == "publication_date":
				cur.Published = strings.TrimSpace(text.String())
				if t, ok := parseW3CDate(cur.Published); ok && t.After(cur.Date) {
					cur.Date = t
				}
				field = ""
			case field == "title" && name == "title":
				cur.Title = strings.TrimSpace(text.String())
				field = ""
			case depth == 3 && name == "news":
				inNews = false
			case depth == 2 && name == itemTag && inItem:
				inItem, inNews, field = false, false, ""
				if cur.URL != "" {
					if emitted >= max {
						truncated++
					} else {
						emitted++
						if err := emit(cur, root == "sitemapindex"); err != nil {
							return kindOfRoot(root), emitted, truncated, err
						}
					}
				}
			}
			depth--
		}
	}
	if root == "" {
		return KindPage, 0, 0, errors.New("not a sitemap: no XML element")
	}
	return kindOfRoot(root), emitted, truncated, nil
}

func kindOfRoot(root string) Kind {
	if root == "sitemapindex" {
		return KindSitemaps
	}
	return KindSitemap
}

// w3cLayouts are the forms of the W3C datetime profile sitemaps use, and a
// few near misses seen in the wild.
var w3cLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "2006-01", "2006",
}

// parseW3CDate reads a sitemap date; false when it is in none of the forms.
func parseW3CDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range w3cLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
