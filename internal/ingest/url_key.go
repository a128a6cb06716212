package ingest

import (
	"fmt"
	"net/url"
	"strings"
)

// trackingParams are query parameters that only say where a reader came
// from; two URLs differing in them name the same page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true, "mc_eid": true,
	"igshid": true, "yclid": true, "_ga": true, "ocid": true, "cmpid": true, "ito": true,
}

// normalizeURL returns the form of an http(s) URL used to compare URLs
// within a run and to fetch them: scheme and host in lower case, the
// default port dropped, an empty path made "/", the fragment dropped, and
// tracking parameters (utm_*, fbclid, gclid and the like) removed; the
// remaining query keeps its order. A URL that is not absolute http(s) is an
// error.
func normalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("bad URL %q: %w", raw, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("not an absolute http(s) URL: %q", raw)
	}
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		kept := parts[:0]
		for _, p := range parts {
			if p == "" {
				continue
			}
			key := p
			if i := strings.IndexByte(p, '='); i >= 0 {
				key = p[:i]
			}
			k := strings.ToLower(key)
			if strings.HasPrefix(k, "utm_") || trackingParams[k] {
				continue
			}
			kept = append(kept, p)
		}
		u.RawQuery = strings.Join(kept, "&")
		u.ForceQuery = false
	}
	return u.String(), nil
}

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
