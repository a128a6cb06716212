package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"

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

// The API describes itself: OpenAPI returns the document served at
// /api/v1/openapi.json.
func ExampleOpenAPI() {
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(server.OpenAPI(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	var ops []string
	for path, methods := range doc.Paths {
		for m := range methods {
			ops = append(ops, strings.ToUpper(m)+" "+path)
		}
	}
	slices.Sort(ops)
	fmt.Println(strings.Join(ops, "\n"))
	// Output:
	// GET /api/v1/articles
	// GET /api/v1/articles/{id}
	// GET /api/v1/entities/{kind}
	// GET /api/v1/entities/{kind}/{name}
	// GET /api/v1/openapi.json
	// GET /api/v1/quotes
	// GET /api/v1/sources
	// GET /api/v1/stories
	// GET /api/v1/stories/{id}
	// GET /api/v1/timeline
	// GET /healthz
	// POST /api/v1/pages
	// POST /api/v1/urls
}
