package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/crawl"
	"github.com/ledehq/lede/internal/gunzip"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/pipeline"
)

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

// pageCreated is the answer to a posted page or URL.
type pageCreated struct {
	ID       int64  `json:"id"`
	Created  bool   `json:"created"`
	Updated  bool   `json:"updated,omitempty"`
	Location string `json:"location"`
	URL      string `json:"url,omitempty"` // the address fetched, after redirects (POST /api/v1/urls)
}

// fromParam checks the from parameter: auto, html or text.
func fromParam(r *http.Request) (pipeline.Format, error) {
	switch f := pipeline.Format(r.URL.Query().Get("from")); f {
	case "", pipeline.FormatAuto, pipeline.FormatHTML, pipeline.FormatText:
		return f, nil
	default:
		return "", fmt.Errorf("from must be auto, html or text, not %q", f)
	}
}

// isWebURL reports whether u is an absolute http(s) URL with a host.
func isWebURL(raw string) (*url.URL, bool) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, false
	}
	return u, true
}

func (s *Server) postPage(w http.ResponseWriter, r *http.Request) {
	pageURL := r.URL.Query().Get("url")
	if _, ok := isWebURL(pageURL); pageURL != "" && !ok {
		s.badRequest(w, r, "url must be an absolute http(s) address, not %q", pageURL)
		return
	}
	from, err := fromParam(r)
	if err != nil {
		s.badRequest(w, r, "%s", err.Error())
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
		s.badRequest(w, r, "reading the body: %v", err)
		return
	}
	if body, err = gunzipPage(body, s.opts.MaxBodyBytes); err != nil {
		s.fail(w, r, err)
		return
	}
	name := "api"
	if pageURL != "" {
		name = "api:" + pageURL
	}
	contentType := r.Header.Get("Content-Type")
	if from == pipeline.FormatText {
		contentType = "text/plain"
	}
	s.store1(w, r, ingest.Page{Name: name, URL: pageURL, ContentType: contentType, Data: body})
}

// gunzipPage decompresses a posted page sent gzipped (recognised by its
// magic bytes, whatever the headers say), at most max bytes once
// decompressed; other bodies are returned as they are.
func gunzipPage(body []byte, max int64) ([]byte, error) {
	out, err := gunzip.Bytes(body, max)
	if err != nil {
		return nil, fmt.Errorf("page: %w", err)
	}
	return out, nil
}

// store1 reads one page into the store and answers 201 (new), 200
// (already stored, or a new version of it) or the error's status.
func (s *Server) store1(w http.ResponseWriter, r *http.Request, p ingest.Page) {
	id, out, err := s.opts.Ingester.Page(r.Context(), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.created(w, r, id, out, "")
}

func (s *Server) created(w http.ResponseWriter, r *http.Request, id int64, out ingest.Outcome, fetched string) {
	loc := "/api/v1/articles/" + strconv.FormatInt(id, 10)
	w.Header().Set("Location", loc)
	code := http.StatusOK
	if out == ingest.Stored {
		code = http.StatusCreated
	}
	s.writeJSON(w, r, code, pageCreated{ID: id, Created: out == ingest.Stored, Updated: out == ingest.Updated, Location: loc, URL: fetched})
}

// maxURLBody caps the JSON body of POST /api/v1/urls.
const maxURLBody = 64 << 10

// urlRequest is the optional JSON body of POST /api/v1/urls.
type urlRequest struct {
	URL     string `json:"url"`
	Refetch bool   `json:"refetch"`
}

func (s *Server) postURL(w http.ResponseWriter, r *http.Request) {
	var req urlRequest
	req.URL = r.URL.Query().Get("url")
	if req.URL == "" {
		if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct != "" && ct != "application/json" {
			s.writeError(w, r, http.StatusUnsupportedMediaType, fmt.Sprintf("body must be application/json ({\"url\": \"https://...\"}), not %s; or give ?url=", ct))
			return
		}
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxURLBody))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			s.badRequest(w, r, "body must be a JSON object {\"url\": \"https://...\"} (or give ?url=): %v", err)
			return
		}
	}
	u, ok := isWebURL(req.URL)
	if !ok {
		s.badRequest(w, r, "url must be an absolute http(s) address, not %q", req.URL)
		return
	}
	if _, err := fromParam(r); err != nil {
		s.badRequest(w, r, "%s", err.Error())
		return
	}
	if s.opts.Fetch == nil {
		s.fail(w, r, fmt.Errorf("%w in this server", errNoFetcher))
		return
	}
	if !s.opts.AllowPrivate {
		if err := s.checkPublic(r.Context(), u.Hostname()); err != nil {
			s.fail(w, r, fmt.Errorf("url %s: %w", req.URL, err))
			return
		}
	}
	if !req.Refetch {
		if id, ok, err := s.store.HasURL(r.Context(), req.URL); err != nil {
			s.fail(w, r, err)
			return
		} else if ok {
			s.created(w, r, id, ingest.Skipped, "")
			return
		}
	}
	select {
	case s.pages <- struct{}{}:
		defer func() { <-s.pages }()
	case <-r.Context().Done():
		s.writeError(w, r, http.StatusServiceUnavailable, "busy reading other pages; try again")
		return
	}
	p, err := s.opts.Fetch(r.Context(), req.URL)
	if err != nil {
		s.fetchFailed(w, r, req.URL, err)
		return
	}
	if f, _ := fromParam(r); f == pipeline.FormatText {
		p.ContentType = "text/plain"
	}
	if p.Name == "" {
		p.Name = "api:" + p.URL
	}
	id, out, err := s.opts.Ingester.Page(r.Context(), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.created(w, r, id, out, p.URL)
}

// fetchFailed answers a failed fetch: refusals (private address,
// robots.txt) and input errors keep their statuses; anything else (a
// network error, say) is the remote side's failure, 502.
func (s *Server) fetchFailed(w http.ResponseWriter, r *http.Request, rawURL string, err error) {
	switch code := statusOf(err); code {
	case http.StatusInternalServerError:
		s.writeError(w, r, http.StatusBadGateway, fmt.Sprintf("fetching %s: %v", rawURL, err))
	default:
		s.fail(w, r, err)
	}
}

// lookupTimeout bounds the DNS lookup of the private-address check.
const lookupTimeout = 10 * time.Second

// checkPublic refuses a host that is, or resolves to, an address outside
// the public internet (crawl.IsPublicAddr: loopback, private, link-local,
// CGNAT, unique-local, multicast, reserved...). It is the server's early,
// clear answer; the fetcher checks again when it dials (DNS may answer
// differently then), which is the actual protection.
func (s *Server) checkPublic(ctx context.Context, host string) error {
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		if why := nonPublic(ip); why != "" {
			return fmt.Errorf("%w: %s is a %s address; lede serve --allow-private permits it", errPrivateAddress, ip, why)
		}
		return nil
	}
	lookup := s.opts.LookupIP
	if lookup == nil {
		lookup = func(ctx context.Context, host string) ([]net.IP, error) {
			return net.DefaultResolver.LookupIP(ctx, "ip", host)
		}
	}
	lctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	ips, err := lookup(lctx, host)
	if err != nil {
		return fmt.Errorf("%w: cannot resolve %s: %v", errBadURL, host, err)
	}
	for _, raw := range ips {
		ip, ok := netip.AddrFromSlice(raw)
		if !ok {
			continue
		}
		if why := nonPublic(ip.Unmap()); why != "" {
			return fmt.Errorf("%w: %s resolves to %s, a %s address; lede serve --allow-private permits it", errPrivateAddress, host, ip.Unmap(), why)
		}
	}
	return nil
}

// nonPublic names the kind of an address a fetch may not reach (the
// fetcher's list, crawl.IsPublicAddr), or "" for a public one.
func nonPublic(ip netip.Addr) string {
	if crawl.IsPublicAddr(ip) {
		return ""
	}
	ip = ip.Unmap()
	switch {
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "link-local"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	}
	return "non-public"
}
