package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// link is one page address found in a feed or a sitemap, with what the
// source says about it. The hints never replace what the page says: they
// fill a title, a date or authors the page itself lacks.
type link struct {
	URL       string
	Title     string
	Published string // as the source gives it (RFC 3339 when it was parsed)
	Authors   []string
	// Date is when the source says the page was published or last
	// changed (a feed item's date, a sitemap's publication_date or
	// lastmod), for Options.Since; zero when it does not say.
	Date time.Time
}

// parseFeed reads an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document and
// returns the links of its items, resolved against base (the feed's own
// address, when known). Items without a usable http(s) link are left out;
// the count of those is returned too, for messages.
func parseFeed(data []byte, base string) (links []link, dropped int, err error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, 0, fmt.Errorf("not a readable feed: %w", err)
	}
	var baseURL *url.URL
	if base != "" {
		baseURL, _ = url.Parse(base)
	}
	if baseURL == nil && f.Link != "" {
		baseURL, _ = url.Parse(f.Link)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		raw := strings.TrimSpace(it.Link)
		if raw == "" && len(it.Links) > 0 {
			raw = strings.TrimSpace(it.Links[0])
		}
		if raw == "" && isWebURL(it.GUID) {
			raw = strings.TrimSpace(it.GUID)
		}
		if raw == "" {
			dropped++
			continue
		}
		if baseURL != nil {
			if ref, err := url.Parse(raw); err == nil {
				raw = baseURL.ResolveReference(ref).String()
			}
		}
		if !isWebURL(raw) {
			dropped++
			continue
		}
		l := link{URL: raw, Title: strings.TrimSpace(it.Title)}
		switch {
		case it.PublishedParsed != nil:
			l.Published = it.PublishedParsed.UTC().Format("2006-01-02T15:04:05Z07:00")
			l.Date = *it.PublishedParsed
		case it.Published != "":
			l.Published = strings.TrimSpace(it.Published)
		}
		if it.UpdatedParsed != nil && it.UpdatedParsed.After(l.Date) {
			l.Date = *it.UpdatedParsed
		}
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				l.Authors = append(l.Authors, strings.TrimSpace(a.Name))
			}
		}
		links = append(links, l)
	}
	return links, dropped, nil
}
