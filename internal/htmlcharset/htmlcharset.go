// Package htmlcharset finds the character encoding of an HTML page and
// decodes the page to UTF-8.
//
// The encoding is chosen in this order:
//
//  1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//  2. the charset parameter of the HTTP Content-Type header;
//  3. a declaration in the page: <meta charset>, <meta http-equiv=
//     "Content-Type" content="...; charset=...">, or an XML declaration,
//     found by a cheap scan of the head (no parse);
//  4. sniffing the bytes of the whole document.
//
// Labels are those of the WHATWG Encoding Standard (so "iso-8859-1" and
// "ascii" mean windows-1252 and "gb2312" means gbk). An unknown label, or
// one the standard maps to "replacement", is ignored and the page sniffed.
//
// A declaration does not win against the bytes in these cases:
//
//   - A page whose bytes are valid UTF-8 and hold multibyte sequences is
//     read as UTF-8 even when it declares a legacy charset, and so is a page
//     that is UTF-8 but for a few stray bytes (at least four valid multibyte
//     sequences per invalid byte). Legacy text is practically never valid
//     UTF-8 by chance, while pages converted to UTF-8 without their meta tag
//     being updated are common.
//   - A page that declares UTF-8 but holds more than twice as many bytes
//     invalid in UTF-8 as valid multibyte sequences is a mislabelled legacy
//     page and is sniffed.
//   - A page whose bytes do not fit the declared legacy encoding (more than
//     20 decoding errors, and more than one per 20 bytes above 0x7F) is
//     sniffed.
//
// Sniffing (no declaration, or a declaration the bytes overrule) reads a
// page as UTF-8 when it has at least twice as many valid multibyte
// sequences as invalid bytes. Otherwise it tries windows-1252,
// windows-1250, windows-1251, koi8-r, windows-1253, windows-1254,
// windows-1256, windows-1255, windows-874, gbk, big5, shift_jis, euc-jp and
// euc-kr, and keeps the one whose decoded text is the most plausible:
// fewest decoding errors, most of the characters that are frequent in the
// encoding's languages, words made of one script and in a possible order.
// It looks at every word of the page that holds a byte above 0x7F; on pages
// with more than 16 KB of such bytes, at an evenly spread sample of those
// words. Other encodings (iso-8859-x variants, windows-1257, windows-1258,
// the KOI8-U Ukrainian letters...) are used when declared but not sniffed;
// a page in one of them is read in the closest sniffed encoding.
//
// Invalid bytes decode to U+FFFD; Decode never fails on any input. UTF-8
// text that was double-encoded before it reached the page (mojibake such as
// "itâ€™s") is repaired once the page is decoded.
//
// The package does not parse HTML, strip markup or handle transfer
// encodings (gzip): it works on the page's bytes only.
package htmlcharset

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// UTF8 is the name Decode returns for UTF-8 pages.
const UTF8 = "utf-8"

// Decode returns the page as UTF-8 and the WHATWG name of the encoding it
// was read in ("utf-8", "windows-1252", "shift_jis"...). contentType is the
// HTTP Content-Type header the page came with, or empty.
//
// When the page is valid UTF-8 and declares no other charset (or only an
// ASCII-compatible one the bytes overrule), Decode returns page itself (or
// page without its byte order mark), without copying. Otherwise it returns
// a new slice. The error is always nil: bad bytes become U+FFFD. It is kept
// in the signature so that callers need not change if a future encoding
// can fail.
//
// Text that was double-encoded before it reached the page ("itâ€™s" for
// "it’s") is repaired after decoding; see RepairMojibake. The name returned
// is still the page's own encoding.
func Decode(page []byte, contentType string) ([]byte, string, error) {
	out, name, err := decode(page, contentType)
	if err != nil {
		return nil, "", err
	}
	out, _ = RepairMojibake(out)
	return out, name, nil
}

// decode is Decode without the mojibake repair.
func decode(page []byte, contentType string) ([]byte, string, error) {
	// 1. Byte order mark.
	switch {
	case bytes.HasPrefix(page, []byte{0xEF, 0xBB, 0xBF}):
		return validUTF8(page[3:]), UTF8, nil
	case bytes.HasPrefix(page, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), page[2:]), "utf-16be", nil
	case bytes.HasPrefix(page, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), page[2:]), "utf-16le", nil
	}

	// 2 and 3. A declared charset, from the HTTP header or else the page.
	enc, name, fromHTTP := declared(page, contentType)

	// UTF-16 without a BOM is recognised by its zero bytes. A page that
	// declares UTF-16 in a meta tag is, by the HTML standard, not UTF-16 (it
	// could not have been read to find the tag).
	utf16Declared := name == "utf-16le" || name == "utf-16be"
	if enc == nil || utf16Declared && fromHTTP {
		if e, n := utf16ByZeros(page); e != nil {
			return decodeWith(e, page), n, nil
		}
	}
	if utf16Declared {
		enc, name = nil, ""
	}
	if name == "iso-2022-jp" {
		if bytes.IndexByte(page, 0x1B) >= 0 {
			return decodeWith(enc, page), name, nil
		}
		enc, name = nil, "" // no escape sequence: not ISO-2022-JP
	}

	// The fast path: valid UTF-8. A legacy declaration on a page of pure
	// ASCII is kept (both read the same); on a page with valid multibyte
	// sequences it is overruled (see the package comment).
	if utf8.Valid(page) {
		if enc == nil && isISO2022JP(page) {
			e, n := lookup("iso-2022-jp")
			return decodeWith(e, page), n, nil
		}
		if enc == nil || name == UTF8 || hasNonASCII(page) {
			return page, UTF8, nil
		}
		return page, name, nil
	}

	validMB, invalid := utf8Counts(page)
	if enc != nil {
		switch {
		case name == UTF8 && validMB > 0 && 2*validMB >= invalid:
			return validUTF8(page), UTF8, nil
		case name == UTF8:
			// Declared UTF-8, but mostly bytes invalid in UTF-8: sniff.
		case validMB >= 4 && validMB >= 4*invalid:
			return validUTF8(page), UTF8, nil
		default:
			out := decodeWith(enc, page)
			if !contradicted(page, out) {
				return out, name, nil
			}
			// The bytes do not fit the declared encoding: sniff instead.
		}
	}

	// 4. Sniffing. Mostly valid UTF-8 is UTF-8 with a few bad bytes; legacy
	// text holds valid multibyte sequences by chance only, far fewer than
	// its invalid bytes (a tenth as many in CJK text, nearly none in
	// single-byte encodings).
	if validMB > 0 && validMB >= 2*invalid {
		return validUTF8(page), UTF8, nil
	}
	c := sniff(page)
	return decodeWith(c.enc, page), c.name, nil
}

// declared returns the encoding the HTTP header or else the page declares,
// its WHATWG name, and whether it came from the header. x-user-defined is
// read as windows-1252, as browsers do; unknown labels and those mapping to
// the replacement encoding count as no declaration.
func declared(page []byte, contentType string) (encoding.Encoding, string, bool) {
	if label := charsetParam(contentType); label != "" {
		if e, n := lookup(label); e != nil {
			return e, n, true
		}
	}
	if label := prescan(page); label != "" {
		if e, n := lookup(label); e != nil {
			return e, n, false
		}
	}
	return nil, "", false
}

// lookup resolves a charset label; it returns nil for labels that lede
// ignores.
func lookup(label string) (encoding.Encoding, string) {
	e, n := charset.Lookup(label)
	switch n {
	case "", "replacement":
		return nil, ""
	case "x-user-defined":
		return charset.Lookup("windows-1252")
	}
	return e, n
}

// decodeWith decodes page with enc; the result is always valid UTF-8.
func decodeWith(enc encoding.Encoding, page []byte) []byte {
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		// The x/text decoders substitute U+FFFD rather than fail; should
		// one fail anyway, keep the page as UTF-8 with replacements.
		return bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	return validUTF8(out)
}

// contradicted says whether decoding a page in its declared encoding failed
// too often for the declaration to be true: more than 20 replacement
// characters that the page did not hold, and more than one per 20 bytes
// above 0x7F. Single-byte encodings hardly ever fail, so in practice this
// catches multibyte declarations (shift_jis on a gbk page, say).
func contradicted(page, out []byte) bool {
	errs := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(page, []byte("\uFFFD"))
	if errs <= 20 {
		return false
	}
	high := 0
	for _, c := range page {
		if c >= utf8.RuneSelf {
			high++
		}
	}
	return errs*20 > high
}

// validUTF8 returns p if it is valid UTF-8, else a copy with each invalid
// byte replaced by U+FFFD.
func validUTF8(p []byte) []byte {
	if utf8.Valid(p) {
		return p
	}
	out := make([]byte, 0, len(p)+len(p)/8)
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			out = append(out, "\uFFFD"...)
		} else {
			out = append(out, p[i:i+size]...)
		}
		i += size
	}
	return out
}

// hasNonASCII says whether p holds a byte above 0x7F.
func hasNonASCII(p []byte) bool {
	for _, c := range p {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// utf8Counts counts the valid multibyte UTF-8 sequences in p and the bytes
// that start no valid sequence.
func utf8Counts(p []byte) (validMB, invalid int) {
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			validMB++
		}
		i += size
	}
	return validMB, invalid
}

// utf16ByZeros recognises UTF-16 without a byte order mark: markup and
// Latin text in UTF-16 have a zero byte in every other position.
func utf16ByZeros(p []byte) (encoding.Encoding, string) {
	n := len(p)
	if n > 1024 {
		n = 1024
	}
	n &^= 1
	if n < 8 {
		return nil, ""
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if p[i] == 0 {
			zeroEven++
		}
		if p[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*2 > pairs && zeroEven*8 < zeroOdd:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case zeroEven*2 > pairs && zeroOdd*8 < zeroEven:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// isISO2022JP recognises undeclared ISO-2022-JP (7-bit Japanese) by its
// escape sequences into JIS X 0208.
func isISO2022JP(p []byte) bool {
	i := bytes.IndexByte(p, 0x1B)
	if i < 0 {
		return false
	}
	return bytes.Contains(p[i:], []byte("\x1b$B")) || bytes.Contains(p[i:], []byte("\x1b$@"))
}
