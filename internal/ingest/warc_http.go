package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/ledehq/lede/internal/gunzip"
)

// httpPayload is the HTTP response held in a WARC response record.
type httpPayload struct {
	Status      int
	ContentType string // the response's Content-Type, charset included
	Body        []byte
}

// parseHTTPResponse splits a response record's block into its status,
// headers and body. A chunked body is de-chunked and a gzip or deflate
// Content-Encoding undone when the bytes really are so (crawlers such as
// Common Crawl's store bodies decoded but sometimes keep the headers); the
// body is left as it is when they are not. The body stays capped at max.
func parseHTTPResponse(block []byte, max int64) (httpPayload, error) {
	end, sep := bytes.Index(block, []byte("\r\n\r\n")), 4
	if end < 0 {
		end, sep = bytes.Index(block, []byte("\n\n")), 2
	}
	if end < 0 {
		return httpPayload{}, errors.New("no end to the HTTP headers")
	}
	head := block[:end+sep]
	body := block[end+sep:]
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(head)))
	statusLine, err := tp.ReadLine()
	if err != nil {
		return httpPayload{}, fmt.Errorf("no HTTP status line: %w", err)
	}
	proto, rest, ok := strings.Cut(statusLine, " ")
	if !ok || !strings.HasPrefix(proto, "HTTP/") {
		return httpPayload{}, fmt.Errorf("bad HTTP status line %q", clip([]byte(statusLine), 40))
	}
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	status, err := strconv.Atoi(code)
	if err != nil || status < 100 || status > 999 {
		return httpPayload{}, fmt.Errorf("bad HTTP status %q", clip([]byte(code), 10))
	}
	hdr, err := tp.ReadMIMEHeader()
	if err != nil && len(hdr) == 0 {
		return httpPayload{}, fmt.Errorf("bad HTTP headers: %w", err)
	}
	h := http.Header(hdr)
	p := httpPayload{Status: status, ContentType: h.Get("Content-Type"), Body: body}
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(p.Body)), max+1)); err == nil {
			p.Body = b
		}
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		if gunzip.IsGzip(p.Body) {
			b, err := gunzip.Bytes(p.Body, max)
			if err != nil {
				return p, err
			}
			p.Body = b
		}
	case "deflate":
		if b, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(p.Body)), max+1)); err == nil {
			p.Body = b
		}
	case "", "identity", "none":
	default:
		// br, zstd...: decoded by the crawler in most archives; if
		// not, the page check will refuse the bytes.
	}
	if int64(len(p.Body)) > max {
		return p, errTooLarge(max)
	}
	return p, nil
}

// pageMediaType reports whether a response's Content-Type may hold a page:
// HTML, XHTML, plain text or none at all (the bytes decide then). Other
// types (images, scripts, JSON, PDF...) are not pages.
func pageMediaType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "text/x-server-parsed-html":
		return true
	}
	return false
}
