package eval

import (
	"strings"
	"testing"
)

func TestHTMLText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a</p><p>b</p>", "a\nb"},
		{"a<b>b</b>c", "abc"},
		{"<div>one<br>two</div><ul><li>x</li><li>y</li></ul>", "one\ntwo\nx\ny"},
		{"<h1>T</h1><script>var x;</script><style>p{}</style><p>body</p>", "T\nbody"},
		{"<table><tr><td>1</td><td>2</td></tr></table>", "1\n2"},
		{"<!-- c --><p>&amp; &lt;</p>", "& <"},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := HTMLText(strings.NewReader(tt.in))
		if err != nil {
			t.Fatalf("HTMLText(%q): %v", tt.in, err)
		}
		if got != tt.want {
			t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
