package extract

import (
	"golang.org/x/net/html"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/htmlmeta"
)

// content is what the content finder returns.
type content struct {
	blocks  []lede.Block
	related []lede.Related
}

// findContent locates the main content of the page and turns it into blocks.
// STUB: to be replaced by the real content finder.
func findContent(doc *html.Node, md *htmlmeta.Metadata) content {
	return content{}
}

// renderHTML writes the blocks as sanitized HTML.
// STUB.
func renderHTML(blocks []lede.Block) string { return "" }
