package flat_test

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/ledehq/lede/flat"
	"github.com/ledehq/lede/internal/eval"
	"github.com/ledehq/lede/internal/sharedtest"
)

var heldOut = flag.Bool("heldout", false, "score the bench's fit and held-out halves separately (the halves TestTrainModel uses)")

// TestHeldOutHalves scores flat.Extract on the flattened bench pages, the
// half the line model was fitted on and the half it never saw, with the
// same split as TestTrainModel (scrapinghub: even or odd first hex digit of
// the id; wcxb-dev articles: even or odd last digit). Run with
//
//	go test ./flat -run TestHeldOutHalves -heldout -v
func TestHeldOutHalves(t *testing.T) {
	if !*heldOut {
		t.Skip("run with -heldout to score the fit and held-out halves")
	}
	dir := sharedtest.Path(t, "bench")
	ctx := context.Background()
	for _, set := range []string{eval.SetScrapinghubW3m, eval.SetScrapinghubLynx, eval.SetWCXBW3m} {
		ds, err := eval.Load(dir, set)
		if err != nil {
			t.Fatal(err)
		}
		var body [2][]eval.PageCounts
		var bow [2][]eval.PRF
		var titles, dates, titleN, dateN [2]int
		for _, c := range ds.Cases {
			if ds.Metric == eval.MetricBagOfWords && c.PageType != "article" {
				continue
			}
			page, err := c.Page()
			if err != nil {
				t.Fatal(err)
			}
			truth, err := c.Truth()
			if err != nil {
				t.Fatal(err)
			}
			half := 0
			if isHeldOut(set, c.ID) {
				half = 1
			}
			a, _ := flat.Extract(ctx, page, flat.Options{URL: c.URL})
			var text, title, published string
			if a != nil {
				text, title, published = a.Text, a.Title, a.Published
			}
			if ds.Metric == eval.MetricShingle {
				body[half] = append(body[half], eval.ScoreBody(truth.Body, text))
				continue
			}
			if truth.HasBody {
				bow[half] = append(bow[half], eval.ScoreBagOfWords(truth.Body, text))
			}
			if truth.Title != "" {
				titleN[half]++
				if eval.SameTitle(truth.Title, title) {
					titles[half]++
				}
			}
			if truth.Published != "" {
				dateN[half]++
				if eval.SameDay(truth.Published, published) {
					dates[half]++
				}
			}
		}
		for half, name := range []string{"fit", "held out"} {
			if ds.Metric == eval.MetricShingle {
				s := eval.SumBody(body[half])
				t.Logf("%-17s %-8s %3d pages  body F1 %.4f  P %.4f  R %.4f", set, name, len(body[half]), s.F1, s.Precision, s.Recall)
				continue
			}
			m := eval.SumMacro(bow[half])
			t.Logf("%-17s %-8s %3d articles  bag-of-words F1 %.4f  P %.4f  R %.4f  title %s  date %s", set, name, len(bow[half]), m.F1, m.Precision, m.Recall, ratio(titles[half], titleN[half]), ratio(dates[half], dateN[half]))
		}
	}
}

// isHeldOut reports whether a page belongs to the half the line model does
// not see (the split of trainingPages in train_test.go).
func isHeldOut(set, id string) bool {
	if set == eval.SetWCXBW3m {
		return strings.IndexByte("13579", id[len(id)-1]) >= 0
	}
	return strings.IndexByte("13579bdf", id[0]) >= 0
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(n)/float64(d), n, d)
}
