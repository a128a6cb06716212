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
	datedWeight    = -15.0 // dated lines mark comments and teasers
	gluedFactor    = 0.3   // a link title glued to its summary
)

// weight scores a line for the region choice.
func weight(l *line) float64 {
	if l.blank {
		return 0
	}
	if l.bracket || l.form {
		return bracketWeight
	}
	if l.dated {
		return datedWeight
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
	if l.glued {
		w *= gluedFactor
	}
	return w - threshold
}

// minHead is the weight the region must keep before a cut at dated lines.
const minHead = 30.0

// maxLinesPerDate: dated lines cut the region only when they recur at
// least once every so many lines, as in comments and teaser lists.
const maxLinesPerDate = 8

// handRegion returns the region chosen with the hand-set weights; the
// learned model reads whether a line lies in it as one of its features.
func handRegion(lines []line) (start, end int, total float64) {
	ws := make([]float64, len(lines))
	for i := range lines {
		ws[i] = weight(&lines[i])
	}
	return cutAtDates(lines, ws)
}

// bestRegion returns the article region [start, end), its weight, and
// each line's probability of being body text under the learned model. Line
// weights are the model's probability, less half the page's bias (at
// least regionBias, more on pages whose story the model is sure of: see
// pageBiasDrop), times the line's size.
//
// lead is where the region would start under regionBias when that is
// above start and the two regions overlap (else -1): the page's own bias
// may leave out an introduction the model is less sure of, above which
// the headline is still to be looked for.
func bestRegion(lines []line, m *lineModel) (start, end int, total float64, probs []float64, lead int) {
	hs, he, _ := handRegion(lines)
	probs = m.lineProbabilities(lines, hs, he)
	bias := max(regionBias, 2*pageConfidence(lines, probs)-pageBiasDrop)
	start, end, total = regionAt(lines, probs, bias)
	lead = -1
	if bias > regionBias {
		if s0, e0, _ := regionAt(lines, probs, regionBias); s0 < start && e0 > start {
			lead = s0
		}
	}
	end = extendRegion(lines, probs, end)
	start, end = rescueProse(lines, probs, start, end)
	return start, end, total, probs, lead
}

// regionAt is the maximum-sum region for a bias, cut at recurring dated
// lines.
func regionAt(lines []line, probs []float64, bias float64) (start, end int, total float64) {
	ws := make([]float64, len(lines))
	for i := range lines {
		if !lines[i].blank {
			ws[i] = (2*probs[i] - bias) * float64(max(lines[i].words, 4))
		}
	}
	capGaps(lines, ws, gapCap)
	return cutAtDates(lines, ws)
}

// extendRegion carries the region's end over a subheading or two to the
// prose that follows, while that prose is as likely body as not.
func extendRegion(lines []line, probs []float64, end int) int {
	for end > 0 {
		j, skipped := end, 0
		for j < len(lines) && (lines[j].blank || (skipped < 2 && isShortPlain(&lines[j]))) {
			if !lines[j].blank {
				skipped++
			}
			j++
		}
		if j >= len(lines) || !isProse(&lines[j]) || lines[j].dated || probs[j] < extendProbability {
			return end
		}
		end = j + 1
	}
	return end
}

// extendProbability is what prose just after the region needs to join it.
const extendProbability = 0.45

// isShortPlain reports whether a line could be a subheading: short, not a
// list item, a date or a bracket.
func isShortPlain(l *line) bool {
	return l.words > 0 && l.words < 10 && !l.bullet && !l.dated && !l.bracket && !l.form
}

// regionBias sets where a line starts to add to the region: at model
// probability regionBias/2. Chosen on the fit halves of the bench (0.5 to
// 1.1 tried; 0.7 has the best mean body F1 over scrapinghub w3m, lynx and
// wcxb articles).
const regionBias = 0.7

// gapCap bounds what a run of non-body lines costs the region, so that a
// story broken by a long gallery or table is still read whole.
const gapCap = 40.0

// capGaps scales the weights of each maximal run of non-positive lines so
// that the run costs at most limit.
func capGaps(lines []line, ws []float64, limit float64) {
	for i := 0; i < len(ws); {
		if ws[i] > 0 {
			i++
			continue
		}
		j, sum := i, 0.0
		for j < len(ws) && ws[j] <= 0 {
			sum += ws[j]
			j++
		}
		if sum < -limit {
			f := limit / -sum
			for k := i; k < j; k++ {
				ws[k] *= f
			}
		}
		i = j
	}
}

// cutAtDates returns the run of lines with the greatest total weight
// (maximum subarray), cut before the first of two or more dated lines that
// follow the story's first prose when they recur often (comments and
// teaser lists carry a date each; a story's body hardly ever does).
func cutAtDates(lines []line, ws []float64) (start, end int, total float64) {
	best := 0.0
	bestStart, bestEnd := 0, 0
	cur, curStart := 0.0, 0
	for i := range lines {
		if cur <= 0 {
			cur, curStart = 0, i
		}
		cur += ws[i]
		if cur > best {
			best, bestStart, bestEnd = cur, curStart, i+1
		}
	}
	sum := 0.0
	firstDated, dated, tail, span := -1, 0, 0, 0
	headSum := 0.0
	for i := bestStart; i < bestEnd; i++ {
		l := &lines[i]
		if firstDated >= 0 && !l.blank {
			tail++
		}
		if l.dated && sum >= minHead && proseFollows(lines, i) {
			if firstDated < 0 {
				firstDated, headSum = i, sum
			}
			dated++
			span = tail
		}
		sum += ws[i]
	}
	// The dated lines recur densely from the first to the last of them
	// (comments, a teaser list), whatever follows the last.
	if dated >= 2 && span <= maxLinesPerDate*(dated-1) {
		e := firstDated
		for e > bestStart && ws[e-1] <= 0 {
			e--
		}
		return bestStart, e, headSum
	}
	return bestStart, bestEnd, best
}

// proseFollows reports whether one of the three non-blank lines after line
// i is prose that is not dated: a comment's text after its date, unlike a
// list of dates (a tour, a timeline).
func proseFollows(lines []line, i int) bool {
	for j, n := i+1, 0; j < len(lines) && n < 3; j++ {
		l := &lines[j]
		if l.blank {
			continue
		}
		if l.dated {
			return false
		}
		if isProse(l) {
			return true
		}
		n++
	}
	return false
}

// pageBiasDrop sets the page's own region bias: a line adds to the
// region only above probability pageConfidence - pageBiasDrop/2 (and
// never below regionBias/2). On a page whose story the model is sure of
// (long lines at 0.95), lines it is unsure of (teaser summaries and
// sidebars at 0.5 to 0.6) no longer carry the region on; on a page where
// it is unsure throughout, the bias stays regionBias. Chosen by
// cross-validation (0.5 to 1.2 tried; 0.7 gains on all three sets).
const pageBiasDrop = 0.7

// pageConfidence is the mean probability, weighted by words, of the
// page's long lines the model more likely than not keeps; 0 when none.
func pageConfidence(lines []line, probs []float64) float64 {
	var qs, qw float64
	for i := range lines {
		if l := &lines[i]; !l.blank && probs[i] >= 0.5 && l.words >= 15 {
			qs += probs[i] * float64(l.words)
			qw += float64(l.words)
		}
	}
	if qw == 0 {
		return 0
	}
	return qs / qw
}

// rescueProse carries the region's start over at most two placeholders,
// and its end over at most two short lines or placeholders, to long prose
// right next to it: a lead paragraph under the dateline, a last paragraph
// above a paywall prompt. Such a line joins the region, and the body,
// when the model gives it at least rescueProbability. The start is never
// carried over a short line: that may be the headline.
func rescueProse(lines []line, probs []float64, start, end int) (int, int) {
	if end <= start {
		return start, end
	}
	for {
		j, skipped := start-1, 0
		for j >= 0 && (lines[j].blank || (skipped < 2 && lines[j].bracket)) {
			if !lines[j].blank {
				skipped++
			}
			j--
		}
		if j < 0 || !isRescuable(&lines[j]) || probs[j] < rescueProbability {
			break
		}
		probs[j] = max(probs[j], keepProbability)
		start = j
	}
	for {
		j, skipped := end, 0
		for j < len(lines) && (lines[j].blank || (skipped < 2 && (isShortPlain(&lines[j]) || lines[j].bracket))) {
			if !lines[j].blank {
				skipped++
			}
			j++
		}
		if j >= len(lines) || !isRescuable(&lines[j]) || probs[j] < rescueProbability {
			break
		}
		probs[j] = max(probs[j], keepProbability)
		end = j + 1
	}
	return start, end
}

// rescueProbability is what long prose next to the region needs to join
// it.
const rescueProbability = 0.1

// isRescuable reports whether a line is long running prose of its own:
// twenty words or more, a sentence end inside and at the end, not
// repeated in the page, not a date, list item or placeholder.
func isRescuable(l *line) bool {
	return l.words >= 20 && l.sentEnd && l.sents >= 1 && l.repeats <= 1 && !l.dated && !l.glued && !l.bullet && !l.bracket && !l.form
}
