package dates

import "strings"

// genericDay reports whether "today", "yesterday" or "tomorrow" at token i
// means the present age, the past or the future in general rather than a
// day, in any kind of article (nowadays adds the cases of feature
// writing):
//   - a possessive before a plural noun, with at most two words between
//     ("today's most popular brands", "yesterday's mistakes", "tomorrow's
//     AI models"), unless the noun names what happens on a day ("today's
//     talks", "yesterday's games");
//   - "today" between a noun or a relative pronoun and a verb in the
//     simple present ("shoes today come in many colours", "the city today
//     is a port", "which today is a museum", "works today outsells"),
//     unless the verb announces an event ("the court today hears") or the
//     noun is pointed at ("this strike today is");
//   - "even today";
//   - "Today," opening a sentence whose clause states how things are
//     ("Today, the theory is part of every course"; see presentStateAfter).
func (f *finder) genericDay(i int) bool {
	w := f.lower(i)
	if f.apostrophe(i + 1) { // ' or ’, not a dash
		if f.attached(i) && f.attached(i+1) && f.isWord(i+2) && f.lower(i+2) == "s" {
			if f.isWord(i-1) && f.sameSentence(i-1, i) && f.lower(i-1) == "even" {
				return true // "even today's best tools": the present age
			}
			return f.pluralAfterPossessive(i + 3)
		}
		return false
	}
	if w == "tomorrow" {
		return false
	}
	if w == "today" && f.callToAction(i) {
		return true // "Subscribe today.", "Request a demo today": no day
	}
	if w == "today" && f.presentAge(i) {
		return true
	}
	if w == "today" && f.isPunct(i+1, ',') && (f.startsSentence(i) || f.afterOpeningConjunction(i)) {
		return f.presentStateAfter(i + 2)
	}
	if w == "today" && f.startsSentence(i) && f.isWord(i+1) && openingPrepositions[f.lower(i+1)] {
		// "Today in most towns, the demand outstrips the supply": the
		// clause after the place phrase decides.
		for k := i + 2; k < i+10 && f.sameSentence(i, k); k++ {
			if f.isPunct(k, ',') {
				return f.presentStateAfter(k + 1)
			}
		}
	}
	p := i - 1
	if !f.isWord(p) || !f.sameSentence(p, i) {
		return false
	}
	prev := strings.ToLower(f.str(p))
	if prev == "even" {
		return true // "even today, few people know"
	}
	if w != "today" || isUpper(f.str(p)[0]) && !f.startsSentence(p) || notSubjects[prev] || functionWords[prev] ||
		pastCues[prev] || futureCues[prev] || beForms[prev] || strings.HasSuffix(prev, "ed") ||
		strings.HasSuffix(prev, "ly") {
		return false
	}
	if d := f.lower(p - 1); f.isWord(p-1) && (d == "this" || d == "these" || d == "those") {
		return false // "this strike today is": the strike of the day
	}
	return f.simplePresent(i + 1)
}

// presentStateAfter reports whether the clause from token k, after an
// opening "Today,", states how things are now: its first verb, within
// eight words, is a present copula or auxiliary of state ("Today, the
// theory is part of every course", "Today, clinicians can ask") not
// followed by a participle or a plan ("is launching", "is closed", "is
// set to"). A pronoun subject ("Today, we are") keeps the day.
func (f *finder) presentStateAfter(k int) bool {
	if f.isWord(k) && pronouns[strings.ToLower(f.str(k))] {
		return false
	}
	for j := k; j < k+8 && f.sameSentence(k, j); j++ {
		if f.isNum(j) || f.isPunct(j, '%') {
			continue // "Today, 70% of firms use"
		}
		if !f.isWord(j) {
			break
		}
		s := f.str(j)
		if j > k && isUpper(s[0]) {
			continue // a name in the subject
		}
		lw := strings.ToLower(s)
		if j > k && (lw == "has" || lw == "have") && !f.participleAt(j+1) {
			// "Today, the school has 900 pupils": a possession, not a
			// perfect ("has announced").
			return !f.dayCueAfter(j+1, j+5)
		}
		if pastCues[lw] || futureCues[lw] || eventVerbs[lw] || newsEventVerbs[lw] || scheduleVerbs[lw] ||
			attributionVerbs[lw] || strings.HasSuffix(lw, "ed") {
			return false
		}
		if !copulas[lw] {
			if j > k && (stateVerbs[lw] || presentS(lw)) {
				// "Today, most towns use wells", "Today, the demand
				// outstrips the supply": a simple present of how things
				// are, unless a past, a plan or an event follows it
				// ("Today, officials said").
				return !f.dayCueAfter(j+1, j+5)
			}
			continue
		}
		if !f.isWord(j + 1) {
			return true
		}
		next := strings.ToLower(f.str(j + 1))
		if strings.HasSuffix(next, "ing") || strings.HasSuffix(next, "ed") || futureCues[next] || pastCues[next] {
			return false
		}
		switch next {
		case "set", "due", "going", "to", "about", "closed", "open", "shut":
			return false
		}
		return true
	}
	return false
}

// copulas are the present forms of state an opening "Today," sentence
// describes the age with.
var copulas = map[string]bool{
	"is": true, "are": true, "has": true, "have": true, "remains": true, "remain": true, "can": true,
	"cannot": true, "exists": true, "exist": true, "seems": true, "seem": true, "stands": true,
}

// pronouns as the subject after "Today," make it a day ("Today, we
// announce").
var pronouns = map[string]bool{
	"i": true, "we": true, "he": true, "she": true, "it": true, "they": true, "you": true, "i'm": true,
	"we're": true, "it's": true, "i’m": true, "we’re": true, "it’s": true, "there": true, "this": true,
}

// pluralAfterPossessive reports whether a plural noun that is not a day's
// event comes within three words from token k (counts aside), with no function word on
// the way ("most popular brands", "AI models").
func (f *finder) pluralAfterPossessive(k int) bool {
	n := 3
	if f.isWord(k) && (f.lower(k) == "most" || f.lower(k) == "top" || strings.HasSuffix(f.lower(k), "est")) {
		n = 4 // "today's most widely used tools"
	}
	for j := k; j < k+n && f.sameSentence(k, j); j++ {
		if f.isNum(j) || numberWords[f.str(j)] > 1 {
			k++ // "today's nine platter drives": a count is no word of the phrase
			continue
		}
		if !f.isWord(j) {
			return false
		}
		s := f.str(j)
		lw := strings.ToLower(s)
		if functionWords[lw] {
			return false
		}
		if !isUpper(s[0]) && isPluralNoun(lw) {
			return !dayPlurals[lw]
		}
		if ageNouns[lw] {
			return true // "today's world", "today's threat landscape"
		}
		if j > k && (lw == "market" || lw == "industry") && !f.dayCue(strings.ToLower(f.str(j-1))) {
			return true // "today's housing market", not "today's market"
		}
	}
	return false
}

// participleAt reports whether token k is a past participle after
// "has" or "have" ("has announced", "have grown", "has been").
func (f *finder) participleAt(k int) bool {
	if !f.isWord(k) {
		return false
	}
	w := strings.ToLower(f.str(k))
	n := len(w)
	return pastCues[w] || participles[w] || perfectParticiples[w] || n > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") ||
		strings.HasSuffix(w, "wn"))
}

// perfectParticiples are irregular past participles a perfect takes
// ("has become", "have begun"), besides participles, and adverbs that
// come between ("has already").
var perfectParticiples = map[string]bool{
	"been": true, "become": true, "come": true, "gone": true, "done": true, "seen": true, "begun": true,
	"run": true, "put": true, "set": true, "cut": true, "hit": true, "let": true, "shut": true, "spread": true,
	"got": true, "had": true, "read": true, "also": true, "already": true, "just": true, "now": true,
	"since": true, "long": true, "never": true, "recently": true, "finally": true,
}

// ageNouns after "today's", within three words, name the present age,
// not the day ("today's world", "today's threat landscape").
var ageNouns = map[string]bool{
	"world": true, "society": true, "landscape": true, "economy": true, "culture": true, "generation": true,
	"youth": true, "era": true, "age": true, "environment": true, "workforce": true, "workplace": true,
	"reality": true, "climate": true, "marketplace": true,
}

// isPluralNoun guesses a plural noun from its ending: "-s" but not "-ss",
// "-us", "-is" or "-ous" ("brands", not "class", "status", "famous").
func isPluralNoun(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// simplePresent reports whether token k is a verb in the simple present
// that states how things are rather than announcing an event: a common
// verb of state ("is", "have", "come") or a third-person "-s" form that is
// no event verb ("beats", not "launches").
func (f *finder) simplePresent(k int) bool {
	if !f.isWord(k) || !f.sameSentence(k-1, k) || f.attached(k-1) {
		return false
	}
	s := f.str(k)
	if isUpper(s[0]) {
		return false
	}
	// "shares today are trading higher", "schools today remain closed",
	// "lawmakers today have voted": a progressive, a participle or a plan
	// after the verb tells of the day.
	if f.isWord(k+1) && f.sameSentence(k, k+1) {
		next := strings.ToLower(f.str(k + 1))
		if len(next) > 4 && strings.HasSuffix(next, "ed") {
			return false
		}
		if len(next) > 4 && strings.HasSuffix(next, "ing") && (beForms[s] || !stateVerbs[s] || s == "remain" ||
			s == "remains") {
			return false // not "planting a garden today means choosing"
		}
		switch next {
		case "set", "due", "expected", "scheduled", "going", "about", "closed", "open", "shut", "out", "off":
			return false
		case "under", "without", "in", "on", "at", "among", "behind", "into", "inside", "outside":
			// "the city today is under curfew", "residents today remain
			// without power": a situation of the day.
			if s == "is" || s == "are" || s == "remain" || s == "remains" {
				return false
			}
		}
	}
	if stateVerbs[s] {
		return true
	}
	if eventVerbs[s] || newsEventVerbs[s] || attributionVerbs[s] || pastCues[s] || futureCues[s] || functionWords[s] {
		return false
	}
	n := len(s)
	return n >= 4 && s[n-1] == 's' && !strings.HasSuffix(s, "ss") && !strings.HasSuffix(s, "us") &&
		!strings.HasSuffix(s, "is") && !strings.HasSuffix(s, "ous")
}

// notSubjects are words before "today" that cannot be the subject of the
// verb after it ("and today is", "but today we", "it takes today to").
var notSubjects = map[string]bool{
	"but": true, "yet": true, "so": true, "because": true, "while": true, "where": true, "when": true,
	"if": true, "then": true, "now": true, "until": true, "since": true, "than": true, "like": true,
	"about": true, "here": true, "there": true, "just": true, "only": true, "also": true, "still": true,
	"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true, "me": true,
	"us": true, "him": true, "her": true, "them": true, "takes": true, "take": true, "took": true,
	"says": true, "say": true, "tells": true, "announce": true, "announces": true, "unveil": true,
	"unveils": true, "not": true, "never": true, "all": true, "both": true, "up": true, "out": true,
	"off": true, "down": true, "over": true, "back": true, "again": true, "later": true, "earlier": true,
	"early": true, "late": true, "sale": true,
}

// stateVerbs are simple-present verbs that state how things are.
var stateVerbs = map[string]bool{
	"is": true, "are": true, "has": true, "have": true, "remain": true, "remains": true, "seem": true,
	"seems": true, "look": true, "looks": true, "live": true, "stand": true, "stands": true, "come": true,
	"comes": true, "face": true, "need": true, "needs": true, "use": true, "uses": true, "know": true,
	"knows": true, "mean": true, "means": true, "make": true, "makes": true, "get": true, "gets": true,
	"run": true, "include": true, "includes": true, "offer": true, "offers": true, "exist": true,
	"exists": true, "depend": true, "depends": true, "rely": true, "relies": true, "tend": true, "tends": true,
	"can": true, "cannot": true, "can't": true, "can’t": true, "do": true, "does": true, "don't": true,
	"doesn't": true, "don’t": true, "doesn’t": true, "must": true, "beat": true, "serve": true, "serves": true,
	"work": true, "works": true, "sit": true, "sits": true, "employ": true, "employs": true, "own": true,
	"owns": true, "want": true, "wants": true, "prefer": true, "prefers": true, "spend": true, "spends": true,
	"enjoy": true, "enjoys": true, "see": true, "sees": true, "feel": true, "feels": true, "find": true,
	"finds": true, "contain": true, "contains": true, "account": true, "accounts": true, "lag": true,
	"lags": true, "represent": true, "represents": true, "hold": true, "holds": true, "house": true,
	"houses": true, "cost": true, "costs": true, "earn": true, "earns": true, "believe": true, "believes": true,
}

// newsEventVerbs, in the present tense after "today", announce what
// happens on the day in news style ("the court today hears", "voters today
// go to the polls"), besides eventVerbs.
var newsEventVerbs = map[string]bool{
	"hears": true, "rules": true, "votes": true, "meets": true, "signs": true, "hosts": true, "visits": true,
	"testifies": true, "returns": true, "travels": true, "resumes": true, "marks": true, "celebrates": true,
	"publishes": true, "reports": true, "issues": true, "files": true, "plays": true, "go": true,
	"goes": true, "heads": true, "faces": true, "decides": true, "delivers": true, "takes": true,
}

// dayPlurals after "today's" or "yesterday's" are what happens on a day
// ("today's talks", "yesterday's games").
var dayPlurals = map[string]bool{
	"talks": true, "games": true, "matches": true, "results": true, "races": true, "events": true,
	"meetings": true, "hearings": true, "elections": true, "protests": true, "headlines": true, "deals": true,
	"numbers": true, "figures": true, "proceedings": true, "festivities": true, "celebrations": true,
	"gains": true, "losses": true, "sessions": true, "rounds": true, "fixtures": true, "sales": true,
	"announcements": true, "discussions": true, "negotiations": true, "votes": true, "arrivals": true,
	"departures": true, "flights": true, "lessons": true, "activities": true, "highlights": true,
	"scores": true, "picks": true, "specials": true, "papers": true, "episodes": true, "shows": true,
	"puzzles": true, "answers": true, "clues": true, "readings": true, "prayers": true, "services": true,
	"ceremonies": true, "tickets": true, "offers": true, "stories": true, "news": true, "winners": true,
	"odds": true, "closures": true, "strikes": true, "attacks": true, "rallies": true, "briefings": true,
}

// callToAction reports whether the sentence of token i is an appeal to the
// reader opened by an imperative of signing up, buying or giving
// ("Subscribe today.", "Sign up for our newsletter today!", "Request a
// demo today", "Never miss the news by signing up today", "Thanks for
// donating today"): "today" there means now, whenever the page is read.
func (f *finder) callToAction(i int) bool {
	k := i
	for k > 0 && k-1 >= i-24 && f.sameSentence(k-1, i) {
		k--
	}
	for k < i && !f.isWord(k) {
		k++
	}
	if k < i && f.isWord(k) && !f.sameSentence(k-1, k) || k == 0 {
		w := f.lower(k)
		if w == "please" {
			k++
			w = f.lower(k)
		}
		if !isUpper(f.str(k)[0]) && f.lower(k-1) != "please" {
			return false
		}
		switch w {
		case "never", "don't", "don’t":
			return f.lower(k+1) == "miss"
		case "thanks", "thank":
			// "Thanks for donating today"; not "Thanks, everyone,
			// for joining today", said at a meeting.
			return f.lower(k+1) == "for" || w == "thank" && f.lower(k+1) == "you" && f.lower(k+2) == "for"
		}
		return ctaVerbs[w]
	}
	return false
}

// ctaVerbs open an appeal to the reader ("Subscribe today").
var ctaVerbs = map[string]bool{
	"subscribe": true, "sign": true, "register": true, "donate": true, "order": true, "download": true,
	"shop": true, "buy": true, "request": true, "try": true, "start": true, "contact": true, "apply": true,
	"enroll": true, "enrol": true, "claim": true, "grab": true, "upgrade": true, "install": true, "get": true,
	"book": true, "schedule": true, "support": true, "give": true, "submit": true, "enter": true,
	"reserve": true, "preorder": true,
}

// presentAge reports whether "today" at token i means the present age by
// the shape of its clause, in any kind of article:
//   - "today more than ever";
//   - "still" and a verb or adjective of lasting before it ("the custom
//     still survives today", "the scars are still visible today");
//   - a pronoun and a present verb of state or perception ending a
//     relative clause ("the stars we observe today", "the firm I run
//     today", "as it is today");
//   - a participle of use after a noun ("the commonest kind used today",
//     "most paper is made today from wood");
//   - a noun of the age or of a life before it ("the world today", "their
//     lives today");
//   - a contrast with a distant past in the sentence (a year twenty years
//     or more before publication, a century, a decade), "today" not next
//     to a past, future or event verb ("the guild, founded in 1820, still
//     trains masons today", "fighting floods since the 1950s, the town
//     struggles with them today").
func (f *finder) presentAge(i int) bool {
	if f.isWord(i+3) && f.sameSentence(i, i+3) && f.lower(i+1) == "more" && f.lower(i+2) == "than" &&
		strings.ToLower(f.str(i+3)) == "ever" {
		return true
	}
	p := i - 1
	if !f.isWord(p) || !f.sameSentence(p, i) {
		return false
	}
	prev := strings.ToLower(f.str(p))
	next := ""
	if f.isWord(i+1) && f.sameSentence(i, i+1) {
		next = strings.ToLower(f.str(i + 1))
	}
	switch prev {
	case "exist", "exists":
		return true // "such shops exist today"
	case "than":
		return !f.isWord(i + 1) // "less crowded than today."
	case "of":
		// "the kitchen of today", "the kitchen of today is small", not
		// "the events of today".
		if f.isWord(p-1) && f.sameSentence(p-1, i) && (!f.isWord(i+1) || f.simplePresent(i+1)) {
			n := strings.ToLower(f.str(p - 1))
			return !dayPlurals[n] && !dayNouns[n] && !functionWords[n]
		}
		return false
	}
	// "still" and a word of lasting, with no past or future between.
	for k := p; k >= i-5 && f.isWord(k) && f.sameSentence(k, i); k-- {
		lw := strings.ToLower(f.str(k))
		if lw == "still" {
			for j := k + 1; j < i; j++ {
				if lastingWords[strings.ToLower(f.str(j))] {
					return true
				}
			}
			break
		}
		if f.dayCue(lw) {
			break
		}
	}
	if f.isWord(p-1) && f.sameSentence(p-1, i) {
		subj := strings.ToLower(f.str(p - 1))
		before := ""
		if f.isWord(p - 2) {
			before = strings.ToLower(f.str(p - 2))
		}
		// "the stars we observe today", "what we know today".
		if clausePronouns[subj] && (stateVerbs[prev] || perceptionVerbs[prev]) && f.isWord(p-2) &&
			f.sameSentence(p-2, i) && !clauseOpeners[before] && !pronouns[before] {
			return true
		}
		// "the threats small firms face today": a plural subject.
		if isPluralNoun(subj) && !isUpper(f.str(p - 1)[0]) && (stateVerbs[prev] || perceptionVerbs[prev]) &&
			!f.isUpperAt(p) && f.isWord(p-2) && f.sameSentence(p-2, i) && !clauseOpeners[before] &&
			!functionWords[before] && !dayPlurals[subj] {
			return true
		}
		// "the best kettles available today", "tools on the market today".
		if prev == "available" && isPluralNoun(subj) && !dayPlurals[subj] ||
			prev == "market" && subj == "the" && f.lower(p-2) == "on" {
			return true
		}
		// "as it is today", "than it looks today".
		if subj == "it" && (prev == "is" || prev == "looks" || prev == "stands") && comparers[before] {
			return true
		}
		// "the commonest kind used today", "paper is made today", in a
		// clause with no past or future ("the gas used today by police
		// was").
		if useParticiples[prev] && !pastAuxiliaries[subj] && subj != "been" && subj != "being" && subj != "was" &&
			subj != "were" && subj != "had" && subj != "has" && subj != "have" && !clausePronouns[subj] &&
			!f.dayCueAround(i, p) {
			return true
		}
	}
	if f.dayCue(next) {
		return false
	}
	if ageNouns[prev] || prev == "lives" || prev == "life" {
		return true // "the world today", "their lives today"
	}
	if f.superlativeBefore(i) {
		return true // "one of the busiest ports today"
	}
	return f.distantPastIn(i) && !f.dayCue(prev) && !strings.HasSuffix(prev, "ed") && !strings.HasSuffix(next, "ed")
}

// dayCueAround reports whether the clause of token i (its words on both
// sides, up to a punctuation mark) has a past, future or attribution cue
// within eight words of it, or an "-ed" word after it; token skip is not
// looked at.
func (f *finder) dayCueAround(i, skip int) bool {
	for k := i - 1; k >= i-8 && f.isWord(k) && f.sameSentence(k, i); k-- {
		if lw := strings.ToLower(f.str(k)); k != skip && (pastCues[lw] || futureCues[lw] || attributionVerbs[lw]) {
			return true
		}
	}
	for k := i + 1; k <= i+8 && f.isWord(k) && f.sameSentence(k, i); k++ {
		lw := strings.ToLower(f.str(k))
		if pastCues[lw] || futureCues[lw] || attributionVerbs[lw] ||
			len(lw) > 4 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") {
			return true
		}
	}
	return false
}

// superlativeBefore reports whether a plural noun before "today" follows a
// superlative of a part ("of the", "among the") within four words, with
// only words of its noun phrase between ("one of the busiest ports today",
// "among the most common tools today"), and is no day's event ("the best
// deals today").
func (f *finder) superlativeBefore(i int) bool {
	p := i - 1
	prev := strings.ToLower(f.str(p))
	if !isPluralNoun(prev) || dayPlurals[prev] || isUpper(f.str(p)[0]) {
		return false
	}
	for k := p - 1; k >= p-4 && f.isWord(k) && f.sameSentence(k, i); k-- {
		lw := strings.ToLower(f.str(k))
		if lw == "most" || lw == "best" || lw == "largest" || lw == "biggest" || len(lw) > 5 && strings.HasSuffix(lw, "est") {
			return f.lower(k-1) == "the" && (f.lower(k-2) == "of" || f.lower(k-2) == "among")
		}
		if functionWords[lw] || f.dayCue(lw) || stateVerbs[lw] {
			return false
		}
	}
	return false
}

// dayCue reports whether the word w next to "today" ties it to a day: a
// past, future or event verb or an attribution.
func (f *finder) dayCue(w string) bool {
	return pastCues[w] || futureCues[w] || eventVerbs[w] || newsEventVerbs[w] || attributionVerbs[w] ||
		scheduleVerbs[w]
}

// distantPastIn reports whether the sentence of token i names a year at
// least twenty years before publication, a century or a decade ("in 1890",
// "the 14th century", "since the 1970s").
func (f *finder) distantPastIn(i int) bool {
	if !f.hasAnchor {
		return false
	}
	limit := f.anchor.Year() - 20
	s := f.toks[i].sentence
	for k := i - 1; k >= 0 && k >= i-60 && f.toks[k].sentence == s; k-- {
		if f.distantPastAt(k, limit) {
			return true
		}
	}
	for k := i + 1; k < len(f.toks) && k <= i+30 && f.toks[k].sentence == s; k++ {
		if f.distantPastAt(k, limit) {
			return true
		}
	}
	return false
}

func (f *finder) distantPastAt(k, limit int) bool {
	if f.isNum(k) {
		t := f.str(k)
		if len(t) != 4 {
			return false
		}
		y := int(t[0]-'0')*1000 + int(t[1]-'0')*100 + int(t[2]-'0')*10 + int(t[3]-'0')
		return y >= 1000 && y <= limit
	}
	if !f.isWord(k) {
		return false
	}
	switch f.lower(k) {
	case "century", "centuries":
		return true
	}
	return false
}

// openingPrepositions may start a phrase of place or circumstance between
// an opening "Today" and its clause ("Today in most towns, …").
// dayNouns before "of today" are what happens on a day ("the events of
// today"), besides dayPlurals.
var dayNouns = map[string]bool{
	"meeting": true, "session": true, "hearing": true, "game": true, "match": true, "vote": true, "event": true,
	"edition": true, "episode": true, "show": true, "news": true, "end": true, "start": true, "rest": true,
	"morning": true, "afternoon": true, "evening": true, "date": true, "part": true, "half": true,
}

var openingPrepositions = map[string]bool{
	"in": true, "across": true, "around": true, "throughout": true, "among": true, "for": true,
}

// lastingWords after "still" say that something lasts into the present
// ("still survives", "still visible").
var lastingWords = map[string]bool{
	"continue": true, "continues": true, "exist": true, "exists": true, "survive": true, "survives": true,
	"persist": true, "persists": true, "stand": true, "stands": true, "present": true, "visible": true,
	"used": true, "leaves": true, "haunts": true, "haunt": true, "shapes": true, "shape": true, "lingers": true,
	"linger": true, "felt": true, "relevant": true, "popular": true, "alive": true, "around": true,
	"holds": true, "hold": true,
}

// clausePronouns are the subjects of a relative clause ending in "today"
// ("the stars we observe today").
var clausePronouns = map[string]bool{"we": true, "i": true, "you": true, "they": true}

// clauseOpeners before such a pronoun start an adverbial clause, whose
// "today" is a day ("before we learn today how").
var clauseOpeners = map[string]bool{
	"before": true, "after": true, "when": true, "if": true, "until": true, "since": true, "so": true,
	"because": true, "and": true, "but": true, "or": true, "here": true, "now": true, "then": true,
	"while": true, "once": true, "where": true, "why": true, "as": true, "than": true,
}

// comparers before "it is today" make a comparison with the present
// ("as it is today", "than it is today").
var comparers = map[string]bool{"as": true, "than": true, "what": true, "how": true, "way": true, "where": true}

// perceptionVerbs, in the present after a pronoun, see the present age
// ("the stars we observe today").
var perceptionVerbs = map[string]bool{
	"observe": true, "witness": true, "experience": true, "face": true, "inhabit": true, "enjoy": true,
	"recognize": true, "recognise": true, "call": true, "consider": true, "understand": true,
}

// useParticiples after a noun and before "today" say how a thing is used
// in the present age ("the commonest kind used today").
var useParticiples = map[string]bool{
	"used": true, "sold": true, "spoken": true, "practised": true, "practiced": true, "known": true,
	"regarded": true, "generated": true, "produced": true, "employed": true, "manufactured": true,
	"grown": true, "worn": true, "eaten": true, "understood": true, "built": true, "made": true,
}

// presentS guesses a third-person present verb from its "-s" ending, not
// one that announces an event ("outstrips", not "launches").
func presentS(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' || eventVerbs[w] || newsEventVerbs[w] || attributionVerbs[w] {
		return false
	}
	for _, end := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return w != "perhaps" && w != "sometimes" && w != "always"
}

// dayCueAfter reports whether a past or future cue, an attribution, an
// "-ed" word or an "-ing" after a form of "be" comes in tokens [from, to)
// of one sentence, or an event verb at from (later, "files" or "plays" may
// be nouns).
func (f *finder) dayCueAfter(from, to int) bool {
	for j := from; j < to && f.isWord(j) && f.sameSentence(from-1, j); j++ {
		lw := strings.ToLower(f.str(j))
		if pastCues[lw] || futureCues[lw] || attributionVerbs[lw] || j == from && f.dayCue(lw) ||
			len(lw) > 4 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") {
			return true
		}
		if len(lw) > 4 && strings.HasSuffix(lw, "ing") && beForms[strings.ToLower(f.str(j-1))] {
			return true
		}
	}
	return false
}

// apostrophe reports whether token k is "'" or "’" (not another
// punctuation mark whose UTF-8 form starts like it, such as a dash).
func (f *finder) apostrophe(k int) bool {
	return f.isPunct(k, '\'') || f.isPunct(k, 0xE2) && strings.HasPrefix(f.text[f.toks[k].start:], "’")
}

// isUpperAt reports whether the word at token k starts with a capital.
func (f *finder) isUpperAt(k int) bool {
	s := f.str(k)
	return s != "" && isUpper(s[0])
}

// afterOpeningConjunction reports whether token i follows a "But", "Yet"
// or "And" that opens its sentence ("But today, such tools are
// everywhere").
func (f *finder) afterOpeningConjunction(i int) bool {
	if !f.isWord(i-1) || !f.sameSentence(i-1, i) || !f.startsSentence(i-1) {
		return false
	}
	switch f.str(i - 1) {
	case "But", "Yet", "And":
		return true
	}
	return false
}
