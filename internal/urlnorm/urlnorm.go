// Package urlnorm gives the form of a web address in which two addresses of
// the same page compare equal: the key the crawler dedupes and caches
// validators by, and the key the store finds an article by.
//
// It does not fetch, resolve relative references (callers resolve against
// their base first) or guess that two different paths name one page
// (no "www." folding, no trailing-slash folding, no case folding of paths).
package urlnorm

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/idna"
)

// ErrBadURL means the input is not an absolute http or https URL with a
// host.
var ErrBadURL = errors.New("not an http(s) URL")

// trackingParams are query parameters that say how a reader reached a page
// (campaign, click and share identifiers), never which page it is.
// Normalize drops them, and every parameter starting with "utm_".
// Names are compared in lower case.
var trackingParams = map[string]bool{
	// Ad and social click identifiers.
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true, "igshid": true,
	"epik": true, "srsltid": true,
	// Analytics and e-mail campaign tags.
	"_ga": true, "_gl": true, "mc_cid": true, "mc_eid": true, "mkt_tok": true,
	"_hsenc": true, "_hsmi": true, "__hstc": true, "__hssc": true, "__hsfp": true,
	"oly_anon_id": true, "oly_enc_id": true, "vero_id": true, "vero_conv": true, "wickedid": true,
	"_bta_tid": true, "_bta_c": true, "trk_contact": true, "trk_msg": true, "trk_module": true, "trk_sid": true,
	"s_cid": true, "rb_clickid": true, "ns_mchannel": true, "ns_source": true, "ns_campaign": true,
	"ns_linkname": true, "ns_fee": true, "sr_share": true, "at_medium": true, "at_campaign": true,
	// Campaign identifiers common on news sites.
	"ocid": true, "cmpid": true, "icid": true, "ncid": true, "xtor": true, "smid": true, "smtyp": true,
}

// isTrackingParam says whether Normalize drops the query parameter
// named name (as written in the URL, possibly percent-encoded).
func isTrackingParam(name string) bool {
	if n, err := url.QueryUnescape(name); err == nil {
		name = n
	}
	name = strings.ToLower(name)
	return strings.HasPrefix(name, "utm_") || trackingParams[name]
}

// Normalize returns the form of an absolute http(s) URL in which two
// addresses of the same page compare equal:
//   - scheme and host in lower case, an international host in its ASCII
//     (punycode) form, trailing dots of the host dropped;
//   - the default port (80 for http, 443 for https) and an empty port dropped;
//   - the fragment dropped;
//   - percent-escapes with upper-case hex digits, and escapes of unreserved
//     characters (letters, digits, "-", ".", "_", "~") decoded;
//   - dot segments ("." and "..") resolved, an empty path written "/";
//   - tracking parameters dropped (utm_* and the names in trackingParams,
//     listed in docs/crawl.md), empty parameters ("&&") dropped, the
//     remaining ones sorted by name (values of one name keep their order),
//     an empty query dropped.
//
// The user-info part, the path's case and a trailing slash are kept: they
// can name another resource. Normalize is idempotent. It fails on URLs
// that do not parse, are not http or https, or have no host.
func Normalize(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return "", fmt.Errorf("normalize %q: %w: %v", raw, ErrBadURL, err)
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", fmt.Errorf("normalize %q: %w: scheme %q", raw, ErrBadURL, u.Scheme)
	}
	if u.Opaque != "" {
		return "", fmt.Errorf("normalize %q: %w: no host", raw, ErrBadURL)
	}
	host := normalizeHost(u.Hostname())
	if host == "" {
		return "", fmt.Errorf("normalize %q: %w: no host", raw, ErrBadURL)
	}
	if !strings.Contains(host, ":") && strings.IndexFunc(host, func(r rune) bool { return r == '%' || r < 0x80 && mustEscape(byte(r)) }) >= 0 {
		return "", fmt.Errorf("normalize %q: %w: host %q", raw, ErrBadURL, host)
	}
	var b strings.Builder
	b.WriteString(scheme)
	b.WriteString("://")
	if u.User != nil {
		b.WriteString(u.User.String())
		b.WriteByte('@')
	}
	if strings.Contains(host, ":") {
		b.WriteString("[" + strings.ReplaceAll(host, "%", "%25") + "]")
	} else {
		b.WriteString(host)
	}
	if port := u.Port(); port != "" {
		if port = strings.TrimLeft(port, "0"); port == "" {
			port = "0"
		}
		if !(scheme == "http" && port == "80") && !(scheme == "https" && port == "443") {
			b.WriteString(":" + port)
		}
	}
	path := removeDotSegments(normalizeEscapes(u.EscapedPath()))
	if path == "" || path[0] != '/' {
		path = "/" + path
	}
	b.WriteString(path)
	if q := normalizeQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String(), nil
}

// normalizeHost lower-cases a host name, writes an international one in
// ASCII and drops trailing dots; IP addresses come back in their usual form.
func normalizeHost(h string) string {
	if h == "" {
		return ""
	}
	if ip := net.ParseIP(h); ip != nil && !strings.Contains(h, "%") {
		return ip.String()
	}
	h = strings.ToLower(h)
	h = strings.TrimRight(h, ".")
	for i := 0; i < len(h); i++ {
		if h[i] >= 0x80 {
			if a, err := idna.Lookup.ToASCII(h); err == nil && a != "" {
				return strings.ToLower(a)
			}
			break
		}
	}
	return h
}

// normalizeQuery drops tracking and empty parameters from a raw query,
// normalises their escapes and sorts them by name, stably.
func normalizeQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type param struct{ name, text string }
	var params []param
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		part = normalizeEscapes(part)
		name, _, _ := strings.Cut(part, "=")
		if isTrackingParam(name) {
			continue
		}
		params = append(params, param{name, part})
	}
	slices.SortStableFunc(params, func(a, b param) int { return strings.Compare(a.name, b.name) })
	var b strings.Builder
	for i, p := range params {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(p.text)
	}
	return b.String()
}

// normalizeEscapes writes percent-escapes with upper-case hex digits and
// decodes those of unreserved characters (RFC 3986 6.2.2.1 and 6.2.2.2). A
// "%" not followed by two hex digits is written "%25", and bytes that may
// not appear in a URL (spaces, controls, non-ASCII bytes, `"<>\^{|}` and
// the backquote) are escaped.
func normalizeEscapes(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i] == '%' || mustEscape(s[i]) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if mustEscape(c) {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
			continue
		}
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			v := unhex(s[i+1])<<4 | unhex(s[i+2])
			if isUnreserved(v) {
				b.WriteByte(v)
			} else {
				b.WriteByte('%')
				b.WriteByte(upperHex(s[i+1]))
				b.WriteByte(upperHex(s[i+2]))
			}
			i += 2
			continue
		}
		b.WriteString("%25")
	}
	return b.String()
}

// removeDotSegments resolves "." and ".." segments of a path (RFC 3986
// 5.2.4). ".." above the root stays at the root.
func removeDotSegments(p string) string {
	if !strings.Contains(p, ".") {
		return p
	}
	segs := strings.Split(p, "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return strings.Join(out, "/")
}

const hexDigits = "0123456789ABCDEF"

// mustEscape says whether byte c may not appear as itself in a URL.
func mustEscape(c byte) bool {
	if c <= ' ' || c >= 0x7f {
		return true
	}
	switch c {
	case '"', '<', '>', '\\', '^', '`', '{', '|', '}':
		return true
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func upperHex(c byte) byte {
	if 'a' <= c && c <= 'f' {
		return c - 'a' + 'A'
	}
	return c
}

func isUnreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}
