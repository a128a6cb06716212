package quotes

import "github.com/ledehq/lede"

// sandwiched reports whether the quote paragraph of segment i, with no
// attribution of its own, stands between two paragraphs quoting the same
// speaker: segment j ends the paragraph right before it, and the next
// quote opens the paragraph right after it, attributed in its own sentence
// ("“…,” said Hal Brenner, an adviser to Mayor Lind. ¶ “…” ¶ “…,” Brenner
// said."). A person named after j's speaker (in an appositive or a
// relative clause) then does not break the run of quotes.
func (f *finder) sandwiched(j, i int) bool {
	sg, p := f.segs[i], f.segs[j]
	if sg.kind != lede.QuoteDirect || sg.open != f.doc.Paragraphs[sg.para].Start || p.para != sg.para-1 || p.speaker < 0 {
		return false
	}
	if p.close < 0 || f.sentenceAt(p.close) != len(f.doc.Sentences)-1 && f.doc.Sentences[f.sentenceAt(p.close)+1].Para == p.para {
		return false // the paragraph before goes on past j's sentence
	}
	// The quote of segment i may run over several paragraphs (one group).
	k := i + 1
	for k < len(f.segs) && f.segs[k].group == sg.group {
		k++
	}
	if k >= len(f.segs) {
		return false
	}
	n := f.segs[k]
	last := f.segs[k-1]
	if last.close < 0 || n.para != last.para+1 || n.open != f.doc.Paragraphs[n.para].Start {
		return false
	}
	return n.kind != "" && n.own && n.speaker == p.speaker && !f.otherPersonIn(f.segs[i].open, n.open, p.speaker)
}
