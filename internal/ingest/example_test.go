package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store/sqlite"
)

func ExampleIngester_Page() {
	dir, _ := os.MkdirTemp("", "lede-example")
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "news.db"), sqlite.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	in := ingest.New(st, ingest.Options{})
	page := []byte(`<html><head><title>Ferries sail again</title></head><body><article>
<h1>Ferries sail again</h1>
<p>The island ferries sailed again on Monday after a week of storms kept every boat in the harbour.</p>
<p>Operators added evening crossings, and the harbour master asked drivers to arrive an hour early.</p>
<p>Shops on the islands said fresh food had run short while the crossings were suspended.</p>
</article></body></html>`)
	for range 2 {
		id, outcome, err := in.Page(context.Background(), ingest.Page{Name: "ferry.html", URL: "https://news.example.org/ferry", Data: page})
		fmt.Println(id, outcome, err)
	}
	// Output:
	// 1 stored <nil>
	// 1 skipped <nil>
}

func ExampleSniffKind() {
	for _, head := range []string{
		`<?xml version="1.0"?><rss version="2.0"><channel>`,
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
		"WARC/1.1\r\nWARC-Type: warcinfo\r\n",
		`<!doctype html><html><head><title>Feed</title>`,
	} {
		fmt.Println(ingest.SniffKind([]byte(head)))
	}
	// Output:
	// feed
	// sitemap
	// WARC
	// page
}
