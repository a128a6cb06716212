package quotes

import (
	"sort"
	"strings"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// People's genders for "he" and "she", and who answers a question.

// gender returns the gender of person e: what the article says through
// kinship ("Omar Haddad and his wife, Leila": he is male, she female; "her
// husband, Sam") or an honorific ("Ms. Lund"), else the given-name lists'
// (which are sometimes wrong: Dylan, Taylor).
func (f *finder) gender(e int) entities.Gender {
	if f.genders == nil {
		f.genders = f.kinshipGenders()
	}
	if g := f.genders[e]; g != entities.Unknown {
		return g // what the article says ("Ms. Dylan Roe", "his daughter Dylan") over the lists
	}
	return f.ents.Entities[e].Gender
}

// kinshipGenders reads the genders the article gives people by kinship:
// "X and his wife, Y" / "X's wife, Y" / "his wife Y" make Y female (wife,
// mother, daughter, sister …) or male (husband, father, son, brother …),
// and the X of "X and his …" / "X and her …" takes the pronoun's gender.
func (f *finder) kinshipGenders() map[int]entities.Gender {
	out := map[int]entities.Gender{}
	d := f.doc
	for _, m := range f.ents.Mentions {
		if f.ents.Entities[m.Entity].Kind != entities.Person {
			continue
		}
		k := f.tokenAt(m.Start)
		if k > 0 {
			// "Ms. Lund", "Mr Haddad": the honorific's gender.
			switch strings.TrimSuffix(f.word(k-1), ".") {
			case "Ms", "Mrs", "Miss", "Madam", "Mme", "Dame", "Lady":
				if out[m.Entity] == entities.Unknown {
					out[m.Entity] = entities.Female
				}
			case "Mr", "Sir", "Lord":
				if out[m.Entity] == entities.Unknown {
					out[m.Entity] = entities.Male
				}
			}
		}
		j := k - 1
		if j >= 0 && f.word(j) == "," {
			j--
		}
		if j < 1 || d.Tokens[j].Kind != text.Word {
			continue
		}
		g, ok := kinshipNouns[strings.ToLower(f.word(j))]
		if !ok {
			continue
		}
		owner := f.word(j - 1)
		if owner == "his" || owner == "her" || owner == "His" || owner == "Her" || d.Tokens[j-1].Kind == text.Possessive ||
			j == k-1 && f.word(j) == strings.ToLower(f.word(j)) && owner != "of" {
			// (also a noun of kin right before the name, whoever owns it:
			// "he abused daughter Dylan Roe", "their son Tom")
			if out[m.Entity] == entities.Unknown {
				out[m.Entity] = g
			}
		}
		// "Omar Haddad and his wife": the name before "and his".
		if (owner == "his" || owner == "her") && j-2 >= 1 && f.word(j-2) == "and" {
			if p := f.mentionEndingAt(j - 3); p >= 0 && f.ents.Entities[p].Kind == entities.Person && out[p] == entities.Unknown {
				out[p] = entities.Male
				if owner == "her" {
					out[p] = entities.Female
				}
			}
		}
	}
	return out
}

// kinshipNouns give the gender of the relative they name.
var kinshipNouns = map[string]entities.Gender{
	"wife": entities.Female, "mother": entities.Female, "daughter": entities.Female, "sister": entities.Female,
	"grandmother": entities.Female, "aunt": entities.Female, "niece": entities.Female, "girlfriend": entities.Female,
	"fiancee": entities.Female, "widow": entities.Female, "mom": entities.Female, "mum": entities.Female,
	"husband": entities.Male, "father": entities.Male, "son": entities.Male, "brother": entities.Male,
	"grandfather": entities.Male, "uncle": entities.Male, "nephew": entities.Male, "boyfriend": entities.Male,
	"fiance": entities.Male, "widower": entities.Male, "dad": entities.Male,
}

// replyVerbs answer a question.
var replyVerbs = map[string]bool{"answered": true, "replied": true, "responded": true, "retorted": true, "answers": true, "replies": true}

// addressee returns, when the quote before token k is a question that
// person e asked, the person e asked it of: the last other person named
// within the last three paragraphs whose gender does not contradict the
// pronoun at k; else -1.
func (f *finder) addressee(k, e int) int {
	pos := f.doc.Tokens[k].Start
	start := f.doc.Sentences[f.sentenceAt(pos)].Start // the reply's own sentence
	last := -1
	for j := len(f.segs) - 1; j >= 0; j-- {
		if sg := f.segs[j]; sg.close >= 0 && sg.open < start && sg.kind != "" {
			last = j
			break
		}
	}
	if last < 0 {
		return -1
	}
	sg := f.segs[last]
	if sg.speaker != e || !strings.HasSuffix(strings.TrimSpace(f.doc.Text[sg.start:sg.end]), "?") {
		return -1
	}
	want := entities.Female
	if w := strings.ToLower(f.word(k)); w == "he" {
		want = entities.Male
	} else if w != "she" {
		return -1
	}
	para := f.doc.Sentences[f.sentenceAt(pos)].Para
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for i--; i >= 0; i-- {
		m := ms[i]
		if f.doc.Sentences[m.Sentence].Para < para-3 {
			break
		}
		if m.Entity == e || f.ents.Entities[m.Entity].Kind != entities.Person || f.inQuote(m.Start) {
			continue
		}
		if g := f.gender(m.Entity); g == want || g == entities.Unknown {
			return m.Entity
		}
	}
	return -1
}

// kinshipGender returns the gender the article gives person e by kinship
// ("X and his wife, Y"), or Unknown.
func (f *finder) kinshipGender(e int) entities.Gender {
	if f.genders == nil {
		f.genders = f.kinshipGenders()
	}
	return f.genders[e]
}
