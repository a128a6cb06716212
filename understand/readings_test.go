package understand

import (
	"github.com/ledehq/lede/internal/sharedtest"

	"context"
	"flag"
	"path/filepath"
	"sort"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/readings"
)

var showReadings = flag.Bool("readings.v", false, "log each hand reading's misses and wrong predictions")

// floors are the scores the hand-read set must keep (see docs/understand.md
// for the figures measured); a change that drops below one fails.
var floors = map[string]struct{ p, r float64 }{
	readings.KindPeople:        {0.98, 0.98},
	readings.KindOrganizations: {0.97, 0.95},
	readings.KindPlaces:        {0.98, 0.98},
	readings.KindDates:         {0.95, 0.99},
	readings.KindQuotes:        {0.98, 0.98},
	readings.KindQuoteText:     {0.98, 0.98},
}

// TestHandReadings understands every hand reading (the seed and
// testdata/expected) and checks the scores against floors.
func TestHandReadings(t *testing.T) {
	root := sharedtest.Root(t)
	dirs := []string{filepath.Join("testdata", "expected"), filepath.Join("testdata", "heldout")}
	if seed := filepath.Join(root, "..", "shared", "seed"); dirExists(seed) {
		dirs = append(dirs, seed)
	} else {
		t.Logf("shared seed not read: %s is absent", seed)
	}
	checkFloors(t, dirs, floors)
}

// seenFloors guard the readings that were blind once and are tuning data
// now (fresh, blind2 to blind6: news and feature writing), just under the
// scores of the end of the fifth session (dates: the seventh). The blind
// sets still unseen by the rules' authors (blind11 to blind14) stay out of
// tests.
var seenFloors = map[string]struct{ p, r float64 }{
	readings.KindPeople:        {0.97, 0.96},
	readings.KindOrganizations: {0.80, 0.66},
	readings.KindPlaces:        {0.98, 0.97},
	readings.KindDates:         {0.95, 0.99},
	readings.KindQuotes:        {0.98, 0.98},
	readings.KindQuoteText:     {0.99, 0.99},
}

// TestSeenReadings checks the seen sets against seenFloors.
func TestSeenReadings(t *testing.T) {
	checkFloors(t, testdataDirs("fresh", "blind2", "blind3", "blind4", "blind5", "blind6"), seenFloors)
}

// tunedNewsFloors hold the news sets that were blind when written and
// became tuning data later (blind, blind7, blind8 in the sixth session;
// blind9 and blind10 after their first run) a little under their figures at
// the end of the seventh session.
var tunedNewsFloors = map[string]struct{ p, r float64 }{
	readings.KindPeople:        {0.96, 0.95},
	readings.KindOrganizations: {0.77, 0.82},
	readings.KindPlaces:        {0.97, 0.98},
	readings.KindDates:         {0.94, 0.98},
	readings.KindQuotes:        {0.97, 0.96},
	readings.KindQuoteText:     {0.98, 0.96},
}

// TestTunedNewsReadings keeps the news sets the rules were tuned on from
// sliding back. It is no measure of unseen news: blind11 to blind14 are
// (run them with `lede eval understand`, never in tests).
func TestTunedNewsReadings(t *testing.T) {
	checkFloors(t, testdataDirs("blind", "blind7", "blind8", "blind9", "blind10"), tunedNewsFloors)
}

// testdataDirs returns the paths of the named sets of testdata.
func testdataDirs(names ...string) []string {
	dirs := make([]string, len(names))
	for i, n := range names {
		dirs[i] = filepath.Join("testdata", n)
	}
	return dirs
}

func dirExists(dir string) bool {
	_, err := readings.LoadDir(dir)
	return err == nil
}

// checkFloors understands every reading of dirs, checks each article's
// offsets, and fails when a kind's total precision or recall is below its
// floor.
func checkFloors(t *testing.T, dirs []string, floors map[string]struct{ p, r float64 }) {
	t.Helper()
	var all []readings.Reading
	for _, d := range dirs {
		rs, err := readings.LoadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, rs...)
	}
	var l Loader
	total := map[string]readings.Count{}
	for _, r := range all {
		a := &lede.Article{Text: r.Text, Published: r.Published}
		if err := l.Understand(context.Background(), a); err != nil {
			t.Fatalf("%s: %v", r.Name, err)
		}
		checkOffsets(t, a)
		sc := readings.ScoreArticle(r, a)
		for k, c := range sc.Counts {
			x := total[k]
			x.Add(c)
			total[k] = x
		}
		if *showReadings {
			sort.Strings(sc.Missed)
			for _, m := range sc.Missed {
				t.Logf("%s: missed %s", r.Name, m)
			}
			for _, w := range sc.Wrong {
				t.Logf("%s: wrong  %s", r.Name, w)
			}
		}
	}
	for _, k := range readings.Kinds {
		c := total[k]
		t.Logf("%-14s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f", k, c.Precision(), c.Good, c.Predicted, c.Recall(), c.Found, c.Must, c.F1())
	}
	for k, fl := range floors {
		c := total[k]
		if c.Precision() < fl.p || c.Recall() < fl.r {
			t.Errorf("%s: precision %.3f recall %.3f, below the floors %.2f / %.2f", k, c.Precision(), c.Recall(), fl.p, fl.r)
		}
	}
}
