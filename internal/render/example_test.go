package render_test

import (
	"os"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/render"
)

func ExampleMarkdown() {
	a := &lede.Article{
		Title:     "Council approves budget",
		Authors:   []string{"Jo Park"},
		Published: "2026-03-02",
		Blocks: []lede.Block{
			{Kind: lede.KindParagraph, Text: "The council voted 7-2 on Monday."},
			{Kind: lede.KindListItem, Level: 1, Text: "Roads: 40%"},
			{Kind: lede.KindListItem, Level: 1, Text: "Schools: 35%"},
			{Kind: lede.KindBlockQuote, Text: "A fair budget."},
		},
	}
	render.Markdown(os.Stdout, a)
	// Output:
	// # Council approves budget
	//
	// *By Jo Park · 2026-03-02*
	//
	// The council voted 7-2 on Monday.
	//
	// - Roads: 40%
	// - Schools: 35%
	//
	// > A fair budget.
}

func ExampleText() {
	a := &lede.Article{
		Title:   "Council approves budget",
		Authors: []string{"Jo Park", "Lee Chan"},
		Text:    "The council voted 7-2 on Monday.",
	}
	render.Text(os.Stdout, a)
	// Output:
	// Council approves budget
	// By Jo Park and Lee Chan
	//
	// The council voted 7-2 on Monday.
}
