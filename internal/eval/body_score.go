package eval

import "slices"

// shingleSize is the number of tokens in a shingle of the body metric.
const shingleSize = 4

// PageCounts is one page's score under the body metric: the shares of true
// positive, false positive and false negative shingles (they sum to 1, or
// are all 0 when neither text has a token), and whether the token sequences
// of truth and prediction are equal.
type PageCounts struct {
	TP, FP, FN float64
	Exact      bool
}

// Precision is the page's precision; 1 when nothing was wrong (FP = FN = 0).
func (c PageCounts) Precision() float64 {
	if c.FP == 0 && c.FN == 0 {
		return 1
	}
	if c.TP+c.FP == 0 {
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the page's recall; 1 when nothing was wrong (FP = FN = 0).
func (c PageCounts) Recall() float64 {
	if c.FP == 0 && c.FN == 0 {
		return 1
	}
	if c.TP+c.FN == 0 {
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the harmonic mean of the page's precision and recall.
func (c PageCounts) F1() float64 {
	return harmonic(c.Precision(), c.Recall())
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// shingleKey is a shingle as token numbers; a text shorter than shingleSize
// tokens is one shingle padded with -1, which no full shingle equals.
type shingleKey [shingleSize]int32

// ScoreBody scores one page under the body metric of the public
// article-extraction benchmark, as ../shared/tools/score_body.py does:
// the texts become multisets of their 4-token shingles (a text of 1 to 3
// tokens is one shingle, an empty text none), and the overlap gives tp, fp
// and fn, divided by their sum.
func ScoreBody(truth, pred string) PageCounts {
	tt := Tokens(truth)
	pt := Tokens(pred)
	c := PageCounts{Exact: slices.Equal(tt, pt)}
	ids := make(map[string]int32, len(tt))
	tc := shingleCounts(tt, ids)
	pc := shingleCounts(pt, ids)
	var tp, fp, fn int
	for k, n := range pc {
		m := tc[k]
		tp += min(n, m)
		fp += max(n-m, 0)
	}
	for k, m := range tc {
		fn += max(m-pc[k], 0)
	}
	if s := tp + fp + fn; s > 0 {
		c.TP = float64(tp) / float64(s)
		c.FP = float64(fp) / float64(s)
		c.FN = float64(fn) / float64(s)
	}
	return c
}

func shingleCounts(toks []string, ids map[string]int32) map[shingleKey]int {
	if len(toks) == 0 {
		return nil
	}
	nums := make([]int32, len(toks))
	for i, t := range toks {
		id, ok := ids[t]
		if !ok {
			id = int32(len(ids))
			ids[t] = id
		}
		nums[i] = id
	}
	if len(nums) < shingleSize {
		k := shingleKey{-1, -1, -1, -1}
		copy(k[:], nums)
		return map[shingleKey]int{k: 1}
	}
	counts := make(map[shingleKey]int, len(nums)-shingleSize+1)
	for i := 0; i+shingleSize <= len(nums); i++ {
		counts[shingleKey(nums[i:i+shingleSize])]++
	}
	return counts
}

// BodyScore is a data set's figure under the body metric.
type BodyScore struct {
	Pages     int     `json:"pages"`
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Accuracy  float64 `json:"accuracy"`
}

// SumBody aggregates page scores as score_body.py does, in the order given
// (the order of the ground truth file, since float sums depend on it):
// precision is averaged over the pages with tp+fp > 0, recall over those
// with tp+fn > 0, F1 is the harmonic mean of the two averages and accuracy
// the share of pages with Exact set.
func SumBody(pages []PageCounts) BodyScore {
	var ps, rs, acc float64
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			ps += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			rs += c.Recall()
			nr++
		}
		if c.Exact {
			acc++
		}
	}
	s := BodyScore{Pages: len(pages)}
	if np > 0 {
		s.Precision = ps / float64(np)
	}
	if nr > 0 {
		s.Recall = rs / float64(nr)
	}
	s.F1 = harmonic(s.Precision, s.Recall)
	if len(pages) > 0 {
		s.Accuracy = acc / float64(len(pages))
	}
	return s
}
