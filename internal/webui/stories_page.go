package webui

import (
	"net/http"
	"strconv"

	"github.com/ledehq/lede/internal/store"
)

type storyView struct {
	Title, Href string
	Copies      []copyView
}

type storiesData struct {
	pageBase
	Stories []storyView
	Total   int
	Pages   pagination
}

// storiesPage lists the stories stored from more than one page (a wire
// story and its republications), most copies first.
func (u *ui) storiesPage(w http.ResponseWriter, r *http.Request) {
	page, err := pageNumber(r, "page")
	if err != nil {
		u.fail(w, r, err)
		return
	}
	const perPage = 20
	res, err := u.store.Stories(r.Context(), store.StoryQuery{MinCopies: 2, Limit: perPage, Offset: (page - 1) * perPage})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d := storiesData{pageBase: pageBase{Title: "Republished stories", Nav: "stories"}, Total: res.Total}
	for _, s := range res.Results {
		v := storyView{Title: s.Title}
		if v.Title == "" {
			v.Title = "(untitled)"
		}
		for i, c := range s.Copies {
			cv := copyViewOf(c)
			if i == 0 {
				v.Href = cv.Href
			}
			v.Copies = append(v.Copies, cv)
		}
		d.Stories = append(d.Stories, v)
	}
	d.Pages = paginate(res.Total, perPage, page, func(n int) string { return pageHref(r.URL.Path, r.URL.Query(), "page", n) })
	u.render(w, r, http.StatusOK, "stories", d)
}

// copyViewOf shows one stored copy of a story.
func copyViewOf(c store.StoryCopy) copyView {
	return copyView{
		Title: c.Title, Href: "/articles/" + strconv.FormatInt(c.ArticleID, 10), Site: siteLabel(c.SiteName, "https://"+c.Host),
		URL: webURL(c.URL), Published: c.Published, Similarity: int(c.Similarity*100 + 0.5),
	}
}
