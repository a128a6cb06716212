package understand_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// TestSeedViaPipeline reads the founding example's flattened page through
// pipeline.Read with understanding on, and checks the must quotes of its
// hand reading. It skips while the flat reader does not find the body.
func TestSeedViaPipeline(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seed")
	page, err := os.ReadFile(filepath.Join(dir, "fortune-trump-putin-helsinki.txt"))
	if os.IsNotExist(err) {
		t.Skip("shared seed not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "fortune-trump-putin-helsinki.expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Article struct {
			BodyParagraphs []string `json:"body_paragraphs"`
		} `json:"article"`
		Quotes struct {
			Must []struct{ Speaker, Text string } `json:"must"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	var loader understand.Loader
	a, err := pipeline.Read(context.Background(), page, pipeline.Options{Understand: true, Understander: &loader})
	if err != nil {
		t.Skipf("pipeline does not read the seed yet: %v", err)
	}
	for _, p := range exp.Article.BodyParagraphs {
		if !strings.Contains(a.Text, p) {
			t.Skipf("the flat reader's body misses the paragraph %.40q…", p)
		}
	}
	for _, want := range exp.Quotes.Must {
		found := false
		for _, q := range a.Quotes {
			found = found || q.Kind != lede.QuoteIndirect && q.Speaker == want.Speaker && q.Text == want.Text
		}
		if !found {
			t.Errorf("quote by %s not found: %q", want.Speaker, want.Text)
		}
	}
}
