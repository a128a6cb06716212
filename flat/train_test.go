package flat

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/ledehq/lede/internal/sharedtest"
	"go/format"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

var train = flag.Bool("train", false, "retrain the line model from ../shared/bench and rewrite model_weights.go")

// example is one non-blank line of a bench page with its features and label.
type example struct {
	f      [nFeatures]float64
	label  float64
	weight float64
}

// tokens splits s into lower-case \w+ runs, like the bench scorers.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r)
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// truthIndex holds the n-grams (1 to 4 tokens) of a page's true body.
type truthIndex map[string]bool

func newTruthIndex(body string) truthIndex {
	t := tokens(body)
	idx := truthIndex{}
	for n := 1; n <= 4; n++ {
		for i := 0; i+n <= len(t); i++ {
			idx[strings.Join(t[i:i+n], " ")] = true
		}
	}
	return idx
}

// labelLines marks each non-blank line 1 when it belongs to the true body:
// most of its 4-token shingles occur there, or, for a line of fewer than
// four tokens, its whole token sequence does and a neighbouring long line
// is in the body.
func labelLines(lines []line, nb []int, truth truthIndex) []float64 {
	labels := make([]float64, len(nb))
	short := make([]bool, len(nb))
	for k, i := range nb {
		t := tokens(lines[i].text)
		switch {
		case len(t) == 0:
		case len(t) < 4:
			short[k] = truth[strings.Join(t, " ")]
		default:
			in := 0
			for j := 0; j+4 <= len(t); j++ {
				if truth[strings.Join(t[j:j+4], " ")] {
					in++
				}
			}
			if float64(in) >= 0.5*float64(len(t)-3) {
				labels[k] = 1
			}
		}
	}
	// A short line in the truth counts when the nearest long lines above
	// and below it (within 20 lines) are body lines: lists and
	// subheadings inside the story, not a word that happens to recur.
	long := make([]bool, len(nb))
	for k, i := range nb {
		long[k] = len(tokens(lines[i].text)) >= 4
	}
	out := append([]float64(nil), labels...)
	for k := range nb {
		if !short[k] {
			continue
		}
		above, below := false, false
		for j := k - 1; j >= 0 && j >= k-20; j-- {
			if long[j] {
				above = labels[j] == 1
				break
			}
		}
		for j := k + 1; j < len(nb) && j <= k+20; j++ {
			if long[j] {
				below = labels[j] == 1
				break
			}
		}
		if above && below {
			out[k] = 1
		}
	}
	return out
}

func readGz(t testing.TB, p string) []byte {
	fh, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(p, ".gz") {
		g, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		r = g
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// benchPage is a flattened bench page and its true body.
type benchPage struct {
	id, text, truth, url string
	heldOut              bool
}

// trainingPages lists the flattened pages of ../shared/bench with their
// truth: scrapinghub text-w3m and text-lynx, and the wcxb-dev articles.
// Pages whose id has an odd first digit are held out.
func trainingPages(t testing.TB) []benchPage {
	root := sharedtest.Path(t, "bench")
	var pages []benchPage
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(readGz(t, filepath.Join(root, "scrapinghub", "ground-truth.json")), &gt); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, dir := range []string{"text-w3m", "text-lynx"} {
		for _, id := range ids {
			p := filepath.Join(root, "scrapinghub", dir, id+".txt.gz")
			if _, err := os.Stat(p); err != nil {
				continue
			}
			held := strings.IndexByte("13579bdf", id[0]) >= 0
			pages = append(pages, benchPage{id: dir + "/" + id, text: string(readGz(t, p)), truth: gt[id].ArticleBody, url: gt[id].URL, heldOut: held})
		}
	}
	files, _ := filepath.Glob(filepath.Join(root, "wcxb-dev", "ground-truth", "*.json"))
	sort.Strings(files)
	for _, f := range files {
		var w struct {
			URL      string `json:"url"`
			Internal struct {
				PageType struct {
					Primary string `json:"primary"`
				} `json:"page_type"`
			} `json:"_internal"`
			GroundTruth struct {
				MainContent string `json:"main_content"`
				URL         string `json:"url"`
			} `json:"ground_truth"`
		}
		if err := json.Unmarshal(readGz(t, f), &w); err != nil {
			t.Fatal(err)
		}
		if w.Internal.PageType.Primary != "article" {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		p := filepath.Join(root, "wcxb-dev", "text-w3m", id+".txt.gz")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		held := strings.IndexByte("13579", id[len(id)-1]) >= 0
		pages = append(pages, benchPage{id: "wcxb/" + id, text: string(readGz(t, p)), truth: w.GroundTruth.MainContent, url: cmp.Or(w.URL, w.GroundTruth.URL), heldOut: held})
	}
	return pages
}

// pageExamples turns a page into labelled examples.
func pageExamples(pg benchPage) []example {
	s, err := decode([]byte(pg.text), -1)
	if err != nil {
		return nil
	}
	lines := splitLines(s)
	start, end, _ := handRegion(lines)
	nb, _ := neighbours(lines)
	labels := labelLines(lines, nb, newTruthIndex(pg.truth))
	base := baseIndentOf(lines)
	out := make([]example, len(nb))
	copyrightAt := copyrightLines(lines, nb)
	for k, i := range nb {
		features(lines, nb, k, base, start, end, copyrightAt, &out[k].f)
		out[k].label = labels[k]
		out[k].weight = (1 + math.Min(float64(lines[i].words), 60)/10) * pageWeight(pg)
	}
	return out
}

// fit trains logistic regression by full-batch gradient descent from zero
// weights: deterministic for the same examples.
func fit(ex []example) [nFeatures]float64 {
	var w [nFeatures]float64
	const iters, rate, l2 = 800, 1.0, 1e-4
	total := 0.0
	for _, e := range ex {
		total += e.weight
	}
	for it := 0; it < iters; it++ {
		var g [nFeatures]float64
		for _, e := range ex {
			z := 0.0
			for j := range w {
				z += w[j] * e.f[j]
			}
			d := (1/(1+math.Exp(-z)) - e.label) * e.weight
			for j := range w {
				g[j] += d * e.f[j]
			}
		}
		for j := range w {
			w[j] -= rate * (g[j]/total + l2*w[j])
		}
	}
	return w
}

func accuracy(ex []example, w [nFeatures]float64) float64 {
	right, total := 0.0, 0.0
	for _, e := range ex {
		z := 0.0
		for j := range w {
			z += w[j] * e.f[j]
		}
		if (z > 0) == (e.label == 1) {
			right += e.weight
		}
		total += e.weight
	}
	return right / total
}

// boostExample is a line as the second stage reads it.
type boostExample struct {
	x      [nBoost]float64
	label  float64
	weight float64
}

// pageBoostExamples scores a page's lines with the first stage's weights w
// and returns the second stage's examples.
func pageBoostExamples(pg benchPage, w [nFeatures]float64) []boostExample {
	s, err := decode([]byte(pg.text), -1)
	if err != nil {
		return nil
	}
	lines := splitLines(s)
	start, end, _ := handRegion(lines)
	nb, _ := neighbours(lines)
	labels := labelLines(lines, nb, newTruthIndex(pg.truth))
	base := baseIndentOf(lines)
	copyrightAt := copyrightLines(lines, nb)
	p1 := make([]float64, len(nb))
	var f [nFeatures]float64
	for k := range nb {
		features(lines, nb, k, base, start, end, copyrightAt, &f)
		z := 0.0
		for j := range f {
			z += f[j] * w[j]
		}
		p1[k] = sigmoid(z)
	}
	c := newLineContext(lines, nb, p1)
	out := make([]boostExample, len(nb))
	for k, i := range nb {
		boostInput(lines, nb, k, base, start, end, copyrightAt, p1, c, &out[k].x)
		out[k].label = labels[k]
		out[k].weight = (1 + math.Min(float64(lines[i].words), 60)/10) * pageWeight(pg)
	}
	return out
}

// Boosting settings: trees of depth boostDepth, each leaf's value shrunk by
// boostRate; a split needs boostMinHessian of weight on each side.
// The defaults are the shipped model's; the flags let cross-validation
// compare other settings (go test ./flat -run TestCrossHalves -cv
// -boostrounds 400 -boostrate 0.075 ...) without editing the file.
var (
	boostRounds     = flag.Int("boostrounds", 200, "boosting: number of trees")
	boostRate       = flag.Float64("boostrate", 0.15, "boosting: shrinkage of each leaf value")
	boostMinHessian = flag.Float64("boostminhess", 200, "boosting: least weight on each side of a split")
	boostSubsample  = flag.Float64("boostsub", 1, "boosting: share of lines each tree is fitted on (drawn with a fixed seed), 1 for all")
)

const (
	boostLambda  = 1.0
	boostMaxBins = 48
)

// fitBoost trains the tree ensemble by gradient boosting on the log loss
// (Newton steps, histogram splits on quantile cuts of each feature). It is
// deterministic for the same examples.
func fitBoost(ex []boostExample) (float64, []boostTree) {
	// Quantile cuts of each feature, from every fifth example.
	var cuts [nBoost][]float64
	for j := 0; j < nBoost; j++ {
		var v []float64
		for i := 0; i < len(ex); i += 5 {
			v = append(v, ex[i].x[j])
		}
		sort.Float64s(v)
		for b := 1; b < boostMaxBins; b++ {
			c := v[b*len(v)/boostMaxBins]
			if n := len(cuts[j]); (n == 0 || c > cuts[j][n-1]) && c < v[len(v)-1] {
				cuts[j] = append(cuts[j], c)
			}
		}
	}
	// bin[i][j]: the number of cuts below example i's feature j.
	bins := make([][nBoost]uint8, len(ex))
	for i := range ex {
		for j := 0; j < nBoost; j++ {
			bins[i][j] = uint8(sort.SearchFloat64s(cuts[j], ex[i].x[j]))
		}
	}
	sumW, sumY := 0.0, 0.0
	for _, e := range ex {
		sumW += e.weight
		sumY += e.weight * e.label
	}
	base := math.Log(sumY / (sumW - sumY))
	score := make([]float64, len(ex))
	for i := range score {
		score[i] = base
	}
	grad := make([]float64, len(ex))
	hess := make([]float64, len(ex))
	node := make([]int, len(ex))
	var trees []boostTree
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < *boostRounds; round++ {
		for i, e := range ex {
			p := sigmoid(score[i])
			grad[i] = (p - e.label) * e.weight
			hess[i] = math.Max(p*(1-p), 1e-6) * e.weight
			node[i] = 0
			if *boostSubsample < 1 && rng.Float64() >= *boostSubsample {
				grad[i], hess[i] = 0, 0 // left out of this tree's fit
			}
		}
		var t boostTree
		for n := 0; n < boostNodes; n++ {
			t.threshold[n] = noSplit
		}
		for depth := 0; depth < boostDepth; depth++ {
			first := 1<<depth - 1
			width := 1 << depth
			type hist [nBoost][boostMaxBins + 1][2]float64
			hs := make([]hist, width)
			for i := range ex {
				h := &hs[node[i]-first]
				for j := 0; j < nBoost; j++ {
					b := bins[i][j]
					h[j][b][0] += grad[i]
					h[j][b][1] += hess[i]
				}
			}
			for w := 0; w < width; w++ {
				h := &hs[w]
				var gAll, hAll float64
				for b := 0; b <= boostMaxBins; b++ {
					gAll += h[0][b][0]
					hAll += h[0][b][1]
				}
				bestGain, bestJ, bestB := 0.0, -1, 0
				parent := gAll * gAll / (hAll + boostLambda)
				for j := 0; j < nBoost; j++ {
					var gl, hl float64
					for b := 0; b < len(cuts[j]); b++ {
						gl += h[j][b][0]
						hl += h[j][b][1]
						gr, hr := gAll-gl, hAll-hl
						if hl < *boostMinHessian || hr < *boostMinHessian {
							continue
						}
						gain := gl*gl/(hl+boostLambda) + gr*gr/(hr+boostLambda) - parent
						if gain > bestGain+1e-9 {
							bestGain, bestJ, bestB = gain, j, b
						}
					}
				}
				if bestJ >= 0 {
					t.feature[first+w] = uint8(bestJ)
					t.threshold[first+w] = cuts[bestJ][bestB]
				}
			}
			for i := range ex {
				n := node[i]
				if ex[i].x[t.feature[n]] <= t.threshold[n] {
					node[i] = 2*n + 1
				} else {
					node[i] = 2*n + 2
				}
			}
		}
		var lg, lh [boostLeaves]float64
		for i := range ex {
			lg[node[i]-boostNodes] += grad[i]
			lh[node[i]-boostNodes] += hess[i]
		}
		for l := range t.leaf {
			t.leaf[l] = -*boostRate * lg[l] / (lh[l] + boostLambda)
		}
		for i := range ex {
			score[i] += t.leaf[node[i]-boostNodes]
		}
		trees = append(trees, t)
	}
	return base, trees
}

func boostAccuracy(ex []boostExample, base float64, trees []boostTree) float64 {
	right, total := 0.0, 0.0
	for i := range ex {
		z := base
		for t := range trees {
			z += trees[t].score(&ex[i].x)
		}
		if (z > 0) == (ex[i].label == 1) {
			right += ex[i].weight
		}
		total += ex[i].weight
	}
	return right / total
}

// TestTrainModel rebuilds model_weights.go and boost_trees.go from the
// bench pages when run with -train: go test ./flat -run TestTrainModel -train
func TestTrainModel(t *testing.T) {
	if !*train {
		t.Skip("run with -train to retrain the line model")
	}
	m := trainModel(t, trainingPages(t), func(pg benchPage) bool { return !pg.heldOut })
	w, base, trees := m.weights, m.base, m.trees
	var b bytes.Buffer
	b.WriteString("// Code generated by TestTrainModel (go test ./flat -run TestTrainModel -train); DO NOT EDIT.\n\n")
	b.WriteString("package flat\n\n")
	b.WriteString("// modelWeights are the logistic-regression weights of the line model, one\n// per feature (see features.go). Trained on the pages of ../shared/bench\n// whose id has an even first digit; the others are held out.\n")
	b.WriteString("var modelWeights = [nFeatures]float64{\n")
	for j, v := range w {
		fmt.Fprintf(&b, "\t%.6f, // %d\n", v, j)
	}
	b.WriteString("}\n")
	if err := writeGo("model_weights.go", b.Bytes()); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	b.WriteString("// Code generated by TestTrainModel (go test ./flat -run TestTrainModel -train); DO NOT EDIT.\n\n")
	b.WriteString("package flat\n\n")
	fmt.Fprintf(&b, "// boostBase is the ensemble's starting log-odds.\nconst boostBase = %s\n\n", strconv.FormatFloat(base, 'g', -1, 64))
	b.WriteString("// boostTrees is the second stage's tree ensemble (see boost.go), trained\n// on the same half of the bench as modelWeights.\nvar boostTrees = []boostTree{\n")
	for _, tr := range trees {
		b.WriteString("\t{feature: [boostNodes]uint8{")
		for n, f := range tr.feature {
			if n > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d", f)
		}
		b.WriteString("}, threshold: [boostNodes]float64{")
		for n, v := range tr.threshold {
			if n > 0 {
				b.WriteString(", ")
			}
			if v == noSplit {
				b.WriteString("noSplit")
			} else {
				b.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
			}
		}
		b.WriteString("}, leaf: [boostLeaves]float64{")
		for n, v := range tr.leaf {
			if n > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.FormatFloat(v, 'g', 8, 64))
		}
		b.WriteString("}},\n")
	}
	b.WriteString("}\n")
	if err := writeGo("boost_trees.go", b.Bytes()); err != nil {
		t.Fatal(err)
	}
}

// writeGo formats Go source and writes it to path.
func writeGo(path string, src []byte) error {
	out, err := format.Source(src)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

// trainModel fits the line model on the pages inFit accepts, and logs
// its line accuracy on those and on the others.
func trainModel(t testing.TB, pages []benchPage, inFit func(benchPage) bool) *lineModel {
	var fitEx, heldEx []example
	for _, pg := range pages {
		ex := pageExamples(pg)
		if inFit(pg) {
			fitEx = append(fitEx, ex...)
		} else {
			heldEx = append(heldEx, ex...)
		}
	}
	w := fit(fitEx)
	t.Logf("stage 1: lines: %d fit, %d held out; weighted accuracy %.4f fit, %.4f held out", len(fitEx), len(heldEx), accuracy(fitEx, w), accuracy(heldEx, w))
	var fitB, heldB []boostExample
	for _, pg := range pages {
		ex := pageBoostExamples(pg, w)
		if inFit(pg) {
			fitB = append(fitB, ex...)
		} else {
			heldB = append(heldB, ex...)
		}
	}
	base, trees := fitBoost(fitB)
	if len(heldB) > 0 {
		t.Logf("stage 2 (%d trees): weighted accuracy %.4f fit, %.4f held out", len(trees), boostAccuracy(fitB, base, trees), boostAccuracy(heldB, base, trees))
	} else {
		t.Logf("stage 2 (%d trees): weighted accuracy %.4f fit", len(trees), boostAccuracy(fitB, base, trees))
	}
	return &lineModel{weights: w, base: base, trees: trees}
}

// foldOf is the cross-validation fold (0 to k-1) of a page. With two
// folds it is the held-out half (1) or the fit half (0) of
// TestHeldOutHalves; otherwise a hash of the page's id without its set,
// so that a page's text-w3m and text-lynx copies share a fold.
func foldOf(pg benchPage, k int) int {
	if k == 2 {
		if pg.heldOut {
			return 1
		}
		return 0
	}
	id := pg.id[strings.IndexByte(pg.id, '/')+1:]
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(k))
}

var crossHalves = flag.Bool("cv", false, "fit the line model on each half of the bench and score it on the other (two-fold cross-validation)")

// TestCrossHalves fits the model on each half of the bench in turn and
// scores the other half with it, so every page is scored by a model that
// never saw it: a steadier figure than one held-out half for comparing
// changes. With -cvfolds k, k-fold cross-validation (each model fitted on
// (k-1)/k of the pages, closer to the shipped model, which is fitted on
// all). Body F1 here lower-cases tokens (eval's scorer does not), so it
// is close to, not equal to, lede eval extract's.
//
//	go test ./flat -run TestCrossHalves -cv -v
//	go test ./flat -run TestCrossHalves -cv -cvfolds 5 -v -timeout 30m
func TestCrossHalves(t *testing.T) {
	if !*crossHalves {
		t.Skip("run with -cv for two-fold cross-validation of the line model")
	}
	pages := trainingPages(t)
	k := *cvFolds
	type score struct{ p, r, f float64 }
	results := map[string][2][]score{}
	for fold := 0; fold < k; fold++ {
		m := cachedModel(t, pages, k, fold)
		for _, pg := range pages {
			if foldOf(pg, k) != fold {
				continue
			}
			a, _ := extractWith(context.Background(), []byte(pg.text), Options{URL: pg.url}, m)
			text := ""
			if a != nil {
				text = a.Text
			}
			set := pg.id[:strings.IndexByte(pg.id, '/')]
			var sc score
			if set == "wcxb" {
				sc.p, sc.r, sc.f = bagOfWords(pg.truth, text)
			} else {
				sc.p, sc.r = shingleScore(pg.truth, text)
			}
			if *cvWorst && set != "wcxb" {
				t.Logf("page %s P %.3f R %.3f", pg.id, sc.p, sc.r)
			}
			// Halves: the held-out half of TestHeldOutHalves and the other.
			half := 0
			if !pg.heldOut {
				half = 1
			}
			r := results[set]
			r[half] = append(r[half], sc)
			results[set] = r
		}
	}
	sets := make([]string, 0, len(results))
	for s := range results {
		sets = append(sets, s)
	}
	sort.Strings(sets)
	for _, set := range sets {
		r := results[set]
		line := fmt.Sprintf("%-10s", set)
		for _, part := range []struct {
			name string
			s    []score
		}{{"held-out half", r[0]}, {"other half", r[1]}, {"all", append(append([]score(nil), r[0]...), r[1]...)}} {
			var p, rc, f float64
			for _, x := range part.s {
				p += x.p
				rc += x.r
				f += x.f
			}
			n := float64(len(part.s))
			p, rc, f = p/n, rc/n, f/n
			if set != "wcxb" {
				f = 2 * p * rc / (p + rc)
			}
			line += fmt.Sprintf("  %s F1 %.4f (P %.4f R %.4f)", part.name, f, p, rc)
		}
		t.Log(line)
	}
}

// shingleScore is the body metric's page precision and recall (4-token
// shingles of lower-cased tokens).
func shingleScore(truth, pred string) (p, r float64) {
	sh := func(s string) map[string]int {
		tk := tokens(s)
		m := map[string]int{}
		if len(tk) > 0 && len(tk) < 4 {
			m[strings.Join(tk, " ")]++
		}
		for i := 0; i+4 <= len(tk); i++ {
			m[strings.Join(tk[i:i+4], " ")]++
		}
		return m
	}
	tc, pc := sh(truth), sh(pred)
	var tp, fp, fn int
	for k, n := range pc {
		tp += min(n, tc[k])
		fp += max(n-tc[k], 0)
	}
	for k, n := range tc {
		fn += max(n-pc[k], 0)
	}
	if fp == 0 && fn == 0 {
		return 1, 1
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	return p, r
}

// bagOfWords is WCXB's page precision, recall and F1 over lower-cased
// tokens.
func bagOfWords(truth, pred string) (p, r, f float64) {
	tc := map[string]int{}
	for _, w := range tokens(truth) {
		tc[w]++
	}
	nt, np, overlap := len(tokens(truth)), 0, 0
	pc := map[string]int{}
	for _, w := range tokens(pred) {
		pc[w]++
		np++
	}
	for w, n := range pc {
		overlap += min(n, tc[w])
	}
	switch {
	case nt == 0 && np == 0:
		return 1, 1, 1
	case nt == 0 || np == 0:
		return 0, 0, 0
	}
	p, r = float64(overlap)/float64(np), float64(overlap)/float64(nt)
	return p, r, 2 * p * r / (p + r)
}

// scrapinghubWeight is how much more a scrapinghub line weighs in training
// than a wcxb-dev line: scrapinghub's pages are news stories, the shape the
// package is for, while wcxb-dev's articles include lists and guides.
const scrapinghubWeight = 2.0

func pageWeight(pg benchPage) float64 {
	if strings.HasPrefix(pg.id, "wcxb/") {
		return 1
	}
	return scrapinghubWeight
}

var cvWorst = flag.Bool("cvpages", false, "with -cv: log each scrapinghub page's precision and recall")

var cvFolds = flag.Int("cvfolds", 2, "with -cv: the number of cross-validation folds")

var cvModels = flag.String("cvmodels", "", "with -cv (or -dump): keep the fitted fold models in this folder and reuse them (to compare settings after the model, such as region weights, without refitting)")

// storedModel is lineModel with exported fields, for JSON.
type storedModel struct {
	Weights [nFeatures]float64
	Base    float64
	Trees   []storedTree
}

type storedTree struct {
	Feature   [boostNodes]uint8
	Threshold [boostNodes]float64
	Leaf      [boostLeaves]float64
}

// cachedModel returns the model of fold fold of k (fitted on the pages of
// the other folds), read from or kept in -cvmodels.
func cachedModel(t *testing.T, pages []benchPage, k, fold int) *lineModel {
	path := ""
	if *cvModels != "" {
		path = filepath.Join(*cvModels, fmt.Sprintf("k%dfold%d.json", k, fold))
		if b, err := os.ReadFile(path); err == nil {
			var sm storedModel
			if err := json.Unmarshal(b, &sm); err != nil {
				t.Fatal(err)
			}
			m := &lineModel{weights: sm.Weights, base: sm.Base}
			for _, st := range sm.Trees {
				m.trees = append(m.trees, boostTree{feature: st.Feature, threshold: st.Threshold, leaf: st.Leaf})
			}
			return m
		}
	}
	m := trainModel(t, pages, func(pg benchPage) bool { return foldOf(pg, k) != fold })
	if path != "" {
		sm := storedModel{Weights: m.weights, Base: m.base}
		for _, tr := range m.trees {
			sm.Trees = append(sm.Trees, storedTree{Feature: tr.feature, Threshold: tr.threshold, Leaf: tr.leaf})
		}
		b, err := json.Marshal(sm)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(*cvModels, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return m
}
