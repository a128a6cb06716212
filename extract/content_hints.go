package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hint is what an element's class, id, role and itemprop say about it.
type hint uint16

const (
	hintNone     hint = 0
	hintPositive hint = 1 << iota // names the article body ("article-body", "entry-content")
	hintStrong                    // names boilerplate that is never story text (share bars, comments, ads)
	hintWeak                      // names page furniture that is short when it is furniture (bylines, dates, tags)
	hintBody                      // itemprop=articleBody or similar: the body itself
	hintComments                  // names reader comments (also strong)
	hintRelated                   // names a box of links to other stories (also strong)
	hintCaption                   // names a caption or credit (also weak)
	hintAuthor                    // names an author box or byline (also weak)
	hintReviews                   // names customer reviews: boilerplate on a product page only
	hintConsent                   // names a cookie notice or consent form (also strong): never the article
)

// strongWords name boilerplate wrappers; a class or id word equal to one of
// them, or starting with one of strongPrefixes, marks the element.
var strongWords = map[string]bool{
	"comment": true, "comments": true, "commenting": true, "disqus": true, "replies": true,
	"share": true, "sharing": true, "shares": true, "sharebar": true, "social": true, "sociallinks": true,
	"related": true, "newsletter": true, "newsletters": true, "subscribe": true, "subscription": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"ad": true, "ads": true, "adv": true, "advert": true, "adverts": true, "advertisement": true, "advertising": true,
	"adsense": true, "adslot": true, "adunit": true, "dfp": true, "banner": true,
	"promo": true, "promos": true, "promotion": true, "sponsor": true, "sponsored": true,
	"sidebar": true, "rail": true, "nav": true, "navigation": true, "navbar": true, "menu": true,
	"footer": true, "breadcrumb": true, "breadcrumbs": true,
	"popup": true, "modal": true, "overlay": true, "signup": true, "outbrain": true, "taboola": true,
	"recommended": true, "recommendations": true, "recirc": true, "popular": true, "trending": true,
	"mostread": true, "toolbar": true, "pagination": true, "pager": true, "masthead": true,
	"skip": true, "sr": true, "visually": true, "screenreader": true,
	"tools": true,
	// other languages: footer, advertising
	"rodape": true, "publicidade": true, "publicidad": true, "publicite": true, "werbung": true,
	"anzeige": true, "reklama": true, "pubblicita": true, "cta": true, "form": true, "forms": true, "sticky": true, "gallery": true, "slideshow": true, "carousel": true, "lightbox": true,
}

var strongPrefixes = []string{
	"comment", "share", "social", "newsletter", "advert", "sponsor", "related", "promo", "sidebar",
	"breadcrumb", "cookie", "subscri", "outbrain", "taboola", "recommend", "trending", "popular",
}

// commentWords name reader comments, dropped even on the second try.
var commentWords = map[string]bool{
	"comment": true, "comments": true, "commenting": true, "disqus": true, "replies": true,
	"respond": true, "discussion": true, "commentlist": true,
	// other languages
	"comentarios": true, "commentaires": true, "kommentare": true, "commenti": true, "reacties": true,
}

// relatedWords name boxes that list other stories of the site.
var relatedWords = map[string]bool{
	"related": true, "recommended": true, "recommendations": true, "recirc": true, "popular": true,
	"trending": true, "mostread": true, "readnext": true, "morestories": true,
	"relacionados": true, "relacionadas": true, "relacionada": true, "relacionado": true,
}

// captionWords name picture captions and credits.
var captionWords = map[string]bool{
	"caption": true, "captions": true, "credit": true, "credits": true, "figcaption": true, "photocredit": true,
}

// consentWords name cookie notices and consent forms.
var consentWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
}

// reviewWords name the customer reviews of a product page.
var reviewWords = map[string]bool{
	"reviews": true, "ratings": true, "testimonials": true,
}

// authorWords name bylines and author boxes.
var authorWords = map[string]bool{
	"byline": true, "bylines": true, "author": true, "authors": true, "bio": true, "authorbio": true,
	"authorbox": true, "contributor": true, "contributors": true,
}

// weakWords name furniture that is usually short: a byline, a date line, a
// tag list, a caption. They mark an element only when its text is short.
var weakWords = map[string]bool{
	"dateline": true, "date": true,
	"timestamp": true, "time": true, "published": true, "meta": true, "tags": true, "tag": true,
	"topics": true, "keywords": true, "category": true, "categories": true, "header": true,
	"disclaimer": true, "copyright": true,
	"more": true, "next": true, "prev": true, "previous": true, "follow": true,
	"info": true, "kicker": true, "eyebrow": true, "label": true,
}

var positiveWords = map[string]bool{
	"article": true, "articlebody": true, "content": true, "body": true, "story": true, "storybody": true,
	"entry": true, "post": true, "text": true, "main": true, "blog": true, "hentry": true, "prose": true,
	"richtext": true, "postbody": true, "entrycontent": true, "articletext": true, "storytext": true,
}

// wordHints merges the word lists into one table: a class or id word costs
// one lookup.
var wordHints = mergeWordHints()

func mergeWordHints() map[string]hint {
	m := make(map[string]hint, len(strongWords)+len(weakWords)+len(positiveWords)+len(commentWords)+len(relatedWords)+len(captionWords))
	for w := range weakWords {
		m[w] = hintWeak
	}
	for w := range positiveWords {
		m[w] = hintPositive
	}
	for w := range strongWords {
		m[w] = hintStrong
	}
	for w := range relatedWords {
		m[w] = hintStrong | hintRelated
	}
	for w := range captionWords {
		m[w] = hintWeak | hintCaption
	}
	for w := range authorWords {
		m[w] = hintWeak | hintAuthor
	}
	for w := range commentWords {
		m[w] = hintStrong | hintComments
	}
	for w := range consentWords {
		m[w] = hintStrong | hintConsent
	}
	for w := range reviewWords {
		if m[w] == 0 {
			m[w] = hintReviews
		}
	}
	return m
}

// classHint reads the element's class, id, role and itemprop.
func classHint(n *html.Node) hint {
	var h hint
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			h |= wordsHint(a.Val)
		case "role":
			switch strings.ToLower(a.Val) {
			case "navigation", "menu", "menubar", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "tablist":
				h |= hintStrong
			case "main", "article":
				h |= hintPositive
			}
		case "itemprop":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "articlebody") || v == "text" || strings.Contains(v, "reviewbody") {
				h |= hintBody | hintPositive
			} else if v == "review" || v == "reviews" {
				h |= hintReviews
			}
		case "aria-hidden":
			if a.Val == "true" {
				h |= hintStrong
			}
		}
	}
	return h
}

// wordsHint splits a class or id value into names (at white space) and
// each name into words (at non-letters and lower-to-upper case changes). In
// a compound name the last telling word decides: "post-comments" names
// comments, "comment-content" a body.
func wordsHint(v string) hint {
	var h, last hint
	var buf [48]byte
	word := buf[:0]
	flush := func() {
		if len(word) == 0 {
			return
		}
		switch h2 := wordHints[string(word)]; {
		case h2&hintWeak != 0:
			h |= h2
		case h2 != 0:
			last = h2
		default:
			for _, p := range strongPrefixes {
				// string(word[:n]) == p compares without allocating
				if len(word) > len(p) && string(word[:len(p)]) == p && !(len(word) >= 9 && string(word[:9]) == "commentar") {
					last = hintStrong
					if p == "comment" {
						last |= hintComments
					}
					break
				}
			}
		}
		word = word[:0]
	}
	endName := func() {
		flush()
		h |= last
		last = 0
	}
	prevLower := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if len(word) < cap(buf) {
				word = append(word, c)
			}
			prevLower = c >= 'a'
		case c >= 'A' && c <= 'Z':
			if prevLower {
				flush()
			}
			if len(word) < cap(buf) {
				word = append(word, c+'a'-'A')
			}
			prevLower = false
		case c == ' ' || c == '\t' || c == '\n':
			endName()
			prevLower = false
		default:
			flush()
			prevLower = false
		}
	}
	endName()
	return h
}

// skipTags are elements whose content is never article text.
func skipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Meta,
		atom.Link, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Option, atom.Object,
		atom.Embed, atom.Canvas, atom.Svg, atom.Math, atom.Audio, atom.Video, atom.Source, atom.Track,
		atom.Map, atom.Area, atom.Dialog, atom.Label, atom.Datalist, atom.Menu:
		return true
	}
	return false
}

// blockTag are elements that break inline text into separate blocks.
func blockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li,
		atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td,
		atom.Th, atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption, atom.Hr, atom.Form,
		atom.Fieldset, atom.Address, atom.Details, atom.Summary, atom.Center, atom.Body, atom.Iframe,
		atom.Caption, atom.Hgroup, atom.Legend:
		return true
	}
	return false
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(s string) bool {
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	compact := strings.ToLower(strings.ReplaceAll(s, " ", ""))
	return strings.Contains(compact, "display:none") || strings.Contains(compact, "visibility:hidden")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClassWord(n *html.Node, word string) bool {
	for _, f := range strings.Fields(attr(n, "class")) {
		if f == word {
			return true
		}
	}
	return false
}
