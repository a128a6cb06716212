package webui

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

type nameLink struct {
	Name, Href, Note string
	Mentions         int
}

type dateView struct {
	Text, Value string
}

type copyView struct {
	Title, Href, Site, URL, Published string
	Similarity                        int // percent
}

type articleData struct {
	pageBase
	ID         int64
	A          *lede.Article
	URL        string // the original, http(s) only
	Host       string
	Site       string
	SiteHref   string
	Authors    []nameLink
	Image      string
	Body       []bodyBlock
	People     []nameLink
	Orgs       []nameLink
	Places     []nameLink
	Dates      []dateView
	Quotes     []articleQuote
	Copies     []copyView
	Tags       []string
	Understood bool
}

type articleQuote struct {
	Text, Speaker, SpeakerHref, Anchor, Kind string
}

func (u *ui) articlePage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		u.errorPage(w, r, http.StatusNotFound, "Articles are numbered from 1; “"+r.PathValue("id")+"” is not an article number.")
		return
	}
	st, err := u.store.Get(r.Context(), id)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	a := st.Article
	d := articleData{pageBase: pageBase{Title: a.Title}, ID: st.ID, A: a, URL: webURL(a.URL), Image: imageURL(a.Image)}
	if d.URL == "" {
		d.URL = webURL(a.CanonicalURL)
	}
	if d.Title == "" {
		d.Title = "(untitled)"
	}
	d.Host = hostOf(d.URL)
	d.Site = siteLabel(a.SiteName, d.URL)
	if d.Host != "" {
		d.SiteHref = "/sources/" + url.PathEscape(d.Host)
	} else if d.Site != "" {
		d.SiteHref = "/sources/" + url.PathEscape(d.Site)
	}
	people := map[string]bool{}
	for _, p := range a.People {
		people[p.Name] = true
		d.People = append(d.People, nameLink{Name: p.Name, Href: entityHref("people", p.Name, ""), Note: p.Role, Mentions: len(p.Mentions)})
	}
	orgs := map[string]bool{}
	for _, o := range a.Organizations {
		orgs[o.Name] = true
		d.Orgs = append(d.Orgs, nameLink{Name: o.Name, Href: entityHref("organizations", o.Name, ""), Mentions: len(o.Mentions)})
	}
	for _, p := range a.Places {
		d.Places = append(d.Places, nameLink{Name: p.Name, Href: entityHref("places", p.Name, p.Country), Note: p.Country, Mentions: len(p.Mentions)})
	}
	for _, name := range a.Authors {
		l := nameLink{Name: name}
		if people[name] {
			l.Href = entityHref("people", name, "")
		}
		d.Authors = append(d.Authors, l)
	}
	seenDate := map[string]bool{}
	for _, dm := range a.Dates {
		if !dm.Resolved || dm.Value == "" || seenDate[dm.Text+"\x00"+dm.Value] {
			continue
		}
		seenDate[dm.Text+"\x00"+dm.Value] = true
		d.Dates = append(d.Dates, dateView{Text: dm.Text, Value: dm.Value})
	}
	for i, q := range a.Quotes {
		aq := articleQuote{Text: quoteShown(q.Text), Speaker: q.Speaker, Anchor: quoteAnchor(i), Kind: string(q.Kind)}
		switch {
		case people[q.Speaker]:
			aq.SpeakerHref = entityHref("people", q.Speaker, "")
		case orgs[q.Speaker]:
			aq.SpeakerHref = entityHref("organizations", q.Speaker, "")
		}
		d.Quotes = append(d.Quotes, aq)
	}
	d.Understood = len(a.People)+len(a.Organizations)+len(a.Places)+len(a.Quotes)+len(a.Dates) > 0
	d.Tags = a.Tags
	d.Body = bodyBlocks(a)
	markBlocks(d.Body, searchWords(r.URL.Query().Get("hl")))
	if len(d.Body) > 0 && d.Body[0].Kind == "image" {
		d.Image = "" // the body opens with its picture
	}

	if st.StoryID > 0 {
		story, err := u.store.Story(r.Context(), st.StoryID)
		switch {
		case errors.Is(err, store.ErrNotFound):
		case err != nil:
			u.fail(w, r, err)
			return
		default:
			for _, c := range story.Copies {
				if c.ArticleID == st.ID {
					continue
				}
				d.Copies = append(d.Copies, copyViewOf(c))
			}
		}
	}
	u.render(w, r, http.StatusOK, "article", d)
}
