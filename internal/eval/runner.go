package eval

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ledehq/lede"
)

// Prediction is what an extractor read from one page.
type Prediction struct {
	Text      string
	Title     string
	Authors   []string
	Published string // RFC 3339 date or date-time
}

// Extractor reads one page of a data set (HTML or flattened text, as the
// data set's Input says). url is the page's address, or "" when unknown.
// An error counts as an empty body; the metadata of the returned
// Prediction is still scored.
type Extractor func(ctx context.Context, page []byte, url string) (Prediction, error)

// RunOptions tunes Run and RunAll. The zero value reads every case one at a time on
// one core, measuring speed, and keeps no predicted text.
type RunOptions struct {
	// Workers is how many pages are read at once. 0 or 1: one at a time
	// with runtime.GOMAXPROCS(1) for the whole run, and the time spent in
	// the extractor is measured. More: that many goroutines with the
	// process's GOMAXPROCS; figures are the same, speed is not reported.
	Workers int
	// KeepText keeps each page's predicted and true bodies in
	// PageResult.Text and TruthText.
	KeepText bool
	// Filter, when set, keeps only the cases it accepts.
	Filter func(Case) bool
}

// PageResult is the outcome of one page.
type PageResult struct {
	ID       string `json:"id"`
	URL      string `json:"url,omitempty"`
	PageType string `json:"page_type,omitempty"`
	Err      string `json:"error,omitempty"`
	ErrKind  string `json:"error_kind,omitempty"`
	// HasBody is false when the truth gives no body; the page then has no
	// body score.
	HasBody bool `json:"has_body"`
	PRF
	// Counts is the body metric's page score (MetricShingle only).
	Counts PageCounts `json:"-"`
	// Title, Author and Date are nil when the truth lacks the field (or, on
	// WCXB, when the page is not an article).
	Title *bool `json:"title_ok,omitempty"`
	// TitleFolded is Title with typographic quotes and dashes folded.
	TitleFolded *bool `json:"title_folded_ok,omitempty"`
	Author      *bool `json:"author_ok,omitempty"`
	Date        *bool `json:"date_ok,omitempty"`
	// Misses holds, for each metadata field scored wrong ("title",
	// "author", "date"), the truth and the prediction, so misses can be
	// studied.
	Misses []Miss `json:"misses,omitempty"`
	// Text and TruthText are the predicted and true bodies, kept with
	// RunOptions.KeepText.
	Text      string        `json:"-"`
	TruthText string        `json:"-"`
	Elapsed   time.Duration `json:"-"`
}

// Accuracy counts right answers over the cases that could be scored.
type Accuracy struct {
	Right int     `json:"right"`
	Total int     `json:"total"`
	Rate  float64 `json:"rate"`
}

func (a *Accuracy) add(ok *bool) {
	if ok == nil {
		return
	}
	a.Total++
	if *ok {
		a.Right++
	}
	a.Rate = float64(a.Right) / float64(a.Total)
}

// AllTypes is the BagOfWords key of the figure over every page type.
const AllTypes = "all types"

// Report is the figures of one extractor on one data set.
type Report struct {
	Set       string `json:"set"`
	Extractor string `json:"extractor"`
	Input     Input  `json:"input"`
	Metric    Metric `json:"metric"`
	Pages     int    `json:"pages"`
	// Errors counts the pages whose extraction failed, by kind (the lede
	// sentinel's message, or the error text).
	Errors     int            `json:"errors"`
	ErrorKinds map[string]int `json:"error_kinds,omitempty"`
	// Body is the shingle figure (MetricShingle).
	Body *BodyScore `json:"body,omitempty"`
	// BagOfWords is the macro bag-of-words figure per page type and over
	// AllTypes (MetricBagOfWords).
	BagOfWords  map[string]MacroPRF `json:"bag_of_words,omitempty"`
	Title       Accuracy            `json:"title"`
	TitleFolded Accuracy            `json:"title_folded"`
	Author      Accuracy            `json:"author"`
	Date        Accuracy            `json:"date"`
	Speed       Speed               `json:"speed"`
	Results     []PageResult        `json:"-"`
}

// Speed is how fast and how big a run was.
type Speed struct {
	// OneCore is true when pages were read one at a time on one core; the
	// rates below are then set.
	OneCore        bool    `json:"one_core"`
	ExtractSeconds float64 `json:"extract_seconds,omitempty"`
	PagesPerSecond float64 `json:"pages_per_second,omitempty"`
	MBPerSecond    float64 `json:"mb_per_second,omitempty"`
	// MaxRSSBytes is the process's peak resident set so far (it never
	// decreases between data sets). HeapPeakBytes is the largest Go heap
	// (live objects and garbage not yet swept, harness included) seen right
	// after an extraction during this data set. AllocBytesPerPage is the
	// average number of bytes the extractor allocated per page.
	MaxRSSBytes       int64 `json:"max_rss_bytes,omitempty"`
	HeapPeakBytes     int64 `json:"heap_peak_bytes,omitempty"`
	AllocBytesPerPage int64 `json:"alloc_bytes_per_page,omitempty"`
}

// Run reads every case of ds with ex and scores the predictions.
// name labels the extractor in the report.
func Run(ctx context.Context, ds *Dataset, name string, ex Extractor, opts RunOptions) (*Report, error) {
	reps, err := RunAll(ctx, ds, []Named{{name, ex}}, opts)
	if err != nil {
		return nil, err
	}
	return reps[0], nil
}

// Named is an extractor with the name its report carries.
type Named struct {
	Name      string
	Extractor Extractor
}

// RunAll reads every case of ds with each extractor in turn, page by page
// (each page is loaded once and given to every extractor before the next
// page is loaded, so that a slow spell of a shared machine weighs on all of
// them alike), and returns one report per extractor, in order.
func RunAll(ctx context.Context, ds *Dataset, exs []Named, opts RunOptions) ([]*Report, error) {
	var cases []Case
	for _, c := range ds.Cases {
		if opts.Filter == nil || opts.Filter(c) {
			cases = append(cases, c)
		}
	}
	reps := make([]*Report, len(exs))
	for i, ex := range exs {
		reps[i] = &Report{Set: ds.Name, Extractor: ex.Name, Input: ds.Input, Metric: ds.Metric, Pages: len(cases), Results: make([]PageResult, len(cases))}
	}
	var err error
	if opts.Workers <= 1 {
		err = runOneCore(ctx, ds, cases, exs, opts, reps)
	} else {
		err = runParallel(ctx, ds, cases, exs, opts, reps)
	}
	if err != nil {
		return nil, err
	}
	for _, rep := range reps {
		rep.sum(ds.Metric)
	}
	return reps, nil
}

// runOneCore reads the cases one at a time with GOMAXPROCS(1), timing each
// extractor call and sampling the heap around it.
func runOneCore(ctx context.Context, ds *Dataset, cases []Case, exs []Named, opts RunOptions, reps []*Report) error {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runtime.GC()
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	type tally struct {
		total    time.Duration
		allocs   uint64
		heapPeak uint64
	}
	tallies := make([]tally, len(exs))
	var bytesRead int64
	for i, c := range cases {
		if err := ctx.Err(); err != nil {
			return err
		}
		page, err := c.Page()
		if err != nil {
			return fmt.Errorf("%s %s: %w", ds.Name, c.ID, err)
		}
		bytesRead += int64(len(page))
		truth, err := c.Truth()
		if err != nil {
			return fmt.Errorf("%s %s: truth: %w", ds.Name, c.ID, err)
		}
		for j, ex := range exs {
			metrics.Read(samples)
			allocBefore := samples[1].Value.Uint64()
			start := time.Now()
			pred, exErr := safeExtract(ctx, ex.Extractor, page, c.URL)
			elapsed := time.Since(start)
			metrics.Read(samples)
			t := &tallies[j]
			t.total += elapsed
			t.heapPeak = max(t.heapPeak, samples[0].Value.Uint64())
			t.allocs += samples[1].Value.Uint64() - allocBefore
			r := score(ds.Metric, c, truth, pred, exErr, opts.KeepText)
			r.Elapsed = elapsed
			reps[j].Results[i] = r
		}
	}
	rss := maxRSS()
	for j, t := range tallies {
		sp := Speed{OneCore: true, ExtractSeconds: t.total.Seconds(), MaxRSSBytes: rss, HeapPeakBytes: int64(t.heapPeak)}
		if len(cases) > 0 {
			sp.AllocBytesPerPage = int64(t.allocs) / int64(len(cases))
		}
		if t.total > 0 {
			sp.PagesPerSecond = float64(len(cases)) / t.total.Seconds()
			sp.MBPerSecond = float64(bytesRead) / 1e6 / t.total.Seconds()
		}
		reps[j].Speed = sp
	}
	return nil
}

// runParallel reads opts.Workers cases at once; nothing is timed.
func runParallel(ctx context.Context, ds *Dataset, cases []Case, exs []Named, opts RunOptions, reps []*Report) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	next := make(chan int)
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Go(func() {
			for i := range next {
				c := cases[i]
				page, err := c.Page()
				if err != nil {
					cancel(fmt.Errorf("%s %s: %w", ds.Name, c.ID, err))
					continue
				}
				truth, err := c.Truth()
				if err != nil {
					cancel(fmt.Errorf("%s %s: truth: %w", ds.Name, c.ID, err))
					continue
				}
				for j, ex := range exs {
					pred, exErr := safeExtract(ctx, ex.Extractor, page, c.URL)
					reps[j].Results[i] = score(ds.Metric, c, truth, pred, exErr, opts.KeepText)
				}
			}
		})
	}
feed:
	for i := range cases {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	return context.Cause(ctx)
}

// safeExtract calls ex and turns a panic into an error, so one bad page
// does not end the run.
func safeExtract(ctx context.Context, ex Extractor, page []byte, url string) (pred Prediction, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v\n%s", p, debug.Stack())
		}
	}()
	return ex(ctx, page, url)
}

// score compares one prediction with the case's truth.
func score(m Metric, c Case, truth Truth, pred Prediction, exErr error, keepText bool) PageResult {
	r := PageResult{ID: c.ID, URL: c.URL, PageType: c.PageType, HasBody: truth.HasBody}
	if exErr != nil {
		r.Err = exErr.Error()
		r.ErrKind = errorKind(exErr)
		pred.Text = ""
	}
	if keepText {
		r.Text, r.TruthText = pred.Text, truth.Body
	}
	if truth.HasBody {
		switch m {
		case MetricShingle:
			r.Counts = ScoreBody(truth.Body, pred.Text)
			r.PRF = PRF{r.Counts.Precision(), r.Counts.Recall(), r.Counts.F1()}
		case MetricBagOfWords:
			r.PRF = ScoreBagOfWords(truth.Body, pred.Text)
		}
	}
	// WCXB's metadata is scored on articles only.
	if c.PageType == "" || c.PageType == "article" {
		if truth.Title != "" {
			r.Title = r.check("title", SameTitle(truth.Title, pred.Title), truth.Title, pred.Title)
			folded := SameTitleFolded(truth.Title, pred.Title)
			r.TitleFolded = &folded
		}
		if truth.Authors != "" {
			r.Author = r.check("author", SameAuthors(truth.Authors, pred.Authors), truth.Authors, strings.Join(pred.Authors, "; "))
		}
		if truth.Published != "" {
			r.Date = r.check("date", SameDay(truth.Published, pred.Published), truth.Published, pred.Published)
		}
	}
	return r
}

// Miss is a metadata field scored wrong.
type Miss struct {
	Field string `json:"field"`
	Truth string `json:"truth"`
	Pred  string `json:"pred"`
}

// check records a metadata verdict, and the miss when it is wrong.
func (r *PageResult) check(field string, ok bool, truth, pred string) *bool {
	if !ok {
		r.Misses = append(r.Misses, Miss{field, truth, pred})
	}
	return &ok
}

// sum fills the report's figures from its results.
func (rep *Report) sum(m Metric) {
	var counts []PageCounts
	byType := map[string][]PRF{}
	for _, r := range rep.Results {
		if r.Err != "" {
			rep.Errors++
			if rep.ErrorKinds == nil {
				rep.ErrorKinds = map[string]int{}
			}
			rep.ErrorKinds[r.ErrKind]++
		}
		rep.Title.add(r.Title)
		rep.TitleFolded.add(r.TitleFolded)
		rep.Author.add(r.Author)
		rep.Date.add(r.Date)
		if !r.HasBody {
			continue
		}
		switch m {
		case MetricShingle:
			counts = append(counts, r.Counts)
		case MetricBagOfWords:
			byType[r.PageType] = append(byType[r.PageType], r.PRF)
			byType[AllTypes] = append(byType[AllTypes], r.PRF)
		}
	}
	switch m {
	case MetricShingle:
		s := SumBody(counts)
		rep.Body = &s
	case MetricBagOfWords:
		rep.BagOfWords = map[string]MacroPRF{}
		for t, prfs := range byType {
			rep.BagOfWords[t] = SumMacro(prfs)
		}
	}
}

// sentinels are the lede errors reported by kind.
var sentinels = []error{lede.ErrNoArticle, lede.ErrEmptyInput, lede.ErrTooLarge, lede.ErrUnsupported, context.Canceled, context.DeadlineExceeded}

// errorKind names the kind of an extraction error: the lede sentinel or
// context error it wraps, "panic", or else its message's first 60 bytes.
func errorKind(err error) string {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return s.Error()
		}
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "panic:") {
		return "panic"
	}
	if len(msg) > 60 {
		msg = msg[:60]
	}
	return msg
}

// Worst returns the n pages with the lowest body F1 (pages without a body
// truth left out), worst first.
func (rep *Report) Worst(n int) []PageResult {
	var rs []PageResult
	for _, r := range rep.Results {
		if r.HasBody {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].F1 < rs[j].F1 })
	return rs[:min(n, len(rs))]
}

// MetaMisses returns up to n pages whose field ("title", "author" or
// "date") was scored wrong, in case order, with that miss.
func (rep *Report) MetaMisses(field string, n int) []PageResult {
	var rs []PageResult
	for _, r := range rep.Results {
		if len(rs) == n {
			break
		}
		for _, m := range r.Misses {
			if m.Field == field {
				r.Misses = []Miss{m}
				rs = append(rs, r)
				break
			}
		}
	}
	return rs
}

// BodyF1 is the headline body figure: the shingle F1, or the bag-of-words
// F1 over all page types.
func (rep *Report) BodyF1() float64 {
	if rep.Body != nil {
		return rep.Body.F1
	}
	return rep.BagOfWords[AllTypes].F1
}
