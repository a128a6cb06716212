package store

import (
	"strconv"

	"github.com/ledehq/lede"
)

// StoryDetail is one piece of news as stored: every stored article whose
// text is the same story (a wire story on a partner site, a republication
// under another title), found by comparing their texts. Each copy stays an
// article of its own (its URL, its site); the story groups them.
type StoryDetail struct {
	ID int64 `json:"id"`
	// Title is the representative's title.
	Title string `json:"title"`
	// Copies lists the story's articles, the representative (earliest
	// published, else first stored) first, then by publication and id.
	Copies []StoryCopy `json:"copies"`
}

// StoryQuery lists stories. The zero value lists the stories published by
// at least two sites' pages (two copies or more), most copies first, then
// newest first.
type StoryQuery struct {
	// MinCopies is the fewest copies a listed story has; zero: 2. One
	// lists every story, articles published once included.
	MinCopies int
	Limit     int // zero: DefaultLimit; capped at MaxLimit
	Offset    int
}

// StoryResult is one page of stories and how many there are in all.
type StoryResult struct {
	Total   int           `json:"total"`
	Results []StoryDetail `json:"results"`
}

// StoryCopy is one stored article of a story.
type StoryCopy struct {
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	SiteName  string `json:"site_name"`
	Host      string `json:"host"`
	Published string `json:"published"`
	// Similarity is the estimated Jaccard similarity of the copy's text to
	// the story's article it was matched with when stored (1 for the
	// first copy and for identical texts).
	Similarity float64 `json:"similarity"`
}

// Lede returns the story as the root package's lede.Story: its id in
// decimal, its title and its copies' URLs, first published first.
func (d StoryDetail) Lede() lede.Story {
	s := lede.Story{ID: strconv.FormatInt(d.ID, 10), Title: d.Title, Articles: []string{}}
	for _, c := range d.Copies {
		if c.URL != "" {
			s.Articles = append(s.Articles, c.URL)
		}
	}
	return s
}

// FacetOptions tunes Facets. The zero value is ready to use.
type FacetOptions struct {
	// Limit is how many values each facet lists; zero: 10, at most
	// MaxLimit.
	Limit int
}

// FacetValue is one value of a facet and how many selected articles have it.
type FacetValue struct {
	// Value is what to filter on: an entity's name, a country code, a
	// site's host, a language.
	Value string `json:"value"`
	// Label is a readable name when Value is a code: a site's name.
	Label   string `json:"label,omitempty"`
	Country string `json:"country,omitempty"` // places: the place's country
	Count   int    `json:"count"`
}

// FacetResult holds the facets of a query, each sorted by count, most first.
type FacetResult struct {
	// Total is the number of articles (stories, unless AllCopies) the
	// facets count over.
	Total         int          `json:"total"`
	People        []FacetValue `json:"people"`
	Organizations []FacetValue `json:"organizations"`
	Places        []FacetValue `json:"places"`
	Countries     []FacetValue `json:"countries"`
	Sites         []FacetValue `json:"sites"`
	Languages     []FacetValue `json:"languages"`
	// Sample, when not zero, says that the counts are over a sample: the
	// newest Sample (in the order they were stored) of the Total
	// articles, a bound on the work for common words. Total stays exact.
	// Zero: the counts are over all Total articles.
	Sample int `json:"sample,omitempty"`
	// TotalEstimated says that Total is an estimate (see
	// SearchResult.TotalEstimated). False: exact.
	TotalEstimated bool `json:"total_estimated,omitempty"`
}

// CoOccurrenceQuery asks which entities are named together with one
// entity.
type CoOccurrenceQuery struct {
	Kind EntityKind // the entity's kind
	// Name is the entity's canonical name, or another name an article uses
	// for it (people and organizations), case-insensitive.
	Name string
	// With restricts the answer to one kind; zero: every kind.
	With  EntityKind
	Limit int // zero: DefaultLimit; capped at MaxLimit
}

// CoOccurrence is an entity named in articles that also name the asked one.
type CoOccurrence struct {
	Kind     EntityKind `json:"kind"`
	Name     string     `json:"name"`
	Country  string     `json:"country,omitempty"` // places only
	Articles int        `json:"articles"`          // articles naming both
}

// CoOccurrenceResult is the entity asked about, how many articles name it
// and its companions, most shared articles first.
type CoOccurrenceResult struct {
	Kind     EntityKind     `json:"kind"`
	Name     string         `json:"name"`
	Articles int            `json:"articles"`
	Results  []CoOccurrence `json:"results"`
}

// TimelinePoint is one publication day.
type TimelinePoint struct {
	Day      string `json:"day"` // YYYY-MM-DD
	Articles int    `json:"articles"`
	// Mentions counts the mentions of the entity the query filters on (its
	// Person, else Org, else Place) in that day's articles; zero without
	// such a filter.
	Mentions int `json:"mentions"`
}

// TimelineResult is a timeline, oldest day first; days without articles are
// left out.
type TimelineResult struct {
	Points []TimelinePoint `json:"points"`
	// Undated counts the selected articles without a publication day.
	Undated int `json:"undated"`
}

// SourceQuery lists sites. The zero value lists them all, most articles
// first.
type SourceQuery struct {
	Site   string // a site name or host (www. ignored): that site only
	Limit  int
	Offset int
}

// Source is one site the stored articles come from, keyed by host.
type Source struct {
	Host     string `json:"host"`
	SiteName string `json:"site_name"` // the name its articles give most often
	Articles int    `json:"articles"`
	First    string `json:"first"` // earliest publication day, YYYY-MM-DD; "" when none is dated
	Last     string `json:"last"`
}

// SourceResult is one page of sites and how many there are in all.
type SourceResult struct {
	Total   int      `json:"total"`
	Results []Source `json:"results"`
}

// NameCount is a name and how many articles use it.
type NameCount struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
}

// EntityDetail is what the store knows of one entity.
type EntityDetail struct {
	Kind    EntityKind `json:"kind"`
	Name    string     `json:"name"`
	Country string     `json:"country,omitempty"` // places
	Lat     float64    `json:"lat,omitempty"`     // places, when geocoded
	Lon     float64    `json:"lon,omitempty"`
	// Aliases are the other names articles use for it; Roles the roles
	// they give a person; each most used first.
	Aliases  []NameCount `json:"aliases"`
	Roles    []NameCount `json:"roles"`
	Articles int         `json:"articles"`
	Mentions int         `json:"mentions"`
	Quotes   int         `json:"quotes"` // quotes it is the speaker of
	First    string      `json:"first"`  // earliest publication day of an article naming it
	Last     string      `json:"last"`
}
