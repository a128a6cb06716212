package places_test

import (
	"fmt"

	"github.com/ledehq/lede/understand/places"
)

func Example() {
	g, err := places.Load() // once per process; share g
	if err != nil {
		panic(err)
	}
	fmt.Println(g.Known("Helsinki"), g.Known("U.S."), g.Known("Bolton"))
	for _, p := range g.Geocode([]places.Candidate{{Name: "Paris"}, {Name: "Texas"}, {Name: "U.S."}}) {
		fmt.Println(p.Name, p.Country, p.Lat, p.Lon)
	}
	// Output:
	// true true false
	// Paris US 33.6609 -95.5555
	// Texas US 0 0
	// United States US 0 0
}
