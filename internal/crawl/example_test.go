package crawl_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/ledehq/lede/internal/crawl"
)

func Example() {
	// A site with a robots.txt that keeps crawlers out of /drafts/.
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /drafts/\n")
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<h1>Story</h1>")
		}
	}))
	defer site.Close()

	f := crawl.New(crawl.Options{
		AllowPrivate: true, // the test site listens on 127.0.0.1; leave it off for the open web
	})
	ctx := context.Background()
	resp, err := f.Fetch(ctx, site.URL+"/news/story?utm_source=feed")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.Status, resp.ContentType, string(resp.Body))

	_, err = f.Fetch(ctx, site.URL+"/drafts/next")
	fmt.Println(errors.Is(err, crawl.ErrRobotsDisallowed))

	// Output:
	// 200 text/html; charset=utf-8 <h1>Story</h1>
	// true
}
