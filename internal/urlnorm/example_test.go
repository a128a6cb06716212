package urlnorm_test

import (
	"fmt"

	"github.com/ledehq/lede/internal/urlnorm"
)

func ExampleNormalize() {
	for _, raw := range []string{
		"https://www.Example.com:443/world/../news/2026/story.html?utm_medium=social&fbclid=abc#top",
		"https://www.example.com/news/2026/story.html",
		"http://example.com/search?q=caf%c3%a9&page=2&lang=fr",
	} {
		key, err := urlnorm.Normalize(raw)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(key)
	}
	// Output:
	// https://www.example.com/news/2026/story.html
	// https://www.example.com/news/2026/story.html
	// http://example.com/search?lang=fr&page=2&q=caf%C3%A9
}
