// Command bench runs lede and its peers, go-trafilatura and readeck's
// go-readability, on the same benchmark pages in the same run, one page at a
// time on one core, and prints their body F1, precision, recall, accuracy,
// metadata accuracy and pages per second side by side.
//
// It lives in its own module (github.com/ledehq/lede/bench) so that lede
// never depends on the peers; it reuses lede's scorer and runner,
// github.com/ledehq/lede/internal/eval, which Go's internal rule allows
// because the import path github.com/ledehq/lede/bench lies under
// github.com/ledehq/lede (the rule is path-based, not module-based).
//
// Usage:
//
//	cd bench && go run . -data ../../shared/bench
//	go run . -set scrapinghub,wcxb-articles,readability -peers lede,go-trafilatura
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"

	"github.com/ledehq/lede/internal/eval"
)

// peers maps an extractor name to its Extractor on HTML pages.
var peers = map[string]eval.Extractor{
	"lede":                    eval.Lede(eval.InputHTML),
	"go-trafilatura":          trafilaturaExtractor(false),
	"go-trafilatura-fallback": trafilaturaExtractor(true),
	"go-readability":          readabilityExtractor,
}

// peerOrder is the order of -peers' default and of the tables.
var peerOrder = []string{"lede", "go-trafilatura", "go-trafilatura-fallback", "go-readability"}

// trafilaturaExtractor runs go-trafilatura with its default options;
// fallback also lets it try its readability and DOM-distiller fallbacks,
// the slower and more accurate mode.
func trafilaturaExtractor(fallback bool) eval.Extractor {
	return func(ctx context.Context, page []byte, pageURL string) (eval.Prediction, error) {
		opts := trafilatura.Options{EnableFallback: fallback}
		if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
			opts.OriginalURL = u
		}
		res, err := trafilatura.Extract(bytes.NewReader(page), opts)
		if err != nil {
			return eval.Prediction{}, err
		}
		if res == nil {
			return eval.Prediction{}, fmt.Errorf("go-trafilatura: no result")
		}
		p := eval.Prediction{Text: res.ContentText, Title: res.Metadata.Title}
		if res.Metadata.Author != "" {
			p.Authors = []string{res.Metadata.Author} // "A; B": eval splits it
		}
		if !res.Metadata.Date.IsZero() {
			p.Published = res.Metadata.Date.Format("2006-01-02")
		}
		return p, nil
	}
}

// readabilityExtractor runs readeck's go-readability with its defaults and
// renders the article node as text.
func readabilityExtractor(ctx context.Context, page []byte, pageURL string) (eval.Prediction, error) {
	var u *url.URL
	if parsed, err := url.Parse(pageURL); err == nil && parsed.IsAbs() {
		u = parsed
	}
	art, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return eval.Prediction{}, err
	}
	p := eval.Prediction{Title: art.Title()}
	if art.Node != nil {
		var b strings.Builder
		if err := art.RenderText(&b); err != nil {
			return p, err
		}
		p.Text = b.String()
	}
	if by := art.Byline(); by != "" {
		p.Authors = []string{by}
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		p.Published = t.Format(time3339Day)
	}
	return p, nil
}

const time3339Day = "2006-01-02"

// sets maps a -set name to the eval data set and a case filter.
var sets = map[string]struct {
	name   string
	filter func(eval.Case) bool
}{
	eval.SetScrapinghub: {eval.SetScrapinghub, nil},
	"wcxb-articles":     {eval.SetWCXB, func(c eval.Case) bool { return c.PageType == "article" }},
	eval.SetWCXB:        {eval.SetWCXB, nil},
	eval.SetReadability: {eval.SetReadability, nil},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "benchmark folder (default: ../shared/bench next to the repository)")
	setList := fs.String("set", eval.SetScrapinghub, "comma-separated data sets: scrapinghub, wcxb-articles, wcxb, readability")
	peerList := fs.String("peers", strings.Join(peerOrder, ","), "comma-separated extractors: "+strings.Join(peerOrder, ", "))
	perPage := fs.Int("per-page", 0, "also list each extractor's `N` pages of lowest body F1")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	predDir := fs.String("write-predictions", "", "write `DIR`/SET.EXTRACTOR.json (predicted bodies) and DIR/SET.truth.json for tools/score_body.py")
	if err := fs.Parse(args); err != nil {
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
	var names []string
	for _, p := range strings.Split(*peerList, ",") {
		if _, ok := peers[p]; !ok {
			return fmt.Errorf("-peers: unknown extractor %q (known: %s)", p, strings.Join(peerOrder, ", "))
		}
		names = append(names, p)
	}
	var reports []*eval.Report
	for _, s := range strings.Split(*setList, ",") {
		set, ok := sets[s]
		if !ok {
			return fmt.Errorf("-set: unknown data set %q", s)
		}
		ds, err := eval.Load(dir, set.name)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "bench: %s on %s...\n", strings.Join(names, ", "), s)
		var exs []eval.Named
		for _, name := range names {
			exs = append(exs, eval.Named{Name: name, Extractor: peers[name]})
		}
		reps, err := eval.RunAll(ctx, ds, exs, eval.RunOptions{Filter: set.filter, KeepText: *predDir != ""})
		if err != nil {
			return err
		}
		for _, rep := range reps {
			rep.Set = s
			if *predDir != "" {
				if err := writeBodyFile(*predDir, s+"."+rep.Extractor+".json", rep.PredictionEntries()); err != nil {
					return err
				}
				if err := writeBodyFile(*predDir, s+".truth.json", rep.TruthEntries()); err != nil {
					return err
				}
				for i := range rep.Results {
					rep.Results[i].Text, rep.Results[i].TruthText = "", ""
				}
			}
			reports = append(reports, rep)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(reports)
	}
	if err := eval.WriteComparison(stdout, reports); err != nil {
		return err
	}
	writeSpeedRatio(stdout, reports)
	fmt.Fprintln(stdout)
	return eval.WriteText(stdout, reports, *perPage)
}

// writeBodyFile writes entries as a score_body.py file dir/name.
func writeBodyFile(dir, name string, entries []eval.BodyEntry) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := eval.WriteBodyFile(f, entries); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// writeSpeedRatio prints lede's speed over go-trafilatura's per data set.
func writeSpeedRatio(w io.Writer, reports []*eval.Report) {
	speed := map[[2]string]float64{}
	var order []string
	for _, r := range reports {
		if _, seen := speed[[2]string{r.Set, "lede"}]; !seen && r.Extractor == "lede" {
			order = append(order, r.Set)
		}
		speed[[2]string{r.Set, r.Extractor}] = r.Speed.PagesPerSecond
	}
	for _, s := range order {
		if t := speed[[2]string{s, "go-trafilatura"}]; t > 0 {
			fmt.Fprintf(w, "%s: speed ratio lede/go-trafilatura = %.2f (one core)\n", s, speed[[2]string{s, "lede"}]/t)
		}
	}
}
