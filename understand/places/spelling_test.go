package places

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStateSuffix checks "X State": a state named so to tell it from the
// city of its name, or a well-known region abroad; not a US state's
// university.
func TestStateSuffix(t *testing.T) {
	g := gaz(t)
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Washington State", true}, {"Borno State", true}, {"Kano State", true},
		{"Ohio State", false}, {"Penn State", false}, {"Florida State", false}, {"Arizona State", false},
	} {
		if got := g.Known(tt.name); got != tt.want {
			t.Errorf("Known(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestGeocodeSpellings checks names the article spells otherwise than the
// gazetteer: without accents ("Aland Islands"), with "St" for a Dutch "Sint",
// "Greater" before a city, "State" after a state.
func TestGeocodeSpellings(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		about string
		names []string
		want  []place
	}{
		{"a country without its accent keeps the article's spelling", []string{"Aland Islands"}, []place{{"Aland Islands", "AX", false}}},
		{"a country with its accent", []string{"Åland Islands"}, []place{{"Åland Islands", "AX", false}}},
		{"an alias still gives the country's name", []string{"U.S."}, []place{{"United States", "US", false}}},
		{"a Dutch Sint written St", []string{"St Niklaas"}, []place{{"St Niklaas", "BE", true}}},
		{"Greater before a city", []string{"Greater Lyon"}, []place{{"Greater Lyon", "FR", false}}},
		{"a sea the gazetteer lacks takes no country from the article", []string{"Zorva Sea", "Hanoi", "Vietnam"},
			[]place{{"Zorva Sea", "", false}, {"Hanoi", "VN", true}, {"Vietnam", "VN", false}}},
		{"an island the gazetteer lacks still does", []string{"Zorva Island", "Hanoi", "Vietnam"},
			[]place{{"Zorva Island", "VN", false}, {"Hanoi", "VN", true}, {"Vietnam", "VN", false}}},
		{"a city's region takes the city's country", []string{"Toronto Metro Area"}, []place{{"Toronto Metro Area", "CA", false}}},
		{"Greater before a city's region", []string{"Greater Toronto Area"}, []place{{"Greater Toronto Area", "CA", false}}},
		{"a compass word before a county of a known city", []string{"North Helsinki County"}, []place{{"North Helsinki County", "FI", false}}},
		{"a town among towns of one state, the state unnamed", []string{"Worcester", "Barnstable", "Hyannis", "Bourne"},
			[]place{{"Worcester", "US", true}, {"Barnstable", "US", true}, {"Hyannis", "US", true}, {"Bourne", "US", true}}},
		{"a town alone keeps the larger town abroad", []string{"Bourne"}, []place{{"Bourne", "GB", true}}},
		{"a capital abroad is not moved by towns of a state", []string{"Dallas", "Houston", "Austin", "Paris"},
			[]place{{"Dallas", "US", true}, {"Houston", "US", true}, {"Austin", "US", true}, {"Paris", "FR", true}}},
		{"a state named with State", []string{"Washington State", "Spokane"},
			[]place{{"Washington State", "US", false}, {"Spokane", "US", true}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, geocodeNames(g, tt.names)); diff != "" {
			t.Errorf("%s: Geocode(%q) (-want +got):\n%s", tt.about, tt.names, diff)
		}
	}
}
