package htmlcharset

import "bytes"

// prescanLimit bounds the scan for a declared charset. The HTML standard
// looks at 1024 bytes; real pages often carry scripts and styles before
// their meta tags, so lede looks further, but only in the head.
const prescanLimit = 64 << 10

// prescan returns the charset label the page declares in its head: an XML
// declaration's encoding, <meta charset=...>, or <meta http-equiv=
// "content-type" content="...; charset=...">. It stops at <body, </head or
// prescanLimit bytes and skips comments. It does not parse the page and
// allocates only the returned label.
func prescan(page []byte) string {
	p := page
	if len(p) > prescanLimit {
		p = p[:prescanLimit]
	}
	if label := xmlEncoding(p); label != "" {
		return label
	}
	for i := 0; i < len(p); i++ {
		if p[i] != '<' {
			continue
		}
		rest := p[i:]
		switch {
		case hasPrefixFold(rest, "<!--"):
			end := indexString(rest[4:], "-->")
			if end < 0 {
				return ""
			}
			i += 4 + end + 2
		case hasPrefixFold(rest, "<meta") && len(rest) > 5 && isSpaceOrSlash(rest[5]):
			label, n := metaCharset(rest[5:])
			if label != "" {
				return label
			}
			i += 5 + n - 1
		case hasPrefixFold(rest, "<body") || hasPrefixFold(rest, "</head"):
			return ""
		}
	}
	return ""
}

// metaCharset reads the attributes of a meta tag (p starts after "<meta")
// and returns the charset it declares and the number of bytes read.
func metaCharset(p []byte) (string, int) {
	var httpEquivContentType bool
	var content []byte
	i := 0
	for i < len(p) {
		for i < len(p) && (isSpace(p[i]) || p[i] == '/') {
			i++
		}
		if i >= len(p) || p[i] == '>' {
			break
		}
		// Attribute name.
		start := i
		for i < len(p) && !isSpace(p[i]) && p[i] != '=' && p[i] != '>' && p[i] != '/' {
			i++
		}
		name := p[start:i]
		for i < len(p) && isSpace(p[i]) {
			i++
		}
		var value []byte
		if i < len(p) && p[i] == '=' {
			i++
			for i < len(p) && isSpace(p[i]) {
				i++
			}
			value, i = attrValue(p, i)
		}
		switch {
		case equalFold(name, "charset"):
			if label := trimSpace(value); len(label) > 0 {
				return string(label), i
			}
		case equalFold(name, "http-equiv"):
			httpEquivContentType = equalFold(trimSpace(value), "content-type")
		case equalFold(name, "content"):
			content = value
		}
	}
	if httpEquivContentType && content != nil {
		return charsetParam(string(content)), i
	}
	return "", i
}

// attrValue reads a quoted or unquoted attribute value starting at p[i].
func attrValue(p []byte, i int) ([]byte, int) {
	if i >= len(p) {
		return nil, i
	}
	if q := p[i]; q == '"' || q == '\'' {
		i++
		start := i
		for i < len(p) && p[i] != q {
			i++
		}
		v := p[start:i]
		if i < len(p) {
			i++
		}
		return v, i
	}
	start := i
	for i < len(p) && !isSpace(p[i]) && p[i] != '>' {
		i++
	}
	return p[start:i], i
}

// charsetParam returns the charset parameter of a Content-Type value such
// as "text/html; charset=ISO-8859-1", or "". It is lenient: quotes are
// optional and anything after the label is ignored.
func charsetParam(contentType string) string {
	s := contentType
	for {
		k := indexFoldString(s, "charset")
		if k < 0 {
			return ""
		}
		s = s[k+len("charset"):]
		j := 0
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != '=' {
			continue
		}
		j++
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j < len(s) && (s[j] == '"' || s[j] == '\'') {
			q := s[j]
			j++
			end := j
			for end < len(s) && s[end] != q {
				end++
			}
			return s[j:end]
		}
		end := j
		for end < len(s) && s[end] != ';' && s[end] != ',' && !isSpace(s[end]) && s[end] != '"' && s[end] != '\'' {
			end++
		}
		return s[j:end]
	}
}

// xmlEncoding returns the encoding of an XML declaration at the start of
// the page, such as <?xml version="1.0" encoding="windows-1251"?>.
func xmlEncoding(p []byte) string {
	i := 0
	for i < len(p) && isSpace(p[i]) {
		i++
	}
	if !hasPrefixFold(p[i:], "<?xml") {
		return ""
	}
	decl := p[i:]
	if end := indexString(decl, "?>"); end >= 0 {
		decl = decl[:end]
	} else {
		return ""
	}
	k := indexFoldString(string(decl), "encoding")
	if k < 0 {
		return ""
	}
	j := k + len("encoding")
	for j < len(decl) && isSpace(decl[j]) {
		j++
	}
	if j >= len(decl) || decl[j] != '=' {
		return ""
	}
	j++
	for j < len(decl) && isSpace(decl[j]) {
		j++
	}
	v, _ := attrValue(decl, j)
	return string(v)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isSpaceOrSlash(c byte) bool { return isSpace(c) || c == '/' }

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether p starts with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(p []byte, prefix string) bool {
	if len(p) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lower(p[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// equalFold reports whether p equals the lower-case ASCII word, ignoring
// case.
func equalFold(p []byte, word string) bool {
	return len(p) == len(word) && hasPrefixFold(p, word)
}

// indexFoldString returns the index of the lower-case ASCII word in s,
// ignoring case, or -1.
func indexFoldString(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && lower(s[i+j]) == word[j] {
			j++
		}
		if j == len(word) {
			return i
		}
	}
	return -1
}

// indexString returns the index of s in p, or -1.
func indexString(p []byte, s string) int { return bytes.Index(p, []byte(s)) }

func trimSpace(p []byte) []byte {
	for len(p) > 0 && isSpace(p[0]) {
		p = p[1:]
	}
	for len(p) > 0 && isSpace(p[len(p)-1]) {
		p = p[:len(p)-1]
	}
	return p
}
