// Package understand reads an extracted article and finds what it says: the
// people, organizations and places it names (places geocoded), the dates it
// mentions (resolved against the publication date) and who said what.
// Understand is the one ordered pipeline of the understanding stages; each
// stage is its own subpackage usable alone.
package understand

import (
	"context"

	"github.com/ledehq/lede"
)

// Options tunes Understand. The zero value is ready to use.
type Options struct{}

// Understand fills the understanding fields of a (People, Organizations,
// Places, Dates, Quotes) from a.Text. Offsets are bytes into a.Text.
// STUB.
func Understand(ctx context.Context, a *lede.Article, opts Options) error {
	return ctx.Err()
}
