package quotes

import (
	"strings"

	"github.com/ledehq/lede/understand/entities"
)

// A speaker's name written right after a title with no comma between
// ("Writing in The Gazette Mara said: “…”") may be read as the last word
// of the organization's name. When the organization's name ends with the
// given name or surname of one person the article named before, and that
// spelling of the organization occurs nowhere else, the person speaks.

// gluedPerson returns the person whose given name or surname closes the
// one-off organization mention of e ending at token k, or -1.
func (f *finder) gluedPerson(e, k int) int {
	ent := f.ents.Entities[e]
	if ent.Kind != entities.Organization || len(ent.Mentions) != 1 {
		return -1
	}
	w := f.word(k)
	if !strings.Contains(ent.Name, " ") || !strings.HasSuffix(ent.Name, " "+w) {
		return -1
	}
	rest := strings.Fields(strings.TrimSuffix(ent.Name, " "+w))
	if len(rest) == 0 || len(rest) == 1 && determinerLike(rest[0]) {
		return -1
	}
	pos := ent.Mentions[0].Start
	p := -1
	for i, pe := range f.ents.Entities {
		if pe.Kind != entities.Person || len(pe.Mentions) == 0 || pe.Mentions[0].Start >= pos {
			continue
		}
		fs := strings.Fields(pe.Name)
		if len(fs) < 2 || fs[0] != w && fs[len(fs)-1] != w {
			continue
		}
		if p >= 0 {
			return -1 // two people of that name
		}
		p = i
	}
	return p
}
