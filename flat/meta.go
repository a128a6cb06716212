package flat

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/datetext"
)

// metaWindow is how many non-blank lines above the body the title, byline
// and date are looked for in.
const metaWindow = 60

// readMeta finds the title, section, authors, date and site name.
func (p *page) readMeta(a *lede.Article) {
	p.titleLine = -1
	bodyStart, window, firstMeta, best, bestScore := p.titleAbove()
	// The region may start with a notice or a teaser above the headline:
	// a title-shaped line among the first body lines that outscores every
	// line above the body starts the article, and what the body kept
	// above it is dropped.
	if inner, innerScore := p.innerTitle(bodyStart); inner >= 0 && innerScore > bestScore {
		p.dropBodyTo(inner)
		bodyStart, window, firstMeta, best, _ = p.titleAbove()
	}
	if best >= 0 {
		best = p.fullerTitle(best, window)
	}
	p.metaFrom, p.bodyStart = bodyStart, bodyStart
	if best >= 0 {
		p.metaFrom = best
	} else if len(window) > 0 && firstMeta >= 0 {
		p.metaFrom = firstMeta
	}
	if best >= 0 {
		p.titleLine = best
		a.Title = cleanTitle(p.lines[best].text)
		a.Section = p.section(best)
	}
	a.Authors = p.authors(window, best)
	a.Published = p.published(window, best)
	if p.urlDate != "" && !strings.HasPrefix(a.Published, p.urlDate) {
		// Many sites file a story under its day (/2025/12/19/slug):
		// the address is surer than a date near the title, which may
		// be an update's or a teaser's.
		a.Published = p.urlDate
	}
	a.SiteName = p.siteName()
}

// titleAbove returns where the body starts, the non-blank lines above it
// (nearest first), the highest byline or date line of the closest group,
// and the best title line above the body with its score (-1 and 0 when
// none).
func (p *page) titleAbove() (bodyStart int, window []int, firstMeta, best int, bestScore float64) {
	bodyStart, window, firstMeta, best, bestScore = p.titleAboveFrom(false)
	if p.lead >= 0 {
		// A less strict region would have begun with an introduction:
		// the headline may sit above it rather than above the first
		// subheading after it. The better-scoring title wins.
		if _, w, fm, b, s := p.titleAboveFrom(true); s > bestScore {
			window, firstMeta, best, bestScore = w, fm, b, s
		}
	}
	return bodyStart, window, firstMeta, best, bestScore
}

// titleAboveFrom is titleAbove with the window above the body's first
// line, or (fromLead) above the first sentence of the introduction a less
// strict region would have begun with.
func (p *page) titleAboveFrom(fromLead bool) (bodyStart int, window []int, firstMeta, best int, bestScore float64) {
	// The body starts at its first sentence: a headline the model kept
	// above it is still a title candidate.
	bodyStart = p.end
	if len(p.kept) > 0 {
		bodyStart = p.kept[0]
		for _, k := range p.kept[:min(len(p.kept), 4)] {
			if p.lines[k].sentEnd {
				bodyStart = k
				break
			}
		}
	}
	// The window: non-blank lines above the first body line, or above
	// the first sentence of the introduction a less strict region would
	// have begun with.
	from := bodyStart
	if fromLead && p.lead >= 0 && p.lead < bodyStart {
		for j := p.lead; j < bodyStart; j++ {
			if l := &p.lines[j]; isProse(l) && l.sentEnd {
				from = j
				break
			}
		}
	}
	for j := from - 1; j >= 0 && len(window) < metaWindow; j-- {
		if !p.lines[j].blank {
			window = append(window, j)
		}
	}
	// Byline and date lines in the window mark where the title ends.
	firstMeta = -1 // the highest byline/date line in the closest group
	for k, j := range window {
		if k > 12 {
			break
		}
		l := &p.lines[j]
		if isBylineLine(p, j) || isDateLine(l) {
			firstMeta = j
		}
	}
	bodyWords := p.bodyWordSet()
	best, bestScore = -1, 0.0
	for k, j := range window {
		l := &p.lines[j]
		s := titleScore(l)
		if s <= 0 {
			continue
		}
		// A headline shares its content words with the story.
		ov := overlap(l.text, bodyWords)
		s += 8 * ov
		if len(p.urlWords) > 0 {
			// The address's slug often spells the headline.
			s += 6 * overlap(l.text, p.urlWords)
			// and a headline spells more of the slug than a short
			// label or a section heading does.
			s += 8 * coverage(l.text, p.urlWords)
		}
		if ov == 0 && l.words <= 3 {
			s -= 2 // a name or a label
		}
		s -= 0.05 * float64(k)
		if p.echoed(j) {
			s += 3
		}
		if firstMeta >= 0 && j < firstMeta && p.nextNonBlank(j) == firstMeta {
			s += 3
		}
		if firstMeta >= 0 && j > firstMeta {
			s -= 2
		}
		if s > bestScore {
			best, bestScore = j, s
		}
	}
	return bodyStart, window, firstMeta, best, bestScore
}

// innerTitlePenalty is what a title candidate inside the body's first lines
// gives up against the lines above the body.
const innerTitlePenalty = 12.0

// innerTitle returns the best title-shaped line among the first body lines
// (the kept lines before the third prose line), not a kept prose line
// itself, with its score less innerTitlePenalty; -1 when none scores.
func (p *page) innerTitle(bodyStart int) (int, float64) {
	best, bestScore := -1, 0.0
	bodyWords := p.bodyWordSet()
	prose := 0
	for j := bodyStart; j < p.end && prose < 3; j++ {
		l := &p.lines[j]
		if l.blank {
			continue
		}
		if isProse(l) && l.sentEnd && !strings.HasSuffix(l.text, "?") {
			prose++
			continue
		}
		s := titleScore(l)
		if s <= 0 {
			continue
		}
		s += 8 * overlap(l.text, bodyWords)
		if len(p.urlWords) > 0 {
			s += 6*overlap(l.text, p.urlWords) + 8*coverage(l.text, p.urlWords)
		}
		if s -= innerTitlePenalty; s > bestScore {
			best, bestScore = j, s
		}
	}
	return best, bestScore
}

// dropBodyTo removes the body lines at or above line j.
func (p *page) dropBodyTo(j int) {
	blocks, kept := p.blocks[:0], p.kept[:0]
	for k, i := range p.kept {
		if i > j {
			blocks = append(blocks, p.blocks[k])
			kept = append(kept, i)
		}
	}
	p.blocks, p.kept = blocks, kept
}

// minFullerWords is how many words a fuller title adds at least.
const minFullerWords = 3

// fullerTitle returns the nearest title-shaped line above best (in
// window) whose words begin with all of best's words and go on by
// minFullerWords or more: the
// headline, of which best is a shortened copy (an image's label, a
// subheading, the short title a site repeats above the story).
func (p *page) fullerTitle(best int, window []int) int {
	short := strings.FieldsFunc(strings.ToLower(p.lines[best].text), notLetter)
	if len(short) == 0 {
		return best
	}
	for _, j := range window {
		if j >= best {
			continue
		}
		l := &p.lines[j]
		if titleScore(l) <= 0 {
			continue
		}
		long := strings.FieldsFunc(strings.ToLower(l.text), notLetter)
		// At least three words more, and no separator: a site's name
		// after "|" or an image's "cover" label is no fuller title.
		if len(long) >= len(short)+minFullerWords && slices.Equal(long[:len(short)], short) && !hasSeparators(l.text) {
			return j
		}
	}
	return best
}

// titleScore rates a line as a title on its own: several words, mostly
// letters, no final period, not a list item, not a byline or a date.
func titleScore(l *line) float64 {
	if l.blank || l.bullet || l.bracket || l.form || l.words < 2 || l.words > 30 || l.letters < 10 {
		return 0
	}
	if isBylineText(l.text) || isDateLine(l) || l.lowStart {
		return 0
	}
	if _, ok := portraitOf(l.text); ok {
		return 0 // "Picture of Jane Doe": an image's label
	}
	if !strings.ContainsAny(l.text, " \u00a0") && strings.ContainsAny(l.text, "-_") {
		return 0 // words joined by hyphens without spaces: a file name or a slug
	}
	s := 4.0
	if l.words >= 4 && l.words <= 20 {
		s += 2
	}
	if strings.HasSuffix(l.text, ".") || strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") {
		s -= 3
	}
	if l.sents > 0 {
		s -= 2
	}
	// Short lines of capitalised words are labels ("Down Arrow Button
	// Icon"), unless they are long enough to be a headline.
	if l.words <= 4 && l.capWords == l.words {
		s -= 3
	}
	if l.repeats > 2 {
		s -= 2
	}
	if strings.Contains(l.text, "   ") || hasSeparators(l.text) || isBreadcrumb(l.text) {
		s -= 4 // table columns or a menu
	}
	if l.glued || l.numbered {
		s -= 2
	}
	if l.words > 20 {
		s -= 2
	}
	return s
}

// echoed reports whether another line of the page ends with t or starts
// with it, as breadcrumbs and share prompts repeat a headline.
func (p *page) echoed(j int) bool {
	t := p.lines[j].text
	if len(t) < 12 {
		return false
	}
	for i := range p.lines {
		if i == j || p.lines[i].blank || len(p.lines[i].text) <= len(t) {
			continue
		}
		if strings.HasSuffix(p.lines[i].text, t) || strings.HasPrefix(p.lines[i].text, t) {
			return true
		}
	}
	return false
}

// isDateLine reports whether a short line carries a date.
func isDateLine(l *line) bool {
	return l.dated
}

// isBylineText reports whether t starts like a byline: "By", "By Name",
// "by NAME".
func isBylineText(t string) bool {
	// "Written by Jane Doe", "Posted by Jane Doe": "by" as the second word.
	if sp := strings.IndexByte(t, ' '); sp > 0 && sp < 12 && len(t) >= sp+3 && (t[sp+1] == 'b' || t[sp+1] == 'B') && (t[sp+2] == 'y' || t[sp+2] == 'Y') && (len(t) == sp+3 || t[sp+3] == ' ') {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
			return isBylineText(t[sp+1:])
		}
	}
	if len(t) < 2 || (t[0] != 'B' && t[0] != 'b') || (t[1] != 'y' && t[1] != 'Y') {
		return false
	}
	if len(t) == 2 {
		return true
	}
	if t[2] != ' ' && t[2] != ':' {
		return false
	}
	rest := strings.TrimLeft(t[2:], " :")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && countWordsUpTo(t, 40) <= 20
}

func countWordsUpTo(t string, limit int) int {
	n := 0
	in := false
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				n++
				if n > limit {
					return n
				}
			}
			in = true
		} else {
			in = false
		}
	}
	return n
}

func isBylineLine(p *page, j int) bool {
	return isBylineText(p.lines[j].text)
}

// section returns the kicker line just above the title: one to four words,
// not a list item, no sentence punctuation, no date.
func (p *page) section(title int) string {
	j := p.prevNonBlank(title)
	if j < 0 {
		return ""
	}
	l := &p.lines[j]
	if l.bullet || l.bracket || l.form || l.words == 0 || l.words > 4 || l.sentEnd || l.letters < 3 || isDateLine(l) || isBylineText(l.text) {
		return ""
	}
	if strings.ContainsAny(l.text, "|:»>/©") {
		return ""
	}
	return l.text
}

// authors reads the bylines near the title: "By Name", "By" followed by the
// names on the next lines, names joined by "and", "&" or commas.
func (p *page) authors(window []int, title int) []string {
	var names []string
	seen := map[string]bool{}
	add := func(s string) {
		for _, n := range splitNames(s) {
			k := strings.ToLower(n)
			if !seen[k] {
				seen[k] = true
				names = append(names, n)
			}
		}
	}
	// Bylines between the title and the body come first; else any in the
	// window.
	for k := len(window) - 1; k >= 0; k-- {
		j := window[k]
		if title >= 0 && j < title {
			continue
		}
		p.bylineAt(j, add)
	}
	if len(names) == 0 {
		for k := len(window) - 1; k >= 0; k-- {
			p.bylineAt(window[k], add)
		}
	}
	if len(names) == 0 {
		// No "By": a name standing next to the date, or before it on
		// the same line ("Jane Doe - March 3, 2021").
		for k := len(window) - 1; k >= 0 && len(names) == 0; k-- {
			j := window[k]
			if title >= 0 && j <= title {
				continue
			}
			l := &p.lines[j]
			if l.bullet || l.words > 12 {
				continue
			}
			if l.dated {
				// "October 11, 2023 by Jane Doe"
				if b := max(strings.Index(l.text, " by "), strings.Index(l.text, " By ")) + 1; b > 0 {
					if n := splitNames(l.text[b+3:]); len(n) > 0 {
						add(l.text[b+3:])
						continue
					}
				}
				if f, ok := datetext.Find(l.text); ok && f.Start > 0 {
					if n := splitNames(l.text[:f.Start]); len(n) > 0 && len(n) <= 3 {
						add(l.text[:f.Start])
					}
				}
				continue
			}
			if p.nearDate(j) {
				name := l.text
				if c := strings.IndexByte(name, ','); c > 0 {
					name = name[:c] // "Jane Doe, Staff Writer"
				}
				if w := strings.Fields(name); len(w) >= 2 && len(w) <= 4 && isName(name) {
					add(name)
				}
			}
		}
	}
	if len(names) == 0 {
		// A portrait's label near the title names the author ("Picture
		// of Jane Doe" above "Jane Doe").
		for k := len(window) - 1; k >= 0 && len(names) == 0; k-- {
			if n, ok := portraitOf(p.lines[window[k]].text); ok {
				add(n)
			}
		}
	}
	return names
}

// portraitOf returns NAME from a portrait's label "Picture of NAME" (also
// Photo, Image, Avatar, Headshot, Portrait) when NAME looks like a name.
func portraitOf(t string) (string, bool) {
	n, ok := cutLabel(t, portraitLabels)
	n = strings.TrimSpace(n)
	if w := strings.Fields(n); !ok || len(w) < 2 || len(w) > 4 || !isName(n) {
		return "", false
	}
	return n, true
}

var portraitLabels = []string{"picture of ", "photo of ", "image of ", "avatar of ", "headshot of ", "portrait of "}

// nearDate reports whether a dated line lies within two non-blank lines of
// line j.
func (p *page) nearDate(j int) bool {
	for k, n := p.nextNonBlank(j), 0; k >= 0 && n < 2; k, n = p.nextNonBlank(k), n+1 {
		if p.lines[k].dated {
			return true
		}
	}
	for k, n := p.prevNonBlank(j), 0; k >= 0 && n < 2; k, n = p.prevNonBlank(k), n+1 {
		if p.lines[k].dated {
			return true
		}
	}
	return false
}

// bylineAt reads the byline at line j, if any.
func (p *page) bylineAt(j int, add func(string)) {
	t := p.lines[j].text
	if !isBylineText(t) {
		return
	}
	rest := bylineRest(t)
	if rest != "" {
		add(rest)
		return
	}
	// "By" alone: the names follow on the next line, and on more lines
	// while a line ends or starts with a joining word ("and", "&", ",").
	joined := true
	for k, taken := p.nextNonBlank(j), 0; k >= 0 && taken < 6 && joined; k = p.nextNonBlank(k) {
		t := p.lines[k].text
		if (p.lines[k].bullet && taken > 0) || isBylineText(t) {
			return
		}
		if isJoiner(t) {
			continue
		}
		if len(splitNames(t)) == 0 {
			return
		}
		add(t)
		taken++
		next := p.nextNonBlank(k)
		joined = endsJoined(t) || (next >= 0 && startsJoined(p.lines[next].text))
	}
}

// isJoiner reports whether t is only a joining word: "and", "&", ",".
func isJoiner(t string) bool {
	return t == "and" || t == "&" || t == "," || t == "And"
}

func endsJoined(t string) bool {
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, " and") || strings.HasSuffix(t, " &")
}

func startsJoined(t string) bool {
	return isJoiner(t) || strings.HasPrefix(t, "and ") || strings.HasPrefix(t, "& ") || strings.HasPrefix(t, ", ")
}

// roleWords are words that describe a byline's role, not a name.
var roleWords = map[string]bool{
	"staff": true, "writer": true, "reporter": true, "editor": true, "correspondent": true, "contributor": true,
	"columnist": true, "updated": true, "published": true, "posted": true, "photos": true, "photo": true,
	"video": true, "follow": true, "email": true, "view": true, "more": true, "author": true, "senior": true,
	// Labels of page furniture that a byline's place may hold.
	"share": true, "contents": true, "started": true, "category": true, "categories": true, "topic": true,
	"topics": true, "tags": true, "industry": true, "industries": true, "solutions": true, "products": true,
	"modified": true, "comment": true, "comments": true, "credit": true, "menu": true, "search": true,
	"subscribe": true, "download": true, "login": true, "style": true,
}

// splitNames cuts a byline into names. It stops at a date or a separator
// and keeps only parts that look like names: one to five words, the
// first capitalised, no digits.
func splitNames(s string) []string {
	if f, ok := datetext.Find(s); ok {
		s = s[:f.Start]
	}
	for _, sep := range []string{" | ", " - ", " — ", " – ", " • ", " · ", "|", " on ", "\t", "  ", "—", "–"} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	s = stripByLabel(strings.TrimSpace(s))
	var out []string
	for _, part := range splitAnd(s) {
		part = strings.Trim(cutGlued(part), " .,;:")
		part = trimNameTail(undouble(part))
		if isName(part) {
			out = append(out, part)
		}
	}
	return out
}

// stripByLabel drops the labels a flattened byline may still open with,
// repeated or glued ("Written byby Jane Doe", "By: Jane Doe", "ByJane").
func stripByLabel(s string) string {
	for {
		rest, ok := cutLabel(s, byLabels)
		if !ok {
			return s
		}
		s = strings.TrimLeft(rest, " :")
	}
}

// byLabels open bylines; "byby" is "by" twice run together by flattening.
var byLabels = []string{"written byby", "written by", "posted by", "authored by", "story by", "words:", "text:", "author:", "authors:", "byby", "by"}

// undouble turns a name written twice in a row ("Jane Doe Jane Doe", the
// alt text of a portrait and the name) into one.
func undouble(s string) string {
	w := strings.Fields(s)
	if n := len(w); n >= 2 && n%2 == 0 && strings.Join(w[:n/2], " ") == strings.Join(w[n/2:], " ") {
		return strings.Join(w[:n/2], " ")
	}
	return s
}

// pictureWords, after a name, label its portrait or profile link ("Jane
// Doe Image", "Jane Doe Profile"); a lone preposition there is the start
// of a glued category ("Jane Doe In Travel" cut at "In").
var pictureWords = map[string]bool{
	"image": true, "photo": true, "picture": true, "avatar": true, "headshot": true, "profile": true,
	"in": true, "on": true, "at": true,
}

// trimNameTail drops a trailing picture word, a symbol ("Jane Doe ●")
// and a possessive ("Jane Doe's", from "Jane Doe's newsletter") from s.
func trimNameTail(s string) string {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSymbol(r) || unicode.IsPunct(r) && r != '.' || unicode.IsSpace(r) })
	if i := strings.LastIndexByte(s, ' '); i > 0 && pictureWords[strings.ToLower(s[i+1:])] {
		s = s[:i]
	}
	for _, poss := range []string{"'s", "\u2019s"} {
		if strings.HasSuffix(s, poss) && strings.Count(s, " ") >= 1 {
			return strings.TrimSuffix(s, poss)
		}
	}
	return s
}

// splitAnd splits on ",", " and ", " & ".
func splitAnd(s string) []string {
	var parts []string
	for _, c := range strings.Split(s, ",") {
		for _, a := range strings.Split(c, " and ") {
			parts = append(parts, strings.Split(a, " & ")...)
		}
	}
	return parts
}

// isName reports whether s looks like a person's or an agency's name.
func isName(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(r) {
		return false
	}
	caps := 0
	for _, w := range words {
		if roleWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) || c == '@' || c == '/' {
				return false
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return caps*2 >= len(words)+1
}

// published returns the first date near the title: in the lines between
// the title and the body, then just above the title.
func (p *page) published(window []int, title int) string {
	for k := len(window) - 1; k >= 0; k-- {
		j := window[k]
		if title >= 0 && j <= title {
			continue
		}
		if d, ok := lineDate(&p.lines[j]); ok {
			return d
		}
	}
	// Short dated lines inside the region, before the first paragraphs.
	for i, seen := p.start, 0; i < p.end && seen < 6; i++ {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		seen++
		if isProse(l) && !isBylineText(l.text) {
			continue
		}
		if d, ok := lineDate(l); ok {
			return d
		}
	}
	if title >= 0 {
		// Just above the title.
		for j, n := p.prevNonBlank(title), 0; j >= 0 && n < 4; j, n = p.prevNonBlank(j), n+1 {
			if d, ok := lineDate(&p.lines[j]); ok {
				return d
			}
		}
	} else {
		for k := 0; k < len(window) && k < 8; k++ {
			if d, ok := lineDate(&p.lines[window[k]]); ok {
				return d
			}
		}
	}
	// Some pages date the story below it.
	for i, seen := p.end, 0; i < len(p.lines) && seen < 8; i++ {
		if p.lines[i].blank {
			continue
		}
		seen++
		if d, ok := lineDate(&p.lines[i]); ok {
			return d
		}
	}
	// Else the nearest dated short line to where the story starts, above
	// or below, within nearDateLines lines.
	from := p.start
	if title >= 0 {
		from = title
	}
	up, down := from, from
	for n := 0; n < nearDateLines; n++ {
		if up >= 0 {
			up = p.prevNonBlank(up)
		}
		if down >= 0 {
			down = p.nextNonBlank(down)
		}
		for _, j := range []int{up, down} {
			if j < 0 || !p.lines[j].dated || hasAgo(p.lines[j].text) {
				continue
			}
			if d, ok := lineDate(&p.lines[j]); ok {
				return d
			}
		}
		if up < 0 && down < 0 {
			break
		}
	}
	// Last, a line anywhere on the page that labels its date as the
	// publication ("Published August 13, 2025", "Posted on …"), then as
	// an update ("Updated: Jan. 2, 2025"): taken only when the page holds
	// one such line, so that a list of teasers, each labelled, gives none.
	for _, labels := range [][]string{publishedLabels, updatedLabels} {
		if d, ok := p.labelledDate(labels); ok {
			return d
		}
	}
	return ""
}

// publishedLabels and updatedLabels open a line that states the story's
// date; compared in lower case.
var (
	publishedLabels = []string{"published", "posted", "first published", "date published", "publication date", "publish date"}
	updatedLabels   = []string{"updated", "last updated", "last modified", "modified"}
)

// labelledDate returns the date of the page's one short line (12 words
// at most) that opens with one of labels and holds a date; none when
// there are several with different dates.
func (p *page) labelledDate(labels []string) (string, bool) {
	found := ""
	for i := range p.lines {
		l := &p.lines[i]
		if l.blank || l.words > 12 {
			continue
		}
		if _, ok := cutLabel(l.text, labels); !ok {
			continue
		}
		d, ok := datetext.Find(l.text)
		if !ok {
			continue
		}
		if found != "" && found != d.String() {
			return "", false
		}
		found = d.String()
	}
	return found, found != ""
}

// cutLabel returns t after the first of labels (in lower case) that t
// opens with in any case, when the label ends a word there: it ends in a
// space or a colon itself, or t ends, or a space, a colon or a capital
// glued to it follows ("ByJane Doe"; not "Byron").
func cutLabel(t string, labels []string) (string, bool) {
	for _, lb := range labels {
		if len(t) < len(lb) || !strings.EqualFold(t[:len(lb)], lb) {
			continue
		}
		rest := t[len(lb):]
		r, _ := utf8.DecodeRuneInString(rest)
		if last := lb[len(lb)-1]; last == ' ' || last == ':' || rest == "" || r == ':' || unicode.IsSpace(r) || unicode.IsUpper(r) {
			return rest, true
		}
	}
	return "", false
}

// nearDateLines is how far (in non-blank lines) from the title a date is
// looked for when none sits in the usual places.
const nearDateLines = 50

// lineDate reads the date of a short line.
func lineDate(l *line) (string, bool) {
	if !l.dated && (l.blank || l.words > 30) {
		return "", false
	}
	f, ok := datetext.Find(l.text)
	if !ok {
		return "", false
	}
	return f.String(), true
}

// corporateWords end a company's legal name ("Media Holdings Limited").
var corporateWords = map[string]bool{
	"limited": true, "ltd": true, "inc": true, "llc": true, "llp": true, "plc": true, "corp": true,
	"corporation": true, "company": true, "co": true, "gmbh": true, "ag": true, "sa": true, "bv": true,
	"nv": true, "pty": true, "media": true, "ip": true, "group": true, "holdings": true, "publishing": true,
	"publications": true, "communications": true, "enterprises": true, "digital": true, "lp": true,
	"all": true, "rights": true, "reserved": true, "the": true, "of": true, "and": true, "a": true,
}

// siteName reads the site's name from a copyright line: "© 2031 Harbour
// Media Holdings Limited. All Rights Reserved." gives "Harbour".
func (p *page) siteName() string {
	for i := len(p.lines) - 1; i >= 0; i-- {
		l := &p.lines[i]
		if l.blank {
			continue
		}
		t := l.text
		k := strings.Index(t, "©")
		size := len("©")
		if k < 0 {
			k = strings.Index(t, "Copyright")
			size = len("Copyright")
		}
		if k < 0 {
			continue
		}
		if name := ownerName(t[k+size:]); name != "" {
			return name
		}
	}
	return ""
}

// ownerName reads the owner after a copyright sign: years and "Copyright"
// are skipped, the name ends at punctuation, and trailing legal words are
// dropped.
func ownerName(s string) string {
	fields := strings.Fields(s)
	var words []string
	started := false
	for _, f := range fields {
		lf := strings.ToLower(strings.Trim(f, ".,"))
		if !started {
			if lf == "copyright" || lf == "©" || lf == "(c)" || isYearish(lf) || lf == "" {
				continue
			}
			started = true
		}
		end := strings.IndexAny(f, ".,;|")
		if f == "-" || f == "|" || f == "—" || f == "–" {
			break
		}
		if end >= 0 {
			if end > 0 {
				words = append(words, f[:end])
			}
			break
		}
		words = append(words, f)
		if len(words) > 8 {
			return ""
		}
	}
	for len(words) > 0 && corporateWords[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	name := strings.Join(words, " ")
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return name
}

// isYearish reports whether s is a year or a range of years: "2025",
// "2005-2025", "2025,".
func isYearish(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9') && c != '-' && c != '–' {
			return false
		}
	}
	return true
}

// bodyWordSet returns the lower-cased words of four letters or more of the
// body's first blocks.
func (p *page) bodyWordSet() map[string]bool {
	set := map[string]bool{}
	n := 0
	for _, b := range p.blocks {
		for _, w := range strings.FieldsFunc(b.Text, notLetter) {
			if len(w) >= 4 {
				set[strings.ToLower(w)] = true
				n++
			}
		}
		if n > 3000 {
			break
		}
	}
	return set
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// overlap returns the share of t's words of four letters or more that occur
// in set.
func overlap(t string, set map[string]bool) float64 {
	in, all := 0, 0
	for _, w := range strings.FieldsFunc(t, notLetter) {
		if len(w) >= 4 {
			all++
			if set[strings.ToLower(w)] {
				in++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(in) / float64(all)
}

// bylineRest returns what follows "by" in a byline.
func bylineRest(t string) string {
	if len(t) >= 2 && (t[0] == 'B' || t[0] == 'b') && (t[1] == 'y' || t[1] == 'Y') {
		return strings.TrimLeft(t[2:], " :")
	}
	if sp := strings.IndexByte(t, ' '); sp > 0 && len(t) >= sp+3 {
		return strings.TrimLeft(t[sp+3:], " :")
	}
	return ""
}

// cutGlued cuts s where a word runs into a capitalised one after three or
// more lower-case letters ("Jane DoePublished: ..." gives "Jane Doe").
func cutGlued(s string) string {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			run++
		case c >= 'A' && c <= 'Z':
			if run >= 3 {
				return s[:i]
			}
			run = 0
		default:
			run = 0
		}
	}
	return s
}

// slugWords returns the lower-cased words of four letters or more in a
// URL's path ("/2025/09/04/top-nutrition-trends-for-fall/").
func slugWords(url string) map[string]bool {
	if i := strings.Index(url, "://"); i >= 0 {
		url = url[i+3:]
	}
	i := strings.IndexByte(url, '/')
	if i < 0 {
		return nil
	}
	path := url[i:]
	if q := strings.IndexAny(path, "?#"); q >= 0 {
		path = path[:q]
	}
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(path, notLetter) {
		if len(w) >= 4 {
			set[strings.ToLower(w)] = true
		}
	}
	return set
}

// coverage returns the share of set's words that occur in t (words of four
// letters or more, lower-cased).
func coverage(t string, set map[string]bool) float64 {
	if len(set) == 0 {
		return 0
	}
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(t, notLetter) {
		if len(w) >= 4 {
			if w = strings.ToLower(w); set[w] {
				seen[w] = true
			}
		}
	}
	return float64(len(seen)) / float64(len(set))
}

// urlDate returns the day a page address files its story under
// ("/2025/12/19/", "/2019-11-20/"), as YYYY-MM-DD; "" when the path holds
// no such day.
func urlDate(url string) string {
	if i := strings.Index(url, "://"); i >= 0 {
		url = url[i+3:]
	}
	i := strings.IndexByte(url, '/')
	if i < 0 {
		return ""
	}
	path := url[i:]
	if q := strings.IndexAny(path, "?#"); q >= 0 {
		path = path[:q]
	}
	parts := strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
	for k := 0; k+2 < len(parts); k++ {
		y, m, d := parts[k], parts[k+1], parts[k+2]
		if len(y) != 4 || !isDigits(y) || !isDigits(m) || len(m) > 2 || !isDigits(d) || len(d) > 2 {
			continue
		}
		yy, mm, dd := atoi(y), atoi(m), atoi(d)
		if yy < 1990 || yy > 2100 || mm < 1 || mm > 12 || dd < 1 || dd > 31 {
			continue
		}
		return fmt.Sprintf("%04d-%02d-%02d", yy, mm, dd)
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi reads a short run of digits (isDigits checked).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isBreadcrumb reports whether t is a trail of links: "Home » News »
// Story", "Home > Guides".
func isBreadcrumb(t string) bool {
	return strings.Contains(t, " » ") || strings.Contains(t, " > ") || strings.Contains(t, " › ")
}

// cleanTitle drops what a title line carries besides the headline: a
// label of one to three words after a last " | " ("… | Opinion", "… |
// Site Name"), and a second copy glued to the first ("Site NameSite Name").
func cleanTitle(t string) string {
	if n := len(t); n >= 8 && n%2 == 0 && t[:n/2] == t[n/2:] {
		t = t[:n/2]
	}
	if i := strings.LastIndex(t, " | "); i > 0 {
		if tail := strings.Fields(t[i+3:]); len(tail) >= 1 && len(tail) <= 3 && len(strings.Fields(t[:i])) >= 3 {
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}
