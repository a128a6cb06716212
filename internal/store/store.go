// Package store defines where lede keeps the articles it has read: the Store
// interface that the ingest stage writes through and the server reads
// through, its query and result types, and its sentinel errors.
//
// The package holds no implementation; internal/store/sqlite is the embedded
// default. It does not read pages, fetch or understand anything: callers hand
// it finished articles.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/ledehq/lede"
)

// Sentinel errors of every Store. The server maps them to HTTP statuses and
// the CLI to exit codes, each in one place.
var (
	// ErrNotFound means no stored item has the id asked for.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means a query or an entry is malformed: a bad date, an
	// unknown sort order, an article without text.
	ErrInvalid = errors.New("invalid request")
	// ErrClosed means the store was closed.
	ErrClosed = errors.New("store closed")
)

// Entry is one article to store, with where it came from.
type Entry struct {
	Article *lede.Article
	// Source names the input the page was read from: a file path, a URL,
	// "sample:...", "api". Informational.
	Source string
	// PageHash is the hex SHA-256 of the page bytes as read (see HashPage);
	// the ingest stage uses it to skip pages already stored. Empty: the
	// hash of the article's text is used.
	PageHash string
}

// PutResult says what Put did.
type PutResult struct {
	ID      int64
	Created bool // false: the page (or its article) was already stored
	Updated bool // an article already stored under the same URL was replaced by a new version
}

// PutOutcome is what PutBatch did with one entry: its result, or the error
// that refused it.
type PutOutcome struct {
	PutResult
	Err error
}

// Query selects articles. The zero value lists every article, newest first.
// Text filters compare case-insensitively.
type Query struct {
	Q        string // words, all of which must occur in the title or text
	Person   string // a person's canonical name, or another name an article uses for them
	Org      string // an organization's canonical name, or another name an article uses for it
	Place    string // a place's name
	Country  string // ISO 3166-1 alpha-2 country of a named place
	Site     string // site name, or host of the URL ("example.com")
	From, To string // YYYY-MM-DD, inclusive bounds on the publication day
	Language string // BCP 47 primary language ("en" also matches "en-GB")
	// MentionsDate selects articles whose text mentions a date within
	// this day, month or year (YYYY-MM-DD, YYYY-MM or YYYY), as resolved
	// by understanding: "2018-07" finds "July 2018" and "July 16".
	MentionsDate string
	Sort         Sort // zero: relevance when Q is set, else date
	Limit        int  // zero: DefaultLimit; capped at MaxLimit
	Offset       int
	// AllCopies lists every stored copy of a story. Zero: each story
	// (an article and its republications elsewhere, see Story) is listed
	// once, by its earliest published copy that the query selects, and
	// Total counts stories.
	AllCopies bool
}

// Sort orders search results.
type Sort string

// The sort orders.
const (
	SortRelevance Sort = "relevance"
	SortDate      Sort = "date" // newest publication first
)

// Limits on a page of results.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

// Summary is one article in a list of results.
type Summary struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	SiteName  string `json:"site_name"`
	Published string `json:"published"`
	Snippet   string `json:"snippet"`
	// StoryID is the story the article belongs to (see Story); Copies is
	// how many stored articles that story has, this one included (1 for
	// an article published once).
	StoryID int64 `json:"story_id"`
	Copies  int   `json:"copies"`
}

// SearchResult is one page of articles and how many match in all.
type SearchResult struct {
	Total   int       `json:"total"`
	Results []Summary `json:"results"`
	// RankedNewest, when not zero, says that this page of a relevance
	// search was ranked among the newest RankedNewest results only (by
	// the order they were stored), not among all Total of them: a bound
	// on the work of very common words. Pages past that window rank all
	// results. Zero: ranked among all.
	RankedNewest int `json:"ranked_newest,omitempty"`
	// TotalEstimated says that Total is an estimate: for a very common
	// word, the stories are counted exactly among the newest matches only
	// and the share of later copies found there is applied to all
	// matches. The page itself is exact (each story once). False: exact.
	TotalEstimated bool `json:"total_estimated,omitempty"`
}

// Stored is an article as kept, with its store metadata.
type Stored struct {
	ID         int64
	StoryID    int64 // the story it belongs to: Store.Story lists its copies
	Source     string
	IngestedAt time.Time
	Article    *lede.Article
	// JSON is the article as stored: the same JSON as "lede extract
	// --understand" prints for one input.
	JSON []byte
}

// QuoteQuery selects quotes. The zero value lists every quote, newest
// article first.
type QuoteQuery struct {
	// Speaker is the speaker's canonical name, another name an article
	// uses for them ("Bolton" for "John Bolton"), or the last word of a
	// canonical name.
	Speaker string
	// Q holds words, all of which must occur in the quote or in the
	// paragraph around it ("what did Bolton say about the summit":
	// Speaker "Bolton", Q "summit").
	Q      string
	Limit  int
	Offset int
}

// QuoteHit is one stored quote.
type QuoteHit struct {
	Text      string `json:"text"`
	Speaker   string `json:"speaker"`
	Kind      string `json:"kind"`
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	// Context is the paragraph of the article around the quote.
	Context string `json:"context,omitempty"`
}

// QuoteResult is one page of quotes and how many match in all.
type QuoteResult struct {
	Total   int        `json:"total"`
	Results []QuoteHit `json:"results"`
}

// EntityKind names a table of entities.
type EntityKind string

// The kinds of entity.
const (
	People        EntityKind = "people"
	Organizations EntityKind = "organizations"
	Places        EntityKind = "places"
)

// EntityQuery lists entities of one kind by the number of articles naming
// them.
type EntityQuery struct {
	Kind   EntityKind
	Prefix string // name prefix, case-insensitive
	Limit  int
	Offset int
}

// EntityCount is one entity and how often the store's articles name it.
type EntityCount struct {
	Name     string `json:"name"`
	Country  string `json:"country,omitempty"` // places only
	Articles int    `json:"articles"`          // articles naming it
	Mentions int    `json:"mentions"`          // mentions over all those articles
}

// EntityResult is one page of entities and how many there are in all.
type EntityResult struct {
	Total   int           `json:"total"`
	Results []EntityCount `json:"results"`
}

// Store keeps articles and answers queries over them. Implementations are
// safe for concurrent use.
type Store interface {
	// Put stores one article in a single transaction: either all of it
	// (metadata, blocks, entities, dates, quotes, index) or nothing. The
	// same page twice, or a page whose URL (canonical, else as given) and
	// text are already stored, is stored once.
	Put(ctx context.Context, e Entry) (PutResult, error)
	// PutBatch stores several entries as Put does, in one transaction
	// (much cheaper per article than one Put each): all of them or none.
	// An entry refused on its own (ErrInvalid: no article, no text) has
	// its error in its outcome and does not stop the others; the error
	// returned is a failure of the whole batch, and then nothing of it is
	// stored.
	PutBatch(ctx context.Context, es []Entry) ([]PutOutcome, error)
	// HasPage reports whether a page with this PageHash is stored.
	HasPage(ctx context.Context, pageHash string) (id int64, ok bool, err error)
	// HasURL reports whether an article is stored under this URL (as its
	// canonical URL or its own, compared after normalisation).
	HasURL(ctx context.Context, rawURL string) (id int64, ok bool, err error)
	// Get returns one article; ErrNotFound when there is none.
	Get(ctx context.Context, id int64) (*Stored, error)
	Search(ctx context.Context, q Query) (SearchResult, error)
	Quotes(ctx context.Context, q QuoteQuery) (QuoteResult, error)
	Entities(ctx context.Context, q EntityQuery) (EntityResult, error)
	// GetJSON returns one article's stored JSON (Stored.JSON) without
	// decoding it; ErrNotFound when there is none.
	GetJSON(ctx context.Context, id int64) ([]byte, error)
	// Story returns a story with its copies; ErrNotFound when there is
	// none.
	Story(ctx context.Context, id int64) (StoryDetail, error)
	// Stories lists stories with their copies, most copies first.
	Stories(ctx context.Context, q StoryQuery) (StoryResult, error)
	// Facets counts, over the articles a query selects (stories once,
	// unless q.AllCopies), the people, organizations, places, countries,
	// sites and languages they name or come from.
	Facets(ctx context.Context, q Query, opts FacetOptions) (FacetResult, error)
	// CoOccurrences lists the entities most often named in the same
	// articles as one entity.
	CoOccurrences(ctx context.Context, q CoOccurrenceQuery) (CoOccurrenceResult, error)
	// Timeline counts per publication day the articles a query selects
	// and, when it filters on one person, organization or place, that
	// entity's mentions in them.
	Timeline(ctx context.Context, q Query) (TimelineResult, error)
	// Sources lists the sites articles came from, with their counts and
	// first and last publication days.
	Sources(ctx context.Context, q SourceQuery) (SourceResult, error)
	// Entity describes one person, organization or place: its other
	// names, roles and how many articles name it. ErrNotFound when no
	// stored article names it.
	Entity(ctx context.Context, kind EntityKind, name string) (EntityDetail, error)
	// Count returns the number of stored articles.
	Count(ctx context.Context) (int, error)
	// Ping checks that the store can answer a query.
	Ping(ctx context.Context) error
	Close() error
}
