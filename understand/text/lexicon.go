package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that does not end a sentence (compared
// without the period, case-sensitive as written in news text).
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Dr": true, "Prof": true, "Rev": true, "Fr": true,
	"Gov": true, "Sen": true, "Rep": true, "Reps": true, "Sens": true, "Pres": true, "Supt": true, "Atty": true,
	"Gen": true, "Lt": true, "Col": true, "Maj": true, "Capt": true, "Cmdr": true, "Sgt": true, "Cpl": true, "Pvt": true, "Adm": true,
	"Jr": true, "Sr": true, "St": true, "Ste": true, "Mt": true, "Ft": true, "Hon": true,
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Cos": true, "Plc": true, "Assn": true, "Dept": true, "Univ": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true,
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true, "Ga": true,
	"Ill": true, "Ind": true, "Kan": true, "Kans": true, "Ky": true, "La": true, "Md": true, "Mass": true, "Mich": true, "Minn": true,
	"Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true,
	"Va": true, "Vt": true, "Wash": true, "Wis": true, "Wyo": true,
	"vs": true, "etc": true, "approx": true, "No": true, "Nos": true, "Vol": true, "Ph": true, "al": true, "cf": true, "e.g": true, "i.e": true,
}

// enderAbbreviations often end a sentence too ("Apple Inc. The company...").
var enderAbbreviations = map[string]bool{
	"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Cos": true, "Plc": true, "Jr": true, "Sr": true, "etc": true,
	"Ala": true, "Ariz": true, "Ark": true, "Calif": true, "Colo": true, "Conn": true, "Del": true, "Fla": true, "Ga": true,
	"Ill": true, "Ind": true, "Kan": true, "Ky": true, "La": true, "Md": true, "Mass": true, "Mich": true, "Minn": true,
	"Miss": true, "Mo": true, "Mont": true, "Neb": true, "Nev": true, "Okla": true, "Ore": true, "Pa": true, "Tenn": true,
	"Va": true, "Vt": true, "Wash": true, "Wis": true, "Wyo": true,
}

// IsAbbreviation reports whether word (without its final period) is an
// abbreviation whose period does not end a sentence.
func IsAbbreviation(word string) bool {
	return abbreviations[strings.TrimSuffix(word, ".")]
}

func isEnderAbbreviation(word string) bool {
	return enderAbbreviations[strings.TrimSuffix(word, ".")]
}

// sentenceOpeners are words that usually open a sentence, compared in
// lower case. They decide whether "U.S." or "Inc." ends one.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "but": true, "and": true, "or": true, "so": true,
	"yet": true, "in": true, "on": true, "at": true, "for": true, "as": true, "if": true, "when": true, "while": true, "after": true,
	"before": true, "since": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"one": true, "some": true, "many": true, "most": true, "all": true, "both": true, "each": true, "such": true, "what": true,
	"why": true, "how": true, "where": true, "who": true, "which": true, "still": true, "also": true, "however": true, "meanwhile": true,
	"now": true, "then": true, "last": true, "earlier": true, "later": true, "officials": true, "analysts": true, "critics": true,
	"although": true, "though": true, "because": true, "despite": true, "with": true, "without": true, "under": true, "by": true,
	"to": true, "from": true, "among": true, "during": true, "until": true, "about": true, "according": true,
}

// IsSentenceOpener reports whether w (any case) is a word that usually
// opens a sentence.
func IsSentenceOpener(w string) bool {
	if len(w) > 12 {
		return false
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return sentenceOpeners[string(buf[:len(w)])]
}

// Dateline finds a dateline at the start of a paragraph: an upper-case place
// name, optionally with a region or a wire in brackets, then a dash
// ("MOSCOW (Reuters) -", "WASHINGTON —", "LONDON, England (AP) —"). It
// returns the span of the place name and the offset where the story text
// starts; ok is false when p does not open with a dateline.
func Dateline(s string, p Span) (place Span, body int, ok bool) {
	i := p.Start
	// The place: upper-case words (with spaces, dots, hyphens, apostrophes).
	j := i
	letters := 0
	for j < p.End {
		r, n := utf8.DecodeRuneInString(s[j:p.End])
		if unicode.IsUpper(r) {
			letters++
			j += n
			continue
		}
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return Span{}, 0, false
		}
		if r == '-' && j+1 < p.End && s[j+1] >= 'A' && s[j+1] <= 'Z' {
			j += n
			continue
		}
		if r == ' ' || r == '.' || r == '\'' || r == '’' {
			j += n
			continue
		}
		break
	}
	if letters < 3 {
		return Span{}, 0, false
	}
	a, b := trimSpace(s, i, j)
	place = Span{a, b}
	// Then: optional ", Region", optional "(Wire)", then a dash.
	k := j
	const maxLead = 60
	for k < p.End && k-p.Start < maxLead {
		r, n := utf8.DecodeRuneInString(s[k:p.End])
		if r == '-' || r == '—' || r == '–' {
			body = k + n
			for body < p.End && (s[body] == ' ' || s[body] == '-') {
				body++
			}
			return place, body, true
		}
		if r == ':' || r == '\n' {
			return Span{}, 0, false
		}
		k += n
	}
	return Span{}, 0, false
}

// speechVerbs are the verbs of speech of news writing, in the forms that
// attribute a quote.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "told": true, "tells": true, "tell": true,
	"added": true, "adds": true, "asked": true, "asks": true, "explained": true, "explains": true,
	"noted": true, "notes": true, "stated": true, "states": true, "wrote": true, "writes": true,
	"tweeted": true, "tweets": true, "posted": true, "argued": true, "argues": true, "insisted": true, "insists": true,
	"claimed": true, "claims": true, "declared": true, "declares": true, "warned": true, "warns": true,
	"recalled": true, "recalls": true, "replied": true, "replies": true, "responded": true, "responds": true,
	"continued": true, "continues": true, "acknowledged": true, "acknowledges": true, "admitted": true, "admits": true,
	"announced": true, "announces": true, "suggested": true, "suggests": true, "observed": true, "observes": true,
	"remarked": true, "commented": true, "countered": true, "counters": true, "concluded": true, "concludes": true,
	"emphasized": true, "emphasised": true, "stressed": true, "stresses": true, "confirmed": true, "confirms": true,
	"quipped": true, "joked": true, "urged": true, "urges": true, "predicted": true, "predicts": true,
	"testified": true, "boasted": true, "complained": true, "complains": true, "conceded": true, "concedes": true,
	"cautioned": true, "lamented": true, "mused": true, "shouted": true, "yelled": true, "whispered": true,
	"agreed": true, "agrees": true, "reiterated": true, "maintained": true, "maintains": true, "contended": true,
	"contends": true, "pointed": true, "explain": true, "write": true, "recounted": true, "written": true, "comments": true, "calling": true, "describing": true, "dubbing": true, "promised": true, "pledged": true, "vowed": true, "read": true, "reads": true, "points": true,
	"described": true, "describes": true, "called": true, "calls": true, "dubbed": true, "labeled": true, "labelled": true,
	"tweet": true, "announce": true, "remembered": true, "weighed": true, "telling": true, "adding": true, "noting": true,
	"arguing": true, "warning": true, "writing": true, "explaining": true, "insisting": true, "introduced": true,
	"stating": true, "claiming": true, "recalling": true, "declaring": true, "reported": true, "reports": true, "denied": true, "denies": true,
	"clarified": true, "clarifies": true, "advised": true, "advises": true, "cautions": true, "laments": true, "muses": true,
	"jokes": true, "quips": true, "opined": true, "opines": true, "exclaimed": true, "elaborated": true, "elaborates": true,
	"assured": true, "texted": true, "emailed": true, "gushed": true, "enthused": true, "wondered": true, "wonders": true,
	"shared": true, "affirmed": true, "reasoned": true, "recounts": true,
	"inquired": true, "inquires": true, "enquired": true, "queried": true, "begged": true, "pleaded": true, "pleads": true,
	"implored": true, "demanded": true, "demands": true, "retorted": true, "interjected": true, "chimed": true,
	"vows": true, "pledges": true, "disagreed": true, "disagrees": true, "tweeting": true, "posting": true, "texting": true,
	"answered": true, "answers": true,
	"objected": true, "protested": true,
	"alleged": true, "alleges": true, "asserted": true, "asserts": true, "charged": false, "accused": false,
}

// IsSpeechVerb reports whether w (lower case) is a verb of speech.
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// namingVerbs report what someone called something rather than what they
// said ("called the investigation a “witch hunt”"); a quote after one is
// the speaker's words only when short.
var namingVerbs = map[string]bool{
	"introduced": true, "called": true, "calls": true, "described": true, "describes": true, "dubbed": true, "labeled": true, "labelled": true,
	"calling": true, "describing": true, "dubbing": true, "promised": true, "pledged": true, "vowed": true,
}

// IsNamingVerb reports whether w (lower case) is a verb of naming.
func IsNamingVerb(w string) bool { return namingVerbs[w] }

// inversionVerbs may come before their subject ("said Andrey Kortunov").
var inversionVerbs = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "asked": true, "wrote": true, "continued": true,
	"explained": true, "noted": true, "recalled": true, "replied": true, "tweeted": true, "insisted": true,
	"argued": true, "warned": true, "declared": true, "concluded": true, "countered": true, "responded": true,
	"comments": true, "commented": true, "reports": true, "reported": true, "stated": true, "asks": true, "writes": true, "explains": true, "notes": true, "admitted": true, "acknowledged": true, "cautioned": true, "quipped": true, "joked": true, "remarked": true, "observed": true, "stressed": true, "emphasized": true, "emphasised": true,
	"recalls": true, "clarified": true, "clarifies": true, "advised": true, "advises": true, "quips": true, "jokes": true, "muses": true,
	"elaborated": true, "elaborates": true, "recounted": true, "recounts": true, "shared": true, "opined": true, "exclaimed": true,
	"inquired": true, "enquired": true, "queried": true, "demanded": true, "retorted": true, "interjected": true,
	"reads": true, "read": true, "answered": true, "vowed": true, "pledged": true, "promised": true, "conceded": true,
	"complained": true, "boasted": true, "predicted": true, "urged": true, "pleaded": true, "announced": true,
}

// IsInversionVerb reports whether w (lower case) is a verb of speech that
// news writing puts before its subject ("said Andrey Kortunov").
func IsInversionVerb(w string) bool { return inversionVerbs[w] }
