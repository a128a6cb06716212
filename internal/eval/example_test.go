package eval_test

import (
	"fmt"

	"github.com/ledehq/lede/internal/eval"
)

func ExampleScoreBody() {
	truth := "Heavy rain fell on the town on Monday."
	pred := "Menu. Heavy rain fell on the town on Monday. Share this."
	c := eval.ScoreBody(truth, pred)
	fmt.Printf("P %.3f R %.3f exact %v\n", c.Precision(), c.Recall(), c.Exact)
	// Output: P 0.625 R 1.000 exact false
}

func ExampleTokens() {
	fmt.Printf("%q\n", eval.Tokens("Zürich's café_bar: 3.5 km"))
	// Output: ["Zürich" "s" "café_bar" "3" "5" "km"]
}
