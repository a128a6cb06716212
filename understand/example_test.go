package understand_test

import (
	"context"
	"fmt"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand"
)

func Example() {
	a := &lede.Article{
		Published: "2018-06-28T08:30:00-04:00",
		Text: "The summit “is of huge significance,” Kremlin foreign-policy aide Yuri Ushakov told reporters Wednesday. " +
			"“It will be the main international event of the summer.”\n\n" +
			"Vice President Mike Pence said Wednesday that he expects a deal.",
	}
	var loader understand.Loader // loads the gazetteer and name lists once
	if err := loader.Understand(context.Background(), a); err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range a.People {
		fmt.Printf("person %s (%s)\n", p.Name, p.Role)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s quote by %s: %s\n", q.Kind, q.Speaker, q.Text)
	}
	// Output:
	// person Yuri Ushakov (Kremlin foreign-policy aide)
	// person Mike Pence (Vice President)
	// partial quote by Yuri Ushakov: is of huge significance,
	// direct quote by Yuri Ushakov: It will be the main international event of the summer.
	// indirect quote by Mike Pence: he expects a deal.
}
