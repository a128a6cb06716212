// Package dates finds date expressions in article text, absolute ("July 16",
// "in March", "2014") and relative ("Thursday", "a day after", "earlier this
// month", "last year"), and resolves them against the publication date with
// the tense of the sentence deciding direction.
package dates

import "github.com/ledehq/lede"

// Find returns the date mentions of text resolved against published (an
// Article.Published value; empty leaves relative dates unresolved).
// STUB.
func Find(text, published string) []lede.DateMention { return nil }
