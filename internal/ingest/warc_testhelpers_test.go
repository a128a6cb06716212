package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
)

// testRecord is one WARC record a test writes.
type testRecord struct {
	Type   string // response, request, metadata, revisit...
	URI    string
	Status int    // of the HTTP response; zero: 200
	CT     string // the HTTP Content-Type
	Body   []byte
	// Block replaces the whole block (HTTP headers and body) when set.
	Block []byte
	// BadLength writes a Content-Length this many bytes over the block's
	// (a truncated record when it is the last).
	BadLength int
}

// block returns the record's WARC block.
func (r testRecord) block() []byte {
	if r.Block != nil {
		return r.Block
	}
	switch r.Type {
	case "request":
		return []byte("GET / HTTP/1.1\r\nHost: example.org\r\nUser-Agent: test\r\n\r\n")
	case "metadata", "warcinfo":
		return []byte("software: lede-test\r\nfetchTimeMs: 12\r\n")
	case "resource":
		return r.Body
	}
	status := r.Status
	if status == 0 {
		status = 200
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d Status\r\n", status)
	if r.CT != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.CT)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\nServer: test\r\n\r\n", len(r.Body))
	b.Write(r.Body)
	return b.Bytes()
}

// record returns the record's bytes: named fields, block and the CRLF
// CRLF end.
func (r testRecord) record(n int) []byte {
	blk := r.block()
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.Type)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n", n)
	b.WriteString("WARC-Date: 2024-03-01T10:00:00Z\r\n")
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	switch r.Type {
	case "response", "revisit":
		b.WriteString("Content-Type: application/http; msgtype=response\r\n")
	case "request":
		b.WriteString("Content-Type: application/http; msgtype=request\r\n")
	case "resource":
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.CT)
	default:
		b.WriteString("Content-Type: application/warc-fields\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(blk)+r.BadLength)
	b.Write(blk)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// buildWARC writes records as a WARC file; gz compresses each record as
// its own gzip member, as Common Crawl does.
func buildWARC(recs []testRecord, gz bool) []byte {
	var out bytes.Buffer
	for i, r := range recs {
		raw := r.record(i + 1)
		if !gz {
			out.Write(raw)
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(raw)
		zw.Close()
	}
	return out.Bytes()
}

// articleHTML is a news page with a real article structure, its text made
// of the given paragraphs.
func articleHTML(title, byline, published, canonical string, paragraphs ...string) string {
	var body strings.Builder
	for _, p := range paragraphs {
		fmt.Fprintf(&body, "<p>%s</p>\n", p)
	}
	return fmt.Sprintf(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>%[1]s | The Coastal Courier</title>
<link rel="canonical" href="%[4]s">
<meta property="og:title" content="%[1]s">
<meta property="article:published_time" content="%[3]s">
</head><body>
<header><a href="/">The Coastal Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article>
<h1>%[1]s</h1>
<p class="byline">By %[2]s</p>
<time datetime="%[3]s">%[3]s</time>
%[5]s</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Tide tables for the week</a></li><li><a href="/b">Letters to the editor</a></li></ul></aside>
</main>
<footer><p>Copyright The Coastal Courier. All rights reserved.</p></footer>
</body></html>`, title, byline, published, canonical, body.String())
}

// storyParagraphs are paragraphs of a made-up local story, varied by n.
func storyParagraphs(topic string, n int) []string {
	return []string{
		fmt.Sprintf("The town council voted on Tuesday to fund the %s project after a long debate that ran past midnight, with %d members in favour.", topic, 5+n%4),
		fmt.Sprintf("Residents who packed the public gallery said the %s plan had been discussed for years without any money being set aside for it.", topic),
		fmt.Sprintf("Council leader Margaret Ellison said the vote on the %s scheme was the most important decision of her time in office and promised regular reports.", topic),
		fmt.Sprintf("Work is expected to begin in the spring, and the council will publish a timetable for the %s works next month, officials said.", topic),
		fmt.Sprintf("Local businesses welcomed the decision but warned that road closures during the %s works could keep customers away for weeks.", topic),
	}
}
