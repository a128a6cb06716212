package ingest

import (
	"github.com/ledehq/lede/internal/urlnorm"
)

// normalizeURL returns the form of an http(s) URL used to compare URLs
// within a run and to fetch them, the one the store keys articles by:
// urlnorm.Normalize's (scheme and host in
// lower case, default port and fragment dropped, tracking parameters such
// as utm_* removed, query sorted, dot segments resolved). A URL that is not
// absolute http(s) is an error.
func normalizeURL(raw string) (string, error) { return urlnorm.Normalize(raw) }

// urlSet remembers the URLs seen in one run.
type urlSet map[string]bool

// add reports whether u is new, remembering it.
func (s urlSet) add(u string) bool {
	if s[u] {
		return false
	}
	s[u] = true
	return true
}
