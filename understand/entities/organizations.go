package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede/understand/text"
)

// Organizations: organization words and nouns, employers of roles,
// acronyms, camel-cased brands, products that are no people, documents,
// teams and parties.

func (f *finder) hasOrgWord(a, b int) bool {
	for i := a; i < b; i++ {
		if isOrgWord(f.str(i)) {
			return true
		}
	}
	// (a last organization word after a title and "of" ends a role's
	// field: "Head of Research")
	return b-a >= 2 && (lastOrgWords[f.str(b-1)] && !isTitleHead(f.str(a)) && !roleNouns[lowerASCII(f.str(a))] ||
		institutionEnds[f.str(b-1)] && f.hasConnector(a, b, "and"))
}

// campusAfterComma returns the end of a campus's town after a comma that
// closes a university's name ("University of California, Davis"), or b
// when none follows: one to three capitalised words the gazetteer knows as
// a town, ending the name.
func (f *finder) campusAfterComma(a, b int) int {
	if b-a < 3 || f.str(a) != "University" || f.str(a+1) != "of" || b+1 >= len(f.doc.Tokens) || f.str(b) != "," {
		return b
	}
	e := b + 1
	for e < len(f.doc.Tokens) && e < b+4 && f.isCapWord(e) {
		e++
	}
	if e == b+1 || e < len(f.doc.Tokens) && f.isCapWord(e) {
		return b
	}
	town, _, _ := f.spanText(b+1, e)
	if f.known(town) || f.opts.MaybePlace != nil && f.opts.MaybePlace(town) {
		return e
	}
	return b
}

// ordinalWord reports whether w is an ordinal written with digits ("4th",
// "21st", "2nd").
func ordinalWord(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '1' || w[0] > '9' {
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// hasNumberedUnit reports whether tokens [a, b) name a body that comes
// numbered: a court, a circuit, a district, a military unit, a precinct.
func (f *finder) hasNumberedUnit(a, b int) bool {
	for i := a; i < b; i++ {
		switch f.str(i) {
		case "Court", "Circuit", "District", "Division", "Precinct", "Ward", "Army", "Fleet", "Brigade", "Battalion",
			"Regiment", "Squadron", "Corps", "Infantry", "Cavalry", "Armored", "Airborne", "Congress", "Congressional":
			return true
		}
	}
	return false
}

// isOrgWord reports whether w is an organization word, also as a
// capitalised part of a hyphenated word ("Post-Gazette", "News-Register").
func isOrgWord(w string) bool {
	if orgWords[w] {
		return true
	}
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || w[k+1] < 'A' || w[k+1] > 'Z' {
		return false
	}
	return orgWords[w[:k]] || orgWords[w[k+1:]]
}

// employerContext reports whether the span at a follows "ROLE at|of|for
// (the)": "equity strategist at Miller Tabak".
func (f *finder) employerContext(a int) bool {
	d := f.doc
	if a >= 3 && f.str(a-1) == "and" && f.isCapWord(a-2) {
		// "analysts at Jefferson and Brenmoor": the second employer.
		j := a - 2
		for j > 0 && f.isCapWord(j-1) {
			j--
		}
		if j >= 2 && f.str(j-1) == "at" {
			return f.employerContext(j)
		}
	}
	k := a - 1
	if k >= 0 && f.str(k) == "the" {
		k--
	}
	if k < 1 || d.Tokens[k].Kind != text.Word {
		return false
	}
	p := f.str(k)
	if p != "at" && p != "of" && p != "for" && p != "with" {
		return false
	}
	if p == "of" && !f.isLowerWord(k-1) {
		return false // "the Artist of the Decade award": a title, no employer
	}
	if p == "at" && groupNouns[lowerASCII(f.str(k-1))] && professionPlurals[lowerASCII(f.str(k-1))] {
		return true // "analysts at Jefferies"
	}
	if p != "at" && f.str(a-1) != "the" && !roleNouns[f.str(k-1)] {
		return false
	}
	if p == "with" && f.str(k-1) == "head" || f.str(k-1) == "member" {
		return false // "hit him in the head with Rudd's helmet"; "a member of the Orion 7 team"
	}
	if p == "at" && d.Tokens[k-1].Kind == text.Word && jobNouns[lowerASCII(f.str(k-1))] {
		return true // "a consulting position at Aon", "her internship at Zentrix"
	}
	return d.Tokens[k-1].Kind == text.Word && roleNouns[lowerASCII(f.str(k-1))] && !titleHeads[f.str(k-1)]
}

// jobNouns before "at" name a post at an employer.
var jobNouns = map[string]bool{
	"position": true, "job": true, "role": true, "internship": true, "stint": true, "tenure": true, "post": true,
	"career": true, "residency": true, "fellowship": true, "apprenticeship": true, "placement": true,
}

// orgNounContext reports whether an organization noun names the span:
// right before it ("company Coty"), in an appositive after it ("Zentrix,
// the little-known firm"), or heading the sentence it is an
// appositive of ("The group that owns her music, Big Machine, says").
func (f *finder) orgNounContext(a, b, sentence int) bool {
	d := f.doc
	if a > 0 && d.Tokens[a-1].Kind == text.Word && orgNouns[f.str(a-1)] {
		return true
	}
	if b+1 < len(d.Tokens) && f.str(b) == "," {
		for k := b + 1; k < len(d.Tokens) && k <= b+5; k++ {
			t := d.Tokens[k]
			if t.Kind != text.Word {
				break
			}
			if orgNouns[f.str(k)] {
				return k > b+1 // after a determiner or an adjective
			}
			if k == b+1 && !(f.str(k) == "the" || f.str(k) == "a" || f.str(k) == "an") {
				break
			}
		}
	}
	s := d.Sentences[sentence]
	if a >= 2 && f.str(a-1) == "," && b < s.Last && f.str(b) == "," && s.Last-s.First > 2 &&
		f.str(s.First) == "The" && orgNouns[f.str(s.First+1)] && d.Tokens[s.First+2].Kind != text.Possessive {
		return true // (not "The company's chairman, N. Chandrasekaran, told")
	}
	return false
}

func (f *finder) hasAmpersand(a, b int) bool {
	for i := a + 1; i < b-1; i++ {
		if f.str(i) == "&" {
			return true
		}
	}
	return false
}

func (f *finder) addOrg(a, b, sentence int) {
	if b == a+1 && orgWords[f.str(a)] && !knownOrgs[f.str(a)] && !text.IsAllCaps(f.str(a)) {
		return // a bare organization word ("Publishing", "Council") names nothing
	}
	// "Founder of Ceres Robotics Inc.": the organization follows the title.
	for k := a; k < b-2; k++ {
		if (titleHeads[f.str(k)] || f.str(k) == "and") && f.str(k+1) == "of" {
			a = k + 2
			break
		}
		if !titleHeads[f.str(k)] && f.str(k) != "and" {
			break
		}
	}
	a = f.extendToAcronym(a, b)
	if a > 0 && ordinalWord(f.str(a-1)) && f.tok(a-1).End+1 == f.tok(a).Start && f.hasNumberedUnit(a, b) {
		a-- // "the 4th District Court of Appeal", "the 9th Circuit": the number is the body's
	}
	if e := f.campusAfterComma(a, b); e > b {
		b = e // "the University of California, Berkeley": one campus
	}
	name, start, end := f.spanText(a, b)
	// "Acme Foods Inc." and "Acme Foods", "the British Foreign Office" and
	// "the Foreign Office": one organization, the short form an alias.
	short := shortOrgName(name)
	okey := string(rune('0' + Organization))
	if short != name {
		if e0, ok := f.byName[okey+short]; ok {
			f.byName[okey+name] = e0
		}
	}
	e := f.addNamed(Organization, name, start, end, sentence)
	if short != name {
		if _, ok := f.byName[okey+short]; !ok {
			f.byName[okey+short] = e
		}
		f.addAlias(e, short)
	}
	// "Federal Bureau of Investigation (FBI)": the acronym is an alias.
	d := f.doc
	if b+2 < len(d.Tokens) && f.str(b) == "(" && f.str(b+2) == ")" && text.IsAllCaps(f.str(b+1)) {
		f.addAlias(e, f.str(b+1))
		f.byName[f.str(b+1)] = e
		t := d.Tokens[b+1]
		f.addMention(e, t.Start, t.End, sentence)
	}
}

// isAcronym reports whether token i is an acronym that may name an
// organization ("FBI"): two to six ASCII capitals or digits, not a word the
// text also writes in lower case, not one of a run of capitalised words
// (a shouted heading), not a known non-organization acronym.
func (f *finder) isAcronym(i int) bool {
	w := f.str(i)
	if len(w) < 2 || len(w) > 6 || !text.IsAllCaps(w) || notOrgAcronyms[w] || knownOrgs[w] || credentials[w] && !usStateCodes[w] {
		return knownOrgs[w] // (not "FACP", "CFP": a credential)
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if !(c >= 'A' && c <= 'Z' || c == '&') {
			return false // "PS4", "RAV4": a model, not an organization
		}
	}
	if f.doc.WrittenLower(strings.ToLower(w)) || stopCaps[titleCase(w)] || text.IsSentenceOpener(strings.ToLower(w)) {
		return false // "ONLY", "BEFORE": a shouted word
	}
	d := f.doc
	if i > 0 && d.Tokens[i-1].Kind == text.Word && emphasisBefore[lowerASCII(f.str(i-1))] &&
		!(i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == text.Possessive) {
		return false // "range is HUGE", "a REALLY big deal": a word of emphasis
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(d.Tokens) && d.Tokens[j].Kind == text.Word && text.IsAllCaps(f.str(j)) && len(f.str(j)) > 1 && !f.known(f.str(j)) {
			return false
		}
	}
	return true
}

// orgByInitials finds an organization whose capitalised words' initials
// spell acr ("Federal Bureau of Investigation" → "FBI").
func (f *finder) orgByInitials(acr string) int {
	for e := range f.res.Entities {
		ent := &f.res.Entities[e]
		if ent.Kind != Organization {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(ent.Name) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if b.Len() >= 2 && b.String() == acr {
			return e
		}
	}
	return -1
}

// isDomain reports whether w is a web address ("Annuity.org").
func isDomain(w string) bool {
	k := strings.LastIndexByte(w, '.')
	return k > 0 && k+2 < len(w) && w[k+1] >= 'a' && w[k+1] <= 'z'
}

// camelCase reports whether w has a capital after a lower-case letter
// ("ClassPass", "CData"), as brands do, past the prefixes of surnames
// ("McDonald", "LeCun", "DeSantis").
func camelCase(w string) bool {
	// "QRLabs", "JPMorgan": three capitals or more, then a lower-case
	// word ("CEOs" is a plural).
	caps := 0
	for caps < len(w) && w[caps] >= 'A' && w[caps] <= 'Z' {
		caps++
	}
	if caps >= 3 && len(w)-caps >= 2 && w[caps] >= 'a' && w[caps] <= 'z' && strings.ToLower(w[caps:]) == w[caps:] {
		return true
	}
	for _, pre := range []string{"Mc", "Mac", "Le", "La", "De", "Di", "Da", "Du", "Van", "Von", "Fitz", "O’", "O'"} {
		if strings.HasPrefix(w, pre) {
			w = w[len(pre):]
			break
		}
	}
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// speaksAsOrganization reports whether a single-word speaker at token i is
// an organization: the article goes on about it with "its" before any
// personal pronoun ("Nomura said … its clients").
func (f *finder) speaksAsOrganization(i int) bool {
	d := f.doc
	if len(d.Sentences) == 0 {
		return false
	}
	si := f.sentenceOf(i)
	if s := d.Sentences[si]; i < s.First || i >= s.Last {
		return false
	}
	end := d.Sentences[min(si+1, len(d.Sentences)-1)].Last
	for k := i + 1; k < end; k++ {
		if d.Tokens[k].Kind != text.Word {
			continue
		}
		switch f.str(k) {
		case "its", "Its":
			return true
		case "he", "she", "his", "her", "him", "He", "She", "His", "Her", "himself", "herself":
			return false
		}
	}
	return false
}

// personOfEmployer returns the index of the "of" or "at" in [a, b) when the
// words before it are a person's name that context or a given name vouches
// for and the words after it an employer ("said geologist Rosaly Lopes of
// NASA"), or -1.
func (f *finder) personOfEmployer(a, b int) int {
	for c := a + 2; c < b-1 && c <= a+4; c++ {
		w := f.str(c)
		if w != "of" && w != "at" {
			continue
		}
		if !f.nameLike(a, c) || f.hasOrgWord(a, c) || f.known(f.doc.Text[f.tok(a).Start:f.tok(c-1).End]) {
			return -1
		}
		if f.isGiven(f.str(a)) && !f.commonGivenPhrase(a, c) || f.hasInitial(a, c) || f.roleBefore(a) != "" ||
			a > 0 && f.tok(a-1).Kind == text.Word && text.IsInversionVerb(lowerASCII(f.str(a-1))) {
			return c // (not "Why Might Quickly Surpass Spending of Roads": a title's words)
		}
		return -1
	}
	return -1
}

// ownsLikeOrganization reports whether the single word at token i is
// written as a business: followed by a possessive and what a company has
// ("WeWork’s employees", "Coty’s shares"), by such a thing with no
// possessive ("WeWork employees", "Coty shares"), or after "shares of".
func (f *finder) ownsLikeOrganization(i int) bool {
	d := f.doc
	n := len(d.Tokens)
	if i+2 < n && d.Tokens[i+1].Kind == text.Possessive && d.Tokens[i+2].Kind == text.Word && companyHas[f.str(i+2)] {
		return true
	}
	if i+1 < n && d.Tokens[i+1].Kind == text.Word && companyHasPlain[f.str(i+1)] && i > 0 && d.Tokens[i-1].Kind == text.Word &&
		f.isLowerWord(i-1) && !strings.HasSuffix(f.str(i), "ing") && !strings.HasSuffix(f.str(i), "ed") {
		// "WeWork employees", "Coty shares"; not "Give employees" or
		// "Senior executives" opening a sentence.
		return true
	}
	return i >= 2 && f.str(i-1) == "of" && (f.str(i-2) == "shares" || f.str(i-2) == "stock")
}

// companyHasPlain are the things of a company that follow its bare name
// ("WeWork employees"), unlike a person's.
var companyHasPlain = map[string]bool{
	"shares": true, "stock": true, "employees": true, "shareholders": true, "subscribers": true, "headquarters": true,
	"executives": true, "stores": true,
}

// companyHas are the things a company has ("WeWork’s employees").
var companyHas = map[string]bool{
	"CEO": true, "ceo": true, "shares": true, "stock": true, "employees": true, "staff": true, "workers": true,
	"headquarters": true, "board": true, "shareholders": true, "investors": true, "customers": true, "subscribers": true,
	"revenue": true, "revenues": true, "profit": true, "profits": true, "earnings": true, "subsidiary": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "website": true, "app": true, "platform": true,
	"co-founder": true, "cofounder": true, "chairman": true, "valuation": true, "IPO": true, "stores": true,
}

// itsAfterVerb reports whether a verb of speech right after token b (over
// auxiliaries) is followed by "its" ("said its sales fell"): an
// organization speaking of itself.
func (f *finder) itsAfterVerb(b int) bool {
	d := f.doc
	k := b
	for k < len(d.Tokens) && k < b+3 && d.Tokens[k].Kind == text.Word && auxiliaries[f.str(k)] {
		k++
	}
	if k+1 >= len(d.Tokens) || !text.IsSpeechVerb(f.str(k)) {
		return false
	}
	n := k + 1
	if f.str(n) == "that" && n+1 < len(d.Tokens) {
		n++
	}
	return f.str(n) == "its"
}

// thingDeterminers before a capitalised word make it a brand or a thing,
// not a person ("an Audi", "the Audi e-tron", "its Audi").
var thingDeterminers = map[string]bool{
	"a": true, "an": true, "the": true, "The": true, "its": true, "their": true, "every": true, "this": true, "that": true,
	"his": true, "her": true, "my": true, "your": true, "our": true,
}

// writtenAsThing reports whether the article writes the word w, a
// one-word speaker, after a determiner somewhere
// ("“Our cars are safe,” Audi says … the new Audi"): a brand, not a person.
func (f *finder) writtenAsThing(w string) bool {
	given := f.isGiven(w)
	d := f.doc
	for _, k := range f.capPositions(w) {
		if k == 0 {
			continue
		}
		j := k - 1
		for j > 0 && d.Tokens[j].Kind == text.Word && (f.str(j) == "new" || f.str(j) == "latest" || f.str(j) == "first") {
			j-- // "the new Audi"
		}
		if d.Tokens[j].Kind != text.Word || !thingDeterminers[f.str(j)] {
			continue
		}
		if given && j == k-1 {
			continue // "my Steve", "the Jordan of today": a given name needs "the new"
		}
		if k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Word && familyNouns[f.str(k+1)] {
			continue
		}
		if k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Possessive {
			continue // "the Smith's" is more likely a typo of a family name
		}
		return true
	}
	return false
}

// shortOrgName returns an organization's name less a corporate suffix
// ("Acme Foods Inc." → "Acme Foods") or less a nationality before a
// government body ("British Foreign Office" → "Foreign Office"), or name.
func shortOrgName(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	if last := words[len(words)-1]; corporateSuffixes[last] {
		short := strings.TrimSuffix(strings.TrimSuffix(name, last), " ")
		return strings.TrimSuffix(short, ",")
	}
	national := words[0] == "U.S." || words[0] == "US" || words[0] == "UK" || words[0] == "U.K."
	if len(words) >= 3 && (isDemonym(words[0], false) || national) && governmentBodies[words[len(words)-1]] ||
		len(words) >= 3 && national && institutionEnds[words[len(words)-1]] {
		return strings.Join(words[1:], " ") // "Brenmoor Securities and Harbour Commission"
	}
	return name
}

// camelBrand reports whether w is written like a company's name with an
// inner capital ("ZentaWork", "QuillFact"): each capital followed by
// lower-case letters, at most three capitals, and no mention of it in the
// article reads as a product's ("Acme AirBuds", "Acme’s AirBuds", "the
// AirBuds", "AirBuds 2", "AirBuds Pro").
func (f *finder) camelBrand(w string) bool {
	if !camelCase(w) || notOrgAcronyms[strings.ToUpper(w)] {
		return false
	}
	if f.brands == nil {
		f.brands = f.camelProducts()
	}
	if f.brands[w] {
		return false
	}
	return f.camelShape(w)
}

// camelProducts returns the words with inner capitals that some mention
// writes as a product: after a brand, a possessive or a determiner, or
// before a number or a capitalised word. One pass over the article.
func (f *finder) camelProducts() map[string]bool {
	out := map[string]bool{}
	d := f.doc
	for k := range d.Tokens {
		if d.Tokens[k].Kind != text.Word || !f.isCapWord(k) {
			continue
		}
		w := f.str(k)
		if !camelCase(w) || out[w] {
			continue
		}
		if k > 0 {
			pt := d.Tokens[k-1]
			pw := f.str(k - 1)
			if pt.Kind == text.Possessive || pt.Kind == text.Word && (f.isCapWord(k-1) && pt.End+1 == d.Tokens[k].Start || productDeterminers[pw]) {
				out[w] = true
				continue
			}
		}
		if k+1 < len(d.Tokens) {
			nt := d.Tokens[k+1]
			if nt.Kind == text.Number || nt.Kind == text.Word && f.isCapWord(k+1) {
				out[w] = true
			}
		}
	}
	return out
}

// camelShape reports whether w has a company's shape: each capital
// followed by lower-case letters, at most three capitals, letters only.
func (f *finder) camelShape(w string) bool {
	caps := 0
	prevUpper := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			if prevUpper {
				return false
			}
			caps++
			prevUpper = true
		case unicode.IsLower(r):
			prevUpper = false
		default:
			return false
		}
	}
	return !prevUpper && caps <= 3
}

// productDeterminers before a word with an inner capital make it a
// product ("the AirBuds", "a new HomeHub"), not a company.
var productDeterminers = map[string]bool{
	"the": true, "The": true, "a": true, "an": true, "another": true, "new": true, "your": true, "my": true, "his": true,
	"her": true, "their": true, "our": true, "its": true,
}

// orgByFirstWord returns the organization whose name is w followed only
// by organization words or a corporate suffix ("Brightwater Foods",
// "Brightwater Inc."), when exactly one is; else -1.
func (f *finder) orgByFirstWord(w string) int {
	if isDemonym(w, f.isGiven(w)) {
		return -1 // "Arab states" is no mention of the Arab League
	}
	if f.orgFirst == nil {
		// Indexed once: pass 1 made the organizations of several words.
		f.orgFirst = map[string][]int{}
		for e := range f.res.Entities {
			ent := &f.res.Entities[e]
			if first, _, ok := strings.Cut(ent.Name, " "); ok && ent.Kind == Organization {
				f.orgFirst[first] = append(f.orgFirst[first], e)
			}
		}
	}
	found := -1
	for _, e := range f.orgFirst[w] {
		ent := &f.res.Entities[e]
		rest := strings.Fields(ent.Name[len(w)+1:])
		ok := len(rest) > 0
		for _, r := range rest {
			if !orgWords[r] && !corporateSuffixes[r] {
				ok = false
			}
		}
		if !ok && len(rest) <= 3 && f.known(ent.Name[len(w)+1:]) {
			ok = true // "Ascom North America": the firm's branch in a region
		}
		if !ok {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// institutionPrefix reports whether tokens [a, k) open with an
// organization or a place ("United Nations High", "UN Special", "EU").
func (f *finder) institutionPrefix(a, k int) bool {
	for e := k; e > a; e-- {
		pre, _, _ := f.spanText(a, e)
		if knownOrgs[pre] || f.known(pre) || e == a+1 && f.isAcronym(a) {
			return true
		}
	}
	return false
}

// employerOfRole reports whether the single capitalised word at token i
// stands before a role and a person's name, as their employer ("Hawks
// coach Bruno Dessal", "Owls defensive captain Tam Heyden"): up to
// two lower-case modifiers, a role noun, then a capitalised name. Words
// that qualify rather than employ (demonyms, parties, "Former") and given
// names do not count.
func (f *finder) employerOfRole(i int) bool {
	d := f.doc
	w := f.str(i)
	if hyphenTail(w) || isDemonym(w, f.isGiven(w)) || modifierCaps[w] || f.isGiven(w) || titleHeads[w] || stopCaps[w] || notNameWords[w] ||
		roleNouns[lowerASCII(w)] || groupNouns[lowerASCII(w)] || len(w) < 3 {
		return false
	}
	if i > 0 && d.Tokens[i-1].Kind == text.Word && f.isCapWord(i-1) {
		return false // part of a longer name
	}
	if isOrgWord(w) || f.opensSentence(i) && (f.doc.WrittenLower(lowerASCII(w)) || adjectiveLike(w) || roleCompoundNouns[lowerASCII(w)]) && !f.capitalisedInside(w) {
		return false // "Union president X", "Local farmer Y", "Career coach Z": a word, no name
	}
	return f.roleAndNameAfter(i + 1)
}

// employerName reports whether [a, b), after "TITLE of", names an
// employer: not a known place ("Mayor of London"), not a government
// portfolio ("Minister of Finance", "Secretary of State"), not one word
// before the employer's "at" ("Director of Planting at Quill Trust").
func (f *finder) employerName(a, b int) bool {
	name, _, _ := f.spanText(a, b)
	if f.known(name) || b == a+1 && (portfolios[name] || notNameWords[name]) || !text.IsCapitalized(f.str(a)) {
		return false
	}
	if b == a+1 && b+1 < len(f.doc.Tokens) && (f.str(b) == "at" || f.str(b) == "for") && f.isCapWord(b+1) && !knownOrgs[name] && !text.IsAllCaps(name) {
		return false // "Director of Planting at Quill Trust": a field; the employer follows
	}
	return true
}

// portfolios are the fields of government a title's "of" names.
var portfolios = map[string]bool{
	"Finance": true, "Defense": true, "Defence": true, "Health": true, "Education": true, "Justice": true, "Energy": true,
	"Agriculture": true, "Commerce": true, "Labor": true, "Labour": true, "Interior": true, "Transport": true,
	"Transportation": true, "Treasury": true, "Staff": true, "Police": true, "Communications": true, "Operations": true,
	"Trade": true, "Culture": true, "Tourism": true, "Economy": true, "Housing": true, "Homeland": true, "Security": true,
}

// teamName reports whether the plural capitalised word at token i, after
// "the" inside a sentence, names a team or a band ("beat the Hawks", "the
// Hawks’ win"): not a nationality, a family ("the Smiths" of Jane
// Smith), a word the article writes in lower case, and written at least
// twice in the article.
func (f *finder) teamName(i int) bool {
	w := f.str(i)
	n := len(w)
	if i < 2 || f.str(i-1) != "the" || !f.isLowerWord(i-2) && f.str(i-2) != "," || n < 5 || w[n-1] != 's' ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "us") ||
		isDemonym(w, false) || notNameWords[w] || isOrgWord(w) || f.doc.WrittenLower(lowerASCII(w)) || f.known(w) || camelCase(w) {
		return false
	}
	if _, ok := f.bySurname[w[:n-1]]; ok {
		return false // "the Bidens"
	}
	return f.wordCount(w) >= 2
}

// extendToAcronym returns where an organization's name starts when the
// acronym in brackets after it spells the initials of more words before
// it, joined by "and", "of" or "for" ("Independent Electoral and
// Boundaries Commission (IEBC)"), else a.
func (f *finder) extendToAcronym(a, b int) int {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "(" || f.str(b+2) != ")" || !text.IsAllCaps(f.str(b+1)) {
		return a
	}
	acr := f.str(b + 1)
	initials := func(a, b int) string {
		var sb strings.Builder
		for i := a; i < b; i++ {
			if w := f.str(i); w != "" && w[0] >= 'A' && w[0] <= 'Z' {
				sb.WriteByte(w[0])
			}
		}
		return sb.String()
	}
	have := initials(a, b)
	if len(have) >= len(acr) || !strings.HasSuffix(acr, have) {
		return a
	}
	k := a
	for k >= 2 && len(initials(k, b)) < len(acr) {
		if c := f.str(k - 1); (c == "and" || c == "of" || c == "for" || c == "&") && f.isCapWord(k-2) {
			k -= 2
			for k > 0 && f.isCapWord(k-1) && len(initials(k, b)) < len(acr) {
				k--
			}
			continue
		}
		if f.isCapWord(k - 1) {
			k--
			continue
		}
		break
	}
	if initials(k, b) == acr {
		return k
	}
	return a
}

// documentWords before a number name a document, not a body ("Senate Bill
// 8", "Proposition 22").
var documentWords = map[string]bool{
	"Bill": true, "Resolution": true, "Proposition": true, "Amendment": true, "Article": true, "Section": true,
	"Chapter": true, "Title": true, "Measure": true, "Question": true, "Order": true, "Directive": true, "Regulation": true,
}

// partyTag reports whether w is a US politician's party and state ("R-Texas",
// "D-Calif.", "I-Vt.").
func partyTag(w string) bool {
	return len(w) >= 4 && strings.IndexByte("RDI", w[0]) >= 0 && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// bodyOpening reports whether the capitalised words [i, j) can open an
// institution's name before "and": one or two words after "the" or after
// a known country ("the Food", "U.S. Food"), no given name first.
func (f *finder) bodyOpening(i, j int) bool {
	if j-i > 3 || f.isGiven(f.str(i)) {
		return false
	}
	if i > 0 && (f.str(i-1) == "the" || f.str(i-1) == "The") {
		return j-i <= 2
	}
	if i > 0 && j == i+1 && (f.str(i-1) == "from" || f.str(i-1) == "by" || f.str(i-1) == "at" || f.str(i-1) == "with") {
		return true // "data from Customs and Border Protection"
	}
	return j-i >= 2 && f.known(f.str(i))
}

// institutionAfter reports whether the capitalised run from token k ends
// with a word that ends an institution's name ("Drug Administration").
func (f *finder) institutionAfter(k, last int) bool {
	e := k
	for e < last && f.isCapWord(e) {
		e++
	}
	return e > k && institutionEnds[f.str(e-1)]
}

// collectiveOwners are the nouns an organization's name puts in the
// possessive ("the People’s Liberation Army", "Children’s Hospital").
var collectiveOwners = map[string]bool{
	"People": true, "Workers": true, "Women": true, "Children": true, "Farmers": true, "Veterans": true,
	"Citizens": true, "Teachers": true, "Nurses": true, "Writers": true, "Artists": true, "Students": true, "Men": true,
	// Founders' titles ("King’s College London", "Queen’s University").
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Saint": true, "St.": true, "St": true,
}

// orgRunFrom reports whether the capitalised run from token k ends with
// an organization word.
func (f *finder) orgRunFrom(k, last int) bool {
	e := k
	for e < last && (f.isCapWord(e) || connectors[f.str(e)] && e+1 < last && f.isCapWord(e+1)) {
		e++
	}
	if e > k && isOrgWord(f.str(e-1)) {
		return true
	}
	for p := e - 2; p >= k; p-- {
		if isOrgWord(f.str(p)) {
			rest, _, _ := f.spanText(p+1, e)
			return f.known(rest) // "King’s College London": the body and its city
		}
	}
	return false
}

// namesDocument reports whether [a, b) holds a word that names a document,
// a survey or an agreement rather than a body ("Survey", "Agreement").
func (f *finder) namesDocument(a, b int) bool {
	for i := a; i < b; i++ {
		switch f.str(i) {
		case "Survey", "Census", "Poll", "Study", "Report", "Index", "Act", "Agreement", "Treaty", "Accord", "Accords", "Plan", "Doctrine", "Convention":
			return true
		}
	}
	return false
}

// journalName reports whether [a, b) is a journal's name: a journal head
// and capitalised words that are neither titles, given names nor places
// ("JAMA Internal Medicine", "BMJ Open", "Nature Medicine").
func (f *finder) journalName(a, b int) bool {
	if b < a+2 || !journalHeads[f.str(a)] || a > 0 && (connectors[f.str(a-1)] || f.str(a-1) == "&") {
		return false // (not "The Magazine of Fantasy and Science Fiction")
	}
	// A head that is also a common word ("Science", "Cell") takes a field
	// or a series only.
	word := f.str(a) == "Nature" || f.str(a) == "Science" || f.str(a) == "Cell"
	for i := a + 1; i < b; i++ {
		w := f.str(i)
		if f.tok(i).Kind != text.Word || titleHeads[w] || f.isGiven(w) || f.known(w) || connectors[w] && w != "of" && w != "in" ||
			word && !fieldWords[w] && !journalSeries[w] {
			return false
		}
	}
	return true
}

// teamEndings are singular words that end names of teams and companies
// named after a place ("Utah Jazz", "Boston Scientific").
var teamEndings = map[string]bool{
	"Jazz": true, "Heat": true, "Magic": true, "Thunder": true, "Lightning": true, "Wild": true, "Fire": true,
	"Storm": true, "Galaxy": true, "Sox": true, "Crew": true, "Revolution": true, "Kraken": true, "Scientific": true,
	"Instruments": true, "Edison": true, "Gas": true, "Transit": true, "Metro": true, "Sound": false,
}

// partyWords name a party's members before a name ("Democrat Tom Hale").
var partyWords = map[string]bool{
	"Democrat": true, "Republican": true, "Democratic": true, "Conservative": true, "Tory": true, "Labour": true,
	"Liberal": true, "Independent": true, "Socialist": true, "Libertarian": true,
}

// acronymThings after an acronym make the pair a thing, not a body ("DASH
// Diet", "PCR Test").
var acronymThings = map[string]bool{
	"Diet": true, "Test": true, "Tests": true, "Score": true, "Scale": true, "Index": true, "Method": true,
	"Protocol": true, "Model": true, "Scan": true, "Scans": true, "Syndrome": true, "Therapy": true,
}

// schoolFrom reports whether token a follows "from" after a degree or
// "graduated" ("an MBA from Wharton", "graduated from Princeton"): the
// name is a school's, not a town's.
func (f *finder) schoolFrom(a int) bool {
	if a < 2 || f.str(a-1) != "from" {
		return false
	}
	w := f.str(a - 2)
	switch lowerASCII(w) {
	case "degree", "degrees", "diploma", "doctorate", "master's", "bachelor's", "master’s", "bachelor’s", "graduated",
		"graduate", "graduating", "graduates", "ph.d.", "phd", "mba", "jd", "md":
		return true
	}
	return credentialListed(w) && !usStateCodes[w] || w == "MD"
}

// controlTail reports whether w ends in "-held", "-controlled",
// "-occupied" or "-run" ("rebel-held", "Russian-occupied"): a place follows.
func controlTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return false
	}
	switch w[k+1:] {
	case "held", "controlled", "occupied", "run", "annexed", "besieged":
		return true
	}
	return false
}

// knownTail returns the first token e in [from, b) such that [e, b) is a
// known place ("North America" in "Ascom North America"), or -1.
func (f *finder) knownTail(from, b int) int {
	for e := max(from, b-3); e < b; e++ {
		if name, _, _ := f.spanText(e, b); f.known(name) {
			return e
		}
	}
	return -1
}

// campusBody reports whether tokens [i, j) name a university, a school or a
// college with its "of" complement, which "at" and a campus may follow.
func (f *finder) campusBody(i, j int) bool {
	of := false
	for k := i; k < j; k++ {
		switch f.str(k) {
		case "of":
			of = true
		case "at":
			return false
		}
	}
	for k := i; k < j; k++ {
		switch f.str(k) {
		case "University", "College", "School", "Institute":
			return of
		}
	}
	return false
}

// pollNouns after a single name make it the pollster or the body that ran
// the study ("a Gallup poll").
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "report": true}

// ellipticalBusiness reports whether the name ending before token b stands
// in the possessive with nothing owned after it, after "by" or "at"
// ("acquired by St. Quill’s, Tor …", "dinner at Quill’s."): a business
// named after it, the word "Press" or "store" left out.
func (f *finder) ellipticalBusiness(b int) bool {
	d := f.doc
	if b >= len(d.Tokens) || d.Tokens[b].Kind != text.Possessive || b+1 < len(d.Tokens) && d.Tokens[b+1].Kind == text.Word {
		return false
	}
	for a := b - 1; a > 0 && b-a <= 3; a-- {
		if !f.isCapWord(a) {
			return f.str(a) == "by" || f.str(a) == "at"
		}
	}
	return false
}

// productName reports whether the name-like words [a, b) name a product,
// not a person: the article writes the same words right after a determiner
// ("the Zorva Ghost", "my Quill Bolt", "the new Quill Bolt 9"), not as a
// modifier of a noun ("the Jane Roe campaign"), or ends them with a
// one-letter model code after a word that is no given name ("Model Y").
// Words with a title, a possessive or a family noun after them ("the
// Smith family") are not read so.
func (f *finder) productName(a, b int) bool {
	n := b - a
	if n < 2 || f.hasTitle(a, b) {
		return false
	}
	if last := f.str(b - 1); len(last) == 1 && last[0] >= 'A' && last[0] <= 'Z' && (!f.isGiven(f.str(a)) || f.doc.WrittenLower(lowerASCII(f.str(b-2)))) {
		return true // "Model Y", "Series X" (not "Malcolm X")
	}
	if w := f.str(a + 1); len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' && !f.isGiven(f.str(a)) && f.doc.WrittenLower(lowerASCII(f.str(a))) {
		return true // "the Model Y. Together": a model code ending a sentence ("model" is a common word)
	}
	key := f.spanTextOnly(a, b)
	if v, ok := f.products[key]; ok {
		return v
	}
	if f.products == nil {
		f.products = map[string]bool{}
	}
	v := f.scanProduct(a, b)
	f.products[key] = v
	return v
}

// scanProduct is productName's scan of the article for the words [a, b)
// after a determiner or twice before the same model number.
func (f *finder) scanProduct(a, b int) bool {
	d := f.doc
	n := b - a
	model := ""
	for _, k := range f.capPositions(f.str(a)) {
		if k+n > len(d.Tokens) {
			continue
		}
		same := true
		for i := 1; i < n && same; i++ {
			same = d.Tokens[k+i].Kind == text.Word && f.str(k+i) == f.str(a+i)
		}
		if !same || f.isCapWordAt(k+n) {
			continue
		}
		if e := k + n; e < len(d.Tokens) {
			if num := f.str(e); d.Tokens[e].Kind == text.Number && len(num) <= 3 && allDigits(num) && d.Tokens[e].Start == d.Tokens[e-1].End+1 &&
				!(e+1 < len(d.Tokens) && (d.Tokens[e+1].Kind == text.Number || f.str(e+1) == "%" || f.str(e+1) == "-")) {
				if model == num || e+1 < len(d.Tokens) && productNouns[lowerASCII(f.str(e+1))] {
					return true // "Brooks Ghost 16" twice, "Quill Zorvan 9 review": a model number, not a score
				}
				model = num
			}
			if d.Tokens[e].Kind == text.Possessive || d.Tokens[e].Kind == text.Word && (familyNouns[f.str(e)] || namedAfterNouns[f.str(e)]) {
				continue
			}
			if d.Tokens[e].Kind == text.Word && productOwners[f.str(e)] {
				return true // "Lincoln Zorvan owners", "Quill Bolt sales": people buy products, not people
			}
			if d.Tokens[e].Kind == text.Word && f.isLowerWord(e) && !productFollowers[f.str(e)] {
				continue // "the Jane Roe campaign": a name as a modifier
			}
		}
		j := k - 1
		for j > 0 && d.Tokens[j].Kind == text.Word && productAdjectives[f.str(j)] {
			j--
		}
		if j >= 0 && j < k && d.Tokens[j].Kind == text.Word && thingDeterminers[f.str(j)] && !clauseDeterminers[f.str(j)] {
			return true
		}
	}
	return false
}

// productFollowers may follow "the NAME" of a product: verbs and
// function words, not the nouns a person's name modifies.
var productFollowers = map[string]bool{
	"is": true, "was": true, "has": true, "had": true, "does": true, "did": true, "can": true, "will": true,
	"would": true, "could": true, "should": true, "may": true, "might": true, "feels": true, "felt": true,
	"costs": true, "comes": true, "came": true, "gets": true, "got": true, "offers": true, "uses": true, "runs": true,
	"ran": true, "rides": true, "handles": true, "delivers": true, "sounds": true, "looks": true, "weighs": true,
	"starts": true, "sells": true, "sold": true, "remains": true, "and": true, "or": true, "but": true, "with": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "to": true, "this": true, "that": true,
	"than": true, "as": true, "over": true, "into": true, "by": true, "are": true, "were": true, "still": true,
	"also": true, "now": true, "again": true, "back": true, "instead": true, "too": true, "last": true, "every": true,
}

// productNouns after a name and a number make it a product's ("Quill
// Zorvan 9 review").
var productNouns = map[string]bool{
	"review": true, "reviews": true, "vs": true, "vs.": true, "versus": true, "specs": true, "price": true,
	"deal": true, "deals": true, "sale": true, "features": true, "battery": true, "range": true, "trim": true,
}

// productOwners after a name make it a product's: people buy, drive and
// wear products ("Quill Bolt owners", "Zorva Navigator sales"), not
// people ("Taylor Quill fans" stays a person's).
var productOwners = map[string]bool{
	"owners": true, "buyers": true, "sales": true, "drivers": true, "users": true, "riders": true, "wearers": true,
	"shoppers": true, "lease": true, "leases": true, "prices": true, "trims": true, "variants": true, "lineup": true,
}

// productAdjectives may stand between a determiner and a product's name
// ("the new Quill Bolt").
var productAdjectives = map[string]bool{
	"new": true, "latest": true, "original": true, "updated": true, "previous": true, "older": true, "newer": true,
	"redesigned": true, "revamped": true, "base": true, "standard": true, "entry-level": true, "electric": true,
	"all-new": true, "refreshed": true, "current": true, "old": true, "beloved": true, "popular": true, "classic": true,
}

// businessTitles are capitalised words of business roles that titleHeads
// lacks because they do not stand before a name ("Founder & CEO", "Quillara
// Events Co-Owner").
var businessTitles = map[string]bool{
	"Owner": true, "Co-Owner": true, "Co-owner": true, "Co-Founder": true, "Co-founder": true, "Cofounder": true,
	"Partner": true, "Managing": true, "Principal": true, "Head": true, "Vice": true, "VP": true, "SVP": true, "EVP": true,
	"CFO": true, "COO": true, "CTO": true, "CMO": true, "CIO": true, "Actuary": true, "Chairperson": true,
	"Proprietor": true, "Operations": true, "Marketing": true, "Sales": true, "Financial": true, "Operating": true,
	"Technology": true, "Senior": true, "Counsel": true, "Planner": true, "Designer": true, "Consultant": true,
	"Lead": true, "Creative": true, "Product": true, "Global": true, "Regional": true, "Associate": true, "Assistant": true,
}

// orgAppositive reports whether a comma after token b-1 opens an
// appositive headed by an organization noun ("Riverton, a browser-based
// platform,"; not "…, the company’s home").
func (f *finder) orgAppositive(b int) bool {
	d := f.doc
	if b+2 >= len(d.Tokens) || f.str(b) != "," || !(f.str(b+1) == "a" || f.str(b+1) == "an" || f.str(b+1) == "the") {
		return false
	}
	for k := b + 2; k < len(d.Tokens) && k <= b+5 && d.Tokens[k].Kind == text.Word && f.isLowerWord(k); k++ {
		if orgNouns[f.str(k)] {
			return !(k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Possessive)
		}
	}
	return false
}

// thingRoles are role nouns that also describe things ("the shoe is a
// winner", "a star", "a workhorse"): after "is a" they vouch for no person.
var thingRoles = map[string]bool{
	"winner": true, "star": true, "leader": true, "member": true, "veteran": true, "survivor": true, "runner": true,
	"partner": true, "host": true, "boss": true, "lead": true, "nominee": true, "candidate": true, "player": true,
	"forward": true, "center": true, "centre": true, "tackle": true, "receiver": true, "creator": true, "developer": true,
	"trainer": true, "producer": true, "performer": false, "keeper": true, "driver": true, "dealer": true,
}

// thingWordIn reports whether [a, b) holds a word no personal name has
// ("CEO Confidence Index"), surnames that are also such words ("Coach Rob
// Hall") aside.
func (f *finder) thingWordIn(a, b int) bool {
	for i := a; i < b; i++ {
		if w := f.str(i); notNameWords[w] && !placeSurnames[w] && !nounSurnames[w] {
			return true
		}
	}
	return false
}

// besideModel reports whether the name [a, b) is listed or compared next to
// a known maker's model ("Brooks Zorvan, Hoka Clifton and …", "the X vs.
// Saucony Ride"): a product too.
func (f *finder) besideModel(a, b int) bool {
	d := f.doc
	near := false
	if b+2 < len(d.Tokens) && listJoiners[f.str(b)] && f.isCapWord(b+1) && knownOrgs[f.str(b+1)] && f.isCapWordAt(b+2) && !f.hasOrgWord(b+1, b+3) {
		near = comparisonJoiners[f.str(b)] || f.makerModels(f.sentenceOf(a)) >= 2
	}
	if !near && a >= 3 && listJoiners[f.str(a-1)] {
		k := a - 2
		for k > 0 && f.isCapWord(k-1) && a-2-k < 4 {
			k--
		}
		near = k < a-2 && f.isCapWord(k) && knownOrgs[f.str(k)] && !f.hasOrgWord(k, a-1) &&
			(comparisonJoiners[f.str(a-1)] || f.makerModels(f.sentenceOf(a)) >= 2)
	}
	return near
}

// comparisonJoiners compare two things ("X vs. Y", "X, Y").
var comparisonJoiners = map[string]bool{"vs": true, "vs.": true, "versus": true, "than": true}

// makerModels counts the known makers followed by a capitalised model name
// in sentence si ("Hoka Clifton", "Saucony Ride").
func (f *finder) makerModels(si int) int {
	if v, ok := f.models[si]; ok {
		return v
	}
	if f.models == nil {
		f.models = map[int]int{}
	}
	s := f.doc.Sentences[si]
	n := 0
	defer func() { f.models[si] = n }()
	for k := s.First; k+1 < s.Last; k++ {
		if f.isCapWord(k) && knownOrgs[f.str(k)] && f.isCapWord(k+1) && !f.hasOrgWord(k, k+2) && (k == s.First || !f.isCapWord(k-1)) {
			n++
		}
	}
	return n
}

// businessVerbs after a town's name make it a business's ("Riverton costs
// $19 a month", "Riverton charges a fee").
var businessVerbs = map[string]bool{"costs": true, "charges": true, "subscribers": true, "subscription": true, "app": true}

// productKinds before "like" or "such as" make the names listed after them
// businesses or products ("apps like Riverton").
var productKinds = map[string]bool{
	"apps": true, "platforms": true, "tools": true, "services": true, "sites": true, "websites": true, "companies": true,
	"brands": true, "programs": true, "startups": true, "retailers": true, "podcasts": true, "shows": true,
	"software": true, "products": true, "makers": true, "labels": true,
}

// firmStaff are the plural nouns of a firm's people and assets: after a
// name they make it a firm's ("Edward Quill advisers").
var firmStaff = map[string]bool{
	"advisers": true, "advisors": true, "analysts": true, "economists": true, "strategists": true, "employees": true,
	"clients": true, "customers": true, "branches": true, "stores": true, "shares": true, "shareholders": true,
	"executives": true, "brokers": true, "bankers": true, "franchisees": true, "locations": true, "outlets": true,
}

// addAcronym records the one-word name w at token tok as the organization
// it abbreviates when the article names one with those initials (an alias
// of it), else as an organization of its own.
func (f *finder) addAcronym(w string, tok, sentence int) {
	t := f.tok(tok)
	if e := f.orgByInitials(w); e >= 0 {
		f.addAlias(e, w)
		f.byName[w] = e
		f.addMention(e, t.Start, t.End, sentence)
		return
	}
	f.addOrg(tok, tok+1, sentence)
}

// emphasisBefore are words after which a word in capitals is shouted, not
// an acronym ("it is HUGE", "so MUCH better").
var emphasisBefore = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "so": true, "very": true,
	"really": true, "too": true, "absolutely": true, "totally": true, "definitely": true,
	"seems": true, "felt": true, "feels": true, "looks": true, "sounds": true,
}

// sourceNouns after "according to the NAME" make the name qualify a
// document ("the TexAuto Facts report"), not name the source.
var sourceNouns = map[string]bool{
	"report": true, "survey": true, "study": true, "data": true, "poll": true, "analysis": true, "figures": true,
	"index": true, "database": true, "website": true, "filing": true, "statement": true, "review": true,
}

// sourceContext reports whether the single word at token i is cited as a
// source: "according to X", "data from X", "a report/study/survey/poll by
// X", "provided by X", "compiled by X", with nothing capitalised after it.
func (f *finder) sourceContext(i int) bool {
	if i >= 1 && i+1 < len(f.doc.Tokens) && pollNouns[f.str(i+1)] && (f.determinerAt(i-1) || f.tok(i-1).Kind == text.Number) {
		return true // "a Gallup poll", "a 2023 Quill survey": the pollster
	}
	if i < 2 || f.isCapWordAt(i+1) || i+1 < len(f.doc.Tokens) && f.tok(i+1).Kind == text.Possessive {
		return false
	}
	p, pp := f.str(i-1), lowerASCII(f.str(i-2))
	switch {
	case p == "to":
		return pp == "according"
	case p == "from":
		return pp == "data" || pp == "figures" || pp == "estimates" || pp == "statistics"
	case p == "by":
		return sourceNouns[pp] || pp == "provided" || pp == "compiled" || pp == "published" || pp == "conducted" || pp == "commissioned"
	}
	return false
}
