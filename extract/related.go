package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/ledehq/lede"
)

// maxRelated caps the teasers returned for one page.
const maxRelated = 20

// related lists teasers of other stories: links with headline-like text
// (four words or more) inside boxes whose class or id names them related,
// recommended, popular, trending or latest stories. It is conservative:
// links elsewhere on the page, however many, are not teasers.
func (f *finder) related() []lede.Related {
	var out []lede.Related
	seen := map[string]bool{}
	if f.base != nil {
		seen[f.base.String()] = true
	}
	for i := 0; i < len(f.st) && len(out) < maxRelated; {
		s := &f.st[i]
		if s.hint&hintRelated == 0 || s.flags&fSkip != 0 {
			i++
			continue
		}
		// Read every link of the box, then skip past it.
		for j := int32(i); j < s.end && len(out) < maxRelated; j++ {
			a := f.st[j].n
			if a.DataAtom != atom.A {
				continue
			}
			// A link around a whole card: its heading is the title.
			titleNode := a
			for _, h := range []atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6} {
				if hn := findFirst(a, h); hn != nil {
					titleNode = hn
					break
				}
			}
			title := normText(titleNode)
			if !headlineLike(title) {
				continue
			}
			u := resolveURL(f.base, attr(a, "href"))
			if u == "" || strings.HasPrefix(u, "mailto:") || seen[u] {
				continue
			}
			seen[u] = true
			r := lede.Related{Title: title, URL: u}
			teaserDetails(a, titleNode, &r)
			out = append(out, r)
		}
		i = int(s.end)
	}
	return out
}

// teaserDetails looks around a teaser link (its item: the nearest list
// item, article or the link's grandparent) for a <time> and a byline.
func teaserDetails(a, titleNode *html.Node, r *lede.Related) {
	// The teaser's item: the largest of the link's near ancestors that
	// holds no other headline link.
	item := a
	for k := 0; k < 3 && item.Parent != nil; k++ {
		if item.DataAtom == atom.Li || item.DataAtom == atom.Article || countHeadlineLinks(item.Parent, 2) > 1 {
			break
		}
		item = item.Parent
	}
	if item == nil {
		return
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c == titleNode || (c == a && titleNode == a) {
				continue
			}
			if c.DataAtom == atom.Time && r.Date == "" && r.DateText == "" {
				if d := dayOf(attr(c, "datetime")); d != "" {
					r.Date = d
				} else if t := normText(c); t != "" {
					if d := parseDay(t); d != "" {
						r.Date = d
					} else {
						r.DateText = t
					}
				}
				continue
			}
			if r.Author == "" && wordsHint(attr(c, "class"))&hintAuthor != 0 {
				t := strings.TrimSpace(normText(c))
				low := strings.ToLower(t)
				if strings.HasPrefix(low, "by ") {
					t = strings.TrimSpace(t[3:])
				}
				if t != "" && len(t) < 80 {
					r.Author = t
				}
				continue
			}
			walk(c)
		}
	}
	walk(item)
}

// dayOf returns an ISO 8601 date or time by the Article date rules: an RFC
// 3339 time as given, else its YYYY-MM-DD day, or "".
func dayOf(s string) string {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.RFC3339)
	}
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	for i, c := range s[:10] {
		if i == 4 || i == 7 {
			continue
		}
		if c < '0' || c > '9' {
			return ""
		}
	}
	return s[:10]
}

// headlineLike reports whether a link text reads as a story title: four
// words or more (or, in scripts written without spaces, twelve letters),
// and not a paragraph.
func headlineLike(t string) bool {
	n := utf8.RuneCountInString(t)
	if n > 200 {
		return false
	}
	if len(strings.Fields(t)) >= 4 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return n >= 12 && r >= 0x2e80 // CJK and later blocks
}

// countHeadlineLinks counts the links with headline-like text under n,
// stopping at limit.
func countHeadlineLinks(n *html.Node, limit int) int {
	count := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if headlineLike(normText(c)) {
					count++
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return count
}
