package neardup

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/extract"
	"github.com/ledehq/lede/internal/sharedtest"
)

// benchArticles extracts the scrapinghub benchmark pages.
func benchArticles(tb testing.TB) []*lede.Article {
	tb.Helper()
	dir := sharedtest.Path(tb, "bench", "scrapinghub", "html")
	pages, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(pages) == 0 {
		tb.Skipf("no pages in %s", dir)
	}
	var out []*lede.Article
	for _, p := range pages {
		f, err := os.Open(p)
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		a, err := extract.Extract(context.Background(), page, extract.Options{})
		if err != nil {
			continue
		}
		out = append(out, a)
	}
	return out
}

// republish builds the page a partner site would make of an article: its
// own title, menu, teasers and footer around the same body paragraphs,
// headings, list items and block quotes (tables, images and embeds left
// out).
func republish(a *lede.Article, n int) []byte {
	var b bytes.Buffer
	title := fmt.Sprintf("Partner Daily %d: %s", n, a.Title)
	fmt.Fprintf(&b, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | Partner Daily</title></head><body>\n", html.EscapeString(title))
	b.WriteString(`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>` +
		`<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>` + "\n")
	fmt.Fprintf(&b, "<main><article><h1>%s</h1><p class=\"byline\">By Partner Daily staff, from wire reports</p>\n", html.EscapeString(title))
	for _, blk := range a.Blocks {
		text := html.EscapeString(blk.Text)
		switch {
		case strings.TrimSpace(blk.Text) == "":
		case blk.Kind == lede.KindParagraph:
			fmt.Fprintf(&b, "<p>%s</p>\n", text)
		case blk.Kind == lede.KindHeading:
			fmt.Fprintf(&b, "<h2>%s</h2>\n", text)
		case blk.Kind == lede.KindListItem:
			fmt.Fprintf(&b, "<ul><li>%s</li></ul>\n", text)
		case blk.Kind == lede.KindBlockQuote:
			fmt.Fprintf(&b, "<blockquote><p>%s</p></blockquote>\n", text)
		}
	}
	b.WriteString("<p>This story was distributed by a news agency and republished under a syndication agreement.</p></article>\n")
	b.WriteString(`<aside><h2>Most read</h2><ul><li><a href="/a/1">Markets slide as rates rise</a></li>` +
		`<li><a href="/a/2">Storm closes roads across the region</a></li><li><a href="/a/3">Local team wins cup final</a></li></ul></aside></main>` + "\n")
	b.WriteString(`<footer><p>© Partner Daily. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`)
	return b.Bytes()
}

// TestRepublishedBenchPages: every scrapinghub article republished under a
// partner site's chrome and title is recognised as the same story, and no
// two different articles are, not even the pairs closest in vocabulary
// (same topic).
func TestRepublishedBenchPages(t *testing.T) {
	arts := benchArticles(t)
	ctx := context.Background()
	type signed struct {
		a   *lede.Article
		sig Signature
	}
	var ss []signed
	matched, compared := 0, 0
	var misses []string
	for i, a := range arts {
		sig, ok := Sign(a.Text)
		if !ok || len(a.Blocks) == 0 {
			continue
		}
		ss = append(ss, signed{a, sig})
		copyArt, err := extract.Extract(ctx, republish(a, i), extract.Options{URL: "https://partner.example/a"})
		if err != nil {
			t.Errorf("republished %q: %v", a.Title, err)
			continue
		}
		csig, ok := Sign(copyArt.Text)
		compared++
		if ok && Similarity(&sig, &csig) >= Threshold {
			matched++
			continue
		}
		misses = append(misses, fmt.Sprintf("%.50q (%.2f)", a.Title, Similarity(&sig, &csig)))
	}
	t.Logf("republished copies recognised: %d of %d", matched, compared)
	// A copy is missed only when the extractor reads the two pages very
	// differently (the original's body holds mostly tables or embeds that
	// the rebuilt page leaves out): allow 5%.
	t.Logf("missed: %s", strings.Join(misses, "; "))
	if compared < 100 || float64(matched) < 0.95*float64(compared) {
		t.Errorf("recognised %d of %d republished copies; missed: %s", matched, compared, strings.Join(misses, "; "))
	}

	// Different articles: all pairs, and the closest by shared words.
	type pair struct {
		i, j        int
		words, sims float64
	}
	var pairs []pair
	sets := make([]map[string]bool, len(ss))
	for i, s := range ss {
		sets[i] = wordSet(s.a.Text)
	}
	for i := range ss {
		for j := i + 1; j < len(ss); j++ {
			if ss[i].a.Text == ss[j].a.Text {
				continue
			}
			pairs = append(pairs, pair{i, j, jaccard(sets[i], sets[j]), Similarity(&ss[i].sig, &ss[j].sig)})
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].words > pairs[b].words })
	for k, p := range pairs {
		if p.sims >= Threshold {
			t.Errorf("different articles taken for one story (%.2f): %q and %q", p.sims, ss[p.i].a.Title, ss[p.j].a.Title)
		}
		if k < 5 {
			t.Logf("close vocabulary %.2f, shingle similarity %.2f: %.40q / %.40q", p.words, p.sims, ss[p.i].a.Title, ss[p.j].a.Title)
		}
	}
}

func wordSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		m[w] = true
	}
	return m
}

func jaccard(a, b map[string]bool) float64 {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// BenchmarkSign signs extracted scrapinghub articles.
func BenchmarkSign(b *testing.B) {
	arts := benchArticles(b)
	words := 0
	for _, a := range arts {
		words += Words(a.Text)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Sign(arts[i%len(arts)].Text)
	}
	b.ReportMetric(float64(words)/float64(len(arts)), "words/article")
}
