package ner

import (
	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/text"
)

// RefineOptions says how sure the tagger must be before it changes the
// rules' reading. The zero value changes nothing.
type RefineOptions struct {
	AddPeople float64 // least mean margin of a name of two words or more, missed by the rules, to add as a person; 0: never
	AddPlaces float64 // least margin of a place name the gazetteer has, missed by the rules, to add; 0: never
	Retype    float64 // least margin to move a rule "person" the tagger and the gazetteer call a place; 0: never
	PlaceInfo func(name string) (country string, ok bool)
}

// Refine adds to a the people and places the tagger finds with enough
// margin where the rules found nothing, and moves to places the people
// whose every mention the tagger calls a place.
func Refine(a *lede.Article, doc *text.Doc, spans []Span, opts RefineOptions) {
	covered := func(start, end int) bool {
		for _, p := range a.People {
			for _, m := range p.Mentions {
				if m.Start < end && start < m.End {
					return true
				}
			}
		}
		for _, p := range a.Organizations {
			for _, m := range p.Mentions {
				if m.Start < end && start < m.End {
					return true
				}
			}
		}
		for _, p := range a.Places {
			for _, m := range p.Mentions {
				if m.Start < end && start < m.End {
					return true
				}
			}
		}
		return false
	}
	spanAt := map[[2]int]Span{}
	for _, s := range spans {
		spanAt[[2]int{doc.Tokens[s.A].Start, doc.Tokens[s.B-1].End}] = s
	}
	// Retype people to places.
	if opts.Retype > 0 && opts.PlaceInfo != nil {
		kept := a.People[:0]
		for _, p := range a.People {
			country, ok := opts.PlaceInfo(p.Name)
			all := ok && len(p.Mentions) > 0
			for _, m := range p.Mentions {
				s, found := spanAt[[2]int{m.Start, m.End}]
				if !found || s.Kind != Place || s.Score < opts.Retype {
					all = false
					break
				}
			}
			if all {
				a.Places = append(a.Places, lede.Place{Name: p.Name, Country: country, Mentions: p.Mentions})
				continue
			}
			kept = append(kept, p)
		}
		a.People = kept
	}
	added := map[string]int{}
	for _, s := range spans {
		start, end := doc.Tokens[s.A].Start, doc.Tokens[s.B-1].End
		if covered(start, end) {
			continue
		}
		name := a.Text[start:end]
		m := lede.Mention{Start: start, End: end}
		switch s.Kind {
		case Person:
			if opts.AddPeople == 0 || s.Score < opts.AddPeople || s.B-s.A < 2 || !allCapitalized(doc, s) {
				continue
			}
			if i, ok := added[name]; ok {
				a.People[i].Mentions = append(a.People[i].Mentions, m)
				continue
			}
			added[name] = len(a.People)
			a.People = append(a.People, lede.Person{Name: name, Mentions: []lede.Mention{m}})
		case Place:
			if opts.AddPlaces == 0 || s.Score < opts.AddPlaces || opts.PlaceInfo == nil {
				continue
			}
			country, ok := opts.PlaceInfo(name)
			if !ok {
				continue
			}
			if i, ok := added["\x00"+name]; ok {
				a.Places[i].Mentions = append(a.Places[i].Mentions, m)
				continue
			}
			added["\x00"+name] = len(a.Places)
			a.Places = append(a.Places, lede.Place{Name: name, Country: country, Mentions: []lede.Mention{m}})
		}
	}
}

func allCapitalized(doc *text.Doc, s Span) bool {
	for i := s.A; i < s.B; i++ {
		if doc.Tokens[i].Kind == text.Word && !text.IsCapitalized(doc.Str(i)) {
			return false
		}
	}
	return true
}
