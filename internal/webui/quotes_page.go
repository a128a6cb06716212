package webui

import (
	"errors"
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
	words := searchWords(d.Words)
	kinds := map[string]store.EntityKind{} // speaker → the kind of page they have
	for _, q := range res.Results {
		kind, seen := kinds[q.Speaker]
		if !seen && q.Speaker != "" {
			if kind, err = u.speakerKind(r, q.Speaker); err != nil {
				u.fail(w, r, err)
				return
			}
			kinds[q.Speaker] = kind
		}
		v := quoteViewOf(q, kind)
		if kind == "" {
			v.SpeakerHref = ""
		}
		if len(words) > 0 {
			v.TextRuns = highlight(v.Text, words)
			v.InContext = markWords(v.InContext, words)
		}
		d.Quotes = append(d.Quotes, v)
	}
	d.Pages = paginate(res.Total, perPage, page, func(n int) string { return pageHref(r.URL.Path, v, "page", n) })
	u.render(w, r, http.StatusOK, "quotes", d)
}

// speakerKind says whether a speaker has a person's page or an
// organization's; "" when neither.
func (u *ui) speakerKind(r *http.Request, name string) (store.EntityKind, error) {
	for _, kind := range []store.EntityKind{store.People, store.Organizations} {
		_, err := u.store.Entity(r.Context(), kind, name)
		if err == nil {
			return kind, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return "", err
		}
	}
	return "", nil
}
