// Package understand reads an extracted article and finds what it says: the
// people, organizations and places it names (places geocoded), the dates it
// mentions (resolved against the publication date) and who said what.
// Understand is the one ordered pipeline of the understanding stages; each
// stage is its own subpackage usable alone:
//
//  1. understand/text: paragraphs, sentences and tokens, once for all stages;
//  2. understand/entities: people, organizations and place names, with
//     aliases resolved within the article, roles and mention offsets;
//  3. understand/places: the place names geocoded with the bundled gazetteer;
//  4. understand/dates: date expressions resolved against Article.Published
//     (its day where a dateline's city is, when that is far from the zone
//     the page gives);
//  5. understand/quotes: direct, partial and indirect quotes with speakers.
//
// The method is rules and lexicons over capitalised spans, no model and no
// download at run time; docs/understand.md describes it and its limits. All
// offsets are bytes into Article.Text. It does not extract articles (packages
// extract and flat do) nor link entities across articles.
package understand

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/dates"
	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/places"
	"github.com/ledehq/lede/understand/quotes"
	"github.com/ledehq/lede/understand/text"
)

// Options tunes Understand. The zero value is ready to use: it loads the
// bundled gazetteer and name lists on each call, so a caller that
// understands many articles should load them once with a Loader.
type Options struct {
	Gazetteer  *places.Gazetteer // nil: places.Load() on each call
	Names      *entities.Names   // nil: entities.NewNames() on each call
	NoIndirect bool              // leave out reported speech without quotation marks
}

// Loader loads the gazetteer and lexicons once, on first use, for all the
// articles one caller understands. The zero value is ready; it is safe for
// concurrent use.
type Loader struct {
	once sync.Once
	opts Options
	err  error
}

// Options returns the loaded options.
func (l *Loader) Options() (Options, error) {
	l.once.Do(func() {
		g, err := places.Load()
		if err != nil {
			l.err = fmt.Errorf("load gazetteer: %w", err)
			return
		}
		l.opts = Options{Gazetteer: g, Names: entities.NewNames()}
	})
	return l.opts, l.err
}

// Understand runs Understand with the loaded data.
func (l *Loader) Understand(ctx context.Context, a *lede.Article) error {
	opts, err := l.Options()
	if err != nil {
		return err
	}
	return Understand(ctx, a, opts)
}

// Understand fills the understanding fields of a (People, Organizations,
// Places, Dates, Quotes) from a.Text, replacing what they held. Offsets are
// bytes into a.Text. An article with no text gets empty fields and no error.
func Understand(ctx context.Context, a *lede.Article, opts Options) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if a == nil {
		return errors.New("understand: nil article")
	}
	a.People, a.Organizations, a.Places, a.Dates, a.Quotes = nil, nil, nil, nil, nil
	if a.Text == "" {
		return nil
	}
	if opts.Gazetteer == nil {
		g, err := places.Load()
		if err != nil {
			return fmt.Errorf("load gazetteer: %w", err)
		}
		opts.Gazetteer = g
	}
	if opts.Names == nil {
		opts.Names = entities.NewNames()
	}
	// 1. Paragraphs, sentences, tokens.
	doc := text.Analyze(a.Text)
	// 2. People, organizations, place names.
	g := opts.Gazetteer
	ents := entities.Find(doc, opts.Names, entities.Options{Known: g.Known, MaybePlace: func(name string) bool {
		info, ok := g.Lookup(name)
		return ok && (info.Kind != places.KindCity || info.Population >= minContextCityPop)
	}, TownName: func(name string) bool {
		info, ok := g.Lookup(name)
		return ok && info.Kind == places.KindCity && info.Population < maxSpeakingTownPop
	}})
	a.People = ents.People()
	a.Organizations = ents.Organizations()
	if err := ctx.Err(); err != nil {
		return err
	}
	// 3. Places, geocoded together.
	var cands []places.Candidate
	for _, p := range ents.PlaceNames() {
		cands = append(cands, places.Candidate{Name: p.Name, Mentions: p.Mentions})
	}
	if len(cands) > 0 {
		a.Places = opts.Gazetteer.Geocode(cands)
	}
	// 4. Dates, against the publication day where the dateline's city is.
	a.Dates = dates.Find(a.Text, localDay(a, doc))
	if err := ctx.Err(); err != nil {
		return err
	}
	// 5. Quotes.
	a.Quotes = quotes.Find(doc, ents, quotes.Options{NoIndirect: opts.NoIndirect, Posts: posts(a)})
	return nil
}

// minContextCityPop is the smallest city a locative context makes a
// place ("near Evansville"): small enough for towns news names, large
// enough that a word is seldom only a hamlet's name.
const minContextCityPop = 5000

// maxSpeakingTownPop is the largest city whose name, as the subject of a
// verb of speech, is taken for a person's ("Fontana says"): capitals and
// big cities that speak for their governments ("Beijing said") are larger.
const maxSpeakingTownPop = 500000

// posts locates the embedded posts of a's blocks in a.Text, in order.
func posts(a *lede.Article) []quotes.Post {
	var out []quotes.Post
	from := 0
	for _, b := range a.Blocks {
		if b.Kind != lede.KindEmbed || b.Embed == nil || b.Text == "" || from > len(a.Text) {
			continue
		}
		i := strings.Index(a.Text[from:], b.Text)
		if i < 0 {
			continue
		}
		start := from + i
		out = append(out, quotes.Post{Start: start, End: start + len(b.Text), Author: b.Embed.Author, Handle: b.Embed.Handle})
		from = start + len(b.Text)
	}
	return out
}
