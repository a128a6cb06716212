package eval

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestScoreBody(t *testing.T) {
	tests := []struct {
		name          string
		truth, pred   string
		p, r          float64
		exact         bool
		scoredP, scoR bool // whether the page enters the precision / recall averages
	}{
		{"equal", "one two three four five", "one two three four five", 1, 1, true, true, true},
		{"punctuation and spaces ignored", "One, two; three - four!", "One two three four", 1, 1, true, true, true},
		{"case matters", "One two three four", "one two three four", 0, 0, false, true, true},
		{"both empty", "", "  ...  ", 1, 1, true, false, false},
		{"empty prediction", "one two three four", "", 0, 0, false, false, true},
		{"empty truth", "", "one two three four", 0, 0, false, true, false},
		{"short equal", "one two", "one two", 1, 1, true, true, true},
		{"short differs", "one two three", "one two", 0, 0, false, true, true},
		{"short vs long", "one two three", "one two three four", 0, 0, false, true, true},
		// truth has 3 shingles, prediction 2 of them: P 1, R 2/3.
		{"prefix", "a b c d e f", "a b c d e", 1, 2.0 / 3, false, true, true},
		// multisets: truth has "a b c d" twice, prediction once.
		{"repeats", "a b c d a b c d", "a b c d", 1, 1.0 / 5, false, true, true},
		{"unicode letters", "Zürich café 日本語 Ελλάδα", "Zürich café 日本語 Ελλάδα", 1, 1, true, true, true},
		// a combining mark is not a word character: "cafe\u0301" is the
		// token "cafe", unlike the precomposed "café".
		{"combining mark dropped", "cafe\u0301 au lait now", "cafe au lait now", 1, 1, true, true, true},
		{"precomposed differs", "cafe\u0301 au lait now", "café au lait now", 0, 0, false, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ScoreBody(tt.truth, tt.pred)
			if c.Exact != tt.exact {
				t.Errorf("Exact = %v, want %v", c.Exact, tt.exact)
			}
			if got := c.Precision(); math.Abs(got-tt.p) > 1e-12 {
				t.Errorf("Precision = %v, want %v", got, tt.p)
			}
			if got := c.Recall(); math.Abs(got-tt.r) > 1e-12 {
				t.Errorf("Recall = %v, want %v", got, tt.r)
			}
			if got := c.TP+c.FP > 0; got != tt.scoredP {
				t.Errorf("enters precision = %v, want %v", got, tt.scoredP)
			}
			if got := c.TP+c.FN > 0; got != tt.scoR {
				t.Errorf("enters recall = %v, want %v", got, tt.scoR)
			}
			if s := c.TP + c.FP + c.FN; s != 0 && math.Abs(s-1) > 1e-12 {
				t.Errorf("TP+FP+FN = %v, want 1 or 0", s)
			}
		})
	}
}

func TestSumBodyEmpty(t *testing.T) {
	if got := SumBody(nil); got != (BodyScore{}) {
		t.Errorf("SumBody(nil) = %+v, want zero", got)
	}
}

// perDocLines formats page scores as score_body.py --per-doc does: worst
// first by F1, ties in truth order.
func perDocLines(truth []BodyEntry, pages []PageCounts) []string {
	type row struct {
		p, r float64
		id   string
	}
	rows := make([]row, len(pages))
	for i, c := range pages {
		rows[i] = row{c.Precision(), c.Recall(), truth[i].ID}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		f := func(x row) float64 { return 2 * x.p * x.r / (x.p + x.r + 1e-9) }
		return f(rows[i]) < f(rows[j])
	})
	var lines []string
	for _, x := range rows {
		id := []rune(x.id)
		lines = append(lines, fmt.Sprintf("%s  P=%.3f R=%.3f", string(id[:min(16, len(id))]), x.p, x.r))
	}
	return lines
}

func readBodyFileT(t testing.TB, path string) []BodyEntry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	entries, err := ReadBodyFile(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return entries
}

// goScoreOutput is what score_body.py --per-doc prints, computed in Go.
func goScoreOutput(t testing.TB, truthPath, predPath string) string {
	truth := readBodyFileT(t, truthPath)
	pred := readBodyFileT(t, predPath)
	s, missing, pages := ScoreBodyFiles(truth, pred)
	return strings.Join(append(perDocLines(truth, pages), FormatBodyScore(s, missing)), "\n") + "\n"
}

// TestScoreBodyFixture compares the Go scorer with the output of
// score_body.py recorded on a small committed fixture (Unicode, combining
// marks, short, empty, missing and null bodies).
func TestScoreBodyFixture(t *testing.T) {
	want, err := os.ReadFile("testdata/score_expected.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := goScoreOutput(t, "testdata/score_truth.json", "testdata/score_pred.json")
	if got != string(want) {
		t.Errorf("Go scorer output differs from recorded score_body.py output\ngot:\n%s\nwant:\n%s", got, want)
	}
}

// TestScoreBodyMatchesPython runs score_body.py, when python3 and
// ../shared are present, on the fixture and on three predictions for all
// 181 scrapinghub pages (each flattened text given whole, w3m and lynx: the
// published baselines; and the visible text of each HTML page), and checks
// that the Go scorer prints the same per-page and summary lines.
func TestScoreBodyMatchesPython(t *testing.T) {
	shared := sharedDir(t)
	py := python(t)
	script := filepath.Join(shared, "tools", "score_body.py")
	run := func(truthPath, predPath string, perDoc bool) string {
		args := []string{script, truthPath, predPath}
		if perDoc {
			args = append(args, "--per-doc")
		}
		out, err := exec.Command(py, args...).Output()
		if err != nil {
			t.Fatalf("score_body.py %s: %v", predPath, err)
		}
		return string(out)
	}
	if got, want := goScoreOutput(t, "testdata/score_truth.json", "testdata/score_pred.json"), run("testdata/score_truth.json", "testdata/score_pred.json", true); got != want {
		t.Errorf("fixture: Go\n%s\nPython\n%s", got, want)
	}
	gtPath := filepath.Join(shared, "bench", "scrapinghub", "ground-truth.json")
	truth := readBodyFileT(t, gtPath)
	// Predictions: each flattened text whole (the published baselines), and
	// the visible text of each HTML page (partial overlaps of every kind).
	modes := []struct {
		name  string
		read  func(id string) (string, error)
		wantF float64 // published figure; 0: none
	}{
		{"text-w3m", func(id string) (string, error) { return readText(shared, "text-w3m", id+".txt.gz") }, .644},
		{"text-lynx", func(id string) (string, error) { return readText(shared, "text-lynx", id+".txt.gz") }, .630},
		{"html-text", func(id string) (string, error) {
			page, err := readMaybeGzip(filepath.Join(shared, "bench", "scrapinghub", "html", id+".html.gz"))
			if err != nil {
				return "", err
			}
			return HTMLText(bytes.NewReader(page))
		}, 0},
	}
	for _, mode := range modes {
		var pred []BodyEntry
		for _, e := range truth {
			text, err := mode.read(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			pred = append(pred, BodyEntry{ID: e.ID, Body: text})
		}
		predPath := filepath.Join(t.TempDir(), "pred.json")
		var buf bytes.Buffer
		if err := WriteBodyFile(&buf, pred); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(predPath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		got := goScoreOutput(t, gtPath, predPath)
		want := run(gtPath, predPath, true)
		if got != want {
			t.Errorf("%s: Go and Python differ\nGo:\n%s\nPython:\n%s", mode.name, lastLine(got), lastLine(want))
		}
		s, _, _ := ScoreBodyFiles(truth, pred)
		t.Logf("%s: %s", mode.name, lastLine(got))
		if mode.wantF > 0 && math.Abs(s.F1-mode.wantF) > 0.0015 {
			t.Errorf("%s whole-text F1 = %.4f, published %.3f", mode.name, s.F1, mode.wantF)
		}
	}
}

func readText(shared, dir, name string) (string, error) {
	data, err := readMaybeGzip(filepath.Join(shared, "bench", "scrapinghub", dir, name))
	return string(data), err
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
