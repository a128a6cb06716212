package webui

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/ledehq/lede/internal/store"
)

type sourceData struct {
	pageBase
	Source     store.Source
	Articles   []resultView
	Total      int
	Pages      pagination
	Chart      *chart
	Facets     []facetGroup
	SearchHref string
}

func (u *ui) sourcePage(w http.ResponseWriter, r *http.Request) {
	site := strings.TrimSpace(r.PathValue("site"))
	page, err := pageNumber(r, "page")
	if err != nil {
		u.fail(w, r, err)
		return
	}
	ctx := r.Context()
	srcs, err := u.store.Sources(ctx, store.SourceQuery{Site: site, Limit: 1})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	if len(srcs.Results) == 0 {
		u.errorPage(w, r, http.StatusNotFound, "No stored article comes from a source called “"+site+"”.")
		return
	}
	src := srcs.Results[0]
	key := sourceKey(src, site)
	name := siteLabel(src.SiteName, "https://"+src.Host)
	d := sourceData{pageBase: pageBase{Title: name, Nav: "sources"}, Source: src}
	d.SearchHref = searchParams{Site: key, Page: 1}.href()
	d.Feed = feedHref(searchParams{Site: key, Page: 1})
	limit := u.opts.PageSize
	q := store.Query{Site: key, Sort: store.SortDate, Limit: limit, Offset: (page - 1) * limit}
	res, err := u.store.Search(ctx, q)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d.Total = res.Total
	for _, s := range res.Results {
		d.Articles = append(d.Articles, summaryView(s, nil))
	}
	d.Pages = paginate(res.Total, limit, page, func(n int) string { return pageHref(r.URL.Path, r.URL.Query(), "page", n) })
	tl, err := u.store.Timeline(ctx, store.Query{Site: key})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d.Chart = timelineChart(tl, &searchParams{Site: key, Page: 1})
	fr, err := u.store.Facets(ctx, store.Query{Site: key}, store.FacetOptions{Limit: 8})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	sp := searchParams{Site: key, Page: 1}
	d.Facets = facetGroups(fr, sp, false)
	u.render(w, r, http.StatusOK, "source", d)
}

type sourceIndexData struct {
	pageBase
	Rows  []sourceRow
	Total int
	Pages pagination
}

type sourceRow struct {
	store.Source
	Name, Href string
}

func (u *ui) sourceIndex(w http.ResponseWriter, r *http.Request) {
	page, err := pageNumber(r, "page")
	if err != nil {
		u.fail(w, r, err)
		return
	}
	limit := 50
	res, err := u.store.Sources(r.Context(), store.SourceQuery{Limit: limit, Offset: (page - 1) * limit})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := sourceIndexData{pageBase: pageBase{Title: "Sources", Nav: "sources"}, Total: res.Total}
	for _, s := range res.Results {
		name := siteLabel(s.SiteName, "https://"+s.Host)
		d.Rows = append(d.Rows, sourceRow{Source: s, Name: name, Href: "/sources/" + url.PathEscape(sourceKey(s, ""))})
	}
	d.Pages = paginate(res.Total, limit, page, func(n int) string { return pageHref(r.URL.Path, r.URL.Query(), "page", n) })
	u.render(w, r, http.StatusOK, "sources", d)
}

// sourceKey is what selects a source's articles: its host, else (articles
// stored without an address) its site name, else what was asked for.
func sourceKey(s store.Source, asked string) string {
	switch {
	case s.Host != "":
		return s.Host
	case s.SiteName != "":
		return s.SiteName
	}
	return asked
}
