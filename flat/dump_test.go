package flat

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var dumpDir = flag.String("dump", "", "write each flattened bench page annotated line by line (truth label, model probability, region, kept) to this folder")

// TestDumpPages writes, for studying misses, each bench page's lines with
// their truth label (L), model probability, whether they lie in the chosen
// region (R) and whether they were kept (K):
//
//	go test ./flat -run TestDumpPages -dump /tmp/flat/dump
//
// With -cvmodels DIR [-cvfolds k], each page is scored by the
// cross-validation fold model that never saw it (TestCrossHalves).
func TestDumpPages(t *testing.T) {
	if *dumpDir == "" {
		t.Skip("run with -dump DIR to write annotated pages")
	}
	if err := os.MkdirAll(*dumpDir, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := trainingPages(t)
	models := make([]*lineModel, *cvFolds)
	for f := range models {
		models[f] = trainedModel()
		if *cvModels != "" {
			// Score each page with the fold model that never saw it.
			models[f] = cachedModel(t, pages, *cvFolds, f)
		}
	}
	for _, pg := range pages {
		m := models[foldOf(pg, *cvFolds)]
		s, err := decode([]byte(pg.text), -1)
		if err != nil {
			continue
		}
		lines := splitLines(s)
		nb, pos := neighbours(lines)
		labels := labelLines(lines, nb, newTruthIndex(pg.truth))
		p := page{lines: lines}
		start, end, _, probs, _ := bestRegion(lines, m)
		p.start, p.end, p.probs = start, end, probs
		p.readBody()
		if p.keptWords() < minBodyWords {
			hs, he, _ := handRegion(lines)
			p.start, p.end, p.fallback = hs, he, true
			p.kept, p.blocks = nil, nil
			p.readBody()
		}
		kept := map[int]bool{}
		for _, i := range p.kept {
			kept[i] = true
		}
		var b strings.Builder
		for i, l := range lines {
			if l.blank {
				b.WriteString("\n")
				continue
			}
			lab := "."
			if labels[pos[i]] == 1 {
				lab = "L"
			}
			r, k := " ", " "
			if i >= p.start && i < p.end {
				r = "R"
			}
			if kept[i] {
				k = "K"
			}
			mark := ""
			if (labels[pos[i]] == 1) != kept[i] {
				mark = "!"
			}
			txt := l.text
			if len(txt) > 160 {
				txt = txt[:160]
			}
			fmt.Fprintf(&b, "%s%s%s%s %.2f %3d| %s\n", mark, lab, r, k, probs[i], l.words, txt)
		}
		name := strings.ReplaceAll(pg.id, "/", "_") + ".txt"
		if err := os.WriteFile(filepath.Join(*dumpDir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
