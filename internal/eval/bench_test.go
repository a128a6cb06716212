package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkScoreBody scores the whole-text w3m baseline of the scrapinghub
// pages (the real texts the metric sees), all pages per iteration.
func BenchmarkScoreBody(b *testing.B) {
	shared := sharedDir(b)
	f, err := os.Open(filepath.Join(shared, "bench", "scrapinghub", "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	truth, err := ReadBodyFile(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	preds := make([]string, len(truth))
	var size int64
	for i, e := range truth {
		if preds[i], err = readText(shared, "text-w3m", e.ID+".txt.gz"); err != nil {
			b.Fatal(err)
		}
		size += int64(len(preds[i]) + len(e.Body))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, e := range truth {
			ScoreBody(e.Body, preds[i])
		}
	}
}

// BenchmarkTokens tokenizes the scrapinghub ground-truth bodies.
func BenchmarkTokens(b *testing.B) {
	shared := sharedDir(b)
	f, err := os.Open(filepath.Join(shared, "bench", "scrapinghub", "ground-truth.json"))
	if err != nil {
		b.Fatal(err)
	}
	truth, err := ReadBodyFile(f)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, e := range truth {
		size += int64(len(e.Body))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var toks []string
	for b.Loop() {
		for _, e := range truth {
			toks = AppendTokens(toks[:0], e.Body)
		}
	}
}
