package eval

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ledehq/lede"
)

const fixtureBench = "testdata/bench"

// textExtractor returns the visible text of an HTML page as its body and
// its <title> as the title: a crude but real extractor for testing the
// runner.
func textExtractor(ctx context.Context, page []byte, url string) (Prediction, error) {
	text, err := HTMLText(bytes.NewReader(page))
	if err != nil {
		return Prediction{}, err
	}
	_, title, _ := strings.Cut(string(page), "<title>")
	title, _, _ = strings.Cut(title, "</title>")
	return Prediction{Text: text, Title: title, Authors: []string{"Ann Lee", "Bo Ma"}, Published: "2024-03-04T23:00:00-05:00"}, nil
}

func TestRunFixture(t *testing.T) {
	for _, workers := range []int{1, 2} {
		ds, err := Load(fixtureBench, SetScrapinghub)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Run(context.Background(), ds, "text", textExtractor, RunOptions{Workers: workers, KeepText: true})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Pages != 2 || rep.Errors != 0 || rep.Body == nil || rep.Body.Pages != 2 {
			t.Fatalf("workers %d: report %+v", workers, rep)
		}
		// p2 is read exactly; p1 carries extra words (menu, title, footer).
		if rep.Body.Accuracy != 0.5 || rep.Body.Recall != 1 || rep.Body.Precision >= 1 {
			t.Errorf("workers %d: body %+v, want accuracy .5, recall 1, precision < 1", workers, rep.Body)
		}
		if rep.Speed.OneCore != (workers == 1) {
			t.Errorf("workers %d: OneCore = %v", workers, rep.Speed.OneCore)
		}
		if w := rep.Worst(1); len(w) != 1 || w[0].ID != "p1" {
			t.Errorf("workers %d: Worst(1) = %+v, want p1", workers, w)
		}
		if got := rep.PredictionEntries(); len(got) != 2 || got[1].Body != "Short page." {
			t.Errorf("workers %d: PredictionEntries = %+v", workers, got)
		}
	}
}

func TestRunErrorsAndPanics(t *testing.T) {
	ds, err := Load(fixtureBench, SetScrapinghub)
	if err != nil {
		t.Fatal(err)
	}
	ex := func(ctx context.Context, page []byte, url string) (Prediction, error) {
		if strings.HasSuffix(url, "/short") {
			panic("boom")
		}
		return Prediction{Text: "ignored", Title: "kept"}, lede.ErrNoArticle
	}
	rep, err := Run(context.Background(), ds, "bad", ex, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors != 2 || rep.ErrorKinds[lede.ErrNoArticle.Error()] != 1 || rep.ErrorKinds["panic"] != 1 {
		t.Errorf("errors %d %v, want one no-article and one panic", rep.Errors, rep.ErrorKinds)
	}
	if rep.Body.F1 != 0 {
		t.Errorf("F1 = %v, want 0: a failed page counts as an empty body", rep.Body.F1)
	}
}

func TestRunWCXBAndReadability(t *testing.T) {
	ds, err := Load(fixtureBench, SetWCXB)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Run(context.Background(), ds, "text", textExtractor, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := rep.BagOfWords["forum"]; got.Pages != 1 || got.F1 != 1 {
		t.Errorf("forum %+v, want one page read exactly", got)
	}
	if got := rep.BagOfWords[AllTypes]; got.Pages != 2 || got.F1 <= 0.5 || got.F1 >= 1 {
		t.Errorf("all types %+v", got)
	}
	// Metadata is scored on the article only: its title is the first line,
	// the authors match as a set, the date is its own local day.
	if rep.Title != (Accuracy{1, 1, 1}) || rep.Author != (Accuracy{1, 1, 1}) || rep.Date != (Accuracy{1, 1, 1}) {
		t.Errorf("title %+v author %+v date %+v, want 1/1 each", rep.Title, rep.Author, rep.Date)
	}

	ds, err = Load(fixtureBench, SetReadability)
	if err != nil {
		t.Fatal(err)
	}
	rep, err = Run(context.Background(), ds, "text", textExtractor, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pages != 1 || rep.Body.Recall != 1 || math.Abs(rep.Title.Rate-1) > 0 || rep.Author.Total != 1 || rep.Author.Right != 0 || rep.Date != (Accuracy{1, 1, 1}) {
		t.Errorf("readability %+v body %+v title %+v byline %+v date %+v", rep, rep.Body, rep.Title, rep.Author, rep.Date)
	}
	want := []Miss{{"author", "By Ann Lee", "Ann Lee; Bo Ma"}}
	if got := rep.MetaMisses("author", 5); len(got) != 1 || !slices.Equal(got[0].Misses, want) {
		t.Errorf("MetaMisses(author) = %+v, want one page with %+v", got, want)
	}
	if got := rep.MetaMisses("title", 5); len(got) != 0 {
		t.Errorf("MetaMisses(title) = %+v, want none", got)
	}
}

func TestRunCanceled(t *testing.T) {
	ds, err := Load(fixtureBench, SetScrapinghub)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, workers := range []int{1, 2} {
		if _, err := Run(ctx, ds, "text", textExtractor, RunOptions{Workers: workers}); !errors.Is(err, context.Canceled) {
			t.Errorf("workers %d: err = %v, want context.Canceled", workers, err)
		}
	}
}

func TestLoadUnknownSet(t *testing.T) {
	if _, err := Load(fixtureBench, "nope"); err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("Load(nope) error = %v, want one naming the set", err)
	}
	if _, err := Load(t.TempDir(), SetScrapinghub); err == nil {
		t.Error("Load on an empty folder succeeded")
	}
}

func TestFindData(t *testing.T) {
	root := t.TempDir()
	want := filepath.Join(root, "shared", "bench")
	pkg := filepath.Join(root, "repo", "internal", "pkg")
	for _, d := range []string{want, pkg} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, from := range []string{filepath.Join(root, "repo"), pkg} {
		if got, err := FindData(from); err != nil || got != want {
			t.Errorf("FindData(%s) = %q, %v; want %q", from, got, err, want)
		}
	}
}
