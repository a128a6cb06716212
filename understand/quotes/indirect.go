package quotes

import (
	"sort"
	"strings"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// reportVerbs introduce reported speech ("X said that ...").
var reportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true, "argued": true, "argues": true,
	"insisted": true, "insists": true, "claimed": true, "claims": true, "warned": true, "warns": true, "noted": true,
	"notes": true, "stated": true, "acknowledged": true, "admitted": true, "suggested": true, "explained": true,
	"believes": true, "predicted": true, "maintained": true, "maintains": true, "contended": true, "denied": false,
	"testified": true, "reiterated": true, "reiterates": true, "stressed": true, "stresses": true,
	"announced": true, "confirmed": true, "wrote": true, "writes": true, "recalled": true, "recalls": true, "conceded": true,
	"concedes": true, "cautioned": true, "emphasized": true, "emphasised": true, "estimated": true, "estimates": true,
	"concluded": true, "concludes": true, "advises": true, "advised": true, "recommends": true, "recommended": true,
	"predicts": true, "explains": true, "observed": true, "observes": true, "contends": true, "asserted": true,
	"asserts": true, "alleged": true, "alleges": true, "reported": true, "reports": true,
}

// thatOnlyVerbs report speech only before "that": they also take a noun
// phrase ("announced the camera", "recalls his childhood", "advised the
// minister on security").
var thatOnlyVerbs = map[string]bool{
	"announced": true, "confirmed": true, "wrote": true, "writes": true, "recalled": true, "recalls": true, "conceded": true,
	"concedes": true, "cautioned": true, "emphasized": true, "emphasised": true, "estimated": true, "estimates": true,
	"concluded": true, "concludes": true, "advises": true, "advised": true, "recommends": true, "recommended": true,
	"predicts": true, "explains": true, "observed": true, "observes": true, "contends": true, "asserted": true,
	"asserts": true, "alleged": true, "alleges": true, "reported": true, "reports": true,
}

// orgReportVerbs introduce an organization's reported speech; "added"
// and "notes" after a company's name are too often no speech.
var orgReportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "stated": true, "believes": true, "warned": true, "warns": true,
	"predicted": true, "reiterated": true, "reiterates": true, "stressed": true, "claimed": true, "claims": true, "insisted": true,
	"insists": true, "acknowledged": true, "admitted": true, "maintains": true, "maintained": true,
	"announced": true, "confirmed": true, "reported": true, "reports": true, "estimated": true, "estimates": true,
	"concluded": true, "concludes": true, "recommends": true, "recommended": true, "advises": true, "advised": true,
	"wrote": true, "writes": true, "alleged": true, "alleges": true,
}

// indirect finds reported speech in sentences without quotation marks:
// "SPEAKER said (that) CLAUSE" and "CLAUSE, said SPEAKER".
func (f *finder) indirect() []lede.Quote {
	var out []lede.Quote
	d := f.doc
	// upTo[j]: the last attributed segment at or before index j, or -1.
	upTo := make([]int, len(f.segs))
	for j, sg := range f.segs {
		upTo[j] = -1
		if j > 0 {
			upTo[j] = upTo[j-1]
		}
		if sg.kind != "" && sg.speaker >= 0 {
			upTo[j] = j
		}
	}
	for _, s := range d.Sentences {
		if f.overlapsQuote(s.Start, s.End) || f.hasQuoteMark(s) {
			continue
		}
		f.rewindSpeakerTo(s.Start, s.Para, upTo)
		if q, ok := f.forward(s); ok {
			out = append(out, q)
			continue
		}
		if q, ok := f.inverted(s); ok {
			out = append(out, q)
		}
	}
	return out
}

// rewindSpeakerTo sets the last speaker to that of the last attributed
// segment (by index) that opens before offset pos in paragraph para,
// upTo being the last attributed segment at or before each index.
// Segments are stored by paragraph, so only those of para itself need
// their openings compared.
func (f *finder) rewindSpeakerTo(pos, para int, upTo []int) {
	f.lastSpeaker, f.lastSpeakerPara = -1, 0
	first := sort.Search(len(f.segs), func(j int) bool { return f.segs[j].para >= para })
	best := -1
	if first > 0 {
		best = upTo[first-1]
	}
	for j := first; j < len(f.segs) && f.segs[j].para == para; j++ {
		if sg := f.segs[j]; sg.open < pos && sg.kind != "" && sg.speaker >= 0 {
			best = j
		}
	}
	if best >= 0 {
		f.lastSpeaker, f.lastSpeakerPara = f.segs[best].speaker, f.segs[best].para
	}
}

func (f *finder) overlapsQuote(a, b int) bool {
	q := f.quoted
	i := sort.Search(len(q), func(i int) bool { return q[i].End > a })
	return i < len(q) && q[i].Start < b
}

// forward reads "SPEAKER (has) said (Wednesday) (that) CLAUSE".
func (f *finder) forward(s text.Sentence) (lede.Quote, bool) {
	d := f.doc
	for k := s.First + 1; k < s.Last; k++ {
		if d.Tokens[k].Kind != text.Word || !reportVerbs[f.word(k)] {
			continue
		}
		e := f.subjectBefore(k, s.First)
		if e < 0 || !f.speakerKind(e) || f.ents.Entities[e].Kind != entities.Person && (!orgReportVerbs[f.word(k)] || f.pronounSubject(k, s.First)) {
			continue // ("the Acme Composite Index added 14.31 points": no speech; "It said …" is too loose for an organization)
		}
		c := k + 1
		if f.word(k) == "told" || f.word(k) == "tells" {
			// "told reporters (that) …", "told Polygraph.info the …":
			// skip the listener to "that" or to the clause's first word.
			c = f.skipTo(c, s.Last, 7, true)
			if c < s.Last && f.word(c) != "that" {
				j := c + 1
				for j < s.Last && j <= c+3 && !startsClause(f.word(j)) {
					j++
				}
				if j >= s.Last || j > c+3 {
					continue
				}
				c = j
			}
		} else if c < s.Last && f.word(c) != "that" && !startsClause(f.word(c)) {
			// "said in an email to the Daily Ledger that …"
			c = f.skipTo(c, s.Last, 10, false)
		}
		afterThat := false
		if thatOnlyVerbs[f.word(k)] && (k+1 >= s.Last || f.word(k+1) != "that") {
			continue // ("recommends avoiding fasts that …": a relative "that")
		}
		if c+1 < s.Last && f.word(c) == "that" {
			// "said that hedge funds …": any clause after "that"; "said
			// that was wrong": "that" is the clause's subject.
			if !clauseVerbs[f.word(c+1)] {
				c++
			}
			afterThat = true
		}
		if c >= s.Last || d.Tokens[c].Kind == text.Punct || d.Tokens[c].Kind == text.Number && !afterThat ||
			!afterThat && !startsClause(f.word(c)) && d.Tokens[c].Kind == text.Word && !text.IsCapitalized(f.word(c)) &&
				f.word(c) != "there" && !(strings.HasSuffix(f.word(c), "ing") && c+1 < s.Last && d.Tokens[c+1].Kind == text.Word) {
			// Not "He said, she said".

			return lede.Quote{}, false
		}
		end := s.Last
		for j := c + 1; j+1 < s.Last; j++ {
			w := f.word(j)
			if w == ";" || w == "," && (f.word(j+1) == "and" || f.word(j+1) == "but" || f.word(j+1) == "while") &&
				(j+2 >= s.Last || startsClause(f.word(j+2)) || text.IsCapitalized(f.word(j+2)) || f.word(j+2) == "then" || f.word(j+2) == "so") {
				// (", and he left": a clause of the writer's; not "fat,
				// calories, and sugar": a list)
				end = j
				break
			}
		}
		if end-c < 3 {
			return lede.Quote{}, false
		}
		start := d.Tokens[c].Start
		stop := d.Tokens[end-1].End
		if end < s.Last {
			// Cut before the comma: keep the words only.
			stop = d.Tokens[end-1].End
		}
		return lede.Quote{Text: d.Text[start:stop], Speaker: f.ents.Entities[e].Name, Kind: lede.QuoteIndirect, Start: start, End: stop}, true
	}
	return lede.Quote{}, false
}

// pronounSubject reports whether the verb at token k has a pronoun right
// before it, past auxiliaries and adverbs.
func (f *finder) pronounSubject(k, lo int) bool {
	j := k - 1
	for j >= lo && f.doc.Tokens[j].Kind == text.Word && auxiliaries[f.word(j)] {
		j--
	}
	return j >= lo && isPronoun(f.word(j))
}

// skipTo returns the token after "that" within n tokens of c, or c, when
// the words from c are a listener (after "told") or an adjunct ("in an
// email to the Daily Ledger that", "Tuesday that") and not the clause
// itself ("Tyvak would use that experience").
func (f *finder) skipTo(c, last, n int, listener bool) int {
	if c < last && !listener && !adjunctStarts[strings.ToLower(f.word(c))] {
		return c
	}
	for j := c; j < last && j < c+n; j++ {
		if f.word(j) == "that" {
			return j
		}
		if f.doc.Tokens[j].Kind != text.Word && f.doc.Tokens[j].Kind != text.Number {
			break
		}
	}
	return c
}

// adjunctStarts open the words between a verb of speech and "that": a
// place, a time, a medium or a listener ("said in a statement that",
// "told reporters Monday that").
var adjunctStarts = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "during": true, "after": true, "before": true, "last": true,
	"this": true, "earlier": true, "later": true, "recently": true, "yesterday": true, "today": true, "tonight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"via": true, "through": true, "by": true, "over": true, "privately": true, "publicly": true, "repeatedly": true,
	"reporters": true, "the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"him": true, "them": true, "us": true, "me": true,
}

// startsClause reports whether w usually opens a reported clause.
func startsClause(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i", "there", "the", "a", "an", "his", "her", "its", "their", "this", "that", "these",
		"those", "no", "some", "many", "most", "all", "any", "such", "if", "He", "She", "It", "They", "We", "I", "The",
		"around", "nearly", "almost", "more", "fewer", "less", "several", "both", "each", "every", "none",
		"only", "our", "your", "my", "nobody", "everyone", "everybody", "whether", "one", "two", "three":
		return true
	}
	return false
}

// clauseVerbs after "said that" make "that" the subject ("said that was
// wrong").
var clauseVerbs = map[string]bool{
	"was": true, "is": true, "were": true, "are": true, "would": true, "will": true, "could": true, "can": true,
	"has": true, "had": true, "should": true, "might": true, "may": true, "must": true,
}

// inverted reads "CLAUSE, said SPEAKER ..." and "CLAUSE, SPEAKER said.".
func (f *finder) inverted(s text.Sentence) (lede.Quote, bool) {
	d := f.doc
	for k := s.First + 4; k < s.Last; k++ {
		if f.word(k) != "," {
			continue
		}
		v := -1
		for j := k + 1; j < s.Last && j <= k+6; j++ {
			if d.Tokens[j].Kind == text.Word && (f.word(j) == "said" || f.word(j) == "says") {
				v = j
				break
			}
			if d.Tokens[j].Kind == text.Punct {
				break
			}
		}
		if v < 0 {
			continue
		}
		e := -1
		if v == k+1 {
			e = f.objectAfter(v, s.Last)
		} else {
			e = f.subjectBefore(v, k+1)
			// The words after the verb must end the sentence or be a
			// short adjunct ("in an interview").
		}
		if e < 0 || f.ents.Entities[e].Kind != entities.Person {
			continue
		}
		start := d.Tokens[s.First].Start
		stop := d.Tokens[k-1].End
		return lede.Quote{Text: d.Text[start:stop], Speaker: f.ents.Entities[e].Name, Kind: lede.QuoteIndirect, Start: start, End: stop}, true
	}
	return lede.Quote{}, false
}

// hasQuoteMark reports whether sentence s holds a quotation mark that is
// not an apostrophe.
func (f *finder) hasQuoteMark(s text.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if f.doc.Tokens[k].Kind == text.Quote {
			w := f.word(k)
			if w != "’" && w != "'" {
				return true
			}
		}
	}
	return false
}
