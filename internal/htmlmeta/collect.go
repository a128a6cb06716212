package htmlmeta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on what one page may contribute, so that a hostile page cannot make
// the walk collect without bound.
const (
	maxMetas      = 400
	maxScripts    = 32
	maxScriptLen  = 1 << 20
	maxCandidates = 64
	maxCandText   = 400
	maxTexts      = 2000 // element texts one page may ask for
	// maxAsideByLines bounds the labelled names kept from asides.
	maxAsideByLines = 8
)

// metaTag is one <meta> with a name, property, itemprop or http-equiv key
// (lower-cased) and its content.
type metaTag struct {
	key     string
	content string
}

// timeTag is a <time> element or an element marked up as a publication date.
type timeTag struct {
	value     string // datetime or content attribute, else the text
	text      string // the element's text
	published bool   // itemprop=datePublished, pubdate, a class saying so
	modified  bool   // itemprop=dateModified, a class saying "updated"
	aside     bool   // inside a comment, related-stories box, sidebar or footer
}

// bylineTag is the text of an element whose class, id, itemprop or rel says
// it holds an author name.
type bylineTag struct {
	text   string
	strong bool // itemprop=author, rel=author or an author-page link: a name, not a line
	link   bool // an author-page link, without other markup
	aside  bool // in a comment, related-stories box, sidebar or footer
}

// dateText is the text of an element whose class or id says it holds a date.
type dateText struct {
	text  string
	aside bool
}

// collected holds every metadata candidate the walk found, in document order.
type collected struct {
	lang      string
	titleTag  string
	baseHref  string
	canonical string
	metas     []metaTag
	scripts   []string
	times     []timeTag
	bylines   []bylineTag
	dateTexts []dateText // text of elements whose class says date/time/dateline
	h1s       []string
	h1After   []string // for each of h1s, the short texts that follow it
	h1Before  []string // for each of h1s, the short texts just before it
	byLines   []string // short text runs starting with "By "
	headline  string   // itemprop=headline
	// bylineDate is the first text with a digit among the few after the
	// first "By" line ("Written by Jo Kent" "April 9, 2023").
	bylineDate string
	// asideByLines holds the texts that follow an explicit author label
	// ("Author", "Written by") inside an aside, such as a metadata box
	// beside the story, each prefixed "Written by ".
	asideByLines []string
}

// walker carries the state of the single walk over the tree.
type walker struct {
	c          *collected
	buf        strings.Builder
	inH1       bool
	afterLabel bool // the last short text was a byline label such as "Written by"
	// labelVouches: that label is explicit enough to vouch for a one-word
	// name after it.
	labelVouches bool
	// bylineWindow counts the texts after the first byline still read
	// for its date.
	bylineWindow int
	// asideLabel: the last text inside an aside was an explicit author
	// label; asideNames counts the names taken after it so far.
	asideLabel bool
	asideNames int
	// recent holds the last short texts seen, a ring; after collects the
	// texts that follow the latest <h1>.
	recent  [6]string
	nRecent int
	after   strings.Builder
	afterOf int // index in h1s the after buffer belongs to; -1 none
	texts   int // element texts taken so far, at most maxTexts
}

// collect walks the document once and gathers the candidates.
func collect(doc *html.Node) *collected {
	w := &walker{c: &collected{}, afterOf: -1}
	w.walk(doc, false, false)
	w.closeAfter()
	return w.c
}

// walk visits n and its descendants. aside is true inside comment sections,
// related-story boxes, navigation, sidebars and footers; inBody after <body>.
func (w *walker) walk(n *html.Node, aside, inBody bool) {
	for ; n != nil; n = n.NextSibling {
		switch n.Type {
		case html.ElementNode:
			w.element(n, aside, inBody)
		case html.DocumentNode:
			w.walk(n.FirstChild, aside, inBody)
		case html.TextNode:
			if inBody && !aside {
				if had := len(w.c.byLines); had < maxCandidates {
					w.byText(n)
					if had == 0 && len(w.c.byLines) == 1 {
						// The first byline: the few texts after it
						// may date it.
						w.bylineWindow = 4
					}
				}
				if !w.inH1 {
					w.nearText(n.Data)
				}
			} else if inBody && len(w.c.asideByLines) < maxAsideByLines {
				w.asideLabelText(n)
			}
		}
	}
}

func (w *walker) element(n *html.Node, aside, inBody bool) {
	c := w.c
	switch n.DataAtom {
	case atom.Html:
		if c.lang == "" {
			c.lang = attr(n, "lang")
			if c.lang == "" {
				c.lang = attr(n, "xml:lang")
			}
		}
	case atom.Body:
		inBody = true
	case atom.Main:
		// <main> holds the page's own content: an aside around it is
		// an unclosed banner or sidebar that the parser stretched.
		aside = false
	case atom.Title:
		if c.titleTag == "" && !inBody && n.Namespace == "" {
			c.titleTag = w.text(n)
		}
		return
	case atom.Base:
		if c.baseHref == "" {
			c.baseHref = attr(n, "href")
		}
		return
	case atom.Meta:
		w.meta(n)
		return
	case atom.Link:
		w.link(n)
		return
	case atom.Script:
		if isJSONLD(attr(n, "type")) && len(c.scripts) < maxScripts {
			if t := n.FirstChild; t != nil && t.Type == html.TextNode && len(t.Data) <= maxScriptLen {
				c.scripts = append(c.scripts, t.Data)
			}
		}
		return
	case atom.Style, atom.Template, atom.Svg, atom.Math, atom.Noscript, atom.Iframe, atom.Select, atom.Textarea, atom.Button:
		return
	case atom.Nav, atom.Footer:
		aside = true
	case atom.Aside:
		// <aside class="post-author"> in an article header holds the
		// byline; any other <aside> is a sidebar.
		if !isBylineName(attr(n, "class")) {
			aside = true
		}
	case atom.Form:
		aside = true
	case atom.H1:
		if !aside && len(c.h1s) < 8 {
			if t := w.text(n); t != "" {
				w.closeAfter()
				c.h1s = append(c.h1s, t)
				c.h1Before = append(c.h1Before, w.recentText())
				w.afterOf = len(c.h1s) - 1
			}
		}
	}
	class, id, itemprop, rel, href := "", "", "", "", ""
	for _, a := range n.Attr {
		switch a.Key {
		case "href":
			href = a.Val
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "itemprop":
			itemprop = a.Val
		case "rel":
			rel = a.Val
		}
	}
	// <body>, <main> and <article> often carry the names of every part of
	// the page in their classes; they are never an aside.
	if !aside && (class != "" || id != "") && n.DataAtom != atom.Body && n.DataAtom != atom.Main &&
		n.DataAtom != atom.Article && n.DataAtom != atom.Html && isAsideName(class, id) {
		aside = true
	}
	if itemprop != "" || n.DataAtom == atom.Time {
		w.itemprop(n, strings.ToLower(itemprop), aside)
	}
	if inBody && len(c.bylines) < maxCandidates {
		switch {
		case strings.Contains(strings.ToLower(rel), "author"):
			if t := w.text(n); t != "" && len(t) <= maxCandText {
				c.bylines = append(c.bylines, bylineTag{text: t, strong: true, aside: aside})
			}
		case aside:
		case n.DataAtom == atom.A && isAuthorHref(href):
			// A link to the author's page ("/author/jo-kent/").
			if t := w.text(n); t != "" && len(t) <= maxCandText {
				c.bylines = append(c.bylines, bylineTag{text: t, strong: true, link: true})
			}
		case isBylineName(class) || isBylineName(id):
			// An author box may hold a long bio after the name: its
			// first lines are the byline.
			if t := firstLines(w.text(n), maxCandText); t != "" {
				c.bylines = append(c.bylines, bylineTag{text: t})
			}
		}
	}
	if inBody && len(c.dateTexts) < maxCandidates && n.DataAtom != atom.Time && (isDateName(class) || isDateName(id)) &&
		!isUpdateName(class) && !isUpdateName(id) {
		if t := w.text(n); t != "" && len(t) <= maxCandText {
			c.dateTexts = append(c.dateTexts, dateText{text: t, aside: aside})
		}
	}
	if n.DataAtom == atom.H1 && !w.inH1 {
		w.inH1 = true
		w.walk(n.FirstChild, aside, inBody)
		w.inH1 = false
		return
	}
	w.walk(n.FirstChild, aside, inBody)
}

// nearText records a short text for the neighbourhood of headings.
func (w *walker) nearText(s string) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 {
		return
	}
	if w.bylineWindow > 0 {
		w.bylineWindow--
		if w.c.bylineDate == "" && len(s) <= 80 && strings.ContainsAny(s, "0123456789") {
			w.c.bylineDate = s
		}
	}
	w.recent[w.nRecent%len(w.recent)] = s
	w.nRecent++
	if w.afterOf >= 0 && w.after.Len() < 600 {
		w.after.WriteString(s)
		w.after.WriteByte('\n')
	}
}

// recentText joins the ring of recent texts, oldest first.
func (w *walker) recentText() string {
	var b strings.Builder
	start := w.nRecent - len(w.recent)
	if start < 0 {
		start = 0
	}
	for i := start; i < w.nRecent; i++ {
		b.WriteString(w.recent[i%len(w.recent)])
		b.WriteByte('\n')
	}
	return b.String()
}

// closeAfter stores the texts gathered after the latest heading.
func (w *walker) closeAfter() {
	if w.afterOf >= 0 {
		w.c.h1After = append(w.c.h1After, w.after.String())
		w.after.Reset()
		w.afterOf = -1
	}
}

// meta records a <meta> tag under each of its keys.
func (w *walker) meta(n *html.Node) {
	c := w.c
	if len(c.metas) >= maxMetas {
		return
	}
	var keys [4]string
	k := 0
	content, hasContent := "", false
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop", "http-equiv":
			if a.Val != "" && k < len(keys) {
				keys[k] = strings.ToLower(strings.TrimSpace(a.Val))
				k++
			}
		case "content":
			content, hasContent = a.Val, true
		case "value":
			if !hasContent {
				content = a.Val
			}
		case "charset":
		}
	}
	content = strings.TrimSpace(unescape(content))
	if content == "" {
		return
	}
	for _, key := range keys[:k] {
		// property="og:title article:tag" happens; so does one key per tag.
		for _, f := range strings.Fields(key) {
			c.metas = append(c.metas, metaTag{key: f, content: content})
		}
	}
}

// link records rel=canonical and rel=author links.
func (w *walker) link(n *html.Node) {
	rel := strings.ToLower(attr(n, "rel"))
	if rel == "" {
		return
	}
	for _, r := range strings.Fields(rel) {
		if r == "canonical" && w.c.canonical == "" {
			w.c.canonical = strings.TrimSpace(attr(n, "href"))
		}
	}
}

// itemprop records microdata dates, authors and headlines.
func (w *walker) itemprop(n *html.Node, prop string, aside bool) {
	c := w.c
	switch {
	case n.DataAtom == atom.Time || prop == "datepublished" || prop == "datecreated" || prop == "datemodified" || prop == "uploaddate":
		if len(c.times) >= maxCandidates {
			return
		}
		text := w.text(n)
		value := attr(n, "datetime")
		if value == "" {
			value = attr(n, "content")
		}
		if value == "" {
			value = text
		}
		if value == "" || len(value) > maxCandText {
			return
		}
		class := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		tt := timeTag{value: value, text: text, aside: aside}
		switch {
		case prop == "datepublished" || prop == "datecreated" || prop == "uploaddate":
			tt.published = true
		case prop == "datemodified":
			tt.modified = true
		case hasAttr(n, "pubdate"):
			tt.published = true
		case strings.Contains(class, "update") || strings.Contains(class, "modif"):
			tt.modified = true
		case strings.Contains(class, "publish") || strings.Contains(class, "posted") || strings.Contains(class, "created"):
			tt.published = true
		}
		c.times = append(c.times, tt)
	case prop == "author" || prop == "creator":
		if len(c.bylines) >= maxCandidates {
			return
		}
		// itemprop=author on a Person holds itemprop=name; on text, the name.
		t := ""
		if nm := findItemprop(n, "name", 0); nm != nil {
			t = attr(nm, "content")
			if t == "" {
				t = w.text(nm)
			}
		} else {
			t = attr(n, "content")
			if t == "" {
				t = w.text(n)
			}
		}
		if t != "" && len(t) <= maxCandText {
			c.bylines = append(c.bylines, bylineTag{text: t, strong: true, aside: aside})
		}
	case prop == "headline" || prop == "name headline" || prop == "headline name":
		if c.headline == "" && !aside {
			c.headline = attr(n, "content")
			if c.headline == "" {
				c.headline = w.text(n)
			}
		}
	}
}

// asideLabelText records the text after an explicit author label inside an
// aside ("Author" "Jo D. Kent").
func (w *walker) asideLabelText(n *html.Node) {
	s := strings.TrimSpace(n.Data)
	if s == "" {
		return
	}
	if w.asideNames > 0 {
		// More names listed under the same label, one a text.
		last := &w.c.asideByLines[len(w.c.asideByLines)-1]
		if ns := cleanAuthors(s, fromText); w.asideNames < 8 && len(ns) == 1 && ns[0] == s && len(*last) < 300 && !inHeading(n) {
			*last += ", " + s
			w.asideNames++
			return
		}
		w.asideNames = 0
	}
	if w.asideLabel {
		w.asideLabel = false
		if len(s) <= 120 {
			w.c.asideByLines = append(w.c.asideByLines, "Written by "+s)
			w.asideNames = 1
		}
		return
	}
	if len(s) <= 20 && isByLabel(s) {
		l := strings.ToLower(s)
		w.asideLabel = strings.Contains(l, " by") || strings.HasPrefix(l, "author") || strings.HasPrefix(l, "contributor")
	}
}

// inHeading says whether a text node stands in a heading (h1 to h6), up to
// three levels up: the next section's title, not a name of a list.
func inHeading(n *html.Node) bool {
	for p, up := n.Parent, 0; p != nil && up < 3; p, up = p.Parent, up+1 {
		switch p.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// byText records a short text node that starts with "By " (a byline that has
// no telling class).
func (w *walker) byText(n *html.Node) {
	s := strings.TrimSpace(n.Data)
	if len(s) < 2 || len(s) > 120 {
		return
	}

	if w.afterLabel {
		w.afterLabel = false
		if w.labelVouches {
			// Kept with a label so that the name cleaner knows a
			// label vouches for it ("Written by" "Eliz").
			s = "Written by " + s
		}
		w.c.byLines = append(w.c.byLines, s)
		return
	}
	if isByLabel(s) && s != "By" && s != "by" {
		// "Written by" alone: the name is the next text. A label of
		// more than one word ("Written by", "Posted by") or one that
		// says author vouches for a one-word name; "From" does not.
		w.afterLabel = true
		l := strings.ToLower(s)
		w.labelVouches = strings.Contains(l, " by") || strings.HasPrefix(l, "author") || strings.HasPrefix(l, "contributor")
		return
	}
	if hasByPrefix(s) {
		w.c.byLines = append(w.c.byLines, s)
		return
	}
	if !(s[0] == 'B' || s[0] == 'b') || !(s[1] == 'y' || s[1] == 'Y') {
		return
	}
	if len(s) > 2 && s[2] != ' ' && s[2] != ':' && s[2] != 0xc2 {
		return
	}
	// "By" alone in a text node before a link: take the text of the
	// nearest ancestor that holds more than the label.
	if len(s) <= 3 {
		for p, up := n.Parent, 0; p != nil && up < 3 && len(s) <= 3; p, up = p.Parent, up+1 {
			s = w.text(p)
		}
		if len(s) <= 3 || len(s) > 120 {
			return
		}
	}
	w.c.byLines = append(w.c.byLines, s)
}

// text returns the element's text with white space collapsed, skipping
// scripts and styles, capped to a few kilobytes.
func (w *walker) text(n *html.Node) string {
	if w.texts >= maxTexts {
		return ""
	}
	w.texts++
	w.buf.Reset()
	w.appendText(n.FirstChild)
	return collapseSpace(w.buf.String())
}

func (w *walker) appendText(n *html.Node) {
	for ; n != nil; n = n.NextSibling {
		if w.buf.Len() > 4096 {
			return
		}
		switch n.Type {
		case html.TextNode:
			w.buf.WriteString(n.Data)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg:
				continue
			}
			// Blocks break the line; other elements are set apart by a
			// space (pages lean on CSS margins: "2019<span>4:29 AM"),
			// except the few that style part of a word.
			sep := byte(' ')
			switch {
			case isBlock(n.DataAtom):
				sep = '\n'
			case n.DataAtom == atom.B || n.DataAtom == atom.I || n.DataAtom == atom.Em ||
				n.DataAtom == atom.Strong || n.DataAtom == atom.U || n.DataAtom == atom.Sup ||
				n.DataAtom == atom.Sub || n.DataAtom == atom.Mark || n.DataAtom == atom.Abbr:
				sep = 0
			}
			if sep != 0 {
				w.buf.WriteByte(sep)
			}
			w.appendText(n.FirstChild)
			if sep != 0 {
				w.buf.WriteByte(sep)
			}
		}
	}
}

// firstLines returns s when it is at most max bytes long, else its whole
// lines that fit in max bytes ("" when the first line alone is longer).
func firstLines(s string, max int) string {
	if len(s) <= max {
		return s
	}
	if i := strings.LastIndexByte(s[:max], '\n'); i > 0 {
		return s[:i]
	}
	return ""
}

// isBlock says whether an element breaks the line of text it stands in.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Dd, atom.Dt, atom.Dl, atom.Section,
		atom.Header, atom.Footer, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Small,
		atom.Time, atom.Address, atom.Figure, atom.Figcaption, atom.Table, atom.Tr, atom.Td, atom.Blockquote, atom.Hr:
		return true
	}
	return false
}

// findItemprop finds the first descendant of n with the itemprop, without
// entering nested items deeper than a few levels.
func findItemprop(n *html.Node, prop string, depth int) *html.Node {
	if depth > 6 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(attr(c, "itemprop"), prop) {
			return c
		}
		if f := findItemprop(c, prop, depth+1); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func isJSONLD(typ string) bool {
	typ = strings.TrimSpace(typ)
	if i := strings.IndexByte(typ, ';'); i >= 0 {
		typ = strings.TrimSpace(typ[:i])
	}
	return strings.EqualFold(typ, "application/ld+json")
}

// collapseSpace trims s and turns every run of white space into one space,
// except that a run holding a line break becomes "\n".
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space, newline := false, false
	for _, r := range s {
		switch r {
		case '\n', '\r':
			space, newline = true, true
			continue
		case ' ', '\t', '\f', '\v', '\u00a0', '\u2009', '\u200a', '\u202f', '\u2002', '\u2003':
			space = true
			continue
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			continue
		}
		if space && b.Len() > 0 {
			if newline {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		space, newline = false, false
		b.WriteRune(r)
	}
	return b.String()
}

// unescape decodes character references left in a value that was escaped
// twice (or, in JSON-LD, once).
func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

// oneLine collapses all white space, line breaks included, to single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// classWords calls f with each lower-cased word of a class or id value,
// split on spaces, hyphens, underscores and the like, until f returns true.
// It lower-cases the value once (no copy when it is already lower-case).
func classWords(s string, f func(string) bool) bool {
	s = strings.ToLower(s)
	start := -1
	for i := 0; i <= len(s); i++ {
		sep := i == len(s)
		if !sep {
			switch s[i] {
			case ' ', '-', '_', '\t', '\n', ':', '.', '/':
				sep = true
			}
		}
		if sep {
			if start >= 0 && f(s[start:i]) {
				return true
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return false
}

// isAsideName says whether a class or id names a part of the page that is not
// the story's own header: comments, related stories, sidebars, footers. A
// token counts when its first or last word is such a name ("related-posts",
// "site-footer"), unless it only describes a layout ("has-sidebar",
// "template-sidebar") or a place next to one ("under-menu": the part of
// the page below the menu).
func isAsideName(class, id string) bool {
	return asideToken(class) || asideToken(id)
}

func asideToken(s string) bool {
	s = strings.ToLower(s)
	for len(s) > 0 {
		// One space-separated token at a time, without allocating.
		i := strings.IndexAny(s, " \t\n")
		tok := s
		if i >= 0 {
			tok, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if tok == "" {
			continue
		}
		var first, beforeLast, last string
		n := 0
		classWords(tok, func(w string) bool {
			if n == 0 {
				first = w
			}
			beforeLast, last = last, w
			n++
			return false
		})
		if n == 0 {
			continue
		}
		switch first {
		case "has", "with", "no", "without", "template", "layout", "page", "is", "show", "hide", "single", "left", "right", "body",
			"under", "below", "above", "after", "before", "over", "beside", "next":
			if n > 1 {
				continue
			}
		}
		if isAsideWord(first) {
			return true
		}
		// "post-with-sidebar", "story-template-sidebar" and the modifier
		// "grid--sidebar" describe a layout that has a sidebar, not the
		// sidebar.
		if isAsideWord(last) && !(n > 1 && (beforeLast == "with" || beforeLast == "has" || beforeLast == "template" || beforeLast == "layout" || strings.HasSuffix(tok, "--"+last))) {
			return true
		}
	}
	return false
}

func isAsideWord(w string) bool {
	switch w {
	case "comment", "comments", "commentlist", "related", "recommended", "recommendations",
		"sidebar", "footer", "popular", "trending", "teaser", "teasers", "promo",
		"outbrain", "taboola", "newsletter", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
		"recirc", "reply", "replies", "disqus", "mostread", "carousel":
		return true
	}
	return false
}

// isBylineName says whether a class or id names a byline or author element.
func isBylineName(s string) bool {
	if s == "" {
		return false
	}
	ls := strings.ToLower(s)
	if !strings.Contains(ls, "author") && !strings.Contains(ls, "byline") && !strings.Contains(ls, "writer") &&
		!strings.Contains(ls, "contributor") && !strings.Contains(ls, "reporter") {
		return false
	}
	bad, dated := false, false
	classWords(ls, func(w string) bool {
		switch w {
		case "date", "time":
			dated = true
		case "bio", "avatar", "img", "image", "photo", "pic", "picture", "thumb", "thumbnail",
			"description", "desc", "about", "social", "follow", "twitter", "email", "more",
			"title", "role", "job", "position", "icon", "label",
			"comment", "comments", "label-text", "url", "link", "links":
			bad = true
			return true
		}
		return false
	})
	// "publish-date-author" holds the date and the author; "author-date"
	// only the date.
	return !bad && (!dated || strings.HasSuffix(ls, "author") || strings.HasSuffix(ls, "byline"))
}

// isAuthorHref says whether a link leads to an author's page: its path has
// an "author" or "authors" segment followed by more ("/author/jo-kent/").
func isAuthorHref(href string) bool {
	i := strings.Index(href, "/author")
	if i < 0 {
		return false
	}
	rest := href[i+len("/author"):]
	rest = strings.TrimPrefix(rest, "s")
	return len(rest) > 1 && rest[0] == '/'
}

// isUpdateName says whether a class or id names an update or modification
// date.
func isUpdateName(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "update") || strings.Contains(l, "modif") || strings.Contains(l, "comment")
}

// isDateName says whether a class or id names a date or dateline element.
func isDateName(s string) bool {
	if s == "" {
		return false
	}
	return classWords(s, func(w string) bool {
		switch w {
		case "date", "dateline", "datetime", "time", "timestamp", "published", "pubdate", "posted",
			"postdate", "publishdate", "publish", "entrydate", "postedon", "posted_on", "published_at":
			return true
		}
		return false
	})
}
