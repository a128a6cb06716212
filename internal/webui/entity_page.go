package webui

import (
	"errors"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

type quoteView struct {
	Text, Speaker, SpeakerHref, Kind string
	ArticleHref, Title, Published    string
	// InContext is the paragraph around a partial or reported quote,
	// with the quoted words marked; nil for a direct quote, shown alone.
	InContext []inline
	// TextRuns is the quote with searched words marked; nil: Text.
	TextRuns []inline
}

type companion struct {
	Name, Href string
	Articles   int
}

type companionGroup struct {
	Title string
	Items []companion
}

type entityData struct {
	pageBase
	Kind         string // "people", "organizations", "places"
	KindLabel    string
	Detail       store.EntityDetail
	Aliases      []string
	Roles        []string
	Quotes       []quoteView
	QuotesTotal  int
	QuotePages   pagination
	Articles     []resultView
	Total        int
	Pages        pagination
	Chart        *chart
	Companions   []companionGroup
	SearchHref   string // the search page filtered on the entity
	CountryHref  string // places: the search filtered on the country
	CanBeSpeaker bool
	Coords       string // places: "60.17° N, 24.94° E"
	MapHref      string // places: the spot on OpenStreetMap
}

// searchKey is the search parameter that filters on an entity of a kind.
func searchKey(kind store.EntityKind) string {
	switch kind {
	case store.People:
		return "person"
	case store.Organizations:
		return "org"
	}
	return "place"
}

func entityQuery(kind store.EntityKind, name, country string) store.Query {
	q := store.Query{Sort: store.SortDate}
	switch kind {
	case store.People:
		q.Person = name
	case store.Organizations:
		q.Org = name
	default:
		q.Place, q.Country = name, country
	}
	return q
}

func (u *ui) entityPage(kind store.EntityKind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimSpace(r.PathValue("name"))
		country := strings.ToUpper(r.URL.Query().Get("country"))
		page, err := pageNumber(r, "page")
		if err != nil {
			u.fail(w, r, err)
			return
		}
		qpage, err := pageNumber(r, "qpage")
		if err != nil {
			u.fail(w, r, err)
			return
		}
		ctx := r.Context()
		det, err := u.store.Entity(ctx, kind, name)
		if errors.Is(err, store.ErrNotFound) {
			u.errorPage(w, r, http.StatusNotFound, "No stored article names "+kindNoun(kind)+" called “"+name+"”.")
			return
		}
		if err != nil {
			u.fail(w, r, err)
			return
		}
		if kind != store.Places || country == "" {
			country = det.Country
		}
		d := entityData{
			pageBase: pageBase{Title: det.Name, Nav: string(kind)},
			Kind:     string(kind), KindLabel: kindLabel(string(kind)), Detail: det,
			CanBeSpeaker: kind != store.Places,
		}
		if kind == store.Places && (det.Lat != 0 || det.Lon != 0) {
			d.Coords, d.MapHref = coordinates(det.Lat, det.Lon)
		}
		for _, a := range det.Aliases {
			d.Aliases = append(d.Aliases, a.Name)
		}
		for _, a := range det.Roles {
			d.Roles = append(d.Roles, a.Name)
		}
		sp := searchParams{Page: 1}
		sp.set(searchKey(kind), det.Name)
		if kind == store.Places && country != "" {
			sp.Country = country
			d.CountryHref = searchParams{Country: country, Page: 1}.href()
		}
		d.SearchHref = sp.href()
		d.Feed = feedHref(sp)

		if d.CanBeSpeaker {
			const perPage = 10
			qs, err := u.store.Quotes(ctx, store.QuoteQuery{Speaker: det.Name, Limit: perPage, Offset: (qpage - 1) * perPage})
			if err != nil {
				u.fail(w, r, err)
				return
			}
			d.QuotesTotal = qs.Total
			d.QuotePages = paginate(qs.Total, perPage, qpage, func(n int) string { return pageHref(r.URL.Path, r.URL.Query(), "qpage", n) + "#quotes" })
			for _, q := range qs.Results {
				d.Quotes = append(d.Quotes, quoteViewOf(q, kind))
			}
		}

		q := entityQuery(kind, det.Name, country)
		limit := u.opts.PageSize
		q.Limit, q.Offset = limit, (page-1)*limit
		res, err := u.store.Search(ctx, q)
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Total = res.Total
		for _, s := range res.Results {
			d.Articles = append(d.Articles, summaryView(s, nil))
		}
		base := r.URL.Path
		d.Pages = paginate(res.Total, limit, page, func(n int) string { return pageHref(base, r.URL.Query(), "page", n) + "#articles" })

		tlq := entityQuery(kind, det.Name, country)
		tl, err := u.store.Timeline(ctx, tlq)
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Chart = timelineChart(tl, &sp)

		co, err := u.store.CoOccurrences(ctx, store.CoOccurrenceQuery{Kind: kind, Name: det.Name, Limit: 30})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Companions = companionGroups(co.Results, 8)
		u.render(w, r, http.StatusOK, "entity", d)
	}
}

// companionGroups splits co-occurrences by kind, at most n of each.
func companionGroups(cs []store.CoOccurrence, n int) []companionGroup {
	var out []companionGroup
	for _, k := range []struct {
		kind  store.EntityKind
		title string
	}{{store.People, "People"}, {store.Organizations, "Organizations"}, {store.Places, "Places"}} {
		g := companionGroup{Title: k.title}
		for _, c := range cs {
			if c.Kind == k.kind && len(g.Items) < n {
				g.Items = append(g.Items, companion{Name: c.Name, Href: entityHref(string(c.Kind), c.Name, c.Country), Articles: c.Articles})
			}
		}
		if len(g.Items) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// quoteViewOf shows a stored quote; the speaker is linked to the page of
// speakerKind.
func quoteViewOf(q store.QuoteHit, speakerKind store.EntityKind) quoteView {
	v := quoteView{
		Text: quoteShown(q.Text), Speaker: q.Speaker, Kind: q.Kind, Title: q.Title, Published: q.Published,
		ArticleHref: "/articles/" + strconv.FormatInt(q.ArticleID, 10),
	}
	if i := strings.Index(q.Context, q.Text); i >= 0 && q.Kind != string(lede.QuoteDirect) && q.Text != "" {
		v.InContext = []inline{{Text: q.Context[:i]}, {Quote: true, Class: "quote " + q.Kind, Title: "Quote", Children: []inline{{Text: q.Text}}}, {Text: q.Context[i+len(q.Text):]}}
	}
	if q.Speaker != "" {
		v.SpeakerHref = entityHref(string(speakerKind), q.Speaker, "")
	}
	return v
}

func kindNoun(kind store.EntityKind) string {
	switch kind {
	case store.People:
		return "a person"
	case store.Organizations:
		return "an organization"
	}
	return "a place"
}

// pageNumber reads a page number parameter, 1 when absent.
func pageNumber(r *http.Request, key string) (int, error) {
	s := r.URL.Query().Get(key)
	if s == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 100000 {
		return 0, errf("%s must be a whole number from 1, not %q", key, s)
	}
	return n, nil
}

// pageHref is path with the query's page number key set to n.
func pageHref(path string, q url.Values, key string, n int) string {
	v := url.Values{}
	for k, vs := range q {
		v[k] = vs
	}
	if n > 1 {
		v.Set(key, strconv.Itoa(n))
	} else {
		v.Del(key)
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

type entityRow struct {
	Name, Href, Country string
	Articles, Mentions  int
}

type entityIndexData struct {
	pageBase
	Kind      string
	Heading   string
	Prefix    string
	Rows      []entityRow
	Total     int
	Pages     pagination
	CountName bool
}

func (u *ui) entityIndex(kind store.EntityKind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		page, err := pageNumber(r, "page")
		if err != nil {
			u.fail(w, r, err)
			return
		}
		prefix := strings.TrimSpace(r.URL.Query().Get("prefix"))
		limit := 50
		res, err := u.store.Entities(r.Context(), store.EntityQuery{Kind: kind, Prefix: prefix, Limit: limit, Offset: (page - 1) * limit})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		heading := map[store.EntityKind]string{store.People: "People", store.Organizations: "Organizations", store.Places: "Places"}[kind]
		d := entityIndexData{pageBase: pageBase{Title: heading, Nav: string(kind)}, Kind: string(kind), Heading: heading, Prefix: prefix, Total: res.Total}
		for _, e := range res.Results {
			d.Rows = append(d.Rows, entityRow{Name: e.Name, Href: entityHref(string(kind), e.Name, e.Country), Country: e.Country, Articles: e.Articles, Mentions: e.Mentions})
		}
		d.Pages = paginate(res.Total, limit, page, func(n int) string { return pageHref(r.URL.Path, r.URL.Query(), "page", n) })
		u.render(w, r, http.StatusOK, "entities", d)
	}
}

// coordinates writes a place's position for people ("60.17° N, 24.94° E")
// and its address on OpenStreetMap.
func coordinates(lat, lon float64) (text, href string) {
	ns, ew := "N", "E"
	if lat < 0 {
		ns = "S"
	}
	if lon < 0 {
		ew = "W"
	}
	text = strconv.FormatFloat(math.Abs(lat), 'f', 2, 64) + "° " + ns + ", " + strconv.FormatFloat(math.Abs(lon), 'f', 2, 64) + "° " + ew
	ll := strconv.FormatFloat(lat, 'f', 4, 64) + "/" + strconv.FormatFloat(lon, 'f', 4, 64)
	href = "https://www.openstreetmap.org/#map=9/" + ll
	return text, href
}
