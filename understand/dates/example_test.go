package dates_test

import (
	"fmt"

	"github.com/ledehq/lede/understand/dates"
)

func Example() {
	text := "The two leaders will meet on July 16, officials said Thursday, a day after talks in Rome."
	for _, m := range dates.Find(text, "2018-06-28T08:30:00-04:00") {
		fmt.Printf("%q %s %s\n", m.Text, m.Value, m.Granularity)
	}
	// Output:
	// "July 16" 2018-07-16 day
	// "Thursday" 2018-06-28 day
	// "a day after" 2018-06-27 day
}
