package urlnorm

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTP://Example.COM/News/Story", "http://example.com/News/Story"},
		{"https://example.com", "https://example.com/"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"http://example.com:0080/a", "http://example.com/a"},
		{"https://example.com:80/a", "https://example.com:80/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"http://example.com:/a", "http://example.com/a"},
		{"http://example.com./a", "http://example.com/a"},
		{"http://example.com/a#section-2", "http://example.com/a"},
		{"http://example.com/a?utm_source=x&utm_medium=y&id=3", "http://example.com/a?id=3"},
		{"http://example.com/a?UTM_Campaign=x", "http://example.com/a"},
		{"http://example.com/a?fbclid=abc&gclid=d&mc_cid=1&mc_eid=2&ocid=3&cmpid=4", "http://example.com/a"},
		{"http://example.com/a?b=2&a=1&c=3", "http://example.com/a?a=1&b=2&c=3"},
		{"http://example.com/a?b=2&a=1&b=1", "http://example.com/a?a=1&b=2&b=1"},
		{"http://example.com/a?", "http://example.com/a"},
		{"http://example.com/a?&&x=1&", "http://example.com/a?x=1"},
		{"http://example.com/a/./b/../c", "http://example.com/a/c"},
		{"http://example.com/../../a", "http://example.com/a"},
		{"http://example.com/a/b/..", "http://example.com/a/"},
		{"http://example.com/a/%2e%2E/b", "http://example.com/b"},
		{"http://example.com/%7euser/%3f", "http://example.com/~user/%3F"},
		{"http://example.com/a%2fb", "http://example.com/a%2Fb"},
		{"http://example.com/a/", "http://example.com/a/"},
		{"http://example.com/caf%c3%a9", "http://example.com/caf%C3%A9"},
		{"http://example.com/café", "http://example.com/caf%C3%A9"},
		{"http://Bücher.example/a", "http://xn--bcher-kva.example/a"},
		{"http://[::1]:80/a", "http://[::1]/a"},
		{"http://[2001:DB8::1]/a", "http://[2001:db8::1]/a"},
		{"http://user:pw@Example.com/a", "http://user:pw@example.com/a"},
		{"  http://example.com/a  ", "http://example.com/a"},
		{"http://example.com/search?q=a+b&q2=%e2%82%ac", "http://example.com/search?q=a+b&q2=%E2%82%AC"},
	}
	for _, tt := range tests {
		got, err := Normalize(tt.in)
		if err != nil {
			t.Errorf("Normalize(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeRefuses(t *testing.T) {
	for _, in := range []string{"", "example.com/a", "/a/b", "ftp://example.com/a", "mailto:a@example.com", "http://", "http:///a", "http://exa mple.com/", "http://[::1/", "http://%25/", "http://a%22b/"} {
		got, err := Normalize(in)
		if err == nil {
			t.Errorf("Normalize(%q) = %q, want an error", in, got)
			continue
		}
		if !errors.Is(err, ErrBadURL) || !strings.Contains(err.Error(), "normalize ") {
			t.Errorf("Normalize(%q): error %q should wrap ErrBadURL and name the input", in, err)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"http://example.com/a?utm_source=x&b=2&a=1#f",
		"HTTPS://WWW.Example.com:443/./a/../b/%7e?&&",
		"http://[fe80::1%25en0]:8080/x",
		"http://Bücher.example/a b?q=%zz",
		"http://user@host/%2e%2e/%2F",
		"https://a.b/c;d=1?e=%41&E=2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		n, err := Normalize(raw)
		if err != nil {
			return
		}
		again, err := Normalize(n)
		if err != nil {
			t.Fatalf("Normalize(%q) = %q, which fails to normalise: %v", raw, n, err)
		}
		if again != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", raw, n, again)
		}
		u, err := url.Parse(n)
		if err != nil {
			t.Fatalf("Normalize(%q) = %q, which does not parse: %v", raw, n, err)
		}
		if u.Fragment != "" {
			t.Fatalf("Normalize(%q) = %q: fragment left", raw, n)
		}
		for part := range strings.SplitSeq(u.RawQuery, "&") {
			if name, _, _ := strings.Cut(part, "="); isTrackingParam(name) {
				t.Fatalf("Normalize(%q) = %q: tracking parameter %q left", raw, n, name)
			}
		}
	})
}
