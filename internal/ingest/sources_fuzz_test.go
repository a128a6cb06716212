package ingest

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/ledehq/lede/internal/gunzip"
)

func FuzzSniffKind(f *testing.F) {
	for _, s := range []string{"<rss>", "<?xml?><!-- x --><urlset>", `{"version":"https://jsonfeed.org/version/1"}`, "WARC/1.0\r\n", "<!DOCTYPE x [<!ENTITY a 'b'>]><feed>", "<!", "<?"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if k := SniffKind(b); k < KindPage || k > KindWARC {
			t.Errorf("kind %d out of range", k)
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://a.example/1</loc><news:news><news:title>T</news:title><news:publication_date>2024</news:publication_date></news:news></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1252"?><urlset><url><loc>x&y</loc></url>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, n, _, _ := parseSitemap(bytes.NewReader(b), 100, func(l link, index bool) error {
			if l.URL == "" {
				t.Error("empty URL emitted")
			}
			// A URL is the text of a <loc>: its first character occurs in the input.
			if !bytes.Contains(b, []byte(l.URL[:1])) && !bytes.Contains(b, []byte("&")) {
				t.Errorf("URL %q not from the input", l.URL)
			}
			return nil
		})
		if n > 100 {
			t.Errorf("%d entries over the cap", n)
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><link>https://a.example/1</link><title>x</title></item></channel></rss>`), "")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/x"/></entry></feed>`), "https://b.example/feed")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"https://c.example/"}]}`), "")
	f.Fuzz(func(t *testing.T, b []byte, base string) {
		links, _, err := parseFeed(b, base)
		if err != nil && len(links) > 0 {
			t.Error("links with an error")
		}
		for _, l := range links {
			if !isWebURL(l.URL) {
				t.Errorf("non-web link %q", l.URL)
			}
		}
	})
}

func FuzzWARCReader(f *testing.F) {
	recs := []testRecord{
		{Type: "request", URI: "https://w.example/a"},
		{Type: "response", URI: "https://w.example/a", CT: "text/html", Body: []byte("<p>a</p>")},
		{Type: "response", URI: "https://w.example/b", Status: 404, Body: []byte("x")},
	}
	f.Add(buildWARC(recs, false))
	f.Add(buildWARC(recs, true))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999\r\n\r\nshort"))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, b []byte) {
		wr := newWARCReader(bytes.NewReader(b), 1<<16)
		plain := !gunzip.IsGzip(b)
		for i := 0; i < 10000; i++ {
			rec, err := wr.next()
			if err == io.EOF {
				return
			}
			var re *warcRecordError
			if errors.As(err, &re) {
				continue
			}
			if err != nil {
				return
			}
			if !rec.TooLarge && int64(len(rec.Block)) != rec.Length {
				t.Errorf("block of %d bytes, Content-Length %d", len(rec.Block), rec.Length)
			}
			if plain && rec.TargetURI != "" && !bytes.Contains(b, []byte(rec.TargetURI)) {
				t.Errorf("target URI %q not in the input", rec.TargetURI)
			}
			warcPage("f", rec, 1<<16)
		}
		t.Error("reader does not end")
	})
}

func FuzzParseHTTPResponse(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"))
	f.Add([]byte("HTTP/1.0 404 x\n\n"))
	f.Add([]byte("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := parseHTTPResponse(b, 1<<16)
		if err == nil && (p.Status < 100 || p.Status > 999) {
			t.Errorf("status %d accepted", p.Status)
		}
		if err == nil && p.ContentType != "" && !strings.Contains(string(b), strings.TrimSpace(p.ContentType)) {
			t.Errorf("content type %q not in the input", p.ContentType)
		}
	})
}
