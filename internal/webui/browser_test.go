package webui

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds the browser the UI test drives: $LEDE_CHROMIUM, else
// Debian's /usr/bin/chromium, else chromium on the PATH. When there is
// none the test skips, or fails when CI_REQUIRE_BROWSER=1 (CI installs
// chromium and must never skip this test silently).
func chromiumPath(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("LEDE_CHROMIUM"), "/usr/bin/chromium"}
	if p, err := exec.LookPath("chromium"); err == nil {
		candidates = append(candidates, p)
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if st, err := os.Stat(c); err == nil && !st.IsDir() {
			return c
		}
	}
	msg := "no chromium browser (looked at $LEDE_CHROMIUM, /usr/bin/chromium and the PATH); install it with apt-get install chromium"
	if os.Getenv("CI_REQUIRE_BROWSER") == "1" {
		t.Fatal("CI_REQUIRE_BROWSER=1 but " + msg)
	}
	t.Skip("skipping the browser test: " + msg)
	return ""
}

// artifactDir is where screenshots go: $LEDE_ARTIFACTS/webui when set
// (.ci/run sets it; a relative path is read from the package's folder, as
// go test runs there), else a temporary folder of the test.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("LEDE_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	dir = filepath.Join(dir, "webui")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifacts folder: %v", err)
	}
	return dir
}

// TestBrowser drives a real headless Chromium through the UI: search, open
// an article, follow a person named in its text to the person's page, and
// see that person's quotes there. It saves a screenshot of each page and
// fails on any console error (a Content-Security-Policy violation shows up
// there) or when the stylesheet did not apply.
func TestBrowser(t *testing.T) {
	browser := chromiumPath(t)
	ts := newTestStore(t, benchPagesIfPresent(t, 25))
	srv := httptest.NewServer(New(ts, Options{}))
	defer srv.Close()
	shots := artifactDir(t)

	// The person to follow: one the sample article names in its text and
	// quotes, as the store has it (no name is written into this test).
	ctx := context.Background()
	stored, err := ts.Get(ctx, ts.sampleID)
	if err != nil {
		t.Fatal(err)
	}
	a := stored.Article
	speaker := ""
	for _, q := range a.Quotes {
		for _, p := range a.People {
			if q.Speaker == p.Name && len(p.Mentions) > 0 && speaker == "" {
				speaker = p.Name
			}
		}
	}
	if speaker == "" {
		t.Fatal("the sample article has no quoted person named in its text; nothing to follow")
	}
	// A word of the title to search for: its longest.
	word := ""
	for _, f := range strings.FieldsFunc(a.Title, func(r rune) bool { return !isWordRune(r) }) {
		if len(f) > len(word) {
			word = f
		}
	}

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// Containers often have a small /dev/shm, where Chromium would
		// otherwise keep its shared memory and crash.
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(allocCtx)
	defer cancelTab()
	tab, cancelTimeout := context.WithTimeout(tab, 2*time.Minute)
	defer cancelTimeout()

	// Start the browser, then gather the console while the test runs.
	if err := chromedp.Do(tab, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", browser, err)
	}
	var mu sync.Mutex
	var console []string
	messages := chromedp.Console(tab)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || strings.Contains(m.Text, "Content Security Policy") {
				mu.Lock()
				console = append(console, m.String()+" ("+m.URL+")")
				mu.Unlock()
			}
		}
	}()

	// shot saves the whole page, or only the first screen when top.
	shot := func(name string, top ...bool) {
		t.Helper()
		capture := chromedp.FullScreenshot(100)
		if len(top) > 0 && top[0] {
			capture = chromedp.CaptureScreenshot()
		}
		png, err := chromedp.Run(tab, capture)
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(shots, name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(tab, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}

	// 1. The home page lists the latest articles, styled.
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(".results")); err != nil {
		t.Fatalf("home page: %v", err)
	}
	bg, err := chromedp.Run(tab, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".masthead")).backgroundColor`))
	if err != nil {
		t.Fatal(err)
	}
	if bg == "" || bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
		t.Errorf("the masthead has no background (%q): the stylesheet did not apply", bg)
	}
	shot("1-home")

	// 2. Search from the header's box.
	if err := chromedp.Do(tab,
		chromedp.SendKeys("#q", word),
		chromedp.Submit("#q"),
		chromedp.WaitVisible(".results-head.searched"),
	); err != nil {
		t.Fatalf("searching %q: %v", word, err)
	}
	loc, _ := chromedp.Run(tab, chromedp.Location())
	if !strings.Contains(loc, "/search?q=") {
		t.Errorf("after submitting the search box the browser is at %s, want /search?q=...", loc)
	}
	// The result links to the reader, asking it to mark the searched word.
	link := `.results a[href^="/articles/` + strconv.FormatInt(ts.sampleID, 10) + `?hl="]`
	if err := chromedp.Do(tab, chromedp.WaitVisible(link)); err != nil {
		t.Fatalf("the results for %q do not list the sample article: %v", word, err)
	}
	shot("2-search")

	// Narrow the search by its first facet value, then take the filter
	// off again from its chip.
	before, _ := chromedp.Run(tab, chromedp.Text(".results-count"))
	if err := chromedp.Do(tab, chromedp.Click(".rail .facet li a"), chromedp.WaitVisible(".chips .chip")); err != nil {
		t.Fatalf("narrowing by a facet: %v", err)
	}
	narrowed, _ := chromedp.Run(tab, chromedp.Location())
	if err := chromedp.Do(tab, chromedp.Click(".chips .chip"), chromedp.WaitNotPresent(".chips .chip")); err != nil {
		t.Fatalf("removing the facet's filter: %v", err)
	}
	after, _ := chromedp.Run(tab, chromedp.Text(".results-count"))
	if narrowed == loc || after != before {
		t.Errorf("facet round trip: %s → %s; count %q → %q", loc, narrowed, before, after)
	}

	// 3. Open the article.
	if err := chromedp.Do(tab, chromedp.Click(link), chromedp.WaitVisible(".reader .headline")); err != nil {
		t.Fatalf("opening the article: %v", err)
	}
	if got := text(".reader .headline"); got != a.Title {
		t.Errorf("article headline = %q, want %q", got, a.Title)
	}
	n, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll(".body mark.quote").length`))
	if err != nil || n == 0 {
		t.Errorf("the article shows %d highlighted quotes (err %v); the store has %d", n, err, len(a.Quotes))
	}
	if hits, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll(".body mark.hit").length`)); err != nil || (hits == 0 && strings.Contains(strings.ToLower(a.Text), strings.ToLower(word))) {
		t.Errorf("the reader marks %d hits of the searched %q (err %v)", hits, word, err)
	}
	shot("3-article")

	// 4. Follow the person's first link in the text.
	personLink := `.body a.ent.person[title=` + strconv.Quote(speaker) + `]`
	if err := chromedp.Do(tab, chromedp.Click(personLink), chromedp.WaitVisible(".entity-head h1")); err != nil {
		t.Fatalf("following %s: %v", personLink, err)
	}
	if got := text(".entity-head h1"); got != speaker {
		t.Errorf("person page heading = %q, want %q", got, speaker)
	}
	// 5. The person's quotes are there, the ones the article attributes
	// to them among them.
	if err := chromedp.Do(tab, chromedp.WaitVisible("#quotes .quote-card")); err != nil {
		t.Fatalf("the person page shows no quotes: %v", err)
	}
	quotes := text("#quotes")
	for _, q := range a.Quotes {
		if q.Speaker == speaker && !strings.Contains(quotes, quoteShown(q.Text)) {
			t.Errorf("the quotes of %s do not show %q", speaker, q.Text)
		}
	}
	shot("4-person")

	// The article's source, from the reader's kicker, and the people.
	if err := chromedp.Do(tab,
		chromedp.Navigate(srv.URL+"/articles/"+strconv.FormatInt(ts.sampleID, 10)),
		chromedp.Click(".reader .kicker a"),
		chromedp.WaitVisible(".chart"),
	); err != nil {
		t.Fatalf("the article's source page: %v", err)
	}
	shot("5-source")
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/people"), chromedp.WaitVisible(".index-table")); err != nil {
		t.Fatalf("the people page: %v", err)
	}
	shot("6-people")

	// A phone-sized view of the article, and the not-found page.
	if err := chromedp.Do(tab,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(srv.URL+"/articles/"+strconv.FormatInt(ts.sampleID, 10)),
		chromedp.WaitVisible(".reader"),
	); err != nil {
		t.Fatalf("article on a narrow screen: %v", err)
	}
	shot("7-article-phone", true)
	if err := chromedp.Do(tab,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(srv.URL+"/articles/"+strconv.FormatInt(ts.hostileID, 10)),
		chromedp.WaitVisible(".reader"),
	); err != nil {
		t.Fatalf("hostile article: %v", err)
	}
	if got := text(".reader .headline"); got != hostileTitle {
		t.Errorf("the hostile title shows as %q, want it as text %q", got, hostileTitle)
	}
	scripts, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.scripts.length + document.querySelectorAll("iframe, [onerror], [onclick]").length`))
	if err != nil || scripts != 0 {
		t.Errorf("the hostile article's page has %d script, iframe or handler elements (err %v)", scripts, err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/no/such/page"), chromedp.WaitVisible(".error-page")); err != nil {
		t.Fatalf("not-found page: %v", err)
	}
	shot("8-not-found")

	cancelTimeout()
	mu.Lock()
	defer mu.Unlock()
	for _, m := range console {
		if strings.Contains(m, "/no/such/page") && strings.Contains(m, "404") {
			continue // the browser logs the 404 status of the page asked for
		}
		t.Errorf("browser console: %s", m)
	}
}

// benchPagesIfPresent returns n when ../shared holds the benchmark pages,
// else 0 with a note: the browser test runs on the sample alone then.
func benchPagesIfPresent(t *testing.T, n int) int {
	dir := filepath.Join(sharedRoot(t), "bench", "scrapinghub", "html")
	if _, err := os.Stat(dir); err != nil {
		t.Logf("no %s: the UI is tested on the bundled sample only", dir)
		return 0
	}
	return n
}
