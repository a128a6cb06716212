package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"

	"github.com/ledehq/lede/internal/server"
	"github.com/ledehq/lede/internal/store/sqlite"
)

func Example() {
	dir, _ := os.MkdirTemp("", "lede-example")
	defer os.RemoveAll(dir)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "news.db"), sqlite.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	h := server.New(st, server.Options{}) // no token: reads only

	for _, path := range []string{"/healthz", "/api/v1/articles?q=harbour", "/api/v1/articles/7"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		body, _ := io.ReadAll(rec.Body)
		fmt.Printf("%d %s", rec.Code, body)
	}
	// Output:
	// 200 {"articles":0,"status":"ok"}
	// 200 {"total":0,"results":[]}
	// 404 {"error":"article 7: not found","status":404}
}
