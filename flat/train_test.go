package flat

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/ledehq/lede/internal/sharedtest"
	"go/format"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
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

// example2 is a line for the second stage.
type example2 struct {
	f      [nStage2]float64
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
	id, text, truth string
	heldOut         bool
}

// trainingPages lists the flattened pages of ../shared/bench with their
// truth: scrapinghub text-w3m and text-lynx, and the wcxb-dev articles.
// Pages whose id has an odd first digit are held out.
func trainingPages(t testing.TB) []benchPage {
	root := sharedtest.Path(t, "bench")
	var pages []benchPage
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
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
			pages = append(pages, benchPage{id: dir + "/" + id, text: string(readGz(t, p)), truth: gt[id].ArticleBody, heldOut: held})
		}
	}
	files, _ := filepath.Glob(filepath.Join(root, "wcxb-dev", "ground-truth", "*.json"))
	sort.Strings(files)
	for _, f := range files {
		var w struct {
			Internal struct {
				PageType struct {
					Primary string `json:"primary"`
				} `json:"page_type"`
			} `json:"_internal"`
			GroundTruth struct {
				MainContent string `json:"main_content"`
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
		pages = append(pages, benchPage{id: "wcxb/" + id, text: string(readGz(t, p)), truth: w.GroundTruth.MainContent, heldOut: held})
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
		out[k].weight = 1 + math.Min(float64(lines[i].words), 60)/10
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

// fit2 is fit for the second stage.
func fit2(ex []example2) [nStage2]float64 {
	var w [nStage2]float64
	const iters, rate, l2 = 800, 1.0, 1e-4
	total := 0.0
	for _, e := range ex {
		total += e.weight
	}
	for it := 0; it < iters; it++ {
		var g [nStage2]float64
		for _, e := range ex {
			z := 0.0
			for j := range w {
				z += w[j] * e.f[j]
			}
			d := (sigmoid(z) - e.label) * e.weight
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

// stage2Examples scores a page's lines with the first stage and makes the
// second stage's examples.
func stage2Examples(ex []example, w [nFeatures]float64) []example2 {
	p1 := make([]float64, len(ex))
	for k, e := range ex {
		z := 0.0
		for j := range w {
			z += w[j] * e.f[j]
		}
		p1[k] = sigmoid(z)
	}
	out := make([]example2, len(ex))
	for k := range ex {
		stage2Features(p1, k, &out[k].f)
		out[k].label, out[k].weight = ex[k].label, ex[k].weight
	}
	return out
}

func accuracy2(ex []example2, w [nStage2]float64) float64 {
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

// TestTrainModel rebuilds model_weights.go from the bench pages when run
// with -train: go test ./flat -run TestTrainModel -train
func TestTrainModel(t *testing.T) {
	if !*train {
		t.Skip("run with -train to retrain the line model")
	}
	var fitEx, heldEx []example
	var fitPages, heldPages [][]example
	for _, pg := range trainingPages(t) {
		ex := pageExamples(pg)
		if pg.heldOut {
			heldEx = append(heldEx, ex...)
			heldPages = append(heldPages, ex)
		} else {
			fitEx = append(fitEx, ex...)
			fitPages = append(fitPages, ex)
		}
	}
	w := fit(fitEx)
	t.Logf("stage 1: lines: %d fit, %d held out; weighted accuracy %.4f fit, %.4f held out", len(fitEx), len(heldEx), accuracy(fitEx, w), accuracy(heldEx, w))
	var fit2Ex, held2Ex []example2
	for _, ex := range fitPages {
		fit2Ex = append(fit2Ex, stage2Examples(ex, w)...)
	}
	for _, ex := range heldPages {
		held2Ex = append(held2Ex, stage2Examples(ex, w)...)
	}
	w2 := fit2(fit2Ex)
	t.Logf("stage 2: weighted accuracy %.4f fit, %.4f held out", accuracy2(fit2Ex, w2), accuracy2(held2Ex, w2))
	var b bytes.Buffer
	b.WriteString("// Code generated by TestTrainModel (go test ./flat -run TestTrainModel -train); DO NOT EDIT.\n\n")
	b.WriteString("package flat\n\n")
	b.WriteString("// modelWeights are the logistic-regression weights of the line model, one\n// per feature (see features.go). Trained on the pages of ../shared/bench\n// whose id has an even first digit; the others are held out.\n")
	b.WriteString("var modelWeights = [nFeatures]float64{\n")
	for j, v := range w {
		fmt.Fprintf(&b, "\t%.6f, // %d\n", v, j)
	}
	b.WriteString("}\n\n// modelWeights2 are the second stage's weights (see stage2Features).\nvar modelWeights2 = [nStage2]float64{\n")
	for j, v := range w2 {
		fmt.Fprintf(&b, "\t%.6f, // %d\n", v, j)
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("model_weights.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}
