// Package server is lede's HTTP API over a store: health, article search and
// retrieval, quotes, entity counts, and a token-protected endpoint that
// ingests a posted page. Responses are JSON, errors included, with strict
// security headers; docs/news-base.md lists the endpoints.
//
// It does not fetch or crawl, and serves no web pages (the web UI comes
// later); it reads and writes only through store.Store and ingest.Ingester.
package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/pipeline"
)

// DefaultMaxBodyBytes caps a posted page.
const DefaultMaxBodyBytes = 20 << 20

// Options tunes a Server. The zero value serves reads only and logs nothing.
type Options struct {
	// Token is the bearer token write endpoints require. Empty: writes
	// are refused.
	Token string
	// Ingester reads posted pages into the store; nil: writes are refused.
	Ingester *ingest.Ingester
	// Logger logs one line per request; nil: nothing is logged.
	Logger *slog.Logger
	// MaxBodyBytes caps a posted page; zero: DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxConcurrentPages caps the posted pages read at once (others
	// wait); zero: the number of CPUs.
	MaxConcurrentPages int
}

// Server answers the API. It is an http.Handler.
type Server struct {
	store store.Store
	opts  Options
	log   *slog.Logger
	mux   *http.ServeMux
	pages chan struct{} // a slot per posted page being read
}

// New returns a Server reading s.
func New(s store.Store, opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.MaxConcurrentPages <= 0 {
		opts.MaxConcurrentPages = runtime.NumCPU()
	}
	srv := &Server{store: s, opts: opts, log: log, mux: http.NewServeMux(), pages: make(chan struct{}, opts.MaxConcurrentPages)}
	srv.routes()
	return srv
}

// routes registers the endpoints. Each path also has a method-less
// pattern that answers 405 in JSON for the methods it does not serve.
func (s *Server) routes() {
	s.handle("GET /healthz", s.health)
	s.handle("GET /api/v1/articles", s.searchArticles)
	s.handle("GET /api/v1/articles/{id}", s.getArticle)
	s.handle("GET /api/v1/quotes", s.quotes)
	s.handle("GET /api/v1/entities/{kind}", s.entities)
	s.handle("POST /api/v1/pages", s.requireToken(s.postPage))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
}

// handle registers a "METHOD /path" pattern and the 405 answer for the
// path's other methods.
func (s *Server) handle(pattern string, h http.HandlerFunc) {
	method, path, _ := strings.Cut(pattern, " ")
	s.mux.HandleFunc(pattern, h)
	allow := method
	if method == http.MethodGet {
		allow = "GET, HEAD"
	}
	s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		s.writeError(w, r, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed; use %s", r.Method, allow))
	})
}

// ServeHTTP sets the security headers, serves the request and logs it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	s.mux.ServeHTTP(rec, r)
	s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
		slog.String("method", r.Method), slog.String("path", r.URL.Path),
		slog.Int("status", rec.status), slog.Duration("took", time.Since(start)))
}

// statusRecorder remembers the status written, for the request log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// statusOf maps an error to its HTTP status. It is the one place where that
// mapping lives.
func statusOf(err error) int {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrInvalid), errors.Is(err, lede.ErrEmptyInput):
		return http.StatusBadRequest
	case errors.Is(err, lede.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, lede.ErrUnsupported):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, lede.ErrNoArticle):
		return http.StatusUnprocessableEntity
	case errors.Is(err, store.ErrClosed):
		return http.StatusServiceUnavailable
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	default:
		return http.StatusInternalServerError
	}
}

// fail writes err as a JSON error with its status. Internal errors are
// logged and answered without their details.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := statusOf(err)
	msg := err.Error()
	if code == http.StatusInternalServerError {
		s.log.ErrorContext(r.Context(), "internal error", slog.String("path", r.URL.Path), slog.Any("err", err))
		msg = "internal error"
	}
	s.writeError(w, r, code, msg)
}

// apiError is the body of every error response.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.writeJSON(w, r, code, apiError{Error: msg, Status: code})
}

// writeJSON writes v as JSON with a status.
func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		s.log.ErrorContext(r.Context(), "encode response", slog.Any("err", err))
		code = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"internal error","status":500}` + "\n")
	}
	s.writeBody(w, r, code, buf.Bytes())
}

// writeBody writes a JSON body, or only its headers for HEAD.
func (s *Server) writeBody(w http.ResponseWriter, r *http.Request, code int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Ping(r.Context()); err != nil {
		s.log.ErrorContext(r.Context(), "health check", slog.Any("err", err))
		s.writeError(w, r, http.StatusServiceUnavailable, "store unavailable")
		return
	}
	n, err := s.store.Count(r.Context())
	if err != nil {
		s.writeError(w, r, http.StatusServiceUnavailable, "store unavailable")
		return
	}
	s.writeJSON(w, r, http.StatusOK, map[string]any{"status": "ok", "articles": n})
}

// paging reads limit, page (from 1) and offset; offset wins over page.
func paging(r *http.Request) (limit, offset int, err error) {
	q := r.URL.Query()
	num := func(name string, min int) (int, error) {
		v := q.Get(name)
		if v == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < min {
			return 0, fmt.Errorf("%w: %s must be a whole number from %d, not %q", store.ErrInvalid, name, min, v)
		}
		return n, nil
	}
	if limit, err = num("limit", 1); err != nil {
		return 0, 0, err
	}
	limit = min(limit, store.MaxLimit)
	page, err := num("page", 1)
	if err != nil {
		return 0, 0, err
	}
	if offset, err = num("offset", 0); err != nil {
		return 0, 0, err
	}
	if page > 1 && q.Get("offset") == "" {
		per := limit
		if per == 0 {
			per = store.DefaultLimit
		}
		offset = (page - 1) * per
	}
	return limit, offset, nil
}

func (s *Server) searchArticles(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := r.URL.Query()
	lang := v.Get("language")
	if lang == "" {
		lang = v.Get("lang")
	}
	res, err := s.store.Search(r.Context(), store.Query{
		Q: v.Get("q"), Person: v.Get("person"), Org: v.Get("org"), Place: v.Get("place"),
		Country: v.Get("country"), Site: v.Get("site"), From: v.Get("from"), To: v.Get("to"),
		Language: lang, MentionsDate: v.Get("mentions_date"), Sort: store.Sort(v.Get("sort")), Limit: limit, Offset: offset,
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.writeError(w, r, http.StatusBadRequest, fmt.Sprintf("article id must be a positive whole number, not %q", r.PathValue("id")))
		return
	}
	st, err := s.store.Get(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.writeBody(w, r, http.StatusOK, append(st.JSON, '\n'))
}

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

func (s *Server) entities(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := paging(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	kind := store.EntityKind(r.PathValue("kind"))
	res, err := s.store.Entities(r.Context(), store.EntityQuery{Kind: kind, Prefix: r.URL.Query().Get("prefix"), Limit: limit, Offset: offset})
	if err != nil {
		if errors.Is(err, store.ErrInvalid) && kind != store.People && kind != store.Organizations && kind != store.Places {
			s.writeError(w, r, http.StatusNotFound, fmt.Sprintf("no entity kind %q (want people, organizations or places)", kind))
			return
		}
		s.fail(w, r, err)
		return
	}
	s.writeJSON(w, r, http.StatusOK, res)
}

// requireToken lets a request through only with the configured bearer
// token; with no token configured, writes are refused.
func (s *Server) requireToken(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.opts.Token == "" || s.opts.Ingester == nil {
			s.writeError(w, r, http.StatusForbidden, "writes are disabled: start lede serve with --token or LEDE_TOKEN set")
			return
		}
		auth := r.Header.Get("Authorization")
		scheme, token, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") ||
			subtle.ConstantTimeCompare([]byte(strings.TrimSpace(token)), []byte(s.opts.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="lede"`)
			s.writeError(w, r, http.StatusUnauthorized, "missing or wrong bearer token")
			return
		}
		h(w, r)
	}
}

// pageCreated is the answer to a posted page.
type pageCreated struct {
	ID       int64  `json:"id"`
	Created  bool   `json:"created"`
	Updated  bool   `json:"updated,omitempty"`
	Location string `json:"location"`
}

func (s *Server) postPage(w http.ResponseWriter, r *http.Request) {
	pageURL := r.URL.Query().Get("url")
	if pageURL != "" && !strings.HasPrefix(pageURL, "http://") && !strings.HasPrefix(pageURL, "https://") {
		s.writeError(w, r, http.StatusBadRequest, fmt.Sprintf("url must be an http(s) address, not %q", pageURL))
		return
	}
	switch f := pipeline.Format(r.URL.Query().Get("from")); f {
	case "", pipeline.FormatAuto, pipeline.FormatHTML, pipeline.FormatText:
	default:
		s.writeError(w, r, http.StatusBadRequest, fmt.Sprintf("from must be auto, html or text, not %q", f))
		return
	}
	// Take a slot before reading the body: no more than a few posted
	// pages are held in memory at once.
	select {
	case s.pages <- struct{}{}:
		defer func() { <-s.pages }()
	case <-r.Context().Done():
		s.writeError(w, r, http.StatusServiceUnavailable, "busy reading other pages; try again")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.fail(w, r, fmt.Errorf("page: %w (over %d bytes)", lede.ErrTooLarge, s.opts.MaxBodyBytes))
			return
		}
		s.writeError(w, r, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}
	name := "api"
	if pageURL != "" {
		name = "api:" + pageURL
	}
	contentType := r.Header.Get("Content-Type")
	if f := r.URL.Query().Get("from"); f == string(pipeline.FormatText) {
		contentType = "text/plain"
	}
	id, out, err := s.opts.Ingester.Page(r.Context(), ingest.Page{Name: name, URL: pageURL, ContentType: contentType, Data: body})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	loc := "/api/v1/articles/" + strconv.FormatInt(id, 10)
	w.Header().Set("Location", loc)
	code := http.StatusOK
	if out == ingest.Stored {
		code = http.StatusCreated
	}
	s.writeJSON(w, r, code, pageCreated{ID: id, Created: out == ingest.Stored, Updated: out == ingest.Updated, Location: loc})
}

// Serve answers requests on ln with h until ctx is canceled, then shuts
// down gracefully, giving requests in flight up to grace to finish.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	if log != nil {
		srv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
