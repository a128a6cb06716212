// Package render writes an extracted article as a document for people to
// read: plain text, Markdown (CommonMark with GitHub tables), or a small
// standalone HTML page.
//
// Every renderer works from the Article's metadata and its Blocks only; it
// never re-reads the source page, never adds words of its own beyond a
// "By" before the authors, and escapes everything it writes. The HTML page
// carries no scripts, styles or event attributes, and links and images keep
// only http, https and scheme-less addresses.
//
// JSON is not rendered here: the Article type marshals itself.
package render

import (
	"io"
	"net/url"
	"strings"

	"github.com/ledehq/lede"
)

// Text writes the article as plain text: the title, a line with the byline
// and publication date, a blank line, then the body text (blocks separated
// by a blank line). Lines absent from the article are left out.
func Text(w io.Writer, a *lede.Article) error {
	var b strings.Builder
	head := false
	if t := oneLine(a.Title); t != "" {
		b.WriteString(t)
		b.WriteByte('\n')
		head = true
	}
	if line := bylineDate(a); line != "" {
		b.WriteString(line)
		b.WriteByte('\n')
		head = true
	}
	body := a.Text
	if body == "" {
		body = blocksText(a.Blocks)
	}
	// The title repeated as the body's first heading is said once.
	if t := strings.TrimSpace(a.Title); t != "" && len(a.Blocks) > 0 && a.Blocks[0].Kind == lede.KindHeading {
		if rest, ok := strings.CutPrefix(body, t); ok && (rest == "" || strings.HasPrefix(rest, "\n\n")) {
			body = strings.TrimLeft(rest, "\n")
		}
	}
	if head && body != "" {
		b.WriteByte('\n')
	}
	if body != "" {
		b.WriteString(strings.TrimRight(body, "\n"))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// bylineDate is "By A, B and C · 2018-06-28", or the part that is known.
func bylineDate(a *lede.Article) string {
	var parts []string
	if by := authorList(a.Authors); by != "" {
		parts = append(parts, "By "+by)
	}
	if a.Published != "" {
		parts = append(parts, oneLine(a.Published))
	}
	return strings.Join(parts, " · ")
}

// authorList joins names as people write them: "A", "A and B", "A, B and C".
func authorList(names []string) string {
	var clean []string
	for _, n := range names {
		if n = oneLine(n); n != "" {
			clean = append(clean, n)
		}
	}
	switch len(clean) {
	case 0:
		return ""
	case 1:
		return clean[0]
	}
	return strings.Join(clean[:len(clean)-1], ", ") + " and " + clean[len(clean)-1]
}

// blocksText joins the blocks' text with blank lines, as Article.Text does.
func blocksText(blocks []lede.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		t := strings.TrimSpace(bl.Text)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t)
	}
	return b.String()
}

// oneLine collapses runs of white space, line breaks included, to single
// spaces and trims the ends.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// safeURL says whether an address may appear in a link or image: http,
// https, or relative without a scheme. javascript:, data: and the like are
// refused.
func safeURL(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "":
		return !strings.ContainsAny(s, "\x00\n\r\t")
	}
	return false
}
