package webui

import (
	"cmp"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"golang.org/x/text/unicode/norm"
)

// inline is one run of a block's text: plain text, a link to an entity's
// page, a resolved date, or a quote holding runs of its own. Templates
// print every Text through html/template, so nothing here is trusted HTML.
type inline struct {
	Text     string
	Href     string // a link (entity page)
	Class    string // "person", "org", "place", "date", "quote", "hit"
	Title    string // tooltip: canonical name, resolved date, speaker
	DateTime string // a <time> element's datetime
	ID       string // an anchor (quotes, for the side panel's links)
	Quote    bool
	Mark     bool // a search hit in a snippet
	Children []inline
}

// bodyBlock is one block of an article as the reader page shows it.
// Consecutive list items are gathered into one "list" block.
type bodyBlock struct {
	Kind    string // "p", "h", "list", "quote", "table", "code", "image", "embed"
	Level   int    // heading: 2 to 4 (the article title is the page's h1)
	Ordered bool
	Inline  []inline
	Items   []listItem
	Rows    [][]string
	Src     string // image: an http(s) address, else empty
	Alt     string
	Embed   *embedView
}

type listItem struct {
	Level  int // 1 to 4
	Inline []inline
}

type embedView struct {
	Kind, Author, Handle, Date string
	URL                        string // http(s) only
	Inline                     []inline
}

// span is an annotation over Article.Text, in byte offsets [start, end).
type span struct {
	start, end int
	class      string
	href       string
	title      string
	datetime   string
	id         string
}

// annotations gathers the spans of an article: the quotes (outer) and the
// names and dates (inner). Offsets that do not fall on the text's rune
// boundaries are dropped, so a stale or wrong offset never splits a
// character or panics.
func annotations(a *lede.Article) (quotes, names []span) {
	ok := func(s, e int) bool {
		return s >= 0 && e > s && e <= len(a.Text) &&
			(s == len(a.Text) || utf8.RuneStart(a.Text[s])) && (e == len(a.Text) || utf8.RuneStart(a.Text[e]))
	}
	for i, q := range a.Quotes {
		if !ok(q.Start, q.End) {
			continue
		}
		title := "Quote"
		if q.Speaker != "" {
			title = "Quote: " + q.Speaker
		}
		quotes = append(quotes, span{start: q.Start, end: q.End, class: "quote " + string(q.Kind), title: title, id: quoteAnchor(i)})
	}
	for _, p := range a.People {
		for _, m := range p.Mentions {
			if ok(m.Start, m.End) {
				names = append(names, span{start: m.Start, end: m.End, class: "person", href: entityHref("people", p.Name, ""), title: p.Name})
			}
		}
	}
	for _, o := range a.Organizations {
		for _, m := range o.Mentions {
			if ok(m.Start, m.End) {
				names = append(names, span{start: m.Start, end: m.End, class: "org", href: entityHref("organizations", o.Name, ""), title: o.Name})
			}
		}
	}
	for _, pl := range a.Places {
		for _, m := range pl.Mentions {
			if ok(m.Start, m.End) {
				names = append(names, span{start: m.Start, end: m.End, class: "place", href: entityHref("places", pl.Name, pl.Country), title: placeTitle(pl)})
			}
		}
	}
	for _, d := range a.Dates {
		if d.Resolved && d.Value != "" && ok(d.Start, d.End) {
			names = append(names, span{start: d.Start, end: d.End, class: "date", datetime: d.Value, title: d.Value})
		}
	}
	return disjoint(quotes), disjoint(names)
}

// disjoint sorts spans by start (longer first on ties) and drops those
// overlapping one kept before.
func disjoint(spans []span) []span {
	slices.SortStableFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	out := spans[:0]
	end := -1
	for _, s := range spans {
		if s.start >= end {
			out = append(out, s)
			end = s.end
		}
	}
	return out
}

func quoteAnchor(i int) string { return "quote-" + strconv.Itoa(i+1) }

func placeTitle(p lede.Place) string {
	if p.Country != "" {
		return p.Name + " (" + p.Country + ")"
	}
	return p.Name
}

// entityHref is the address of an entity's page.
func entityHref(kind, name, country string) string {
	h := "/" + kind + "/" + url.PathEscape(name)
	if country != "" {
		h += "?country=" + url.QueryEscape(country)
	}
	return h
}

// runs cuts text[start:end] into inline runs along the spans. Quotes must
// lie inside [start, end) to be shown (a quote running over two blocks
// is left plain); a name is shown inside a quote only when the quote holds
// it whole.
func runs(text string, start, end int, quotes, names []span) []inline {
	var out []inline
	pos := start
	for _, q := range quotes {
		if q.start < start || q.end > end || q.start < pos {
			continue
		}
		out = append(out, nameRuns(text, pos, q.start, names)...)
		out = append(out, inline{Quote: true, Class: q.class, Title: q.title, ID: q.id, Children: nameRuns(text, q.start, q.end, names)})
		pos = q.end
	}
	return append(out, nameRuns(text, pos, end, names)...)
}

// nameRuns cuts text[start:end] into plain runs and the names and dates
// lying wholly inside it.
func nameRuns(text string, start, end int, names []span) []inline {
	var out []inline
	pos := start
	i, _ := slices.BinarySearchFunc(names, start, func(s span, at int) int { return cmp.Compare(s.start, at) })
	for ; i < len(names) && names[i].start < end; i++ {
		n := names[i]
		if n.end > end {
			continue
		}
		if n.start > pos {
			out = append(out, inline{Text: text[pos:n.start]})
		}
		out = append(out, inline{Text: text[n.start:n.end], Class: n.class, Href: n.href, Title: n.title, DateTime: n.datetime})
		pos = n.end
	}
	if pos < end {
		out = append(out, inline{Text: text[pos:end]})
	}
	return out
}

// bodyBlocks turns an article's blocks into what the reader shows, with
// each block's text located in Article.Text (in order, from where the
// previous block ended) so that the names, dates and quotes found there
// can be marked. A block whose text cannot be found is shown plain.
func bodyBlocks(a *lede.Article) []bodyBlock {
	quotes, names := annotations(a)
	cursor := 0
	// locate returns the runs of a block's text, annotated when the text
	// is found in the article's text.
	locate := func(t string) []inline {
		if t == "" {
			return nil
		}
		if i := strings.Index(a.Text[cursor:], t); i >= 0 {
			s := cursor + i
			cursor = s + len(t)
			return runs(a.Text, s, s+len(t), quotes, names)
		}
		return []inline{{Text: t}}
	}
	var out []bodyBlock
	for _, b := range a.Blocks {
		switch b.Kind {
		case lede.KindHeading:
			out = append(out, bodyBlock{Kind: "h", Level: min(max(b.Level, 2), 4), Inline: locate(b.Text)})
		case lede.KindListItem:
			item := listItem{Level: min(max(b.Level, 1), 4), Inline: locate(b.Text)}
			if n := len(out); n > 0 && out[n-1].Kind == "list" && out[n-1].Ordered == b.Ordered {
				out[n-1].Items = append(out[n-1].Items, item)
			} else {
				out = append(out, bodyBlock{Kind: "list", Ordered: b.Ordered, Items: []listItem{item}})
			}
		case lede.KindBlockQuote:
			out = append(out, bodyBlock{Kind: "quote", Inline: locate(b.Text)})
		case lede.KindTable:
			locate(b.Text)
			rows := b.Rows
			if len(rows) == 0 {
				for _, line := range strings.Split(b.Text, "\n") {
					rows = append(rows, strings.Split(line, "\t"))
				}
			}
			out = append(out, bodyBlock{Kind: "table", Rows: rows})
		case lede.KindCode:
			locate(b.Text)
			out = append(out, bodyBlock{Kind: "code", Inline: []inline{{Text: b.Text}}})
		case lede.KindImage:
			src := imageURL(b.Src)
			caption := locate(b.Text)
			if src == "" && len(caption) == 0 {
				continue
			}
			out = append(out, bodyBlock{Kind: "image", Src: src, Alt: b.Alt, Inline: caption})
		case lede.KindEmbed:
			e := &embedView{Inline: locate(b.Text)}
			if b.Embed != nil {
				e.Kind, e.Author, e.Handle, e.Date, e.URL = b.Embed.Kind, b.Embed.Author, b.Embed.Handle, b.Embed.Date, webURL(b.Embed.URL)
			}
			out = append(out, bodyBlock{Kind: "embed", Embed: e})
		default: // paragraphs and any kind added later
			if b.Text != "" {
				out = append(out, bodyBlock{Kind: "p", Inline: locate(b.Text)})
			}
		}
	}
	if len(out) == 0 && a.Text != "" {
		// An article stored without blocks: its text, a paragraph per
		// blank-line-separated part.
		pos := 0
		for _, part := range strings.Split(a.Text, "\n\n") {
			if strings.TrimSpace(part) != "" {
				out = append(out, bodyBlock{Kind: "p", Inline: runs(a.Text, pos, pos+len(part), quotes, names)})
			}
			pos += len(part) + 2
		}
	}
	return out
}

// imageURL returns u when it is an https address: the CSP lets pages show
// pictures from https addresses only (an http picture would be blocked
// and shown broken).
func imageURL(u string) string {
	if strings.HasPrefix(webURL(u), "https://") {
		return u
	}
	return ""
}

// webURL returns u when it is an absolute http(s) address, else "".
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

// plainText joins the text of runs, for tests.
func plainText(rs []inline) string {
	var b strings.Builder
	for _, r := range rs {
		if r.Quote {
			b.WriteString(plainText(r.Children))
		} else {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// searchWord is a word of a search, folded as the full-text index folds
// it; prefix when it ended with '*'.
type searchWord struct {
	fold   string
	prefix bool
}

// highlight cuts a snippet into runs, marking the words the search
// matched: equal to a searched word, or beginning with it when it ended
// with '*', compared as the index compares (case and diacritics ignored).
func highlight(snippet string, words []searchWord) []inline {
	if len(words) == 0 {
		return []inline{{Text: snippet}}
	}
	var out []inline
	plain := 0
	i := 0
	for i < len(snippet) {
		r, size := utf8.DecodeRuneInString(snippet[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(snippet) {
			r2, s2 := utf8.DecodeRuneInString(snippet[j:])
			if !isWordRune(r2) {
				break
			}
			j += s2
		}
		word := fold(snippet[i:j])
		for _, w := range words {
			if word == w.fold || (w.prefix && strings.HasPrefix(word, w.fold)) {
				if plain < i {
					out = append(out, inline{Text: snippet[plain:i]})
				}
				out = append(out, inline{Text: snippet[i:j], Mark: true, Class: "hit"})
				plain = j
				break
			}
		}
		i = j
	}
	if plain < len(snippet) {
		out = append(out, inline{Text: snippet[plain:]})
	}
	return out
}

// searchWords are the words of a query as highlight wants them; words
// without a letter or digit are ignored, as the search ignores them.
func searchWords(q string) []searchWord {
	var out []searchWord
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return !isWordRune(r) && r != '*' }) {
		prefix := strings.HasSuffix(f, "*")
		f = strings.TrimRight(f, "*")
		if f == "" || strings.Contains(f, "*") || strings.IndexFunc(f, isWordRune) < 0 {
			continue
		}
		out = append(out, searchWord{fold: fold(f), prefix: prefix})
	}
	return out
}

// fold lower-cases a word and drops its diacritics ("Café" → "cafe").
func fold(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// markWords marks the searched words in the plain runs of rs (inside
// quotes too; names and dates are left as they are).
func markWords(rs []inline, words []searchWord) []inline {
	if len(words) == 0 {
		return rs
	}
	out := make([]inline, 0, len(rs))
	for _, r := range rs {
		switch {
		case r.Quote:
			r.Children = markWords(r.Children, words)
			out = append(out, r)
		case r.Href == "" && r.DateTime == "" && !r.Mark:
			out = append(out, highlight(r.Text, words)...)
		default:
			out = append(out, r)
		}
	}
	return out
}

// markBlocks marks the searched words throughout an article's body.
func markBlocks(blocks []bodyBlock, words []searchWord) {
	if len(words) == 0 {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != "code" {
			b.Inline = markWords(b.Inline, words)
		}
		for j := range b.Items {
			b.Items[j].Inline = markWords(b.Items[j].Inline, words)
		}
		if b.Embed != nil {
			b.Embed.Inline = markWords(b.Embed.Inline, words)
		}
	}
}
