package htmlmeta

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"github.com/ledehq/lede/internal/sharedtest"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// wcxbPage is one article page of wcxb-dev and its true metadata.
type wcxbPage struct {
	id     string
	url    *url.URL
	doc    *html.Node
	title  string
	author string
	date   string
}

// loadWCXB reads every step-th article page of wcxb-dev, up to max pages.
func loadWCXB(t testing.TB, step, max int) []wcxbPage {
	t.Helper()
	dir := sharedtest.Path(t, "bench", "wcxb-dev")
	files, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil || len(files) == 0 {
		t.Skipf("no ground truth in %s", dir)
	}
	sort.Strings(files)
	var pages []wcxbPage
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		var gt struct {
			URL      string `json:"url"`
			Internal struct {
				PageType struct {
					Primary string `json:"primary"`
				} `json:"page_type"`
			} `json:"_internal"`
			GT struct {
				Title  string `json:"title"`
				Author string `json:"author"`
				Date   string `json:"publish_date"`
			} `json:"ground_truth"`
		}
		if err := json.Unmarshal(b, &gt); err != nil {
			t.Fatalf("decode %s: %v", f, err)
		}
		if gt.Internal.PageType.Primary != "article" {
			continue
		}
		n++
		if (n-1)%step != 0 {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		raw := gunzipFile(t, filepath.Join(dir, "html", id+".html.gz"))
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("parse %s: %v", id, err)
		}
		u, _ := url.Parse(gt.URL)
		pages = append(pages, wcxbPage{id: id, url: u, doc: doc, title: gt.GT.Title, author: gt.GT.Author, date: gt.GT.Date})
		if len(pages) >= max {
			break
		}
	}
	return pages
}

func gunzipFile(t testing.TB, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("gunzip %s: %v", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatalf("gunzip %s: %v", path, err)
	}
	return b
}

// Comparison rules of the benchmark (the same as internal/eval's): titles
// equal after folding case and white space; author name sets equal after
// splitting on commas, semicolons, "&" and "and"; dates on the same day.

func normText(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func authorSet(names ...string) map[string]bool {
	set := map[string]bool{}
	for _, a := range names {
		a = strings.TrimPrefix(normText(a), "by ")
		for _, part := range strings.FieldsFunc(a, func(r rune) bool { return r == ',' || r == ';' || r == '&' }) {
			for _, n := range strings.Split(" "+part+" ", " and ") {
				if n = strings.TrimSpace(n); n != "" {
					set[n] = true
				}
			}
		}
	}
	return set
}

func sameAuthors(truth string, pred []string) bool {
	t, p := authorSet(truth), authorSet(pred...)
	if len(t) != len(p) {
		return false
	}
	for n := range t {
		if !p[n] {
			return false
		}
	}
	return true
}

func sameDay(truth, pred string) bool {
	return len(pred) >= len(truth) && pred[:len(truth)] == truth &&
		(len(pred) == len(truth) || pred[len(truth)] < '0' || pred[len(truth)] > '9')
}

// TestBenchFloors reads a third of the wcxb-dev article pages and checks
// that title, author and date accuracy stay above floors set a little under
// what the package scores, so that a change that breaks a source fails.
func TestBenchFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("reads benchmark pages")
	}
	pages := loadWCXB(t, 3, 1000)
	var nt, ot, na, oa, nd, od int
	for _, p := range pages {
		m := Read(p.doc, p.url)
		if p.title != "" {
			nt++
			if normText(p.title) == normText(m.Title) {
				ot++
			}
		}
		if p.author != "" {
			na++
			if sameAuthors(p.author, m.Authors) {
				oa++
			}
		}
		if p.date != "" {
			nd++
			if sameDay(p.date, m.Published) {
				od++
			}
		}
	}
	check := func(name string, ok, n int, floor float64) {
		if n == 0 {
			return
		}
		acc := float64(ok) / float64(n)
		t.Logf("%s: %d/%d = %.3f (floor %.2f)", name, ok, n, acc, floor)
		if acc < floor {
			t.Errorf("%s accuracy %.3f fell below %.2f", name, acc, floor)
		}
	}
	check("title", ot, nt, 0.82)
	check("author", oa, na, 0.80)
	check("date", od, nd, 0.85)
}

// BenchmarkRead reads the metadata of 40 real article pages per iteration
// (parsing is done once, outside the timer).
func BenchmarkRead(b *testing.B) {
	pages := loadWCXB(b, 20, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pages {
			Read(p.doc, p.url)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
