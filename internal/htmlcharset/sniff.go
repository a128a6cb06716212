package htmlcharset

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// family is the group of languages a legacy encoding was made for; it
// decides which decoded characters are plausible.
type family uint8

const (
	famLatin family = iota
	famCentral
	famCyrillic
	famGreek
	famTurkish
	famArabic
	famHebrew
	famThai
	famSimplified
	famTraditional
	famJapanese
	famKorean
	numFamilies
)

// candidate is a legacy encoding sniffing may choose.
type candidate struct {
	name      string // WHATWG name
	enc       encoding.Encoding
	fam       family
	multibyte bool
	prior     float64 // added to the score; breaks near ties
}

// candidates lists the encodings sniffing tries, most likely first (ties go
// to the earlier one). windows-1252 gets a small prior: it is by far the
// most common legacy encoding of the web.
var candidates = []candidate{
	{"windows-1252", charmap.Windows1252, famLatin, false, 0.05},
	{"windows-1250", charmap.Windows1250, famCentral, false, 0},
	{"windows-1251", charmap.Windows1251, famCyrillic, false, 0},
	{"koi8-r", charmap.KOI8R, famCyrillic, false, 0},
	{"windows-1253", charmap.Windows1253, famGreek, false, 0},
	{"windows-1254", charmap.Windows1254, famTurkish, false, 0},
	{"windows-1256", charmap.Windows1256, famArabic, false, 0},
	{"windows-1255", charmap.Windows1255, famHebrew, false, 0},
	{"windows-874", charmap.Windows874, famThai, false, 0},
	{"gbk", simplifiedchinese.GBK, famSimplified, true, 0},
	{"big5", traditionalchinese.Big5, famTraditional, true, 0},
	{"shift_jis", japanese.ShiftJIS, famJapanese, true, 0},
	{"euc-jp", japanese.EUCJP, famJapanese, true, 0},
	{"euc-kr", korean.EUCKR, famKorean, true, 0},
}

// commonSets holds, per family, the characters frequent in its languages.
var commonSets = [numFamilies]map[rune]struct{}{
	famLatin:       runeSet(latinCommon),
	famCentral:     runeSet(centralCommon),
	famCyrillic:    runeSet(cyrillicCommon),
	famGreek:       runeSet(greekCommon),
	famTurkish:     runeSet(turkishCommon),
	famArabic:      runeSet(arabicCommon),
	famHebrew:      runeSet(hebrewCommon),
	famThai:        runeSet(thaiCommon),
	famSimplified:  runeSet(simplifiedCommon + cjkPunctuation),
	famTraditional: runeSet(traditionalCommon + cjkPunctuation),
	famJapanese:    runeSet(japaneseCommon + cjkPunctuation),
	famKorean:      runeSet(koreanCommon + cjkPunctuation),
}

func runeSet(s string) map[rune]struct{} {
	m := make(map[rune]struct{}, len(s)/2)
	for _, r := range s {
		m[r] = struct{}{}
	}
	return m
}

// Sampling bounds: sniffing decodes the words holding bytes above 0x7F, at
// most about sampleHighBytes of those bytes (an evenly spread share of the
// words when the page has more), and at most maxSegment bytes of a word.
const (
	sampleHighBytes = 16 << 10
	maxSegment      = 4 << 10
)

// sniff chooses the legacy encoding whose reading of the page is the most
// plausible.
func sniff(page []byte) candidate {
	sample, high := buildSample(page)
	if high == 0 {
		return candidates[0]
	}
	// A first round on the start of the sample keeps the candidates within
	// reach of the best; only those read the whole sample. Segments are
	// joined by spaces, which are never part of a character.
	alive := candidates
	if len(sample) > 4*firstRound {
		cut := firstRound + bytes.IndexByte(sample[firstRound:], ' ') + 1
		part := sample[:cut]
		partHigh := countHigh(part)
		if partHigh > 0 {
			scores := make([]float64, len(candidates))
			top := -1e9
			for i, c := range candidates {
				scores[i] = score(c, part, partHigh)
				top = max(top, scores[i])
			}
			alive = make([]candidate, 0, len(candidates))
			for i, c := range candidates {
				if scores[i] >= top-firstRoundMargin {
					alive = append(alive, c)
				}
			}
		}
	}
	best, bestScore := alive[0], -1e9
	for _, c := range alive {
		s := score(c, sample, high)
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// The first round of sniffing reads firstRound bytes of the sample and
// drops the candidates scoring more than firstRoundMargin below the best
// (scores are per high byte, between about -4 and 1).
const (
	firstRound       = 4 << 10
	firstRoundMargin = 0.6
)

func countHigh(p []byte) int {
	n := 0
	for _, c := range p {
		if c >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// buildSample gathers the words of p that hold a byte above 0x7F, joined by
// spaces, and counts their high bytes. A word runs over letters, digits,
// high bytes and the byte after a high byte (a trail byte of a two-byte
// character may be ASCII). On pages with many high bytes it keeps every
// n-th word so that the sample spans the whole page.
func buildSample(p []byte) ([]byte, int) {
	total := 0
	for _, c := range p {
		if c >= utf8.RuneSelf {
			total++
		}
	}
	stride := 1
	if total > sampleHighBytes {
		stride = (total + sampleHighBytes - 1) / sampleHighBytes
	}
	size := total * 2
	if size > 3*sampleHighBytes {
		size = 3 * sampleHighBytes
	}
	sample := make([]byte, 0, size)
	high, word, lastEnd := 0, 0, 0
	for i := 0; i < len(p); i++ {
		if p[i] < utf8.RuneSelf {
			continue
		}
		start := i
		for start > lastEnd && isAlnum(p[start-1]) {
			start--
		}
		end := i + 1
		for end < len(p) {
			c := p[end]
			if c >= utf8.RuneSelf || isAlnum(c) || p[end-1] >= utf8.RuneSelf && c >= 0x40 && c <= 0x7E {
				end++
				continue
			}
			break
		}
		if word%stride == 0 {
			seg := p[start:end]
			if len(seg) > maxSegment {
				seg = seg[:maxSegment]
			}
			for _, c := range seg {
				if c >= utf8.RuneSelf {
					high++
				}
			}
			sample = append(sample, seg...)
			sample = append(sample, ' ')
		}
		word++
		lastEnd = end
		i = end - 1
	}
	return sample, high
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isASCIILetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

// Rune weights of the score, per byte the rune took in the input.
const (
	wCommon      = 1.0  // frequent in the family's languages
	wScript      = 0.2  // a letter of the family's script
	wOther       = -0.5 // a symbol, number or sign outside the common set
	wWrongScript = -1.0 // a letter of another script
	wControl     = -3.0 // a C1 control or a private-use character
	wError       = -4.0 // a decoding error (U+FFFD)
)

// score rates the reading of sample in c: the mean weight per high byte of
// the decoded characters (see the w constants), with penalties for word
// shapes that real text does not have: in Latin text, three or more accented
// letters in a row, or an opening sign (¿ « “) right after a letter or a
// closing one (» ”) right before one; in other alphabets, script letters
// glued to ASCII letters; in cased alphabets, a capital right after a
// small letter.
func score(c candidate, sample []byte, high int) float64 {
	out, err := c.enc.NewDecoder().Bytes(sample)
	if err != nil {
		return -1e9
	}
	common := commonSets[c.fam]
	alphabetic := c.fam <= famThai
	latin := c.fam == famLatin || c.fam == famCentral || c.fam == famTurkish
	cased := c.fam <= famTurkish // scripts with capital letters
	var total float64
	run := 0 // accented letters in a row (Latin families)
	var prev rune
	var prevWeight float64
	for _, r := range string(out) {
		if r < utf8.RuneSelf {
			if latin && run >= 3 {
				total -= float64(run) * (wCommon - wOther)
			}
			run = 0
			if alphabetic && isASCIILetter(r) && prev >= utf8.RuneSelf && unicode.IsLetter(prev) && !latin {
				total += wWrongScript
			}
			if cased && unicode.IsUpper(r) && unicode.IsLower(prev) && prev >= utf8.RuneSelf {
				total += wWrongScript
			}
			if latin && isASCIILetter(r) && isClosingSign(prev) {
				total += wWrongScript
			}
			prev = r
			continue
		}
		if latin && (isOpeningSign(r) && unicode.IsLetter(prev) || unicode.IsLetter(r) && isClosingSign(prev)) {
			total += wWrongScript // "ju¿", "»word": signs on the wrong side of a word
		}
		n := 1.0
		if c.multibyte && r != utf8.RuneError && !(r >= 0xFF61 && r <= 0xFF9F) {
			n = 2
		}
		w := runeWeight(c.fam, common, r)
		total += w * n
		if c.fam == famThai && !thaiOrder(prev, r) {
			total += wWrongScript
		}
		if alphabetic && !latin && prev >= utf8.RuneSelf && unicode.IsLetter(r) && unicode.IsLetter(prev) &&
			(w == wWrongScript) != (prevWeight == wWrongScript) {
			total += wWrongScript // a word mixing the script with another
		}
		prevWeight = w
		if alphabetic && unicode.IsLetter(r) {
			if latin {
				run++
			} else if isASCIILetter(prev) {
				total += wWrongScript
			}
			if cased && unicode.IsUpper(r) && unicode.IsLower(prev) {
				total += wWrongScript
			}
		} else if latin {
			if run >= 3 {
				total -= float64(run) * (wCommon - wOther)
			}
			run = 0
		}
		prev = r
	}
	if latin && run >= 3 {
		total -= float64(run) * (wCommon - wOther)
	}
	return total/float64(high) + c.prior
}

// thaiOrder says whether Thai character r may follow prev: vowel signs
// written above or below a letter follow a consonant, tone marks follow a
// consonant or such a vowel sign, and a leading vowel (เ แ โ ใ ไ) is
// followed by a consonant. Characters outside Thai pass.
func thaiOrder(prev, r rune) bool {
	consonant := func(r rune) bool { return r >= 0x0E01 && r <= 0x0E2E }
	aboveBelow := func(r rune) bool { return r == 0x0E31 || r >= 0x0E34 && r <= 0x0E3A || r == 0x0E47 }
	switch {
	case aboveBelow(r):
		return consonant(prev)
	case r >= 0x0E48 && r <= 0x0E4C: // tone marks, thanthakhat
		return consonant(prev) || aboveBelow(prev)
	case prev >= 0x0E40 && prev <= 0x0E44:
		return consonant(r)
	}
	return true
}

// isOpeningSign and isClosingSign name the signs that stand before a word
// and after one in Latin-script text.
func isOpeningSign(r rune) bool {
	return r == '¿' || r == '¡' || r == '«' || r == '\u201c' || r == '\u201e'
}

func isClosingSign(r rune) bool { return r == '»' || r == '\u201d' }

// runeWeight weighs one decoded non-ASCII character for a family.
func runeWeight(fam family, common map[rune]struct{}, r rune) float64 {
	switch {
	case r == utf8.RuneError:
		return wError
	case r < 0xA0 || unicode.Is(unicode.Co, r):
		return wControl
	}
	if _, ok := common[r]; ok {
		return wCommon
	}
	cjk := fam >= famSimplified
	if cjk && r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		return wCommon
	}
	if r >= 0xFF61 && r <= 0xFF9F {
		// Half-width katakana: legal in Shift_JIS but rare in modern text,
		// while the bytes that make them are the letters of koi8-r and
		// windows-1251.
		return 0
	}
	if fam == famJapanese && (unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
		return wCommon
	}
	var ok bool
	switch fam {
	case famLatin, famCentral, famTurkish:
		ok = unicode.Is(unicode.Latin, r)
	case famArabic:
		ok = unicode.Is(unicode.Arabic, r)
	case famHebrew:
		ok = unicode.Is(unicode.Hebrew, r)
	case famThai:
		ok = unicode.Is(unicode.Thai, r)
	case famCyrillic:
		ok = unicode.Is(unicode.Cyrillic, r)
	case famGreek:
		ok = unicode.Is(unicode.Greek, r)
	case famSimplified, famTraditional:
		ok = unicode.Is(unicode.Han, r)
	case famJapanese:
		ok = unicode.Is(unicode.Han, r)
	case famKorean:
		ok = r >= 0xAC00 && r <= 0xD7A3 // Hangul syllables, not loose jamo
	}
	switch {
	case ok:
		return wScript
	case !unicode.IsLetter(r):
		return wOther
	}
	return wWrongScript
}
