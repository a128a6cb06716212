// Package flat reads flattened page text (a text-browser dump, a copy-paste,
// a crawl archive's page text) that still carries the whole site around the
// article, and returns the article: title, byline, date, section, site, the
// body as blocks, and the teasers of related stories.
//
// # Method
//
// The text is cut into lines, and each line gets features computed in one
// pass: words (Chinese and Japanese characters count two to a word),
// letters, capitalised words, whether it ends like a sentence, sentence
// breaks inside it, list markers (•, *, 1.), brackets ("[image]"), form
// controls, a date or relative time on a short line, a link title glued to
// its summary, and how many times the same text occurs in the page.
//
// The article is one mostly contiguous region. A first, hand-weighted pass
// scores each line by its words (fewer for lines that do not end like
// sentences, for list items and repeated text, a fixed cost for dated
// lines) minus a threshold and takes the run of lines with the greatest
// total. A learned model then scores every line: a logistic regression
// (model_weights.go) from its own features, its neighbours' and its place
// relative to that first region and to copyright lines, and a second
// stage of boosted regression trees (boost.go, boost_trees.go) that reads
// those features, the first stage's scores around the line and the
// line's context: its paragraph block, image placeholders next to it,
// summaries under title lines (teaser lists), truncated text, table
// columns, and the first stage's scores against the page's own scale. The
// final region is the maximum-sum run of lines weighted by the model's
// probability less the page's own bias (higher on pages whose story the
// model is sure of, so that teasers and captions it is less sure of do not
// carry the region on) times their words, with long gaps capped, cut
// before dated lines that recur (comments, teaser lists), carried over a
// subheading to prose that follows and over a placeholder to long prose
// next to it (a lead paragraph under the dateline). The model is trained
// by
//
//	go test ./flat -run TestTrainModel -train
//
// on the flattened pages of ../shared/bench (scrapinghub text-w3m and
// text-lynx, wcxb-dev articles) whose id has an even first digit; the odd
// half is held out. Training is deterministic (full-batch gradient descent
// from zero weights, then boosting on fixed quantile cuts).
//
// Inside the region, lines the model keeps become paragraphs; short lines
// between prose become headings ("‘First Steps’"); indented prose becomes
// block quotes; long list items stay list items; a post signature such as
// "— Name (@handle) June 28, 2018" turns the block before it into an embed
// and stays as a paragraph. Labels, buttons, bylines and dates are dropped.
// No text is invented or rewritten: every body block is one input line,
// white space trimmed. When the model finds no story, the hand-weighted
// region's prose lines are used.
//
// Above the body, the title is the best title-shaped line (several words,
// no final period, not a list item, table row or menu, sharing words with
// the story, best just before a byline or a date, echoed by a breadcrumb);
// the section is the short line just above the title; bylines ("By", "By
// Name", "Written by", "By" with the names on the following lines, names
// joined by "and", "&" or commas), or else a name next to the date, give
// the authors; the first date after the title, read by package datetext,
// gives the publication date with its zone (a day in the page address's
// path, /2025/12/19/, wins over a text date of another day). A copyright
// line names the site. Outside the article, lines that pair a title with a byline or a
// date become Related teasers; relative times ("5 hours ago") next to
// teaser dates let the capture time be inferred, other relative times are
// resolved from it or kept as DateText, and none is taken for the
// article's own date.
//
// It does not read HTML (package extract does). docs/flat.md has the
// figures.
package flat

import (
	"context"
	"fmt"
	"html"
	"strings"

	"github.com/ledehq/lede"
)

// DefaultMaxBytes is the input cap used when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// minBodyWords is the fewest words an article body may have.
const minBodyWords = 25

// Options tunes Extract. The zero value is ready to use.
type Options struct {
	// URL is the page's address, if known.
	URL string
	// MaxBytes caps the input size. Zero means DefaultMaxBytes; negative
	// means no cap.
	MaxBytes int64
}

// Extract reads flattened page text and returns its article.
//
// It fails with lede.ErrTooLarge, lede.ErrEmptyInput or lede.ErrUnsupported
// (binary data) before reading, and with lede.ErrNoArticle when the text
// holds no article; in that case the returned Article still carries what
// metadata was found. Invalid UTF-8 is replaced by U+FFFD.
func Extract(ctx context.Context, text []byte, opts Options) (*lede.Article, error) {
	return extractWith(ctx, text, opts, trainedModel())
}

// extractWith is Extract with the given line model (training compares
// models fitted on one half of the bench on the other half).
func extractWith(ctx context.Context, text []byte, opts Options, m *lineModel) (*lede.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s, err := decode(text, opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	lines := splitLines(s)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := page{lines: lines, urlWords: slugWords(opts.URL), urlDate: urlDate(opts.URL)}
	a := &lede.Article{URL: opts.URL, Blocks: []lede.Block{}}
	start, end, total, probs, lead := bestRegion(lines, m)
	p.start, p.end, p.probs, p.lead = start, end, probs, lead
	p.readBody()
	if p.keptWords() < minBodyWords {
		// The model found no story: fall back to the hand-weighted
		// region and its prose lines (a one-paragraph story among
		// long menus).
		hs, he, ht := handRegion(lines)
		if ht > total {
			total = ht
		}
		p.start, p.end, p.fallback, p.lead = hs, he, true, -1
		p.kept, p.blocks = nil, nil
		p.readBody()
	}
	p.readMeta(a)
	p.dropTitleCopies(a.Title)
	a.Related = p.readRelated()
	a.Blocks = p.blocks
	finish(a)
	a.Language = detectLanguage(a.Text)
	if total <= 0 || p.keptWords() < minBodyWords {
		a.Blocks = []lede.Block{}
		a.Text, a.HTML, a.WordCount, a.Language = "", "", 0, ""
		return a, fmt.Errorf("flattened text of %d lines: %w", len(lines), lede.ErrNoArticle)
	}
	return a, nil
}

// page is the extraction state of one input.
type page struct {
	lines      []line
	start, end int             // the article region, [start, end)
	lead       int             // where a less strict region would start, above start (-1: none); the title is looked for above it
	kept       []int           // body lines, in order
	probs      []float64       // each line's probability of being body text
	fallback   bool            // the region is the hand-weighted one: keep prose lines
	urlWords   map[string]bool // words of the page address's path, for the title
	urlDate    string          // the day the page address files the story under (YYYY-MM-DD), or ""
	blocks     []lede.Block
	titleLine  int // -1 when none
	metaFrom   int // the title, byline and date lines: [metaFrom, bodyStart)
	bodyStart  int
}

// finish fills Text, HTML and WordCount from the blocks.
func finish(a *lede.Article) {
	var text, h strings.Builder
	inList := false
	for i, b := range a.Blocks {
		if i > 0 {
			text.WriteString("\n\n")
		}
		text.WriteString(b.Text)
		if b.Kind == lede.KindListItem && !inList {
			h.WriteString("<ul>")
			inList = true
		} else if b.Kind != lede.KindListItem && inList {
			h.WriteString("</ul>")
			inList = false
		}
		esc := html.EscapeString(b.Text)
		switch b.Kind {
		case lede.KindHeading:
			fmt.Fprintf(&h, "<h%d>%s</h%d>", b.Level, esc, b.Level)
		case lede.KindListItem:
			h.WriteString("<li>" + esc + "</li>")
		case lede.KindBlockQuote:
			h.WriteString("<blockquote><p>" + esc + "</p></blockquote>")
		case lede.KindEmbed:
			h.WriteString(`<blockquote class="embed"><p>` + esc + "</p></blockquote>")
		default:
			h.WriteString("<p>" + esc + "</p>")
		}
	}
	if inList {
		h.WriteString("</ul>")
	}
	a.Text = text.String()
	a.HTML = h.String()
	a.WordCount = countWords(a.Text)
}

// countWords counts runs of non-space characters.
func countWords(s string) int {
	return len(strings.Fields(s))
}

// keptWords counts the words of the body lines (Chinese and Japanese
// characters count two to a word).
func (p *page) keptWords() int {
	n := 0
	for _, i := range p.kept {
		n += p.lines[i].words
	}
	return n
}

// dropTitleCopies removes body blocks that repeat the title: a headline
// printed again above the story is not part of it.
func (p *page) dropTitleCopies(title string) {
	if title == "" {
		return
	}
	blocks, kept := p.blocks[:0], p.kept[:0]
	for k, b := range p.blocks {
		if b.Text == title && b.Kind != lede.KindEmbed {
			continue
		}
		blocks = append(blocks, b)
		kept = append(kept, p.kept[k])
	}
	p.blocks, p.kept = blocks, kept
}
