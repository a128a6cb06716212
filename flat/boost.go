package flat

import (
	"math"
	"strings"
	"unicode"
)

// The second stage of the line model is a small ensemble of boosted
// regression trees (boost_trees.go, trained by TestTrainModel) over the
// first stage's features, the first stage's scores of the neighbours
// (stage2Features) and the context features below: the shape of the
// paragraph block a line sits in, image placeholders next to it, a
// title-then-summary pattern (teaser lists), truncated text, table columns
// and the line's place relative to the hand-weighted region. Trees read
// interactions a linear model cannot ("a long sentence, but right under a
// short title line, among other such pairs").

// nExtra is the number of context features; nBoost the length of a tree's
// input.
const (
	nExtra = 30
	nBoost = nFeatures + nStage2 + nExtra
)

// boostTree is one regression tree of fixed depth boostDepth, stored as a
// complete binary tree: node n's children are 2n+1 (feature value <=
// threshold) and 2n+2. A node that does not split has threshold noSplit.
type boostTree struct {
	feature   [boostNodes]uint8
	threshold [boostNodes]float64
	leaf      [boostLeaves]float64
}

// noSplit is the threshold of a node that does not split: every value
// goes left.
const noSplit = math.MaxFloat64

const (
	boostDepth  = 4
	boostNodes  = 1<<boostDepth - 1
	boostLeaves = 1 << boostDepth
)

// score returns the tree's output for x.
func (t *boostTree) score(x *[nBoost]float64) float64 {
	n := 0
	for d := 0; d < boostDepth; d++ {
		if x[t.feature[n]] <= t.threshold[n] {
			n = 2*n + 1
		} else {
			n = 2*n + 2
		}
	}
	return t.leaf[n-boostNodes]
}

// lineContext holds per-page facts the context features read.
type lineContext struct {
	blockOf    []int // for each non-blank line (index into nb), its block number
	blockLines []int // non-blank lines of each block
	blockProse []int // prose lines of each block
	blockWords []int
	blockEnds  []int // lines of each block that end like a sentence
	blockFirst []int // position (in nb) of each block's first line
	titled     []bool
	confidence float64 // the first stage's mean score of the page's likely long lines
}

// newLineContext cuts the page into blocks (runs of non-blank lines
// between blank lines) and marks summaries under title lines.
func newLineContext(lines []line, nb []int, p1 []float64) *lineContext {
	c := &lineContext{blockOf: make([]int, len(nb)), titled: make([]bool, len(nb))}
	blk := -1
	for k, i := range nb {
		if k == 0 || i > nb[k-1]+1 {
			blk++
			c.blockLines = append(c.blockLines, 0)
			c.blockProse = append(c.blockProse, 0)
			c.blockWords = append(c.blockWords, 0)
			c.blockEnds = append(c.blockEnds, 0)
			c.blockFirst = append(c.blockFirst, k)
		}
		c.blockOf[k] = blk
		c.blockLines[blk]++
		c.blockWords[blk] += lines[i].words
		if isProse(&lines[i]) {
			c.blockProse[blk]++
		}
		if lines[i].sentEnd {
			c.blockEnds[blk]++
		}
		if k > 0 && isProse(&lines[i]) && isTitleShaped(&lines[nb[k-1]]) {
			c.titled[k] = true
		}
	}
	var qs, qw float64
	for k, i := range nb {
		if p1[k] >= 0.5 && lines[i].words >= 15 {
			qs += p1[k] * float64(lines[i].words)
			qw += float64(lines[i].words)
		}
	}
	if qw > 0 {
		c.confidence = qs / qw
	}
	return c
}

// isTitleShaped reports whether a line reads like a headline or a link's
// title: a few words, mostly capitalised or without a sentence end, not a
// list item.
func isTitleShaped(l *line) bool {
	return l.words >= 3 && l.words <= 20 && !l.sentEnd && !l.bullet && !l.dated && !l.bracket
}

// extraFeatures fills the context features of non-blank line k.
func extraFeatures(lines []line, nb []int, k int, c *lineContext, p1 []float64, regionStart, regionEnd int, f []float64) {
	l := &lines[nb[k]]
	for j := range f {
		f[j] = 0
	}
	t := l.text
	f[0] = b2f(strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") || strings.HasSuffix(t, "[…]") || strings.HasSuffix(t, "[...]"))
	if k > 0 {
		f[1] = b2f(lines[nb[k-1]].bracket)
	}
	if k+1 < len(nb) {
		f[2] = b2f(lines[nb[k+1]].bracket)
	}
	b := c.blockOf[k]
	f[3] = math.Log1p(float64(c.blockLines[b])) / 4
	f[4] = math.Log1p(float64(c.blockWords[b])) / 6
	f[5] = float64(c.blockProse[b]) / float64(c.blockLines[b])
	f[6] = math.Min(float64(k-c.blockFirst[b]), 10) / 10
	f[7] = math.Min(float64(columnGaps(l.raw)), 4) / 4
	f[8] = b2f(c.titled[k])
	n := 0
	for j := max(0, k-12); j <= min(len(nb)-1, k+12); j++ {
		if c.titled[j] {
			n++
		}
	}
	f[9] = math.Min(float64(n), 6) / 6
	// Signed distance to the hand-weighted region's start and end.
	f[10] = math.Max(-1, math.Min(1, float64(nb[k]-regionStart)/60))
	f[11] = math.Max(-1, math.Min(1, float64(regionEnd-nb[k])/60))
	for j := max(0, k-3); j < k; j++ {
		if lines[nb[j]].dated {
			f[12] = 1
		}
	}
	f[13] = math.Log1p(float64(len(nb))) / 8
	if l.text != "" {
		other := 0
		for _, r := range l.text {
			if r != ' ' && !isWordRune(r) {
				other++
			}
		}
		f[14] = math.Min(float64(other)/float64(len(l.text)), 1)
	}
	f[15] = b2f(strings.HasSuffix(t, "?"))
	// The first stage's scores over wider windows: the block, ten lines
	// before, ten after.
	var blockSum float64
	blockEnd := c.blockFirst[b] + c.blockLines[b]
	for j := c.blockFirst[b]; j < blockEnd; j++ {
		blockSum += p1[j]
	}
	f[16] = blockSum / float64(c.blockLines[b])
	f[17] = meanOf(p1, k-10, k)
	f[18] = meanOf(p1, k+1, k+11)
	// The mean over the neighbouring blocks.
	if b > 0 {
		f[19] = meanOf(p1, c.blockFirst[b-1], c.blockFirst[b])
	}
	if blockEnd < len(nb) {
		f[20] = meanOf(p1, blockEnd, blockEnd+c.blockLines[b+1])
	}
	// An inline image placeholder ("Caption text[image-name]") on this
	// line or the one before or after: captions.
	for j := max(0, k-1); j <= min(len(nb)-1, k+1); j++ {
		if hasInlineImage(lines[nb[j]].text) {
			f[21+min(j-k+1, 1)] = 1
		}
	}
	f[23] = b2f(l.words == 1)
	// Link lists: blocks of several lines that do not end like
	// sentences.
	f[24] = float64(c.blockEnds[b]) / float64(c.blockLines[b])
	f[25] = math.Log1p(float64(c.blockWords[b])/float64(c.blockLines[b])) / 5
	// Lines that do not end like sentences in the window of five.
	n = 0
	for j := max(0, k-2); j <= min(len(nb)-1, k+2); j++ {
		if !lines[nb[j]].sentEnd && lines[nb[j]].words >= 4 {
			n++
		}
	}
	f[26] = float64(n) / 5
	// The first stage's scores against the page's own scale: how sure
	// it is of the page's likely prose, and the line and its block below
	// that.
	f[27] = c.confidence
	f[28] = p1[k] - c.confidence
	f[29] = f[16] - c.confidence
}

// meanOf is the mean of p[from:to], clipped to p's bounds; 0 when empty.
func meanOf(p []float64, from, to int) float64 {
	from, to = max(from, 0), min(to, len(p))
	if from >= to {
		return 0
	}
	s := 0.0
	for _, v := range p[from:to] {
		s += v
	}
	return s / float64(to-from)
}

// hasInlineImage reports whether a line ends with a bracketed name after
// other text, how text browsers print an image inside a paragraph.
func hasInlineImage(t string) bool {
	if !strings.HasSuffix(t, "]") {
		return false
	}
	i := strings.LastIndexByte(t, '[')
	return i > 0
}

// columnGaps counts runs of three or more spaces inside a line: the
// columns of a table the text browser laid out.
func columnGaps(raw string) int {
	t := strings.TrimSpace(raw)
	n := 0
	for i := 0; i+2 < len(t); i++ {
		if t[i] == ' ' && t[i+1] == ' ' && t[i+2] == ' ' {
			n++
			for i < len(t) && t[i] == ' ' {
				i++
			}
		}
	}
	return n
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
