package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/ledehq/lede/internal/sharedtest"
)

// provenanceRun is how many words in a row a source file may share with a
// benchmark text before the test calls it copied: long enough that common
// phrasing ("said in a statement on Monday that") passes, short enough
// that a sentence of an article does not.
const provenanceRun = 8

// TestNoBenchmarkTextInCode checks that no Go file of the repository
// holds a run of provenanceRun words from the ground truth of the
// benchmark pages (scrapinghub article bodies, WCXB main contents, the
// articles Readability's test suite expects): rules,
// comments and tests use invented examples, so that nothing is keyed to,
// or tuned on, the measurement data. The seed article is the project's
// founding example and may appear in tests, but not in the code of rules.
func TestNoBenchmarkTextInCode(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the provenance scan in -short mode")
	}
	bench := sharedtest.Path(t, "bench")
	seedText, err := os.ReadFile(sharedtest.Path(t, "seed", "fortune-trump-putin-helsinki.txt"))
	if err != nil {
		t.Fatal(err)
	}
	benchRuns := map[uint64]bool{}
	addRuns := func(set map[uint64]bool, text string) {
		for h := range wordRuns(text) {
			set[h] = true
		}
	}
	var sh map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := readJSON(filepath.Join(bench, "scrapinghub", "ground-truth.json"), &sh); err != nil {
		t.Fatal(err)
	}
	for _, c := range sh {
		addRuns(benchRuns, c.ArticleBody)
	}
	truths, err := filepath.Glob(filepath.Join(bench, "wcxb-dev", "ground-truth", "*.json"))
	if err != nil || len(truths) == 0 {
		t.Fatalf("no WCXB ground truth in %s: %v", bench, err)
	}
	for _, name := range truths {
		var g struct {
			GroundTruth struct {
				MainContent string `json:"main_content"`
			} `json:"ground_truth"`
		}
		if err := readJSON(name, &g); err != nil {
			t.Fatal(err)
		}
		addRuns(benchRuns, g.GroundTruth.MainContent)
	}
	cases, err := filepath.Glob(filepath.Join(bench, "readability", "*", "expected.html.gz"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no readability cases in %s: %v", bench, err)
	}
	for _, name := range cases {
		page, err := readMaybeGzip(name)
		if err != nil {
			t.Fatal(err)
		}
		text, err := HTMLText(bytes.NewReader(page))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		addRuns(benchRuns, text)
	}
	seedRuns := map[uint64]bool{}
	addRuns(seedRuns, string(seedText))

	root := sharedtest.Root(t)
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "testdata", ".git", "bench", "artifacts":
				if path != root {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		isTest := strings.HasSuffix(path, "_test.go")
		rel, _ := filepath.Rel(root, path)
		bad := map[int]bool{}
		for h, line := range wordRunLines(string(src)) {
			if benchRuns[h] && !(isTest && seedRuns[h]) || !isTest && seedRuns[h] {
				bad[line] = true
			}
		}
		for _, line := range slices.Sorted(maps.Keys(bad)) {
			t.Errorf("%s:%d: %d words in a row from a benchmark or seed text; use an invented example", rel, line, provenanceRun)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// words splits text into lower-case words of letters and digits (inner
// apostrophes kept), with the offset of each.
func words(text string) (ws []string, at []int) {
	start := -1
	for i, r := range text + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’') && start >= 0
		if inWord && start < 0 {
			start = i
		} else if !inWord && start >= 0 {
			ws = append(ws, strings.ToLower(strings.Trim(text[start:min(i, len(text))], "'’")))
			at = append(at, start)
			start = -1
		}
	}
	return ws, at
}

// wordRuns yields the hash of every run of provenanceRun words of text
// that says something: runs of markup (web addresses, attribute names),
// letters alone or numbers are left out.
func wordRuns(text string) map[uint64]int {
	ws, at := words(text)
	out := map[uint64]int{}
	for i := 0; i+provenanceRun <= len(ws); i++ {
		run := ws[i : i+provenanceRun]
		if !meaningful(run) {
			continue
		}
		h := fnv.New64a()
		for _, w := range run {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		if _, ok := out[h.Sum64()]; !ok {
			out[h.Sum64()] = at[i]
		}
	}
	return out
}

// wordRunLines is wordRuns with the line of each run in text.
func wordRunLines(text string) map[uint64]int {
	out := wordRuns(text)
	for h, off := range out {
		out[h] = 1 + strings.Count(text[:off], "\n")
	}
	return out
}

// meaningful reports whether a run of words is prose: at least four words
// of three letters or more, and no web or markup vocabulary.
func meaningful(run []string) bool {
	long := 0
	for _, w := range run {
		switch w {
		case "http", "https", "www", "com", "org", "html", "xmlns", "viewport", "utf":
			return false
		}
		if len(w) >= 3 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			long++
		}
	}
	return long >= 4
}
