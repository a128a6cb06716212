package flat

import (
	"math"
	"strings"
)

// Line features for the learned line model (model_weights.go, trained by
// TestTrainModel in train_test.go on the flattened bench pages). Each line
// is described by its own shape and by its neighbours': the model scores
// how likely the line is part of an article's body.
const nFeatures = 37

// neighbours returns the indices of the non-blank lines, and for each line
// its position in that list (-1 for blank lines).
func neighbours(lines []line) (nb []int, pos []int) {
	pos = make([]int, len(lines))
	for i := range lines {
		if lines[i].blank {
			pos[i] = -1
			continue
		}
		pos[i] = len(nb)
		nb = append(nb, i)
	}
	return nb, pos
}

// baseIndentOf returns the indent holding the most words of long lines.
func baseIndentOf(lines []line) int {
	counts := map[int]int{}
	for i := range lines {
		if lines[i].words >= 10 {
			counts[lines[i].indent] += lines[i].words
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

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func logWords(l *line) float64 { return math.Log1p(float64(l.words)) / 5 }

// features fills f with the features of non-blank line k (an index into nb).
func features(lines []line, nb []int, k int, base int, regionStart, regionEnd int, copyrightAt []int, f *[nFeatures]float64) {
	inRegion := nb[k] >= regionStart && nb[k] < regionEnd
	l := &lines[nb[k]]
	*f = [nFeatures]float64{}
	f[0] = 1
	f[1] = logWords(l)
	f[2] = b2f(l.sentEnd)
	f[3] = math.Min(float64(l.sents), 5) / 5
	f[4] = b2f(l.bullet)
	f[5] = b2f(l.numbered)
	f[6] = b2f(l.repeats > 1)
	f[7] = b2f(l.bracket || l.form)
	f[8] = b2f(l.dated)
	f[9] = b2f(l.glued)
	f[10] = b2f(l.lowStart)
	if l.words > 0 {
		f[11] = float64(l.capWords) / float64(l.words)
	}
	f[12] = b2f(l.words >= 10)
	f[13] = b2f(l.words >= 25)
	f[14] = b2f(l.indent == base)
	if k > 0 {
		p := &lines[nb[k-1]]
		f[15] = logWords(p)
		f[16] = b2f(p.sentEnd)
	}
	if k+1 < len(nb) {
		n := &lines[nb[k+1]]
		f[17] = logWords(n)
		f[18] = b2f(n.sentEnd)
	}
	cnt := 0.0
	for j := max(0, k-4); j <= min(len(nb)-1, k+4); j++ {
		if j == k {
			continue
		}
		o := &lines[nb[j]]
		f[19] += logWords(o)
		f[20] += b2f(o.bullet)
		f[21] += b2f(o.dated)
		cnt++
	}
	if cnt > 0 {
		f[19] /= cnt
		f[20] /= cnt
		f[21] /= cnt
	}
	f[22] = b2f(isBylineText(l.text))
	if n := len(l.text); n > 0 && l.text[n-1] == ':' {
		f[23] = 1
	}
	digits := 0
	for i := 0; i < len(l.text); i++ {
		if c := l.text[i]; c >= '0' && c <= '9' {
			digits++
		}
	}
	if l.letters+digits > 0 {
		f[24] = float64(digits) / float64(l.letters+digits)
	}
	f[25] = b2f(hasSeparators(l.text))
	f[26] = float64(k) / float64(len(nb))
	f[27] = b2f(nb[k] > 0 && lines[nb[k]-1].blank)
	f[28] = b2f(inRegion)
	f[29] = b2f(l.words >= 10 && l.sentEnd && l.indent == base)
	f[30] = math.Max(-1, math.Min(1, weight(l)/20))
	switch {
	case nb[k] < regionStart:
		f[31] = math.Min(float64(regionStart-nb[k]), 50) / 50
	case nb[k] >= regionEnd:
		f[31] = math.Min(float64(nb[k]-regionEnd+1), 50) / 50
	}
	if l.letters > 0 {
		f[32] = float64(l.upper) / float64(l.letters)
	}
	f[33] = b2f(strings.Contains(l.text, "http") || strings.Contains(l.text, "www.") || strings.Contains(l.text, "@"))
	f[34] = b2f(!l.sentEnd && l.words > 0 && l.capWords*2 > l.words)
	// Legal footers: a copyright line at or shortly below, or above.
	for _, c := range copyrightAt {
		if c >= k && c-k <= 8 {
			f[35] = 1
		}
		if c < k {
			f[36] = 1
		}
	}
}

// copyrightLines returns the positions (in nb) of lines with a copyright
// sign or notice, at most a few.
func copyrightLines(lines []line, nb []int) []int {
	var out []int
	for k, i := range nb {
		if isCopyright(lines[i].text) {
			out = append(out, k)
			if len(out) == 4 {
				break
			}
		}
	}
	return out
}

// isCopyright reports whether t is a copyright notice.
func isCopyright(t string) bool {
	return strings.Contains(t, "©") || strings.Contains(t, "Copyright") || strings.Contains(t, "(c) ") || strings.Contains(t, "All rights reserved") || strings.Contains(t, "All Rights Reserved")
}

// Stage two reads the first stage's probabilities of the line and its
// neighbours, so that a line is judged with the lines around it.
const nStage2 = 6

func stage2Features(p1 []float64, k int, f *[nStage2]float64) {
	*f = [nStage2]float64{}
	f[0] = 1
	q := math.Min(math.Max(p1[k], 1e-4), 1-1e-4)
	f[1] = math.Log(q / (1 - q))
	if k > 0 {
		f[2] = p1[k-1]
	}
	if k+1 < len(p1) {
		f[3] = p1[k+1]
	}
	cnt := 0.0
	for j := max(0, k-3); j <= min(len(p1)-1, k+3); j++ {
		if j != k {
			f[4] += p1[j]
			cnt++
		}
	}
	if cnt > 0 {
		f[4] /= cnt
	}
	for j := max(0, k-2); j <= min(len(p1)-1, k+2); j++ {
		if j != k {
			f[5] = math.Max(f[5], p1[j])
		}
	}
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// hasSeparators reports whether t holds menu separators: " | ", " · ", " • ".
func hasSeparators(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		if t[i] == ' ' && t[i+2] == ' ' && (t[i+1] == '|' || t[i+1] == '/') {
			return true
		}
	}
	return false
}

// lineModel is the learned line model: the first stage's logistic
// weights and the second stage's tree ensemble.
type lineModel struct {
	weights [nFeatures]float64
	base    float64
	trees   []boostTree
}

// trainedModel returns the model of model_weights.go and boost_trees.go.
func trainedModel() *lineModel {
	return &lineModel{weights: modelWeights, base: boostBase, trees: boostTrees}
}

// lineProbabilities scores every line with the learned model; blank lines
// score 0.
func (m *lineModel) lineProbabilities(lines []line, regionStart, regionEnd int) []float64 {
	nb, _ := neighbours(lines)
	base := baseIndentOf(lines)
	p1 := make([]float64, len(nb))
	copyrightAt := copyrightLines(lines, nb)
	var f [nFeatures]float64
	for k := range nb {
		features(lines, nb, k, base, regionStart, regionEnd, copyrightAt, &f)
		p1[k] = m.stage1(&f)
	}
	probs := make([]float64, len(lines))
	ctx := newLineContext(lines, nb, p1)
	var x [nBoost]float64
	for k, i := range nb {
		boostInput(lines, nb, k, base, regionStart, regionEnd, copyrightAt, p1, ctx, &x)
		z := m.base
		for t := range m.trees {
			z += m.trees[t].score(&x)
		}
		probs[i] = sigmoid(z)
	}
	return probs
}

// stage1 is the first stage's probability for a line's features.
func (m *lineModel) stage1(f *[nFeatures]float64) float64 {
	z := 0.0
	for j := range f {
		z += f[j] * m.weights[j]
	}
	return sigmoid(z)
}

// boostInput fills x, the second stage's input for non-blank line k: its
// first-stage features, the first stage's scores around it and the context
// features.
func boostInput(lines []line, nb []int, k, base, regionStart, regionEnd int, copyrightAt []int, p1 []float64, c *lineContext, x *[nBoost]float64) {
	var f [nFeatures]float64
	features(lines, nb, k, base, regionStart, regionEnd, copyrightAt, &f)
	copy(x[:nFeatures], f[:])
	var g [nStage2]float64
	stage2Features(p1, k, &g)
	copy(x[nFeatures:nFeatures+nStage2], g[:])
	extraFeatures(lines, nb, k, c, p1, regionStart, regionEnd, x[nFeatures+nStage2:])
}
