package urlnorm

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/ledehq/lede/internal/gunzip"
	"github.com/ledehq/lede/internal/sharedtest"
)

var hrefRE = regexp.MustCompile(`href="(https?://[^"]+)"`)

// BenchmarkNormalize normalises the absolute links of the scrapinghub
// benchmark's real news pages.
func BenchmarkNormalize(b *testing.B) {
	dir := sharedtest.Path(b, "bench", "scrapinghub", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		b.Skipf("no pages in %s", dir)
	}
	var urls []string
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		page, err := gunzip.ReadAll(f, 64<<20, -1)
		f.Close()
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		for _, m := range hrefRE.FindAllSubmatch(page, -1) {
			urls = append(urls, string(bytes.ReplaceAll(m[1], []byte("&amp;"), []byte("&"))))
		}
	}
	if len(urls) == 0 {
		b.Skip("no links found")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Normalize(urls[i%len(urls)])
	}
	b.ReportMetric(float64(len(urls)), "urls")
}
