// Package extract reads one HTML page and returns the article it carries: the
// title, byline, dates, section and other metadata reconciled from every
// source the page offers (JSON-LD, OpenGraph, meta tags, microdata, <time>,
// bylines in the text, the URL), and the body as ordered blocks with its plain
// text and sanitized HTML. Pages that are not stories (a forum thread, a
// shop category, a list of links, a landing page, a product) are read by
// the same finder with a few rules of their own, keyed to structure and to
// the schema.org types the page declares (docs/extract.md): the posts of a
// thread, the entries of a list and the description of a product are their
// body.
//
// It does not fetch pages, follow links, run scripts or read flattened text
// (package flat does that); it never invents text: every word of the body is a
// word of the page. The page is parsed once with golang.org/x/net/html.
package extract

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/binsniff"
	"github.com/ledehq/lede/internal/htmlcharset"
	"github.com/ledehq/lede/internal/htmlmeta"
)

// DefaultMaxBytes is the input cap used when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Options tunes Extract. The zero value is ready to use.
type Options struct {
	// URL is the page's address, used to resolve relative links and images
	// and as a source of dates and sections. Empty: links stay as written
	// unless the page has a <base href> or a canonical URL.
	URL string
	// ContentType is the HTTP Content-Type header the page came with, if
	// any; its charset parameter outranks <meta charset>.
	ContentType string
	// MaxBytes caps the input size. Zero means DefaultMaxBytes; negative
	// means no cap.
	MaxBytes int64
}

// Extract reads the HTML page and returns its article.
//
// Errors wrap the sentinels of package lede: ErrEmptyInput, ErrTooLarge,
// ErrUnsupported (binary data, a PDF or image, an unknown charset, nesting
// deeper than the HTML parser allows), and ErrNoArticle, in which case the
// returned Article still carries the metadata found. Extract checks ctx
// between stages and returns ctx.Err() once it is done.
func Extract(ctx context.Context, page []byte, opts Options) (*lede.Article, error) {
	max := opts.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	if max > 0 && int64(len(page)) > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", lede.ErrTooLarge, len(page), max)
	}
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, lede.ErrEmptyInput
	}
	if kind := binsniff.Kind(page); kind != "" {
		return nil, fmt.Errorf("%w: %s, not HTML", lede.ErrUnsupported, kind)
	}
	utf8Page, _, err := htmlcharset.Decode(page, opts.ContentType)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", lede.ErrUnsupported, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Scripting off: <noscript> content is parsed as markup, since some
	// sites (forum software among them) serve the readable page there.
	doc, err := html.ParseWithOptions(bytes.NewReader(utf8Page), html.ParseOptionEnableScripting(false))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements exceeds") {
			// The parser's own limit (512 open elements); say it plainly.
			return nil, fmt.Errorf("%w: elements nested more than 512 deep (%w)", lede.ErrUnsupported, err)
		}
		return nil, fmt.Errorf("%w: %w", lede.ErrUnsupported, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var base *url.URL
	if opts.URL != "" {
		if u, err := url.Parse(opts.URL); err == nil && u.IsAbs() {
			base = u
		}
	}
	return fromDocument(ctx, doc, base)
}

// fromDocument runs the stages on a parsed page: metadata first (it names the
// title and byline the content finder looks for), then the main content.
func fromDocument(ctx context.Context, doc *html.Node, base *url.URL) (*lede.Article, error) {
	md := htmlmeta.Read(doc, base)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a := md.Article()
	body := findContent(doc, md)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a.Blocks = body.blocks
	a.Related = body.related
	finish(a)
	if len(a.Blocks) == 0 {
		return a, lede.ErrNoArticle
	}
	return a, nil
}

// countWords is len(strings.Fields(s)) without building the slice of words:
// the runs of non-space runes (unicode.IsSpace, as strings.Fields splits).
func countWords(s string) int {
	n, inWord := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// finish derives Text, HTML and WordCount from the blocks.
func finish(a *lede.Article) {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Kind == lede.KindImage || bl.Text == "" {
			continue // a caption is not story text; it stays on its block
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	a.Text = b.String()
	a.WordCount = countWords(a.Text)
	a.HTML = renderHTML(a.Blocks)
}
