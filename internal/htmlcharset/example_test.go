package htmlcharset_test

import (
	"fmt"

	"github.com/ledehq/lede/internal/htmlcharset"
)

func ExampleDecode() {
	// "café" in windows-1252, declared only by the HTTP header.
	page := []byte("<p>caf\xe9</p>")
	utf8Page, name, _ := htmlcharset.Decode(page, "text/html; charset=ISO-8859-1")
	fmt.Println(string(utf8Page), name)

	// A page converted to UTF-8 whose meta tag still says latin-1.
	page = []byte(`<meta charset="latin1"><p>café</p>`)
	utf8Page, name, _ = htmlcharset.Decode(page, "")
	fmt.Println(string(utf8Page[23:]), name)
	// Output:
	// <p>café</p> windows-1252
	// <p>café</p> utf-8
}
