package extract_test

import (
	"context"
	"fmt"

	"github.com/ledehq/lede/extract"
)

func ExampleExtract() {
	page := []byte(`<html><head><title>Harbour wall to be rebuilt</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
  <h1>Harbour wall to be rebuilt</h1>
  <p>By Jane Doe</p>
  <p>The council voted on Tuesday to rebuild the old harbour wall, a project debated for a decade.</p>
  <h2>The cost</h2>
  <p>Engineers said the wall would cost about twelve million euros, and work will start in spring.</p>
  <p><img src="/img/wall.jpg" alt="The wall"></p>
</article>
<footer>Copyright 2026 The Gazette</footer>
</body></html>`)
	a, err := extract.Extract(context.Background(), page, extract.Options{URL: "https://news.example.com/wall"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, b := range a.Blocks {
		fmt.Printf("%s: %s%s\n", b.Kind, b.Text, b.Src)
	}
	fmt.Println(a.WordCount, "words")
	// Output:
	// paragraph: The council voted on Tuesday to rebuild the old harbour wall, a project debated for a decade.
	// heading: The cost
	// paragraph: Engineers said the wall would cost about twelve million euros, and work will start in spring.
	// image: https://news.example.com/img/wall.jpg
	// 35 words
}
