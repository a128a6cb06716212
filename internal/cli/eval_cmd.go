package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/ledehq/lede/internal/eval"
)

// EvalCmd is "lede eval": it measures lede against the benchmark data.
// "lede eval extract" scores article extraction (see package eval);
// "lede eval understand" scores understanding.
type EvalCmd struct{}

// Run dispatches on the first argument, "extract" or "understand".
func (c *EvalCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		io.WriteString(stderr, evalUsage)
		return usageError{"want a subcommand: extract or understand"}
	}
	switch args[0] {
	case "extract":
		return evalExtract(ctx, args[1:], stdout, stderr)
	case "understand":
		return evalUnderstand(ctx, args[1:], stdout, stderr)
	case "-h", "--help", "help":
		io.WriteString(stdout, evalUsage)
		return nil
	}
	io.WriteString(stderr, evalUsage)
	return usageError{fmt.Sprintf("unknown subcommand %q (want extract or understand)", args[0])}
}

const evalUsage = `Usage:
  lede eval extract [flags]     score article extraction on ../shared/bench
  lede eval understand [flags]  score understanding

Run "lede eval extract -h" for its flags.
`

// evalExtract runs "lede eval extract".
func evalExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lede eval extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "benchmark folder (default: ../shared/bench next to the repository or the current directory)")
	sets := fs.String("set", strings.Join(eval.SetNames, ","), "comma-separated data sets: "+strings.Join(eval.SetNames, ", "))
	perPage := fs.Int("per-page", 0, "list the `N` pages of lowest body F1 per data set")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	predDir := fs.String("write-predictions", "", "write `DIR`/SET.json (predicted bodies) and DIR/SET.truth.json for tools/score_body.py")
	misses := fs.Int("misses", 0, "list `N` pages per data set whose title, author or date is wrong, with truth and prediction")
	baseline := fs.Bool("baseline", false, "on text sets, also score the whole text given as the body (the figure to beat)")
	jobs := fs.Int("jobs", 1, "pages read at once; 1 measures speed on one core, more only scores (faster)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: lede eval extract [flags]\n\nRuns lede over the benchmark pages and prints body F1, title, author and date\naccuracy, pages per second on one core and peak memory per data set.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil // the usage was printed
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	if *perPage < 0 || *misses < 0 || *jobs < 1 {
		return usageError{"--per-page and --misses must be >= 0, --jobs >= 1"}
	}
	names, err := parseSets(*sets)
	if err != nil {
		return err
	}
	dir := *data
	if dir == "" {
		cwd, err := os.Getwd()
		if err != nil {
			return err
		}
		if dir, err = eval.FindData(cwd); err != nil {
			return err
		}
	}
	if *predDir != "" {
		if err := os.MkdirAll(*predDir, 0o755); err != nil {
			return err
		}
	}
	var reports []*eval.Report
	for _, name := range names {
		ds, err := eval.Load(dir, name)
		if err != nil {
			return fmt.Errorf("load %s: %w", name, err)
		}
		exs := []eval.Named{{Name: "lede", Extractor: eval.Lede(ds.Input)}}
		if *baseline && ds.Input == eval.InputText {
			exs = append(exs, eval.Named{Name: "whole text", Extractor: eval.WholeText})
		}
		reps, err := eval.RunAll(ctx, ds, exs, eval.RunOptions{Workers: *jobs, KeepText: *predDir != ""})
		if err != nil {
			return err
		}
		rep := reps[0]
		if *predDir != "" {
			if err := writeBodyFiles(*predDir, rep); err != nil {
				return err
			}
		}
		if !*asJSON {
			if err := eval.WriteText(stdout, reps, *perPage); err != nil {
				return err
			}
			if err := eval.WriteMisses(stdout, reps, *misses); err != nil {
				return err
			}
		}
		for _, rep := range reps {
			rep.Results = rep.Worst(*perPage)
			reports = append(reports, rep)
		}
	}
	if *asJSON {
		type jsonReport struct {
			*eval.Report
			Worst []eval.PageResult `json:"worst,omitempty"`
		}
		out := struct {
			Data    string       `json:"data"`
			Reports []jsonReport `json:"reports"`
		}{Data: dir}
		for _, rep := range reports {
			out.Reports = append(out.Reports, jsonReport{rep, rep.Results})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(reports) > 1 {
		return eval.WriteSummary(stdout, reports)
	}
	return nil
}

// parseSets splits and checks a --set value.
func parseSets(s string) ([]string, error) {
	var names []string
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		known := false
		for _, k := range eval.SetNames {
			known = known || k == name
		}
		if !known {
			return nil, usageError{fmt.Sprintf("--set: unknown data set %q (known: %s)", name, strings.Join(eval.SetNames, ", "))}
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, usageError{"--set: no data set named"}
	}
	return names, nil
}

// writeBodyFiles writes the report's predicted and true bodies as
// score_body.py files in dir.
func writeBodyFiles(dir string, rep *eval.Report) error {
	for _, f := range []struct {
		name    string
		entries []eval.BodyEntry
	}{{rep.Set + ".json", rep.PredictionEntries()}, {rep.Set + ".truth.json", rep.TruthEntries()}} {
		path := filepath.Join(dir, f.name)
		out, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := eval.WriteBodyFile(out, f.entries); err != nil {
			out.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := out.Close(); err != nil {
			return err
		}
	}
	return nil
}
