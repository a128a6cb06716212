// Package webui is lede's web UI over a news base: server-rendered HTML pages
// to search the stored articles (with facets and a timeline), read one
// article with its people, organizations, places, dates and quotes
// highlighted and linked, see a person, organization or place (its quotes,
// its articles over time, who appears with it), and see a source's
// articles.
//
// Decisions:
//   - Pages are rendered with html/template from templates and one CSS file
//     embedded in the binary. They carry no JavaScript, no inline style and
//     no inline event handler, so they work under the strict
//     Content-Security-Policy in CSP. Charts are SVG markup (attributes
//     only); their bars are links to the search narrowed to their days.
//   - An article's body is rendered from its stored blocks and plain text,
//     never from the stored HTML, so no HTML sanitizer is needed: every
//     piece of page text goes through html/template's escaping, and names,
//     dates and quotes are marked by their offsets into the text (offsets
//     off the text or inside a character are ignored).
//   - Links to elsewhere (the original, an embedded post) must be http(s)
//     addresses; pictures must be https (the CSP allows no other) and are
//     loaded by the reader's browser from their site, with no referrer.
//   - A story republished on several sites is listed once in searches; the
//     reader lists its other copies.
//
// The package only reads, through store.Store; it does not write, fetch,
// or serve the JSON API (internal/server does, and mounts this handler for
// the other paths). There are no user accounts and no per-user state.
package webui

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede/internal/store"
)

// CSP is the Content-Security-Policy every page of the UI is sent with: no
// scripts at all, styles from the UI's own CSS file only, images from the
// UI or any https address (an article's pictures), forms posted to the UI
// only.
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// DefaultPageSize is the number of results on a page when Options.PageSize is
// zero.
const DefaultPageSize = 20

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// Options tunes the UI. The zero value logs nothing and lists
// DefaultPageSize results a page.
type Options struct {
	// Logger receives internal errors (the page shows no details); nil:
	// nothing is logged.
	Logger *slog.Logger
	// PageSize is the number of search results on a page; zero:
	// DefaultPageSize; capped at store.MaxLimit.
	PageSize int
}

// ui serves the pages.
type ui struct {
	store store.Store
	opts  Options
	log   *slog.Logger
	pages map[string]*template.Template
	mux   *http.ServeMux
}

// New returns the UI reading s, as an http.Handler for every path that is
// not the JSON API's.
func New(s store.Store, opts Options) http.Handler {
	if opts.PageSize <= 0 {
		opts.PageSize = DefaultPageSize
	}
	opts.PageSize = min(opts.PageSize, store.MaxLimit)
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	u := &ui{store: s, opts: opts, log: log, pages: mustParseTemplates(), mux: http.NewServeMux()}
	u.routes()
	return u
}

// mustParseTemplates parses every page template with the shared layout.
// The templates are embedded, so a parse error is a programming error
// caught by any test.
func mustParseTemplates() map[string]*template.Template {
	fm := templateFuncs(stylesheetHref())
	names, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		panic(err)
	}
	pages := map[string]*template.Template{}
	for _, name := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(name, "templates/"), ".html")
		if base == "layout" || strings.HasPrefix(base, "_") {
			continue
		}
		t := template.New("layout.html").Funcs(fm)
		t = template.Must(t.ParseFS(templateFiles, "templates/layout.html", "templates/_*.html", name))
		pages[base] = t
	}
	return pages
}

func (u *ui) routes() {
	u.get("/{$}", u.searchPage)
	u.get("/search", u.searchPage)
	u.get("/feed", u.feedPage)
	u.get("/articles/{id}", u.articlePage)
	u.get("/people", u.entityIndex(store.People))
	u.get("/organizations", u.entityIndex(store.Organizations))
	u.get("/places", u.entityIndex(store.Places))
	u.get("/people/{name}", u.entityPage(store.People))
	u.get("/organizations/{name}", u.entityPage(store.Organizations))
	u.get("/places/{name}", u.entityPage(store.Places))
	u.get("/quotes", u.quotesPage)
	u.get("/stories", u.storiesPage)
	u.get("/sources", u.sourceIndex)
	u.get("/sources/{site}", u.sourcePage)
	u.mux.HandleFunc("GET /static/{file}", u.staticFile)
	u.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			u.errorPage(w, r, http.StatusMethodNotAllowed, "This page can only be read.")
			return
		}
		u.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	})
}

// get registers a GET (and HEAD) page; other methods get a 405 page.
func (u *ui) get(path string, h http.HandlerFunc) {
	u.mux.HandleFunc("GET "+path, h)
	u.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET, HEAD")
		u.errorPage(w, r, http.StatusMethodNotAllowed, "This page can only be read.")
	})
}

// ServeHTTP sets the UI's security headers and serves the page.
func (u *ui) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", CSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	u.mux.ServeHTTP(w, r)
}

// render writes a page with a status, or an error page when the template
// fails (the page is rendered to a buffer first, so nothing half-written
// is sent).
func (u *ui) render(w http.ResponseWriter, r *http.Request, code int, page string, data any) {
	var buf bytes.Buffer
	t, ok := u.pages[page]
	if !ok {
		u.log.ErrorContext(r.Context(), "webui: no template", slog.String("page", page))
		u.internalError(w, r)
		return
	}
	if err := t.Execute(&buf, data); err != nil {
		u.log.ErrorContext(r.Context(), "webui: render", slog.String("page", page), slog.Any("err", err))
		if page == "error" {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		u.internalError(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// errorData is what the error page shows.
type errorData struct {
	pageBase
	Status  int
	Heading string
	Message string
}

// stylesheetHref is the stylesheet's address with a digest of its
// content, so that a browser never uses a cached copy after it changed.
func stylesheetHref() string {
	data, err := staticFiles.ReadFile("static/style.css")
	if err != nil {
		panic(err) // the file is embedded: a build problem
	}
	sum := sha256.Sum256(data)
	return "/static/style.css?v=" + hex.EncodeToString(sum[:6])
}

// staticFile serves one embedded file of static/ (the CSS, the icon).
func (u *ui) staticFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	data, err := fs.ReadFile(staticFiles, "static/"+name)
	if err != nil || strings.HasPrefix(name, ".") {
		u.errorPage(w, r, http.StatusNotFound, "There is no such file.")
		return
	}
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

func (u *ui) errorPage(w http.ResponseWriter, r *http.Request, code int, msg string) {
	heading := http.StatusText(code)
	switch code {
	case http.StatusNotFound:
		heading = "Page not found"
	case http.StatusBadRequest:
		heading = "That request cannot be answered"
	case http.StatusServiceUnavailable:
		heading = "The news base is not available"
	}
	u.render(w, r, code, "error", errorData{pageBase: pageBase{Title: heading}, Status: code, Heading: heading, Message: msg})
}

func (u *ui) internalError(w http.ResponseWriter, r *http.Request) {
	u.errorPage(w, r, http.StatusInternalServerError, "Something went wrong on our side. The error was logged.")
}

// statusOf maps a store error to the status of the page shown for it. It
// is the one place where the UI makes that mapping.
func statusOf(err error) int {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest
	case errors.Is(err, store.ErrClosed):
		return http.StatusServiceUnavailable
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}

// fail shows the error page for a store error. Internal errors are logged
// and shown without their details; invalid requests show the store's
// message, which names the parameter at fault.
func (u *ui) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := statusOf(err)
	switch code {
	case http.StatusInternalServerError:
		u.log.ErrorContext(r.Context(), "webui: internal error", slog.String("path", r.URL.Path), slog.Any("err", err))
		u.internalError(w, r)
	case http.StatusBadRequest:
		u.errorPage(w, r, code, capitalize(err.Error())+".")
	case http.StatusNotFound:
		u.errorPage(w, r, code, "Nothing is stored under this address.")
	default:
		u.log.WarnContext(r.Context(), "webui: store unavailable", slog.String("path", r.URL.Path), slog.Any("err", err))
		u.errorPage(w, r, code, "The news base did not answer. Try again in a moment.")
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// pageBase is what every page's layout needs.
type pageBase struct {
	Title string // the document title, before " · lede"
	Q     string // the words in the header's search box
	Nav   string // the section highlighted in the header
	Feed  string // the Atom feed of the page's articles, when it has one
}

// errf wraps a message as an invalid-request error.
func errf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{store.ErrInvalid}, args...)...)
}
