package flat

import (
	"strings"
	"unicode"
)

// stopwords are a few of the commonest words of some languages, enough to
// tell a story's language from its body.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "it", "he", "she", "they"},
	"es": {"el", "la", "de", "que", "y", "los", "las", "en", "una", "por", "con", "para", "es"},
	"pt": {"o", "a", "de", "que", "e", "os", "as", "em", "um", "uma", "para", "com", "não", "é"},
	"fr": {"le", "la", "les", "de", "des", "et", "un", "une", "est", "que", "qui", "dans", "pour", "pas"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "von", "sich"},
	"it": {"il", "la", "di", "che", "e", "un", "una", "per", "non", "sono", "gli", "della", "con"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met"},
}

// detectLanguage names the language of text as a BCP 47 tag, or "" when
// unsure. Japanese, Chinese and Korean are told by their scripts; the
// others by their commonest words.
func detectLanguage(text string) string {
	if len(text) > 20000 {
		text = text[:20000]
	}
	var kana, han, hangul, letters int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.IsLetter(r):
			letters++
		}
	}
	switch {
	case kana > 20 && kana+han > letters:
		return "ja"
	case han > 20 && han > letters:
		return "zh"
	case hangul > 20 && hangul > letters:
		return "ko"
	}
	counts := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		total++
		for lang, words := range stopwords {
			for _, s := range words {
				if w == s {
					counts[lang]++
					break
				}
			}
		}
	}
	best, bestN, second := "", 0, 0
	for _, lang := range []string{"en", "es", "pt", "fr", "de", "it", "nl"} {
		n := counts[lang]
		if n > bestN {
			best, bestN, second = lang, n, bestN
		} else if n > second {
			second = n
		}
	}
	if total < 20 || bestN*10 < total || bestN*4 < second*5 {
		return ""
	}
	return best
}
