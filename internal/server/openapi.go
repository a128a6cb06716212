package server

import (
	_ "embed"
	"net/http"
)

// openAPISpec is the API's OpenAPI 3.1 description, kept in step with the
// registered routes by TestOpenAPIDescribesEveryRoute.
//
//go:embed openapi.json
var openAPISpec []byte

// OpenAPI returns the API's OpenAPI 3.1 description (JSON).
func OpenAPI() []byte { return append([]byte(nil), openAPISpec...) }

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	s.writeBody(w, r, http.StatusOK, openAPISpec)
}
