package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "lede-example")
	defer os.RemoveAll(dir)
	s, err := sqlite.Open(ctx, filepath.Join(dir, "news.db"), sqlite.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	a := &lede.Article{
		URL:       "https://news.example.org/ferry",
		Title:     "Ferries sail again",
		Published: "2024-03-04",
		Text:      "The island ferries sailed again on Monday.",
		People:    []lede.Person{{Name: "Ana Lima", Aliases: []string{"Lima"}}},
		Quotes:    []lede.Quote{{Text: "We are back", Speaker: "Ana Lima", Kind: lede.QuoteDirect}},
	}
	for range 2 { // the second Put finds the article stored
		r, err := s.Put(ctx, store.Entry{Article: a, Source: "example"})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("id", r.ID, "created", r.Created)
	}
	res, _ := s.Search(ctx, store.Query{Q: "ferries", Person: "Lima"})
	fmt.Println(res.Total, res.Results[0].Title, "|", res.Results[0].Snippet)
	q, _ := s.Quotes(ctx, store.QuoteQuery{Speaker: "Ana Lima"})
	fmt.Printf("%s: %q\n", q.Results[0].Speaker, q.Results[0].Text)
	// Output:
	// id 1 created true
	// id 1 created false
	// 1 Ferries sail again | The island ferries sailed again on Monday.
	// Ana Lima: "We are back"
}
