package webui

import (
	"net/http"
	"strings"

	"github.com/ledehq/lede/internal/store"
)

type quotesData struct {
	pageBase
	Speaker, Words string
	Quotes         []quoteView
	Total          int
	Pages          pagination
	Asked          bool
}

// quotesPage lists quotes by speaker and words ("what did Bolton say
// about the summit": speaker Bolton, words summit); the words may be in
// the quote or in the paragraph around it, as the store matches them.
func (u *ui) quotesPage(w http.ResponseWriter, r *http.Request) {
	page, err := pageNumber(r, "page")
	if err != nil {
		u.fail(w, r, err)
		return
	}
	v := r.URL.Query()
	d := quotesData{
		pageBase: pageBase{Title: "Quotes", Nav: "quotes"},
		Speaker:  strings.TrimSpace(v.Get("speaker")), Words: strings.TrimSpace(v.Get("q")),
	}
	d.Asked = d.Speaker != "" || d.Words != ""
	if d.Asked {
		d.Title = strings.TrimSpace(d.Speaker+" "+d.Words) + " — quotes"
	}
	const perPage = 20
	res, err := u.store.Quotes(r.Context(), store.QuoteQuery{Speaker: d.Speaker, Q: d.Words, Limit: perPage, Offset: (page - 1) * perPage})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d.Total = res.Total
	for _, q := range res.Results {
		d.Quotes = append(d.Quotes, quoteViewOf(q, store.People))
	}
	d.Pages = paginate(res.Total, perPage, page, func(n int) string { return pageHref(r.URL.Path, v, "page", n) })
	u.render(w, r, http.StatusOK, "quotes", d)
}
