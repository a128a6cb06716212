package flat

// Line weights for the choice of the article region. A line of running
// prose scores by its words; short lines, list items, repeated lines and
// form controls cost. The region is the run of lines with the greatest sum
// (maximum subarray), so menus and teaser lists around the story, whose
// lines are short, break it off while a short subheading between two long
// paragraphs does not.
const (
	threshold      = 8.0 // words a line needs to add to the region
	proseFactor    = 1.0 // weight of a word in a line ending like a sentence
	fragmentFactor = 0.5 // weight of a word in a line without sentence end
	bulletFactor   = 0.3 // list items are mostly menus
	repeatFactor   = 0.2 // text repeated in the page is mostly boilerplate
	bracketWeight  = -1.0
)

// weight scores a line for the region choice.
func weight(l *line) float64 {
	if l.blank {
		return 0
	}
	if l.bracket || l.form {
		return bracketWeight
	}
	w := float64(l.words)
	if l.sentEnd {
		w *= proseFactor
	} else {
		w *= fragmentFactor
	}
	if l.sents > 0 {
		w += float64(l.sents)
	}
	if l.bullet {
		w *= bulletFactor
	}
	if l.repeats > 1 {
		w *= repeatFactor
	}
	return w - threshold
}

// bestRegion returns the run of lines [start, end) with the greatest total
// weight, and that total.
func bestRegion(lines []line) (start, end int, total float64) {
	best := 0.0
	bestStart, bestEnd := 0, 0
	cur, curStart := 0.0, 0
	for i := range lines {
		w := weight(&lines[i])
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += w
		if cur > best {
			best, bestStart, bestEnd = cur, curStart, i+1
		}
	}
	return bestStart, bestEnd, best
}
