package places

import (
	"encoding/json"
	"github.com/ledehq/lede/internal/sharedtest"
	"math"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

var (
	loadOnce sync.Once
	loaded   *Gazetteer
	loadErr  error
)

// gaz loads the gazetteer once for all tests.
func gaz(tb testing.TB) *Gazetteer {
	tb.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	return loaded
}

func TestKnown(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name string
		want bool
	}{
		// countries and their aliases
		{"Finland", true}, {"Russia", true}, {"United States", true}, {"the United States", true},
		{"U.S.", true}, {"US", true}, {"USA", true}, {"Britain", true}, {"UK", true}, {"U.K.", true},
		{"Syria", true}, {"Côte d'Ivoire", true}, {"Cote d’Ivoire", true}, {"Ivory Coast", true},
		// regions
		{"Texas", true}, {"Quebec", true}, {"Québec", true}, {"Crimea", true}, {"Scotland", true},
		{"Bavaria", true}, {"Ontario", true}, {"Middle East", true}, {"Europe", true},
		{"Xinjiang", true}, {"Tibet", true}, {"Sichuan", true}, {"Inner Mongolia", true}, {"Lower Silesia", true},
		{"Midwest", true}, {"New England", true}, {"Silicon Valley", true}, {"Yorkshire", true},
		{"Congo", true}, {"Kashmir", true}, {"Chechnya", true}, {"Gulf", false},
		{"West Bank", true}, {"Catalonia", true}, {"Tuscany", true}, {"Normandy", true}, {"Flanders", true},
		// cities
		{"Helsinki", true}, {"Moscow", true}, {"Paris", true}, {"New York", true}, {"Kiev", true},
		{"Kyiv", true}, {"Zürich", true}, {"Zurich", true}, {"São Paulo", true}, {"Sao Paulo", true},
		// surnames, words and small towns are not places on their own
		{"Bolton", false}, {"Pence", false}, {"Trump", false}, {"Putin", false}, {"Kremlin", false},
		{"White House", false}, {"Congress", false}, {"Obama", false}, {"Reading", false},
		{"Charlotte", false}, {"Nice", false}, {"Central", false}, {"North", false},
		{"us", false}, {"paris", false}, {"", false}, {"IT", false}, {"IN", false},
		{"Russia's", true}, {"Helsinki’s", true}, {"Bolton's", false},
		{"Calif.", true}, {"Tenn.", true}, {"Miss.", false}, {"Wash.", false}, {"Ga.", false}, {"Pa.", false},
		{"David", false}, {"Man", false}, {"Vladimir", false}, {"Toyota", false}, {"Jewish", false},
		{"WA", false}, {"Victoria", false}, {"Mary", false},
		// a capitalised "The" before a city its own name lacks is a business's
		{"The Hanover", false}, {"The Hague", true}, {"The Bronx", true}, {"The Netherlands", true},
		// islands and historic counties added by hand
		{"Long Island", true}, {"Maui", true}, {"Sussex", true},
		// short names of big cities; other short capitals stay abbreviations
		{"NYC", true}, {"Philly", true}, {"WA", false},
		// districts of big cities only in a place's context
		{"Soho", false}, {"Shinjuku", false},
	}
	for _, tt := range tests {
		if got := g.Known(tt.name); got != tt.want {
			t.Errorf("Known(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name string
		want Info
	}{
		{"U.S.", Info{Kind: KindCountry, Name: "United States", Country: "US"}},
		{"Helsinki", Info{Kind: KindCity, Name: "Helsinki", Country: "FI", Population: 558457}},
		{"Crimea", Info{Kind: KindRegion, Name: "Crimea", Country: "UA"}},
		// "St." and "Saint" are one key: the larger Saint Paul, not a
		// Canadian hamlet written "St. Paul".
		{"St. Paul", Info{Kind: KindCity, Name: "Saint Paul", Country: "US", Population: 285068}},
		{"Ft. Worth", Info{Kind: KindCity, Name: "Fort Worth", Country: "US", Population: 833319}},
		{"Provence", Info{Kind: KindRegion, Name: "Provence", Country: "FR"}},
		{"ON", Info{Kind: KindRegion, Name: "Ontario", Country: "CA"}},
		{"Finland's", Info{Kind: KindCountry, Name: "Finland", Country: "FI"}},
	}
	for _, tt := range tests {
		got, ok := g.Lookup(tt.name)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		if got.Entries < 1 {
			t.Errorf("Lookup(%q): %d entries", tt.name, got.Entries)
		}
		got.Entries = 0
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", tt.name, diff)
		}
	}
	if _, ok := g.Lookup("Xqzzyville"); ok {
		t.Error("Lookup(Xqzzyville) found a place")
	}
}

// place is the part of a lede.Place the geocoding tests compare.
type place struct {
	Name, Country string
	City          bool // has coordinates
}

func TestGeocodeAmbiguity(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		about string
		names []string
		want  []place
	}{
		{"population decides alone", []string{"Paris"}, []place{{"Paris", "FR", true}}},
		{"a named state decides", []string{"Paris", "Texas"},
			[]place{{"Paris", "US", true}, {"Texas", "US", false}}},
		{"naming the U.S. does not move Paris", []string{"Paris", "U.S.", "Chicago"},
			[]place{{"Paris", "FR", true}, {"United States", "US", false}, {"Chicago", "US", true}}},
		{"a state's city picks the state", []string{"Georgia", "Atlanta", "U.S."},
			[]place{{"Georgia", "US", false}, {"Atlanta", "US", true}, {"United States", "US", false}}},
		{"a country's city picks the country", []string{"Georgia", "Tbilisi"},
			[]place{{"Georgia", "GE", false}, {"Tbilisi", "GE", true}}},
		{"the country name wins alone", []string{"Georgia"}, []place{{"Georgia", "GE", false}}},
		{"a state among other states", []string{"Texas", "Georgia", "Ohio"},
			[]place{{"Texas", "US", false}, {"Georgia", "US", false}, {"Ohio", "US", false}}},
		{"a state after other states", []string{"Ohio", "Michigan", "Georgia"},
			[]place{{"Ohio", "US", false}, {"Michigan", "US", false}, {"Georgia", "US", false}}},
		{"one other state is not enough", []string{"Ohio", "Georgia"},
			[]place{{"Ohio", "US", false}, {"Georgia", "GE", false}}},
		{"the country among states and its capital", []string{"Texas", "Ohio", "Georgia", "Tbilisi"},
			[]place{{"Texas", "US", false}, {"Ohio", "US", false}, {"Georgia", "GE", false}, {"Tbilisi", "GE", true}}},
		{"a big city beats its state", []string{"New York"}, []place{{"New York", "US", true}}},
		{"a capital beats the state", []string{"Washington"}, []place{{"Washington", "US", true}}},
		{"a province beats its smaller capital", []string{"Quebec"}, []place{{"Quebec", "CA", false}}},
		{"aliases merge", []string{"U.S.", "United States", "America"}, []place{{"United States", "US", false}}},
		{"unknown kept by name", []string{"Xqzzyville", "Xqzzyville"}, []place{{"Xqzzyville", "", false}}},
		{"London in Ontario with Canada named twice", []string{"London", "Ontario", "Canada"},
			[]place{{"London", "CA", true}, {"Ontario", "CA", false}, {"Canada", "CA", false}}},
		{"London alone", []string{"London"}, []place{{"London", "GB", true}}},
		{"world region", []string{"Middle East"}, []place{{"Middle East", "", false}}},
		{"a capital beats a region of another country", []string{"Jerusalem"}, []place{{"Jerusalem", "IL", true}}},
		{"an old spelling", []string{"Kiev"}, []place{{"Kiev", "UA", true}}},
		{"a state holding a named city", []string{"Washington", "Seattle"},
			[]place{{"Washington", "US", false}, {"Seattle", "US", true}}},
		{"a city in a named state", []string{"Portland", "Maine"},
			[]place{{"Portland", "US", true}, {"Maine", "US", false}}},
		{"the city and its namesake state", []string{"New York", "New York City"}, []place{{"New York", "US", true}}},
		{"Birmingham alone", []string{"Birmingham"}, []place{{"Birmingham", "GB", true}}},
		{"a city over another country's region of its name", []string{"Gaza"}, []place{{"Gaza", "PS", true}}},
		{"a region news readers know", []string{"Catalonia"}, []place{{"Catalonia", "ES", false}}},
		{"a region CLDR names in French", []string{"Normandy"}, []place{{"Normandy", "FR", false}}},
		{"Congo alone is the larger Congo", []string{"Congo"}, []place{{"Democratic Republic of the Congo", "CD", false}}},
		{"the Kurdistan news means", []string{"Kurdistan"}, []place{{"Kurdistan", "IQ", false}}},
		{"Britain's Midlands", []string{"Midlands"}, []place{{"Midlands", "GB", false}}},
		{"an English county over a Canadian town", []string{"Cornwall"}, []place{{"Cornwall", "GB", false}}},
		{"Birmingham in Alabama", []string{"Birmingham", "Alabama"},
			[]place{{"Birmingham", "US", true}, {"Alabama", "US", false}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, geocodeNames(g, tt.names)); diff != "" {
			t.Errorf("%s: Geocode(%q) (-want +got):\n%s", tt.about, tt.names, diff)
		}
	}
}

// TestGeocodeEnclosing checks candidates named "CITY, REGION": the country
// or region the caller saw written after a city decides it ("Cologne,
// Germany").
func TestGeocodeEnclosing(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		about string
		names []string
		want  []place
	}{
		{"the country after the city", []string{"Cologne, Germany", "Germany"},
			[]place{{"Cologne", "DE", true}, {"Germany", "DE", false}}},
		{"the English name of a German city", []string{"Cologne"}, []place{{"Cologne", "DE", true}}},
		{"a small namesake over the big city", []string{"Florence, Italy", "Italy"},
			[]place{{"Florence", "IT", true}, {"Italy", "IT", false}}},
		{"a state after the city", []string{"Florence, Alabama", "Alabama"},
			[]place{{"Florence", "US", true}, {"Alabama", "US", false}}},
		{"a postal code after the city", []string{"Paris, TX", "TX"},
			[]place{{"Paris", "US", true}, {"Texas", "US", false}}},
		{"a town the gazetteer lacks keeps the country", []string{"Xqzzyville, Portugal", "Portugal"},
			[]place{{"Xqzzyville", "PT", false}, {"Portugal", "PT", false}}},
		{"a territory", []string{"West Bank"}, []place{{"West Bank", "PS", false}}},
		{"a park the gazetteer lacks in a city", []string{"Quellmoor Park, Manhattan", "Manhattan"},
			[]place{{"Quellmoor Park", "US", false}, {"Manhattan", "US", true}}},
		{"a desert the gazetteer lacks in a country", []string{"Zorvan Desert, Chile", "Chile"},
			[]place{{"Zorvan Desert", "CL", false}, {"Chile", "CL", false}}},
		{"an island and a territory the gazetteer adds", []string{"Long Island", "Trinidad"},
			[]place{{"Long Island", "US", false}, {"Trinidad", "TT", false}}},
		{"islands news names", []string{"Maui", "Mallorca"}, []place{{"Maui", "US", false}, {"Mallorca", "ES", false}}},
		{"a district of a big city, the article's country choosing", []string{"Soho", "London"},
			[]place{{"Soho", "GB", false}, {"London", "GB", true}}},
		{"the same district's name in the other city", []string{"SoHo", "Brooklyn"},
			[]place{{"SoHo", "US", false}, {"Brooklyn", "US", true}}},
		{"short names of cities and regions", []string{"DFW", "SoCal", "Philly"},
			[]place{{"DFW", "US", true}, {"SoCal", "US", false}, {"Philly", "US", true}}},
		{"a state sharing a country's name", []string{"Atlanta, Georgia", "Georgia"},
			[]place{{"Atlanta", "US", true}, {"Georgia", "US", false}}},
		{"a list of a region and a country", []string{"England, Italy", "Italy"},
			[]place{{"England", "GB", false}, {"Italy", "IT", false}}},
		{"a list of countries", []string{"Vietnam, Cambodia", "Cambodia"},
			[]place{{"Vietnam", "VN", false}, {"Cambodia", "KH", false}}},
		{"a name the gazetteer holds with its comma", []string{"Washington, D.C."}, []place{{"Washington", "US", true}}},
		{"a country's name before a state: the town of the state", []string{"Jordan, Minnesota", "Minnesota"},
			[]place{{"Jordan", "US", true}, {"Minnesota", "US", false}}},
		{"a foreign county's name before a state's code", []string{"Somerset, NJ", "NJ"},
			[]place{{"Somerset", "US", true}, {"New Jersey", "US", false}}},
		{"a province's name before a state of another country", []string{"New Brunswick, New Jersey", "New Jersey"},
			[]place{{"New Brunswick", "US", true}, {"New Jersey", "US", false}}},
		{"a country before a state with no town of its name: a list", []string{"Canada, Texas", "Texas"},
			[]place{{"Canada", "CA", false}, {"Texas", "US", false}}},
		{"a list of countries, one named like a state", []string{"Georgia, Ukraine", "Ukraine", "Syria"},
			[]place{{"Georgia", "GE", false}, {"Ukraine", "UA", false}, {"Syria", "SY", false}}},
		{"an unknown county before a state named like a country", []string{"Quellmoor County, Georgia", "Georgia", "Florida", "Alabama"},
			[]place{{"Quellmoor County", "US", false}, {"Georgia", "US", false}, {"Florida", "US", false}, {"Alabama", "US", false}}},
		{"a big city before a country with no namesake there: a list", []string{"Chicago, Japan", "Japan", "Oslo"},
			[]place{{"Chicago", "US", true}, {"Japan", "JP", false}, {"Oslo", "NO", true}}},
		{"a town the gazetteer lacks before a country still takes it", []string{"Quellmouth, Japan", "Japan"},
			[]place{{"Quellmouth", "JP", false}, {"Japan", "JP", false}}},
		{"a sea is no hamlet of its name", []string{"North Sea", "Norway"}, []place{{"North Sea", "", false}, {"Norway", "NO", false}}},
		{"a sea is no province of its name", []string{"Red Sea"}, []place{{"Red Sea", "", false}}},
		{"a sea before a country: a list", []string{"Zorva Sea, Egypt", "Egypt", "Israel"},
			[]place{{"Zorva Sea", "", false}, {"Egypt", "EG", false}, {"Israel", "IL", false}}},
	}
	for _, tt := range tests {
		var cands []Candidate
		for i, n := range tt.names {
			cands = append(cands, Candidate{Name: n, Mentions: []lede.Mention{{Start: 40 * i, End: 40*i + 5}}})
		}
		var got []place
		for _, p := range g.Geocode(cands) {
			got = append(got, place{p.Name, p.Country, p.Lat != 0 || p.Lon != 0})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tt.about, diff)
		}
	}
}

func TestGeocodeMergesMentions(t *testing.T) {
	g := gaz(t)
	got := g.Geocode([]Candidate{
		{Name: "United States", Mentions: []lede.Mention{{Start: 50, End: 63}}},
		{Name: "U.S.", Mentions: []lede.Mention{{Start: 5, End: 9}, {Start: 80, End: 84}}},
	})
	want := []lede.Place{{Name: "United States", Country: "US",
		Mentions: []lede.Mention{{Start: 5, End: 9}, {Start: 50, End: 63}, {Start: 80, End: 84}}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := g.Geocode(nil); len(got) != 0 {
		t.Errorf("Geocode(nil) = %v", got)
	}
}

// TestSeedPlaces checks every "must" place of the seed article: given its
// name and aliases as candidates, Geocode gives its country, and its
// coordinates when the seed gives them.
func TestSeedPlaces(t *testing.T) {
	path := sharedtest.Path(t, "seed", "fortune-trump-putin-helsinki.expected.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed not available (%v); it lives in ../shared beside the repository", err)
	}
	var seed struct {
		Places struct {
			Must []struct {
				Name    string   `json:"name"`
				Country string   `json:"country"`
				Lat     float64  `json:"lat"`
				Lon     float64  `json:"lon"`
				Aliases []string `json:"aliases"`
			} `json:"must"`
		} `json:"places"`
	}
	if err := json.Unmarshal(b, &seed); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var cands []Candidate
	for _, p := range seed.Places.Must {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if !gaz(t).Known(n) {
				t.Errorf("Known(%q) = false", n)
			}
			cands = append(cands, Candidate{Name: n})
		}
	}
	got := map[string]lede.Place{}
	for _, p := range gaz(t).Geocode(cands) {
		got[p.Name] = p
	}
	for _, want := range seed.Places.Must {
		p, ok := got[want.Name]
		if !ok {
			t.Errorf("no place %q in %v", want.Name, got)
			continue
		}
		if p.Country != want.Country {
			t.Errorf("%s: country %q, want %q", want.Name, p.Country, want.Country)
		}
		if want.Lat != 0 && (math.Abs(p.Lat-want.Lat) > 0.05 || math.Abs(p.Lon-want.Lon) > 0.05) {
			t.Errorf("%s: at %v,%v, want %v,%v", want.Name, p.Lat, p.Lon, want.Lat, want.Lon)
		}
	}
}

// TestLoadMemory checks that the loaded gazetteer stays well under its
// memory budget and logs its size and load time.
func TestLoadMemory(t *testing.T) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("gazetteer: %d entries, %d names, retained heap %.1f MB, load %v (total allocated during load %.1f MB)",
		len(g.entries), len(g.index), float64(heap)/1e6, took, float64(after.TotalAlloc-before.TotalAlloc)/1e6)
	if heap > 100e6 {
		t.Errorf("gazetteer retains %.1f MB, budget 100 MB", float64(heap)/1e6)
	}
	runtime.KeepAlive(g)
}

// TestConcurrentUse runs lookups from several goroutines (meaningful under
// -race).
func TestConcurrentUse(t *testing.T) {
	g := gaz(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				g.Known("Paris")
				g.Lookup("Moscow")
				g.Geocode([]Candidate{{Name: "Paris"}, {Name: "Texas"}})
			}
		}()
	}
	wg.Wait()
}

func TestParseRejectsBadData(t *testing.T) {
	for _, data := range []string{"X\tfoo\n", "P\tName\tFR\t-\t-\tmany\t1\t2\n", "P\tName\tFR\t-\t-\t5\t400\t2\n"} {
		if _, err := parse(data); err == nil {
			t.Errorf("parse(%q) gave no error", data)
		}
	}
}

func FuzzGeocode(f *testing.F) {
	for _, s := range []string{"Paris", "U.S.", "Québec", "the ", "-", "...", "Sao-Paulo", "\xff\xfe", "The"} {
		f.Add(s, "Texas")
	}
	g := gaz(f)
	f.Fuzz(func(t *testing.T, a, b string) {
		g.Known(a)
		g.Lookup(a)
		ps := g.Geocode([]Candidate{{Name: a, Mentions: []lede.Mention{{Start: 0, End: len(a)}}}, {Name: b}})
		n := 0
		for _, p := range ps {
			n += len(p.Mentions)
			if p.Name == "" {
				t.Errorf("empty place name for %q, %q", a, b)
			}
		}
		if a != "" && n != 1 {
			t.Errorf("mentions lost or duplicated: %v", ps)
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkKnown(b *testing.B) {
	g := gaz(b)
	names := []string{"Helsinki", "Bolton", "U.S.", "Donald Trump", "Kremlin", "Quebec", "Crimea", "White House"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			g.Known(n)
		}
	}
}

func BenchmarkGeocode(b *testing.B) {
	g := gaz(b)
	var cands []Candidate
	for _, n := range []string{"Helsinki", "Finland", "Moscow", "Russia", "U.S.", "United States", "Quebec", "Crimea", "Ukraine", "Syria"} {
		cands = append(cands, Candidate{Name: n, Mentions: []lede.Mention{{Start: 1, End: 2}}})
	}
	b.ReportAllocs()
	for b.Loop() {
		g.Geocode(cands)
	}
}

func TestGeocodeCoordinates(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		names    []string
		lat, lon float64 // of the first place
	}{
		{[]string{"Portland", "Maine"}, 43.66, -70.26},
		{[]string{"Portland"}, 45.52, -122.68},
		{[]string{"Paris", "Texas"}, 33.66, -95.56},
		{[]string{"Helsinki"}, 60.17, 24.94},
		{[]string{"Moscow", "Idaho"}, 46.73, -117.00},
		{[]string{"Paris", "Tenn."}, 36.30, -88.33},
		{[]string{"Springfield", "Ill."}, 39.80, -89.64},
		{[]string{"London", "Ont."}, 42.98, -81.23},
	}
	for _, tt := range tests {
		var cands []Candidate
		for _, n := range tt.names {
			cands = append(cands, Candidate{Name: n})
		}
		p := g.Geocode(cands)[0]
		if math.Abs(p.Lat-tt.lat) > 0.05 || math.Abs(p.Lon-tt.lon) > 0.05 {
			t.Errorf("Geocode(%q)[0] at %v,%v, want %v,%v", tt.names, p.Lat, p.Lon, tt.lat, tt.lon)
		}
	}
}

// A state the article names far from a small town's name does not carry it
// over a world city of another country; written close to it, or with
// another city of the state, it does.
func TestGeocodeStateNearTheName(t *testing.T) {
	g := gaz(t)
	at := func(start int, name string) lede.Mention { return lede.Mention{Start: start, End: start + len(name)} }
	tests := []struct {
		about   string
		cands   []Candidate
		country string // of the first place
	}{
		{"state far away", []Candidate{
			{Name: "Paris", Mentions: []lede.Mention{at(100, "Paris")}},
			{Name: "Kentucky", Mentions: []lede.Mention{at(3000, "Kentucky")}},
		}, "FR"},
		{"state close by", []Candidate{
			{Name: "Paris", Mentions: []lede.Mention{at(100, "Paris")}},
			{Name: "Kentucky", Mentions: []lede.Mention{at(140, "Kentucky")}},
		}, "US"},
		{"state before the name", []Candidate{
			{Name: "Kentucky", Mentions: []lede.Mention{at(40, "Kentucky")}},
			{Name: "Paris", Mentions: []lede.Mention{at(100, "Paris")}},
		}, "US"},
		{"state far away with another of its cities", []Candidate{
			{Name: "Paris", Mentions: []lede.Mention{at(100, "Paris")}},
			{Name: "Texas", Mentions: []lede.Mention{at(3000, "Texas")}},
			{Name: "Houston", Mentions: []lede.Mention{at(5000, "Houston")}},
		}, "US"},
		{"a town with no world namesake keeps its state", []Candidate{
			{Name: "Evansville", Mentions: []lede.Mention{at(100, "Evansville")}},
			{Name: "Indiana", Mentions: []lede.Mention{at(4000, "Indiana")}},
		}, "US"},
	}
	for _, tt := range tests {
		got := g.Geocode(tt.cands)
		name := tt.cands[0].Name
		var country string
		for _, p := range got {
			if p.Name == name {
				country = p.Country
			}
		}
		if country != tt.country {
			t.Errorf("%s: %s in %q, want %q (all: %v)", tt.about, name, country, tt.country, got)
		}
	}
}

// A well-known region outranks a lesser city of its name abroad; a name the
// gazetteer lacks takes the country of the place after its compass word, or
// the country most of the article's places lie in.
func TestGeocodeRegionsAndUnknownNames(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		about string
		names []string
		want  []place
	}{
		{"a province over a smaller city abroad", []string{"Ontario"}, []place{{"Ontario", "CA", false}}},
		{"a state over a smaller city abroad", []string{"Virginia"}, []place{{"Virginia", "US", false}}},
		{"a compass word and a known place", []string{"Northern Qxland", "Upper Manitoba"},
			[]place{{"Northern Qxland", "", false}, {"Upper Manitoba", "CA", false}}},
		{"the article's main country", []string{"Pellow Island", "Chicago", "Texas", "Canada"},
			[]place{{"Pellow Island", "US", false}, {"Chicago", "US", true}, {"Texas", "US", false}, {"Canada", "CA", false}}},
		{"a country named most", []string{"Pellow Island", "Chicago", "Texas", "Canada", "Toronto", "Boston", "Denver"},
			[]place{{"Pellow Island", "US", false}, {"Chicago", "US", true}, {"Texas", "US", false}, {"Canada", "CA", false},
				{"Toronto", "CA", true}, {"Boston", "US", true}, {"Denver", "US", true}}},
		{"two countries named alike", []string{"Pellow Island", "Chicago", "Boston", "Canada", "Toronto"},
			[]place{{"Pellow Island", "", false}, {"Chicago", "US", true}, {"Boston", "US", true}, {"Canada", "CA", false}, {"Toronto", "CA", true}}},
		{"a county named after a known city", []string{"Los Angeles County"}, []place{{"Los Angeles County", "US", false}}},
		{"a county named after a city, the article's towns choosing among namesakes", []string{"Santa Clara County", "Oakland", "San Jose"},
			[]place{{"Santa Clara County", "US", false}, {"Oakland", "US", true}, {"San Jose", "US", true}}},
		{"a land named after a known place", []string{"Florida Keys", "Manitoba Highlands"},
			[]place{{"Florida Keys", "US", false}, {"Manitoba Highlands", "CA", false}}},
		{"an unknown town before a region", []string{"Xqzzyville, Manitoba"}, []place{{"Xqzzyville", "CA", false}}},
		{"a town among towns of its state over a province abroad of its name", []string{"Phoenix", "Tucson", "Yuma"},
			[]place{{"Phoenix", "US", true}, {"Tucson", "US", true}, {"Yuma", "US", true}}},
		{"the province when the article names its country", []string{"Phoenix", "Tucson", "Yuma", "Dominican Republic"},
			[]place{{"Phoenix", "US", true}, {"Tucson", "US", true}, {"Yuma", "DO", false}, {"Dominican Republic", "DO", false}}},
		{"the province when the town's state has one other city named", []string{"Phoenix", "Yuma"},
			[]place{{"Phoenix", "US", true}, {"Yuma", "DO", false}}},
		{"a big city over a governorate of its name abroad whose country is not named", []string{"Jerusalem", "West Bank", "Gaza City"},
			[]place{{"Jerusalem", "IL", true}, {"West Bank", "PS", false}, {"Gaza City", "PS", true}}},
		{"a county over a big city abroad of its name when its country is named with its towns", []string{"Surrey", "United Kingdom", "Guildford", "Woking"},
			[]place{{"Surrey", "GB", false}, {"United Kingdom", "GB", false}, {"Guildford", "GB", true}, {"Woking", "GB", true}}},
		{"a county named first with no country standing out", []string{"Quellmoor County"}, []place{{"Quellmoor County", "US", false}}},
		{"a county in an article of another country", []string{"Quellmoor County", "Kenya", "Nairobi"},
			[]place{{"Quellmoor County", "KE", false}, {"Kenya", "KE", false}, {"Nairobi", "KE", true}}},
		{"a county named with County first", []string{"County Quellmoor"}, []place{{"County Quellmoor", "", false}}},
		{"no main country", []string{"Pellow Island", "Chicago", "Canada"},
			[]place{{"Pellow Island", "", false}, {"Chicago", "US", true}, {"Canada", "CA", false}}},
	}
	for _, tt := range tests {
		var cands []Candidate
		for _, n := range tt.names {
			cands = append(cands, Candidate{Name: n})
		}
		var got []place
		for _, p := range g.Geocode(cands) {
			got = append(got, place{p.Name, p.Country, p.Lat != 0 || p.Lon != 0})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Geocode(%q) (-want +got):\n%s", tt.about, tt.names, diff)
		}
	}
}

// geocodeNames geocodes names as the mentions of one text, ten bytes
// apart, and returns the places found, with whether they have coordinates.
func geocodeNames(g *Gazetteer, names []string) []place {
	var cands []Candidate
	for i, n := range names {
		cands = append(cands, Candidate{Name: n, Mentions: []lede.Mention{{Start: 10 * i, End: 10*i + len(n)}}})
	}
	var got []place
	for _, p := range g.Geocode(cands) {
		got = append(got, place{p.Name, p.Country, p.Lat != 0 || p.Lon != 0})
	}
	return got
}
