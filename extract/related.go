package extract

import (
	"github.com/ledehq/lede"
)

// related lists teasers of other stories: links with headline-like text
// inside boxes named as related, recommended or popular outside the body.
// STUB until the content finder is tuned.
func (f *finder) related(blocks []lede.Block) []lede.Related {
	return nil
}
