package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
)

// junkLines are whole blocks that are page furniture in any story.
var junkLines = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "ads": true, "sponsored": true,
	"skip advertisement": true, "continue reading": true, "continue reading the main story": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"read more": true, "share": true, "share this": true, "share this article": true, "share this story": true,
	"related": true, "related articles": true, "related stories": true, "more": true, "comments": true,
	"subscribe": true, "sign up": true, "loading": true, "loading...": true, "close": true, "menu": true,
	"print": true, "email": true, "tweet": true, "scroll to continue with content": true,
	"supported by": true, "image": true, "photo": true, "video": true, "listen to this article": true,
}

// cleanBlocks drops the title heading, bylines and date lines before the
// story starts, furniture lines, and, unless the content is a page of
// items, headings left dangling at the end.
func cleanBlocks(bs []lede.Block, title, docTitle string, authors []string, items bool) []lede.Block {
	tKey := foldKey(title)
	dKey := foldKey(docTitle)
	out := bs[:0]
	started := false // a real paragraph has been kept
	for _, bl := range bs {
		key := foldKey(bl.Text)
		if bl.Kind != lede.KindImage && bl.Kind != lede.KindEmbed && bl.Kind != lede.KindTable && bl.Kind != lede.KindCode {
			if junkLines[key] {
				continue
			}
		}
		if bl.Kind == lede.KindParagraph && isCredit(bl.Text) {
			continue
		}
		if bl.Kind == lede.KindHeading || (!started && bl.Kind == lede.KindParagraph) {
			if key != "" && (key == tKey || (dKey != "" && len(key) >= 12 && strings.HasPrefix(dKey, key)) || (tKey != "" && len(key) >= 12 && strings.HasPrefix(tKey, key))) {
				continue
			}
		}
		if !started {
			if bl.Kind == lede.KindHeading && bl.Level == 1 {
				continue // the page's own title, whatever metadata says
			}
			if bl.Kind == lede.KindParagraph && (isBylineOrDate(bl.Text) || namesAuthor(bl.Text, authors)) {
				continue
			}
			if bl.Kind == lede.KindParagraph && len(bl.Text) >= 80 {
				started = true
			}
		}
		out = append(out, bl)
	}
	// Headings, images and short lines dangling after the story are
	// the titles of boxes whose content was dropped; not on a page of
	// items, whose last entries are short lines too.
	for started && !items && len(out) > 1 {
		last := out[len(out)-1]
		if last.Kind == lede.KindHeading || (last.Kind == lede.KindParagraph && len(last.Text) < 30 && !strings.HasSuffix(last.Text, ".")) || isTailFurniture(last) {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	return out
}

// foldKey lowercases s and keeps only letters and digits separated by single spaces.
func foldKey(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return sb.String()
}

var monthWords = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// isBylineOrDate reports whether a short line reads as a byline ("By Jane
// Doe", "Jane Doe | Reuters") or a date line ("June 28, 2018 8:30 AM",
// "Updated 3 hours ago").
func isBylineOrDate(t string) bool {
	if len(t) > 160 {
		return false
	}
	low := strings.ToLower(t)
	for _, p := range []string{"by ", "written by", "posted by", "words by", "von ", "par ", "por "} {
		if strings.HasPrefix(low, p) {
			return len(t) < 120 && len(strings.Fields(t)) <= 12 && !strings.HasSuffix(t, ".")
		}
	}
	for _, p := range []string{"updated", "published", "posted", "last updated", "first published", "modified"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if len(t) > 80 {
		return false
	}
	// A short line with a month name and a number, or a time, and few
	// words that are not date words.
	digits, words := 0, 0
	month := false
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words++
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(c) {
			digits++
			continue
		}
		for _, m := range monthWords {
			if strings.HasPrefix(w, m) {
				month = true
			}
		}
		if w == "am" || w == "pm" || w == "ago" || w == "hours" || w == "minutes" || w == "min" || w == "read" {
			month = true
		}
	}
	return digits > 0 && month && words <= 12
}

// creditPrefixes start the credit line of a picture.
var creditPrefixes = []string{"photo:", "photo by", "photos:", "photograph:", "photography:", "image:", "image credit", "picture:", "credit:", "foto:", "(photo", "[photo"}

// isCredit reports whether a short line credits a picture ("Photo: Jane Doe, AP").
func isCredit(t string) bool {
	if len(t) > 100 {
		return false
	}
	low := strings.ToLower(t)
	for _, p := range creditPrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// namesAuthor reports whether a short line names one of the authors the
// metadata found (a byline such as "Jane Doe, Staff Writer").
func namesAuthor(t string, authors []string) bool {
	if len(t) > 80 || len(authors) == 0 || strings.HasSuffix(t, ".") {
		return false
	}
	low := strings.ToLower(t)
	for _, a := range authors {
		if len(a) >= 5 && strings.Contains(low, strings.ToLower(a)) {
			return true
		}
	}
	return false
}

// tailWords mark the furniture lines that follow a story: newsletter and
// social calls, reporting credits, contact lines, copyright lines.
var tailWords = []string{"subscribe", "newsletter", "sign up", "follow us", "follow @", "follow her", "follow him",
	"follow me", "on twitter", "on facebook", "on instagram", "copyright", "©", "all rights reserved", "click here",
	"reporting by", "additional reporting", "contributed reporting", "contributed to this report", "write to ",
	"have a tip", "you may also like", "share it with", "like this story"}

// isTailFurniture reports whether a short paragraph at the end of the body
// is a call to subscribe or follow, or a copyright line.
func isTailFurniture(b lede.Block) bool {
	if b.Kind != lede.KindParagraph || len(b.Text) > 250 {
		return false
	}
	low := strings.ToLower(b.Text)
	for _, w := range tailWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
