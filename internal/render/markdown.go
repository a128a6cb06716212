package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/ledehq/lede"
)

// Markdown writes the article as CommonMark with GitHub-style tables: the
// title as a level-1 heading, the byline and date in italics, then the body
// blocks. Headings keep their level (at least 2, the title being 1), list
// items their nesting and numbering, quotes become "> " blocks, tables GFM
// tables, code fenced blocks, images ![alt](src) with the caption in italics
// below, and embedded posts quotes attributed to their author with a link.
// Text is escaped so that it reads as written.
func Markdown(w io.Writer, a *lede.Article) error {
	var m mdWriter
	title := oneLine(a.Title)
	if title != "" {
		m.block("# " + mdEscapeLine(title))
	}
	if line := bylineDate(a); line != "" {
		m.block("*" + mdEscapeLine(line) + "*")
	}
	blocks := a.Blocks
	if len(blocks) > 0 && blocks[0].Kind == lede.KindHeading && oneLine(blocks[0].Text) == title {
		blocks = blocks[1:] // the title repeated as the body's first heading
	}
	for i, bl := range blocks {
		m.render(bl, i > 0 && blocks[i-1].Kind == lede.KindListItem)
	}
	if len(blocks) == 0 && a.Text != "" {
		for _, para := range strings.Split(a.Text, "\n\n") {
			m.paragraph(para)
		}
	}
	_, err := io.WriteString(w, m.b.String())
	return err
}

// mdWriter accumulates Markdown blocks separated by blank lines.
type mdWriter struct {
	b        strings.Builder
	counters []int // next number of the ordered list at each nesting level
}

// block writes one block, preceded by a blank line unless it is the first.
func (m *mdWriter) block(s string) {
	if m.b.Len() > 0 {
		m.b.WriteString("\n")
	}
	m.b.WriteString(s)
	m.b.WriteString("\n")
}

func (m *mdWriter) render(bl lede.Block, afterListItem bool) {
	if bl.Kind != lede.KindListItem {
		m.counters = m.counters[:0]
	}
	switch bl.Kind {
	case lede.KindHeading:
		level := bl.Level
		if level < 2 {
			level = 2
		}
		if level > 6 {
			level = 6
		}
		if t := oneLine(bl.Text); t != "" {
			m.block(strings.Repeat("#", level) + " " + mdEscapeLine(t))
		}
	case lede.KindListItem:
		m.listItem(bl, afterListItem)
	case lede.KindBlockQuote:
		if t := strings.TrimSpace(bl.Text); t != "" {
			m.block(quoteLines(mdEscapeText(t)))
		}
	case lede.KindTable:
		m.table(bl)
	case lede.KindCode:
		if bl.Text != "" {
			fence := codeFence(bl.Text)
			m.block(fence + "\n" + strings.TrimRight(bl.Text, "\n") + "\n" + fence)
		}
	case lede.KindImage:
		m.image(bl)
	case lede.KindEmbed:
		m.embed(bl)
	default: // paragraphs and any kind added later
		m.paragraph(bl.Text)
	}
}

func (m *mdWriter) paragraph(text string) {
	if t := strings.TrimSpace(text); t != "" {
		m.block(mdEscapeText(t))
	}
}

// listItem writes "- text" or "N. text", indented by nesting level. Items
// of one list are not separated by blank lines.
func (m *mdWriter) listItem(bl lede.Block, afterListItem bool) {
	level := bl.Level
	if level < 1 {
		level = 1
	}
	if level > 10 {
		level = 10
	}
	for len(m.counters) < level {
		m.counters = append(m.counters, 1)
	}
	m.counters = m.counters[:level] // leaving deeper lists restarts them
	marker := "- "
	if bl.Ordered {
		marker = strconv.Itoa(m.counters[level-1]) + ". "
		m.counters[level-1]++
	}
	indent := strings.Repeat("    ", level-1)
	text := mdEscapeText(strings.TrimSpace(bl.Text))
	text = strings.ReplaceAll(text, "\n", "\n"+indent+strings.Repeat(" ", len(marker)))
	line := indent + marker + text
	if afterListItem {
		m.b.WriteString(line + "\n")
		return
	}
	m.block(line)
}

// table writes a GFM table, the first row as its header.
func (m *mdWriter) table(bl lede.Block) {
	rows := bl.Rows
	if len(rows) == 0 && bl.Text != "" {
		for _, line := range strings.Split(bl.Text, "\n") {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	var b strings.Builder
	writeRow := func(r []string) {
		b.WriteString("|")
		for c := 0; c < cols; c++ {
			cell := ""
			if c < len(r) {
				cell = strings.ReplaceAll(mdEscapeLine(oneLine(r[c])), "|", `\|`)
			}
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
	}
	writeRow(rows[0])
	b.WriteString("|" + strings.Repeat(" --- |", cols) + "\n")
	for _, r := range rows[1:] {
		writeRow(r)
	}
	m.block(strings.TrimSuffix(b.String(), "\n"))
}

// image writes ![alt](src) and the caption in italics on the next line.
func (m *mdWriter) image(bl lede.Block) {
	var parts []string
	alt, caption := oneLine(bl.Alt), oneLine(bl.Text)
	if safeURL(bl.Src) {
		parts = append(parts, "!["+mdEscapeLine(alt)+"]("+mdURL(bl.Src)+")")
	}
	if caption != "" && (caption != alt || len(parts) == 0) {
		parts = append(parts, "*"+mdEscapeLine(caption)+"*")
	}
	if len(parts) > 0 {
		m.block(strings.Join(parts, "\\\n"))
	}
}

// embed writes an embedded post as a quote: its text, then a line naming
// its author, handle and date and linking to it.
func (m *mdWriter) embed(bl lede.Block) {
	e := bl.Embed
	if e == nil {
		m.paragraph(bl.Text)
		return
	}
	text := strings.TrimSpace(e.Text)
	if text == "" {
		text = strings.TrimSpace(bl.Text)
	}
	var who []string
	if a := oneLine(e.Author); a != "" {
		who = append(who, mdEscapeLine(a))
	}
	if h := oneLine(e.Handle); h != "" {
		who = append(who, "("+mdEscapeLine(h)+")")
	}
	attribution := strings.Join(who, " ")
	if d := oneLine(e.Date); d != "" {
		if attribution != "" {
			attribution += ", "
		}
		attribution += d
	}
	link := ""
	if safeURL(e.URL) {
		label := oneLine(e.Kind)
		if label == "" {
			label = "embed"
		}
		link = "[" + mdEscapeLine(label) + "](" + mdURL(e.URL) + ")"
	}
	if text == "" {
		if link != "" {
			m.block(strings.TrimSpace(link + " " + attribution))
		}
		return
	}
	foot := "— " + attribution
	if link != "" {
		if attribution != "" {
			foot += " · "
		}
		foot += link
	}
	if foot == "— " {
		m.block(quoteLines(mdEscapeText(text)))
		return
	}
	m.block(quoteLines(mdEscapeText(text) + "\n\n" + foot))
}

// quoteLines prefixes every line with "> ".
func quoteLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = ">"
		} else {
			lines[i] = "> " + l
		}
	}
	return strings.Join(lines, "\n")
}

// codeFence returns a backtick fence longer than any run in the code.
func codeFence(code string) string {
	longest, run := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

// mdURL writes an address for a link destination, in angle brackets when it
// holds characters that would end it.
func mdURL(u string) string {
	u = strings.TrimSpace(u)
	if strings.ContainsAny(u, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(u) + ">"
	}
	return u
}

// mdEscapeText escapes a block of text line by line; single line breaks
// become hard breaks.
func mdEscapeText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, mdEscapeLine(l))
		}
	}
	return strings.Join(out, "\\\n")
}

// mdEscapeLine escapes the characters that Markdown would read as markup:
// emphasis, code, links, HTML, and block markers at the start of the line.
func mdEscapeLine(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	// Block markers at the start: headings, quotes, list bullets, setext
	// underlines, thematic breaks and fences ("* " is escaped below), and
	// "1." or "1)" list numbers.
	start := 0
	switch {
	case s != "" && strings.IndexByte("#>-+=~", s[0]) >= 0:
		b.WriteByte('\\')
	default:
		i := 0
		for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
			b.WriteString(s[:i])
			b.WriteByte('\\')
			start = i
		}
	}
	for i := start; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
