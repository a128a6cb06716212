package render

import (
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/ledehq/lede"
)

// HTML writes the article as a small standalone HTML5 document: a head with
// the charset, title, language, canonical link and authors, and a body
// holding one <article> with the title, the byline and date, and the body
// blocks. Every text and attribute is escaped; the body holds only p,
// h2-h6, ul/ol/li, blockquote, table, pre/code, figure/img/figcaption, a, br
// and time elements; addresses that are not http, https or relative are
// dropped. There is no script and no style.
func HTML(w io.Writer, a *lede.Article) error {
	var h htmlWriter
	b := &h.b
	b.WriteString("<!DOCTYPE html>\n<html")
	if lang := oneLine(a.Language); lang != "" && validLang(lang) {
		b.WriteString(` lang="` + html.EscapeString(lang) + `"`)
	}
	b.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	title := oneLine(a.Title)
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	canonical := a.CanonicalURL
	if canonical == "" {
		canonical = a.URL
	}
	if safeURL(canonical) {
		b.WriteString(`<link rel="canonical" href="` + html.EscapeString(strings.TrimSpace(canonical)) + "\">\n")
	}
	if by := authorList(a.Authors); by != "" {
		b.WriteString(`<meta name="author" content="` + html.EscapeString(by) + "\">\n")
	}
	if d := oneLine(a.Description); d != "" {
		b.WriteString(`<meta name="description" content="` + html.EscapeString(d) + "\">\n")
	}
	b.WriteString("</head>\n<body>\n<article>\n")
	if title != "" || len(a.Authors) > 0 || a.Published != "" {
		b.WriteString("<header>\n")
		if title != "" {
			b.WriteString("<h1>" + html.EscapeString(title) + "</h1>\n")
		}
		h.byline(a)
		b.WriteString("</header>\n")
	}
	blocks := a.Blocks
	if len(blocks) > 0 && blocks[0].Kind == lede.KindHeading && oneLine(blocks[0].Text) == title {
		blocks = blocks[1:]
	}
	for i := 0; i < len(blocks); {
		if blocks[i].Kind == lede.KindListItem {
			j := i
			for j < len(blocks) && blocks[j].Kind == lede.KindListItem {
				j++
			}
			h.list(blocks[i:j])
			i = j
			continue
		}
		h.block(blocks[i])
		i++
	}
	if len(blocks) == 0 && a.Text != "" {
		for _, para := range strings.Split(a.Text, "\n\n") {
			h.textElement("p", para)
		}
	}
	b.WriteString("</article>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

type htmlWriter struct{ b strings.Builder }

// byline writes <p class="byline">By A and B · <time>date</time></p>.
func (h *htmlWriter) byline(a *lede.Article) {
	by := authorList(a.Authors)
	date := oneLine(a.Published)
	if by == "" && date == "" {
		return
	}
	h.b.WriteString(`<p class="byline">`)
	if by != "" {
		h.b.WriteString("By " + html.EscapeString(by))
	}
	if date != "" {
		if by != "" {
			h.b.WriteString(" · ")
		}
		h.b.WriteString(`<time datetime="` + html.EscapeString(date) + `">` + html.EscapeString(date) + "</time>")
	}
	h.b.WriteString("</p>\n")
}

func (h *htmlWriter) block(bl lede.Block) {
	switch bl.Kind {
	case lede.KindHeading:
		level := min(max(bl.Level, 2), 6)
		tag := "h" + strconv.Itoa(level)
		if t := oneLine(bl.Text); t != "" {
			h.b.WriteString("<" + tag + ">" + html.EscapeString(t) + "</" + tag + ">\n")
		}
	case lede.KindBlockQuote:
		if strings.TrimSpace(bl.Text) != "" {
			h.b.WriteString("<blockquote>")
			h.textElement("p", bl.Text)
			h.b.WriteString("</blockquote>\n")
		}
	case lede.KindTable:
		h.table(bl)
	case lede.KindCode:
		if bl.Text != "" {
			h.b.WriteString("<pre><code>" + html.EscapeString(strings.TrimRight(bl.Text, "\n")) + "</code></pre>\n")
		}
	case lede.KindImage:
		h.image(bl)
	case lede.KindEmbed:
		h.embed(bl)
	default:
		h.textElement("p", bl.Text)
	}
}

// textElement writes <tag>text</tag>, line breaks as <br>; nothing for
// blank text.
func (h *htmlWriter) textElement(tag, text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	h.b.WriteString("<" + tag + ">")
	h.b.WriteString(linesHTML(text))
	h.b.WriteString("</" + tag + ">\n")
}

// linesHTML escapes text and turns line breaks into <br>.
func linesHTML(text string) string {
	lines := strings.Split(text, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, html.EscapeString(l))
		}
	}
	return strings.Join(out, "<br>\n")
}

// list writes consecutive list items as nested <ul>/<ol> elements. A
// level deeper than one below the open list counts as one below it.
func (h *htmlWriter) list(items []lede.Block) {
	type open struct {
		tag   string
		level int
	}
	var stack []open
	for _, it := range items {
		top := 0
		if len(stack) > 0 {
			top = stack[len(stack)-1].level
		}
		level := min(max(it.Level, 1), top+1)
		tag := "ul"
		if it.Ordered {
			tag = "ol"
		}
		for len(stack) > 0 && stack[len(stack)-1].level > level {
			h.b.WriteString("</li></" + stack[len(stack)-1].tag + ">\n")
			stack = stack[:len(stack)-1]
		}
		if n := len(stack); n > 0 && stack[n-1].level == level {
			if stack[n-1].tag == tag {
				h.b.WriteString("</li>\n")
			} else {
				h.b.WriteString("</li></" + stack[n-1].tag + ">\n<" + tag + ">\n")
				stack[n-1].tag = tag
			}
		} else {
			h.b.WriteString("<" + tag + ">\n")
			stack = append(stack, open{tag, level})
		}
		h.b.WriteString("<li>" + linesHTML(it.Text))
	}
	for len(stack) > 0 {
		h.b.WriteString("</li></" + stack[len(stack)-1].tag + ">\n")
		stack = stack[:len(stack)-1]
	}
}

// table writes the rows, the first as a header.
func (h *htmlWriter) table(bl lede.Block) {
	rows := bl.Rows
	if len(rows) == 0 && bl.Text != "" {
		for _, line := range strings.Split(bl.Text, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	if len(rows) == 0 {
		return
	}
	h.b.WriteString("<table>\n<thead><tr>")
	for _, c := range rows[0] {
		h.b.WriteString("<th>" + html.EscapeString(oneLine(c)) + "</th>")
	}
	h.b.WriteString("</tr></thead>\n")
	if len(rows) > 1 {
		h.b.WriteString("<tbody>\n")
		for _, r := range rows[1:] {
			h.b.WriteString("<tr>")
			for _, c := range r {
				h.b.WriteString("<td>" + html.EscapeString(oneLine(c)) + "</td>")
			}
			h.b.WriteString("</tr>\n")
		}
		h.b.WriteString("</tbody>\n")
	}
	h.b.WriteString("</table>\n")
}

// image writes a figure with the image and its caption.
func (h *htmlWriter) image(bl lede.Block) {
	caption := strings.TrimSpace(bl.Text)
	src := safeURL(bl.Src)
	if !src && caption == "" {
		return
	}
	h.b.WriteString("<figure>")
	if src {
		h.b.WriteString(`<img src="` + html.EscapeString(strings.TrimSpace(bl.Src)) + `" alt="` + html.EscapeString(oneLine(bl.Alt)) + `">`)
	}
	if caption != "" {
		h.b.WriteString("<figcaption>" + linesHTML(caption) + "</figcaption>")
	}
	h.b.WriteString("</figure>\n")
}

// embed writes an embedded post as a quote with its author and a link.
func (h *htmlWriter) embed(bl lede.Block) {
	e := bl.Embed
	if e == nil {
		h.textElement("p", bl.Text)
		return
	}
	text := strings.TrimSpace(e.Text)
	if text == "" {
		text = strings.TrimSpace(bl.Text)
	}
	kind := oneLine(e.Kind)
	h.b.WriteString(`<figure class="embed`)
	if kind != "" {
		h.b.WriteString(" embed-" + html.EscapeString(strings.ReplaceAll(kind, " ", "-")))
	}
	h.b.WriteString(`">`)
	if text != "" {
		h.b.WriteString("<blockquote>")
		h.textElement("p", text)
		h.b.WriteString("</blockquote>")
	}
	var who []string
	if a := oneLine(e.Author); a != "" {
		who = append(who, html.EscapeString(a))
	}
	if hd := oneLine(e.Handle); hd != "" {
		who = append(who, "("+html.EscapeString(hd)+")")
	}
	foot := strings.Join(who, " ")
	if d := oneLine(e.Date); d != "" {
		if foot != "" {
			foot += ", "
		}
		foot += `<time datetime="` + html.EscapeString(d) + `">` + html.EscapeString(d) + "</time>"
	}
	if safeURL(e.URL) {
		label := kind
		if label == "" {
			label = "embed"
		}
		if foot != "" {
			foot += " · "
		}
		foot += `<a href="` + html.EscapeString(strings.TrimSpace(e.URL)) + `">` + html.EscapeString(label) + "</a>"
	}
	if foot != "" {
		h.b.WriteString("<figcaption>— " + foot + "</figcaption>")
	}
	h.b.WriteString("</figure>\n")
}

// validLang accepts BCP 47-looking tags: letters, digits and hyphens.
func validLang(s string) bool {
	if len(s) > 35 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}
