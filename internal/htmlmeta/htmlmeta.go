// Package htmlmeta reads an HTML page's metadata from every source it offers
// (JSON-LD, OpenGraph, Twitter cards, <meta>, microdata, <time>, <link>,
// visible bylines and datelines, the URL) and reconciles them into one
// title, author list, set of dates, section, site name, language,
// description, lead image and tag list.
//
// It walks the parsed tree once; JSON-LD script bodies are the only text it
// decodes as JSON. It does not find the article body, fetch anything or run
// scripts, and it never invents a value: every name and title is text of the
// page, every date one the page states.
//
// Choices where benchmark truths disagree with each other or with the
// Article definition (measured on wcxb-dev articles):
//   - Published is the publication date: a date the page labels "Updated"
//     or declares as the modification is taken only when it states no
//     other, though some truths take the visible update date.
//   - Titles keep the page's typography (curly quotes, dashes, "…"); names
//     are names, without degrees, job titles or affiliations ("Jo Kent", not
//     "Jo Kent, MD").
//   - When the page's heading and its metadata titles word the headline
//     differently, the heading wins unless it shares few of their words
//     (and is short, or one of several headings) or holds all of them and
//     more (a kicker run into it); truths side with either about as often.
//     A heading that goes on, mid-sentence, where the metadata title stops
//     is the title the metadata cut short and wins. A site name field that
//     holds the whole document title is ignored.
package htmlmeta

import (
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/ledehq/lede"
)

// Metadata is what the page says about itself, reconciled. Empty strings
// and nil slices mean the page does not say.
type Metadata struct {
	Base         *url.URL // the page URL given to Read (nil if unknown)
	URL          string   // the page URL as given
	CanonicalURL string   // rel=canonical, og:url or the JSON-LD url, absolute
	Title        string   // the headline, without the site name
	Authors      []string // person names, or a wire/site when the byline names only that
	Published    string   // RFC 3339, or YYYY-MM-DD when only the day is known
	Modified     string
	Section      string
	SiteName     string
	Language     string // BCP 47
	Description  string
	Image        string // absolute URL
	Tags         []string
}

// Read collects the metadata of a parsed page. base is the page URL (nil if
// unknown); it resolves relative URLs and is a source of dates.
func Read(doc *html.Node, base *url.URL) *Metadata {
	m := &Metadata{Base: base}
	if doc == nil {
		return m
	}
	if base != nil {
		m.URL = base.String()
	}
	c := collect(doc)
	ld := readJSONLD(c.scripts)
	r := reconciler{m: m, c: c, ld: ld, metas: indexMetas(c.metas), titleH1: -1}
	r.run()
	return m
}

// Article returns a new Article with the metadata fields filled in.
func (m *Metadata) Article() *lede.Article {
	a := &lede.Article{
		URL:          m.URL,
		CanonicalURL: m.CanonicalURL,
		Title:        m.Title,
		Published:    m.Published,
		Modified:     m.Modified,
		Section:      m.Section,
		SiteName:     m.SiteName,
		Language:     m.Language,
		Description:  m.Description,
		Image:        m.Image,
	}
	if len(m.Authors) > 0 {
		a.Authors = append([]string(nil), m.Authors...)
	}
	if len(m.Tags) > 0 {
		a.Tags = append([]string(nil), m.Tags...)
	}
	if a.URL == "" && m.Base != nil {
		a.URL = m.Base.String()
	}
	return a
}

// metaIndex maps a lower-cased meta key to its contents in document order.
type metaIndex map[string][]string

func indexMetas(ms []metaTag) metaIndex {
	idx := make(metaIndex, len(ms))
	for _, t := range ms {
		idx[t.key] = append(idx[t.key], t.content)
	}
	return idx
}

// first returns the first non-empty content among the keys, in key order.
func (x metaIndex) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range x[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// reconciler chooses each field from the candidates.
type reconciler struct {
	m       *Metadata
	c       *collected
	ld      *ldDoc
	metas   metaIndex
	article *ldItem // the JSON-LD item that describes the story, if any
	titleH1 int     // index in c.h1s of the heading chosen as title; -1 none
	// dayFirst: numeric dates such as 05/10/2018 put the day first, as
	// everywhere but in the United States (set from the page language).
	dayFirst bool
	resolve  *url.URL
	// declared is the publication date the page's metadata states, when
	// hasDeclared (set by dates before the visible datelines are read).
	declared    dateValue
	hasDeclared bool
}

func (r *reconciler) run() {
	r.article = r.pickArticle()
	r.urls()
	r.siteName()
	r.title()
	r.authors()
	r.language()
	r.dayFirst = dayFirstLanguage(r.m.Language)
	r.dates()
	r.section()
	r.describe()
}

// pickArticle chooses the JSON-LD item of the story: the best-ranked kind,
// preferring the one whose URL is the page's, then the one with a headline.
func (r *reconciler) pickArticle() *ldItem {
	var best *ldItem
	score := func(it *ldItem) int {
		s := int(it.kind) * 10
		if it.headline != "" {
			s += 3
		}
		if it.published != "" {
			s += 2
		}
		if len(it.authors) > 0 {
			s++
		}
		if r.m.Base != nil && it.url != "" && sameURL(it.url, r.m.Base) {
			s += 4
		}
		return s
	}
	bestScore := -1
	for i := range r.ld.items {
		it := &r.ld.items[i]
		if s := score(it); s > bestScore {
			best, bestScore = it, s
		}
	}
	return best
}

func sameURL(s string, u *url.URL) bool {
	v, err := url.Parse(s)
	if err != nil {
		return false
	}
	return strings.EqualFold(v.Host, u.Host) && strings.TrimSuffix(v.Path, "/") == strings.TrimSuffix(u.Path, "/")
}

// urls sets the canonical URL and the base for resolving others.
func (r *reconciler) urls() {
	r.resolve = r.m.Base
	if r.c.baseHref != "" {
		if u, err := url.Parse(strings.TrimSpace(r.c.baseHref)); err == nil {
			if r.resolve != nil {
				r.resolve = r.resolve.ResolveReference(u)
			} else if u.IsAbs() {
				r.resolve = u
			}
		}
	}
	ldURL := ""
	if r.article != nil {
		ldURL = r.article.url
	}
	for _, cand := range []string{r.c.canonical, r.metas.first("og:url", "twitter:url"), ldURL} {
		if cand == "" {
			continue
		}
		if abs := r.absolute(cand); abs != "" {
			r.m.CanonicalURL = abs
			break
		}
	}
	if r.resolve == nil && r.m.CanonicalURL != "" {
		r.resolve, _ = url.Parse(r.m.CanonicalURL)
	}
}

// absolute resolves s against the page; "" when it cannot be made absolute.
func (r *reconciler) absolute(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(s, "data:") || strings.HasPrefix(s, "javascript:") {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if r.resolve == nil || !r.resolve.IsAbs() {
			return ""
		}
		u = r.resolve.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// pageURL is the URL whose path may carry the date: the page's own, else
// the canonical one.
func (r *reconciler) pageURL() *url.URL {
	if r.m.Base != nil {
		return r.m.Base
	}
	if r.m.CanonicalURL != "" {
		u, _ := url.Parse(r.m.CanonicalURL)
		return u
	}
	return nil
}

func (r *reconciler) siteName() {
	s := r.metas.first("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone")
	if s == "" && r.ld.site != "" {
		s = r.ld.site
	}
	if s == "" && r.article != nil {
		s = r.article.publisher
	}
	if strings.HasPrefix(s, "@") {
		s = "" // a Twitter handle, not a name
	}
	if r.isWholeTitle(s) {
		s = "" // the page's title copied into the site name field
	}
	r.m.SiteName = oneLine(s)
}

// isWholeTitle says whether s is the page's document title or og:title
// itself, composed with a separator ("Headline | Site"): a template that
// fills the site name field with the title. Such a value names no site and
// must not be stripped from titles.
func (r *reconciler) isWholeTitle(s string) bool {
	if !hasTitleSeparator(s) {
		return false // most site names: no copies made
	}
	n := normTitle(s)
	return n == normTitle(r.c.titleTag) || n == normTitle(r.metas.first("og:title"))
}

// hasTitleSeparator says whether s joins parts with a title separator other
// than a colon.
func hasTitleSeparator(s string) bool {
	for _, sep := range titleSeparators {
		if sep != ": " && strings.Contains(s, sep) {
			return true
		}
	}
	return false
}

// siteNames lists every name the site goes by, for stripping from titles and
// author lists.
func (r *reconciler) siteNames() []string {
	return r.siteNamesHost(true)
}

// siteNamesHost lists the site's names, with or without those derived from
// the host name (a personal site's host is its author's name).
func (r *reconciler) siteNamesHost(withHost bool) []string {
	var names []string
	add := func(s string) {
		if s = oneLine(s); s != "" && !r.isWholeTitle(s) {
			names = append(names, s)
		}
	}
	add(r.m.SiteName)
	add(r.metas.first("og:site_name"))
	add(r.metas.first("application-name"))
	add(r.metas.first("twitter:site"))
	add(strings.TrimPrefix(r.metas.first("twitter:site"), "@"))
	add(r.ld.site)
	if r.article != nil {
		add(r.article.publisher)
	}
	if u := r.pageURL(); u != nil && withHost {
		add(u.Hostname())
		add(hostSite(u.Hostname()))
	}
	return names
}

// title picks the headline. A heading of the page that one of the metadata
// titles agrees with wins (it is what readers see); otherwise JSON-LD
// headline, og:title, twitter:title, <title> in that order, each without the
// site name.
func (r *reconciler) title() {
	sites := r.siteNames()
	if r.m.SiteName == "" {
		r.m.SiteName = siteFromTitle(r.c.titleTag, r.pageURL())
	}
	var cands []string
	add := func(s string) {
		if s = oneLine(s); s != "" {
			cands = append(cands, s)
		}
	}
	if r.article != nil {
		add(r.article.headline)
		if r.article.headline == "" {
			add(r.article.name)
		}
	}
	add(r.metas.first("og:title"))
	add(r.metas.first("twitter:title"))
	add(r.c.headline)
	add(r.metas.first("title", "dc.title", "sailthru.title", "parsely-title", "headline"))
	add(r.c.titleTag)
	// A visible heading that matches a metadata title, or that the
	// document title starts or ends with.
	for i, h := range r.c.h1s {
		h = oneLine(h)
		nh := normTitle(h)
		if nh == "" || len(h) > 400 || isSiteName(h, sites) {
			continue
		}
		for _, cnd := range cands {
			nc := normTitle(cnd)
			if nc == nh || normTitle(stripSiteName(cnd, sites)) == nh ||
				len(nh) >= 12 && (strings.HasPrefix(nc, nh) || strings.HasSuffix(nc, nh)) {
				// A heading may end with the site name too ("Best of
				// 2025 – Canvasly"), or with a short tag after a bar or
				// dash, as document titles do.
				r.m.Title = stripShortTail(stripSiteSuffix(h, sites))
				r.titleH1 = i
				return
			}
		}
	}
	// No heading agrees: the heading most like the metadata titles, if it
	// shares words with them; otherwise the first metadata title.
	if h := r.bestHeading(cands, sites); h != "" {
		// The heading shares few of the metadata title's words (it is
		// another heading), or holds all of them and more (a kicker or
		// subtitle run into it): the metadata title is the headline.
		// The heading still marks where the byline and dateline are.
		// The one heading of a page, four words or longer, is its
		// headline however the metadata word it; a short one is more
		// often a section label ("Bike Locks"). A heading that goes on
		// where the metadata title stops, mid-sentence ("… 9 Habits" /
		// "… 9 Habits to Stop Leaks"), is the title the metadata cut
		// short.
		if len(cands) > 0 {
			meta := stripShortTail(stripSiteName(cands[0], sites))
			sole := len(r.c.h1s) == 1 && len(strings.Fields(h)) >= 4
			more := len(strings.Fields(h)) > len(strings.Fields(meta)) && !continues(h, meta)
			if ov := wordShare(meta, h); meta != "" && (ov < 0.25 && !sole || ov == 1 && more) {
				r.m.Title = meta
				return
			}
		}
		r.m.Title = h
		return
	}
	for k, cnd := range cands {
		if t := stripSiteName(cnd, sites); t != "" && !isSiteName(t, sites) {
			r.m.Title = stripShortTail(longerTitle(t, cands[k+1:], sites))
			return
		}
	}
	if len(cands) > 0 {
		r.m.Title = cands[0]
	}
}

// stripSiteSuffix removes a last part after a title separator that is
// exactly one of the site's names (ignoring case, spaces and punctuation):
// the strict form of stripSiteName, for visible headings.
func stripSiteSuffix(title string, sites []string) string {
	for _, sep := range titleSeparators {
		if sep == ": " {
			continue
		}
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := squash(title[i+len(sep):])
		for _, site := range sites {
			if q := squash(site); q != "" && q == tail {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// longerTitle returns t, or, when t looks cut short (100 characters or
// more, an unclosed parenthesis, a trailing ellipsis), the first of the
// other candidates (without the site name) that t is the beginning of:
// some pages truncate the JSON-LD headline to a length limit mid-sentence
// ("... Solutions (Including") while og:title and <title> keep all of it.
func longerTitle(t string, others, sites []string) string {
	nt := normTitle(t)
	cut := len(nt) >= 100 || strings.Count(t, "(") > strings.Count(t, ")") ||
		strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
	if !cut {
		return t
	}
	for _, o := range others {
		o = stripSiteName(o, sites)
		if no := normTitle(o); len(no) > len(nt)+1 && strings.HasPrefix(no, nt) {
			return o
		}
	}
	return t
}

// siteFromTitle returns the part of a document title, after or before a
// separator, that names the site's host ("News | Example Times" on
// www.exampletimes.com gives "Example Times"); "" when none does.
func siteFromTitle(title string, u *url.URL) string {
	if u == nil || title == "" {
		return ""
	}
	host := []string{hostSite(u.Hostname())}
	title = oneLine(title)
	for _, sep := range titleSeparators {
		if sep == ": " {
			continue
		}
		if i := strings.LastIndex(title, sep); i > 0 {
			if tail := strings.TrimSpace(title[i+len(sep):]); tail != "" && isSiteName(tail, host) {
				return tail
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			if head := strings.TrimSpace(title[:i]); isSiteName(head, host) {
				return head
			}
		}
	}
	return ""
}

// bestHeading returns the <h1> that shares the most words with the metadata
// titles (at least half of its words when there are titles to compare
// with), or "" when none qualifies.
func (r *reconciler) bestHeading(cands []string, sites []string) string {
	meta := map[string]bool{}
	for _, c := range cands {
		for _, w := range strings.Fields(normTitle(c)) {
			meta[strings.Trim(w, ".,:;!?\"'()")] = true
		}
	}
	// A heading qualifies when at least 0.3 of its words are metadata
	// words; among those, the one sharing the most words longer than three
	// letters wins: short words (the, in, to, for) are shared by any two
	// English titles and do not tell headings apart.
	best, bestScore := "", -1.0
	r.titleH1 = -1
	for i, h := range r.c.h1s {
		h = oneLine(h)
		if len(h) < 3 || len(h) > 300 || isSiteName(h, sites) {
			continue
		}
		if len(meta) == 0 {
			r.titleH1 = i
			return h
		}
		n, shared, nLong, sharedLong := 0, 0, 0, 0
		for _, w := range strings.Fields(normTitle(h)) {
			w = strings.Trim(w, ".,:;!?\"'()")
			long := utf8.RuneCountInString(w) > 3
			n++
			if long {
				nLong++
			}
			if meta[w] {
				shared++
				if long {
					sharedLong++
				}
			}
		}
		if n == 0 || float64(shared)/float64(n) < 0.3 {
			continue
		}
		score := 0.0
		if nLong > 0 {
			score = float64(sharedLong) / float64(nLong)
		}
		if score > bestScore {
			best, bestScore = h, score
			r.titleH1 = i
		}
	}
	return best
}

// continues says whether heading h is title t followed by more words of the
// same sentence: the next word starts with a lower-case letter ("Tips for
// Gardens" / "Tips for Gardens in winter").
func continues(h, t string) bool {
	nh, nt := normTitle(h), normTitle(t)
	if nt == "" || !strings.HasPrefix(nh, nt+" ") {
		return false
	}
	// Find the same point in h itself, to see its case.
	words := len(strings.Fields(nt))
	rest := strings.Fields(h)
	if len(rest) <= words {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[words])
	return unicode.IsLower(r)
}

// wordShare is the share of the words of a found in b, after normTitle.
func wordShare(a, b string) float64 {
	bw := map[string]bool{}
	for _, w := range strings.Fields(normTitle(b)) {
		bw[w] = true
	}
	n, k := 0, 0
	for _, w := range strings.Fields(normTitle(a)) {
		n++
		if bw[w] {
			k++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

// authors picks the byline: the first source that yields person names, in
// the order: a "By" line under the headline, JSON-LD authors (completed by
// the names joined under the headline), a "By ..." byline element, author
// metas, microdata, rel=author and links to author pages, other byline
// elements, "By" lines anywhere, a name line under the headline; then what
// the "By" line under the headline names when it names no person (a desk,
// the site), names under an author label in an aside, aside rel=author
// links, JSON-LD organization authors (whole). A list that only names the
// site, the publisher or an organization gives way to a later source with
// person names; it is kept when none has one, and a team byline ("Podium
// Staff") is the last resort.
func (r *reconciler) authors() {
	sites := r.siteNamesHost(false)
	var fallback []string
	team := ""
	try := func(src authorSource, raw ...string) bool {
		var names []string
		for _, s := range raw {
			if isSiteName(s, sites) {
				// The publisher given as the author.
				if fallback == nil {
					fallback = cleanAuthors(s, fromField)
				}
				if fallback == nil {
					if site := cutAtStop(stripByPrefix(oneLine(s)), false); site != "" && len(site) <= 60 {
						fallback = []string{site}
					}
				}
				continue
			}
			for _, n := range cleanAuthors(s, src) {
				names = appendUnique(names, n)
			}
			if team == "" {
				team = teamByline(s)
			}
		}
		if len(names) == 0 {
			return false
		}
		person := names[:0:0]
		for _, n := range names {
			if !isSiteName(n, sites) && !isOrgName(n) {
				person = append(person, n)
			}
		}
		if len(person) == 0 {
			if fallback == nil {
				fallback = names
			}
			return false
		}
		r.m.Authors = person
		return true
	}
	// A "By" line right under the headline is what readers see; it
	// outranks metadata that may name the page's owner or last editor.
	// What the "By" line under the headline names when it names no
	// person (a desk, the site): kept ahead of the weakest sources.
	var nearDesk []string
	if line := r.nearTitleByline(); line != "" {
		had := fallback != nil
		if try(fromText, line) {
			return
		}
		if !had && fallback != nil {
			nearDesk = fallback
		} else if d := deskByline(line); d != "" {
			nearDesk = []string{d}
		}
	}
	if r.article != nil && try(fromField, r.article.authors...) {
		// The metadata may name only the first of the authors the page
		// shows under the headline ("Jo Kent" "," "Ana Ruiz" "&" ...).
		if more := r.namesJoinedUnderTitle(r.m.Authors[0]); len(more) > len(r.m.Authors) {
			r.m.Authors = more
		}
		return
	}
	// A visible "By ..." byline element outranks the author metas, which
	// often name the account that posted the page.
	for _, b := range r.c.bylines {
		if !b.aside && !b.strong && len(b.text) > 3 && strings.EqualFold(b.text[:3], "by ") && try(fromMarkup, b.text) {
			return
		}
	}
	for _, key := range authorMetaKeys {
		vs := r.metas[key]
		if key == "citation_author" {
			// One author a tag, often "Last, First".
			inv := make([]string, len(vs))
			for k, v := range vs {
				inv[k] = uninvertName(v)
			}
			vs = inv
		}
		if len(vs) > 0 && try(fromField, vs...) {
			return
		}
	}
	if l := strings.ToLower(r.metas.first("twitter:label1")); strings.Contains(l, "written") || strings.Contains(l, "author") {
		if try(fromField, r.metas.first("twitter:data1")) {
			return
		}
	}
	// Links to author pages name the byline's authors, unless there are
	// many: then they belong to a list of stories.
	var links []string
	for _, b := range r.c.bylines {
		if b.link && !b.aside {
			for _, n := range cleanAuthors(b.text, fromMarkup) {
				links = appendUnique(links, n)
			}
		}
	}
	manyLinks := len(links) > 3
	var strong []string
	for _, b := range r.c.bylines {
		if b.strong && !b.aside && !(b.link && manyLinks && !r.underTitle(b.text)) {
			strong = append(strong, b.text)
		}
	}
	if try(fromMarkup, strong...) {
		return
	}
	// Byline elements one at a time: the first that names people.
	for _, b := range r.c.bylines {
		if !b.strong && !b.aside && try(fromMarkup, b.text) {
			return
		}
	}
	for _, b := range r.c.byLines {
		if try(fromText, b) {
			return
		}
	}
	if line := r.nameLineUnderTitle(); line != "" && try(fromText, line) {
		return
	}
	if nearDesk != nil {
		r.m.Authors = nearDesk
		return
	}
	// A name under an explicit author label in a box beside the story.
	for _, b := range r.c.asideByLines {
		if try(fromText, b) {
			return
		}
	}
	for _, b := range r.c.bylines {
		if b.strong && b.aside && try(fromMarkup, b.text) {
			return
		}
	}
	// An organization named as the author: the site speaking for itself,
	// when no person is named anywhere.
	if r.article != nil && len(r.article.orgAuthors) > 0 {
		// An Organization is one name: "Office for Water Testing and
		// Research" and "Hale & Hale" are not split. One that reads
		// as a single person's name is taken as a person.
		var whole []string
		single := true
		for _, o := range r.article.orgAuthors {
			if n := wholeOrgName(o); n != "" {
				whole = appendUnique(whole, n)
				if ns := cleanAuthors(n, fromField); len(ns) != 1 || ns[0] != n {
					single = false
				}
			}
		}
		had := fallback != nil
		if single && try(fromField, whole...) {
			return
		}
		if !had && len(whole) > 0 {
			fallback = whole
		}
	}
	if fallback != nil {
		r.m.Authors = fallback
	} else if team != "" {
		r.m.Authors = []string{team}
	}
}

// nearTitleByline returns the first "By ..." line among the short texts
// that follow the title heading, or the line after a "Written by" label.
func (r *reconciler) nearTitleByline() string {
	i := r.titleH1
	if i < 0 {
		i = 0
	}
	if i >= len(r.c.h1After) {
		return ""
	}
	lines := strings.SplitN(r.c.h1After[i], "\n", 24)
	for n := 0; n < len(lines) && n < 8; n++ {
		line := lines[n]
		start := -1
		switch {
		case isByLabel(line):
			start = n + 1
		case len(line) > 3 && (line[0] == 'B' || line[0] == 'b') && (line[1] == 'y' || line[1] == 'Y') && (line[2] == ' ' || line[2] == ':'),
			hasByPrefix(line):
			start = n
		}
		if start < 0 || start >= len(lines) {
			continue
		}
		// Names in separate links: "Ana Ruiz" "and" "Tom Hall".
		byline := lines[start]
		for j := start + 1; j+1 < len(lines) && j < start+15; j += 2 {
			if !isNameJoiner(lines[j]) {
				break
			}
			byline += " and " + lines[j+1]
		}
		return byline
	}
	return ""
}

// underTitle says whether s is one of the first short texts after the
// title heading.
func (r *reconciler) underTitle(s string) bool {
	i := r.titleH1
	if i < 0 || i >= len(r.c.h1After) || s == "" {
		return false
	}
	after := r.c.h1After[i]
	for n := 0; n < datelineLines && after != ""; n++ {
		line := after
		if j := strings.IndexByte(after, '\n'); j >= 0 {
			line, after = after[:j], after[j+1:]
		} else {
			after = ""
		}
		if line == s {
			return true
		}
	}
	return false
}

// namesJoinedUnderTitle returns the names the page lists under the title
// starting with first, each in its own text and joined by "," "and" or "&"
// texts; nil when first is not among the first texts after the title.
func (r *reconciler) namesJoinedUnderTitle(first string) []string {
	i := r.titleH1
	if i < 0 || i >= len(r.c.h1After) {
		return nil
	}
	lines := strings.SplitN(r.c.h1After[i], "\n", 24)
	for n := 0; n < len(lines) && n < datelineLines; n++ {
		if lines[n] != first {
			continue
		}
		names := []string{first}
		for j := n + 1; j+1 < len(lines) && len(names) < 8; j += 2 {
			if !isNameJoiner(lines[j]) {
				break
			}
			ns := cleanAuthors(lines[j+1], fromText)
			if len(ns) != 1 || ns[0] != lines[j+1] {
				break
			}
			names = appendUnique(names, ns[0])
		}
		return names
	}
	return nil
}

// nameLineUnderTitle returns a line right under the title that starts with
// a name and goes on with something else, as unlabelled bylines do ("Nora
// Okafor | Staff Writer | May 4, 2031"); "" when there is none.
func (r *reconciler) nameLineUnderTitle() string {
	i := r.titleH1
	if i < 0 || i >= len(r.c.h1After) {
		return ""
	}
	lines := strings.SplitN(r.c.h1After[i], "\n", 5)
	for n := 0; n < len(lines) && n < 3; n++ {
		line := lines[n]
		if len(line) > 120 {
			return ""
		}
		cut := cutAtStop(line, true)
		if cut == "" {
			continue
		}
		if len(cut) == len(line) {
			// A line that is only a name is a byline when the next
			// one dates the story or gives the writer's job ("Jo
			// Kent" "March 5, 2024"; "Jo Kent" "Science Writer").
			if !(n+1 < len(lines) && r.bylineFollower(lines[n+1]) || r.datedBefore(lines[:n])) {
				continue
			}
		}
		if rest := strings.TrimSpace(strings.TrimPrefix(line, cut)); rest != "" && strings.IndexByte("?!.:;", rest[0]) >= 0 {
			continue // a sentence or a heading, not "Name | Job | Date"
		}
		names := cleanAuthors(cut, fromText)
		if len(names) == 0 || len(names) > 3 {
			continue
		}
		for _, nm := range names {
			if w := len(strings.Fields(nm)); w < 2 || w > 3 {
				return ""
			}
		}
		return cut
	}
	return ""
}

// uninvertName turns "Last, First" into "First Last"; other values are
// returned as they are.
func uninvertName(v string) string {
	last, first, ok := strings.Cut(v, ",")
	last, first = strings.TrimSpace(last), strings.TrimSpace(first)
	if !ok || last == "" || first == "" || strings.Contains(first, ",") || strings.ContainsAny(v, "0123456789;&") ||
		len(strings.Fields(last)) > 3 || len(strings.Fields(first)) > 3 || isCredential(strings.Trim(first, ".")) || isDegree(first) {
		return v // "Jane Doe, PhD" is not inverted
	}
	return first + " " + last
}

// wholeOrgName returns an organization's name as the page writes it, on
// one line and without a leading "By", or "" when it is not a name (empty,
// too long, an address or a handle).
func wholeOrgName(s string) string {
	s = stripByPrefix(oneLine(s))
	if len(s) < 2 || len(s) > 100 || isURL(s) || strings.ContainsAny(s, "@<>{}") {
		return ""
	}
	if strings.IndexFunc(s, unicode.IsLetter) < 0 {
		return ""
	}
	return s
}

// deskByline returns a byline that names no person, as written ("Ask the
// Doctors", "The Tinkerer"): one to four words, the first capitalised, no
// digits, handles or separators; "" otherwise.
func deskByline(line string) string {
	s := stripByPrefix(oneLine(line))
	if s == "" || len(s) > 40 || strings.ContainsAny(s, "0123456789@|:/") || isURL(s) {
		return ""
	}
	if w := strings.Fields(s); len(w) > 4 {
		return ""
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) {
		return ""
	}
	return s
}

// datedBefore says whether the last of lines that is more than a
// separator ("·", "|", "by") is a date: "Dec 17, 2025" "·" "Jo Kent".
func (r *reconciler) datedBefore(lines []string) bool {
	for k := len(lines) - 1; k >= 0; k-- {
		l := strings.TrimSpace(lines[k])
		if len(l) <= 3 && strings.IndexFunc(l, unicode.IsDigit) < 0 {
			continue // "·", "|", "by", "—"
		}
		if !strings.ContainsAny(l, "0123456789") || len(l) > 60 {
			return false
		}
		_, ok := parseFreeDate(r.dayFirst, l)
		return ok
	}
	return false
}

// bylineFollower says whether a line can follow a bare name in a byline:
// a date, a "Published"/"Updated" label, a short job title or a degree.
func (r *reconciler) bylineFollower(line string) bool {
	if len(line) > 80 {
		return false
	}
	l := strings.ToLower(line)
	if strings.HasPrefix(l, "published") || strings.HasPrefix(l, "posted") || isUpdateLabel(line) {
		return true
	}
	if strings.ContainsAny(line, "0123456789") {
		if _, ok := parseFreeDate(r.dayFirst, line); ok {
			return true
		}
	}
	for _, w := range strings.Fields(line) {
		if isDegree(w) {
			return true // "Licensed Grader, M.A. Journalism"
		}
	}
	words := strings.Fields(l)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		switch w {
		case "writer", "editor", "reporter", "correspondent", "columnist", "contributor", "journalist", "author":
			return true
		}
	}
	return false
}

// isNameJoiner says whether a text between two names joins them.
func isNameJoiner(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "and", "&", ",", ", and", "und", "y", "et", "e", "og", "en":
		return true
	}
	return false
}

var authorMetaKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
	"dcterms.creator", "byl", "og:article:author", "cxenseparse:author", "citation_author"}

// dates picks the publication and modification dates.
func (r *reconciler) dates() {
	var pub, mod dateValue
	var hasPub, hasMod bool
	// The dateline under the headline is the date readers see; pages
	// often leave a stale datePublished in their metadata.
	// A full day in the URL path is set when the story is filed: it
	// decides the day, and another source on the same day gives the time.
	var fromURL dateValue
	hasURL := false
	if u := r.pageURL(); u != nil {
		fromURL, hasURL = urlDate(u.Path)
	}
	if !hasURL && r.m.Base != nil && r.m.CanonicalURL != "" {
		if u, err := url.Parse(r.m.CanonicalURL); err == nil {
			fromURL, hasURL = urlDate(u.Path)
		}
	}
	// The dates the page declares.
	var declared dateValue
	hasDeclared := false
	if r.article != nil {
		declared, hasDeclared = parseFreeDate(r.dayFirst, r.article.published)
		mod, hasMod = parseFreeDate(r.dayFirst, r.article.modified)
	}
	if !hasDeclared {
		declared, hasDeclared = r.metaDate(pubDateKeys)
	}
	if !hasDeclared {
		declared, hasDeclared = r.anyMetaDate()
	}
	if !hasMod {
		mod, hasMod = r.metaDate(modDateKeys)
	}
	r.declared, r.hasDeclared = declared, hasDeclared
	pub, hasPub = r.nearTitleDate(false, datelineLines)
	if hasPub && hasDeclared && swappedDay(pub, declared) {
		// "09.10.2024" read day first where the page meant September
		// 10: the declared date settles the order.
		pub = declared
	}
	if hasPub && hasMod && hasDeclared && dayOf(pub, mod) && !sameDayAs(pub, declared) && !stamped(declared, mod) {
		// The date under the headline is the declared modification:
		// the page shows when it was updated, not when it came out.
		pub = declared
	}
	if !hasPub && hasDeclared || hasPub && hasDeclared && !pub.hasTime && declared.hasTime && sameDayAs(declared, pub) {
		// No dateline, or one that gives the day the metadata gives
		// with its time.
		pub, hasPub = declared, true
		if hasMod && stamped(declared, mod) {
			// Published and modified within the hour: a stamp the site
			// rewrites on every build. An element marked as the
			// publication date says better.
			if d, ok := r.timeDate(true); ok {
				pub = d
			}
		}
	}
	if !hasPub {
		// Other JSON-LD items may still carry the page's date.
		for i := range r.ld.items {
			if d, ok := parseDate(r.ld.items[i].published); ok && r.ld.items[i].kind >= ldPage {
				pub, hasPub = d, true
				break
			}
		}
	}
	if !hasPub {
		pub, hasPub = r.timeDate(true)
	}
	if !hasPub {
		pub, hasPub = r.nearTitleDate(true, datelineLines)
	}
	if !hasPub {
		if u := r.pageURL(); u != nil {
			pub, hasPub = urlDate(u.Path)
		}
	}
	if !hasPub {
		pub, hasPub = r.timeDate(false)
	}
	if !hasPub && r.c.bylineDate != "" && !isUpdateLabel(r.c.bylineDate) {
		// The date printed right after the byline.
		pub, hasPub = parseFreeDate(r.dayFirst, r.c.bylineDate)
	}
	if !hasPub {
		// A date further from the title, when nothing nearer said.
		pub, hasPub = r.nearTitleDate(false, 0)
	}
	if !hasPub {
		pub, hasPub = r.nearTitleDate(true, 0)
	}
	if !hasPub {
		pub, hasPub = r.textDate(false)
	}
	if !hasPub {
		for _, b := range r.c.bylines {
			if d, ok := parseFreeDate(r.dayFirst, b.text); ok {
				pub, hasPub = d, true
				break
			}
		}
	}
	if !hasPub {
		pub, hasPub = r.asideTimeDate()
	}
	if !hasPub {
		pub, hasPub = r.textDate(true)
	}
	if !hasPub {
		pub, hasPub = wireDateline(r.dayFirst, r.metas.first("og:description", "description", "twitter:description"))
	}
	if hasURL && (!hasPub || !sameDayAs(pub, fromURL)) {
		pub, hasPub = fromURL, true
	}
	if hasPub {
		r.m.Published = pub.String()
	}
	if hasMod {
		r.m.Modified = mod.String()
	}
}

// wireDateline reads the dateline a wire story opens with, "PLACE, Dec 20,
// 2025 (AGENCY) - Lead sentence", from the first lines of a description:
// the text before the agency or the dash must start with a capitalised
// place name and a comma, and be short.
func wireDateline(dayFirst bool, desc string) (dateValue, bool) {
	for range 3 {
		if desc == "" {
			break
		}
		line := desc
		if i := strings.IndexByte(desc, '\n'); i >= 0 {
			line, desc = desc[:i], desc[i+1:]
		} else {
			desc = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		end := -1
		for _, sep := range []string{" (", " - ", " – ", " — "} {
			if i := strings.Index(line, sep); i > 0 && (end < 0 || i < end) {
				end = i
			}
		}
		if end < 0 || end > 60 {
			continue
		}
		head := line[:end]
		comma := strings.IndexByte(head, ',')
		if comma <= 0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) {
			continue
		}
		if d, ok := parseFreeDate(dayFirst, head[comma+1:]); ok {
			return d, true
		}
	}
	return dateValue{}, false
}

// timeDate reads the <time> and microdata candidates: with marked true, only
// those marked as the publication date; otherwise the first that is not
// marked as a modification.
func (r *reconciler) timeDate(marked bool) (dateValue, bool) {
	for _, t := range r.c.times {
		if t.aside || t.modified || marked && !t.published {
			continue
		}
		if d, ok := parseDate(t.value); ok {
			return d, true
		}
		if d, ok := parseFreeDate(r.dayFirst, t.text); ok {
			return d, true
		}
	}
	return dateValue{}, false
}

// stamped says whether published and modified fall within an hour of each
// other with their times stated: a stamp the site writes on every build,
// which says nothing about when the story came out.
func stamped(pub, mod dateValue) bool {
	if !pub.hasTime || !mod.hasTime {
		return false
	}
	d := pub.t.Sub(mod.t)
	return d < time.Hour && d > -time.Hour
}

// dayOf says whether the dateline d shows the day of the instant t: the
// same day, or, when d gives no time and t a zone, the day before or after
// (the page prints the day in its own zone, t may be in UTC).
func dayOf(d, t dateValue) bool {
	if sameDayAs(d, t) {
		return true
	}
	if d.hasTime || !t.hasTime || !t.hasZone {
		return false
	}
	diff := d.t.Sub(time.Date(t.t.Year(), t.t.Month(), t.t.Day(), 0, 0, 0, 0, time.UTC))
	return diff == 24*time.Hour || diff == -24*time.Hour
}

// swappedDay says whether d is day's date with month and day exchanged
// (both 12 or under): a numeric date read in the other order.
func swappedDay(d, day dateValue) bool {
	y1, m1, d1 := d.t.Date()
	y2, m2, d2 := day.t.Date()
	return y1 == y2 && m1 != m2 && int(m1) == d2 && d1 == int(m2)
}

// sameDayAs says whether d falls on the day of day, d read in its own zone.
func sameDayAs(d, day dateValue) bool {
	y1, m1, d1 := d.t.Date()
	y2, m2, d2 := day.t.Date()
	return y1 == y2 && m1 == m2 && d1 == d2
}

// metaDate reads the first meta content, in key order, that holds a date.
func (r *reconciler) metaDate(keys []string) (dateValue, bool) {
	for _, key := range keys {
		for _, v := range r.metas[key] {
			if d, ok := parseFreeDate(r.dayFirst, v); ok {
				return d, true
			}
		}
	}
	return dateValue{}, false
}

// anyMetaDate reads a meta whose key names a publication date in a way the
// list does not know ("w-published-date", "article.created"): it says
// publish, pubdate, created or date, and not modified, updated, expiry,
// birth and the like.
func (r *reconciler) anyMetaDate() (dateValue, bool) {
	for _, t := range r.c.metas {
		k := t.key
		if !(strings.Contains(k, "publish") || strings.Contains(k, "pubdate") || strings.Contains(k, "created") ||
			strings.Contains(k, "date")) {
			continue
		}
		if strings.Contains(k, "modif") || strings.Contains(k, "update") || strings.Contains(k, "expir") ||
			strings.Contains(k, "revis") || strings.Contains(k, "birth") || strings.Contains(k, "copyright") ||
			strings.Contains(k, "last") || strings.Contains(k, "valid") || strings.Contains(k, "end") ||
			strings.Contains(k, "start") || strings.Contains(k, "event") || strings.Contains(k, "lastmod") ||
			strings.Contains(k, "crawl") || strings.Contains(k, "index") || strings.Contains(k, "review") {
			continue
		}
		if d, ok := parseFreeDate(r.dayFirst, t.content); ok {
			return d, true
		}
	}
	return dateValue{}, false
}

// datelineLines is how many short texts after (or before) the title
// heading a dateline may stand in: further down are teasers, "recent posts"
// lists and the body, whose dates are weaker evidence than the page's
// declared date.
const datelineLines = 10

// nearTitleDate reads the first date in the short texts after the title
// heading (or the first heading), then in those just before it: the
// dateline of pages that mark it up with nothing telling. lines bounds the
// texts read on each side (0: all that were kept).
func (r *reconciler) nearTitleDate(allowUpdates bool, lines int) (dateValue, bool) {
	i := r.titleH1
	if i < 0 {
		i = 0
	}
	if i >= len(r.c.h1After) {
		return dateValue{}, false
	}
	after, at, _, okAfter := datelineIn(r.c.h1After[i], allowUpdates, r.dayFirst, lines, false)
	if !okAfter {
		// A second heading that repeats the title (with a subtitle) may
		// cut the first one's window short.
		if j := i + 1; j < len(r.c.h1After) && strings.Contains(r.c.h1s[j], r.c.h1s[i]) {
			after, at, _, okAfter = datelineIn(r.c.h1After[j], allowUpdates, r.dayFirst, lines, false)
		}
	}
	if i >= len(r.c.h1Before) || okAfter && at == 0 {
		return after, okAfter
	}
	// The nearest date before the heading wins over one further after it:
	// a dateline above the title, a teaser list below.
	// When the two disagree, the one the page's declared date confirms.
	before, bat, n, okBefore := datelineIn(r.c.h1Before[i], allowUpdates, r.dayFirst, lines, true)
	if !okBefore {
		return after, okAfter
	}
	if !okAfter {
		return before, true
	}
	if r.hasDeclared && sameDayAs(after, r.declared) != sameDayAs(before, r.declared) {
		if sameDayAs(before, r.declared) {
			return before, true
		}
		return after, true
	}
	if n-bat < at {
		return before, true
	}
	return after, true
}

// publishedInLines finds the first date in the lines of s that is not
// labelled as an update ("Updated March 5, 2020", or "Last updated:" on
// the line before the date), reading at most maxLines lines (0: all).
func publishedInLines(s string, allowUpdates, dayFirst bool, maxLines int) (dateValue, bool) {
	d, _, _, ok := datelineIn(s, allowUpdates, dayFirst, maxLines, false)
	return d, ok
}

// datelineIn finds the first (or, with last, the last) date in the lines of
// s that is not labelled as an update, reading at most maxLines lines (0:
// all). It also returns the date's line index and the number of lines read.
func datelineIn(s string, allowUpdates, dayFirst bool, maxLines int, last bool) (found dateValue, at, lines int, ok bool) {
	skipping := false
	n := 0
	for ; s != "" && (maxLines <= 0 || n < maxLines); n++ {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		hasDigit := strings.ContainsAny(line, "0123456789")
		if skipping {
			// Skip up to and including the line that holds the
			// labelled date ("Updated" ":" "May 5, 2020").
			if hasDigit {
				skipping = false
			}
			continue
		}
		if !allowUpdates && isUpdateLabel(line) {
			// The date may share the line ("Updated: May 5") or follow it.
			skipping = !hasDigit
			continue
		}
		if !hasDigit {
			continue // every date the parsers read has a digit
		}
		d, dok := parseFreeDate(dayFirst, line)
		if !dok {
			continue
		}
		if !d.hasTime && s != "" {
			// The time may sit in the next element: "Nov 20 2019"
			// "4:29 AM EST".
			next := s
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				next = s[:i]
			}
			if d2, ok := parseFreeDate(dayFirst, line+" "+next); ok && d2.hasTime && sameDayAs(d2, d) {
				d = d2
			}
		}
		found, at, ok = d, n, true
		if !last {
			return found, at, n + 1, true
		}
	}
	return found, at, n, ok
}

// isUpdateLabel says whether a line speaks of an update or review rather
// than the publication ("Updated", "Last modified", "Reviewed by").
func isUpdateLabel(line string) bool {
	l := strings.ToLower(line)
	if strings.Contains(l, "publish") || strings.Contains(l, "posted") {
		return false
	}
	return strings.Contains(l, "updat") || strings.Contains(l, "modif") || strings.Contains(l, "review") ||
		strings.Contains(l, "edited") || strings.Contains(l, "revised") || strings.Contains(l, "aktualisiert") ||
		strings.Contains(l, "actualiz") || strings.Contains(l, "mis à jour") || strings.Contains(l, "©") ||
		strings.Contains(l, "copyright")
}

// textDate reads the first date in the text of elements named as dates,
// outside asides or (aside true) inside them.
func (r *reconciler) textDate(aside bool) (dateValue, bool) {
	for _, t := range r.c.dateTexts {
		if t.aside != aside {
			continue
		}
		if d, ok := parseFreeDate(r.dayFirst, t.text); ok {
			return d, true
		}
	}
	return dateValue{}, false
}

// asideTimeDate is the last resort among <time> elements: the first one in
// an aside that is not a modification date.
func (r *reconciler) asideTimeDate() (dateValue, bool) {
	for _, t := range r.c.times {
		if !t.aside || t.modified {
			continue
		}
		if d, ok := parseDate(t.value); ok {
			return d, true
		}
	}
	return dateValue{}, false
}

var pubDateKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "datepublished",
	"og:published_time", "published_time", "article.published", "published-date", "publish-date", "publishdate",
	"publish_date", "pubdate", "publication_date", "date.published", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date",
	"citation_publication_date", "citation_date", "date", "article:post_date", "article_date_original",
	"original-publish-date", "originalpublicationdate", "cxenseparse:recs:publishtime", "displaydate",
	"release_date", "created", "timestamp", "pub_date", "datecreated", "og:updated_time",
}

var modDateKeys = []string{
	"article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time", "modified_time",
	"article:modified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "revised",
}

func (r *reconciler) section() {
	s := ""
	if r.article != nil {
		s = r.article.section
	}
	if s == "" {
		s = r.metas.first("article:section", "og:article:section", "section", "parsely-section", "sailthru.section",
			"article.section", "category", "cxenseparse:recs:category")
	}
	r.m.Section = oneLine(s)
	var tags []string
	for _, v := range r.metas["article:tag"] {
		for _, t := range splitTags(v) {
			tags = appendUnique(tags, t)
		}
	}
	if len(tags) == 0 && r.article != nil {
		for _, t := range r.article.keywords {
			tags = appendUnique(tags, t)
		}
	}
	if len(tags) == 0 {
		for _, t := range splitTags(r.metas.first("news_keywords", "keywords", "parsely-tags", "sailthru.tags")) {
			tags = appendUnique(tags, t)
		}
	}
	if len(tags) > 50 {
		tags = tags[:50]
	}
	r.m.Tags = tags
}

func (r *reconciler) language() {
	for _, cand := range []string{r.c.lang, r.metas.first("og:locale"), r.metas.first("content-language", "language", "dc.language", "inlanguage")} {
		if l := normLanguage(cand); l != "" {
			r.m.Language = l
			return
		}
	}
	if r.article != nil {
		r.m.Language = normLanguage(r.article.language)
	}
}

// normLanguage turns a language tag as pages write it ("en_US", "pt_br",
// "EN-gb", "zh-hant-tw") into BCP 47 form ("en-US", "pt-BR", "en-GB",
// "zh-Hant-TW"); "" when it is not a tag.
func normLanguage(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",;"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	if s == "" || len(s) > 20 {
		return ""
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 {
		return ""
	}
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return ""
			}
		}
	}
	lang := strings.ToLower(parts[0])
	if len(lang) < 2 || len(lang) > 3 || !allLetters(lang) {
		return ""
	}
	out := []string{lang}
	for _, p := range parts[1:] {
		switch {
		case len(p) == 2 && allLetters(p):
			out = append(out, strings.ToUpper(p))
		case len(p) == 4 && allLetters(p):
			out = append(out, strings.ToUpper(p[:1])+strings.ToLower(p[1:]))
		case len(p) == 3 && allDigits(p):
			out = append(out, p)
		default:
			out = append(out, strings.ToLower(p))
		}
	}
	return strings.Join(out, "-")
}

// dayFirstLanguage says whether pages in a language write numeric dates
// day first: all but American English (and English with no region, which
// is most often American).
func dayFirstLanguage(lang string) bool {
	if lang == "" || lang == "en" || strings.HasPrefix(lang, "en-US") {
		return false
	}
	return true
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

func (r *reconciler) describe() {
	d := r.metas.first("og:description", "description", "twitter:description", "dc.description")
	if d == "" && r.article != nil {
		d = r.article.description
	}
	r.m.Description = oneLine(d)
	img := r.metas.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail", "image")
	if img == "" && r.article != nil {
		img = r.article.image
	}
	r.m.Image = r.absolute(img)
}
