// Package ner is an experiment, not part of the pipeline: a small learned
// name tagger that marks the runs of tokens naming a person, an
// organization or a place (BIO tags) with a greedy averaged perceptron over
// word, shape, context and lexicon features (given names, gazetteer). It
// learns from lede's hand readings, whose listed names are projected onto
// the text as labels (train.go); nothing is shipped or loaded at run time.
//
// It was built to test whether a learned second opinion adds to the rules
// of package entities on news the rules had not seen. It does not (the
// figures are in docs/understand.md, "Seventh session"):
//
//   - alone, trained on every tuning set but one and scored on that one
//     (go test ./understand/internal/ner -run TestCrossSets -nercv -v),
//     it finds people at F1 about 0.79 and places about 0.80, below the rules on
//     unseen news (0.89-0.94 and 0.82-0.89);
//   - as a second opinion (Refine) on the reading the rules gave of blind9
//     and blind10 before they were tuned on (commit 518622c), trained
//     without those sets, it adds about as many wrong people and places as
//     right ones (TestFirstRun; recipe in firstrun_test.go).
//
// It is kept so that the result can be reproduced and the idea taken
// further with more data.
package ner

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/ledehq/lede/understand/text"
)

// Tag is a BIO tag.
type Tag uint8

// The tags. O is outside any name.
const (
	O Tag = iota
	BPer
	IPer
	BOrg
	IOrg
	BLoc
	ILoc
	nTags
)

var tagNames = [nTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

func (t Tag) String() string { return tagNames[t] }

// Kind is the kind of a tagged name.
type Kind uint8

// The kinds of name.
const (
	Person Kind = iota + 1
	Organization
	Place
)

func (t Tag) kind() Kind {
	switch t {
	case BPer, IPer:
		return Person
	case BOrg, IOrg:
		return Organization
	case BLoc, ILoc:
		return Place
	}
	return 0
}

func begin(k Kind) Tag { return Tag(2*int(k) - 1) }

// Lexicon answers the look-ups the features need. A nil function answers
// no.
type Lexicon struct {
	IsGiven func(word string) bool                         // a given name
	Place   func(name string) (kind int, pop int, ok bool) // a gazetteer place of that name
}

// Span is a tagged name: tokens [A, B) of the Doc.
type Span struct {
	A, B  int
	Kind  Kind
	Score float64 // the mean margin of its tags over the next best tag
}

// Model is a trained tagger.
type Model struct {
	w map[uint64]*[nTags]float32
}

// feats collects the hashed features of one token.
type feats struct {
	h   []uint64
	buf []byte
}

func (f *feats) add(parts ...string) {
	h := fnv.New64a()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	f.h = append(f.h, h.Sum64())
}

// context is what the features read of a Doc, computed once.
type context struct {
	doc   *text.Doc
	words []string // token text
	lower []string
	shape []string
	cap   []bool
	gaz   []string // gazetteer feature of the token ("" none)
	given []bool
	first []bool // first token of its sentence
	run   []int  // length of the capitalized run holding the token (0: not capitalized)
	pos   []int  // position in that run
}

func newContext(doc *text.Doc, lex Lexicon) *context {
	n := len(doc.Tokens)
	c := &context{doc: doc, words: make([]string, n), lower: make([]string, n), shape: make([]string, n),
		cap: make([]bool, n), gaz: make([]string, n), given: make([]bool, n), first: make([]bool, n),
		run: make([]int, n), pos: make([]int, n)}
	for i := range doc.Tokens {
		w := doc.Str(i)
		c.words[i] = w
		c.lower[i] = strings.ToLower(w)
		c.shape[i] = shape(w)
		c.cap[i] = doc.Tokens[i].Kind == text.Word && text.IsCapitalized(w)
		if lex.IsGiven != nil && c.cap[i] {
			c.given[i] = lex.IsGiven(w)
		}
	}
	for _, s := range doc.Sentences {
		if s.First < s.Last {
			c.first[s.First] = true
		}
		// Capitalized runs, joined over "of", "de", "the", "and" inside
		// (not at the ends).
		for i := s.First; i < s.Last; {
			if !c.cap[i] {
				i++
				continue
			}
			j := i + 1
			for j < s.Last {
				if c.cap[j] {
					j++
					continue
				}
				if j+1 < s.Last && c.cap[j+1] && joiner(c.lower[j]) {
					j += 2
					continue
				}
				break
			}
			for k := i; k < j; k++ {
				c.run[k] = j - i
				c.pos[k] = k - i
			}
			// Gazetteer: the longest run of up to 4 tokens from each start
			// that the gazetteer has.
			if lex.Place != nil {
				for a := i; a < j; a++ {
					for b := min(j, a+4); b > a; b-- {
						if !c.cap[b-1] {
							continue
						}
						name := doc.Text[doc.Tokens[a].Start:doc.Tokens[b-1].End]
						if kind, pop, ok := lex.Place(name); ok {
							f := "gaz" + string(rune('0'+kind)) + popBucket(pop)
							if b-a > 1 {
								f += "m"
							}
							for k := a; k < b; k++ {
								if c.gaz[k] == "" {
									c.gaz[k] = f
								}
							}
							break
						}
					}
				}
			}
			i = j
		}
	}
	return c
}

func joiner(w string) bool {
	switch w {
	case "of", "de", "del", "der", "van", "von", "la", "le", "da", "the", "and", "&", "for", "on":
		return true
	}
	return false
}

func popBucket(p int) string {
	switch {
	case p == 0:
		return "0"
	case p < 5000:
		return "1"
	case p < 50000:
		return "2"
	case p < 500000:
		return "3"
	}
	return "4"
}

// shape maps a word to a compressed shape: "Xx", "X.X.", "d", "x-Xx".
func shape(w string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != last {
			b.WriteRune(c)
			last = c
		}
		if b.Len() > 8 {
			break
		}
	}
	return b.String()
}

func (c *context) wordAt(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(c.words) {
		return "</s>"
	}
	return c.lower[i]
}

func (c *context) shapeAt(i int) string {
	if i < 0 || i >= len(c.words) {
		return "-"
	}
	return c.shape[i]
}

// features appends token i's features, given the two previous tags.
func (c *context) features(f *feats, i int, t1, t2 Tag) {
	f.h = f.h[:0]
	w := c.lower[i]
	sh := c.shape[i]
	f.add("b")
	f.add("w", w)
	f.add("s", sh)
	if r := []rune(w); len(r) > 3 {
		f.add("p3", string(r[:3]))
		f.add("x3", string(r[len(r)-3:]))
	}
	f.add("w-1", c.wordAt(i-1))
	f.add("w+1", c.wordAt(i+1))
	f.add("w-2", c.wordAt(i-2))
	f.add("w+2", c.wordAt(i+2))
	f.add("s-1", c.shapeAt(i-1))
	f.add("s+1", c.shapeAt(i+1))
	f.add("s-1s+1", c.shapeAt(i-1), sh, c.shapeAt(i+1))
	f.add("t-1", t1.String())
	f.add("t-2t-1", t2.String(), t1.String())
	f.add("t-1s", t1.String(), sh)
	if c.first[i] {
		f.add("first", sh)
	}
	if c.cap[i] {
		if c.doc.WrittenLower(w) {
			f.add("lowerElsewhere")
		}
		f.add("run", runBucket(c.run[i]), runBucket(c.pos[i]))
	}
	if c.given[i] {
		f.add("given")
		f.add("given", t1.String())
	}
	if i > 0 && c.given[i-1] {
		f.add("given-1", sh)
	}
	if c.gaz[i] != "" {
		f.add(c.gaz[i])
		f.add(c.gaz[i], t1.String())
	}
	if i+1 < len(c.words) && text.IsSpeechVerb(c.lower[i+1]) {
		f.add("speech+1")
	}
	if i > 0 && text.IsSpeechVerb(c.lower[i-1]) {
		f.add("speech-1")
	}
}

func runBucket(n int) string {
	if n > 4 {
		n = 4
	}
	return string(rune('0' + n))
}

// allowed reports whether tag t may follow prev (an I tag continues a name of
// its kind).
func allowed(prev, t Tag) bool {
	if t == IPer || t == IOrg || t == ILoc {
		return prev.kind() == t.kind()
	}
	return true
}

// score adds the weights of fs into s.
func (m *Model) score(fs []uint64, s *[nTags]float32) {
	*s = [nTags]float32{}
	for _, h := range fs {
		if w := m.w[h]; w != nil {
			for t := range s {
				s[t] += w[t]
			}
		}
	}
}

// Tag tags every token of doc and returns the names found, in text order.
func (m *Model) Tag(doc *text.Doc, lex Lexicon) []Span {
	c := newContext(doc, lex)
	var f feats
	var out []Span
	for _, s := range doc.Sentences {
		t1, t2 := O, O
		var cur *Span
		var margins float64
		for i := s.First; i < s.Last; i++ {
			c.features(&f, i, t1, t2)
			var sc [nTags]float32
			m.score(f.h, &sc)
			best, second := O, Tag(255)
			for t := Tag(0); t < nTags; t++ {
				if !allowed(t1, t) {
					continue
				}
				if sc[t] > sc[best] || !allowed(t1, best) {
					second, best = best, t
				} else if second == 255 || sc[t] > sc[second] {
					second = t
				}
			}
			margin := float64(sc[best])
			if second != 255 {
				margin -= float64(sc[second])
			}
			switch {
			case best == BPer || best == BOrg || best == BLoc:
				if cur != nil {
					cur.Score = margins / float64(cur.B-cur.A)
					out = append(out, *cur)
				}
				cur = &Span{A: i, B: i + 1, Kind: best.kind()}
				margins = margin
			case best != O && cur != nil:
				cur.B = i + 1
				margins += margin
			default:
				if cur != nil {
					cur.Score = margins / float64(cur.B-cur.A)
					out = append(out, *cur)
					cur = nil
				}
			}
			t2, t1 = t1, best
		}
		if cur != nil {
			cur.Score = margins / float64(cur.B-cur.A)
			out = append(out, *cur)
		}
	}
	return out
}
