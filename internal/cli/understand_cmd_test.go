package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede"
)

const understandArticle = `{"title":"T","blocks":[],"text":"Vice President Mike Pence said Wednesday that he expects a deal. “There are a broad range of issues,” Pence said.","word_count":20}`

func runUnderstand(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), append([]string{"understand"}, args...), strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestUnderstandCmd(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		lines int // output lines for JSONL; 0 for indented JSON
	}{
		{"jsonl", understandArticle + "\n" + understandArticle + "\n", 2},
		{"one object", "{\n" + understandArticle[1:], 0},
		{"array", "[" + understandArticle + "," + understandArticle + "]", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runUnderstand(t, tt.in, "-")
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var arts []lede.Article
			if tt.lines > 0 {
				lines := strings.Split(strings.TrimSpace(out), "\n")
				if len(lines) != tt.lines {
					t.Fatalf("got %d lines, want %d:\n%s", len(lines), tt.lines, out)
				}
				for _, l := range lines {
					var a lede.Article
					if err := json.Unmarshal([]byte(l), &a); err != nil {
						t.Fatal(err)
					}
					arts = append(arts, a)
				}
			} else if strings.HasPrefix(out, "[") {
				if err := json.Unmarshal([]byte(out), &arts); err != nil {
					t.Fatal(err)
				}
			} else {
				var a lede.Article
				if err := json.Unmarshal([]byte(out), &a); err != nil {
					t.Fatal(err)
				}
				arts = append(arts, a)
			}
			for _, a := range arts {
				if len(a.People) != 1 || a.People[0].Name != "Mike Pence" {
					t.Errorf("people: %+v", a.People)
				}
				found := false
				for _, q := range a.Quotes {
					found = found || q.Speaker == "Mike Pence" && q.Kind == lede.QuoteDirect
				}
				if !found {
					t.Errorf("no direct quote by Mike Pence: %+v", a.Quotes)
				}
			}
		})
	}
}

func TestUnderstandCmdBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   string
		args []string
		code int
		msg  string
	}{
		{"empty stdin", "", []string{"-"}, ExitBadInput, "stdin"},
		{"broken json", "", []string{bad}, ExitBadInput, "bad.json"},
		{"missing file", "", []string{filepath.Join(dir, "none.json")}, ExitFailure, "none.json"},
		{"bad flag", "", []string{"--nope"}, ExitUsage, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runUnderstand(t, tt.in, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d naming %q", code, errs, tt.code, tt.msg)
			}
		})
	}
}

func TestEvalUnderstand(t *testing.T) {
	root, err := findRepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "understand", "testdata", "expected")
	var out, errb bytes.Buffer
	code := Main(context.Background(), []string{"eval", "understand", "--json", "--data", dir}, nil, &out, &errb)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var res struct {
		Articles int `json:"articles"`
		Kinds    map[string]struct {
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
		} `json:"kinds"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Articles < 10 {
		t.Errorf("scored %d articles, want the 10 or more hand readings", res.Articles)
	}
	for _, k := range []string{"people", "organizations", "places", "dates", "quotes"} {
		if _, ok := res.Kinds[k]; !ok {
			t.Errorf("no figures for %s", k)
		}
	}
	code = Main(context.Background(), []string{"eval", "understand", "--data", filepath.Join(root, "no-such-dir")}, nil, &out, &errb)
	if code == ExitOK {
		t.Error("no error for a folder without readings")
	}
}
