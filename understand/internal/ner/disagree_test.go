package ner

import (
	"flag"
	"fmt"
	"sort"
	"testing"

	"github.com/ledehq/lede/understand/text"
)

var disagreeFlag = flag.String("nerdisagree", "", "FILE.jsonl of lede's article output (with text): list the people and places the tagger finds that the rules do not")

// TestDisagreements is a tool for finding what the rules miss on text
// nobody labelled: a tagger trained on every tuning set reads each article
// of a JSONL of lede's output, and the people and places it tags that no
// person or place mention of the rules overlaps are printed with their
// context, most confident first, for a person to judge. A sample of
// predictions shows the rules' wrong items; this shows candidates for the
// ones they miss.
//
//	lede understand wide.jsonl > wide.out.jsonl
//	go test ./understand/internal/ner -run TestDisagreements -v -nerdisagree wide.out.jsonl
func TestDisagreements(t *testing.T) {
	if *disagreeFlag == "" {
		t.Skip("runs with -nerdisagree FILE.jsonl")
	}
	lex := testLexicon(t)
	var train []Example
	for _, l := range loadTraining(t) {
		train = append(train, l.ex)
	}
	m := Train(train, lex, *epochsFlag)
	type cand struct {
		score      float64
		kind, line string
	}
	var cands []cand
	for _, a := range loadArticles(t, *disagreeFlag) {
		doc := text.Analyze(a.Text)
		var covered [][2]int
		for _, p := range a.People {
			for _, mn := range p.Mentions {
				covered = append(covered, [2]int{mn.Start, mn.End})
			}
		}
		for _, p := range a.Places {
			for _, mn := range p.Mentions {
				covered = append(covered, [2]int{mn.Start, mn.End})
			}
		}
		for _, s := range m.Tag(doc, lex) {
			if s.Kind != Person && s.Kind != Place {
				continue
			}
			start, end := doc.Tokens[s.A].Start, doc.Tokens[s.B-1].End
			hit := false
			for _, c := range covered {
				if c[0] < end && start < c[1] {
					hit = true
					break
				}
			}
			if hit {
				continue
			}
			kind := "person"
			if s.Kind == Place {
				kind = "place"
			}
			lo, hi := max(0, start-80), min(len(a.Text), end+50)
			cands = append(cands, cand{s.Score, kind, fmt.Sprintf("%s … [[%s]] …%s", a.Text[lo:start], a.Text[start:end], a.Text[end:hi])})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	for _, c := range cands {
		t.Logf("%.2f %s %q", c.score, c.kind, c.line)
	}
	t.Logf("%d candidates", len(cands))
}
