package flat

import (
	"sort"
	"strings"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/datetext"
)

// isProse reports whether a line reads as running text on its own.
func isProse(l *line) bool {
	if l.blank || l.bracket || l.form {
		return false
	}
	return l.words >= 10 || (l.sentEnd && l.words >= 3 && l.letters >= 12)
}

// keepProbability is the model probability a line of the region needs to
// be kept in the body.
const keepProbability = 0.5

// shortKeepProbability is the probability a short line that does not
// end like a sentence needs: such lines are mostly labels and captions.
const shortKeepProbability = 0.65

func (p *page) keepThreshold(l *line) float64 {
	switch {
	case (l.numbered || columnGaps(l.raw) >= 2) && l.words >= 3:
		return listKeepProbability
	case l.words < 6 && !l.sentEnd:
		return shortKeepProbability
	case isProse(l) && l.sentEnd && l.words >= 12:
		return proseKeepProbability
	}
	return keepProbability
}

// listKeepProbability is what a numbered item or a table row of the
// region needs.
const listKeepProbability = 0.3

// proseKeepProbability is what a full sentence-ending line of the region
// needs: the model's scores fall towards the end of long stories.
const proseKeepProbability = 0.35

// readBody chooses the body lines of the region and makes the blocks.
func (p *page) readBody() {
	ls := p.lines
	baseIndent := p.baseIndent()
	// prevProse / nextProse: whether a prose line of the region lies
	// before / after i without a long run of other lines between.
	n := p.end - p.start
	if n <= 0 {
		return
	}
	seen := map[string]bool{}
	for i := p.start; i < p.end; i++ {
		l := &ls[i]
		if l.blank {
			continue
		}
		if l.repeats > 1 {
			// A story does not say the same line twice: later copies
			// are image labels or pull quotes.
			if seen[l.text] {
				continue
			}
			seen[l.text] = true
		}
		if sig, ok := parseSignature(trimSpace(l.raw)); ok {
			p.addSignature(i, sig)
			continue
		}
		switch {
		case p.isHeading(i):
			p.add(i, lede.Block{Kind: lede.KindHeading, Text: l.text, Level: 2})
		case (p.probs[i] >= p.keepThreshold(l) || (p.fallback && isProse(l))) && !l.bracket && !l.form && !isBylineText(l.text) && !(l.repeats > 1 && l.words < 15):
			if l.bullet {
				p.add(i, lede.Block{Kind: lede.KindListItem, Text: l.text, Level: 1})
				continue
			}
			kind := lede.KindParagraph
			if l.indent > baseIndent+2 && !l.numbered {
				kind = lede.KindBlockQuote
			}
			p.add(i, lede.Block{Kind: kind, Text: l.text})
		}
	}
}

func (p *page) add(i int, b lede.Block) {
	p.kept = append(p.kept, i)
	p.blocks = append(p.blocks, b)
}

// baseIndent is the most common indent of the region's prose lines.
func (p *page) baseIndent() int {
	counts := map[int]int{}
	for i := p.start; i < p.end; i++ {
		if isProse(&p.lines[i]) {
			counts[p.lines[i].indent] += p.lines[i].words
		}
	}
	best, bestN := 0, -1
	for ind, c := range counts {
		if c > bestN || (c == bestN && ind < best) {
			best, bestN = ind, c
		}
	}
	return best
}

// isHeading reports whether line i of the region is a subheading: a short
// line, not a list item, with prose before it in the region and prose after
// it.
func (p *page) isHeading(i int) bool {
	l := &p.lines[i]
	if l.bullet || l.bracket || l.form || l.words == 0 || l.words > 12 || l.letters < 3 || l.repeats > 1 {
		return false
	}
	if strings.HasSuffix(l.text, ",") || isBylineText(l.text) || l.lowStart {
		return false
	}
	if _, ok := datetext.Find(l.text); ok {
		return false
	}
	prev := p.prevNonBlank(i)
	next := p.nextNonBlank(i)
	if next < 0 || next >= p.end {
		return false
	}
	if l.numbered && prev >= p.start && isProse(&p.lines[next]) && !p.lines[next].numbered {
		return true // "4. Crimper" above its paragraph, in a list article
	}
	if prev < p.start {
		return false
	}
	if !isProse(&p.lines[prev]) || !isProse(&p.lines[next]) {
		return false
	}
	// A heading stands apart: a blank line before or after it, or a
	// different indent from the text around it.
	return p.lines[i-1].blank || (i+1 < len(p.lines) && p.lines[i+1].blank) || l.indent != p.lines[next].indent
}

func (p *page) prevNonBlank(i int) int {
	for j := i - 1; j >= 0; j-- {
		if !p.lines[j].blank {
			return j
		}
	}
	return -1
}

func (p *page) nextNonBlank(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if !p.lines[j].blank {
			return j
		}
	}
	return -1
}

// signature is the closing line of an embedded post:
// "— Name (@handle) June 28, 2018".
type signature struct {
	author, handle, date string
}

// parseSignature reads a post signature line.
func parseSignature(t string) (signature, bool) {
	rest, ok := "", false
	for _, dash := range []string{"—", "–", "―", "-"} {
		if strings.HasPrefix(t, dash) {
			rest, ok = strings.TrimSpace(t[len(dash):]), true
			break
		}
	}
	if !ok {
		return signature{}, false
	}
	open := strings.Index(rest, "(@")
	if open <= 0 {
		return signature{}, false
	}
	closing := strings.IndexByte(rest[open:], ')')
	if closing < 0 {
		return signature{}, false
	}
	handle := rest[open+1 : open+closing]
	if strings.ContainsAny(handle, " \t") || len(handle) < 2 {
		return signature{}, false
	}
	sig := signature{author: strings.TrimSpace(rest[:open]), handle: handle}
	if f, ok := datetext.Find(rest[open+closing:]); ok {
		sig.date = f.Day()
	}
	return sig, true
}

// addSignature keeps a post signature as a paragraph and turns the body
// block before it, the post's text, into an embed.
func (p *page) addSignature(i int, sig signature) {
	// The post's text may be lines the model left out: take the lines
	// between the last kept line and the signature (at most six).
	last := p.start - 1
	if len(p.kept) > 0 {
		last = p.kept[len(p.kept)-1]
	}
	var post []string
	var postLines []int
	for j := last + 1; j < i; j++ {
		if l := &p.lines[j]; !l.blank && !l.bracket && !l.form {
			post = append(post, l.text)
			postLines = append(postLines, j)
		}
	}
	if len(post) > 0 && len(post) <= 6 {
		p.kept = append(p.kept, postLines[0])
		p.blocks = append(p.blocks, lede.Block{Kind: lede.KindParagraph, Text: strings.Join(post, "\n")})
	}
	if k := len(p.blocks) - 1; k >= 0 && p.blocks[k].Kind != lede.KindHeading && p.blocks[k].Kind != lede.KindEmbed {
		b := &p.blocks[k]
		b.Kind = lede.KindEmbed
		b.Embed = &lede.Embed{Kind: embedKind(sig.handle), Author: sig.author, Handle: sig.handle, Date: sig.date, Text: b.Text}
	}
	p.add(i, lede.Block{Kind: lede.KindParagraph, Text: trimSpace(p.lines[i].raw)})
}

// embedKind names the kind of post a signature closes. An @handle with a
// date is how embedded tweets read once flattened.
func embedKind(handle string) string {
	return "tweet"
}

// sortedCopy returns the values sorted, for medians.
func sortedCopy(v []float64) []float64 {
	c := append([]float64(nil), v...)
	sort.Float64s(c)
	return c
}
