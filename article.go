// Package lede holds the domain types of lede: the article a news page
// contains (Article, Block, Embed, Related) and what understanding finds in it
// (Person, Organization, Place, DateMention, Quote, Event, Story).
//
// The package imports nothing else of lede and does no work: the reading
// stages live in their own packages (extract for HTML, flat for flattened page
// text, understand for people, places, dates and quotes) and the pipeline
// package wires them in order. Every type marshals to the JSON that the lede
// command prints and the store keeps.
package lede

// Article is one news article as a reader sees it: its metadata, its body as
// ordered blocks and, once understood, who and what it names.
//
// Dates (Published, Modified) are RFC 3339 strings with the page's own zone
// when the page gives one ("2018-06-28T08:30:00-04:00"), a UTC time ("...Z")
// when the page gives an instant without a zone, or a bare day ("2018-06-28")
// when only the day is known: lede never invents a time of day or a zone.
type Article struct {
	URL          string   `json:"url,omitempty"`           // the page's own address, as given or fetched
	CanonicalURL string   `json:"canonical_url,omitempty"` // rel=canonical / og:url, resolved
	Title        string   `json:"title,omitempty"`
	Authors      []string `json:"authors,omitempty"` // person names, or a wire/site when the byline names one ("Bloomberg")
	Published    string   `json:"published,omitempty"`
	Modified     string   `json:"modified,omitempty"`
	Section      string   `json:"section,omitempty"`
	SiteName     string   `json:"site_name,omitempty"`
	Language     string   `json:"language,omitempty"` // BCP 47, such as "en" or "pt-BR"
	Description  string   `json:"description,omitempty"`
	Image        string   `json:"image,omitempty"` // lead image URL, absolute
	Tags         []string `json:"tags,omitempty"`

	Blocks    []Block   `json:"blocks"`
	Text      string    `json:"text"`           // the body as plain text, blocks separated by a blank line
	HTML      string    `json:"html,omitempty"` // the body as sanitized HTML
	WordCount int       `json:"word_count"`
	Related   []Related `json:"related,omitempty"` // teasers of other stories the page lists

	// Understanding; empty until the understand stage has run.
	People        []Person       `json:"people,omitempty"`
	Organizations []Organization `json:"organizations,omitempty"`
	Places        []Place        `json:"places,omitempty"`
	Dates         []DateMention  `json:"dates,omitempty"`
	Quotes        []Quote        `json:"quotes,omitempty"`
	Events        []Event        `json:"events,omitempty"`
}

// BlockKind says what a body block is.
type BlockKind string

// The kinds of body block.
const (
	KindParagraph  BlockKind = "paragraph"
	KindHeading    BlockKind = "heading"
	KindListItem   BlockKind = "list_item"
	KindBlockQuote BlockKind = "blockquote"
	KindTable      BlockKind = "table"
	KindCode       BlockKind = "code"
	KindImage      BlockKind = "image"
	KindEmbed      BlockKind = "embed"
)

// Block is one unit of the article body, in reading order.
//
// Text is the block's plain text (for a table: its cells, tab-separated, one
// row a line; for an image: its caption; for an embed: the embedded post's
// text). The other fields are set only for the kinds they belong to.
type Block struct {
	Kind    BlockKind  `json:"kind"`
	Text    string     `json:"text,omitempty"`
	Level   int        `json:"level,omitempty"`   // heading: 1-6; list item: nesting depth from 1
	Ordered bool       `json:"ordered,omitempty"` // list item of a numbered list
	Rows    [][]string `json:"rows,omitempty"`    // table cells, header row first
	Src     string     `json:"src,omitempty"`     // image: absolute URL
	Alt     string     `json:"alt,omitempty"`     // image: alternative text
	Embed   *Embed     `json:"embed,omitempty"`   // embed: the embedded post
}

// Embed is a post or media item embedded in the story: a tweet, an Instagram
// or Facebook post, a video.
type Embed struct {
	Kind   string `json:"kind"`             // "tweet", "instagram", "facebook", "youtube", "video", "iframe"...
	URL    string `json:"url,omitempty"`    // the post's address, absolute
	Author string `json:"author,omitempty"` // display name, such as "Donald J. Trump"
	Handle string `json:"handle,omitempty"` // such as "@realDonaldTrump"
	Date   string `json:"date,omitempty"`   // YYYY-MM-DD when the embed states it
	Text   string `json:"text,omitempty"`
}

// Related is a teaser for another story that the page lists (a "most read"
// or "latest" box). Date follows the Article date rules; a relative time that
// cannot be resolved ("5 hours ago") stays in DateText.
type Related struct {
	Title    string `json:"title"`
	URL      string `json:"url,omitempty"`
	Author   string `json:"author,omitempty"`
	Date     string `json:"date,omitempty"`
	DateText string `json:"date_text,omitempty"`
}

// Mention is where a name or expression occurs in Article.Text, as byte
// offsets [Start, End).
type Mention struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Person is a person the article names, under one canonical name.
type Person struct {
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases,omitempty"` // other forms used in the text ("Trump", "@realDonaldTrump")
	Role     string    `json:"role,omitempty"`    // title or role given in the text ("National Security Adviser")
	Mentions []Mention `json:"mentions,omitempty"`
}

// Organization is an organization the article names.
type Organization struct {
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
}

// Place is a place the article names, geocoded when the gazetteer knows it.
type Place struct {
	Name     string    `json:"name"`
	Country  string    `json:"country,omitempty"` // ISO 3166-1 alpha-2
	Lat      float64   `json:"lat,omitempty"`
	Lon      float64   `json:"lon,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
}

// Granularity is how precise a resolved date is.
type Granularity string

// The granularities of a DateMention.
const (
	Day   Granularity = "day"
	Month Granularity = "month"
	Year  Granularity = "year"
)

// DateMention is a date expression in the text and its value resolved against
// the publication date. Value is YYYY-MM-DD, YYYY-MM or YYYY by Granularity;
// Resolved is false when the expression is relative and no anchor was known.
type DateMention struct {
	Text        string      `json:"text"`
	Value       string      `json:"value,omitempty"`
	Granularity Granularity `json:"granularity,omitempty"`
	Resolved    bool        `json:"resolved"`
	Start       int         `json:"start"`
	End         int         `json:"end"`
}

// QuoteKind says how a quote is reported.
type QuoteKind string

// The kinds of quote.
const (
	QuoteDirect   QuoteKind = "direct"   // a whole quoted sentence or more
	QuotePartial  QuoteKind = "partial"  // quoted words inside the writer's sentence
	QuoteIndirect QuoteKind = "indirect" // reported speech without quotation marks
)

// Quote is something a person or organization said. Text is exactly the
// quoted words; Start and End locate them in Article.Text.
type Quote struct {
	Text    string    `json:"text"`
	Speaker string    `json:"speaker,omitempty"` // canonical name of a Person or Organization
	Kind    QuoteKind `json:"kind"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
}

// Event is who did what to whom, as a sentence of the article reports it.
type Event struct {
	Actor  string  `json:"actor,omitempty"`
	Action string  `json:"action"`
	Target string  `json:"target,omitempty"`
	Place  string  `json:"place,omitempty"`
	Date   string  `json:"date,omitempty"`
	Span   Mention `json:"span"`
}

// Story is one piece of news as published by one or more sites: the first
// copy seen and the addresses of its republications.
type Story struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"` // URLs of the copies, first seen first
}
