// Package pipeline wires lede's reading stages in order: recognise the input
// (HTML or flattened text), extract the article, and, when asked, understand
// it. It is the one function the CLI, the crawler and the server call; it
// does no I/O of its own and does not store articles (package ingest does).
//
// Its benchmarks measure the whole path on the WCXB dev pages in CPU time
// per page: BenchmarkReadWCXB (extraction, then understanding) and
// BenchmarkIngestWCXB (what lede ingest --workers 2 does, store included).
package pipeline

import (
	"bytes"
	"context"
	"fmt"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/extract"
	"github.com/ledehq/lede/flat"
	"github.com/ledehq/lede/internal/htmlcharset"
	"github.com/ledehq/lede/understand"
)

// Format names the form of an input page.
type Format string

// The input formats. FormatAuto recognises the other two.
const (
	FormatAuto Format = "auto"
	FormatHTML Format = "html"
	FormatText Format = "text"
)

// Options tunes Read. The zero value reads any input with default limits.
type Options struct {
	From        Format // zero or FormatAuto: recognise HTML or text from the bytes
	URL         string // the page's address, for links, dates and sections
	ContentType string // HTTP Content-Type, if the page was fetched
	MaxBytes    int64  // input cap; zero means the stage's default (20 MB)
	Understand  bool   // also run the understanding stages
	// Understander loads understanding's gazetteer and lexicons once for
	// all the pages a caller reads; nil loads them on each Read.
	Understander *understand.Loader
}

// Read turns one page into an Article.
func Read(ctx context.Context, page []byte, opts Options) (*lede.Article, error) {
	from := opts.From
	if from == "" || from == FormatAuto {
		from = Detect(page, opts.ContentType)
	}
	// 1. Extraction: the article's metadata and body.
	var a *lede.Article
	var err error
	switch from {
	case FormatHTML:
		// extract decodes the page itself: <meta charset> outranks sniffing.
		a, err = extract.Extract(ctx, page, extract.Options{URL: opts.URL, ContentType: opts.ContentType, MaxBytes: opts.MaxBytes})
	case FormatText:
		// Text in a legacy encoding keeps its letters: decode it as a page
		// would be (BOM, HTTP charset, sniffing) before reading lines.
		if max := opts.MaxBytes; max == 0 && len(page) > flat.DefaultMaxBytes || max > 0 && int64(len(page)) > max {
			return flat.Extract(ctx, page, flat.Options{URL: opts.URL, MaxBytes: opts.MaxBytes}) // reports the size
		}
		text, _, derr := htmlcharset.Decode(page, opts.ContentType)
		if derr != nil {
			return nil, fmt.Errorf("%w: %w", lede.ErrUnsupported, derr)
		}
		a, err = flat.Extract(ctx, text, flat.Options{URL: opts.URL, MaxBytes: opts.MaxBytes})
	default:
		return nil, fmt.Errorf("unknown input format %q (want auto, html or text)", from)
	}
	if err != nil || !opts.Understand {
		return a, err
	}
	// 2. Understanding: people, organizations, places, dates, quotes.
	if opts.Understander != nil {
		err = opts.Understander.Understand(ctx, a)
	} else {
		err = understand.Understand(ctx, a, understand.Options{})
	}
	if err != nil {
		return a, fmt.Errorf("understand: %w", err)
	}
	return a, nil
}

// Detect says whether a page is HTML or flattened text. A Content-Type of
// text/plain means text; otherwise HTML is recognised by markup near the
// start: a doctype, or one of the tags every HTML page carries.
func Detect(page []byte, contentType string) Format {
	if bytes.HasPrefix(bytes.TrimSpace([]byte(contentType)), []byte("text/plain")) {
		return FormatText
	}
	head := page
	if len(head) > 4096 {
		head = head[:4096]
	}
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		// UTF-16: look at the markup once decoded.
		head, _, _ = htmlcharset.Decode(head, "")
	}
	head = bytes.ToLower(head)
	for _, marker := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<meta "), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<script"), []byte("<?xml")} {
		if bytes.Contains(head, marker) {
			return FormatHTML
		}
	}
	return FormatText
}
