// Package places geocodes place names with a bundled gazetteer: a country
// (ISO 3166-1 alpha-2) for every known place and coordinates for cities,
// with ambiguity resolved by the other places of the same article and by
// population. It does not find place names in text (package
// understand/entities does); it says whether a name is a known place.
package places

import "github.com/ledehq/lede"

// Gazetteer is the loaded place data. It is safe for concurrent use.
type Gazetteer struct{}

// Candidate is a place name found in an article with its mentions.
type Candidate struct {
	Name     string
	Mentions []lede.Mention
}

// Load returns the gazetteer built from the embedded data.
// STUB.
func Load() (*Gazetteer, error) { return &Gazetteer{}, nil }

// Known reports whether name is a place the gazetteer knows.
// STUB.
func (g *Gazetteer) Known(name string) bool { return false }

// Geocode resolves the place names of one article together, so that each
// helps decide the others.
// STUB.
func (g *Gazetteer) Geocode(cands []Candidate) []lede.Place { return nil }
