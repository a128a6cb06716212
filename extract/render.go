package extract

import (
	"html"
	"strconv"
	"strings"

	"github.com/ledehq/lede"
)

// renderHTML writes the blocks as HTML. It is safe by construction: every
// text is escaped, the only attributes written are href, src and alt, and
// URLs other than http, https and mailto are left out.
func renderHTML(blocks []lede.Block) string {
	var sb strings.Builder
	// openList holds the ordered flag of each open list; every open list
	// has an open <li>, so a deeper list nests inside its item.
	var openList []bool
	closeLists := func(depth int) {
		for len(openList) > depth {
			if openList[len(openList)-1] {
				sb.WriteString("</li>\n</ol>\n")
			} else {
				sb.WriteString("</li>\n</ul>\n")
			}
			openList = openList[:len(openList)-1]
		}
	}
	openTo := func(depth int, ordered bool) {
		for len(openList) < depth {
			if ordered {
				sb.WriteString("<ol>\n")
			} else {
				sb.WriteString("<ul>\n")
			}
			openList = append(openList, ordered)
			if len(openList) < depth {
				sb.WriteString("<li>")
			}
		}
	}
	for _, b := range blocks {
		if b.Kind != lede.KindListItem {
			closeLists(0)
		}
		switch b.Kind {
		case lede.KindParagraph:
			tag(&sb, "p", b.Text)
		case lede.KindHeading:
			l := b.Level
			if l < 1 || l > 6 {
				l = 2
			}
			tag(&sb, "h"+strconv.Itoa(l), b.Text)
		case lede.KindListItem:
			depth := max(b.Level, 1)
			closeLists(depth)
			if len(openList) == depth {
				if openList[depth-1] != b.Ordered {
					closeLists(depth - 1)
				} else {
					sb.WriteString("</li>\n")
				}
			}
			openTo(depth, b.Ordered)
			sb.WriteString("<li>")
			sb.WriteString(html.EscapeString(b.Text))
		case lede.KindBlockQuote:
			tag(&sb, "blockquote", b.Text)
		case lede.KindCode:
			sb.WriteString("<pre><code>")
			sb.WriteString(html.EscapeString(b.Text))
			sb.WriteString("</code></pre>\n")
		case lede.KindTable:
			sb.WriteString("<table>\n")
			for _, r := range b.Rows {
				sb.WriteString("<tr>")
				for _, c := range r {
					sb.WriteString("<td>")
					sb.WriteString(html.EscapeString(c))
					sb.WriteString("</td>")
				}
				sb.WriteString("</tr>\n")
			}
			sb.WriteString("</table>\n")
		case lede.KindImage:
			if !safeURL(b.Src) {
				continue
			}
			sb.WriteString("<figure><img src=\"")
			sb.WriteString(html.EscapeString(b.Src))
			sb.WriteString("\" alt=\"")
			sb.WriteString(html.EscapeString(b.Alt))
			sb.WriteString("\">")
			if b.Text != "" {
				sb.WriteString("<figcaption>")
				sb.WriteString(html.EscapeString(b.Text))
				sb.WriteString("</figcaption>")
			}
			sb.WriteString("</figure>\n")
		case lede.KindEmbed:
			sb.WriteString("<blockquote>")
			if b.Text != "" {
				sb.WriteString("<p>")
				sb.WriteString(html.EscapeString(b.Text))
				sb.WriteString("</p>")
			}
			if b.Embed != nil {
				credit := strings.TrimSpace(b.Embed.Author + " " + b.Embed.Handle)
				if credit != "" {
					sb.WriteString("<p>— ")
					sb.WriteString(html.EscapeString(credit))
					sb.WriteString("</p>")
				}
				if safeURL(b.Embed.URL) {
					sb.WriteString("<p><a href=\"")
					sb.WriteString(html.EscapeString(b.Embed.URL))
					sb.WriteString("\">")
					sb.WriteString(html.EscapeString(b.Embed.URL))
					sb.WriteString("</a></p>")
				}
			}
			sb.WriteString("</blockquote>\n")
		}
	}
	closeLists(0)
	return sb.String()
}

func tag(sb *strings.Builder, name, text string) {
	sb.WriteByte('<')
	sb.WriteString(name)
	sb.WriteByte('>')
	sb.WriteString(html.EscapeString(text))
	sb.WriteString("</")
	sb.WriteString(name)
	sb.WriteString(">\n")
}

// safeURL reports whether u is an absolute http, https or mailto address.
func safeURL(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}
