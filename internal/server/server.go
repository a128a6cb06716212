// Package server is lede's HTTP API over a store: health, article search
// (with filters and facets) and retrieval, quotes, entities with their
// co-occurrences, a timeline of mentions, sources, stories, its own OpenAPI
// description, and token-protected endpoints that ingest a posted page or
// fetch a URL. API responses are JSON, errors included, with strict security
// headers; docs/news-base.md lists the endpoints.
//
// Paths outside /api/ and /healthz go to Options.UI (the web UI) when set,
// with a Content-Security-Policy fit for HTML pages; the API keeps
// default-src 'none'. The package does not render HTML itself, fetch pages
// itself (Options.Fetch does) or crawl; it reads and writes only through
// store.Store and ingest.Ingester.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/crawl"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store"
)

// Defaults of Options.
const (
	// DefaultMaxBodyBytes caps a posted page.
	DefaultMaxBodyBytes = 20 << 20
	// DefaultQueryTimeout caps the time a read request may take.
	DefaultQueryTimeout = 30 * time.Second
)

// The Content-Security-Policy headers: one for JSON answers, one for the
// web UI's HTML pages (styles from the server only, no script, no inline
// code; images from anywhere over HTTPS, as articles show them). The UI may
// set its own, stricter one.
const (
	apiCSP  = "default-src 'none'; frame-ancestors 'none'"
	htmlCSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; form-action 'self'; " +
		"frame-ancestors 'none'; base-uri 'none'"
)

// Options tunes a Server. The zero value serves reads only, answers 404 in
// JSON outside the API and logs nothing.
type Options struct {
	// Token is the bearer token write endpoints require. Empty: writes
	// are refused.
	Token string
	// Ingester reads posted and fetched pages into the store; nil:
	// writes are refused.
	Ingester *ingest.Ingester
	// Fetch downloads a URL posted to /api/v1/urls (politely: robots.txt,
	// per-host delay, size caps); nil: that endpoint answers 501.
	Fetch ingest.FetchFunc
	// AllowPrivate lets /api/v1/urls fetch addresses that resolve to
	// loopback, private, link-local or otherwise non-public networks.
	// False: they are refused with 403 before any fetch.
	AllowPrivate bool
	// LookupIP resolves a host name for the private-address check; nil:
	// net.DefaultResolver.
	LookupIP func(ctx context.Context, host string) ([]net.IP, error)
	// UI serves every path outside /api/ and /healthz (the web UI); nil:
	// those paths answer 404 in JSON.
	UI http.Handler
	// Logger logs one line per request; nil: nothing is logged.
	Logger *slog.Logger
	// MaxBodyBytes caps a posted page; zero: DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxConcurrentPages caps the posted pages read at once (others
	// wait); zero: the number of CPUs.
	MaxConcurrentPages int
	// QueryTimeout caps the time a GET or HEAD API request may take (a
	// query over a large base); past it the store stops and the answer
	// is 504. Zero: DefaultQueryTimeout; negative: no cap. Writes are
	// not capped by it (a polite fetch can wait for its host's turn).
	QueryTimeout time.Duration
}

// Server answers the API. It is an http.Handler.
type Server struct {
	store  store.Store
	opts   Options
	log    *slog.Logger
	mux    *http.ServeMux
	routes []route
	pages  chan struct{} // a slot per posted page being read
}

// route is one registered endpoint.
type route struct {
	Method string   // GET or POST
	Path   string   // ServeMux path pattern, "/api/v1/articles/{id}"
	Params []string // query parameters it accepts; any other is a 400
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
	if opts.QueryTimeout == 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	srv := &Server{store: s, opts: opts, log: log, mux: http.NewServeMux(), pages: make(chan struct{}, opts.MaxConcurrentPages)}
	srv.register()
	return srv
}

// pagingParams are the query parameters of every list.
func pagingParams() []string { return []string{"limit", "page", "offset"} }

// filterParams are the article filters shared by search and timeline.
func filterParams() []string {
	return []string{"q", "person", "org", "place", "country", "site", "source", "from", "to", "language", "lang", "mentions_date"}
}

func params(sets ...[]string) []string { return slices.Concat(sets...) }

// register declares the endpoints. Each path also has a method-less
// pattern that answers 405 in JSON for the methods it does not serve.
func (s *Server) register() {
	s.handle("GET", "/healthz", nil, s.health)
	s.handle("GET", "/api/v1/openapi.json", nil, s.openAPI)
	s.handle("GET", "/api/v1/articles", params(filterParams(), []string{"sort", "all_copies", "facets", "facet_limit"}, pagingParams()), s.searchArticles)
	s.handle("GET", "/api/v1/articles/{id}", nil, s.getArticle)
	s.handle("GET", "/api/v1/quotes", params([]string{"speaker", "q"}, pagingParams()), s.quotes)
	s.handle("GET", "/api/v1/entities/{kind}", params([]string{"prefix"}, pagingParams()), s.entities)
	s.handle("GET", "/api/v1/entities/{kind}/{name}", []string{"with", "limit"}, s.entity)
	s.handle("GET", "/api/v1/timeline", filterParams(), s.timeline)
	s.handle("GET", "/api/v1/sources", params([]string{"site"}, pagingParams()), s.sources)
	s.handle("GET", "/api/v1/stories", params([]string{"min_copies"}, pagingParams()), s.stories)
	s.handle("GET", "/api/v1/stories/{id}", nil, s.story)
	s.handle("POST", "/api/v1/pages", []string{"url", "from"}, s.requireToken(s.postPage))
	s.handle("POST", "/api/v1/urls", []string{"url", "from"}, s.requireToken(s.postURL))
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, http.StatusNotFound, "no such endpoint: "+r.URL.Path+" (GET /api/v1/openapi.json lists them)")
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if s.opts.UI != nil {
			w.Header().Set("Content-Security-Policy", htmlCSP)
			w.Header().Del("Cache-Control") // the UI decides what may be cached
			s.opts.UI.ServeHTTP(w, r)
			return
		}
		s.writeError(w, r, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
}

// handle registers an endpoint: the handler behind a check of its query
// parameters, and the 405 answer for the path's other methods.
func (s *Server) handle(method, path string, accepted []string, h http.HandlerFunc) {
	s.routes = append(s.routes, route{Method: method, Path: path, Params: accepted})
	s.mux.HandleFunc(method+" "+path, func(w http.ResponseWriter, r *http.Request) {
		query, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			s.writeError(w, r, http.StatusBadRequest, "malformed query string: "+err.Error())
			return
		}
		for name := range query {
			if !slices.Contains(accepted, name) {
				msg := fmt.Sprintf("unknown query parameter %q for %s %s", name, method, path)
				if len(accepted) == 0 {
					msg += " (it takes none)"
				} else {
					msg += " (accepted: " + strings.Join(accepted, ", ") + ")"
				}
				s.writeError(w, r, http.StatusBadRequest, msg)
				return
			}
		}
		if method == http.MethodGet && s.opts.QueryTimeout > 0 {
			ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		h(w, r)
	})
	allow := method
	if method == http.MethodGet {
		allow = "GET, HEAD"
	}
	if slices.ContainsFunc(s.routes[:len(s.routes)-1], func(o route) bool { return o.Path == path }) {
		return // the 405 pattern is registered already
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
	h.Set("Content-Security-Policy", apiCSP)
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

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Errors of the server's own checks, mapped to statuses by statusOf.
var (
	// errPrivateAddress: a URL to fetch resolves to a non-public address.
	errPrivateAddress = errors.New("refused: private address")
	// errBadURL: a URL to fetch cannot be (its host does not resolve).
	errBadURL = errors.New("bad url")
	// errNoFetcher: /api/v1/urls without Options.Fetch.
	errNoFetcher = errors.New("fetching URLs is not configured")
)

// statusOf maps an error to its HTTP status. It is the one place where that
// mapping lives.
func statusOf(err error) int {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrInvalid), errors.Is(err, lede.ErrEmptyInput), errors.Is(err, errBadURL),
		errors.Is(err, crawl.ErrBadURL):
		return http.StatusBadRequest
	case errors.Is(err, errPrivateAddress), errors.Is(err, crawl.ErrPrivateAddress), errors.Is(err, crawl.ErrRobotsDisallowed):
		return http.StatusForbidden
	case errors.Is(err, lede.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, lede.ErrUnsupported):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, lede.ErrNoArticle):
		return http.StatusUnprocessableEntity
	case errors.Is(err, errNoFetcher):
		return http.StatusNotImplemented
	case errors.Is(err, crawl.ErrStatus), errors.Is(err, crawl.ErrTooManyRedirects):
		return http.StatusBadGateway
	case errors.Is(err, store.ErrClosed):
		return http.StatusServiceUnavailable
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.Is(err, context.Canceled): // the client went away
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// fail writes err as a JSON error with its status. Internal errors are
// logged and answered without their details.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := statusOf(err)
	msg := err.Error()
	if code == http.StatusGatewayTimeout && errors.Is(r.Context().Err(), context.DeadlineExceeded) {
		msg = fmt.Sprintf("the request took longer than %s and was stopped (lede serve --query-timeout)", s.opts.QueryTimeout)
	}
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

// badRequest answers 400 with a message naming the parameter and the
// problem.
func (s *Server) badRequest(w http.ResponseWriter, r *http.Request, format string, args ...any) {
	s.writeError(w, r, http.StatusBadRequest, fmt.Sprintf(format, args...))
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
