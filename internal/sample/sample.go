// Package sample embeds the pages lede reads when it is given none: the
// founding example, a news story captured as flattened page text with the
// whole site around it (see LICENSES.md at the repository root for its source).
package sample

import _ "embed"

//go:embed fortune-trump-putin-helsinki.txt
var seedText []byte

// Page is one bundled page.
type Page struct {
	Name string // file name, used as the input's name in output
	Data []byte
}

// Pages returns the bundled pages, the default input of "lede extract".
func Pages() []Page {
	return []Page{{Name: "sample:fortune-trump-putin-helsinki.txt", Data: seedText}}
}
