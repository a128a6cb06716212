package htmlcharset

import (
	"bytes"
	"unicode/utf8"
)

// Mojibake: UTF-8 text that was once read as windows-1252 (or ISO-8859-1)
// and written out again as UTF-8, so that each multibyte character became
// two to four characters: "it’s" turns into "itâ€™s" (or "itâ\u0080\u0099s"
// when the wrong reading was Latin-1), "café" into "cafÃ©". Content systems
// do this to single fields (a title, a body) of otherwise good pages, so it
// is repaired sequence by sequence, not by re-decoding the page.
//
// A sequence is repaired when the single-byte values of its characters form
// one valid UTF-8 character of two to four bytes. To keep real Latin-1 text
// ("à «", "Â°" never occur by chance, but letters followed by symbols do in
// some languages) as it is, nothing in a text is repaired unless it holds at
// least one telltale sequence: one whose continuation characters include a
// C1 control (U+0080–U+009F, never text) or a windows-1252 punctuation sign
// (€, ™, “, œ...), or one that starts with "Â" or "Ã" (the leads of
// U+0080–U+00FF, which is how NBSP, accented Latin letters and the like are
// broken).

// cp1252High maps the windows-1252 characters of bytes 0x80–0x9F to their
// byte; the other bytes 0x80–0xFF are the code points U+0080–U+00FF.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// singleByte returns the byte a character stands for in a windows-1252 or
// Latin-1 reading, and whether it has one.
func singleByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// mojibakeAt reads the double-encoded sequence starting at s[i], if any. It
// returns the length in bytes of the sequence in s, the character it stands
// for, and whether the sequence is telltale (see above).
func mojibakeAt(s []byte, i int) (n int, r rune, telltale bool) {
	lead, size := utf8.DecodeRune(s[i:])
	b0, ok := singleByte(lead)
	if !ok {
		return 0, 0, false
	}
	var need int
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		need = 1
	case b0 >= 0xE0 && b0 <= 0xEF:
		need = 2
	case b0 >= 0xF0 && b0 <= 0xF4:
		need = 3
	default:
		return 0, 0, false
	}
	var buf [4]byte
	buf[0] = b0
	telltale = b0 == 0xC2 || b0 == 0xC3
	j := i + size
	for k := 1; k <= need; k++ {
		if j >= len(s) {
			return 0, 0, false
		}
		c, csize := utf8.DecodeRune(s[j:])
		b, ok := singleByte(c)
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0, false
		}
		if c <= 0x9F || c > 0xFF {
			telltale = true // a C1 control or a windows-1252 sign
		}
		buf[k] = b
		j += csize
	}
	r, rsize := utf8.DecodeRune(buf[:need+1])
	if r == utf8.RuneError || rsize != need+1 {
		return 0, 0, false
	}
	return j - i, r, telltale
}

// mayHoldMojibake is a cheap test for the telltale sequences: text with no
// "Â", "Ã" or "â" and no C1 control is left alone at once. (A telltale
// sequence of another lead holds a C1 control or a windows-1252 sign; the
// signs are only looked for once one of these is present.)
func mayHoldMojibake(s []byte) bool {
	if bytes.Contains(s, []byte{0xC3, 0x82}) || bytes.Contains(s, []byte{0xC3, 0x83}) || bytes.Contains(s, []byte{0xC3, 0xA2}) {
		return true
	}
	for i := 0; i < len(s)-1; i++ {
		j := bytes.IndexByte(s[i:len(s)-1], 0xC2)
		if j < 0 {
			return false
		}
		i += j
		if s[i+1] >= 0x80 && s[i+1] <= 0x9F {
			return true
		}
	}
	return false
}

// RepairMojibake returns s with double-encoded UTF-8 sequences replaced by
// the characters they stand for, and whether anything was repaired. s must
// be UTF-8. A text without a telltale sequence is returned unchanged (see
// the comment above), as is every sequence that does not decode to one
// valid character. Text that was double-encoded twice is repaired twice.
func RepairMojibake(s []byte) ([]byte, bool) {
	repaired := false
	for round := 0; round < 2 && mayHoldMojibake(s); round++ {
		out, ok := repairOnce(s)
		if !ok {
			break
		}
		s, repaired = out, true
	}
	return s, repaired
}

// repairOnce makes one pass of RepairMojibake.
func repairOnce(s []byte) ([]byte, bool) {
	found := false
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		n, _, telltale := mojibakeAt(s, i)
		if n > 0 && telltale {
			found = true
			break
		}
		if n > 0 {
			i += n
		} else {
			_, size := utf8.DecodeRune(s[i:])
			i += size
		}
	}
	if !found {
		return s, false
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			out = append(out, s[i])
			i++
			continue
		}
		if n, r, _ := mojibakeAt(s, i); n > 0 {
			out = utf8.AppendRune(out, r)
			i += n
			continue
		}
		_, size := utf8.DecodeRune(s[i:])
		out = append(out, s[i:i+size]...)
		i += size
	}
	return out, true
}
