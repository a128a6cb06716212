package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede/internal/eval"
)

const evalFixture = "../eval/testdata/bench"

func TestEvalExtractJSON(t *testing.T) {
	pred := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"extract", "--data", evalFixture, "--set", "scrapinghub,wcxb,readability,scrapinghub-w3m", "--json", "--per-page", "1", "--write-predictions", pred}
	if err := (&EvalCmd{}).Run(context.Background(), args, &stdout, &stderr); err != nil {
		t.Fatalf("eval extract: %v\n%s", err, stderr.String())
	}
	var out struct {
		Reports []struct {
			eval.Report
			Worst []eval.PageResult `json:"worst"`
		} `json:"reports"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
	}
	if len(out.Reports) != 4 {
		t.Fatalf("%d reports, want 4", len(out.Reports))
	}
	for _, rep := range out.Reports {
		if rep.Pages == 0 || !rep.Speed.OneCore || len(rep.Worst) != 1 {
			t.Errorf("%s: pages %d, one core %v, worst %d", rep.Set, rep.Pages, rep.Speed.OneCore, len(rep.Worst))
		}
		for _, name := range []string{rep.Set + ".json", rep.Set + ".truth.json"} {
			f, err := os.Open(filepath.Join(pred, name))
			if err != nil {
				t.Fatal(err)
			}
			entries, err := eval.ReadBodyFile(f)
			f.Close()
			if err != nil || len(entries) == 0 {
				t.Errorf("%s: %d entries, %v", name, len(entries), err)
			}
		}
	}
}

func TestEvalExtractText(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := (&EvalCmd{}).Run(context.Background(), []string{"extract", "--data", evalFixture, "--set", "wcxb", "--jobs", "2"}, &stdout, &stderr); err != nil {
		t.Fatalf("eval extract: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"wcxb (html, 2 pages, lede)", "all types", "article", "forum"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}

func TestEvalUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"nope"},
		{"extract", "--set", "nope", "--data", evalFixture},
		{"extract", "--jobs", "0", "--data", evalFixture},
		{"extract", "stray", "--data", evalFixture},
		{"extract", "--no-such-flag"},
	} {
		var stdout, stderr bytes.Buffer
		err := (&EvalCmd{}).Run(context.Background(), args, &stdout, &stderr)
		if ExitCode(err) != ExitUsage {
			t.Errorf("eval %q: exit %d (%v), want %d", args, ExitCode(err), err, ExitUsage)
		}
	}
	var stdout, stderr bytes.Buffer
	err := (&EvalCmd{}).Run(context.Background(), []string{"extract", "--data", t.TempDir(), "--set", "scrapinghub"}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "scrapinghub") {
		t.Errorf("missing data: err = %v, want an error naming the set", err)
	}
}

func TestEvalExtractHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := (&EvalCmd{}).Run(context.Background(), []string{"extract", "-h"}, &stdout, &stderr); err != nil {
		t.Errorf("eval extract -h: %v", err)
	}
	if !strings.Contains(stderr.String(), "-per-page") {
		t.Errorf("usage lacks the flags:\n%s", stderr.String())
	}
}

func TestEvalExtractBaseline(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := (&EvalCmd{}).Run(context.Background(), []string{"extract", "--data", evalFixture, "--set", "scrapinghub,scrapinghub-w3m", "--baseline"}, &stdout, &stderr); err != nil {
		t.Fatalf("eval extract: %v\n%s", err, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "scrapinghub-w3m (text, 2 pages, whole text)") || strings.Contains(out, "scrapinghub (html, 2 pages, whole text)") {
		t.Errorf("want the whole-text baseline on the text set only:\n%s", out)
	}
}
