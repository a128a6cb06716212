package eval

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
)

// floor is the lowest accepted value of one figure of one data set.
type floor struct {
	set    string
	figure string // a key of figuresOf
	min    float64
}

// accuracyFloors is the table of CI accuracy floors: TestAccuracyFloors
// fails when a figure falls below its floor.
//
// Each floor sits a little under the figure reached on 2026-11-29 (see
// "lede eval extract" and the closing notes), so that a change that loses
// accuracy fails CI; raise them as the figures rise.
var accuracyFloors = []floor{
	{SetScrapinghub, "body_f1", 0.978},
	{SetScrapinghub, "body_precision", 0.972},
	{SetScrapinghub, "body_recall", 0.980},
	{SetWCXB, "bow_f1_article", 0.948},
	{SetWCXB, "title", 0.865},
	{SetWCXB, "author", 0.840},
	{SetWCXB, "date", 0.872},
	{SetReadability, "body_f1", 0.952},
	{SetReadability, "title", 0.690},
	{SetScrapinghubW3m, "body_f1", 0.940},
	{SetScrapinghubLynx, "body_f1", 0.938},
	{SetWCXBW3m, "bow_f1_article", 0.922},
	{SetWCXBW3m, "title", 0.730},
	{SetWCXBW3m, "date", 0.690},
}

// figuresOf names a report's figures for accuracyFloors.
func figuresOf(rep *Report) map[string]float64 {
	f := map[string]float64{
		"title":  rep.Title.Rate,
		"author": rep.Author.Rate,
		"date":   rep.Date.Rate,
	}
	if rep.Body != nil {
		f["body_f1"] = rep.Body.F1
		f["body_precision"] = rep.Body.Precision
		f["body_recall"] = rep.Body.Recall
	}
	for t, m := range rep.BagOfWords {
		f["bow_f1_"+t] = m.F1
	}
	return f
}

// TestAccuracyFloors runs lede over the scrapinghub pages (HTML and both
// flattened texts), the WCXB articles (HTML and text) and the readability
// suite, on every core,
// and checks each figure against accuracyFloors.
func TestAccuracyFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the benchmark-wide floors in -short mode")
	}
	data := filepath.Join(sharedDir(t), "bench")
	articlesOnly := func(c Case) bool { return c.PageType == "article" }
	reports := map[string]*Report{}
	for _, name := range []string{SetScrapinghub, SetWCXB, SetReadability, SetScrapinghubW3m, SetScrapinghubLynx, SetWCXBW3m} {
		ds, err := Load(data, name)
		if err != nil {
			t.Fatal(err)
		}
		opts := RunOptions{Workers: runtime.NumCPU()}
		if ds.Metric == MetricBagOfWords {
			opts.Filter = articlesOnly
		}
		rep, err := Run(context.Background(), ds, "lede", Lede(ds.Input), opts)
		if err != nil {
			t.Fatal(err)
		}
		reports[name] = rep
	}
	for _, fl := range accuracyFloors {
		rep := reports[fl.set]
		if rep == nil {
			t.Errorf("floor on unknown set %q", fl.set)
			continue
		}
		got, ok := figuresOf(rep)[fl.figure]
		if !ok {
			t.Errorf("%s: no figure %q", fl.set, fl.figure)
			continue
		}
		t.Logf("%-17s %-15s %.4f (floor %.4f)", fl.set, fl.figure, got, fl.min)
		if got < fl.min {
			t.Errorf("%s %s = %.4f, below its floor %.4f", fl.set, fl.figure, got, fl.min)
		}
	}
}
