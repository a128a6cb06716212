package extract

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/ledehq/lede"
)

// blockBuilder walks chosen subtrees and emits blocks in reading order.
// Inline text gathers in pending until a block-level element closes it.
type blockBuilder struct {
	f         *finder
	blocks    []lede.Block
	pending   bytes.Buffer // reused across blocks
	space     bool         // the last byte written to pending is a space (or pending is empty)
	linkLen   int          // bytes of pending that lie inside links
	inLink    int          // depth of <a> elements being walked
	kind      lede.BlockKind
	root      int32        // the subtree being walked
	deferred  []lede.Block // images met inside the pending paragraph
	brs       int          // line breaks since the last text
	dropCards bool         // the root is a story, not a list of cards
	level     int          // list nesting depth
	ordered   []bool
}

// children walks the child nodes of element i.
func (b *blockBuilder) children(i int32) {
	n := b.f.st[i].n
	ci := i + 1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.text(c.Data)
		case html.ElementNode:
			b.element(ci)
			ci = b.f.st[ci].end
		}
	}
}

// text appends t to pending with white space collapsed.
func (b *blockBuilder) text(t string) {
	start := b.pending.Len()
	for i := 0; i < len(t); {
		c := t[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0xa0 {
			if !b.space {
				b.pending.WriteByte(' ')
				b.space = true
			}
			i++
			continue
		}
		j := i
		for j < len(t) {
			c := t[j]
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
				break
			}
			// U+00A0 is C2 A0 in UTF-8.
			if c == 0xc2 && j+1 < len(t) && t[j+1] == 0xa0 {
				break
			}
			j++
		}
		if j == i { // a no-break space
			if !b.space {
				b.pending.WriteByte(' ')
				b.space = true
			}
			i += 2
			continue
		}
		b.pending.WriteString(t[i:j])
		b.space = false
		b.brs = 0
		i = j
	}
	if b.inLink > 0 {
		b.linkLen += b.pending.Len() - start
	}
}

func (b *blockBuilder) space1() {
	if !b.space {
		b.pending.WriteByte(' ')
		b.space = true
	}
}

// flush turns pending text into a block of the current kind.
func (b *blockBuilder) flush() {
	b.flushText()
	if len(b.deferred) > 0 {
		b.blocks = append(b.blocks, b.deferred...)
		b.deferred = b.deferred[:0]
	}
}

func (b *blockBuilder) flushText() {
	if b.pending.Len() == 0 {
		return
	}
	t := string(bytes.TrimSpace(b.pending.Bytes()))
	total := b.pending.Len()
	link := b.linkLen
	b.pending.Reset()
	b.space = true
	b.linkLen = 0
	if t == "" {
		return
	}
	// Text made mostly of links is navigation, not story.
	if !b.f.items && !(b.kind == lede.KindListItem && total-link >= 12) && (link*10 > total*6 && len(t) < 400 || link*10 > total*8) {
		return
	}
	bl := lede.Block{Kind: b.kind, Text: t}
	if b.kind == lede.KindListItem {
		bl.Level = max(b.level, 1)
		if len(b.ordered) > 0 {
			bl.Ordered = b.ordered[len(b.ordered)-1]
		}
	}
	b.blocks = append(b.blocks, bl)
}

// element handles element i.
func (b *blockBuilder) element(i int32) {
	s := &b.f.st[i]
	n := s.n
	a := n.DataAtom
	if s.flags&fSkip != 0 {
		switch a {
		case atom.Br:
			// two line breaks in a row end a paragraph
			if b.brs > 0 && b.kind == lede.KindParagraph {
				b.flush()
			} else {
				b.space1()
			}
			b.brs++
			return
		case atom.Hr:
			b.flush()
		case atom.Img:
			b.image(n, "")
		case atom.Iframe:
			b.iframe(n)
		}
		return
	}
	if i != b.root && s.flags&fPost == 0 && b.furniture(s) {
		return // the chosen container is read whatever its tag or name says
	}
	// A short article inside the story is a teaser card for another.
	if a == atom.Article && i != b.root && b.dropCards && s.flags&fPost == 0 && s.hint&hintBody == 0 && teaserCard(s) {
		return
	}
	if s.flags&fInline != 0 && s.flags&fHasBlock == 0 {
		if a == atom.A {
			b.inLink++
			b.children(i)
			b.inLink--
			return
		}
		b.children(i)
		return
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.withKind(i, lede.KindHeading)
		if k := len(b.blocks); k > 0 && b.blocks[k-1].Kind == lede.KindHeading && b.blocks[k-1].Level == 0 {
			b.blocks[k-1].Level = int(a.String()[1] - '0')
		}
	case atom.Ul, atom.Ol:
		b.flush()
		b.level++
		b.ordered = append(b.ordered, a == atom.Ol)
		b.children(i)
		b.flush()
		b.ordered = b.ordered[:len(b.ordered)-1]
		b.level--
	case atom.Li:
		if b.level == 0 {
			b.level = 1
			b.withKind(i, lede.KindListItem)
			b.level = 0
		} else {
			b.withKind(i, lede.KindListItem)
		}
	case atom.Dt, atom.Dd:
		b.withKind(i, lede.KindParagraph)
	case atom.Blockquote:
		switch {
		case hasClassWord(n, "twitter-tweet"):
			b.flush()
			b.tweet(n)
		case hasClassWord(n, "instagram-media"):
			b.flush()
			b.embedLink("instagram", attr(n, "data-instgrm-permalink"), n)
		case hasClassWord(n, "tiktok-embed"):
			b.flush()
			b.embedLink("tiktok", attr(n, "cite"), n)
		default:
			b.withKind(i, lede.KindBlockQuote)
		}
	case atom.Div:
		if hasClassWord(n, "fb-post") || hasClassWord(n, "fb-video") {
			b.flush()
			b.embedLink("facebook", attr(n, "data-href"), n)
			return
		}
		b.flush()
		b.children(i)
		b.flush()
	case atom.Pre:
		b.flush()
		if t := strings.Trim(rawText(n), "\n\r"); strings.TrimSpace(t) != "" {
			b.blocks = append(b.blocks, lede.Block{Kind: lede.KindCode, Text: t})
		}
	case atom.Table:
		if b.dataTable(i) {
			b.flush()
			b.table(n)
			return
		}
		b.flush()
		b.children(i)
		b.flush()
	case atom.Figure:
		b.flush()
		b.figure(i)
	case atom.Figcaption:
		// a caption outside a figure we read: not story text
	case atom.Picture:
		if img := findFirst(n, atom.Img); img != nil {
			b.image(img, "")
		}
	case atom.P:
		if b.kind == lede.KindParagraph {
			b.withKind(i, lede.KindParagraph)
			return
		}
		// a paragraph inside a list item or quote keeps that kind
		b.flush()
		b.children(i)
		b.flush()
	default:
		b.flush()
		b.children(i)
		b.flush()
	}
}

// teaserCard reports whether an <article> inside the content is a short,
// linked card for another story.
func teaserCard(s *nodeStat) bool {
	return s.n.DataAtom == atom.Article && s.text < 600 && s.linkText > 0
}

// cardShare is the share of the text under root that lies in teaser cards.
func (b *blockBuilder) cardShare(root int32) float32 {
	st := b.f.st
	var in int32
	for j := root + 1; j < st[root].end; {
		if teaserCard(&st[j]) {
			in += st[j].text
			j = st[j].end
			continue
		}
		j++
	}
	if st[root].text == 0 {
		return 0
	}
	return float32(in) / float32(st[root].text)
}

// furniture reports whether an element met inside the content is page
// furniture to skip: named or tagged as boilerplate; a short byline, date
// or tag line; a caption, even one written inline; a short <header>; a
// form without paragraphs.
func (b *blockBuilder) furniture(s *nodeStat) bool {
	named := s.hint&(hintPositive|hintBody) != 0
	switch {
	case s.flags&fBoiler != 0:
		return true
	case s.hint&hintWeak != 0 && !named && s.text < 200 && s.flags&fInline == 0:
		return true
	case s.hint&hintCaption != 0 && !named && s.text < 300:
		return true
	case s.hint&hintAuthor != 0 && s.text < 700 && s.flags&fInline == 0:
		return true // a byline or an author box, even inside a named post
	case s.n.DataAtom == atom.Header && s.text < 400:
		return true
	case s.n.DataAtom == atom.Form && s.paras < 2:
		return true
	}
	return false
}

// withKind walks element i as a block of the given kind.
func (b *blockBuilder) withKind(i int32, k lede.BlockKind) {
	b.flush()
	prev := b.kind
	b.kind = k
	b.children(i)
	b.flush()
	b.kind = prev
}

// dataTable tells a table of data from a table used for page layout.
func (b *blockBuilder) dataTable(i int32) bool {
	st := b.f.st
	rows, cells := 0, 0
	for j := i + 1; j < st[i].end; j++ {
		switch st[j].n.DataAtom {
		case atom.Table:
			return false
		case atom.Tr:
			rows++
		case atom.Td, atom.Th:
			cells++
			if st[j].paras > 2 || st[j].text > 1000 {
				return false
			}
		case atom.Div, atom.P:
			if st[j].text > 400 {
				return false
			}
		}
	}
	return rows > 0 && cells > 0
}

// table emits a table block.
func (b *blockBuilder) table(n *html.Node) {
	var rows [][]string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				var row []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						row = append(row, normText(td))
					}
				}
				empty := true
				for _, c := range row {
					if c != "" {
						empty = false
					}
				}
				if !empty {
					rows = append(rows, row)
				}
			case atom.Table:
			default:
				if !skipTag(c.DataAtom) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	if len(rows) == 0 {
		return
	}
	var sb strings.Builder
	for k, r := range rows {
		if k > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(strings.Join(r, "\t"))
	}
	b.blocks = append(b.blocks, lede.Block{Kind: lede.KindTable, Text: sb.String(), Rows: rows})
}

// figure emits the figure's image with its caption, or its embedded post.
func (b *blockBuilder) figure(i int32) {
	n := b.f.st[i].n
	if bq := findFirst(n, atom.Blockquote); bq != nil && hasClassWord(bq, "twitter-tweet") {
		b.tweet(bq)
		return
	}
	if ifr := findFirst(n, atom.Iframe); ifr != nil {
		b.iframe(ifr)
		return
	}
	caption := ""
	if fc := findFirst(n, atom.Figcaption); fc != nil {
		caption = normText(fc)
	}
	if img := findFirst(n, atom.Img); img != nil {
		b.image(img, caption)
		return
	}
	// a figure without an image (a pull quote, a chart in text): read it
	b.children(i)
	b.flush()
}

// image emits an image block when the image has a usable address.
func (b *blockBuilder) image(n *html.Node, caption string) {
	src := attr(n, "src")
	if src == "" || strings.HasPrefix(src, "data:") {
		for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url"} {
			if v := attr(n, k); v != "" {
				src = v
				break
			}
		}
	}
	if src == "" || strings.HasPrefix(src, "data:") {
		return
	}
	if w := attr(n, "width"); w == "1" || w == "0" {
		return
	}
	u := b.resolve(src)
	if u == "" {
		return
	}
	img := lede.Block{Kind: lede.KindImage, Src: u, Alt: strings.Join(strings.Fields(attr(n, "alt")), " "), Text: caption}
	if len(bytes.TrimSpace(b.pending.Bytes())) > 0 {
		// an image inside running text follows its paragraph
		b.deferred = append(b.deferred, img)
		return
	}
	b.blocks = append(b.blocks, img)
}

// embedLink emits an embed of a post known by its address, with the text
// the page shows for it (often only a link before scripts run).
func (b *blockBuilder) embedLink(kind, href string, n *html.Node) {
	u := b.resolve(href)
	if u == "" {
		return
	}
	t := normText(n)
	b.blocks = append(b.blocks, lede.Block{Kind: lede.KindEmbed, Text: t, Embed: &lede.Embed{Kind: kind, URL: u, Text: t}})
}

// embedHosts maps the host of an embedded frame to the embed kind.
var embedHosts = []struct{ host, kind string }{
	{"youtube.com", "youtube"}, {"youtube-nocookie.com", "youtube"}, {"youtu.be", "youtube"},
	{"vimeo.com", "video"}, {"dailymotion.com", "video"}, {"twitter.com", "tweet"}, {"x.com", "tweet"},
	{"instagram.com", "instagram"}, {"facebook.com", "facebook"}, {"soundcloud.com", "audio"},
	{"spotify.com", "audio"}, {"tiktok.com", "video"}, {"datawrapper.de", "iframe"},
	{"google.com", "iframe"}, {"flourish.studio", "iframe"},
}

// iframe emits an embed for a frame from a known media or social host.
func (b *blockBuilder) iframe(n *html.Node) {
	src := attr(n, "src")
	if src == "" {
		src = attr(n, "data-src")
	}
	u := b.resolve(src)
	if u == "" {
		return
	}
	pu, err := url.Parse(u)
	if err != nil {
		return
	}
	host := strings.TrimPrefix(strings.ToLower(pu.Hostname()), "www.")
	for _, e := range embedHosts {
		if host == e.host || strings.HasSuffix(host, "."+e.host) {
			if e.host == "google.com" && !strings.Contains(pu.Path, "/maps") {
				return
			}
			b.flush()
			b.blocks = append(b.blocks, lede.Block{Kind: lede.KindEmbed, Embed: &lede.Embed{Kind: e.kind, URL: u}})
			return
		}
	}
}

// tweet reads an embedded tweet: its text, author, handle, date and URL.
func (b *blockBuilder) tweet(n *html.Node) {
	e := &lede.Embed{Kind: "tweet"}
	var texts []string
	var tail strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.P:
			if t := normText(c); t != "" {
				texts = append(texts, t)
			}
		case c.Type == html.TextNode:
			tail.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			if h := attr(c, "href"); strings.Contains(h, "/status") {
				e.URL = b.resolve(h)
				if q := strings.IndexByte(e.URL, '?'); q > 0 {
					e.URL = e.URL[:q]
				}
				e.Date = parseDay(normText(c))
			} else {
				tail.WriteString(normText(c))
			}
		}
	}
	e.Text = strings.Join(texts, " ")
	// The credit line reads "— Name (@handle)".
	credit := strings.Join(strings.Fields(tail.String()), " ")
	credit = strings.TrimLeft(credit, "—–- ")
	if o := strings.LastIndex(credit, "(@"); o >= 0 {
		if c := strings.IndexByte(credit[o:], ')'); c > 0 {
			e.Handle = credit[o+1 : o+c]
		}
		e.Author = strings.TrimSpace(credit[:o])
	} else {
		e.Author = credit
	}
	if e.Text == "" && e.URL == "" {
		return
	}
	b.blocks = append(b.blocks, lede.Block{Kind: lede.KindEmbed, Text: e.Text, Embed: e})
}

var dayLayouts = []string{"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "January 2 2006", "2006-01-02"}

// parseDay reads a date like "June 28, 2018" as YYYY-MM-DD, or returns "".
func parseDay(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// resolve makes ref absolute against the page base and keeps only http,
// https and mailto addresses.
func (b *blockBuilder) resolve(ref string) string {
	return resolveURL(b.f.base, ref)
}

func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	if strings.HasPrefix(ref, "//") && base == nil {
		ref = "https:" + ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	switch u.Scheme {
	case "http", "https", "mailto":
		return u.String()
	}
	return ""
}

func findFirst(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == a {
			return c
		}
		if skipTag(c.DataAtom) {
			continue
		}
		if f := findFirst(c, a); f != nil {
			return f
		}
	}
	return nil
}

// normText is the visible text of n with white space collapsed.
func normText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if skipTag(c.DataAtom) || hiddenNode(c) {
					continue
				}
				if c.DataAtom == atom.Br || (blockTag(c.DataAtom) && c.DataAtom != atom.Img) {
					sb.WriteByte(' ')
				}
				walk(c)
				if blockTag(c.DataAtom) {
					sb.WriteByte(' ')
				}
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(sb.String()), " ")
}

// rawText is the text of n as written (for code).
func rawText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if c.DataAtom == atom.Br {
					sb.WriteByte('\n')
				} else if !skipTag(c.DataAtom) {
					walk(c)
				}
			}
		}
	}
	walk(n)
	return sb.String()
}
