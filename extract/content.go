package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/htmlmeta"
)

// content is what the content finder returns.
type content struct {
	blocks  []lede.Block
	related []lede.Related
}

// Node flags set by the statistics pass.
const (
	fSkip     uint8 = 1 << iota // never content (script, hidden, form control): not descended
	fBoiler                     // the element itself is named or tagged as boilerplate
	fInBoiler                   // the element is or lies inside boilerplate
	fHasBlock                   // some descendant is a block-level element
	fInline                     // the element is inline (a, span, em...)
	fInLink                     // the element is or lies inside a link
	fPost                       // a microdata Comment inside a forum thread: a post, never furniture
)

// nodeStat holds what the statistics pass learns about one element. Elements
// are numbered in document order; an element's descendants are the indices
// (i, end) so walks over the tree can find each node's stats without a map.
type nodeStat struct {
	n        *html.Node
	parent   int32
	end      int32
	text     int32 // visible text bytes in the subtree (white space runs count 1)
	linkText int32 // of which inside links
	direct   int32 // text in direct text children and inline children
	commas   int32
	paras    int32 // paragraph-like descendants with real text
	good     int32 // text of paragraph-like descendants with few links
	clean    int32 // text outside boilerplate subtrees
	pgood    int32 // the part of good in paragraphs (not list items, headings, cells)
	own      int32 // text in direct text children
	plen     int32 // paragraph-like element: the length of its own text
	glen     int32 // list item, heading or cell without blocks: its text (story text, not scored)
	score    float32
	hint     hint
	flags    uint8
}

// finder holds the state of one content search.
type finder struct {
	st        []nodeStat
	base      *url.URL
	docTitle  string
	useHints  bool
	bodyIndex int32
	rawGood   int32 // paragraph text of the whole page, hints ignored
	baseHref  string
	signs     pageSigns
	// thread is the first element marked up as a schema.org
	// DiscussionForumPosting (-1: none), threadPosts the Comment items
	// inside it.
	thread      int32
	threadPosts int32
	inThread    bool
	// items: the content is a page of items (widened to most of the
	// page, or already all of a page that is no story), whose links are
	// its entries rather than navigation.
	items bool
	// signed: the metadata names an author or a publication date, as a
	// story's does.
	signed bool
}

// findContent locates the main content of the page and turns it into blocks.
//
// One recursive pass (visit) numbers the elements in document order and
// gathers per-element text statistics into a slice; settle then decides
// which subtrees are boilerplate (class/id words, nav/aside/footer; a wrapper
// whose name misleads is spared when it holds the article), scores the
// paragraph-like elements outside them and credits their ancestors, in two
// linear passes over the slice. chooseRoots picks the best container (helped
// by article/main, itemprop=articleBody and class/id words), lifts it to a
// common ancestor when another near-best candidate lies elsewhere, climbs
// while parents add story text and little else, and adds siblings that
// score alike. The block builder walks the chosen subtrees once, dropping
// boilerplate it meets, and cleanBlocks removes the title heading, bylines,
// date lines and furniture lines. When the result is small against the
// paragraph text of the page, the page is scored once more without class
// and id hints (and with hidden and <noscript> parts read), and the larger
// reading wins if it is clearly larger. Pages that are not stories get
// their own steps in chooseRoots: a run of like siblings (posts, answers,
// entries) is lifted to whole, a forum thread marked up as such is read
// whole, a small choice on a page that declares no story is widened to most
// of the page, and such a page of items keeps its links (docs/extract.md).
func findContent(doc *html.Node, md *htmlmeta.Metadata) content {
	f := &finder{st: make([]nodeStat, 0, 2048), useHints: true, bodyIndex: -1, thread: -1}
	if md != nil {
		f.base = md.Base
		f.signed = md.Published != "" || len(md.Authors) > 0
	}
	f.visit(doc, -1, 0)
	f.settle()
	f.base = f.resolveBase()
	var title string
	var authors []string
	if md != nil {
		title, authors = md.Title, md.Authors
	}
	blocks := f.build(title, authors)
	if n := textLen(blocks); n < 250 || (int32(n) < f.rawGood/5 && !f.signs.declaresProduct()) {
		// The hints may have hidden the article (a wrapper named
		// "page-with-sidebar", say): score again without them. Not on a
		// product page for want of paragraph text alone: its reviews
		// and questions hold more than its description.
		g := &finder{st: make([]nodeStat, 0, len(f.st)), base: f.base, docTitle: f.docTitle, bodyIndex: -1, thread: -1}
		g.visit(doc, -1, 0)
		g.settle()
		if alt := g.build(title, authors); textLen(alt) > textLen(blocks)*3/2 {
			blocks = alt
		}
	}
	// Teaser boxes are found by their names, so always from the first
	// reading.
	return content{blocks: blocks, related: f.related()}
}

func textLen(bs []lede.Block) int {
	n := 0
	for _, b := range bs {
		n += len(b.Text)
	}
	return n
}

// visit numbers n (an element or the document) and its descendants in
// document order and gathers the statistics that do not depend on which
// subtrees are boilerplate; settle computes the rest.
func (f *finder) visit(n *html.Node, parent int32, inherited uint8) int32 {
	idx := int32(len(f.st))
	f.st = append(f.st, nodeStat{n: n, parent: parent})
	s := &f.st[idx]
	a := n.DataAtom
	opensThread := false
	if n.Type == html.ElementNode {
		switch {
		case a == atom.Noscript && !f.useHints:
			// the second try reads what pages offer readers without scripts
		case skipTag(a):
			if a == atom.Head {
				f.readHead(n)
			}
			s.flags = fSkip
		case a == atom.Iframe || a == atom.Img || a == atom.Br || a == atom.Hr:
			s.flags = fSkip
		case f.useHints && hiddenNode(n):
			// Without hints (the second try) hidden parts are read too:
			// pages streamed in pieces park the article in a hidden
			// element until a script moves it.
			s.flags = fSkip
		}
		if a == atom.Body {
			f.bodyIndex = idx
		}
		if s.flags&fSkip != 0 {
			if a == atom.Script {
				f.signs.readScript(n)
			}
			s.end = idx + 1
			if blockTag(a) {
				s.flags |= fHasBlock
			}
			return idx
		}
		if t := attr(n, "itemtype"); t != "" {
			for _, w := range strings.Fields(t) {
				f.signs.addType(w)
			}
			switch {
			case f.thread < 0 && strings.HasSuffix(t, "/DiscussionForumPosting") && a != atom.Html && a != atom.Body:
				f.thread, f.inThread, opensThread = idx, true, true
			case f.inThread && strings.HasSuffix(t, "/Comment"):
				f.threadPosts++
				s.flags |= fPost
			}
		}
		if f.useHints {
			s.hint = classHint(n)
			switch a {
			case atom.Nav, atom.Aside, atom.Footer:
				s.flags |= fBoiler
			}
			if s.hint&hintStrong != 0 && s.hint&(hintPositive|hintBody) == 0 && a != atom.Body && a != atom.Html && a != atom.Main && a != atom.Article && s.flags&fPost == 0 && !(f.inThread && s.hint&hintComments != 0) {
				s.flags |= fBoiler
			}
		} else {
			// The second try keeps only the surest hints: the body,
			// reader comments and cookie notices.
			h := classHint(n)
			s.hint = h & (hintReviews | hintConsent)
			if h&hintBody != 0 {
				s.hint = hintBody | hintPositive
			} else if h&hintComments != 0 && h&hintPositive == 0 && !f.inThread {
				s.flags |= fBoiler
			} else if h&hintConsent != 0 && h&hintPositive == 0 {
				s.flags |= fBoiler
			}
		}
		if !blockTag(a) {
			s.flags |= fInline
		}
		if a == atom.A {
			s.flags |= fInLink
		}
	}
	s.flags |= inherited
	inh := s.flags & fInLink
	var text, link, direct, own, commas, rawGood, posGood int32
	var hasBlock bool
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			l, cm := measure(c.Data)
			text += l
			direct += l
			own += l
			commas += cm
		case html.ElementNode:
			ci := f.visit(c, idx, inh)
			cs := &f.st[ci]
			text += cs.text
			link += cs.linkText
			commas += cs.commas
			rawGood += cs.good
			posGood = max(posGood, cs.clean)
			if cs.flags&fInline == 0 {
				hasBlock = true
			} else if cs.flags&fHasBlock == 0 {
				direct += cs.text
			}
			if cs.flags&fHasBlock != 0 {
				hasBlock = true
			}
		}
	}
	s = &f.st[idx] // the slice may have grown
	s.end = int32(len(f.st))
	if opensThread {
		f.inThread = false
	}
	if s.flags&fInLink != 0 {
		link = text
	}
	s.text, s.linkText, s.direct, s.commas = text, link, direct, commas
	if hasBlock {
		s.flags |= fHasBlock
	}
	// A paragraph-like element: its own text is l.
	if n.Type == html.ElementNode && (s.flags&fInline == 0 || hasBlock) {
		switch a {
		case atom.P, atom.Pre:
			s.plen = text
		case atom.Li, atom.Dd:
			// a list item reads as a paragraph when it is as long as one
			if hasBlock {
				s.plen = direct
			} else {
				s.plen = text
			}
			if s.plen < 80 {
				s.plen = 0
			}
		case atom.Dt, atom.Th, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
			atom.Figcaption, atom.Caption, atom.Ul, atom.Ol, atom.Table, atom.Tr, atom.Tbody, atom.Figure,
			atom.Address, atom.Summary, atom.Legend:
		default:
			if !hasBlock {
				s.plen = text
			} else {
				s.plen = direct
			}
		}
		if s.plen < 25 {
			s.plen = 0
		}
		switch a {
		case atom.Li, atom.Dt, atom.Dd, atom.Th, atom.Td, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if !hasBlock {
				s.glen = text
			}
		}
	}
	if s.plen > 0 && link*100 < 35*text {
		if hasBlock {
			rawGood += s.plen
		} else {
			rawGood = s.plen
		}
	}
	// Until settle runs, good holds the paragraph text of the subtree
	// ignoring hints, and clean the largest such text under a node that
	// names itself the article (so a wrongly named wrapper is spared).
	s.good = rawGood
	if a == atom.Article || a == atom.Main || s.hint&(hintBody|hintPositive) != 0 {
		posGood = max(posGood, rawGood)
	}
	s.clean = posGood
	s.own = own
	return idx
}

// settle decides which subtrees are boilerplate, then scores paragraphs
// outside them and credits their ancestors. It runs over the slice twice:
// forward (parents before children) and backward (children first).
func (f *finder) settle() {
	st := f.st
	product := f.signs.declaresProduct()
	for i := range st {
		s := &st[i]
		if product && s.hint&hintReviews != 0 && s.hint&(hintPositive|hintBody) == 0 {
			s.flags |= fBoiler // customer reviews, like reader comments
		}
		if s.flags&fBoiler != 0 && s.n.DataAtom != atom.Nav && s.hint&hintConsent == 0 && s.clean >= 1000 && s.clean*10 >= s.good*7 {
			s.flags &^= fBoiler // it wraps the article: the name misleads
		}
		if s.flags&fBoiler != 0 || (s.parent >= 0 && st[s.parent].flags&fInBoiler != 0) {
			s.flags |= fInBoiler
		}
	}
	f.rawGood = st[0].good
	for i := range st {
		st[i].good, st[i].pgood, st[i].clean = 0, 0, st[i].own
	}
	for i := len(st) - 1; i >= 0; i-- {
		s := &st[i]
		if s.glen > 0 && s.flags&fInBoiler == 0 && s.linkText*100 < 35*s.text {
			s.good = s.glen
		}
		if s.plen > 0 && s.flags&fInBoiler == 0 {
			s.paras++
			ld := float32(0)
			if s.text > 0 {
				ld = float32(s.linkText) / float32(s.text)
			}
			if ld < 0.35 {
				if s.flags&fHasBlock != 0 {
					s.good += s.plen
					s.pgood += s.plen
				} else {
					s.good = s.plen
					s.pgood = s.plen
				}
			}
			var sc float32
			p, lvl := s.parent, 1
			if s.flags&fHasBlock != 0 {
				// Text loose in a container (lines split by <br>) is
				// the container's own: it earns like several paragraphs.
				sc = 1 + float32(min(s.commas, 10+s.plen/200)) + min(float32(s.plen)/100, 3+float32(s.plen)/300)
				p, lvl = int32(i), 0
			} else {
				sc = 1 + float32(min(s.commas, 10)) + min(float32(s.plen)/100, 3)
			}
			sc *= 1 - ld
			for ; lvl < 5 && p >= 0; lvl++ {
				switch lvl {
				case 0:
					st[p].score += sc
				case 1:
					st[p].score += sc
				case 2:
					st[p].score += sc / 2
				default:
					st[p].score += sc / float32((lvl-1)*3)
				}
				p = st[p].parent
			}
		}
		if p := s.parent; p >= 0 {
			if s.flags&fInline != 0 && s.flags&fHasBlock == 0 {
				st[p].clean += s.text - s.own + s.clean // inline text counts as the parent's own
			} else if s.flags&fBoiler == 0 {
				st[p].clean += s.clean
			}
			st[p].good += s.good
			st[p].pgood += s.pgood
			st[p].paras += s.paras
		}
	}
}

// measure returns the length of t with white space runs counted as one
// byte, ignoring leading and trailing space, and its commas (Latin,
// ideographic, fullwidth and Arabic).
func measure(t string) (int32, int32) {
	var n, commas int32
	space := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			if !space {
				n++
				space = true
			}
			continue
		}
		space = false
		n++
		switch {
		case c == ',':
			commas++
		case c == 0xe3 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x81: // 、 ideographic comma
			commas++
		case c == 0xef && i+2 < len(t) && t[i+1] == 0xbc && t[i+2] == 0x8c: // ， fullwidth comma
			commas++
		case c == 0xd8 && i+1 < len(t) && t[i+1] == 0x8c: // ، Arabic comma
			commas++
		}
	}
	return n, commas
}

func hiddenNode(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if hiddenStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// readHead takes the document title and the <base href> from the head.
func (f *finder) readHead(head *html.Node) {
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Script:
			f.signs.readScript(c)
		case atom.Title:
			if f.docTitle == "" && c.FirstChild != nil {
				f.docTitle = strings.TrimSpace(c.FirstChild.Data)
			}
		case atom.Base:
			if f.baseHref == "" {
				f.baseHref = strings.TrimSpace(attr(c, "href"))
			}
		}
	}
}

// resolveBase combines the page URL with the first <base href>.
func (f *finder) resolveBase() *url.URL {
	if f.baseHref == "" {
		return f.base
	}
	u, err := url.Parse(f.baseHref)
	if err != nil {
		return f.base
	}
	if f.base != nil {
		return f.base.ResolveReference(u)
	}
	if u.IsAbs() {
		return u
	}
	return nil
}

// candidateScore is an element's final score as the article container.
func (f *finder) candidateScore(i int32) float32 {
	s := &f.st[i]
	if s.score <= 0 || s.flags&fInBoiler != 0 || s.flags&(fInline|fHasBlock) == fInline {
		return 0
	}
	sc := s.score
	switch s.n.DataAtom {
	case atom.Div, atom.Section:
		sc += 5
	case atom.Article:
		sc = sc*1.1 + 5
	case atom.Main:
		sc += 5
	case atom.Pre, atom.Td, atom.Blockquote:
		sc += 3
	case atom.Form, atom.Ul, atom.Ol, atom.Dl, atom.Li, atom.Table, atom.Tr:
		sc -= 3
	}
	if s.hint&hintBody != 0 {
		sc = sc*1.5 + 10
	} else if s.hint&hintPositive != 0 {
		sc = sc*1.25 + 3
	}
	if s.hint&hintWeak != 0 && s.hint&hintPositive == 0 {
		sc *= 0.8
	}
	if s.text > 0 {
		sc *= 1 - float32(s.linkText)/float32(s.text)
	}
	return sc
}

// liftToAlternative looks for a near-best candidate with real paragraph
// text outside top's subtree and its ancestors (another section of a long
// page, another item of a list article). When there is one, the choice moves
// up to the nearest ancestor holding both, below the body.
func (f *finder) liftToAlternative(top int32, topScore float32) int32 {
	alt := int32(-1)
	for i := range f.st {
		j := int32(i)
		if j == top || (j > top && j < f.st[top].end) || (top > j && top < f.st[j].end) {
			continue
		}
		if f.st[j].good >= 300 && f.candidateScore(j) >= topScore*0.75 {
			alt = j
			break
		}
	}
	if alt < 0 {
		return top
	}
	for p := f.st[top].parent; p >= 0 && p != f.bodyIndex; p = f.st[p].parent {
		if alt > p && alt < f.st[p].end {
			return p
		}
	}
	return top
}

// chooseRoots picks the article container and the siblings that belong with it.
func (f *finder) chooseRoots() []int32 {
	if t := f.thread; t >= 0 && f.threadPosts > 0 && f.st[t].flags&fInBoiler == 0 && f.st[t].good > 0 {
		// A forum thread marked up as such: the posts and the replies.
		return []int32{t}
	}
	top, topScore := int32(-1), float32(0)
	for i := range f.st {
		if sc := f.candidateScore(int32(i)); sc > topScore {
			top, topScore = int32(i), sc
		}
	}
	if top < 0 {
		// No paragraph anywhere: a tiny page; read its body, if it
		// has one, minus boilerplate.
		if f.useHints && f.bodyIndex >= 0 && f.st[f.bodyIndex].clean > 0 {
			return []int32{f.bodyIndex}
		}
		return nil
	}
	top = f.liftToAlternative(top, topScore)
	// Climb while the parent holds about as much: a container split in
	// columns, or an element wrapping the body alone.
	threshold := topScore / 3
	last := topScore
	for p := f.st[top].parent; p >= 0 && p != f.bodyIndex; p = f.st[p].parent {
		ps := f.candidateScore(p)
		if ps < threshold {
			break
		}
		if ps > last {
			top = p
			break
		}
		last = ps
	}
	// Climb while the parent adds story paragraphs and little else: an
	// article split over sections, or a wrapper around the body alone.
	for {
		p := f.st[top].parent
		if p < 0 || f.st[p].n.Type != html.ElementNode || f.st[p].flags&fInBoiler != 0 {
			break
		}
		cur, up := &f.st[top], &f.st[p]
		addGood, addClean := up.good-cur.good, up.clean-cur.clean
		if addClean > 0 && (up.n.DataAtom == atom.Body || up.n.DataAtom == atom.Html) {
			break
		}
		if addClean > 80 && (float32(addGood) < 0.6*float32(addClean) || addGood < max(25, cur.good/8)) {
			break
		}
		top = p
	}
	top = f.liftToRepeated(top)
	top = f.lowerToMain(top)
	p := f.st[top].parent
	if p < 0 {
		return []int32{top}
	}
	topScore = f.candidateScore(top)
	sibThreshold := max(10, topScore*0.2)
	topClass := attr(f.st[top].n, "class")
	var roots []int32
	for c, ci := f.st[p].n.FirstChild, p+1; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		i := ci
		ci = f.st[i].end
		if i == top {
			roots = append(roots, i)
			continue
		}
		s := &f.st[i]
		if s.flags&(fInBoiler|fSkip) != 0 {
			continue
		}
		sc := f.candidateScore(i)
		if topClass != "" && attr(c, "class") == topClass {
			sc += topScore * 0.2
		}
		ok := sc >= sibThreshold
		if !ok && c.DataAtom == atom.P && s.text > 0 {
			ld := float32(s.linkText) / float32(s.text)
			ok = (s.text > 80 && ld < 0.25) || (ld == 0 && s.text > 0 && endsSentence(c))
		}
		if ok {
			roots = append(roots, i)
		}
	}
	return f.widenSmallChoice(roots, p)
}

// widenSmallChoice replaces roots (children of p) by their nearest
// ancestor holding most of the page's text outside boilerplate when they
// hold only a small part of it: on a page of many short sections (a
// landing page, a shop category, a list of links with notes) the
// paragraph scorer finds one section, while the content is all of them.
// The bound is 30% of that text, or 50% on a page whose metadata names no
// author and no date. It marks the content a page of items when it widens,
// and when the choice already holds nearly all that text on a page with
// little story text that declares no story.
func (f *finder) widenSmallChoice(roots []int32, p int32) []int32 {
	if !f.useHints || f.bodyIndex < 0 || len(roots) == 0 {
		return roots
	}
	page := f.st[f.bodyIndex].clean
	var got, story int32
	for _, r := range roots {
		got += f.st[r].clean
		story += f.st[r].pgood
	}
	if story >= 1500 || (got >= 250 && f.signs.declaresArticle()) {
		return roots
	}
	if got*10 >= page*9 {
		// The choice is the page already; without much story text and
		// no story declared, it is a page of items.
		f.items = !f.signs.declaresArticle()
		return roots
	}
	if got*10 >= page*3 && (f.signed || got*10 >= page*5) {
		// Under half is small enough on a page no author or date
		// signs: stories are signed.
		return roots
	}
	for a := p; a >= 0; a = f.st[a].parent {
		if f.st[a].flags&fInBoiler != 0 || f.st[a].n.Type != html.ElementNode {
			return roots
		}
		if f.st[a].clean*10 >= page*6 {
			f.items = true
			return []int32{a}
		}
		if a == f.bodyIndex {
			break
		}
	}
	return roots
}

func endsSentence(n *html.Node) bool {
	last := ""
	for c := n.LastChild; c != nil; c = c.LastChild {
		if c.Type == html.TextNode {
			last = strings.TrimSpace(c.Data)
			break
		}
	}
	return strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "?")
}

// build chooses the content and turns it into cleaned blocks.
func (f *finder) build(title string, authors []string) []lede.Block {
	roots := f.chooseRoots()
	if len(roots) == 0 {
		return nil
	}
	b := &blockBuilder{f: f, kind: lede.KindParagraph}
	for _, r := range roots {
		b.root = r
		b.dropCards = r != f.thread && !f.items && b.cardShare(r) < 0.5
		b.element(r)
		b.flush()
	}
	return cleanBlocks(b.blocks, title, f.docTitle, authors, f.items)
}

// liftToRepeated lifts the choice to the parent of a run of like siblings
// (the posts of a thread, the answers to a question, the entries of a
// list) when top is, or lies in, one of them and the others together carry
// at least as much paragraph text: the content is the run, not one entry.
func (f *finder) liftToRepeated(top int32) int32 {
	c := top
	for lvl := 0; lvl < 6; lvl++ {
		p := f.st[c].parent
		if p < 0 || p == f.bodyIndex || f.st[p].n.Type != html.ElementNode || f.st[p].flags&fInBoiler != 0 {
			break
		}
		cn := f.st[c].n
		cls := firstClass(cn)
		var same, sameGood int32
		for ch, ci := f.st[p].n.FirstChild, p+1; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			i := ci
			ci = f.st[i].end
			if i == c || ch.DataAtom != cn.DataAtom || ch.Data != cn.Data || firstClass(ch) != cls {
				continue
			}
			if f.st[i].flags&(fInBoiler|fSkip) != 0 || f.st[i].good == 0 {
				continue
			}
			same++
			sameGood += f.st[i].good
		}
		if same >= 2 && sameGood >= f.st[c].good {
			return p
		}
		c = p
	}
	return top
}

// firstClass is the first word of the element's class attribute.
func firstClass(n *html.Node) string {
	v := attr(n, "class")
	i := 0
	for i < len(v) && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n') {
		i++
	}
	j := i
	for j < len(v) && v[j] != ' ' && v[j] != '\t' && v[j] != '\n' {
		j++
	}
	return v[i:j]
}

// lowerToMain moves a choice that holds the page's <main> (or role=main)
// element down to it when main holds nearly all the chosen paragraph text:
// what lies outside main is furniture the page itself sets apart.
func (f *finder) lowerToMain(top int32) int32 {
	for j := top + 1; j < f.st[top].end; j++ {
		n := f.st[j].n
		if n.Type != html.ElementNode || (n.DataAtom != atom.Main && attr(n, "role") != "main") {
			continue
		}
		if f.st[j].flags&fInBoiler == 0 && f.st[j].good*10 >= f.st[top].good*9 {
			return j
		}
		return top
	}
	return top
}
