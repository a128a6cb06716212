package webui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ledehq/lede/internal/store"
)

// searchParams are the search page's parameters, as its address carries
// them.
type searchParams struct {
	Q, Person, Org, Place, Country, Site, From, To, Lang, Sort string
	MentionsDate                                               string // YYYY[-MM[-DD]]: articles whose text mentions a date in it
	Page                                                       int
}

// searchFilters lists the filter parameters with their labels, in the
// order the page shows them.
func searchFilters() []struct{ key, label string } {
	return []struct{ key, label string }{
		{"person", "Person"}, {"org", "Organization"}, {"place", "Place"}, {"country", "Country"},
		{"site", "Source"}, {"from", "From"}, {"to", "To"}, {"lang", "Language"}, {"mentions_date", "Mentions the date"},
	}
}

func readSearchParams(v url.Values) (searchParams, error) {
	p := searchParams{
		Q: strings.TrimSpace(v.Get("q")), Person: v.Get("person"), Org: v.Get("org"), Place: v.Get("place"),
		Country: v.Get("country"), Site: v.Get("site"), From: v.Get("from"), To: v.Get("to"),
		Lang: v.Get("lang"), Sort: v.Get("sort"), MentionsDate: v.Get("mentions_date"), Page: 1,
	}
	if p.Lang == "" {
		p.Lang = v.Get("language")
	}
	if s := v.Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100000 {
			return p, errf("page must be a whole number from 1, not %q", s)
		}
		p.Page = n
	}
	switch p.Sort {
	case "", string(store.SortRelevance), string(store.SortDate):
	default:
		return p, errf("sort must be relevance or date, not %q", p.Sort)
	}
	return p, nil
}

func (p searchParams) get(key string) string {
	switch key {
	case "q":
		return p.Q
	case "person":
		return p.Person
	case "org":
		return p.Org
	case "place":
		return p.Place
	case "country":
		return p.Country
	case "site":
		return p.Site
	case "from":
		return p.From
	case "to":
		return p.To
	case "lang":
		return p.Lang
	case "sort":
		return p.Sort
	case "mentions_date":
		return p.MentionsDate
	}
	return ""
}

func (p *searchParams) set(key, value string) {
	switch key {
	case "q":
		p.Q = value
	case "person":
		p.Person = value
	case "org":
		p.Org = value
	case "place":
		p.Place = value
	case "country":
		p.Country = value
	case "site":
		p.Site = value
	case "from":
		p.From = value
	case "to":
		p.To = value
	case "lang":
		p.Lang = value
	case "sort":
		p.Sort = value
	case "mentions_date":
		p.MentionsDate = value
	}
}

// href is the address of the search page with these parameters.
func (p searchParams) href() string {
	v := url.Values{}
	for _, k := range []string{"q", "person", "org", "place", "country", "site", "from", "to", "lang", "mentions_date", "sort"} {
		if s := p.get(k); s != "" {
			v.Set(k, s)
		}
	}
	if p.Page > 1 {
		v.Set("page", strconv.Itoa(p.Page))
	}
	if len(v) == 0 {
		return "/search"
	}
	return "/search?" + v.Encode()
}

// with returns the address with one parameter changed, back on page 1.
func (p searchParams) with(key, value string) string {
	p.set(key, value)
	p.Page = 1
	return p.href()
}

func (p searchParams) filtered() bool {
	for _, f := range searchFilters() {
		if p.get(f.key) != "" {
			return true
		}
	}
	return false
}

func (p searchParams) query(limit int) store.Query {
	return store.Query{
		Q: p.Q, Person: p.Person, Org: p.Org, Place: p.Place, Country: p.Country, Site: p.Site,
		From: p.From, To: p.To, Language: p.Lang, MentionsDate: p.MentionsDate, Sort: store.Sort(p.Sort),
		Limit: limit, Offset: (p.Page - 1) * limit,
	}
}

// resultView is one article in a list.
type resultView struct {
	ID        int64
	Href      string // the reader
	Title     string
	Site      string
	SiteHref  string
	Published string
	Snippet   []inline
	TitleRuns []inline // the title, searched words marked
	// Others is how many other stored copies of the same story there are
	// (republications on other sites); the reader lists them.
	Others int
}

type filterChip struct {
	Label, Value, RemoveHref string
}

type facetItem struct {
	Label  string
	Count  int
	Href   string
	Active bool
}

type facetGroup struct {
	Title string
	Items []facetItem
}

type pageLink struct {
	N       int
	Href    string
	Current bool
	Gap     bool
}

type pagination struct {
	Prev, Next string
	Links      []pageLink
}

type searchData struct {
	pageBase
	P             searchParams
	Searched      bool // words or filters were given
	Total         int
	First, Last   int
	Results       []resultView
	Chips         []filterChip
	Facets        []facetGroup
	Pages         pagination
	SortRelHref   string
	SortDateHref  string
	SortDate      bool
	StoreEmpty    bool
	Chart         *chart    // the selected articles over time, on searches
	Overview      *overview // the home page's counts
	ClearHref     string
	FirstPageHref string
}

func (u *ui) searchPage(w http.ResponseWriter, r *http.Request) {
	p, err := readSearchParams(r.URL.Query())
	if err != nil {
		u.fail(w, r, err)
		return
	}
	limit := u.opts.PageSize
	res, err := u.store.Search(r.Context(), p.query(limit))
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := searchData{
		pageBase: pageBase{Title: "Search", Q: p.Q, Nav: "search"},
		P:        p, Searched: p.Q != "" || p.filtered(), Total: res.Total,
		ClearHref: "/search", FirstPageHref: p.with("page", ""),
	}
	if d.Searched {
		d.Title = searchTitle(p)
	}
	d.Feed = feedHref(p)
	words := searchWords(p.Q)
	for _, s := range res.Results {
		v := summaryView(s, words)
		if p.Q != "" {
			v.Href += "?hl=" + url.QueryEscape(p.Q) // the reader marks the searched words
		}
		d.Results = append(d.Results, v)
	}
	if len(res.Results) > 0 {
		d.First = (p.Page-1)*limit + 1
		d.Last = d.First + len(res.Results) - 1
	}
	for _, f := range searchFilters() {
		if v := p.get(f.key); v != "" {
			shown := v
			if f.key == "country" {
				shown = countryName(v)
			}
			d.Chips = append(d.Chips, filterChip{Label: f.label, Value: shown, RemoveHref: p.with(f.key, "")})
		}
	}
	d.SortDate = p.Sort == string(store.SortDate) || (p.Sort == "" && p.Q == "")
	d.SortRelHref = p.with("sort", string(store.SortRelevance))
	d.SortDateHref = p.with("sort", string(store.SortDate))
	d.Pages = paginate(res.Total, limit, p.Page, func(n int) string { q := p; q.Page = n; return q.href() })
	if res.Total == 0 && !d.Searched {
		d.StoreEmpty = true
	}
	if res.Total > 0 {
		if d.Facets, err = u.searchFacets(r, p); err != nil {
			u.fail(w, r, err)
			return
		}
	}
	if !d.Searched && res.Total > 0 {
		if d.Overview, err = u.overview(r); err != nil {
			u.fail(w, r, err)
			return
		}
		d.Overview.Stories = res.Total
	}
	if d.Searched && res.Total > 1 {
		tl, err := u.store.Timeline(r.Context(), p.query(0))
		if err != nil {
			u.fail(w, r, err)
			return
		}
		d.Chart = timelineChart(tl, &p)
	}
	u.render(w, r, http.StatusOK, "search", d)
}

func searchTitle(p searchParams) string {
	var parts []string
	if p.Q != "" {
		parts = append(parts, p.Q)
	}
	for _, f := range searchFilters() {
		if v := p.get(f.key); v != "" {
			parts = append(parts, v)
		}
	}
	return strings.Join(parts, " · ") + " — search"
}

func summaryView(s store.Summary, words []searchWord) resultView {
	v := resultView{ID: s.ID, Href: "/articles/" + strconv.FormatInt(s.ID, 10), Title: s.Title, Published: s.Published, Snippet: highlight(s.Snippet, words), Others: max(s.Copies-1, 0)}
	v.Site = siteLabel(s.SiteName, s.URL)
	if h := hostOf(s.URL); h != "" {
		v.SiteHref = "/sources/" + url.PathEscape(h)
	} else if v.Site != "" {
		v.SiteHref = "/sources/" + url.PathEscape(v.Site)
	}
	if v.Title == "" {
		v.Title = "(untitled)"
	}
	v.TitleRuns = highlight(v.Title, words)
	return v
}

// paginate builds the page links: first, last, and two either side of the
// current page.
func paginate(total, per, current int, href func(int) string) pagination {
	var p pagination
	pages := (total + per - 1) / per
	if pages <= 1 {
		return p
	}
	if current > 1 {
		p.Prev = href(current - 1)
	}
	if current < pages {
		p.Next = href(current + 1)
	}
	last := 0
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < current-2 || n > current+2) {
			continue
		}
		if last != 0 && n > last+1 {
			p.Links = append(p.Links, pageLink{Gap: true})
		}
		p.Links = append(p.Links, pageLink{N: n, Href: href(n), Current: n == current})
		last = n
	}
	return p
}

// searchFacets counts the people, organizations, places, countries,
// sources and languages of the articles the search selects.
func (u *ui) searchFacets(r *http.Request, p searchParams) ([]facetGroup, error) {
	fr, err := u.store.Facets(r.Context(), p.query(0), store.FacetOptions{Limit: 8})
	if err != nil {
		return nil, err
	}
	return facetGroups(fr, p, true), nil
}

// facetGroups turns facet counts into groups of links that add (or, for
// the value already filtered on, remove) a filter of the search p.
func facetGroups(fr store.FacetResult, p searchParams, showActive bool) []facetGroup {
	groups := []struct {
		title, key string
		values     []store.FacetValue
	}{
		{"People", "person", fr.People},
		{"Organizations", "org", fr.Organizations},
		{"Places", "place", fr.Places},
		{"Countries", "country", fr.Countries},
		{"Sources", "site", fr.Sites},
		{"Languages", "lang", fr.Languages},
	}
	var out []facetGroup
	for _, g := range groups {
		fg := facetGroup{Title: g.title}
		current := p.get(g.key)
		for _, v := range g.values {
			label := v.Label
			switch {
			case g.key == "country":
				label = countryName(v.Value)
			case g.key == "site":
				label = siteLabel(v.Label, "https://"+v.Value)
			case label == "":
				label = v.Value
			}
			item := facetItem{Label: label, Count: v.Count, Href: p.with(g.key, v.Value)}
			if showActive && strings.EqualFold(current, v.Value) {
				item.Active = true
				item.Href = p.with(g.key, "")
			}
			fg.Items = append(fg.Items, item)
		}
		// A facet with one value that every result has tells nothing,
		// unless it is the active filter.
		if len(fg.Items) == 0 || (len(fg.Items) == 1 && !fg.Items[0].Active && fg.Items[0].Count == fr.Total && g.key == "lang") {
			continue
		}
		out = append(out, fg)
	}
	return out
}

// overview counts what the news base holds, for the home page.
type overview struct {
	Articles, Sources, People, Organizations, Places int
	Stories                                          int // articles with republished copies counted once
}

func (u *ui) overview(r *http.Request) (*overview, error) {
	ctx := r.Context()
	var o overview
	var err error
	if o.Articles, err = u.store.Count(ctx); err != nil {
		return nil, err
	}
	src, err := u.store.Sources(ctx, store.SourceQuery{Limit: 1})
	if err != nil {
		return nil, err
	}
	o.Sources = src.Total
	for kind, n := range map[store.EntityKind]*int{store.People: &o.People, store.Organizations: &o.Organizations, store.Places: &o.Places} {
		res, err := u.store.Entities(ctx, store.EntityQuery{Kind: kind, Limit: 1})
		if err != nil {
			return nil, err
		}
		*n = res.Total
	}
	return &o, nil
}

// feedHref is the address of the Atom feed of a search's newest articles.
func feedHref(p searchParams) string {
	p.Sort, p.Page = "", 1
	h := p.href()
	return "/feed" + h[len("/search"):]
}
