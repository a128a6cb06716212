package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSniffKind(t *testing.T) {
	tests := []struct {
		name string
		head string
		want Kind
	}{
		{"rss", `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>`, KindFeed},
		{"rss after comment and BOM", "\xef\xbb\xbf <!-- generator --><?xml-stylesheet href=\"x\"?>\n<rss>", KindFeed},
		{"rss 1.0", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, KindFeed},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, KindFeed},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": []}`, KindFeed},
		{"json not a feed", `{"version": "1.0", "items": []}`, KindPage},
		{"urlset", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, KindSitemap},
		{"prefixed urlset", `<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">`, KindSitemap},
		{"sitemap index", `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, KindSitemaps},
		{"doctype with subset", "<!DOCTYPE urlset [<!ENTITY x \"y\">]>\n<urlset>", KindSitemap},
		{"warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", KindWARC},
		{"html", `<!doctype html><html><head><title>feed</title>`, KindPage},
		{"xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, KindPage},
		{"text mentioning rss", "Our <rss> feed is down today.", KindPage},
		{"empty", "", KindPage},
		{"warc not at start", " WARC/1.0\r\n", KindPage},
	}
	for _, tt := range tests {
		if got := SniffKind([]byte(tt.head)); got != tt.want {
			t.Errorf("%s: SniffKind = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://News.Example.ORG:443/a/b?utm_source=x&id=3&fbclid=y#top", "https://news.example.org/a/b?id=3"},
		{"http://example.org", "http://example.org/"},
		{"http://example.org:8080/x?utm_medium=a", "http://example.org:8080/x"},
		{" https://example.org/a?b=1&a=2 ", "https://example.org/a?a=2&b=1"},
	}
	for _, tt := range tests {
		got, err := normalizeURL(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("normalizeURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"/relative", "ftp://example.org/x", "mailto:a@b.c", "http://"} {
		if got, err := normalizeURL(bad); err == nil {
			t.Errorf("normalizeURL(%q) = %q, want an error", bad, got)
		}
	}
}

func TestParseFeed(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		base string
		want []link
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title><link>https://c.example/</link>
<item><title>First story</title><link>https://c.example/news/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>ed@c.example (Ann Reporter)</author></item>
<item><title>No link</title></item>
<item><title>Relative</title><link>/news/2</link></item>
</channel></rss>`, "", []link{
			{URL: "https://c.example/news/1", Title: "First story", Published: "2024-03-05T10:00:00Z", Authors: []string{"Ann Reporter"}, Date: day(t, "2024-03-05T10:00:00Z")},
			{URL: "https://c.example/news/2", Title: "Relative"},
		}},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Atom story</title><link rel="alternate" href="https://a.example/s/1"/><published>2024-03-06T08:30:00+01:00</published><author><name>Bo Writer</name></author></entry>
</feed>`, "", []link{{URL: "https://a.example/s/1", Title: "Atom story", Published: "2024-03-06T07:30:00Z", Authors: []string{"Bo Writer"}, Date: day(t, "2024-03-06T07:30:00Z")}}},
		{"latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>C</title>" +
			"<item><title>Caf\xe9 owners</title><link>https://c.example/1</link></item></channel></rss>", "",
			[]link{{URL: "https://c.example/1", Title: "Café owners"}}},
		{"latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>C</title>" +
			"<item><title>Caf\xe9 owners</title><link>https://c.example/1</link></item></channel></rss>", "",
			[]link{{URL: "https://c.example/1", Title: "Café owners"}}},
		{"json feed", `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"story/9","title":"Json story"}]}`,
			"https://j.example/feed.json", []link{{URL: "https://j.example/story/9", Title: "Json story"}}},
	}
	for _, tt := range tests {
		got, _, err := parseFeed([]byte(tt.doc), tt.base)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: links differ (-want +got):\n%s", tt.name, diff)
		}
	}
	if _, _, err := parseFeed([]byte("<html><body>no feed</body></html>"), ""); err == nil {
		t.Error("HTML page: want an error")
	}
}

func TestParseSitemap(t *testing.T) {
	news := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc> https://s.example/a?x=1&y=2 </loc><lastmod>2024-01-01</lastmod>
  <n:news><n:publication><n:name>S News</n:name><n:language>en</n:language></n:publication>
   <n:publication_date>2024-03-05T09:00:00Z</n:publication_date><n:title>Storm &amp; flood</n:title></n:news></url>
 <url><image:image xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><image:loc>https://img.example/b.jpg</image:loc></image:image>
  <loc>https://s.example/b</loc><image:image><image:loc>https://img.example/b2.jpg</image:loc></image:image></url>
 <url><lastmod>2024-01-01</lastmod></url>
 <url><loc>https://s.example/c</loc></url>
</urlset>`
	var got []link
	kind, n, truncated, err := parseSitemap(strings.NewReader(news), 2, func(l link, index bool) error {
		if index {
			t.Error("urlset entry reported as a sitemap")
		}
		got = append(got, l)
		return nil
	})
	if err != nil || kind != KindSitemap || n != 2 || truncated != 1 {
		t.Errorf("parseSitemap = %v, %d, %d, %v; want sitemap, 2, 1 truncated, nil", kind, n, truncated, err)
	}
	want := []link{{URL: "https://s.example/a?x=1&y=2", Title: "Storm & flood", Published: "2024-03-05T09:00:00Z", Date: day(t, "2024-03-05T09:00:00Z")}, {URL: "https://s.example/b"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links differ (-want +got):\n%s", diff)
	}

	latin := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" +
		"<url><loc>https://s.example/cafe</loc><news:news><news:title>Caf\xe9 \x96 terrace</news:title></news:news></url></urlset>"
	var titles []string
	if _, _, _, err := parseSitemap(strings.NewReader(latin), 10, func(l link, _ bool) error { titles = append(titles, l.Title); return nil }); err != nil ||
		!cmp.Equal(titles, []string{"Café – terrace"}) {
		t.Errorf("windows-1252 sitemap: titles %q, %v", titles, err)
	}

	index := `<?xml version="1.0" encoding="ISO-8859-1"?><sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
<sm:sitemap><sm:loc>https://s.example/s1.xml.gz</sm:loc></sm:sitemap><sm:sitemap><sm:loc>/s2.xml</sm:loc></sm:sitemap></sm:sitemapindex>`
	var locs []string
	kind, _, _, err = parseSitemap(strings.NewReader(index), 10, func(l link, index bool) error {
		if !index {
			t.Error("index entry reported as a page")
		}
		locs = append(locs, l.URL)
		return nil
	})
	if err != nil || kind != KindSitemaps || !cmp.Equal(locs, []string{"https://s.example/s1.xml.gz", "/s2.xml"}) {
		t.Errorf("index: %v %q %v", kind, locs, err)
	}
	if _, _, _, err := parseSitemap(strings.NewReader("<html><body/></html>"), 10, func(link, bool) error { return nil }); err == nil {
		t.Error("HTML: want an error")
	}
	stop := errors.New("stop")
	if _, _, _, err := parseSitemap(strings.NewReader(news), 10, func(link, bool) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("emit error: %v, want it returned", err)
	}
}

func TestWARCReader(t *testing.T) {
	page := []byte("<html><body><p>hello</p></body></html>")
	recs := []testRecord{
		{Type: "warcinfo"},
		{Type: "request", URI: "https://w.example/a"},
		{Type: "response", URI: "https://w.example/a", CT: "text/html; charset=utf-8", Body: page},
		{Type: "response", URI: "https://w.example/missing", Status: 404, CT: "text/html", Body: []byte("not found")},
		{Type: "metadata", URI: "https://w.example/a"},
		{Type: "response", URI: "https://w.example/logo.png", CT: "image/png", Body: []byte("\x89PNG\r\n\x1a\n")},
		{Type: "resource", URI: "file:///home/a/saved.html", CT: "text/html", Body: page},
		{Type: "resource", URI: "https://w.example/logo.gif", CT: "image/gif", Body: []byte("GIF89a")},
	}
	for _, gz := range []bool{false, true} {
		data := buildWARC(recs, gz)
		wr := newWARCReader(bytes.NewReader(data), 1<<20)
		var types []string
		var pages []Page
		for {
			rec, err := wr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("gzip %v: %v", gz, err)
			}
			types = append(types, rec.Type)
			p, ok, err := warcPage("f.warc", rec, 1<<20)
			if err != nil {
				t.Errorf("gzip %v: record %d: %v", gz, rec.Number, err)
			}
			if ok {
				pages = append(pages, p)
			}
		}
		if want := []string{"warcinfo", "request", "response", "response", "metadata", "response", "resource", "resource"}; !cmp.Equal(types, want) {
			t.Errorf("gzip %v: types %q, want %q", gz, types, want)
		}
		if len(pages) != 2 || pages[0].URL != "https://w.example/a" || !bytes.Equal(pages[0].Data, page) || pages[0].ContentType != "text/html; charset=utf-8" ||
			pages[1].URL != "" || !bytes.Equal(pages[1].Data, page) {
			t.Errorf("gzip %v: pages %+v, want the 200 HTML response and the HTML resource (with no web URL)", gz, pages)
		}
	}
}

// TestWARCReaderBroken checks that broken records fail one at a time and
// the walk goes on.
func TestWARCReaderBroken(t *testing.T) {
	good := func(n string) testRecord {
		return testRecord{Type: "response", URI: "https://w.example/" + n, CT: "text/html", Body: []byte("<p>" + n + "</p>")}
	}
	t.Run("plain junk between records", func(t *testing.T) {
		data := buildWARC([]testRecord{good("1")}, false)
		data = append(data, "garbage line\r\nmore garbage\r\n"...)
		data = append(data, buildWARC([]testRecord{good("2")}, false)...)
		uris, errs := walkAll(t, data)
		if !cmp.Equal(uris, []string{"https://w.example/1", "https://w.example/2"}) || len(errs) != 1 {
			t.Errorf("got %q and errors %v, want both records and one error", uris, errs)
		}
	})
	t.Run("bad content length", func(t *testing.T) {
		data := buildWARC([]testRecord{good("1")}, false)
		data = append(data, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nxx\r\n\r\n"...)
		data = append(data, buildWARC([]testRecord{good("3")}, false)...)
		uris, errs := walkAll(t, data)
		if !cmp.Equal(uris, []string{"https://w.example/1", "https://w.example/3"}) || len(errs) != 1 || !strings.Contains(errs[0].Error(), "Content-Length") {
			t.Errorf("got %q and errors %v, want records 1 and 3 and a Content-Length error", uris, errs)
		}
	})
	t.Run("wrong content length", func(t *testing.T) {
		for _, extra := range []int{-3, 40} { // cut short, or running into the next record
			long := good("2")
			long.BadLength = extra
			data := buildWARC([]testRecord{good("1"), long, good("3"), good("4")}, false)
			uris, errs := walkAll(t, data)
			if len(uris) < 2 || uris[0] != "https://w.example/1" || uris[len(uris)-1] != "https://w.example/4" || len(errs) != 1 ||
				!strings.Contains(errs[0].Error(), "record 2") || !strings.Contains(errs[0].Error(), "Content-Length") {
				t.Errorf("length %+d: got %q and errors %v, want records 1 and 4 and record 2 failed", extra, uris, errs)
			}
		}
	})
	t.Run("bare LF record ends", func(t *testing.T) {
		data := bytes.ReplaceAll(buildWARC([]testRecord{good("1"), good("2")}, false), []byte("</p>\r\n\r\n"), []byte("</p>\n\n"))
		uris, errs := walkAll(t, data)
		if len(uris) != 2 || len(errs) != 0 {
			t.Errorf("got %q and errors %v, want both records", uris, errs)
		}
	})
	t.Run("truncated last record", func(t *testing.T) {
		last := good("2")
		last.BadLength = 500
		for _, gz := range []bool{false, true} {
			data := buildWARC([]testRecord{good("1"), last}, gz)
			uris, errs := walkAll(t, data)
			if !cmp.Equal(uris, []string{"https://w.example/1"}) || len(errs) != 1 || !strings.Contains(errs[0].Error(), "truncated") {
				t.Errorf("gzip %v: got %q and errors %v, want record 1 and a truncation error", gz, uris, errs)
			}
		}
	})
	t.Run("corrupt gzip member", func(t *testing.T) {
		first := buildWARC([]testRecord{good("1")}, true)
		second := buildWARC([]testRecord{good("2")}, true)
		third := buildWARC([]testRecord{good("3")}, true)
		bad := append([]byte(nil), second...)
		for i := 20; i < len(bad)-10; i += 7 {
			bad[i] ^= 0x5a
		}
		data := append(append(append([]byte(nil), first...), bad...), third...)
		uris, errs := walkAll(t, data)
		if len(uris) < 2 || uris[0] != "https://w.example/1" || uris[len(uris)-1] != "https://w.example/3" || len(errs) == 0 {
			t.Errorf("got %q and errors %v, want records 1 and 3 around an error", uris, errs)
		}
	})
	t.Run("cut gzip", func(t *testing.T) {
		data := buildWARC([]testRecord{good("1"), good("2")}, true)
		data = data[:len(data)-15] // the trailer and the end of the last member
		uris, errs := walkAll(t, data)
		if len(uris) == 0 || uris[0] != "https://w.example/1" || len(errs) != 1 {
			t.Errorf("got %q and errors %v, want record 1 and one error", uris, errs)
		}
	})
}

// walkAll reads every record, returning the target URIs of the good ones
// and the record errors.
func walkAll(t *testing.T, data []byte) (uris []string, errs []error) {
	t.Helper()
	wr := newWARCReader(bytes.NewReader(data), 1<<20)
	for i := 0; i < 100; i++ {
		rec, err := wr.next()
		if err == io.EOF {
			return uris, errs
		}
		var re *warcRecordError
		if errors.As(err, &re) {
			errs = append(errs, err)
			continue
		}
		if err != nil {
			errs = append(errs, err)
			return uris, errs
		}
		uris = append(uris, rec.TargetURI)
	}
	t.Fatal("reader does not end")
	return nil, nil
}

func TestParseHTTPResponse(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>zipped</p>"))
	zw.Close()
	tests := []struct {
		name   string
		block  string
		status int
		ct     string
		body   string
	}{
		{"plain", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=Shift_JIS\r\n\r\n<p>x</p>", 200, "text/html; charset=Shift_JIS", "<p>x</p>"},
		{"bare LF", "HTTP/1.0 301 Moved\nLocation: /b\n\nmoved", 301, "", "moved"},
		{"chunked", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ab\r\n5\r\nc</p>\r\n0\r\n\r\n", 200, "", "<p>abc</p>"},
		{"chunked header, plain body", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>already decoded</p>", 200, "", "<p>already decoded</p>"},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(), 200, "", "<p>zipped</p>"},
		{"gzip header, plain body", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n<p>plain</p>", 200, "", "<p>plain</p>"},
	}
	for _, tt := range tests {
		p, err := parseHTTPResponse([]byte(tt.block), 1<<20)
		if err != nil || p.Status != tt.status || p.ContentType != tt.ct || string(p.Body) != tt.body {
			t.Errorf("%s: got %d %q %q %v; want %d %q %q", tt.name, p.Status, p.ContentType, p.Body, err, tt.status, tt.ct, tt.body)
		}
	}
	for _, bad := range []string{"", "no headers end", "FTP 200\r\n\r\n", "HTTP/1.1 abc\r\n\r\n"} {
		if _, err := parseHTTPResponse([]byte(bad), 1<<20); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

// day parses an RFC 3339 time for a test's expectations.
func day(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestParseW3CDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-05": "2024-03-05T00:00:00Z", " 2024-03-05T09:00+01:00 ": "2024-03-05T08:00:00Z",
		"2024-03-05T09:00:00.5Z": "2024-03-05T09:00:00.5Z", "2024-03": "2024-03-01T00:00:00Z",
	} {
		got, ok := parseW3CDate(in)
		if !ok || !got.Equal(day(t, strings.Replace(want, ".5Z", "Z", 1)).Add(time.Duration(strings.Count(want, ".5"))*500*time.Millisecond)) {
			t.Errorf("parseW3CDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	if _, ok := parseW3CDate("last Tuesday"); ok {
		t.Error("parseW3CDate(last Tuesday): want no date")
	}
}
