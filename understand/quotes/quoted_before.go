package quotes

import "github.com/ledehq/lede/understand/entities"

// quotedJustBefore returns the person whose quote ends in the paragraph
// of pos or the one before it, when no person is named outside quotes
// between that quote's attribution and pos and the article gives the
// person no role: "Writing in a magazine, Quill said: “…” ¶ “…” ¶ The
// brave singer then added: “…”" goes on with Quill's words. A quote over
// several paragraphs counts with the speaker its first part names.
func (f *finder) quotedJustBefore(pos int) int {
	d := f.doc
	para := d.Sentences[f.sentenceAt(pos)].Para
	j := -1
	for i := len(f.segs) - 1; i >= 0; i-- {
		if sg := f.segs[i]; sg.kind != "" && sg.close >= 0 && sg.close < pos {
			j = i
			break
		}
	}
	if j < 0 || f.segs[j].para < para-1 {
		return -1
	}
	e := -1
	for i := j; i >= 0 && f.segs[i].group == f.segs[j].group; i-- {
		if f.segs[i].speaker >= 0 {
			e = f.segs[i].speaker
			break
		}
	}
	if e < 0 || f.ents.Entities[e].Kind != entities.Person || f.ents.Entities[e].Role != "" {
		return -1
	}
	if f.otherPersonIn(d.Paragraphs[max(0, f.segs[j].para-2)].Start, pos, e) {
		return -1
	}
	return e
}
