package sqlite

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/sharedtest"
	"github.com/ledehq/lede/pipeline"
	"github.com/ledehq/lede/understand"
)

// benchCorpus reads the scrapinghub and WCXB dev benchmark pages into
// understood articles, at most max (0: all), caching them as JSON lines in
// the temporary folder (delete lede-store-bench/ there after changing the
// extractor or understanding to read them again). Skips when the shared
// data is absent.
func benchCorpus(tb testing.TB, max int) []*lede.Article {
	tb.Helper()
	sh := sharedtest.Path(tb, "bench", "scrapinghub", "html")
	wc := sharedtest.Path(tb, "bench", "wcxb-dev", "html")
	cache := filepath.Join(os.TempDir(), "lede-store-bench", "corpus.jsonl.gz")
	arts, err := readCorpus(cache)
	if err != nil {
		var pages []string
		for _, dir := range []string{sh, wc} {
			ps, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
			if err != nil {
				tb.Fatal(err)
			}
			pages = append(pages, ps...)
		}
		loader := &understand.Loader{}
		for _, p := range pages {
			data, err := readGzip(p)
			if err != nil {
				tb.Fatal(err)
			}
			a, err := pipeline.Read(context.Background(), data, pipeline.Options{Understand: true, Understander: loader})
			if err != nil || strings.TrimSpace(a.Text) == "" {
				continue
			}
			if a.URL == "" {
				a.URL = "https://bench.example/" + filepath.Base(p)
			}
			arts = append(arts, a)
		}
		if err := writeCorpus(cache, arts); err != nil {
			tb.Logf("corpus cache not written: %v", err)
		}
	}
	if max > 0 && len(arts) > max {
		arts = arts[:max]
	}
	return arts
}

func readCorpus(path string) ([]*lede.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []*lede.Article
	for sc.Scan() {
		a := new(lede.Article)
		if err := json.Unmarshal(sc.Bytes(), a); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return out, nil
}

func writeCorpus(path string, arts []*lede.Article) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	zw := gzip.NewWriter(f)
	enc := json.NewEncoder(zw)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			f.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// corpusWords returns every word of the articles' texts in order, repeats
// kept: drawing from it gives words at their real frequencies.
func corpusWords(arts []*lede.Article) []string {
	var ws []string
	for _, a := range arts {
		ws = append(ws, strings.FieldsFunc(a.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })...)
	}
	return ws
}

// mixHash hashes a few numbers, deterministically.
func mixHash(ns ...int) uint64 {
	h := fnv.New64a()
	for _, n := range ns {
		fmt.Fprintf(h, "%d/", n)
	}
	return h.Sum64()
}

// varyArticle returns variant n of a base article, a new article of its
// own: every fourth word of its text replaced by a corpus word drawn by
// (n, position), so no run of four words survives and the variant is
// another story to the near-duplicate finder, while three words in four,
// the names, places and quotes stay (search, filters and facets see
// realistic texts); the publication day moved by n days over about three
// years; its own URL.
func varyArticle(a *lede.Article, n int, words []string) *lede.Article {
	c := *a
	var b strings.Builder
	i := 0
	inWord := false
	start := 0
	flush := func(end int) {
		w := a.Text[start:end]
		if (i+n)%4 == 0 {
			w = words[mixHash(n, i)%uint64(len(words))]
		}
		b.WriteString(w)
		i++
	}
	for p, r := range a.Text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case word && !inWord:
			start, inWord = p, true
		case !word && inWord:
			flush(p)
			inWord = false
		}
		if !word {
			b.WriteRune(r)
		}
	}
	if inWord {
		flush(len(a.Text))
	}
	c.Text = b.String()
	c.Blocks = []lede.Block{{Kind: lede.KindParagraph, Text: c.Text}}
	c.URL = fmt.Sprintf("%s?variant=%d", a.URL, n)
	c.CanonicalURL = ""
	c.Published = shiftDay(a.Published, n)
	return &c
}

// shiftDay moves a publication date's day back by n%1100 days; an article
// without one gets a day from n.
func shiftDay(published string, n int) string {
	day, _ := publishedKeys(published)
	base := "2020-01-01"
	if day != "" {
		base = day
	}
	t, err := time.Parse("2006-01-02", base)
	if err != nil {
		return published
	}
	return t.AddDate(0, 0, -(n % 1100)).Format("2006-01-02")
}

// cpuTime returns the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the process CPU time spent per operation since start
// ("cpu-ms/op"): on a machine shared with other work it varies much less
// than the wall time.
func reportCPU(b *testing.B, start time.Duration, ops int) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(ops), "cpu-ms/op")
}
