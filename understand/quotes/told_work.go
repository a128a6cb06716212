package quotes

import "github.com/ledehq/lede/understand/text"

// toldWork reports whether the work noun at token k ("show", "podcast")
// is the one a verb of telling addresses ("told the Morning Hour show,
// “…”"): a verb of telling, "the" and capitalised words (or "TV", "radio")
// come right before it.
func (f *finder) toldWork(k int) bool {
	j := k - 1
	for j > 0 && k-j <= 6 && (text.IsCapitalized(f.word(j)) || f.word(j) == "radio" || f.word(j) == "news") && f.word(j) != "The" {
		j--
	}
	if j > 0 && (f.word(j) == "the" || f.word(j) == "The") {
		j--
	}
	switch f.word(j) {
	case "told", "tells", "telling", "tell":
		return true
	case "to":
		return j > 0 && (isSpeechVerb(f.word(j-1)) || f.word(j-1) == "Speaking" || f.word(j-1) == "speaking" || f.word(j-1) == "Talking" || f.word(j-1) == "talking")
	}
	return false
}
