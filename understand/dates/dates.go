package dates

import (
	"strconv"
	"strings"
	"time"

	"github.com/ledehq/lede"
)

// Find returns the date mentions of text resolved against published (an
// Article.Published value: RFC 3339 or YYYY-MM-DD; empty or unreadable
// leaves relative dates unresolved), in text order. Text is always
// text[Start:End].
func Find(text, published string) []lede.DateMention {
	f := finder{text: text}
	f.anchor, f.hasAnchor = parseAnchor(published)
	f.toks = tokenize(text, make([]token, 0, len(text)/5+8))
	f.scan()
	if f.hasDeictic {
		f.quotedDeictics()
		f.postedDays()
	}
	f.resolveRelative()
	out := make([]lede.DateMention, 0, len(f.found))
	for _, m := range f.found {
		if f.hasAnchor && m.rel != relNone && !m.Resolved {
			// "two months after the onset" with no date to count from:
			// with a publication date, no particular date is meant.
			continue
		}
		out = append(out, m.DateMention)
	}
	return out
}

// parseAnchor reads the publication day: the date part of an RFC 3339 value
// in the page's own zone, or a bare YYYY-MM-DD.
func parseAnchor(published string) (time.Time, bool) {
	if len(published) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", published[:10])
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// relKind says how a relative mention is resolved after the scan.
type relKind uint8

const (
	relNone   relKind = iota
	relClause         // "a day after <clause>": the clause's date, or reference ∓ n
	relShift          // "a day later": reference ± n
)

type mention struct {
	lede.DateMention
	rel      relKind
	n        int  // relative: how many units, signed (after/later > 0)
	u        unit // relative unit
	tokStart int  // token index of the mention's first token
	tokEnd   int  // token index after the mention
	sentence int32
	day      time.Time // day-precise resolved value
	deictic  bool      // "today", "yesterday", "last night": counted from publication
	weekday  bool      // "Tuesday", "last Tuesday": the one of the publication week
	calendar bool      // "the following year": a whole calendar unit, not a point in it
}

type finder struct {
	text       string
	toks       []token
	anchor     time.Time
	hasAnchor  bool
	found      []mention
	style      articleStyle // see presentTenseArticle
	hasDeictic bool         // some mention is "today", "yesterday", a weekday and the like
}

// articleStyle is how an article attributes: "said" (news) or "says"
// (features and explainers).
type articleStyle uint8

const (
	styleUnknown articleStyle = iota
	styleNews
	styleFeature
)

func (f *finder) str(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.text[f.toks[i].start:f.toks[i].end]
}

func (f *finder) isWord(i int) bool { return i >= 0 && i < len(f.toks) && f.toks[i].kind == tokWord }
func (f *finder) isNum(i int) bool  { return i >= 0 && i < len(f.toks) && f.toks[i].kind == tokNumber }
func (f *finder) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind == tokPunct && f.text[f.toks[i].start] == c
}

// attached reports whether token i+1 follows token i with no space.
func (f *finder) attached(i int) bool {
	return i >= 0 && i+1 < len(f.toks) && !f.toks[i].spaceAfter
}

// sameSentence reports whether tokens i and j are in one sentence.
func (f *finder) sameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(f.toks) && j < len(f.toks) && f.toks[i].sentence == f.toks[j].sentence
}

// lower returns the word at i in lower case when it is one of the words the
// finder compares in lower case (lowerWords), the word itself when it has no
// upper-case letter, and "" otherwise; it does not allocate.
func (f *finder) lower(i int) string {
	s := f.str(i)
	k := 0
	for k < len(s) && !isUpper(s[k]) {
		k++
	}
	if k == len(s) {
		return s
	}
	if len(s) > 16 {
		return ""
	}
	var buf [16]byte
	for j := 0; j < len(s); j++ {
		c := s[j]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		buf[j] = c
	}
	return lowerWords[string(buf[:len(s)])]
}

func (f *finder) add(startTok, endTok int, g lede.Granularity, value string, resolved bool) *mention {
	m := mention{
		DateMention: lede.DateMention{
			Text:        f.text[f.toks[startTok].start:f.toks[endTok-1].end],
			Value:       value,
			Granularity: g,
			Resolved:    resolved,
			Start:       int(f.toks[startTok].start),
			End:         int(f.toks[endTok-1].end),
		},
		tokStart: startTok,
		tokEnd:   endTok,
		sentence: f.toks[startTok].sentence,
	}
	if !resolved {
		m.Value = ""
	}
	f.found = append(f.found, m)
	return &f.found[len(f.found)-1]
}

func (f *finder) addDay(startTok, endTok int, t time.Time) {
	m := f.add(startTok, endTok, lede.Day, t.Format("2006-01-02"), true)
	m.day = t
}

func granularityOf(u unit) lede.Granularity {
	switch u {
	case unitMonth:
		return lede.Month
	case unitYear:
		return lede.Year
	}
	return lede.Day
}

// step returns the date n units from base, at the unit's granularity.
func step(base time.Time, n int, u unit) (value string, g lede.Granularity, day time.Time) {
	switch u {
	case unitWeek:
		n, u = 7*n, unitDay
	case unitMonth:
		t := time.Date(base.Year(), base.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return monthValue(t.Year(), t.Month()), lede.Month, time.Time{}
	case unitYear:
		return strconv.Itoa(base.Year() + n), lede.Year, time.Time{}
	}
	day = base.AddDate(0, 0, n)
	return day.Format("2006-01-02"), lede.Day, day
}

// addStep adds the date n units from base.
func (f *finder) addStep(start, end int, base time.Time, n int, u unit) {
	v, g, day := step(base, n, u)
	m := f.add(start, end, g, v, true)
	m.day = day
}

// addRelative records "N units after/before" (n signed: after > 0), resolved
// after the scan.
func (f *finder) addRelative(start, end, n int, u unit) {
	clause := f.isWord(end) || f.isNum(end)
	clause = clause && f.sameSentence(end-1, end)
	if w := f.lower(end); clause && (w == "that" || w == "this") && (end+1 >= len(f.toks) ||
		!f.sameSentence(end, end+1) || f.toks[end+1].kind == tokPunct || subjectStarts[f.lower(end+1)]) {
		// "two days after that, the union voted", "a week before that
		// the owner quit": a pronoun for the date just named, no
		// clause of its own ("a day after that vote" has one).
		clause = false
	}
	m := f.add(start, end, granularityOf(u), "", false)
	m.n, m.u = n, u
	if clause {
		m.rel = relClause
	} else {
		m.rel = relShift
	}
}

// subjectStarts open a clause's subject: after "that", they make it a
// pronoun ("a week before that the owner quit").
var subjectStarts = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "his": true, "her": true, "their": true, "its": true, "our": true,
}

// addShift records "N units later/earlier" (n signed), resolved after the
// scan.
func (f *finder) addShift(start, end, n int, u unit) {
	m := f.add(start, end, granularityOf(u), "", false)
	m.n, m.u, m.rel = n, u, relShift
}

// resolveRelative resolves the relative mentions in text order, each
// against the last date before it.
func (f *finder) resolveRelative() {
	// nextDay[i] is the index of the first absolute day-precise mention after
	// i in the same sentence, or -1.
	nextDay := make([]int, len(f.found))
	for i, next := len(f.found)-1, -1; i >= 0; i-- {
		nextDay[i] = next
		if next >= 0 && f.found[next].sentence != f.found[i].sentence {
			nextDay[i] = -1
		}
		if o := &f.found[i]; o.rel == relNone && o.Resolved && o.Granularity == lede.Day {
			next = i
		} else if nextDay[i] < 0 {
			next = -1
		}
	}
	// The reference is the last date mentioned before (a day, a month or a
	// year); publication is none. "a day after <clause>" dates the event
	// of its clause from the day the story reports, wherever that was
	// named ("the vote comes a day after the mayor resigned").
	// A step of its own ("a year later", "twelve days earlier", "the next
	// day") and years after a clause count only from a date in view, in
	// the same paragraph or the one before: with none, no particular date
	// is meant ("was still alive a year later", "four weeks before the
	// wedding").
	var ref time.Time
	refG, hasRef := lede.Day, false
	refSentence, refEnd := int32(-1), 0
	for i := range f.found {
		m := &f.found[i]
		if m.rel == relNone {
			if t, ok := valueTime(m); ok {
				ref, refG, hasRef = t, m.Granularity, true
				refSentence, refEnd = m.sentence, m.End
			}
			continue
		}
		if m.rel == relClause {
			if m.u == unitYear && nextDay[i] >= 0 {
				// "18 years after the attacks of September 11, 2001":
				// years counted from a dated event measure the time
				// since, not a date of their own.
				continue
			}
			// A day-precise date in the clause dates its event.
			if j := nextDay[i]; j >= 0 {
				o := &f.found[j]
				m.Value, m.Resolved, m.Granularity, m.day = o.Value, true, lede.Day, o.day
				ref, refG, hasRef = m.day, lede.Day, true
				refSentence, refEnd = m.sentence, m.End
				continue
			}
		}
		if !hasRef || (m.rel == relShift || m.u == unitYear) && (m.sentence-refSentence > maxViewSentences ||
			lineBreaks(f.text[refEnd:m.Start], 2) > 1) {
			continue
		}
		if m.rel == relClause && refG != lede.Day && refSentence != m.sentence {
			// "coming a year after the rival's model" after "it launched
			// last year": a month or a year of another sentence may date
			// the clause's event as well as the main one.
			continue
		}
		n := m.n
		if m.rel == relClause {
			n = -n // "a day after <event>": the event was a day before the reference
		}
		var ok bool
		m.Value, m.Granularity, m.day, ok = stepFrom(ref, refG, n, m.u)
		if !ok {
			continue
		}
		if m.calendar && m.Granularity != granularityOf(m.u) {
			// "the following year" after "March 2018" is 2019, the
			// year, not March 2019.
			t, _ := valueTimeOf(m.Value, m.Granularity)
			if m.u == unitYear {
				m.Value = strconv.Itoa(t.Year())
			} else {
				m.Value = monthValue(t.Year(), t.Month())
			}
			m.Granularity, m.day = granularityOf(m.u), time.Time{}
		}
		m.Resolved = true
		ref, refG = valueTimeOf(m.Value, m.Granularity)
		refSentence, refEnd = m.sentence, m.End
	}
}

// maxViewSentences is how many sentences back a date stays in view of a
// step of its own, also in a text with no paragraph breaks.
const maxViewSentences = 10

// lineBreaks counts the runs of white space holding a line break in s, up
// to limit: a date more than one break before a relative one ("a year
// later") is out of its view.
func lineBreaks(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; i++ {
		if s[i] != '\n' {
			continue
		}
		n++
		for i+1 < len(s) && (s[i+1] == '\n' || s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\r') {
			i++
		}
	}
	return n
}

// valueTime returns the time a resolved mention stands for (its first day).
func valueTime(m *mention) (time.Time, bool) {
	if !m.Resolved {
		return time.Time{}, false
	}
	if m.Granularity == lede.Day {
		return m.day, true
	}
	t, _ := valueTimeOf(m.Value, m.Granularity)
	return t, !t.IsZero()
}

func valueTimeOf(v string, g lede.Granularity) (time.Time, lede.Granularity) {
	layout := "2006-01-02"
	switch g {
	case lede.Month:
		layout = "2006-01"
	case lede.Year:
		layout = "2006"
	}
	t, err := time.Parse(layout, v)
	if err != nil {
		return time.Time{}, g
	}
	return t, g
}

// stepFrom moves n units from a reference of granularity refG. The result is
// as precise as both allow: a step of days needs a day; "a year earlier"
// than a month is a month.
func stepFrom(ref time.Time, refG lede.Granularity, n int, u unit) (string, lede.Granularity, time.Time, bool) {
	switch {
	case refG == lede.Day:
		v, g, day := step(ref, n, u)
		return v, g, day, true
	case refG == lede.Month && u == unitMonth:
		v, g, _ := step(ref, n, u)
		return v, g, time.Time{}, true
	case refG == lede.Month && u == unitYear:
		return monthValue(ref.Year()+n, ref.Month()), lede.Month, time.Time{}, true
	case refG == lede.Year && u == unitYear:
		return strconv.Itoa(ref.Year() + n), lede.Year, time.Time{}, true
	}
	return "", granularityOf(u), time.Time{}, false
}

func (f *finder) startsSentence(i int) bool {
	if i <= 0 {
		return true
	}
	j := i - 1
	for j >= 0 && f.toks[j].kind == tokPunct && f.toks[j].sentence == f.toks[i].sentence {
		c := f.text[f.toks[j].start]
		if c != '"' && c != '\'' && c != '(' && !(c >= 0x80) {
			return false
		}
		j--
	}
	return j < 0 || f.toks[j].sentence != f.toks[i].sentence
}

// tense finds the nearest tense cue to tokens [start, end): in their
// clause first (between dashes, semicolons or brackets: "– which will
// reach its fifth year in May –"), then in their sentence.
func (f *finder) tense(start, end int) tense {
	if t := f.phraseTense(start); t != tenseUnknown {
		return t
	}
	// "told reporters on Tuesday he will resign": an attribution verb
	// just before the date, with no other cue between, dates the telling.
	for k := start - 1; k >= 0 && k >= start-4 && f.sameSentence(k, start); k-- {
		if f.isPunct(k, ',') && !(k > 0 && f.isWord(k-1) && attributionVerbs[f.lower(k-1)]) {
			break // "While rain was reported on Tuesday, Wednesday will be dry": another clause
		}
		if attributionVerbs[f.lower(k)] && f.isWord(k) {
			if f.isWord(k-1) && passiveAuxiliaries[f.lower(k-1)] {
				break // "the results will be announced on Tuesday": the auxiliary decides
			}
			return tensePast
		}
		if f.cue(k) != tenseUnknown {
			break
		}
	}
	// "the law that passed on Tuesday will take effect", "the law,
	// which will take effect in January, was passed": a date in a
	// relative clause takes the clause's tense, looked for between the
	// pronoun and the date.
	for k := start - 1; k >= 0 && k >= start-8 && f.isWord(k) && f.sameSentence(k, start); k-- {
		if w := f.lower(k); relativePronouns[w] || w == "that" {
			for j := start - 1; j > k; j-- {
				if t := f.cue(j); t != tenseUnknown {
					return t
				}
			}
			break
		}
	}
	if f.isWord(end) && f.isWord(end+1) && f.sameSentence(start, end+1) && coordinators[f.lower(end)] && nounAfter[f.lower(end+1)] {
		// "cut 50 jobs Monday and will cut more Friday": a second
		// predicate starts after the date; the verb before it dates it.
		for k := start - 1; k >= 0 && start-k <= 40 && f.sameSentence(k, start); k-- {
			if t := f.cue(k); t != tenseUnknown {
				return t
			}
		}
	}
	if end < len(f.toks) && f.isWord(end) && f.sameSentence(start, end) && (relativePronouns[f.lower(end)] || f.lower(end) == "that") {
		// "approved the amendment on Tuesday that will grant …": the
		// clause after the date is about the thing, not about the day;
		// the verb before it dates the day.
		for k := start - 1; k >= 0 && start-k <= 40 && f.sameSentence(k, start); k-- {
			if t := f.cue(k); t != tenseUnknown {
				return t
			}
		}
	}
	if t := f.possessivePredicate(end); t != tenseUnknown {
		return t
	}
	if t := f.clauseTense(start, end); t != tenseUnknown {
		return t
	}
	if t := f.mainClauseTense(start, end); t != tenseUnknown {
		return t
	}
	s := f.toks[start].sentence
	for d := 1; d < 40; d++ {
		b, a := start-d, end-1+d
		inB := b >= 0 && f.toks[b].sentence == s
		inA := a < len(f.toks) && f.toks[a].sentence == s
		if !inB && !inA {
			break
		}
		if inB {
			if t := f.cue(b); t != tenseUnknown {
				return t
			}
		}
		if inA {
			if t := f.cue(a); t != tenseUnknown {
				return t
			}
		}
	}
	// "closed through January", "open until Sunday", "due by Friday":
	// with no tense, a limit lies ahead.
	if p := start - 1; f.isWord(p) && f.sameSentence(p, start) {
		if w := f.lower(p); deadlineWords[w] || w == "by" {
			return tenseFuture
		}
	}
	return tenseUnknown
}

// possessivePredicate is the tense of the verb after a date's possessive
// and the few words of its noun phrase ("Tuesday's council races showed
// that", "Monday's vote will decide"): the verb of which the day's event
// is the subject dates it, before any other clause of the sentence. The
// word right after "'s" is an adjective there ("Friday's planned
// march"), no verb.
func (f *finder) possessivePredicate(end int) tense {
	if !f.attached(end-1) || !(f.isPunct(end, '\'') || f.isPunct(end, 0xE2)) || f.str(end+1) != "s" {
		return tenseUnknown
	}
	for k := end + 3; k < len(f.toks) && k <= end+7 && f.sameSentence(end, k); k++ {
		if f.isPunct(k, '-') && f.attached(k-1) && f.attached(k) {
			continue // "off-year"
		}
		if !f.isWord(k) {
			break
		}
		if t := f.cue(k); t != tenseUnknown {
			return t
		}
	}
	return tenseUnknown
}

// phraseTense is the direction a phrase right before the date at token
// start gives it, whatever the tense of the sentence: "ahead of" looks
// forward ("ahead of Thursday's vote, lawmakers met"); "after",
// "following" or "since" before a day's possessive looks back ("after
// Monday's loss, the coach will rest players"); the new date of a move in
// time is like "would" ("was postponed to Jan. 12").
func (f *finder) phraseTense(start int) tense {
	p := start - 1
	if !f.isWord(p) || !f.sameSentence(p, start) {
		return tenseUnknown
	}
	if f.lower(p) == "of" && f.isWord(p-1) && strings.EqualFold(f.str(p-1), "ahead") {
		return tenseFuture
	}
	switch f.lower(p) {
	case "after", "following", "since":
		if f.attached(start) && (f.isPunct(start+1, '\'') || f.isPunct(start+1, 0xE2)) && f.str(start+2) == "s" {
			return tensePast
		}
	case "to", "until", "till", "for":
		// "was postponed to Jan. 12", "the game was moved to Sunday",
		// "put off until Monday": the new date of a move in time lies
		// ahead of the telling, like "would".
		for k := p - 1; k >= 0 && k >= p-3 && f.isWord(k) && f.sameSentence(k, p); k-- {
			if moveVerbs[f.str(k)] {
				return tenseModal
			}
		}
	}
	return tenseUnknown
}

// mainClauseTense is the nearest cue to tokens [start, end) that lies
// outside the relative and subordinate clauses set off by commas around
// them: ", which passed the Senate in May," is skipped when the date is
// outside it ("are expected to vote on the bill, which passed in May, in
// September"), and ", after it failed ..." ends the search after a date
// of the main clause ("will close in January, after it failed"). It
// returns tenseUnknown when no such cue lies within 40 tokens, and the
// caller then searches the whole sentence.
func (f *finder) mainClauseTense(start, end int) tense {
	s := f.toks[start].sentence
	b, a := start-1, end
	bOpen, aOpen := true, true
	for steps := 0; steps < 40 && (bOpen || aOpen); steps++ {
		if bOpen {
			if b < 0 || f.toks[b].sentence != s || start-b > 60 {
				bOpen = false
			} else if f.isPunct(b, ',') {
				if f.coordinateClauseAt(b) || f.closesOpeningClause(b) {
					// "critics warned it would fail, but on Tuesday
					// the vote passed": the date's clause starts after
					// the comma.
					bOpen = false
				} else if p, ok := f.relativeClauseBefore(b); ok {
					b = p - 1 // skip ", which ... ,"
				} else {
					b--
				}
			} else {
				if t := f.cue(b); t != tenseUnknown {
					return t
				}
				b--
			}
		}
		if aOpen {
			if a >= len(f.toks) || f.toks[a].sentence != s || a-end > 60 {
				aOpen = false
			} else if f.isPunct(a, ',') && f.isWord(a+1) && f.sameSentence(a, a+1) {
				switch w := f.lower(a + 1); {
				case relativePronouns[w]:
					if q, ok := f.nextComma(a + 1); ok {
						a = q + 1 // skip ", which ... ,"
					} else {
						aOpen = false
					}
				case subordinators[w] || f.coordinateClauseAt(a):
					// ", after it failed", ", and nobody should wait":
					// another clause
					aOpen = false
				default:
					a++
				}
			} else {
				if t := f.cue(a); t != tenseUnknown {
					return t
				}
				a++
			}
		}
	}
	return tenseUnknown
}

// coordinateClauseAt reports whether the comma at token c opens a
// coordinate clause with a subject of its own (", and nobody should", ",
// but the vote passed"), which has a tense of its own.
func (f *finder) coordinateClauseAt(c int) bool {
	if !f.isWord(c+1) || !f.isWord(c+2) || !f.sameSentence(c, c+2) || !coordinators[f.lower(c+1)] {
		return false
	}
	w := f.lower(c + 2)
	return subjectStarts[w] || clauseSubjects[w]
}

// closesOpeningClause reports whether the comma at token c closes a
// subordinate clause that opens its sentence ("Although frost warnings
// were posted for Tuesday, Friday is forecast to be calmer"): the main
// clause after it has a tense of its own.
func (f *finder) closesOpeningClause(c int) bool {
	k := c - 1
	for k > 0 && c-k < 30 && f.sameSentence(k-1, c) {
		if f.isPunct(k, ',') {
			return false
		}
		k--
	}
	if !f.isWord(k) || !f.startsSentence(k) {
		return false
	}
	switch f.lower(k) {
	case "although", "though", "while", "whereas", "because", "if", "unless":
		return true
	}
	return false
}

// clauseSubjects, besides subjectStarts, open a clause's subject.
var clauseSubjects = map[string]bool{
	"no": true, "nobody": true, "none": true, "there": true, "you": true, "this": true, "these": true,
	"those": true, "that": true, "everyone": true, "nothing": true,
}

// relativeClauseBefore reports whether the comma at token c closes a
// relative clause opened by ", which" (or who, whom, whose) within 30
// tokens before it, and returns the opening comma.
func (f *finder) relativeClauseBefore(c int) (int, bool) {
	for p := c - 1; p >= 0 && c-p <= 30 && f.sameSentence(p, c); p-- {
		if f.isPunct(p, ',') {
			return p, f.isWord(p+1) && relativePronouns[f.lower(p+1)]
		}
	}
	return 0, false
}

// nextComma returns the next comma after token k in its sentence, within
// 30 tokens.
func (f *finder) nextComma(k int) (int, bool) {
	for q := k + 1; q < len(f.toks) && q-k <= 30 && f.sameSentence(k, q); q++ {
		if f.isPunct(q, ',') {
			return q, true
		}
	}
	return 0, false
}

// coordinators join a second predicate ("and will", "but was").
var coordinators = map[string]bool{"and": true, "but": true, "or": true}

// nounAfter are verbs that, right after a word, make it a subject
// ("visits were banned"), not a verb of its own.
var nounAfter = map[string]bool{
	"were": true, "are": true, "was": true, "is": true, "have": true, "had": true, "has": true, "will": true,
	"would": true, "can": true, "could": true, "must": true, "should": true, "may": true, "might": true,
}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// subordinators open, after a comma, a clause with a tense of its own.
var subordinators = map[string]bool{
	"after": true, "before": true, "because": true, "although": true, "though": true, "while": true,
	"when": true, "since": true, "as": true, "if": true, "unless": true, "whereas": true,
}

// presentCopulaBefore reports whether "is" or "are" comes within four
// words before token start in its sentence ("the game is on Sunday", "the
// deadline is March 3"): with no tense cue, a timetable ahead.
func (f *finder) presentCopulaBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-4 && f.sameSentence(k, start); k-- {
		switch f.lower(k) {
		case "is", "are":
			return true
		}
	}
	return false
}

// clauseReach is how far, in tokens, clauseTense looks for the ends of a
// clause.
const clauseReach = 64

// clauseTense is tense within the dashes, semicolons or brackets around
// tokens [start, end), when the sentence has such a clause.
func (f *finder) clauseTense(start, end int) tense {
	s := f.toks[start].sentence
	// A break further than clauseReach tokens away is taken as none: the
	// cues searched lie within 40 tokens anyway, and a sentence that runs
	// on for a megabyte (a list with no full stop) stays linear.
	a, b := start-1, end
	for a >= 0 && start-a <= clauseReach && f.toks[a].sentence == s && !f.clauseBreak(a) {
		a--
	}
	for b < len(f.toks) && b-end < clauseReach && f.toks[b].sentence == s && !f.clauseBreak(b) {
		b++
	}
	openA := a >= 0 && start-a <= clauseReach && f.toks[a].sentence == s && f.clauseBreak(a)
	openB := b < len(f.toks) && b-end < clauseReach && f.toks[b].sentence == s && f.clauseBreak(b)
	if !openA && !openB {
		return tenseUnknown // the whole sentence: tense's own search
	}
	for d := 1; d < 40; d++ {
		i, j := start-d, end-1+d
		if i <= a && j >= b {
			break
		}
		if i > a {
			if t := f.cue(i); t != tenseUnknown {
				return t
			}
		}
		if j < b {
			if t := f.cue(j); t != tenseUnknown {
				return t
			}
		}
	}
	// "a service was held Thursday; the burial is Friday": a present
	// copula right before the date ("is Friday", "is on Friday") in its
	// own clause, with no cue there, is a timetable; the past of another
	// clause does not reach it ("(the figure is from Monday)" is none).
	k := start - 1
	if f.lower(k) == "on" {
		k--
	}
	if k > a {
		if w := f.lower(k); w == "is" || w == "are" {
			return tenseFuture
		}
	}
	return tenseUnknown
}

// clauseBreak reports whether token i is a dash, semicolon or bracket, or
// a comma before a short attribution (", it said on Monday"), which has a
// tense of its own.
func (f *finder) clauseBreak(i int) bool {
	if f.toks[i].kind != tokPunct {
		return false
	}
	switch f.text[f.toks[i].start:f.toks[i].end] {
	case "—", "–", ";", "(", ")":
		return true
	case ",":
		s := f.toks[i].sentence
		for k := i + 1; k < len(f.toks) && k <= i+4 && f.toks[k].sentence == s; k++ {
			if f.toks[k].kind != tokWord {
				return false
			}
			if attributionVerbs[f.lower(k)] {
				return true
			}
		}
	}
	return false
}

// attributionVerbs end the short clause that attributes a statement (",
// it said", ", officials told reporters").
var attributionVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "announced": true, "reported": true,
	"wrote": true, "tweeted": true, "noted": true, "explained": true, "ruled": true, "warned": true,
	"confirmed": true, "insisted": true, "argued": true, "claimed": true, "testified": true, "acknowledged": true,
	"admitted": true, "recalled": true, "asked": true, "replied": true,
}

// yearBefore returns a year written in the sentence of token i, at most
// sixteen tokens before it ("the 2031 season that opens in early
// January"), or 0. A year inside a relative clause closed before the date
// is the clause's ("the firm, which listed in 2014, has struggled since
// March").
func (f *finder) yearBefore(i int) int {
	s := f.toks[i].sentence
	for k := i - 1; k >= 0 && k >= i-16 && f.toks[k].sentence == s; k-- {
		if f.isPunct(k, ',') {
			if p, ok := f.relativeClauseBefore(k); ok {
				k = p // skip ", which ... ,"
			}
			continue
		}
		if y, ok := f.yearNumber(k); ok && y >= 1900 && y <= 2100 {
			if f.isWord(k-1) && f.lower(k-1) == "since" {
				return 0 // "since 2015, the fair has opened in June": no one June
			}
			return y
		}
	}
	return 0
}

// relativeYearBefore sets *y to the year of a "last year", "this year" or
// "next year" found in the sentence of token start, ending at most sixteen
// tokens before it ("Last year's fire started on Jan. 5"), and reports
// whether there was one.
func (f *finder) relativeYearBefore(start int, y *int) bool {
	s := f.toks[start].sentence
	for k := len(f.found) - 1; k >= 0; k-- {
		o := &f.found[k]
		if o.sentence != s || o.tokEnd > start || start-o.tokEnd > 16 {
			return false
		}
		if o.rel == relNone && o.Granularity == lede.Year && o.Resolved && !hasYear(o.Text) {
			*y, _ = strconv.Atoi(o.Value)
			return true
		}
	}
	return false
}

// cue says which way the word at token i points, if any.
func (f *finder) cue(i int) tense {
	if f.toks[i].kind != tokWord {
		return tenseUnknown
	}
	w := f.str(i)
	switch {
	case w == "would":
		// "would have done enough": a past that did not happen looks
		// back; "would have to" is an obligation ahead.
		if f.perfectAfter(i) {
			return tensePast
		}
		return tenseModal
	case (w == "have" || w == "has" || w == "having") && f.isWord(i+1) && f.str(i+1) == "to":
		// "has to decide in June", "will have to register by March": an
		// obligation, no perfect; the auxiliary before it, if any, is
		// the cue.
		if f.isWord(i-1) && plainFormAuxiliaries[f.lower(i-1)] {
			return tenseUnknown
		}
		return tenseModal
	case w == "could":
		// "could be approved in September" looks ahead; "could not
		// attend on Monday" and "could have" look back.
		if next := f.lower(i + 1); f.isWord(i+1) && (next == "not" || next == "never") || f.perfectAfter(i) {
			return tensePast
		}
		return tenseModal
	case w == "couldn't" || w == "couldn’t":
		return tensePast
	case w == "should" || w == "might" || w == "may" || w == "must":
		// "should ease by Thursday": a modal looking ahead, unless a
		// perfect looks back ("should have arrived Monday").
		if f.perfectAfter(i) {
			return tensePast
		}
		return tenseModal
	case w == "have" && f.isWord(i-1) && plainFormAuxiliaries[f.lower(i-1)] && !(f.isWord(i+1) && participleLike(f.lower(i+1))):
		// "aims to have centres ready in December", "they have a vote
		// on Monday": possession, no perfect ("to have died Monday" is
		// one).
		return tenseUnknown
	case (w == "takes" || w == "take") && f.isWord(i+1) && f.lower(i+1) == "effect":
		return tenseFuture // "takes effect in January"
	case (w == "go" || w == "goes" || w == "come" || w == "comes") && f.isWord(i+1) && f.lower(i+1) == "into" &&
		f.isWord(i+2) && (f.lower(i+2) == "effect" || f.lower(i+2) == "force"):
		return tenseFuture // "the new fares, which go into effect in May"
	case (w == "forecast" || w == "projected" || w == "predicted") && f.isWord(i+1) && f.str(i+1) == "to" &&
		f.isWord(i-1) && (f.lower(i-1) == "is" || f.lower(i-1) == "are"):
		return tenseFuture // "Friday is forecast to be calmer"
	case scheduleVerbs[w]:
		// "the trial begins Monday", "the exhibit opens in March": a
		// timetable in the present points forward. A plural noun of the
		// same spelling is none ("visits were banned", "the returns").
		if f.isWord(i+1) && f.sameSentence(i, i+1) && nounAfter[f.lower(i+1)] ||
			f.isWord(i-1) && f.sameSentence(i-1, i) && articleCues[f.lower(i-1)] {
			return tenseUnknown
		}
		if w == "appears" && f.isWord(i+1) && f.str(i+1) == "to" {
			return tenseUnknown // "damage appears to be growing": seems, no timetable
		}
		return tenseFuture
	case pluralScheduleVerbs[w] && f.isWord(i-1) && isPluralNoun(strings.ToLower(f.str(i-1))):
		return tenseFuture // "polls open Tuesday", "talks begin in May"
	case imperativeVerbs[w] && f.startsSentence(i):
		return tenseFuture // "Join us on Saturday"
	case isUpper(w[0]) && f.isPunct(i-1, ':') && f.isWord(i-2) && f.sameSentence(i-2, i) &&
		(imperativeVerbs[w] || pluralScheduleVerbs[f.lower(i)]):
		// "Rovers: Host the visitors on Friday.": a line of a fixture
		// list after its label.
		return tenseFuture
	case w == "coming" && f.isWord(i-1) && (f.lower(i-1) == "was" || f.lower(i-1) == "were"):
		// "didn't know he was coming to Tuesday's meeting": a motion in
		// the past, no plan from now.
		return tenseUnknown
	case w == "going" && f.isWord(i+1) && f.str(i+1) == "to" && f.isWord(i-1) && (f.lower(i-1) == "was" || f.lower(i-1) == "were"):
		return tenseModal // "said he was going to resign Friday": like "would"
	case futureCues[w]:
		if (w == "plans" || w == "planning") && f.isWord(i-1) && f.sameSentence(i-1, i) &&
			(articleCues[f.lower(i-1)] || f.cue(i-1) == tensePast) {
			// "announced plans Sunday to tighten", "its plans": a noun,
			// no plan of the sentence's own.
			return tenseUnknown
		}
		if n := len(w); n > 2 && w[n-2:] == "ed" {
			if f.isWord(i-1) && pastAuxiliaries[f.lower(i-1)] {
				// "was expected to", "once scheduled for": a future
				// seen from a past moment, like "would".
				return tenseModal
			}
			if f.isWord(i+1) && f.sameSentence(i, i+1) && !isUpper(f.str(i + 1)[0]) && isPluralNoun(f.str(i+1)) {
				// "carried out planned outages in May": an adjective,
				// no plan of the sentence's own.
				return tenseUnknown
			}
		}
		return tenseFuture
	case len(w) <= 6 && bareFormPast(w):
		// "It hit a record on Jan. 21", "the firm cut 500 jobs": a past
		// spelled as the plain form, when an object follows it and no
		// auxiliary, "to" or determiner comes before ("will cut", "a
		// rate cut in March" is a noun).
		if f.isWord(i-1) && (passiveAuxiliaries[f.lower(i-1)] || plainFormAuxiliaries[f.lower(i-1)] || articleCues[f.lower(i-1)]) {
			return tenseUnknown
		}
		if f.isNum(i+1) || f.isWord(i+1) && (subjectStarts[f.lower(i+1)] || !isUpper(f.str(i + 1)[0]) && isPluralNoun(f.str(i+1))) {
			return tensePast
		}
		return tenseUnknown
	case pastCues[w]:
		if participles[w] && f.isWord(i-1) && passiveAuxiliaries[f.lower(i-1)] {
			// "will be held", "to be sent": the auxiliary is the cue.
			return tenseUnknown
		}
		return tensePast
	}
	if n := len(w); n >= 3 && (w[n-3:] == "'ll" || n >= 5 && w[n-5:] == "\u2019ll") {
		return tenseFuture
	}
	if (w == "set" || w == "going") && f.isWord(i+1) && f.str(i+1) == "to" {
		return tenseFuture
	}
	if f.isWord(i+1) && f.str(i+1) == "to" && f.sameSentence(i, i+1) {
		// "talks are likely to resume Monday", "the union threatens to
		// strike Monday": an intent or a prospect before "to" looks
		// ahead; "vowed to return Monday", an intent stated in the past,
		// ahead of that moment, like "would".
		if intentVerbs[w] {
			if f.isWord(i-1) && pastAuxiliaries[f.lower(i-1)] {
				return tenseModal // "were likely to gather Monday"
			}
			return tenseFuture
		}
		if pastIntentVerbs[w] {
			return tenseModal
		}
	}
	if w == "to" && f.isWord(i-1) && f.isWord(i+1) && !isUpper(f.str(i + 1)[0]) && f.str(i+1) != "blame" {
		switch f.lower(i - 1) {
		case "is", "are", "am":
			return tenseFuture // "the president is to visit Paris on Monday" (not "is to blame")
		}
	}
	if w == "due" && f.isWord(i-1) && !(f.isWord(i+1) && f.lower(i+1) == "to") {
		// "a plan is due Friday", "was due Monday" (as "due in",
		// "due on" below).
		switch f.lower(i - 1) {
		case "is", "are", "be", "it's", "it’s":
			return tenseFuture
		case "was", "were", "been":
			return tenseModal
		}
	}
	if w == "set" || w == "due" {
		// "is due in court Monday", "is set for Tuesday": ahead; "was
		// set for Tuesday": ahead of a past moment. "due to rain" is a
		// cause, not a plan.
		if next := f.lower(i + 1); f.isWord(i+1) && (next == "to" || next == "for" || next == "in" || next == "on" || next == "back") {
			if next == "to" && w == "due" && f.isWord(i+2) && subjectStarts[f.lower(i+2)] {
				return tenseUnknown // "is due to the storm on Monday": a cause
			}
			switch f.lower(i - 1) {
			case "is", "are", "be", "it's", "it’s":
				return tenseFuture
			case "was", "were", "been":
				return tenseModal
			}
			if w == "set" && next == "for" {
				return tenseFuture // "the vote, set for Tuesday"
			}
		}
	}
	if n := len(w); n >= 5 && w[n-2:] == "ed" && !isUpper(w[0]) {
		// A participle after a form of "be" or "to" ("will be postponed")
		// takes its tense from the auxiliary, which is a cue of its own.
		if f.isWord(i-1) && passiveAuxiliaries[f.lower(i-1)] {
			return tenseUnknown
		}
		// An adjective before a noun, after a determiner ("the alleged
		// gunman", "a detailed plan"). (A capitalized participle opening
		// a sentence, "Injured fans return Saturday", is no cue either.)
		if f.isWord(i+1) && f.sameSentence(i, i+1) && !isUpper(f.str(i + 1)[0]) && !functionWords[f.lower(i+1)] &&
			f.isWord(i-1) && f.sameSentence(i-1, i) && articleCues[f.lower(i-1)] {
			return tenseUnknown
		}
		return tensePast
	}
	return tenseUnknown
}

// perfectAfter reports whether "have" after the modal at i makes a
// perfect ("should have arrived", "would have won"), not an obligation
// ("should have to wait").
func (f *finder) perfectAfter(i int) bool {
	return f.isWord(i+1) && f.lower(i+1) == "have" && !(f.isWord(i+2) && f.str(i+2) == "to")
}

// participleLike guesses a past participle ("died", "taken", "known",
// "done", "met", "been").
func participleLike(w string) bool {
	n := len(w)
	if n >= 4 && (w[n-2:] == "ed" || w[n-2:] == "en" || w[n-2:] == "wn" || w[n-2:] == "ne") {
		return true
	}
	return w == "been" || pastCues[w]
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func makeDay(y int, m time.Month, d int) (time.Time, bool) {
	if d < 1 || d > daysIn(m, y) {
		return time.Time{}, false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
}

func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func monthValue(y int, m time.Month) string {
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}
