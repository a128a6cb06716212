package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand"
	"github.com/ledehq/lede/understand/readings"
)

// evalUnderstand runs "lede eval understand": it understands the text of
// every hand reading (the shared seed and understand/testdata/expected) and
// prints precision and recall per kind.
func evalUnderstand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lede eval understand", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dirs := fs.String("data", "", "comma-separated folders of NAME.expected.json readings (default: ../shared/seed, understand/testdata/expected and understand/testdata/heldout of the repository; the later sets understand/testdata/fresh and the blind set understand/testdata/blind are scored only when named here)")
	verbose := fs.Bool("v", false, "list the items missed and the predictions matching nothing, per article")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: lede eval understand [flags]\n\nUnderstands the text of each hand reading and prints precision, recall and F1\nfor people, organizations, places (with country), dates (with value) and\nquotes (with speaker and exact words).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	var folders []string
	if *dirs != "" {
		folders = strings.Split(*dirs, ",")
	} else {
		root, err := findRepoRoot()
		if err != nil {
			return fmt.Errorf("%v (or give --data)", err)
		}
		folders = []string{filepath.Join(root, "..", "shared", "seed"), filepath.Join(root, "understand", "testdata", "expected"), filepath.Join(root, "understand", "testdata", "heldout")}
	}
	var all []readings.Reading
	for _, d := range folders {
		rs, err := readings.LoadDir(d)
		if err != nil {
			return err
		}
		all = append(all, rs...)
	}
	var loader understand.Loader
	total := map[string]readings.Count{}
	type articleResult struct {
		Name   string                    `json:"name"`
		Counts map[string]readings.Count `json:"counts"`
		Missed []string                  `json:"missed,omitempty"`
		Wrong  []string                  `json:"wrong,omitempty"`
	}
	var results []articleResult
	for _, r := range all {
		if err := ctx.Err(); err != nil {
			return err
		}
		a := &lede.Article{Text: r.Text, Published: r.Published}
		if err := loader.Understand(ctx, a); err != nil {
			return fmt.Errorf("%s: %w", r.Name, err)
		}
		sc := readings.ScoreArticle(r, a)
		for k, c := range sc.Counts {
			t := total[k]
			t.Add(c)
			total[k] = t
		}
		results = append(results, articleResult{r.Name, sc.Counts, sc.Missed, sc.Wrong})
	}
	if *asJSON {
		type row struct {
			readings.Count
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
			F1        float64 `json:"f1"`
		}
		out := struct {
			Articles int             `json:"articles"`
			Kinds    map[string]row  `json:"kinds"`
			Detail   []articleResult `json:"detail,omitempty"`
		}{Articles: len(all), Kinds: map[string]row{}}
		for k, c := range total {
			out.Kinds[k] = row{c, c.Precision(), c.Recall(), c.F1()}
		}
		if *verbose {
			out.Detail = results
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "understanding, %d hand-read articles\n\n", len(all))
	fmt.Fprintf(&b, "%-14s %9s %9s %7s %7s %7s\n", "kind", "found", "right", "P", "R", "F1")
	for _, k := range readings.Kinds {
		c := total[k]
		if k == readings.KindIndirect {
			fmt.Fprintf(&b, "%-14s %4d/%-4d %9s %7s %7.3f %7s  (recall of nice_indirect; %d predicted)\n", k, c.Found, c.Must, "", "", c.Recall(), "", c.Predicted)
			continue
		}
		fmt.Fprintf(&b, "%-14s %4d/%-4d %4d/%-4d %7.3f %7.3f %7.3f\n", k, c.Found, c.Must, c.Good, c.Predicted, c.Precision(), c.Recall(), c.F1())
	}
	b.WriteString("\nfound: must items found / must items; right: predictions matching a must or nice item / predictions\n")
	if *verbose {
		for _, r := range results {
			if len(r.Missed)+len(r.Wrong) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n%s\n", r.Name)
			for _, m := range r.Missed {
				fmt.Fprintf(&b, "  missed %s\n", m)
			}
			for _, w := range r.Wrong {
				fmt.Fprintf(&b, "  wrong  %s\n", w)
			}
		}
	}
	_, err := io.WriteString(stdout, b.String())
	return err
}

// findRepoRoot walks up from the working directory to the folder of go.mod.
func findRepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the lede repository: no go.mod above the working directory")
		}
		dir = parent
	}
}
