package sqlite

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/store"
)

// analysisStore holds three stories, one with a copy on a second site.
func analysisStore(t *testing.T) (*Store, []int64) {
	t.Helper()
	s := openTemp(t)
	a1 := article(1, "Quay to close", harbourText, "2024-03-05")
	a1.People = []lede.Person{
		{Name: "John Bolton", Aliases: []string{"Bolton"}, Role: "National Security Adviser", Mentions: make([]lede.Mention, 2)},
		{Name: "Ana Lima", Mentions: make([]lede.Mention, 1)},
	}
	a1.Organizations = []lede.Organization{{Name: "Harbour Authority", Mentions: make([]lede.Mention, 1)}}
	a1.Places = []lede.Place{{Name: "Lisbon", Country: "PT", Lat: 38.7, Lon: -9.1, Mentions: make([]lede.Mention, 1)}}
	q := "the northern quay would close"
	start := indexOf(a1.Text, q)
	a1.Quotes = []lede.Quote{{Text: q, Speaker: "John Bolton", Kind: lede.QuoteIndirect, Start: start, End: start + len(q)}}
	c1 := copyOf(a1, 2, "partner.example", "2024-03-06")
	a2 := article(3, "Budget approved", budgetText, "2024-03-05")
	a2.Language = "pt-BR"
	a2.People = []lede.Person{{Name: "John Bolton", Role: "adviser", Mentions: make([]lede.Mention, 1)}, {Name: "Rui Costa"}}
	a2.Places = []lede.Place{{Name: "Porto", Country: "PT"}}
	a3 := article(4, "Repairs begin", harbourFollowUp, "2024-03-20")
	a3.People = []lede.Person{{Name: "Ana Lima"}}
	var ids []int64
	for _, a := range []*lede.Article{a1, c1, a2, a3} {
		ids = append(ids, put(t, s, a).ID)
	}
	return s, ids
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestFacets(t *testing.T) {
	ctx := context.Background()
	s, _ := analysisStore(t)
	got, err := s.Facets(ctx, store.Query{}, store.FacetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := store.FacetResult{
		Total: 3, // the copy counts once
		People: []store.FacetValue{
			{Value: "Ana Lima", Count: 2}, {Value: "John Bolton", Count: 2}, {Value: "Rui Costa", Count: 1},
		},
		Organizations: []store.FacetValue{{Value: "Harbour Authority", Count: 1}},
		Places:        []store.FacetValue{{Value: "Lisbon", Country: "PT", Count: 1}, {Value: "Porto", Country: "PT", Count: 1}},
		Countries:     []store.FacetValue{{Value: "PT", Count: 2}},
		Sites:         []store.FacetValue{{Value: "news.example.org", Label: "Example News", Count: 3}},
		Languages:     []store.FacetValue{{Value: "en", Count: 2}, {Value: "pt", Count: 1}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facets (-want +got):\n%s", diff)
	}
	got, err = s.Facets(ctx, store.Query{Person: "Bolton", AllCopies: true}, store.FacetOptions{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got.Total != 3 || len(got.People) != 1 || got.People[0] != (store.FacetValue{Value: "John Bolton", Count: 3}) || len(got.Sites) != 1 {
		t.Errorf("facets of person=Bolton, all copies, limit 1: %+v", got)
	}
	if _, err := s.Facets(ctx, store.Query{From: "x"}, store.FacetOptions{}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad date: %v, want ErrInvalid", err)
	}
}

func TestCoOccurrences(t *testing.T) {
	ctx := context.Background()
	s, _ := analysisStore(t)
	tests := []struct {
		name string
		q    store.CoOccurrenceQuery
		want store.CoOccurrenceResult
	}{
		{"person by alias", store.CoOccurrenceQuery{Kind: store.People, Name: "Bolton"}, store.CoOccurrenceResult{
			Kind: store.People, Name: "Bolton", Articles: 2, Results: []store.CoOccurrence{
				{Kind: store.People, Name: "Ana Lima", Articles: 1},
				{Kind: store.Organizations, Name: "Harbour Authority", Articles: 1},
				{Kind: store.Places, Name: "Lisbon", Country: "PT", Articles: 1},
				{Kind: store.Places, Name: "Porto", Country: "PT", Articles: 1},
				{Kind: store.People, Name: "Rui Costa", Articles: 1},
			}}},
		{"people only", store.CoOccurrenceQuery{Kind: store.Places, Name: "lisbon", With: store.People}, store.CoOccurrenceResult{
			Kind: store.Places, Name: "lisbon", Articles: 1, Results: []store.CoOccurrence{
				{Kind: store.People, Name: "Ana Lima", Articles: 1},
				{Kind: store.People, Name: "John Bolton", Articles: 1},
			}}},
		{"unknown", store.CoOccurrenceQuery{Kind: store.Organizations, Name: "Nobody"}, store.CoOccurrenceResult{
			Kind: store.Organizations, Name: "Nobody", Results: []store.CoOccurrence{}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.CoOccurrences(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, bad := range []store.CoOccurrenceQuery{{Kind: "cats", Name: "x"}, {Kind: store.People}, {Kind: store.People, Name: "x", With: "dogs"}} {
		if _, err := s.CoOccurrences(ctx, bad); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%+v: %v, want ErrInvalid", bad, err)
		}
	}
}

func TestTimeline(t *testing.T) {
	ctx := context.Background()
	s, _ := analysisStore(t)
	tests := []struct {
		name string
		q    store.Query
		want store.TimelineResult
	}{
		{"stories per day", store.Query{}, store.TimelineResult{Points: []store.TimelinePoint{
			{Day: "2024-03-05", Articles: 2}, {Day: "2024-03-20", Articles: 1}}}},
		{"every copy", store.Query{AllCopies: true}, store.TimelineResult{Points: []store.TimelinePoint{
			{Day: "2024-03-05", Articles: 2}, {Day: "2024-03-06", Articles: 1}, {Day: "2024-03-20", Articles: 1}}}},
		{"mentions of a person", store.Query{Person: "Bolton", AllCopies: true}, store.TimelineResult{Points: []store.TimelinePoint{
			{Day: "2024-03-05", Articles: 2, Mentions: 3}, {Day: "2024-03-06", Articles: 1, Mentions: 2}}}},
		{"mentions of a place", store.Query{Place: "Porto"}, store.TimelineResult{Points: []store.TimelinePoint{
			{Day: "2024-03-05", Articles: 1, Mentions: 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Timeline(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSources(t *testing.T) {
	ctx := context.Background()
	s, _ := analysisStore(t)
	got, err := s.Sources(ctx, store.SourceQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := store.SourceResult{Total: 2, Results: []store.Source{
		{Host: "news.example.org", SiteName: "Example News", Articles: 3, First: "2024-03-05", Last: "2024-03-20"},
		{Host: "partner.example", SiteName: "partner.example", Articles: 1, First: "2024-03-06", Last: "2024-03-06"},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	got, err = s.Sources(ctx, store.SourceQuery{Site: "Example News"})
	if err != nil || got.Total != 1 || got.Results[0].Host != "news.example.org" {
		t.Errorf("sources of one site: %+v %v", got, err)
	}
}

func TestEntity(t *testing.T) {
	ctx := context.Background()
	s, _ := analysisStore(t)
	got, err := s.Entity(ctx, store.People, "bolton")
	if err != nil {
		t.Fatal(err)
	}
	want := store.EntityDetail{
		Kind: store.People, Name: "John Bolton",
		Aliases:  []store.NameCount{{Name: "Bolton", Articles: 2}},
		Roles:    []store.NameCount{{Name: "National Security Adviser", Articles: 2}, {Name: "adviser", Articles: 1}},
		Articles: 3, Mentions: 5, Quotes: 2, First: "2024-03-05", Last: "2024-03-06",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entity (-want +got):\n%s", diff)
	}
	place, err := s.Entity(ctx, store.Places, "Lisbon")
	if err != nil || place.Country != "PT" || place.Lat != 38.7 || place.Articles != 2 {
		t.Errorf("place: %+v %v", place, err)
	}
	if _, err := s.Entity(ctx, store.People, "Nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown person: %v, want ErrNotFound", err)
	}
	if _, err := s.Entity(ctx, "cats", "x"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("unknown kind: %v, want ErrInvalid", err)
	}
}

// TestQuotesAboutTopic: "what did Bolton say about the summit": the speaker
// by the last word of his name, the topic word found in the quote's
// paragraph rather than in the quote.
func TestQuotesAboutTopic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	text := "The summit in Helsinki ended without a statement.\n\n" +
		"Speaking to reporters afterwards, the adviser said the talks were useful. \"We made progress,\" he said.\n\n" +
		"Trade was not discussed."
	a := article(1, "Summit ends", text, "2018-07-16")
	a.People = []lede.Person{{Name: "John Bolton"}}
	q := "We made progress"
	start := indexOf(text, q)
	a.Quotes = []lede.Quote{{Text: q, Speaker: "John Bolton", Kind: lede.QuoteDirect, Start: start, End: start + len(q)}}
	put(t, s, a)
	tests := []struct {
		q    store.QuoteQuery
		want int
	}{
		{store.QuoteQuery{Speaker: "Bolton", Q: "progress"}, 1},
		{store.QuoteQuery{Speaker: "Bolton", Q: "reporters"}, 1}, // in the paragraph
		{store.QuoteQuery{Speaker: "Bolton", Q: "summit"}, 0},    // another paragraph
		{store.QuoteQuery{Speaker: "bolton"}, 1},
		{store.QuoteQuery{Speaker: "Bolt"}, 0},
		{store.QuoteQuery{Speaker: "John"}, 0},
	}
	for _, tt := range tests {
		res, err := s.Quotes(ctx, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != tt.want {
			t.Errorf("Quotes(%+v): %d, want %d", tt.q, res.Total, tt.want)
		}
	}
}
