package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Metric names how a data set's bodies are scored.
type Metric string

// The body metrics.
const (
	// MetricShingle is the article-extraction benchmark's 4-token shingle F1
	// (ScoreBody, SumBody).
	MetricShingle Metric = "shingle"
	// MetricBagOfWords is WCXB's bag-of-words F1, macro-averaged per page
	// type (ScoreBagOfWords, SumMacro).
	MetricBagOfWords Metric = "bag-of-words"
)

// Input says what a data set's pages are.
type Input string

// The kinds of page.
const (
	InputHTML Input = "html"
	InputText Input = "text" // flattened page text
)

// The data set names, as --set takes them.
const (
	SetScrapinghub     = "scrapinghub"
	SetScrapinghubW3m  = "scrapinghub-w3m"
	SetScrapinghubLynx = "scrapinghub-lynx"
	SetWCXB            = "wcxb"
	SetWCXBW3m         = "wcxb-w3m"
	SetReadability     = "readability"
)

// SetNames lists every data set Load knows, in report order.
var SetNames = []string{SetScrapinghub, SetWCXB, SetReadability, SetScrapinghubW3m, SetScrapinghubLynx, SetWCXBW3m}

// Dataset is a list of benchmark pages with their truth. Pages and truths
// are read from disk one at a time (Case.Page, Case.Truth), so a run keeps
// only the page at hand in memory.
type Dataset struct {
	Name   string
	Input  Input
	Metric Metric
	Cases  []Case
}

// Case is one page of a data set.
type Case struct {
	ID       string
	URL      string
	PageType string // WCXB's primary page type ("article", "forum"...); empty elsewhere
	pagePath string
	truth    func() (Truth, error)
}

// Truth is what is known of a page. Empty strings are unknown fields, which
// are not scored; HasBody is false when the truth gives no body.
type Truth struct {
	Body      string
	HasBody   bool
	Title     string
	Authors   string // as the truth writes them, e.g. "Ann Lee and Bo Ma"
	Published string // YYYY-MM-DD or YYYY-MM
}

// Page reads the case's page, gunzipping it when its name ends in ".gz".
func (c Case) Page() ([]byte, error) {
	return readMaybeGzip(c.pagePath)
}

// Truth reads the case's truth.
func (c Case) Truth() (Truth, error) {
	if c.truth == nil {
		return Truth{}, fmt.Errorf("case %q: no truth (not made by Load)", c.ID)
	}
	return c.truth()
}

// Load reads the listing of the named data set (one of SetNames) under
// dir, the benchmark folder (../shared/bench).
func Load(dir, name string) (*Dataset, error) {
	switch name {
	case SetScrapinghub:
		return loadScrapinghub(dir, name, "html", ".html.gz", InputHTML)
	case SetScrapinghubW3m:
		return loadScrapinghub(dir, name, "text-w3m", ".txt.gz", InputText)
	case SetScrapinghubLynx:
		return loadScrapinghub(dir, name, "text-lynx", ".txt.gz", InputText)
	case SetWCXB:
		return loadWCXB(dir, name, "html", ".html.gz", InputHTML)
	case SetWCXBW3m:
		return loadWCXB(dir, name, "text-w3m", ".txt.gz", InputText)
	case SetReadability:
		return loadReadability(dir, name)
	}
	return nil, fmt.Errorf("unknown data set %q (known: %s)", name, strings.Join(SetNames, ", "))
}

// loadScrapinghub lists the article-extraction benchmark in the order of
// its ground-truth file, which the scorer's sums follow.
func loadScrapinghub(dir, name, sub, ext string, in Input) (*Dataset, error) {
	root := filepath.Join(dir, "scrapinghub")
	gtPath := filepath.Join(root, "ground-truth.json")
	f, err := os.Open(gtPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := ReadBodyFile(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", gtPath, err)
	}
	ds := &Dataset{Name: name, Input: in, Metric: MetricShingle}
	for _, e := range entries {
		truth := Truth{Body: e.Body, HasBody: true}
		ds.Cases = append(ds.Cases, Case{
			ID:       e.ID,
			URL:      e.URL,
			pagePath: filepath.Join(root, sub, e.ID+ext),
			truth:    func() (Truth, error) { return truth, nil },
		})
	}
	return ds, nil
}

// BodyEntry is one entry of a score_body.py file: {id: {"articleBody", "url"}}.
type BodyEntry struct {
	ID   string
	Body string
	URL  string
}

// ReadBodyFile reads a score_body.py truth or prediction file (an object
// mapping ids to {"articleBody": ...}, or {"version", "output": {...}}) and
// returns its entries in file order. A null or missing articleBody is "".
func ReadBodyFile(r io.Reader) ([]BodyEntry, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	entries, err := readBodyObject(data)
	if err != nil {
		return nil, err
	}
	if len(entries) == 2 {
		var wrapped struct {
			Version json.RawMessage `json:"version"`
			Output  json.RawMessage `json:"output"`
		}
		if json.Unmarshal(data, &wrapped) == nil && wrapped.Version != nil && wrapped.Output != nil {
			return readBodyObject(wrapped.Output)
		}
	}
	return entries, nil
}

func readBodyObject(data []byte) ([]BodyEntry, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("not a JSON object of id: {articleBody}")
	}
	var entries []BodyEntry
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		id, _ := tok.(string)
		var v struct {
			ArticleBody *string `json:"articleBody"`
			URL         string  `json:"url"`
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("entry %q: %w", id, err)
		}
		_ = json.Unmarshal(raw, &v) // a value that is not an object has no body
		e := BodyEntry{ID: id, URL: v.URL}
		if v.ArticleBody != nil {
			e.Body = *v.ArticleBody
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// wcxbFile is the part of a WCXB ground-truth file that is scored.
type wcxbFile struct {
	URL      string `json:"url"`
	Internal struct {
		PageType struct {
			Primary string `json:"primary"`
		} `json:"page_type"`
	} `json:"_internal"`
	GroundTruth struct {
		URL         string  `json:"url"`
		Title       string  `json:"title"`
		Author      any     `json:"author"`
		PublishDate any     `json:"publish_date"`
		MainContent *string `json:"main_content"`
	} `json:"ground_truth"`
}

func loadWCXB(dir, name, sub, ext string, in Input) (*Dataset, error) {
	root := filepath.Join(dir, "wcxb-dev")
	paths, err := filepath.Glob(filepath.Join(root, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no ground-truth/*.json", root)
	}
	sort.Strings(paths)
	ds := &Dataset{Name: name, Input: in, Metric: MetricBagOfWords}
	for _, p := range paths {
		gt, err := readWCXB(p)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(p), ".json")
		url := gt.URL
		if url == "" {
			url = gt.GroundTruth.URL
		}
		ds.Cases = append(ds.Cases, Case{
			ID:       id,
			URL:      url,
			PageType: gt.Internal.PageType.Primary,
			pagePath: filepath.Join(root, sub, id+ext),
			truth: func() (Truth, error) {
				gt, err := readWCXB(p)
				if err != nil {
					return Truth{}, err
				}
				g := gt.GroundTruth
				t := Truth{Title: g.Title, Authors: stringOrList(g.Author), Published: stringOrList(g.PublishDate)}
				if g.MainContent != nil {
					t.Body, t.HasBody = *g.MainContent, true
				}
				return t, nil
			},
		})
	}
	return ds, nil
}

func readWCXB(path string) (*wcxbFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var gt wcxbFile
	if err := json.Unmarshal(data, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &gt, nil
}

// stringOrList flattens a JSON string or list of strings to one string,
// list items joined by ", ".
func stringOrList(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case []any:
		var parts []string
		for _, x := range v {
			if s, ok := x.(string); ok && s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

// ReadabilityURL is the address given to the readability cases' pages; the
// suite's expected output resolves links against it.
const ReadabilityURL = "http://fakehost/test/page.html"

func loadReadability(dir, name string) (*Dataset, error) {
	root := filepath.Join(dir, "readability")
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	ds := &Dataset{Name: name, Input: InputHTML, Metric: MetricShingle}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		caseDir := filepath.Join(root, e.Name())
		ds.Cases = append(ds.Cases, Case{
			ID:       e.Name(),
			URL:      ReadabilityURL,
			pagePath: filepath.Join(caseDir, "source.html.gz"),
			truth: func() (Truth, error) {
				expected, err := readMaybeGzip(filepath.Join(caseDir, "expected.html.gz"))
				if err != nil {
					return Truth{}, err
				}
				body, err := HTMLText(bytes.NewReader(expected))
				if err != nil {
					return Truth{}, fmt.Errorf("%s: %w", caseDir, err)
				}
				t := Truth{Body: body, HasBody: true}
				mdPath := filepath.Join(caseDir, "expected-metadata.json")
				md, err := os.ReadFile(mdPath)
				if err != nil {
					return Truth{}, err
				}
				var m struct {
					Title         string `json:"title"`
					Byline        string `json:"byline"`
					PublishedTime string `json:"publishedTime"`
				}
				if err := json.Unmarshal(md, &m); err != nil {
					return Truth{}, fmt.Errorf("%s: %w", mdPath, err)
				}
				t.Title, t.Authors = m.Title, m.Byline
				// The day as written ("2015-07-10T09:53:00-04:00" is
				// 2015-07-10), as lede writes its own dates.
				if day := m.PublishedTime; len(day) >= 10 && isDatePrefix(day[:10]) {
					t.Published = day[:10]
				}
				return t, nil
			},
		})
	}
	if len(ds.Cases) == 0 {
		return nil, fmt.Errorf("%s: no cases", root)
	}
	return ds, nil
}

// readMaybeGzip reads a file, gunzipping it when its name ends in ".gz".
func readMaybeGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if !strings.HasSuffix(path, ".gz") {
		return io.ReadAll(f)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}
