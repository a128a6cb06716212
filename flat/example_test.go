package flat_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/ledehq/lede/flat"
)

func ExampleExtract() {
	page := `  • Home
  • World
  • Business
World

Harbour Bridge Reopens After Two Years of Repairs

By
Jane Doe
March 3, 2021, 9:15 AM ET

The harbour bridge reopened to traffic on Wednesday after two years of repairs that cost the city more than it had planned.

Engineers replaced the deck and most of the cables, and the speed limit on the bridge was lowered to forty miles an hour.

A New Deck

Commuters said the crossing now takes ten minutes less than the detour they had used since the closure began.

Most Popular
  • Weather
  • Sports
© 2021 Example News Media Ltd. All rights reserved.
`
	a, err := flat.Extract(context.Background(), []byte(page), flat.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", a.Title)
	fmt.Println("section:", a.Section)
	fmt.Println("authors:", a.Authors)
	fmt.Println("published:", a.Published)
	fmt.Println("site:", a.SiteName)
	for _, b := range a.Blocks {
		fmt.Printf("%s: %s ...\n", b.Kind, strings.Join(strings.Fields(b.Text)[:3], " "))
	}
	// Output:
	// title: Harbour Bridge Reopens After Two Years of Repairs
	// section: World
	// authors: [Jane Doe]
	// published: 2021-03-03T09:15:00-05:00
	// site: Example News
	// paragraph: The harbour bridge ...
	// paragraph: Engineers replaced the ...
	// heading: A New Deck ...
	// paragraph: Commuters said the ...
}
