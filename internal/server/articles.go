package server

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/ledehq/lede/internal/store"
)

// articleQuery reads the article filters shared by search and timeline.
func articleQuery(r *http.Request) (store.Query, error) {
	v := r.URL.Query()
	lang, err := oneOf(v, "language", "lang")
	if err != nil {
		for _, name := range []string{"from", "to"} {
			if d := v.Get(name); d != "" {
				if _, err := time.Parse(time.DateOnly, d); err != nil {
					return store.Query{}, fmt.Errorf("%w: %s must be a day, YYYY-MM-DD, not %q", store.ErrInvalid, name, d)
				}
			}
		}
		return store.Query{}, err
	}
	site, err := oneOf(v, "site", "source")
	if err != nil {
		for _, name := range []string{"from", "to"} {
			if d := v.Get(name); d != "" {
				if _, err := time.Parse(time.DateOnly, d); err != nil {
					return store.Query{}, fmt.Errorf("%w: %s must be a day, YYYY-MM-DD, not %q", store.ErrInvalid, name, d)
				}
			}
		}
		return store.Query{}, err
	}
	for _, name := range []string{"from", "to"} {
		if d := v.Get(name); d != "" {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return store.Query{}, fmt.Errorf("%w: %s must be a day, YYYY-MM-DD, not %q", store.ErrInvalid, name, d)
			}
		}
	}
	return store.Query{
		Q: v.Get("q"), Person: v.Get("person"), Org: v.Get("org"), Place: v.Get("place"),
		Country: v.Get("country"), Site: site, From: v.Get("from"), To: v.Get("to"),
		Language: lang, MentionsDate: v.Get("mentions_date"),
	}, nil
}

func (s *Server) searchArticles(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q, err := articleQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := r.URL.Query()
	q.Sort, q.Limit, q.Offset = store.Sort(v.Get("sort")), limit, offset
	if q.AllCopies, err = flag(v, "all_copies"); err != nil {
		s.fail(w, r, err)
		return
	}
	facets, err := flag(v, "facets")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	facetLimit, err := wholeNumber(v, "facet_limit", 1)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.store.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !facets {
		s.writeJSON(w, r, http.StatusOK, res)
		return
	}
	f, err := s.store.Facets(r.Context(), q, store.FacetOptions{Limit: min(facetLimit, store.MaxLimit)})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, searchWithFacets{SearchResult: res, Facets: &f})
}

// searchWithFacets is a search answer with its facets (facets=1).
type searchWithFacets struct {
	store.SearchResult
	Facets *store.FacetResult `json:"facets"`
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.badRequest(w, r, "article id must be a positive whole number, not %q", r.PathValue("id"))
		return
	}
	doc, err := s.store.GetJSON(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !bytes.HasSuffix(doc, []byte("\n")) {
		doc = append(doc[:len(doc):len(doc)], '\n') // a copy: doc may be the store's
	}
	s.writeBody(w, r, http.StatusOK, doc)
}
