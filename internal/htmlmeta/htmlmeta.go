// Package htmlmeta reads an HTML page's metadata from every source it offers
// (JSON-LD, OpenGraph, Twitter cards, <meta>, microdata, <time>, <link>, the
// URL) and reconciles them into one title, byline, set of dates and so on.
// It does not find the article body.
package htmlmeta

import (
	"net/url"

	"golang.org/x/net/html"

	"github.com/ledehq/lede"
)

// Metadata is what the page says about itself.
// STUB: fields will grow.
type Metadata struct {
	Base      *url.URL
	Title     string
	Authors   []string
	Published string
}

// Read collects the metadata of a parsed page. base is the page URL (nil if unknown).
func Read(doc *html.Node, base *url.URL) *Metadata {
	return &Metadata{Base: base}
}

// Article returns a new Article with the metadata fields filled in.
func (m *Metadata) Article() *lede.Article {
	a := &lede.Article{Title: m.Title, Authors: m.Authors, Published: m.Published}
	if m.Base != nil {
		a.URL = m.Base.String()
	}
	return a
}
