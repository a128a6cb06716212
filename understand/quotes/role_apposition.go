package quotes

import (
	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// roleApposition returns the person named after a role written out in
// lower case right after the verb of speech at token v, a comma between
// ("said head coach of the women’s team, Dana Reyes.", "said the lawyer
// for the family, Tom Hale."): the role holds a noun of a person, the
// name ends the clause, and no one is named inside the role. -1 otherwise.
func (f *finder) roleApposition(v, hi int) int {
	d := f.doc
	person := false
	for k := v + 1; k < hi && k <= v+12; k++ {
		t := d.Tokens[k]
		w := f.word(k)
		if w == "," {
			if !person || k == v+1 || k+1 >= hi {
				return -1
			}
			e := f.mentionStartingAt(k + 1)
			if e < 0 || f.ents.Entities[e].Kind != entities.Person {
				return -1
			}
			if n := f.tokenAt(f.mentionEnd(k + 1)); n < hi && d.Tokens[n].Kind != text.Punct {
				return -1
			}
			return e
		}
		if t.Kind == text.Possessive {
			continue // "the women’s team"
		}
		if t.Kind != text.Word || text.IsCapitalized(w) || f.mentionStartingAt(k) >= 0 || clauseWords[w] && !roleLinks[w] || auxiliaries[w] {
			return -1
		}
		if isPersonNoun(w) || occupationDescriptions[w] {
			person = true
		}
	}
	return -1
}

// roleLinks join the words of a role written out ("head coach of the
// women’s team", "lawyer for the family").
var roleLinks = map[string]bool{"of": true, "for": true, "at": true, "in": true, "with": true, "and": true}
