package webui

import (
	"bytes"
	"encoding/xml"
	"net/http"
	"strconv"
	"time"

	"github.com/ledehq/lede/internal/store"
)

// atomFeed is an Atom 1.0 feed (RFC 4287) of the newest articles a search
// selects, so a reader can follow a person, a place, a source or some
// words in a feed reader.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Author  string     `xml:"author>name"`
	Summary string     `xml:"summary,omitempty"`
}

// feedSize is how many articles a feed lists.
const feedSize = 50

// feedPage answers /feed with the search parameters of /search: the
// newest matching articles as Atom. Addresses in it are absolute, built
// from the request's host.
func (u *ui) feedPage(w http.ResponseWriter, r *http.Request) {
	p, err := readSearchParams(r.URL.Query())
	if err != nil {
		u.fail(w, r, err)
		return
	}
	p.Sort, p.Page = string(store.SortDate), 1
	res, err := u.store.Search(r.Context(), p.query(feedSize))
	if err != nil {
		u.fail(w, r, err)
		return
	}
	base := "http://" + r.Host
	if r.TLS != nil {
		base = "https://" + r.Host
	}
	title := "Latest articles · lede"
	if p.Q != "" || p.filtered() {
		title = searchTitle(p) + " · lede"
	}
	f := atomFeed{
		ID: base + p.href(), Title: title,
		Links: []atomLink{{Href: base + r.URL.RequestURI(), Rel: "self"}, {Href: base + p.href(), Rel: "alternate"}},
	}
	newest := time.Time{}
	for _, s := range res.Results {
		href := base + "/articles/" + strconv.FormatInt(s.ID, 10)
		updated := time.Unix(0, 0).UTC()
		if t, _, ok := parseDate(s.Published); ok {
			updated = t.UTC()
		}
		if updated.After(newest) {
			newest = updated
		}
		e := atomEntry{
			ID: href, Title: s.Title, Updated: updated.Format(time.RFC3339), Summary: s.Snippet,
			Links:  []atomLink{{Href: href, Rel: "alternate"}},
			Author: siteLabel(s.SiteName, s.URL),
		}
		if e.Author == "" {
			e.Author = "unknown"
		}
		if u := webURL(s.URL); u != "" {
			e.Links = append(e.Links, atomLink{Href: u, Rel: "related"})
		}
		f.Entries = append(f.Entries, e)
	}
	if newest.IsZero() {
		newest = time.Unix(0, 0).UTC()
	}
	f.Updated = newest.Format(time.RFC3339)
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		u.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}
