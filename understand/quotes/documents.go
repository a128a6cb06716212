package quotes

import (
	"sort"
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// Documents and signatures: reports and letters that speak for their
// issuer ("according to", "the report said"), signs and post signatures.

// accordingTo returns the speaker named after "according to" at token j:
// a name ("according to the White House") or the author of a document
// ("according to a statement from Acme Corp."), or -1.
func (f *finder) accordingTo(j, to int) int {
	switch strings.TrimSuffix(f.word(min(j, len(f.doc.Tokens)-1)), ".") {
	case "Mr", "Mrs", "Ms", "Dr", "Prof":
		// "according to Mr Flower": the name after the title.
		if j+1 < to && f.word(j+1) == "." {
			j++
		}
		if j+1 < to && f.mentionStartingAt(j+1) >= 0 {
			j++
		}
	}
	if j < to && (f.word(j) == "the" || f.word(j) == "a" || f.word(j) == "an") && j+1 < to {
		if e := f.mentionStartingAt(j + 1); e >= 0 {
			// "according to a Facebook post by Jones": the author after
			// "by", not the platform; "according to a Reuters report":
			// the organization.
			if n := f.tokenAt(f.mentionEnd(j + 1)); n+2 < to && documentNouns[f.word(n)] && (f.word(n+1) == "by" || f.word(n+1) == "from") {
				if a := f.mentionStartingAt(n + 2); a >= 0 {
					return a
				}
			}
			return e
		}
		if isOrgNoun(f.word(j+1)) && (j+2 >= to || f.doc.Tokens[j+2].Kind != text.Word) && f.word(j) == "the" {
			// "according to the company, …", the company named in this
			// paragraph.
			if e := f.described(j + 1); e >= 0 && f.mentionedSince(e, f.doc.Tokens[j].Start, 0) {
				return e
			}
		}
		d := j + 1
		for d < to && d <= j+2 && !documentNouns[f.word(d)] && f.doc.Tokens[d].Kind == text.Word && f.mentionStartingAt(d) < 0 && d+1 < to && f.doc.Tokens[d+1].Kind == text.Word {
			d++ // "according to an autumn study from …", "a new study from …"
		}
		if documentNouns[f.word(d)] && d+2 < to && (f.word(d+1) == "from" || f.word(d+1) == "by" || f.word(d+1) == "of") {
			k := d + 2
			if f.word(k) == "the" && k+1 < to {
				k++
			}
			return f.mentionStartingAt(k)
		}
		return f.institutionAfter(j-1, to) // "according to the foreign ministry"
	}
	if j < to {
		if e := f.mentionStartingAt(j); e >= 0 {
			if n := f.tokenAt(f.mentionEnd(j)); n+1 < to && f.doc.Tokens[n].Kind == text.Possessive {
				if p := f.mentionStartingAt(n + 1); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
					return p // "according to RedMonk's Stephens"
				}
			}
			if n := f.tokenAt(f.mentionEnd(j)); n+1 < to && f.doc.Tokens[n].Kind == text.Possessive && documentNouns[f.word(n+1)] && !spokesNouns[f.word(n+1)] {
				return e // "according to Roe's website": Roe's words
			}
			if n := f.tokenAt(f.mentionEnd(j)); f.ents.Entities[e].Kind == entities.Person && n < to && f.doc.Tokens[n].Kind == text.Possessive {
				// "according to Roe's lawyer": not Roe; the lawyer's
				// name when set in apposition.
				for c := n + 1; c < to && c <= n+3; c++ {
					if f.word(c) == "," && c+1 < to {
						return f.mentionStartingAt(c + 1)
					}
				}
				return -1
			}
			return e
		}
	}
	return f.institutionAfter(j-1, to) // "according to police"
}

// documentSender returns who sent the document that the relative pronoun
// at token k refers to: the person or organization named after "from" or
// "by" ("an email from her brother, Tom Keller, that said"), else the
// subject of the sentence ("Keller sent a letter to the council, which
// said"), or -1 when no document is named just before k.
func (f *finder) documentSender(k, lo int) int {
	for j := k - 1; j >= lo && j >= k-12; j-- {
		if f.doc.Tokens[j].Kind == text.Quote || f.inQuote(f.doc.Tokens[j].Start) {
			return -1
		}
		if !documentNouns[f.word(j)] || j == 0 || !determiners[f.word(j-1)] && f.doc.Tokens[j-1].Kind != text.Word {
			continue
		}
		if j+1 < k && (f.word(j+1) == "from" || f.word(j+1) == "by") {
			for m := j + 2; m < k; m++ {
				if e := f.mentionStartingAt(m); e >= 0 {
					return e
				}
			}
			return -1
		}
		// "Keller sent a letter to the council, which said": the subject
		// issued the document; not "X denied claims made in a post that
		// said".
		for v := j - 1; v >= lo && v >= j-4; v-- {
			if issueVerbs[f.word(v)] {
				return f.sentenceSubject(j)
			}
		}
		return -1
	}
	return -1
}

// issueVerbs put out a document ("sent a letter", "issued a statement").
var issueVerbs = map[string]bool{
	"sent": true, "issued": true, "released": true, "published": true, "posted": true, "wrote": true, "shared": true,
	"emailed": true, "tweeted": true, "filed": true, "delivered": true, "read": true, "signed": true,
}

// documentNouns are what a speaker issues ("a statement from X").
var documentNouns = map[string]bool{
	"statement": true, "report": true, "release": true, "filing": true, "letter": true, "post": true, "email": true,
	"memo": true, "transcript": true, "tweet": true, "complaint": true, "lawsuit": true, "notice": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "representative": true, "document": true, "study": true, "survey": true,
	"message": true, "text": true, "note": true, "website": true, "guidelines": true, "guidance": true, "policy": true,
	"recommendations": true, "handbook": true, "manual": true, "caption": true, "blog": true, "newsletter": true,
}

// signNouns are things whose words a story quotes with nobody speaking
// ("a poster: “…”", "the sign read").
var signNouns = map[string]bool{
	"sign": true, "signs": true, "poster": true, "banner": true, "plaque": true, "placard": true, "placards": true,
	"slogan": true, "motto": true, "inscription": true, "label": true, "tagline": true, "billboard": true,
}

// documentColon reports whether sentence s ends with a colon after naming
// a document ("…, which carries the following statement:"): the words
// quoted after it are the document's, not its sentence subject's.
func (f *finder) documentColon(s text.Sentence) bool {
	if s.Last-s.First < 2 || f.word(s.Last-1) != ":" {
		return false
	}
	for k := s.First; k < s.Last; k++ {
		if w := f.word(k); documentNouns[w] && !spokesNouns[w] && !utteranceNouns[w] && w != "text" && w != "note" || w == "statement" || signNouns[w] {
			return true // (not "She has a simple message:")
		}
	}
	return false
}

// signatureAfter reads the signature line of an embedded post after
// paragraph para ("— Ada Quill (@adaquill) May 3, 2021").
func (f *finder) signatureAfter(para int) int {
	d := f.doc
	if para+1 >= len(d.Paragraphs) {
		return -1
	}
	p := d.Paragraphs[para+1]
	line := d.Text[p.Start:p.End]
	if !(strings.HasPrefix(line, "—") || strings.HasPrefix(line, "–") || strings.HasPrefix(line, "- ")) {
		return -1
	}
	if !strings.Contains(line, "(@") {
		// "“…” ¶ — Jane Roe, PhD, Eastvale University": a signature
		// line of a name and its credentials, no verb after the name
		// (not "— Jane Roe contributed reporting").
		k := f.tokenAt(p.Start) + 1
		if k < len(d.Tokens) && leadTitles[strings.TrimSuffix(f.word(k), ".")] {
			k++
			if k < len(d.Tokens) && f.word(k) == "." {
				k++
			}
		}
		if k >= len(d.Tokens) || d.Tokens[k].Start >= p.End || countWords(line) > 14 {
			return -1
		}
		e := f.mentionStartingAt(k)
		if e < 0 || f.ents.Entities[e].Kind != entities.Person {
			return -1
		}
		if n := f.tokenAt(f.mentionEnd(k)); n < len(d.Tokens) && d.Tokens[n].Start < p.End && f.word(n) != "," {
			return -1
		}
		return e
	}
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= p.Start })
	if i < len(ms) && ms[i].Start < p.End && f.speakerKind(ms[i].Entity) {
		return ms[i].Entity
	}
	return -1
}

// postAuthor returns the author of the embedded post holding offset pos,
// when an entity of the article carries the author's name or handle.
func (f *finder) postAuthor(pos int) int {
	for _, p := range f.posts {
		if pos < p.Start || pos >= p.End {
			continue
		}
		for e, ent := range f.ents.Entities {
			if ent.Kind == entities.Place {
				continue
			}
			names := append([]string{ent.Name}, ent.Aliases...)
			for _, n := range names {
				if n != "" && (n == p.Author || n == p.Handle) {
					return e
				}
			}
		}
	}
	return -1
}
