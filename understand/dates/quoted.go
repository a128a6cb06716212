package dates

import (
	"strings"

	"github.com/ledehq/lede"
)

// quoteReach is how many tokens quotedDeictics looks across for the ends
// of a quotation and for its attribution.
const quoteReach = 120

// quotedDeictics counts "today", "yesterday", "tomorrow", "this morning"
// and "last night" inside a quotation from the day the quotation was
// spoken when its attribution dates it ("“We are here today,” the mayor
// said Tuesday"; "The minister said on Monday: “We voted yesterday.”"):
// the words are the speaker's, not the writer's.
func (f *finder) quotedDeictics() {
	for i := range f.found {
		m := &f.found[i]
		if !m.deictic {
			continue
		}
		open, closing, ok := f.quoteAround(m.tokStart)
		if !ok {
			continue
		}
		d := f.attributionDay(open, closing)
		if d < 0 {
			continue
		}
		said := f.found[d].day
		m.day = said.AddDate(0, 0, int(m.day.Sub(f.anchor).Hours()/24))
		m.Value = m.day.Format("2006-01-02")
	}
}

// lineBreakAfter reports whether a line break lies between tokens k and
// k+1.
func (f *finder) lineBreakAfter(k int) bool {
	if k < 0 || k+1 >= len(f.toks) {
		return true
	}
	return strings.IndexByte(f.text[f.toks[k].end:f.toks[k+1].start], '\n') >= 0
}

// quoteAround returns the opening and closing quotation marks around token
// i on its line: curly marks (“ ”) or straight ones ("), an odd number of
// which before i on the line opens a quotation.
func (f *finder) quoteAround(i int) (open, closing int, ok bool) {
	open, straight, curly := -1, 0, false
	for k := i - 1; k >= 0 && i-k < quoteReach && !f.lineBreakAfter(k); k-- {
		if f.toks[k].kind != tokPunct {
			continue
		}
		switch f.str(k) {
		case "“":
			if !curly {
				open, curly = k, true
			}
		case "”":
			if !curly {
				return 0, 0, false // a quotation closed before: outside
			}
		case "\"":
			straight++
			if open < 0 && straight == 1 {
				open = k
			}
		}
		if curly {
			break
		}
	}
	if open < 0 || !curly && straight%2 == 0 {
		return 0, 0, false
	}
	want := "\""
	if curly {
		want = "”"
	}
	for k := i + 1; k < len(f.toks) && k-i < quoteReach && !f.lineBreakAfter(k-1); k++ {
		if f.toks[k].kind == tokPunct && f.str(k) == want {
			return open, k, true
		}
	}
	return 0, 0, false
}

// attributionDay returns the index in found of the day that dates the
// attribution of the quotation between tokens open and closing: after it
// ("," the mayor said Tuesday", "he told reporters on Friday") or before
// it ("said on Monday: “…”"), or -1.
func (f *finder) attributionDay(open, closing int) int {
	// After a full stop the quotation ends its sentence: what follows
	// is another ("“We are open.” The shop said Monday …").
	after := closing + 8
	if f.isPunct(closing-1, '.') {
		after = closing
	}
	for k := closing + 1; k < len(f.toks) && k <= after && !f.lineBreakAfter(k-1); k++ {
		if f.isWord(k) && attributionVerbs[f.lower(k)] {
			return f.dayStartingIn(k+1, k+5)
		}
	}
	for k := open - 1; k >= 0 && k >= open-10 && !f.lineBreakAfter(k); k-- {
		if f.isWord(k) && attributionVerbs[f.lower(k)] {
			return f.dayStartingIn(k+1, min(k+5, open-1))
		}
	}
	return -1
}

// dayStartingIn returns the index in found of a day-precise date that is
// not itself counted from publication and starts at a token in [from,
// to], in the sentence of token from-1 (the attribution verb), with only
// words before it from there, or -1.
func (f *finder) dayStartingIn(from, to int) int {
	for j := range f.found {
		o := &f.found[j]
		if o.tokStart > to {
			break
		}
		if o.tokStart >= from && o.rel == relNone && !o.deictic && o.Resolved && !o.day.IsZero() &&
			f.sameSentence(from-1, o.tokStart) && f.wordsOnly(from, o.tokStart) {
			return j
		}
	}
	return -1
}

// wordsOnly reports whether tokens [a, b) are all words: the day belongs
// to the attribution ("told reporters on Friday"), not to a clause set off
// after it ("said Smith, who on Monday ...").
func (f *finder) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !f.isWord(k) {
			return false
		}
	}
	return true
}

// postedDays counts "today", "yesterday" and weekdays in an embedded post
// from the date of its signature, which ends the post's paragraph or the
// next one: "… we start handing out masks today\n\n— A. Name (@handle)
// November 1, 2019". A weekday is the one on or before that date, or on
// or after it when it was read as ahead of publication.
func (f *finder) postedDays() {
	if !strings.Contains(f.text, "(@") {
		return // no signature of a post
	}
	var sigs [][2]int // token of the signature's dash, index in found of its date
	for j := range f.toks {
		if s := f.str(j); s == "—" || s == "–" {
			if d := f.signatureAt(j); d >= 0 {
				sigs = append(sigs, [2]int{j, d})
			}
		}
	}
	if len(sigs) == 0 {
		return
	}
	for i := range f.found {
		m := &f.found[i]
		if !m.deictic && !m.weekday {
			continue
		}
		d := -1
		for _, sg := range sigs {
			if sg[0] >= m.tokEnd {
				if sg[0]-m.tokEnd < quoteReach && f.paragraphsBetween(m.tokEnd-1, sg[0]) <= 1 {
					d = sg[1]
				}
				break
			}
		}
		if d < 0 {
			continue
		}
		posted := f.found[d].day
		if m.deictic {
			m.day = posted.AddDate(0, 0, int(m.day.Sub(f.anchor).Hours()/24))
		} else {
			wd := m.day.Weekday()
			if m.day.After(f.anchor) {
				m.day = posted.AddDate(0, 0, (int(wd)-int(posted.Weekday())+7)%7)
			} else {
				m.day = posted.AddDate(0, 0, -((int(posted.Weekday()) - int(wd) + 7) % 7))
			}
		}
		m.Value = m.day.Format("2006-01-02")
	}
}

// paragraphsBetween counts the paragraph breaks (a blank line) between
// tokens a and b.
func (f *finder) paragraphsBetween(a, b int) int {
	n := 0
	for j := a + 1; j <= b; j++ {
		if strings.Count(f.text[f.toks[j-1].end:f.toks[j].start], "\n") >= 2 {
			n++
		}
	}
	return n
}

// signatureAt returns the index in found of the date of a post's
// signature opened by the dash at token j ("— Name (@handle) November 1,
// 2019": a handle in brackets within a few words, then a day with its
// year), or -1.
func (f *finder) signatureAt(j int) int {
	for h := j + 1; h < len(f.toks) && h <= j+10 && !f.lineBreakAfter(h-1); h++ {
		if !f.isPunct(h, '(') || !f.isPunct(h+1, '@') {
			continue
		}
		for e := h + 2; e < len(f.toks) && e <= h+8 && f.attached(e-1); e++ {
			if f.isPunct(e, ')') {
				return f.dayWithYearAt(e + 1) // "(@some_name2)" ends
			}
		}
	}
	return -1
}

// dayWithYearAt returns the index in found of a day-precise date written
// with its year that starts at token k, or -1.
func (f *finder) dayWithYearAt(k int) int {
	for j := range f.found {
		o := &f.found[j]
		if o.tokStart == k && o.rel == relNone && o.Granularity == lede.Day && !o.day.IsZero() && hasYear(o.Text) {
			return j
		}
		if o.tokStart > k {
			break
		}
	}
	return -1
}
