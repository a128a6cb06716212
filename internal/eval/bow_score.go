package eval

import "strings"

// PRF is a precision, recall and F1 triple.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// ScoreBagOfWords scores one page under WCXB's bag-of-words metric: both
// texts become multisets of their lowercased word tokens (see Tokens);
// precision is the overlap over the predicted tokens, recall the overlap
// over the true tokens. Two empty texts agree fully (1, 1, 1); an empty
// prediction of a non-empty truth, or the reverse, scores 0.
func ScoreBagOfWords(truth, pred string) PRF {
	tc := lowerCounts(truth)
	pc := lowerCounts(pred)
	var nt, np, overlap int
	for _, n := range tc {
		nt += n
	}
	for w, n := range pc {
		np += n
		overlap += min(n, tc[w])
	}
	switch {
	case nt == 0 && np == 0:
		return PRF{1, 1, 1}
	case nt == 0 || np == 0:
		return PRF{}
	}
	p := float64(overlap) / float64(np)
	r := float64(overlap) / float64(nt)
	return PRF{p, r, harmonic(p, r)}
}

func lowerCounts(s string) map[string]int {
	toks := Tokens(s)
	counts := make(map[string]int, len(toks)/2+1)
	for _, t := range toks {
		counts[strings.ToLower(t)]++
	}
	return counts
}

// MacroPRF is the macro average of page scores.
type MacroPRF struct {
	Pages int `json:"pages"`
	PRF
}

// SumMacro averages page scores (macro: every page weighs the same).
func SumMacro(pages []PRF) MacroPRF {
	m := MacroPRF{Pages: len(pages)}
	if len(pages) == 0 {
		return m
	}
	for _, p := range pages {
		m.Precision += p.Precision
		m.Recall += p.Recall
		m.F1 += p.F1
	}
	n := float64(len(pages))
	m.Precision /= n
	m.Recall /= n
	m.F1 /= n
	return m
}
