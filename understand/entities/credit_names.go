package entities

import (
	"strings"

	"github.com/ledehq/lede/understand/text"
)

// creditName reports whether [a, b) is the person credited after "by" on
// a short listing or credit line: "The Quiet Hours by Jendia Roe (May
// 13th)", "Photo by Kaitlin Vance | From: …", "Design by Ada Quill and
// Zorva Studio". Two or three name-like words (a middle initial counts),
// no organization or place, ending the line or before a bracket, a bar, a
// comma or "and". The line is short (a title and its credit), so a
// headline's capitals do not hide it; prose ("acquired by Zorva Labs.")
// does not end so.
func (f *finder) creditName(a, b int) bool {
	d := f.doc
	if a < 1 || b-a < 2 || b-a > 3 || lowerASCII(f.str(a-1)) != "by" || !f.nameLike(a, b) || f.hasOrgWord(a, b) || f.hasTitle(a, b) {
		return false
	}
	name := f.spanTextOnly(a, b)
	if f.known(name) || knownOrgs[name] || f.known(f.str(a)) && !f.isGiven(f.str(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if w := f.str(k); !isInitials(w) && (f.lower[lowerASCII(w)] && !f.isGiven(w) && !(k > a && f.isGiven(f.str(a))) || !text.IsCapitalized(w)) {
			return false // "by Popular Demand"; not "by Kaitlin Green", a surname
		}
	}
	// The line: its start, and no more than 16 tokens before "by".
	lineStart := strings.LastIndexByte(d.Text[:d.Tokens[a].Start], '\n') + 1
	n := 0
	for k := a - 1; k >= 0 && d.Tokens[k].Start >= lineStart; k-- {
		n++
	}
	if n > 16 {
		return false
	}
	if b >= len(d.Tokens) {
		return true
	}
	if strings.IndexByte(d.Text[d.Tokens[b-1].End:d.Tokens[b].Start], '\n') >= 0 {
		return true // the end of the line
	}
	switch f.str(b) {
	case "(", "|", ",", "and", "&", "–", "—":
		return true
	}
	return false
}
