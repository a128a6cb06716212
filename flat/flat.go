// Package flat reads flattened page text (a text-browser dump, a copy-paste,
// a crawl archive's page text) that still carries the whole site around the
// article, and returns the article: title, byline, date, section, site, the
// body as blocks, and the teasers of related stories.
//
// It does not read HTML (package extract does) and never rewrites text: every
// body line is a line of the input, white space aside.
package flat

import (
	"context"

	"github.com/ledehq/lede"
)

// DefaultMaxBytes is the input cap used when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Options tunes Extract. The zero value is ready to use.
type Options struct {
	// URL is the page's address, if known.
	URL string
	// MaxBytes caps the input size. Zero means DefaultMaxBytes; negative
	// means no cap.
	MaxBytes int64
}

// Extract reads flattened page text and returns its article.
// STUB.
func Extract(ctx context.Context, text []byte, opts Options) (*lede.Article, error) {
	return &lede.Article{}, lede.ErrNoArticle
}
