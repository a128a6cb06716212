package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/store"
	"github.com/ledehq/lede/internal/store/sqlite"
)

// summitText is the text of a story published on one site and republished
// word for word on another.
const summitText = "Leaders arrived in Helsinki on Monday for the summit. " +
	`"We expect real progress at this summit," John Bolton told reporters at the airport before the talks began. ` +
	"Vladimir Putin landed an hour later and went straight to the palace, where officials from NATO had gathered. " +
	"Bolton said the meeting would last most of the afternoon and that no joint statement had been drafted yet."

// richArticles are the articles of newRichServer: a story and its copy on
// a second site, an article in German, and a later one naming Putin alone.
func richArticles() []*lede.Article {
	bolton := lede.Person{Name: "John Bolton", Aliases: []string{"Bolton"}, Role: "National Security Adviser",
		Mentions: []lede.Mention{{Start: 54, End: 65}, {Start: 290, End: 296}}}
	putin := lede.Person{Name: "Vladimir Putin", Aliases: []string{"Putin"}, Mentions: []lede.Mention{{Start: 0, End: 1}}}
	helsinki := lede.Place{Name: "Helsinki", Country: "FI", Mentions: []lede.Mention{{Start: 0, End: 1}}}
	nato := lede.Organization{Name: "NATO", Mentions: []lede.Mention{{Start: 0, End: 1}}}
	quote := lede.Quote{Text: "We expect real progress at this summit", Speaker: "John Bolton", Kind: lede.QuoteDirect}
	quote.Start = strings.Index(summitText, quote.Text)
	quote.End = quote.Start + len(quote.Text)
	summit := func(u, site, published string) *lede.Article {
		return &lede.Article{URL: u, Title: "Leaders meet in Helsinki", SiteName: site, Published: published, Language: "en",
			Text: summitText, Blocks: []lede.Block{{Kind: lede.KindParagraph, Text: summitText}},
			People: []lede.Person{bolton, putin}, Organizations: []lede.Organization{nato}, Places: []lede.Place{helsinki},
			Quotes: []lede.Quote{quote}}
	}
	rain := "Der Regen kehrte am Dienstag in das Tal bei Berlin zurück, nach sechs Wochen ohne einen Tropfen."
	later := "Vladimir Putin flew home on Tuesday and said nothing about the talks to the waiting press."
	return []*lede.Article{
		summit("https://news.example.org/summit", "Example News", "2018-07-16"),
		summit("https://wire.example.com/helsinki-summit", "Example Wire", "2018-07-17T06:00:00Z"),
		{URL: "https://regen.example.net/tal", Title: "Regen im Tal", SiteName: "Regen", Published: "2018-07-18", Language: "de",
			Text: rain, Blocks: []lede.Block{{Kind: lede.KindParagraph, Text: rain}},
			Places: []lede.Place{{Name: "Berlin", Country: "DE", Mentions: []lede.Mention{{Start: 0, End: 1}}}}},
		{URL: "https://news.example.org/home", Title: "Putin flies home", SiteName: "Example News", Published: "2018-07-19", Language: "en-GB",
			Text: later, Blocks: []lede.Block{{Kind: lede.KindParagraph, Text: later}}, People: []lede.Person{putin}},
	}
}

// newRichServer serves richArticles from a temporary store; ids are in
// richArticles' order.
func newRichServer(t *testing.T, opts Options) (*httptest.Server, store.Store, []int64) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "lede.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var ids []int64
	for i, a := range richArticles() {
		r, err := st.Put(ctx, store.Entry{Article: a, Source: fmt.Sprint("test ", i), PageHash: store.HashPage([]byte(a.URL + a.Text))})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	if opts.Ingester == nil {
		opts.Ingester = ingest.New(st, ingest.Options{Workers: 1})
	}
	ts := httptest.NewServer(New(st, opts))
	t.Cleanup(ts.Close)
	return ts, st, ids
}

func resultIDs(res store.SearchResult) []int64 {
	ids := []int64{}
	for _, r := range res.Results {
		ids = append(ids, r.ID)
	}
	return ids
}

func TestSearchFilters(t *testing.T) {
	ts, _, ids := newRichServer(t, Options{})
	tests := []struct {
		query    string
		want     []int64 // in order, unless anyOrder
		total    int
		anyOrder bool
	}{
		{"", []int64{ids[3], ids[2], ids[0]}, 3, false}, // the copy on the wire site is folded into its story
		{"?all_copies=1&sort=date&limit=10", []int64{ids[3], ids[2], ids[1], ids[0]}, 4, false},
		{"?person=Bolton", []int64{ids[0]}, 1, false},
		{"?person=putin&sort=date", []int64{ids[3], ids[0]}, 2, false},
		{"?org=nato", []int64{ids[0]}, 1, false},
		{"?place=helsinki", []int64{ids[0]}, 1, false},
		{"?country=de", []int64{ids[2]}, 1, false},
		{"?site=wire.example.com", []int64{ids[1]}, 1, false},
		{"?source=www.wire.example.com", []int64{ids[1]}, 1, false},
		{"?site=Regen", []int64{ids[2]}, 1, false},
		{"?from=2018-07-17&to=2018-07-18&sort=date", []int64{ids[2], ids[1]}, 2, false}, // the copy stands for its story
		{"?lang=en&q=talks", []int64{ids[0], ids[3]}, 2, true},
		{"?language=de", []int64{ids[2]}, 1, false},
		{"?q=regen+tal", []int64{ids[2]}, 1, false},
		{"?limit=1", []int64{ids[3]}, 3, false},
		{"?limit=1&page=3", []int64{ids[0]}, 3, false},
		{"?limit=2&offset=2", []int64{ids[0]}, 3, false},
		{"?limit=2&page=9", []int64{}, 3, false},
		{"?limit=1000", []int64{ids[3], ids[2], ids[0]}, 3, false}, // capped, not refused
	}
	for _, tt := range tests {
		var res store.SearchResult
		if resp := call(t, "GET", ts.URL+"/api/v1/articles"+tt.query, "", "", &res); resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tt.query, resp.StatusCode)
			continue
		}
		got := resultIDs(res)
		if tt.anyOrder {
			slices.Sort(got)
			slices.Sort(tt.want)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || res.Total != tt.total {
			t.Errorf("%s: total %d (want %d), ids (-want +got):\n%s", tt.query, res.Total, tt.total, diff)
		}
	}
}

func TestSearchStoryFields(t *testing.T) {
	ts, _, ids := newRichServer(t, Options{})
	var res store.SearchResult
	call(t, "GET", ts.URL+"/api/v1/articles?person=Bolton", "", "", &res)
	if len(res.Results) != 1 || res.Results[0].Copies != 2 || res.Results[0].StoryID == 0 {
		t.Fatalf("story of the summit: %+v, want one result with 2 copies", res)
	}
	var story store.StoryDetail
	if resp := call(t, "GET", fmt.Sprintf("%s/api/v1/stories/%d", ts.URL, res.Results[0].StoryID), "", "", &story); resp.StatusCode != 200 {
		t.Fatalf("story: status %d", resp.StatusCode)
	}
	var got []int64
	for _, c := range story.Copies {
		got = append(got, c.ArticleID)
	}
	if !slices.Equal(got, []int64{ids[0], ids[1]}) {
		t.Errorf("story copies %v, want %v", got, ids[:2])
	}
}

func TestStories(t *testing.T) {
	ts, _, ids := newRichServer(t, Options{})
	var res store.StoryResult
	call(t, "GET", ts.URL+"/api/v1/stories", "", "", &res)
	if res.Total != 1 || len(res.Results) != 1 || len(res.Results[0].Copies) != 2 || res.Results[0].Copies[0].ArticleID != ids[0] {
		t.Errorf("republished stories: %+v, want the summit with its 2 copies", res)
	}
	call(t, "GET", ts.URL+"/api/v1/stories?min_copies=1", "", "", &res)
	if res.Total != 3 {
		t.Errorf("every story: total %d, want 3", res.Total)
	}
	call(t, "GET", ts.URL+"/api/v1/stories?min_copies=3", "", "", &res)
	if res.Total != 0 || res.Results == nil {
		t.Errorf("stories of 3 copies: %+v, want none and a list", res)
	}
	var e apiError
	if resp := call(t, "GET", ts.URL+"/api/v1/stories?min_copies=0", "", "", &e); resp.StatusCode != 400 {
		t.Errorf("min_copies=0: %d, want 400", resp.StatusCode)
	}
}

func TestSearchFacets(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	var res struct {
		store.SearchResult
		Facets *store.FacetResult `json:"facets"`
	}
	call(t, "GET", ts.URL+"/api/v1/articles", "", "", &res)
	if res.Facets != nil {
		t.Errorf("facets without facets=1: %+v", res.Facets)
	}
	call(t, "GET", ts.URL+"/api/v1/articles?facets=1&lang=en", "", "", &res)
	if res.Facets == nil {
		t.Fatal("facets=1 gave no facets")
	}
	count := func(vals []store.FacetValue, v string) int {
		for _, f := range vals {
			if strings.EqualFold(f.Value, v) {
				return f.Count
			}
		}
		return 0
	}
	f := res.Facets
	for _, c := range []struct {
		facet string
		vals  []store.FacetValue
		value string
		want  int
	}{
		{"people", f.People, "Vladimir Putin", 2},
		{"people", f.People, "John Bolton", 1},
		{"organizations", f.Organizations, "NATO", 1},
		{"places", f.Places, "Helsinki", 1},
		{"places", f.Places, "Berlin", 0}, // German article filtered out
		{"countries", f.Countries, "FI", 1},
	} {
		if got := count(c.vals, c.value); got != c.want {
			t.Errorf("facet %s %q: %d, want %d (facets %+v)", c.facet, c.value, got, c.want, c.vals)
		}
	}
}

func TestQuotesBySpeakerAndTopic(t *testing.T) {
	ts, _, ids := newRichServer(t, Options{})
	tests := []struct {
		query string
		found bool
	}{
		{"speaker=Bolton&q=summit", true},           // short name, word of the quote
		{"speaker=bolton&q=airport", true},          // word of the paragraph around it
		{"speaker=John+Bolton", true},               // canonical name
		{"speaker=Bolton&q=rain", false},            // not about rain
		{"speaker=Putin", false},                    // Putin is not quoted
		{"q=progress", true},                        // any speaker
		{"speaker=Nobody+Here&q=summit", false},     // unknown speaker
		{"speaker=Bolton&q=summit&limit=100", true}, // bounds
	}
	for _, tt := range tests {
		var res store.QuoteResult
		if resp := call(t, "GET", ts.URL+"/api/v1/quotes?"+tt.query, "", "", &res); resp.StatusCode != 200 {
			t.Errorf("%s: status %d", tt.query, resp.StatusCode)
			continue
		}
		if (res.Total > 0) != tt.found || len(res.Results) != min(res.Total, store.DefaultLimit) {
			t.Errorf("%s: %+v, want found %v", tt.query, res, tt.found)
		}
	}
	var raw struct {
		Results []map[string]any `json:"results"`
	}
	call(t, "GET", ts.URL+"/api/v1/quotes?speaker=Bolton&q=summit", "", "", &raw)
	if len(raw.Results) == 0 {
		t.Fatalf("quotes: %+v", raw)
	}
	for _, field := range []string{"text", "speaker", "article_id", "published"} { // the fixed points
		if _, ok := raw.Results[0][field]; !ok {
			t.Errorf("quote lacks %q: %v", field, raw.Results[0])
		}
	}
	if id := int64(raw.Results[0]["article_id"].(float64)); id != ids[0] && id != ids[1] {
		t.Errorf("quote article %d, want %d or %d", id, ids[0], ids[1])
	}
}

func TestEntityDetail(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	var e entityAnswer
	if resp := call(t, "GET", ts.URL+"/api/v1/entities/people/"+url.PathEscape("John Bolton"), "", "", &e); resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if e.Name != "John Bolton" || e.Kind != store.People || e.Articles < 1 || e.Quotes < 1 {
		t.Errorf("entity: %+v", e.EntityDetail)
	}
	names := map[string]bool{}
	for _, c := range e.CoOccurrences {
		names[string(c.Kind)+"/"+c.Name] = true
	}
	for _, want := range []string{"people/Vladimir Putin", "organizations/NATO", "places/Helsinki"} {
		if !names[want] {
			t.Errorf("co-occurrences lack %s: %+v", want, e.CoOccurrences)
		}
	}
	if names["places/Berlin"] || names["people/John Bolton"] {
		t.Errorf("co-occurrences hold Berlin or Bolton himself: %+v", e.CoOccurrences)
	}
	call(t, "GET", ts.URL+"/api/v1/entities/people/Putin?with=places", "", "", &e)
	if e.Name != "Vladimir Putin" {
		t.Errorf("entity by alias: name %q, want Vladimir Putin", e.Name)
	}
	for _, c := range e.CoOccurrences {
		if c.Kind != store.Places {
			t.Errorf("with=places gave %+v", c)
		}
	}
	var ap apiError
	for path, code := range map[string]int{
		"/api/v1/entities/people/Nobody%20Here": 404,
		"/api/v1/entities/cats/Tom":             404,
		"/api/v1/entities/people/Putin?with=x":  400,
		"/api/v1/entities/people/Putin?limit=0": 400,
	} {
		if resp := call(t, "GET", ts.URL+path, "", "", &ap); resp.StatusCode != code || ap.Error == "" {
			t.Errorf("%s: %d %+v, want %d", path, resp.StatusCode, ap, code)
		}
	}
}

func TestTimeline(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	var tl store.TimelineResult
	if resp := call(t, "GET", ts.URL+"/api/v1/timeline?person=Putin", "", "", &tl); resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	days := map[string]int{}
	for _, p := range tl.Points {
		days[p.Day] = p.Articles
		if p.Mentions < 1 {
			t.Errorf("day %s: %d mentions of Putin, want at least 1", p.Day, p.Mentions)
		}
	}
	if days["2018-07-16"] != 1 || days["2018-07-19"] != 1 || days["2018-07-18"] != 0 {
		t.Errorf("timeline of Putin: %+v", tl)
	}
	call(t, "GET", ts.URL+"/api/v1/timeline?q=nothinglikethis", "", "", &tl)
	if tl.Points == nil || len(tl.Points) != 0 {
		t.Errorf("empty timeline: %+v, want an empty list", tl)
	}
}

func TestSources(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	var res store.SourceResult
	call(t, "GET", ts.URL+"/api/v1/sources", "", "", &res)
	hosts := map[string]int{}
	for _, s := range res.Results {
		hosts[s.Host] = s.Articles
	}
	want := map[string]int{"news.example.org": 2, "wire.example.com": 1, "regen.example.net": 1}
	if diff := cmp.Diff(want, hosts); diff != "" || res.Total != 3 {
		t.Errorf("sources: total %d, (-want +got):\n%s", res.Total, diff)
	}
	if len(res.Results) > 0 && res.Results[0].Host != "news.example.org" {
		t.Errorf("first source %q, want the one with most articles", res.Results[0].Host)
	}
	call(t, "GET", ts.URL+"/api/v1/sources?site=Example+News", "", "", &res)
	if res.Total != 1 || len(res.Results) != 1 || res.Results[0].Host != "news.example.org" {
		t.Errorf("one source: %+v", res)
	}
	call(t, "GET", ts.URL+"/api/v1/sources?limit=1&page=2", "", "", &res)
	if res.Total != 3 || len(res.Results) != 1 {
		t.Errorf("second page of sources: %+v", res)
	}
}

func TestBadParameters(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	tests := []struct{ path, inMessage string }{
		{"/api/v1/articles?persn=Putin", `"persn"`},
		{"/api/v1/articles?limit=-1", "limit"},
		{"/api/v1/articles?limit=ten", "limit"},
		{"/api/v1/articles?page=0", "page"},
		{"/api/v1/articles?offset=-5", "offset"},
		{"/api/v1/articles?offset=99999999999999999999", "offset"},
		{"/api/v1/articles?from=2018-13-45", "2018-13-45"},
		{"/api/v1/articles?to=tomorrow", "tomorrow"},
		{"/api/v1/articles?sort=best", "best"},
		{"/api/v1/articles?facets=maybe", "facets"},
		{"/api/v1/articles?all_copies=2", "all_copies"},
		{"/api/v1/articles?facet_limit=0", "facet_limit"},
		{"/api/v1/articles?lang=en&language=de", "disagree"},
		{"/api/v1/articles?site=a&source=b", "disagree"},
		{"/api/v1/articles?mentions_date=July", "July"},
		{"/api/v1/articles/1?x=1", `"x"`},
		{"/api/v1/articles/0", "positive"},
		{"/api/v1/articles/-3", "positive"},
		{"/api/v1/quotes?limit=0", "limit"},
		{"/api/v1/quotes?person=Bolton", `"person"`},
		{"/api/v1/entities/people?page=x", "page"},
		{"/api/v1/timeline?from=x", "x"},
		{"/api/v1/timeline?limit=3", `"limit"`},
		{"/api/v1/sources?offset=x", "offset"},
		{"/api/v1/stories/abc", "story id"},
		{"/healthz?verbose=1", `"verbose"`},
		{"/api/v1/articles?q=%zz", "malformed"},
		{"/api/v1/quotes?speaker=Bolton&q=a%", "malformed"},
	}
	for _, tt := range tests {
		var e apiError
		resp := call(t, "GET", ts.URL+tt.path, "", "", &e)
		if resp.StatusCode != 400 || e.Status != 400 || !strings.Contains(e.Error, tt.inMessage) {
			t.Errorf("GET %s: %d %q, want 400 naming %s", tt.path, resp.StatusCode, e.Error, tt.inMessage)
		}
	}
}

func TestNotFound(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	for _, path := range []string{"/api/v1/articles/999999", "/api/v1/stories/999999", "/api/v1/nothing", "/api/v2/articles", "/", "/search"} {
		var e apiError
		if resp := call(t, "GET", ts.URL+path, "", "", &e); resp.StatusCode != 404 || e.Error == "" {
			t.Errorf("GET %s: %d %+v, want a JSON 404", path, resp.StatusCode, e)
		}
	}
}

func TestHeadAnswersWithoutBody(t *testing.T) {
	ts, _, ids := newRichServer(t, Options{})
	resp := call(t, "HEAD", fmt.Sprintf("%s/api/v1/articles/%d", ts.URL, ids[0]), "", "", nil)
	if resp.StatusCode != 200 || resp.ContentLength <= 0 {
		t.Errorf("HEAD: %d, Content-Length %d", resp.StatusCode, resp.ContentLength)
	}
}

func TestSecurityHeaders(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{})
	resp := call(t, "GET", ts.URL+"/api/v1/articles", "", "", nil)
	want := map[string]string{
		"Content-Security-Policy":      apiCSP,
		"X-Content-Type-Options":       "nosniff",
		"X-Frame-Options":              "DENY",
		"Referrer-Policy":              "no-referrer",
		"Cross-Origin-Resource-Policy": "same-origin",
		"Cache-Control":                "no-store",
	}
	for k, v := range want {
		if got := resp.Header.Get(k); got != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
}

func TestOpenAPIIsJSON(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil || doc["openapi"] != "3.1.0" {
		t.Fatalf("openapi.json: %v, version %v", err, doc["openapi"])
	}
}

func TestUIMounting(t *testing.T) {
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, "<!doctype html><title>ui</title>"+r.URL.Path)
	})
	ts, _, _ := newRichServer(t, Options{UI: ui})
	for path, wantHTML := range map[string]bool{
		"/": true, "/search?q=summit": true, "/people/Putin": true,
		"/healthz": false, "/api/v1/articles": false, "/api/v1/nothing": false, "/api/": false,
	} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		isHTML := strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html")
		csp := resp.Header.Get("Content-Security-Policy")
		if isHTML != wantHTML {
			t.Errorf("%s: Content-Type %q, want HTML %v", path, resp.Header.Get("Content-Type"), wantHTML)
		}
		if wantHTML && (csp != htmlCSP || strings.Contains(csp, "unsafe")) {
			t.Errorf("%s: CSP %q, want the HTML policy", path, csp)
		}
		if !wantHTML && csp != apiCSP {
			t.Errorf("%s: CSP %q, want the API policy", path, csp)
		}
	}
}

func TestQueryTimeout(t *testing.T) {
	ts, _, _ := newRichServer(t, Options{QueryTimeout: time.Nanosecond})
	var e apiError
	if resp := call(t, "GET", ts.URL+"/api/v1/articles?q=summit", "", "", &e); resp.StatusCode != http.StatusGatewayTimeout || !strings.Contains(e.Error, "query-timeout") {
		t.Errorf("search past the query timeout: %d %+v, want 504 naming --query-timeout", resp.StatusCode, e)
	}
}
