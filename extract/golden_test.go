package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenOutput is what the golden files record of an extraction.
type goldenOutput struct {
	Blocks  []lede.Block   `json:"blocks"`
	Related []lede.Related `json:"related,omitempty"`
}

func readGzip(t testing.TB, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return b
}

// TestGolden extracts the pages in testdata/golden and compares blocks and
// related teasers with the recorded output.
func TestGolden(t *testing.T) {
	var urls map[string]string
	raw, err := os.ReadFile(filepath.Join("testdata", "golden", "urls.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &urls); err != nil {
		t.Fatalf("urls.json: %v", err)
	}
	pages, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.html.gz"))
	if len(pages) == 0 {
		t.Fatal("no golden pages")
	}
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html.gz")
		t.Run(name, func(t *testing.T) {
			a, err := Extract(context.Background(), readGzip(t, p), Options{URL: urls[name]})
			if err != nil && !errors.Is(err, lede.ErrNoArticle) {
				t.Fatalf("Extract: %v", err)
			}
			got := goldenOutput{Blocks: a.Blocks, Related: a.Related}
			goldenPath := filepath.Join("testdata", "golden", name+".golden.json")
			if *update {
				var buf bytes.Buffer
				enc := json.NewEncoder(&buf)
				enc.SetIndent("", " ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(goldenPath, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantRaw, err := os.ReadFile(goldenPath)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestGolden -update)", err)
			}
			var want goldenOutput
			if err := json.Unmarshal(wantRaw, &want); err != nil {
				t.Fatalf("%s: %v", goldenPath, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", goldenPath, diff)
			}
		})
	}
}
