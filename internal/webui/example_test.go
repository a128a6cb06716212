package webui_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/internal/webui"
)

// The UI is an http.Handler: mount it beside the JSON API, for every path
// that is not the API's.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "lede-example")
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "news.db"), sqlite.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()

	mux := http.NewServeMux()
	mux.Handle("/", webui.New(st, webui.Options{}))

	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/search?q=summit", nil))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"))
	fmt.Println(rec.Header().Get("Content-Security-Policy") == webui.CSP)
	// Output:
	// 200 text/html; charset=utf-8
	// true
}
