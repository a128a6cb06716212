package server

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/ledehq/lede/internal/store"
)

// entityKind reads a kind of entity: people, organizations or places.
func entityKind(v string) (store.EntityKind, bool) {
	switch k := store.EntityKind(v); k {
	case store.People, store.Organizations, store.Places:
		return k, true
	}
	return "", false
}

// pathKind reads the {kind} of an entity path; false when it is no kind
// (the 404 is written).
func (s *Server) pathKind(w http.ResponseWriter, r *http.Request) (store.EntityKind, bool) {
	kind, ok := entityKind(r.PathValue("kind"))
	if !ok {
		s.writeError(w, r, http.StatusNotFound, fmt.Sprintf("no entity kind %q (want people, organizations or places)", r.PathValue("kind")))
	}
	return kind, ok
}

func (s *Server) entities(w http.ResponseWriter, r *http.Request) {
	kind, ok := s.pathKind(w, r)
	if !ok {
		return
	}
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.store.Entities(r.Context(), store.EntityQuery{Kind: kind, Prefix: r.URL.Query().Get("prefix"), Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

// entityAnswer is one entity with the entities most often named with it.
type entityAnswer struct {
	store.EntityDetail
	CoOccurrences []store.CoOccurrence `json:"co_occurrences"`
}

func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	kind, ok := s.pathKind(w, r)
	if !ok {
		return
	}
	name := r.PathValue("name")
	v := r.URL.Query()
	var with store.EntityKind
	if k := v.Get("with"); k != "" {
		if with, ok = entityKind(k); !ok {
			s.badRequest(w, r, "with must be people, organizations or places, not %q", k)
			return
		}
	}
	limit, err := wholeNumber(v, "limit", 1)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	detail, err := s.store.Entity(r.Context(), kind, name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	co, err := s.store.CoOccurrences(r.Context(), store.CoOccurrenceQuery{Kind: kind, Name: name, With: with, Limit: min(limit, store.MaxLimit)})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ans := entityAnswer{EntityDetail: detail, CoOccurrences: co.Results}
	if ans.CoOccurrences == nil {
		ans.CoOccurrences = []store.CoOccurrence{}
	}
	s.writeJSON(w, r, http.StatusOK, ans)
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	q, err := articleQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.store.Timeline(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Points == nil {
		res.Points = []store.TimelinePoint{}
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

func (s *Server) sources(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.store.Sources(r.Context(), store.SourceQuery{Site: r.URL.Query().Get("site"), Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Results == nil {
		res.Results = []store.Source{}
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.badRequest(w, r, "story id must be a positive whole number, not %q", r.PathValue("id"))
		return
	}
	res, err := s.store.Story(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	minCopies, err := wholeNumber(r.URL.Query(), "min_copies", 1)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.store.Stories(r.Context(), store.StoryQuery{MinCopies: minCopies, Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Results == nil {
		res.Results = []store.StoryDetail{}
	}
	s.writeJSON(w, r, http.StatusOK, res)
}
