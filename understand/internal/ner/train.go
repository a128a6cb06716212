package ner

import (
	"math/rand/v2"
	"sort"

	"github.com/ledehq/lede/understand/text"
)

// Example is one training text with its gold tag per token.
type Example struct {
	Doc  *text.Doc
	Tags []Tag
}

// Name is a name a reading lists, with its kind.
type Name struct {
	Text string
	Kind Kind
}

// Label tags doc from the names a reading lists: every run of tokens equal
// to a listed name (the longest one where names overlap) is tagged with the
// name's kind. Names a reading does not list stay O, so the labels are as
// complete as the reading.
func Label(doc *text.Doc, names []Name) []Tag {
	type seq struct {
		words []string
		kind  Kind
	}
	byFirst := map[string][]seq{}
	for _, n := range names {
		toks := text.Tokens(nil, n.Text, text.Span{Start: 0, End: len(n.Text)})
		if len(toks) == 0 {
			continue
		}
		ws := make([]string, len(toks))
		for i, t := range toks {
			ws[i] = n.Text[t.Start:t.End]
		}
		byFirst[ws[0]] = append(byFirst[ws[0]], seq{ws, n.Kind})
	}
	for _, l := range byFirst {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	}
	tags := make([]Tag, len(doc.Tokens))
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; {
			matched := 0
			for _, q := range byFirst[doc.Str(i)] {
				if i+len(q.words) > s.Last {
					continue
				}
				ok := true
				for k, w := range q.words {
					if doc.Str(i+k) != w {
						ok = false
						break
					}
				}
				if ok {
					tags[i] = begin(q.kind)
					for k := 1; k < len(q.words); k++ {
						tags[i+k] = begin(q.kind) + 1
					}
					matched = len(q.words)
					break
				}
			}
			if matched == 0 {
				matched = 1
			}
			i += matched
		}
	}
	return tags
}

// Train fits a model on the examples with the averaged perceptron, greedy
// decoding on the model's own previous tags, in the given number of passes
// over examples shuffled with a fixed seed (deterministic).
func Train(examples []Example, lex Lexicon, epochs int) *Model {
	type acc struct {
		w, total [nTags]float32
		ts       [nTags]int
	}
	weights := map[uint64]*acc{}
	step := 0
	update := func(fs []uint64, t Tag, d float32) {
		for _, h := range fs {
			a := weights[h]
			if a == nil {
				a = &acc{}
				weights[h] = a
			}
			a.total[t] += float32(step-a.ts[t]) * a.w[t]
			a.ts[t] = step
			a.w[t] += d
		}
	}
	ctxs := make([]*context, len(examples))
	for i, e := range examples {
		ctxs[i] = newContext(e.Doc, lex)
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var f feats
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			e, c := examples[ei], ctxs[ei]
			for _, s := range e.Doc.Sentences {
				t1, t2 := O, O
				for i := s.First; i < s.Last; i++ {
					step++
					c.features(&f, i, t1, t2)
					var sc [nTags]float32
					for _, h := range f.h {
						if a := weights[h]; a != nil {
							for t := range sc {
								sc[t] += a.w[t]
							}
						}
					}
					best := O
					for t := Tag(1); t < nTags; t++ {
						if allowed(t1, t) && (sc[t] > sc[best] || !allowed(t1, best)) {
							best = t
						}
					}
					gold := e.Tags[i]
					if best != gold {
						update(f.h, gold, 1)
						update(f.h, best, -1)
					}
					t2, t1 = t1, best
				}
			}
		}
	}
	m := &Model{w: make(map[uint64]*[nTags]float32, len(weights))}
	for h, a := range weights {
		var avg [nTags]float32
		nonzero := false
		for t := range avg {
			total := a.total[t] + float32(step-a.ts[t])*a.w[t]
			avg[t] = total / float32(step)
			if avg[t] != 0 {
				nonzero = true
			}
		}
		if nonzero {
			m.w[h] = &avg
		}
	}
	return m
}

// Features reports how many features the model weighs.
func (m *Model) Features() int { return len(m.w) }
