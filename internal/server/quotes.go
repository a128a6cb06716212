package server

import (
	"net/http"

	"github.com/ledehq/lede/internal/store"
)

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := r.URL.Query()
	res, err := s.store.Quotes(r.Context(), store.QuoteQuery{Speaker: v.Get("speaker"), Q: v.Get("q"), Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}
