// Package quotes finds who said what in a news article: every direct and
// partial quote (the words inside quotation marks, also when a quote runs
// over several paragraphs) with its speaker resolved to a person or
// organization the article names, and reported speech without quotation
// marks ("Halvorsen has said there was no deal") when the speaker is clear.
//
// Method, with no model: quotation marks are paired per paragraph (curly
// and straight double quotes, ‘‘…’’ and doubled backquotes and apostrophes
// read as double ones; single quotes when the article attributes more
// quotes in single marks than in double ones, the British style that keeps
// double marks for quotes within quotes — a double-quoted passage outside
// the single ones is then a quote too). A quote opened inside an open one, after a space and closed
// again in the paragraph, is nested, not the end of its parent. A quote left
// open at the end of a paragraph continues when the next paragraph opens
// with a quotation mark, the convention of news writing; otherwise it is
// unbalanced and dropped. The speaker is found, in this order, by the
// constructions of news writing around the quote:
//
//   - after it, in its sentence: “...,” Bolton said / “...,” said Andrey
//     Kortunov / “...,” Kremlin aide Yuri Ushakov told reporters / “...,” he
//     added / “...,” Ilse Marken, a fellow at …, Austria, and co-editor of
//     the survey, said (the name right after the quote, however long the
//     appositive) / “...,” according to X / “...” — Name (a signature);
//     a verb whose subject is the quote itself (“…” announced in October,
//     said X) and verbs before an infinitive ("declined to say") are
//     passed over;
//   - before it, in its sentence: Bolton added that “...” / Trump has called
//     it a “witch hunt” / according to X, “...” / ..., telling them to “...”
//     / he asked ... and said, “...” / the speaker of an earlier quote of
//     the same sentence / the subject of a verb of naming in the
//     infinitive ("Ortiz went on radio to describe her town as a “…”") /
//     the subject of the clause a colon ends ("Buckley
//     had a similar experience: “…”", "Her response: “…”");
//   - a later quote's attribution ending the sentence, when nothing
//     between the two names or quotes anyone else ("The delays were
//     “painful” and, for now, “we wait,” Roe said.");
//   - a paragraph ending "X said:" before a paragraph that opens with it;
//   - the signature line of an embedded post ("— Name (@handle) date");
//   - otherwise the subject of the sentence just before it in its paragraph
//     (its verb of speech's subject first: "Okafor came back to the point
//     an hour on. “Which ferries …?”"), the speaker of the quote just before it
//     in the same or the previous paragraph, or the subject of a verb of
//     speech in the sentence before. A quote opening a paragraph takes the
//     previous paragraph's last quoted speaker only when no one else is
//     named after that quote (news writing starts a new speaker's quote
//     after naming them).
//
// Subjects and objects of verbs of speech are people and organizations the
// entities package found, pronouns, "a WeWork spokesperson" and "a
// spokesperson for WeWork" (the organization), "X and his team" (X), and
// descriptions that fit one entity ("the company", "the group", "the
// ministry", "the coach": the organization whose name or kind fits, or the
// person whose role does, mentioned last; "the actor", "the singer" with
// no one of that role: the one person named in the last paragraphs), an age
// that fits one person ("the 56-year-old" for "Tom Hanks, 56,"; with no
// ages given, the one person in view or the person who opens the lead),
// "the statement" (its issuer: the speaker of the last sentence before it
// that mentions a statement), and institutions named by a noun phrase
// ("Russia's foreign ministry said", "said the state health department",
// "police said": an organization speaker named by the phrase less its
// article; "officials said" and a bare "the government said" name nobody),
// an organization set in apposition to the description ("Unite, the trade
// union," for "the union said"), "a company spokesperson" and "according
// to the company" (the company named nearby), "In the words of X", "As X
// put it", and a sentence after an unattributed quote that points back at it
// ("That was the message from X", "That's what X said"). "according to
// Roe's lawyer" names the lawyer only by an appositive name, never Roe.
// Documents speak for their issuer ("a Labor Department report says",
// "an email from her brother, Tom Keller, that said", "“…,” it read" after
// "Keller issued a statement"); a name set in apposition to a sentence's
// subject ("The council's treasurer, Tom Keller, was blunt.") and the
// subject after an opening clause ("Asked about it, Benz said") are
// subjects; "with Minister X warning of “…”" names X; a name and a
// past-tense verb the lexicon does not know right after a quote ("“…,”
// fumed Owen Pryce.") attribute it; a name inside a prepositional phrase
// before the verb ("the authors of the study in the journal X argued") is
// no subject. A reply by pronoun right after someone's question ("“…?”
// asked Ortiz. ¶ “Correct,” she answered.") is the other person's; genders
// the given-name lists leave open come from kinship ("X and his wife, Y"),
// honorifics ("Ms. Lund") and the pronoun that attributed an earlier quote
// ("“…,” she says": a later "he" is someone else, or nobody).
//
// Feature and explainer writing adds present-tense and less common verbs
// in both orders ("“…,” states Ada Ruiz, MD, MSc, …", "agrees Ruiz",
// "points out Ruiz", "Ruiz recommends.", "Says Ruiz, “…”"; verbs that are
// also verbs of doing — recommends, offers, shares — attribute only at an
// attribution's edge, right before a quote or in a clause a colon ends),
// experts named by occupation ("the dietitian", "the cardiologist", "the
// nutrition expert": the one person in view), "For Ruiz, the answer is
// simple:", "Career coach Ada Ruiz put it simply:", a paragraph ending
// "Her advice:", "That's how Ruiz sums it up", a pull quote (a paragraph
// that is only a quote repeating an attributed one), a signature line
// ("— Ada Ruiz, PhD, Eastvale University"), "A report from X … The report
// notes" (X), "Ravi Menon, founder and CEO, Acme Motors said" (the
// person), "Doe, MD, …, and Poe, …, agree" (the first), "in Ruiz's words",
// "per Ruiz", "Ruiz's verdict:", a verb of thought right before a quote of
// three words or more ("Ruiz thinks the effect is “small but real.”"),
// "according to Ruiz's website", "Ruiz's Instagram caption read", "the
// agency" for a known agency's initials (FDA), a quote paragraph after a
// heading (the sentence before the heading), "But for Ruiz and her family
// the loss is personal. ¶ “…”", a lead that describes its speaker before
// naming them ("A Boise dietitian says “…”" ¶ "Ada Ruiz, a registered
// dietitian, …"), and two people in one sentence ("Roe was told by Doe
// that", "Roe remembers Doe telling her", "When Roe asked …, Doe was
// blunt:"). One quoted word between a determiner and a noun is a term
// ("the “low-fat” craze"), unless a verb of naming quotes it; a title
// after "author of" is no quote. A partial quote that ends a sentence
// inside a longer text sentence is not attributed to the next sentence's
// subject ("A said that “….” B agreed, stating, “…”"). Quotes with no one
// to name stay unattributed and inherit nothing: an unnamed voice telling
// a named listener ("One researcher told Fisk: “…”"), the writer's own
// words ("I asked Ruiz, “…?”", "“…?” I asked."), advice in the imperative
// ("Ask yourself: “…”", "Try a script: “…”") and a document's words after
// "…, which carries the following statement:" or a sign ("a poster:
// “…”"). "he" and "she" pass over a person of the other gender for a
// speaker of theirs quoted in the last eight paragraphs.
//
// Trend pieces, surveys of business owners and product reviews give each
// speaker a section: a caption-like line naming them ("Jane Roe, co-owner
// of Acme Events", "Jane Roe of Spokane", "2. Jane Roe, a florist.",
// "Tested by Jane Roe", a later "By Jane Roe" but not the article's own
// byline), also over a place line, gives the quote paragraph after it its
// speaker, and a name-like line the entities did not resolve stops the
// earlier speaker; a new expert introduced by full name ("Jane Roe owns a
// flower shop.", "Florist Jane Roe has …", "For Jane Roe, owner of …,
// the shift is …", "When Jane Roe opened her shop, …") speaks the quote
// paragraph after, even after another's quote; one short paragraph of
// narration naming no one does not stop the speaker. Respondents: "One
// respondent, Jane Roe of Ohio, put it this way:", "• Jane Roe, owner:",
// "“…” (Jane Roe, owner, Ohio)", "“…,” says one, Jane Roe of Ohio".
// Advice and verdicts: "Roe's top tip:", "Roe's mantra for clients is
// simple:", "Roe encourages clients to “…”", "“…” That's Roe's advice",
// "Roe found the box “…”", "Roe recommends it as “…”"; "the company" or
// "the shop" for a small business named by a trade word ("Harbor
// Catering"), "the florist", "the co-founder", "the planner". Nobody's
// quote: words recited or printed (after "repeat", "recite", "chant", "say
// to yourself", "the mantra", "a sign … reads"; not "Roe repeated: “…”"),
// a one- or two-word label after "marketed/known/sold as", and a one- or
// two-word term the writer's clause goes on about ("She says “glamping”
// now makes up half her bookings") unless an attribution follows it.
//
// Round-ups, reviews, letters and essays: titles before a name after the
// verb ("says Acme Events Co-Founder and Head Designer Jane Roe", "says
// Co-Founder, Jane Roe"); "Roe had this to say about the coat she got
// “…”"; labelled items after an introduction ending in a colon ("Here's
// what she thought of each: ¶ Style Box: “…”"); "Our tester Roe was
// impressed with her order, “…”" (a full sentence after the writer's short
// clause about its subject); "When asked about the fit she said, “…”";
// "Their assessment:", "In her words:"; "Some testers were won over,
// including tester Jane Roe:"; "Roe recommends choosing “…”"; "Jane Roe of
// Pennyworth.org confirms, “…”"; a name line right under a quote paragraph
// that signs it; a letter left open that the next paragraph only closes
// ("From the reader: “… ¶ … starting over.” – Lina W."); a closing mark typed
// for the opening one ("”We found …,” said Roe") and the other way round
// ("… feeds you.“" ending a paragraph); a report named by its
// issuer's possessive ("The Copyright Board's May 2024 report concluded",
// then "The report noted"); "The Open Data Initiative found that …
// “…”"; a partial quote in the clause after a colon, reported by the
// subject of the clause the colon ends ("X ran audits revealing failures:
// datasets are “…”"). Essays: a quote with no attribution of its own takes
// an earlier speaker of its paragraph only within three sentences (an
// essay set as one long paragraph quotes many writers); quoted examples in
// the writer's own first-person sentence ("It moved my view from “…” to
// “…”") are nobody's; a title and subtitle in title case ("“Things Nobody
// Tells You: Part One”"), a short quote the sentence goes on about after a
// colon ("Her point: “Developer” as a job title undersells you") and a
// quoted phrase qualifying a noun ("in other “…” news from May") are no
// quotes; words after a colon clause addressed to the reader ("you extend
// the wish to everyone: “…”") are the reader's to say. "he" and "she"
// stand for no one when the person found was last named two paragraphs
// back or more and a sentence near the pronoun opens with a capitalised
// word the entities did not resolve and a past-tense verb ("Christen
// received a dress. She shared …": someone the entities missed). In an
// article quoting in single marks, "’’" closes a quote within a quote.
// A one-word organization whose name is the surname of exactly one person
// named in full before it is read as that person ("Party planner Dana
// Forbes … “…,” Forbes says", the entities having taken the word for a
// magazine), and "he"/"she" right after a sentence reporting one person's
// words stand for them whatever gender the given-name lists give the name
// (Cameron, Jordan). "Alternatively, you can “…”" opening the paragraph
// after a person's quote goes on from them (eight words or more, no one
// else named between). "says Kestrel Moving's Vice President, Peter Lund"
// names the person; "they" after "…, but Velora stresses that …" is the one
// organization whose name opens with that word (Velora Catering).
//
// A name after "said that" is the
// clause's subject, not the speaker; a name that only qualifies a noun ("a
// VOA reporter", "Ahmado's source", "obtained by Variety") is no subject.
// When the attribution names someone the article does not ("“…,” a witness
// said", "said the referee"), the quote keeps no speaker and inherits none.
// Quotes left without a speaker are not reported unless
// Options.KeepUnattributed asks for them: a quote is reported with who said
// it, or not at all (a reader's list of who said what has no empty names).
//
// "he" and "she" stand for the first person named before them in their
// sentence, else (in the same paragraph) the first person named in a
// sentence before, else the speaker of a quote in the previous paragraph,
// else earlier names; the given-name lists' gender passes a candidate over
// only for a later one of the pronoun's gender, for an unlisted name of the
// pronoun's paragraph, or for the nearest person of the pronoun's gender in
// the last two paragraphs. Pronouns met while resolving a quote stand for
// the speakers before that quote. "they" and "it" stand for an organization
// named just before or quoted in the last paragraphs.
//
// A quote is direct when it opens its sentence and partial when it sits
// inside the writer's sentence. A partial quote with no speaker of its own
// takes the speaker of an earlier quote whose words it repeats, else of a
// quote before it in its paragraph; otherwise it is not reported (scare
// quotes, chants, terms, words after "so-called"). Also not reported:
// titles (title case, no sentence punctuation), quotations used as names
// ("the “Walk to school” campaign") or talked about (“Probably
// fine” isn’t …), numbers and code, and paragraphs that are only a
// quotation without a sentence end, or a list number and one (headings).
//
// It does not find the entities themselves (package understand/entities
// does) and never names a speaker the article does not name.
package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// Options tunes Find. The zero value finds direct, partial and indirect
// quotes.
type Options struct {
	NoIndirect bool   // skip reported speech without quotation marks
	Posts      []Post // embedded posts (tweets) in the text; nil: none known
	// KeepUnattributed also reports quotes whose speaker the article does
	// not name ("“…,” a witness said") or that no rule resolves, with an
	// empty Speaker. The zero value leaves them out: a quote is reported
	// with the person or organization who said it, or not at all.
	KeepUnattributed bool
}

// Post is an embedded post (a tweet, say) whose text lies at [Start, End)
// of the article text, with its author as the embed gives it. A quote
// inside it with no other speaker is the author's, when the article names
// the author (by name or handle).
type Post struct {
	Start, End     int
	Author, Handle string
}

// segment is the inside of one pair of quotation marks.
type segment struct {
	open, start, end, close int // mark offsets and the quoted words [start, end)
	group                   int // segments of one quote over several paragraphs share a group
	para                    int
	speaker                 int // entity index, or -1
	kind                    lede.QuoteKind
	// anon: the attribution names a speaker the article gives no name of
	// ("“…,” a witness said"), so the quote inherits no speaker.
	anon bool
	// requotes: index+1 of an earlier quote whose words this partial
	// quote repeats; it takes that quote's speaker once known.
	requotes int
	// sharesWith: index+1 of a later quote of the same sentence whose
	// attribution after it ends the sentence and names this one's speaker
	// too ("The delays were “painful” and, for now, “we wait,” Roe
	// said.").
	sharesWith int
	// mention: the words are talked about ("the word “…”"), not said.
	mention bool
	// title: the words are a title (of a show, a book), not a quote.
	title bool
	// after: the speaker was named after the quote, in its sentence.
	after bool
	// own: the speaker comes from the quote's own sentence or its
	// neighbours' explicit attribution, not from inheritance.
	own bool
	// item: the quote follows a short label opening its paragraph, one
	// of a list introduced by a paragraph ending in a colon
	// ("Here's what she said about each: ¶ Style Box: “…”").
	item bool
}

type finder struct {
	doc    *text.Doc
	ents   *entities.Result
	segs   []segment
	quoted []text.Span // all quoted spans, to skip mentions inside quotes

	lastSpeaker int // speaker of the last attributed quote, or -1
	// institutions: speakers named by a noun phrase ("police"), by
	// lower-cased name; their entities are appended to the finder's own
	// copy of the entities.
	institutions    map[string]int
	posts           []Post
	lastSpeakerPara int // its paragraph
	// genders: people's genders the article gives by kinship, read once
	// on first use (nil until then).
	genders map[int]entities.Gender
	// keys: the quotes' words for comparison (quoteKey), built on first
	// use by pulledFrom (nil until then).
	keys []string
	// titled: titledSurname's answers, by entity (nil until first use).
	titled map[int]int
	// orgFirst: organizations of several words by their first word (-1
	// for two), read once on first use (nil until then).
	orgFirst map[string]int
	// oneWord: people named by one word, by name (-1 for two), read once
	// on first use (nil until then).
	oneWord map[string]int
	// reportingOrg: reportingOrgBefore's answers, by sentence (nil until
	// first use), so that a chain of "“…,” it said" reads each sentence
	// once.
	reportingOrg map[int]int
	// called: the gender of the pronoun that attributed a quote to a
	// person whose gender the lists leave open ("“…,” she says" → female),
	// learned in text order (nil until first use).
	called map[int]entities.Gender
}

// Find returns the quotes of doc, speakers resolved against ents, in text
// order.
func Find(doc *text.Doc, ents *entities.Result, opts Options) []lede.Quote {
	f := &finder{doc: doc, ents: surnamesAsPeople(ents), lastSpeaker: -1, posts: opts.Posts}
	f.pair()
	for i := range f.segs {
		f.segs[i].speaker = -1
	}
	for i := range f.segs {
		f.attribute(i)
	}
	// The attribution that ends a sentence names an earlier quote of it
	// that has no speaker of its own: a partial one that waits for it
	// (sharesWith), or a direct one ("“…,” which is …, “…,” Roe
	// explains.").
	for i := range f.segs {
		sg := &f.segs[i]
		j := sg.sharesWith - 1
		if j < 0 && sg.speaker < 0 && sg.kind != "" && !sg.anon && sg.requotes == 0 {
			j = f.sharedAttribution(i, f.sentenceAt(sg.open))
		}
		switch {
		case j < 0:
		case f.segs[j].after && f.segs[j].kind != "":
			sg.speaker, sg.own = f.segs[j].speaker, true
		case sg.sharesWith > 0:
			sg.kind = ""
		}
	}
	// A quote over several paragraphs has one speaker, or none when one of
	// its parts names someone the article does not. (By group, in one
	// pass each: a long text may hold many thousand quotes.)
	anonGroups := map[int]bool{}
	groupSpeaker := map[int]int{}
	for _, sg := range f.segs {
		if sg.anon {
			anonGroups[sg.group] = true
		}
		if _, ok := groupSpeaker[sg.group]; !ok && sg.speaker >= 0 {
			groupSpeaker[sg.group] = sg.speaker
		}
	}
	for i := range f.segs {
		if anonGroups[f.segs[i].group] && f.segs[i].speaker < 0 {
			f.segs[i].anon = true
		}
	}
	for i := range f.segs {
		if f.segs[i].speaker >= 0 || f.segs[i].kind == "" || f.segs[i].anon {
			continue
		}
		if e, ok := groupSpeaker[f.segs[i].group]; ok {
			f.segs[i].speaker = e
		}
	}
	last := -1 // the last attributed segment before i
	for i := range f.segs {
		if f.segs[i].speaker < 0 && f.segs[i].kind != "" && !f.segs[i].anon && f.segs[i].requotes == 0 {
			// Pronouns met on the way stand for the speakers before this
			// quote, not for the article's last one.
			if j := f.pulledFrom(i); j >= 0 {
				// A pull quote: the same words attributed elsewhere.
				f.segs[i].speaker = f.segs[j].speaker
			} else if e := f.speakerInNextSentence(i); e >= 0 {
				f.segs[i].speaker = e
			} else {
				f.rewindSpeaker(i, last)
				f.segs[i].speaker = f.inherit(i, f.sentenceAt(f.segs[i].open))
			}
		}
		if f.segs[i].kind != "" && f.segs[i].speaker >= 0 {
			last = i
		}
	}
	for i := range f.segs {
		if j := f.segs[i].requotes - 1; j >= 0 {
			f.segs[i].speaker = f.segs[j].speaker
			if f.segs[i].speaker < 0 {
				f.segs[i].kind = ""
			}
		}
	}
	var out []lede.Quote
	for _, sg := range f.segs {
		if sg.kind == "" || sg.speaker < 0 && !opts.KeepUnattributed {
			continue
		}
		q := lede.Quote{Text: doc.Text[sg.start:sg.end], Kind: sg.kind, Start: sg.start, End: sg.end}
		if sg.speaker >= 0 {
			q.Speaker = f.ents.Entities[f.titledSurname(sg.speaker)].Name
		}
		out = append(out, q)
	}
	if !opts.NoIndirect {
		out = append(out, f.indirect()...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// sentenceAt returns the index of the sentence holding offset pos.
func (f *finder) sentenceAt(pos int) int {
	ss := f.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if i >= len(ss) {
		return len(ss) - 1
	}
	return i
}

// tokenAt returns the index of the first token starting at or after pos.
func (f *finder) tokenAt(pos int) int {
	ts := f.doc.Tokens
	return sort.Search(len(ts), func(i int) bool { return ts[i].Start >= pos })
}

// mentionEndingAt returns the entity whose mention ends at token i's end,
// or -1.
func (f *finder) mentionEndingAt(tok int) int {
	t := f.doc.Tokens[tok]
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End >= t.End })
	for ; i < len(ms) && ms[i].End == t.End; i++ {
		if f.speakerKind(ms[i].Entity) {
			return ms[i].Entity
		}
	}
	return -1
}

// mentionEnd returns the end offset of the longest speaker mention that
// starts at token tok.
func (f *finder) mentionEnd(tok int) int {
	t := f.doc.Tokens[tok]
	ms := f.ents.Mentions
	end := t.End
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= t.Start })
	for ; i < len(ms) && ms[i].Start == t.Start; i++ {
		end = max(end, ms[i].End)
	}
	return end
}

// mentionStartingAt returns the entity whose mention starts at token i, or -1.
func (f *finder) mentionStartingAt(tok int) int {
	t := f.doc.Tokens[tok]
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= t.Start })
	for ; i < len(ms) && ms[i].Start == t.Start; i++ {
		if f.speakerKind(ms[i].Entity) {
			return ms[i].Entity
		}
	}
	return -1
}

func (f *finder) speakerKind(e int) bool {
	k := f.ents.Entities[e].Kind
	return k == entities.Person || k == entities.Organization
}

// lastPersonBefore returns the person mentioned last before pos outside
// quotes, or -1.
func (f *finder) lastPersonBefore(pos int) int {
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
	for i--; i >= 0; i-- {
		m := ms[i]
		if f.ents.Entities[m.Entity].Kind == entities.Person && !f.inQuote(m.Start) {
			return m.Entity
		}
	}
	return -1
}

func (f *finder) word(i int) string { return f.doc.Str(i) }

// sentenceSubject returns the speaker of a verb of speech at token v whose
// subject is not next to it ("At the hearing, he asked …, called Brandt a
// “liar” and said, “…”"): the first pronoun or person or
// organization of the sentence before v, outside quotes, or -1.
func (f *finder) sentenceSubject(v int) int {
	d := f.doc
	s := d.Sentences[f.sentenceAt(d.Tokens[v].Start)]
	start := f.clauseStart(s, v)
	for c := start + 1; c+1 < v; c++ {
		// "Ortiz said that “…,” and Berg agreed, stating, “…”": the
		// subject of the last clause joined after a comma, a quote or a
		// semicolon.
		if w := f.word(c); (clauseConjunctions[w] || w == ";") && !f.inQuote(d.Tokens[c].Start) {
			if p := d.Tokens[c-1]; p.Kind == text.Quote || f.word(c-1) == "," || w == ";" {
				if f.mentionStartingAt(c+1) >= 0 || isPronoun(f.word(c+1)) {
					start = c + 1
				}
			}
		}
	}
	for k := start; k < v; k++ {
		t := d.Tokens[k]
		if f.inQuote(t.Start) {
			continue
		}
		if e := f.mentionStartingAt(k); e >= 0 {
			if f.modifierMention(k, v) {
				// "A VOA reporter's source …, said": the name qualifies
				// the subject; it is not the subject.
				k = f.tokenAt(f.mentionEnd(k)) - 1
				continue
			}
			return e
		}
		if t.Kind == text.Word && (f.word(k) == "he" || f.word(k) == "she" || f.word(k) == "He" || f.word(k) == "She") {
			return f.resolvePronoun(k)
		}
		if t.Kind == text.Word && (f.word(k) == "the" || f.word(k) == "The") && k+2 < v && isOrgNoun(f.word(k+1)) && verbLike(f.word(k+2)) {
			// "In 2016, the site surveyed … but noted that": the
			// organization the description stands for.
			return f.described(k + 1)
		}
	}
	return -1
}

// prepositions put the name after them out of subject position.
var prepositions = map[string]bool{
	"by": true, "of": true, "for": true, "with": true, "to": true, "from": true, "at": true, "in": true, "on": true,
	"about": true, "against": true, "like": true, "than": true, "via": true, "per": true, "into": true, "over": true,
	"under": true, "after": true, "before": true, "toward": true, "towards": true, "between": true, "among": true,
}

// modifierMention reports whether the mention starting at token k (before
// token v) qualifies a noun rather than naming the subject: after "a" or
// "an" ("a VOA reporter"), or followed by a possessive ("Ahmado's source").
func (f *finder) modifierMention(k, v int) bool {
	if k > 0 {
		w := f.word(k - 1)
		switch w {
		case "a", "an", "A", "An":
			return true
		}
		if prepositions[w] || (w == "the" || w == "The") && k > 1 && prepositions[f.word(k-2)] {
			return true // "obtained by Variety", "in a letter to Pelosi", "speaking to the BBC"
		}
	}
	n := f.tokenAt(f.mentionEnd(k))
	if n < v && f.doc.Tokens[n].Kind == text.Word && !text.IsCapitalized(f.word(n)) && !verbLike(f.word(n)) && !clauseWords[f.word(n)] {
		return true // "his Instagram announcement": the name qualifies a noun
	}
	return n < v && f.doc.Tokens[n].Kind == text.Possessive
}

// auxiliaries may stand between a subject and its verb of speech.
var auxiliaries = map[string]bool{
	"has": true, "had": true, "have": true, "also": true, "later": true, "previously": true, "then": true, "once": true,
	"would": true, "will": true, "never": true, "not": true, "repeatedly": true, "again": true, "recently": true,
	"earlier": true, "often": true, "publicly": true, "privately": true, "reportedly": true, "simply": true, "just": true,
	"even": true, "still": true, "already": true, "now": true, "ever": true, "soon": true,
	"has,": false, "instead": true, "since": true, "subsequently": true, "though": true, "however": true, "further": true, "quickly": true, "last": true, "first": true,
}

// spokesNouns speak for the organization named before them.
var spokesNouns = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "representative": true, "statement": true,
	"spokespeople": true, "spokesmen": true, "spokeswomen": true, "representatives": true,
}

// eagerWords before "to" and a verb of speech leave the speaking to their
// own subject ("was keen to stress", "wanted to note").
var eagerWords = map[string]bool{
	"keen": true, "eager": true, "quick": true, "careful": true, "anxious": true, "happy": true, "willing": true,
	"wanted": true, "wants": true, "hoped": true, "tried": true, "sought": true, "rushed": true, "hastened": true,
}

// pairedWithQuote reports whether quote i, opening at token openTok, is
// the second of two quotes joined by "and" or "or" whose first has a
// speaker ("the shop's “warm service” and “fair prices” are why"): the
// same speaker's words, not a term.
func (f *finder) pairedWithQuote(i, openTok int) bool {
	if i == 0 || openTok < 2 || f.word(openTok-1) != "and" && f.word(openTok-1) != "or" || f.doc.Tokens[openTok-2].Kind != text.Quote {
		return false
	}
	j := f.segClosingAt(f.doc.Tokens[openTok-2].Start)
	return j == i-1 && f.segs[j].kind != "" && f.segs[j].speaker >= 0
}

// accordingAt reports whether "according to" opens at token k, past a
// comma.
func (f *finder) accordingAt(k int) bool {
	if k < len(f.doc.Tokens) && f.word(k) == "," {
		k++
	}
	return k+1 < len(f.doc.Tokens) && f.word(k) == "according" && f.word(k+1) == "to"
}

// mentionNouns before a quotation mark make its words a mention of words
// ("the words “…”", "the phrase “…”").
var mentionNouns = map[string]bool{
	"word": true, "words": true, "phrase": true, "phrases": true, "term": true, "terms": true, "slogan": true,
	"hashtag": true, "label": true, "expression": true,
}

// reflexives may stand between a subject and its verb ("Ruiz herself
// said").
var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true}

// addressVerbs take the listener as their object ("asked Ruiz", "told
// Ruiz").
var addressVerbs = map[string]bool{"asked": true, "asks": true, "told": true, "tells": true}

// baseSpeechVerbs are verbs of speech in the infinitive's form.
var baseSpeechVerbs = map[string]bool{
	"say": true, "stress": true, "note": true, "point": true, "add": true, "emphasize": true, "emphasise": true,
	"insist": true, "argue": true, "explain": true, "clarify": true, "warn": true, "tell": true, "remind": true,
}

// contrastWords open a clause that may have a subject of its own.
var contrastWords = map[string]bool{"but": true, "while": true, "although": true, "though": true, "whereas": true, "yet": true}

// unnamedGroupAt reports whether the words at token k are a plural group
// of people with no name ("analysts", "many critics", "some residents").
func (f *finder) unnamedGroupAt(k int) bool {
	d := f.doc
	for j := k; j < len(d.Tokens) && j <= k+2 && d.Tokens[j].Kind == text.Word; j++ {
		w := f.word(j)
		if text.IsCapitalized(w) || isPronoun(w) || isSpeechVerb(w) {
			return false
		}
		if strings.HasSuffix(w, "s") && (isPersonNoun(strings.TrimSuffix(w, "s")) || isPersonNoun(w) || w == "critics" || w == "others") {
			return true
		}
	}
	return false
}

// deskNouns are a firm's research staff, who write in its name ("Harlow
// Bank analysts wrote in a note").
var deskNouns = map[string]bool{"analysts": true, "economists": true, "strategists": true}

// teamNouns are the people a named lead speaks with ("X and his team").
var teamNouns = map[string]bool{
	"team": true, "colleagues": true, "co-authors": true, "coauthors": true, "collaborators": true, "lawyers": true, "attorneys": true,
}

// personBeforeComma looks back from token k, within the sentence and over
// at most two more commas, for a person named right before a comma.
func (f *finder) personBeforeComma(k, lo int) int {
	d := f.doc
	commas := 0
	for j := k - 1; j > lo && j > k-30; j-- {
		if d.Tokens[j].Kind == text.Punct && f.word(j) == "," {
			commas++
			if e := f.mentionEndingAt(j - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e
			}
			if commas > 2 {
				break
			}
		}
	}
	return -1
}

// firstMentionStart returns the start offset of the mention of entity e
// that ends at token k.
func (f *finder) firstMentionStart(e, k int) int {
	end := f.doc.Tokens[k].End
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if ms[j].Entity == e && ms[j].End == end {
			return ms[j].Start
		}
	}
	return f.doc.Tokens[k].Start
}

// roleOnlyBetween reports whether the tokens between the mention of
// person p ending before the comma it is followed by and the comma at
// token j are a short role: a comma, then at most six words and "&" ("Ravi
// Menon, founder & CEO,").
func (f *finder) roleOnlyBetween(p, j int) bool {
	d := f.doc
	c := j - 1
	n := 0
	for c >= 0 && f.word(c) != "," {
		if d.Tokens[c].Kind != text.Word && f.word(c) != "&" || n > 6 {
			return false
		}
		n++
		c--
	}
	return c > 0 && n > 0 && f.mentionEndingAt(c-1) == p
}

// subjectBefore returns the speaker of the verb of speech at token v: an
// entity mention or a pronoun just before it, over auxiliaries, adverbs
// and an appositive between commas. lo bounds the search.
func (f *finder) subjectBefore(v, lo int) int {
	d := f.doc
	if strings.HasSuffix(f.word(v), "ing") {
		if e := f.withSubject(v, lo); e >= 0 {
			return e // "…, with Trade Minister Lena Voss warning of “…”"
		}
		if v-2 >= lo {
			// "Roe remembers Doe telling her, “…”": the person right
			// before the participle, the object of a verb, speaks.
			if e := f.mentionEndingAt(v - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				if s := f.tokenAt(f.firstMentionStart(e, v-1)); s-1 >= lo && verbLike(f.word(s-1)) && !prepositions[f.word(s-1)] && !clauseWords[f.word(s-1)] {
					return e
				}
			}
		}
		// "He urged Ms. Quill to act, saying “…”": the subject of the
		// sentence, a pronoun included.
		return f.sentenceSubject(v)
	}
	k := v - 1
	for k >= lo {
		t := d.Tokens[k]
		w := f.word(k)
		if t.Kind == text.Word && (auxiliaries[w] || strings.HasSuffix(w, "ly") && !text.IsCapitalized(w) || reflexives[w]) {
			k-- // ("Ruiz herself said": past the reflexive)
			continue
		}
		if t.Kind == text.Punct && w == ")" {
			// "Jones (pictured) said": past a short parenthesis.
			j := k - 1
			for j >= lo && j > k-6 && f.word(j) != "(" {
				j--
			}
			if j >= lo && j > k-6 && j > lo {
				k = j - 1
				continue
			}
			break
		}
		if t.Kind == text.Punct && (w == "—" || w == "–") {
			// "Vance – flanked by aides – said": past an aside between
			// dashes.
			j := k - 1
			for j >= lo && j > k-16 && f.word(j) != w {
				j--
			}
			if j > lo && j > k-16 && f.mentionEndingAt(j-1) >= 0 {
				k = j - 1
				continue
			}
			break
		}
		if t.Kind == text.Punct && w == "," {
			// ", though," or an appositive: jump back to the comma before.
			j := k - 1
			for j >= lo && j > k-26 && !(d.Tokens[j].Kind == text.Punct && f.word(j) == ",") {
				j--
			}
			if j >= lo && j > k-26 {
				if e := f.mentionEndingAt(k - 1); e >= 0 && f.mentionStartingAt(j+1) == e {
					// "the mayor, Maria Gonzalez, said": the appositive
					// is the name.
					return e
				}
				if j-1 >= lo && documentNouns[f.word(j-1)] && j+3 < k && issueVerbs[f.word(j+1)] && f.word(j+2) == "by" {
					// "The report, released by the Tarnby Institute on
					// Thursday, found": the document's issuer.
					c := j + 3
					if f.word(c) == "the" {
						c++
					}
					if e := f.mentionStartingAt(c); e >= 0 && c < k && f.ents.Entities[e].Kind == entities.Organization {
						return e
					}
				}
				if j-3 >= lo && isPartyTag(f.word(j-1)) && f.word(j-2) == "," {
					// "Sen. Jane Roe, R-Texas, who chairs the committee,
					// said": the name before the party tag.
					if e := f.mentionEndingAt(j - 3); e >= 0 {
						return e
					}
				}
				if j-1 >= lo && f.mentionEndingAt(j-1) >= 0 {
					e := f.mentionEndingAt(j - 1)
					// "Ivo Renner, a senior analyst at Marlow Capital, the
					// … organization, told": an organization before an
					// inner comma may belong to the appositive of a
					// person named before it.
					if f.ents.Entities[e].Kind == entities.Organization {
						if p := f.personBeforeComma(j-1, lo); p >= 0 {
							return p
						}
					}
					return e
				}
				k = j - 1
				continue
			}
			return -1
		}
		break
	}
	if k < lo {
		return -1
	}
	if f.word(k) == "who" && k-2 >= lo && f.word(k-1) == "," {
		// "the poet Dale Horvath, who tweeted, “…”": the person the
		// relative clause is about.
		if e := f.mentionEndingAt(k - 2); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			return e
		}
	}
	if e := f.personOfUnknown(k, lo); e >= 0 {
		return e // "Martina Ruiz of Pennyworth.org confirms"
	}
	if deskNouns[f.word(k)] && k-1 >= lo {
		// "Harlow Bank economists wrote": the bank speaks through its
		// research desk.
		if e := f.mentionEndingAt(k - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			return e
		}
	}
	if e := f.mentionEndingAt(k); e >= 0 {
		if s := f.tokenAt(f.firstMentionStart(e, k)); f.ents.Entities[e].Kind == entities.Organization && s-2 >= lo && s-2 <= lo+1 &&
			(f.word(s-1) == "at" || f.word(s-1) == "from") && deskNouns[strings.ToLower(f.word(s-2))] {
			// "Economists at Harlow Bank wrote": the same desk, named
			// first.
			return e
		}
		if f.ents.Entities[e].Kind == entities.Organization {
			// "Ravi Menon, founder & CEO, Northgate Mutual said": the
			// employer closes the person's appositive with no comma
			// before the verb; the person speaks.
			if j := f.tokenAt(f.firstMentionStart(e, k)) - 1; j > lo && f.word(j) == "," {
				if p := f.personBeforeComma(j, lo); p >= 0 && f.roleOnlyBetween(p, j) {
					return p
				}
			}
		}
		if p := f.gluedPerson(e, k); p >= 0 {
			return p // "Writing in The Gazette Mara said"
		}
		return f.subjectOrOwner(e, k, lo)
	}
	if e := f.personOfPlace(k, lo); e >= 0 {
		return e // "Senator Dale Horvath of Montana called …"
	}
	if k-1 >= lo {
		if e := f.described(k); e >= 0 {
			return e // "the company said"
		}
		if documentNouns[f.word(k)] && k-2 >= lo && (f.word(k-2) == "the" || f.word(k-2) == "The") {
			if _, ok := orgDescriptions[f.word(k-1)]; ok {
				if e := f.describedWord(k - 1); e >= 0 {
					return e // "the department notice said": the department's
				}
			}
		}
	}
	if w := strings.ToLower(f.word(k)); k-3 >= lo && isPersonNoun(w) && !unnamedPersonNouns[w] {
		// "the study's lead author said": the person the article gave
		// that role (the owner a thing, not a person: not "Smith's
		// lawyer said").
		p := k - 1
		if d.Tokens[p].Kind == text.Word && !text.IsCapitalized(f.word(p)) {
			p-- // one modifier ("lead")
		}
		if p-1 >= lo && d.Tokens[p].Kind == text.Possessive && d.Tokens[p-1].Kind == text.Word && !text.IsCapitalized(f.word(p-1)) && f.mentionEndingAt(p-1) < 0 {
			if e := f.describedWord(k); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e
			}
		}
	}
	if k-3 >= lo {
		if e := f.agedAt(k); e >= 0 {
			return e // "the 56-year-old said"
		}
	}
	if k-4 >= lo && strings.EqualFold(f.word(k-1), "year-old") && isPersonNoun(strings.ToLower(f.word(k))) {
		if e := f.agedAt(k - 1); e >= 0 {
			return e // "the 45-year-old engineer said"
		}
	}
	if k-1 >= lo {
		if e := f.issuerOf(k); e >= 0 {
			return e // "the statement read"
		}
		if e := f.documentAuthorBefore(k); e >= 0 {
			return e // "A report from the Lantern Institute … The report notes"
		}
	}
	if k-1 >= lo && authoredNouns[f.word(k)] {
		if e := f.documentOwner(k, lo); e >= 0 {
			return e // "The Copyright Board's 2024 annual report concluded"
		}
	}
	for j := k - 1; j-1 >= lo && j >= k-5 && d.Tokens[j+1].Kind == text.Word && !text.IsCapitalized(f.word(j+1)); j-- {
		// "The Copyright Board's review of pricing concluded": the
		// document before its topic.
		if authoredNouns[f.word(j)] && prepositions[f.word(j+1)] {
			if e := f.documentOwner(j, lo); e >= 0 {
				return e
			}
			break
		}
	}
	if k-1 >= lo && documentNouns[f.word(k)] && (!spokesNouns[f.word(k)] || f.word(k) == "statement") {
		// "The Justice Department complaint says", "Smith's letter
		// said": the issuer of the document speaks.
		j := k - 1
		if d.Tokens[j].Kind == text.Possessive && j-1 >= lo {
			j--
		}
		if e := f.mentionEndingAt(j); e >= 0 {
			if s := f.tokenAt(f.firstMentionStart(e, j)); d.Tokens[j+1].Kind != text.Possessive && s-2 >= lo && d.Tokens[s-1].Kind == text.Possessive {
				// "Roe's Instagram caption read": the owner, not the
				// platform.
				if o := f.mentionEndingAt(s - 2); o >= 0 {
					return o
				}
			}
			return e
		}
		if j-1 >= lo && d.Tokens[j+1].Kind == text.Possessive {
			if e := f.described(j); e >= 0 {
				return e // "the company's statement said"
			}
		}
	}
	if k-3 >= lo && spokesNouns[f.word(k)] && d.Tokens[k-1].Kind == text.Possessive && isOrgNoun(f.word(k-2)) {
		// "the company's spokesman said": the company described.
		if e := f.described(k - 2); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			return e
		}
	}
	if k-1 >= lo && spokesNouns[f.word(k)] && (f.word(k-1) == "its" || f.word(k-1) == "Its") && f.word(k) != "statement" {
		// "Acme cut jobs. “…,” its spokeswoman said": the organization.
		if e := f.resolvePronounAs(k-1, "it"); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			return e
		}
	}
	if k-1 >= lo && spokesNouns[f.word(k)] {
		// "a WeWork spokesperson said": the organization speaks.
		if e := f.mentionEndingAt(k - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			return e
		}
		if k-2 >= lo && determiners[f.word(k-2)] && isOrgNoun(strings.ToLower(f.word(k-1))) {
			// "a company spokesperson said": the company the article
			// is about, when the description fits one.
			if e := f.describedWord(k - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization && f.mentionedSince(e, f.doc.Tokens[k].Start, 1) {
				return e
			}
		}
		if w := strings.ToLower(f.word(k - 1)); (w == "a" || w == "an") && f.word(k) != "statement" {
			// "Lumina said the cuts would save money. “…,” a
			// spokesperson said": the organization the sentence before
			// opens with.
			if si := f.sentenceAt(d.Tokens[k].Start); si > 0 && d.Sentences[si-1].Para == d.Sentences[si].Para {
				prev := d.Sentences[si-1]
				if e := f.clauseSubject(prev.First, prev.Last); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
					return e
				}
			}
		}
	}
	if w := f.word(k); k-2 >= lo && (teamNouns[w] && w != "lawyers" && w != "attorneys" || w == "lab") && d.Tokens[k-1].Kind == text.Possessive {
		// "Roe's team wrote": the named lead speaks (not "Roe's
		// lawyers said").
		if e := f.mentionEndingAt(k - 2); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			return e
		}
	}
	if k-3 >= lo && teamNouns[f.word(k)] && (f.word(k-1) == "his" || f.word(k-1) == "her" || f.word(k-1) == "their") && f.word(k-2) == "and" {
		// "Marken and her team wrote": the named lead speaks.
		if e := f.mentionEndingAt(k - 3); e >= 0 {
			return e
		}
	}
	if isPronoun(f.word(k)) {
		if e := f.resolvePronoun(k); e >= 0 {
			if replyVerbs[f.word(v)] {
				// "“Are you saying that?” asked Ortiz. ¶ “Correct,” she
				// answered.": a reply is not the asker's.
				if o := f.addressee(k, e); o >= 0 {
					return o
				}
			}
			return e
		}
		return f.documentIssuer(k) // "Keller issued a statement. “…,” it read."
	}
	if w := f.word(k); w == "that" || w == "which" {
		// "an email from her brother, Tom Keller, that said", "Keller
		// sent a letter to the council, which said": the document's
		// sender.
		return f.documentSender(k, lo)
	}
	return f.institutionBefore(k, lo) // "Russia's foreign ministry said"
}

// personOfPlace returns the person named right before "of" or "from" and
// a place that ends at token k ("Ada Quill of Kentucky", "Jane Roe
// from Ohio"), or the organization named right before "in", "of" or
// "from" and the place ("the Harlow Embassy in Lima", "Acme's office in
// Ohio"), or -1.
func (f *finder) personOfPlace(k, lo int) int {
	d := f.doc
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End >= d.Tokens[k].End })
	for ; i < len(ms) && ms[i].End == d.Tokens[k].End; i++ {
		if f.ents.Entities[ms[i].Entity].Kind != entities.Place {
			continue
		}
		p := f.tokenAt(ms[i].Start) - 1
		if p-1 < lo || f.word(p) != "of" && f.word(p) != "from" && f.word(p) != "in" {
			return -1
		}
		if e := f.mentionEndingAt(p - 1); e >= 0 {
			switch f.ents.Entities[e].Kind {
			case entities.Person:
				if f.word(p) != "in" {
					return e
				}
			case entities.Organization:
				return e
			}
		}
		return -1
	}
	return -1
}

// isPartyTag reports whether w is a politician's party and state ("R-Texas",
// "D-Calif.").
func isPartyTag(w string) bool {
	return len(w) > 2 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// withSubject returns the person named right before the participle at
// token v in an absolute phrase opened by "with" ("with Estonian Trade
// Minister Lena Voss warning of …"), or -1.
func (f *finder) withSubject(v, lo int) int {
	if v-1 < lo {
		return -1
	}
	e := f.mentionEndingAt(v - 1)
	if e < 0 || f.ents.Entities[e].Kind != entities.Person {
		return -1
	}
	for j := v - 1; j >= lo && j >= v-10; j-- {
		w := f.word(j)
		if w == "with" || w == "With" {
			return e
		}
		if f.doc.Tokens[j].Kind != text.Word {
			return -1
		}
	}
	return -1
}

// subjectOrOwner checks the mention of e ending at token k, right before
// a verb of speech: a name inside a prepositional phrase ("the authors of
// the survey printed in the bulletin Acme Letters argued") is not the
// subject; the person named before the preposition is ("Rosa Lopes of
// Acme Labs said"), or nobody. A spokesperson for an organization speaks for
// it ("A spokesman for Acme said").
func (f *finder) subjectOrOwner(e, k, lo int) int {
	d := f.doc
	ms := f.ents.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End >= d.Tokens[k].End })
	for ; i < len(ms) && ms[i].End == d.Tokens[k].End && ms[i].Entity != e; i++ {
	}
	if i >= len(ms) || ms[i].Entity != e {
		return e
	}
	j := f.tokenAt(ms[i].Start) // the mention's first token
	for back, p := 0, j-1; back < 3 && p >= lo; back, p = back+1, p-1 {
		w := f.word(p)
		if d.Tokens[p].Kind != text.Word {
			return e
		}
		if ownerPrepositions[w] {
			if w == "for" && p-1 >= lo && spokesNouns[f.word(p-1)] {
				if f.ents.Entities[e].Kind == entities.Organization {
					return e // "A spokesman for Acme said"
				}
				return -1 // "a spokeswoman for Hale said": someone unnamed
			}
			if (w == "from" || w == "by" || w == "of") && p-1 >= lo && documentNouns[f.word(p-1)] {
				return e // "a statement from Quint read"
			}
			if p-1 >= lo {
				if q := f.mentionEndingAt(p - 1); q >= 0 && f.ents.Entities[q].Kind == entities.Person {
					return q
				}
			}
			return -1
		}
		if w != "the" && w != "a" && (text.IsCapitalized(w) || verbLike(w)) || clauseOpeners[w] {
			return e // ("in what presenter Ada Quill called …")
		}
	}
	return e
}

// adjunctOpeners open a phrase of place, time or audience that may follow
// the verb of an attribution ("revealed in an interview", "wrote on
// Monday", "shot back at reporters").
var adjunctOpeners = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "while": true, "via": true,
	"last": true, "yesterday": true, "today": true, "earlier": true, "later": true, "this": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
}

// clauseOpeners start a clause whose subject may follow ("what", "as").
var clauseOpeners = map[string]bool{"what": true, "who": true, "which": true, "whom": true, "that": true, "as": true, "how": true, "when": true, "where": true}

// ownerPrepositions put a name inside the phrase of a noun before it.
var ownerPrepositions = map[string]bool{"of": true, "in": true, "at": true, "from": true, "for": true, "with": true, "by": true}

// objectAfter returns the speaker named right after the verb of speech at
// token v ("said Andrey Kortunov", "said Kremlin spokesman Dmitry Peskov",
// "said he"), or -1.
func (f *finder) objectAfter(v, hi int) int {
	if !isInversionVerb(strings.ToLower(f.word(v))) {
		return -1
	}
	if (f.word(v) == "points" || f.word(v) == "pointed") && v+1 < hi && f.word(v+1) == "out" {
		v++ // "“…,” points out Ada Ruiz."
	}
	if e := f.institutionAfter(v, hi); e >= 0 {
		return e // "said the French foreign ministry."
	}
	if v+2 < hi && f.word(v+1) == "its" && spokesNouns[f.word(v+2)] && (v+3 >= hi || f.doc.Tokens[v+3].Kind != text.Word || !text.IsCapitalized(f.word(v+3))) {
		// "“…,” said its spokesman.": the organization.
		if e := f.resolvePronounAs(v+1, "it"); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			return e
		}
	}
	if v+2 < hi && possessivePronouns[f.word(v+1)] {
		// "added her colleague Beth Miller": the name after the
		// description.
		for j := v + 2; j < hi && j <= v+4; j++ {
			if e := f.mentionStartingAt(j); e >= 0 {
				if f.ents.Entities[e].Kind == entities.Person {
					return e
				}
				break
			}
			if f.word(j) == "," && j > v+2 && j+1 < hi {
				// "said her rival, Paul Ames."
				if e := f.mentionStartingAt(j + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
					return e
				}
				break
			}
			if f.doc.Tokens[j].Kind != text.Word || text.IsCapitalized(f.word(j)) {
				break
			}
		}
	}
	if v+4 < hi && determiners[f.word(v+1)] && documentNouns[f.word(v+2)] {
		// "said the statement, issued by the Ministry of Health."
		j := v + 3
		if f.word(j) == "," {
			j++
		}
		if j+1 < hi && issueVerbs[f.word(j)] && f.word(j+1) == "by" {
			j += 2
			if j < hi && f.word(j) == "the" {
				j++
			}
			if j < hi {
				if e := f.mentionStartingAt(j); e >= 0 {
					return e
				}
			}
		}
	}
	if v+3 < hi && determiners[f.word(v+1)] && documentNouns[f.word(v+2)] && (f.word(v+3) == "from" || f.word(v+3) == "by" || f.word(v+3) == "of") {
		// "said a report from Marlow Capital Partners"
		j := v + 4
		if j < hi && f.word(j) == "the" {
			j++
		}
		if j < hi {
			if e := f.mentionStartingAt(j); e >= 0 {
				return e
			}
		}
	}
	if e := f.roleApposition(v, hi); e >= 0 {
		return e // "said head coach of the women’s team, Dana Reyes."
	}
	for k := v + 1; k < hi && k <= v+8; k++ {
		t := f.doc.Tokens[k]
		if e := f.mentionStartingAt(k); e >= 0 {
			// "said Andrey Kortunov, head of …" but not "said SpaceX
			// would fly …": the name must end the clause.
			end := f.mentionEnd(k)
			n := f.tokenAt(end)
			if n < len(f.doc.Tokens) && f.doc.Tokens[n].Kind == text.Quote && f.opensSegment(f.doc.Tokens[n].Start) {
				// "Prosecutors said Reed “knew the product was
				// dangerous”": the name is the reported clause's subject.
				return -1
			}
			if n < hi && f.doc.Tokens[n].Kind == text.Possessive {
				if p := f.mentionStartingAt(n + 1); n+1 < hi && p >= 0 && f.ents.Entities[p].Kind == entities.Person {
					return p // "said eDock’s Nell Quarry"
				}
				for c := n + 2; c < hi && c <= n+6; c++ {
					if f.word(c) == "," && f.titleRunBefore(n+1, c) && c+1 < hi {
						// "says Maxi Movers' Vice President, Ivo Brandt."
						if p := f.mentionStartingAt(c + 1); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
							return p
						}
						break
					}
				}
				if n+3 < hi && f.doc.Tokens[n+1].Kind == text.Word && !text.IsCapitalized(f.word(n+1)) && f.word(n+2) == "," {
					// "asked Smith's lawyer, Robert Kane.": the appositive
					// names the lawyer.
					if p := f.mentionStartingAt(n + 3); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
						return p
					}
				}
				return -1 // "said Smith's lawyer": the lawyer speaks
			}
			if n < hi && f.doc.Tokens[n].Kind == text.Word {
				switch f.word(n) {
				case "of", "in", "on", "at", "during", "after", "via", "from", "who":
					// "said Rosa Lopes of Acme Labs", "wrote Brisk in a
					// note", "said Smith, who …".
					return e
				}
				if f.ents.Entities[e].Kind == entities.Organization && spokesNouns[f.word(n)] && (n+1 >= hi || !text.IsCapitalized(f.word(n+1))) {
					return e // "said an eDock spokesperson when …"
				}
				if f.ents.Entities[e].Kind == entities.Organization && !clauseWords[f.word(n)] {
					// "responded Acme Rail chairman Otto Brisk",
					// "said Harbor Board Press Officer Nell
					// Quarry": the organization qualifies the role
					// before the name.
					k = n - 1
					continue
				}
				return -1
			}
			return e
		}
		if t.Kind == text.Number || t.Kind == text.Punct && f.word(k) == "-" && f.doc.Tokens[k-1].Kind == text.Number {
			continue // "wrote 38-year-old Ivo Renner"
		}
		if f.word(k) == "and" && k > v+1 && k+1 < hi && text.IsCapitalized(f.word(k-1)) && text.IsCapitalized(f.word(k+1)) &&
			f.mentionStartingAt(k+1) < 0 {
			// "says Acme Events Co-Founder and Head Designer Dana Roe":
			// two capitalised titles before the name.
			continue
		}
		if f.word(k) == "," && k > v+1 && k+1 < hi && f.titleRunBefore(v+1, k) {
			// "says Co-Founder, Dana Roe." / "says the shop's Vice
			// President, Ivo Brandt.": the name in apposition to a
			// title.
			if e := f.mentionStartingAt(k + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				if n := f.tokenAt(f.mentionEnd(k + 1)); n >= hi || f.doc.Tokens[n].Kind == text.Punct {
					return e
				}
			}
		}
		if t.Kind == text.Possessive && k <= v+3 && k+1 < hi && text.IsCapitalized(strings.TrimLeft(f.word(k-1), "abcdefghijklmnopqrstuvwxyz")) {
			// "said Acme’s Jane Roe", "said theHUB’s Jane Roe": an owner
			// the entities did not name, then the speaker, ending the
			// clause.
			if p := f.mentionStartingAt(k + 1); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
				if n := f.tokenAt(f.mentionEnd(k + 1)); n >= hi || f.doc.Tokens[n].Kind != text.Word || prepositions[f.word(n)] || f.word(n) == "who" {
					return p
				}
			}
			return -1
		}
		if t.Kind != text.Word || clauseWords[f.word(k)] {
			// "said that Ellison “…”": the name is the clause's subject,
			// not the speaker.
			if spokesNouns[f.word(k-1)] && (f.word(k) == "for" || f.word(k) == "of") && k+1 < hi {
				// "said a spokesperson for WeWork"
				j := k + 1
				if f.word(j) == "the" && j+1 < hi {
					j++
				}
				if e := f.mentionStartingAt(j); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
					return e
				}
				if f.word(j-1) == "the" && isOrgNoun(f.word(j)) && (j+1 >= hi || f.doc.Tokens[j+1].Kind != text.Word) {
					// "said a spokesman for the company."
					if e := f.described(j); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
						return e
					}
				}
			}
			return -1
		}
		if k == v+4 && (k+1 >= hi || f.doc.Tokens[k+1].Kind != text.Word || prepositions[f.word(k+1)]) {
			if e := f.agedAt(k); e >= 0 {
				return e // "said the 56-year-old."
			}
		}
		if k == v+2 && f.word(v+1) == "the" && k+1 < hi && f.doc.Tokens[k+1].Kind == text.Possessive {
			// "said the company's chief executive, John Smith": the
			// name after the description, not the company; none: someone
			// unnamed.
			for j := k + 2; j < hi && j <= k+7; j++ {
				if e := f.mentionStartingAt(j); e >= 0 {
					if f.ents.Entities[e].Kind == entities.Person {
						return e
					}
					return -1
				}
				if w := f.word(j); f.doc.Tokens[j].Kind != text.Word && w != "," {
					break
				}
			}
			if w := f.word(k + 2); k+2 < hi && (documentNouns[w] || spokesNouns[w]) && (k+3 >= hi || f.doc.Tokens[k+3].Kind != text.Word) {
				// "reads the bank's statement.": the bank.
				if e := f.described(k); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
					return e
				}
			}
			for j := k + 2; j < hi && j <= k+4 && f.doc.Tokens[j].Kind == text.Word; j++ {
				if j+1 < hi && f.doc.Tokens[j+1].Kind == text.Word {
					continue
				}
				// "said the study's lead author.": the person the
				// article gave that role.
				if w := strings.ToLower(f.word(j)); isPersonNoun(w) && !unnamedPersonNouns[w] {
					if e := f.describedWord(j); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
						return e
					}
				}
				break
			}
			return -1
		}
		if k == v+2 && f.word(v+1) == "the" && (k+1 >= hi || f.doc.Tokens[k+1].Kind != text.Word || prepositions[f.word(k+1)]) {
			if e := f.described(k); e >= 0 {
				return e // "said the coach."
			}
		}
		if k == v+1 && isPronoun(f.word(k)) {
			// "said he." but not "says she will": the pronoun must end
			// the clause.
			if k+1 < hi && f.doc.Tokens[k+1].Kind == text.Word {
				return -1
			}
			return f.resolvePronoun(k)
		}
	}
	return -1
}

// rewindSpeaker sets the last speaker to that of the last attributed
// segment (by index) that opens before segment i, last being the last
// attributed segment before i. Segments are stored as they close, so
// only a quote enclosing segment i, in its paragraph, comes after it.
func (f *finder) rewindSpeaker(i, last int) {
	f.lastSpeaker, f.lastSpeakerPara = -1, 0
	pos := f.segs[i].open
	for j := i + 1; j < len(f.segs) && f.segs[j].para == f.segs[i].para; j++ {
		if sg := f.segs[j]; sg.open < pos && sg.kind != "" && sg.speaker >= 0 {
			f.lastSpeaker, f.lastSpeakerPara = sg.speaker, sg.para
		}
	}
	if f.lastSpeaker >= 0 {
		return
	}
	if last < 0 {
		return // no attributed segment before i
	}
	if f.segs[last].open < pos {
		f.lastSpeaker, f.lastSpeakerPara = f.segs[last].speaker, f.segs[last].para
		return
	}
	for j := last - 1; j >= 0; j-- {
		if sg := f.segs[j]; sg.open < pos && sg.kind != "" && sg.speaker >= 0 {
			f.lastSpeaker, f.lastSpeakerPara = sg.speaker, sg.para
			return
		}
	}
}

// attributionIn looks for "X said" or "said X" in tokens [from, to), the
// words after a quote. anon reports an attribution to someone the article
// does not name ("“…,” a witness said", "“…,” said one expert"): the quote
// then takes no speaker from the quotes around it.
func (f *finder) attributionIn(from, to int, direct bool) (speaker int, anon bool) {
	d := f.doc
	// "“…,” Ilse Marken, a fellow at the museum in Graz, Austria,
	// and co-editor of the survey, said": the name right after the quote,
	// before a comma, is the subject of the verb of speech that ends the
	// clause, however long the appositive between them.
	lead, k0 := -1, from
	if k0 < to && (f.word(k0) == "," || f.word(k0) == ":") {
		k0++ // "“…”, Nelson said" (British punctuation), "“…”: X vows to fight on" (a headline)
	}
	if k0 < to && !direct && (f.word(k0) == ";" || clauseConjunctions[f.word(k0)]) && f.speakerBeforeQuote(from) {
		// "Ortiz said that “it works,” and Berg agreed, …", "…
		// “it works”; Berg, however, warned …": a new clause of its
		// own speaker; the quote's speaker comes before it.
		return -1, false
	}
	// Up to four lower-case role words may come first ("survey lead
	// editor Ilse Marken, a bird counter at …, said").
	for k := k0; k < to && k < k0+5; k++ {
		if e := f.mentionStartingAt(k); e >= 0 {
			if n := f.tokenAt(f.mentionEnd(k)); n < to && f.word(n) == "," && (k == k0 || f.ents.Entities[e].Kind == entities.Person) &&
				f.appositiveOnly(n, to) {
				lead = e
			}
			break
		}
		w := f.word(k)
		if d.Tokens[k].Kind != text.Word || text.IsCapitalized(w) || isSpeechVerb(w) || clauseWords[w] || w == "the" || w == "a" || w == "an" {
			break
		}
	}
	limit := from + 24
	if lead >= 0 {
		limit = from + 48
	}
	if direct && k0+1 < len(d.Tokens) && isDashTok(f.word(k0)) && f.samePara(k0-1, k0+1) {
		// "“…” — Maria Gonzalez": a signature after a dash, ending the
		// paragraph or followed by punctuation ("– Dr. Jane Roe,
		// Eastvale University").
		s := k0 + 1
		if s+1 < len(d.Tokens) && leadTitles[strings.TrimSuffix(f.word(s), ".")] && f.mentionStartingAt(s) < 0 {
			s++
			if f.word(s) == "." && s+1 < len(d.Tokens) {
				s++
			}
		}
		if e := f.mentionStartingAt(s); e >= 0 {
			n := f.tokenAt(f.mentionEnd(s))
			if n >= len(d.Tokens) || !f.samePara(k0, n) || d.Tokens[n].Kind == text.Punct {
				return e, false
			}
		}
	}
	if k0+3 < to && copulas[f.word(k0)] {
		// "“…” was Vance's message to Ortiz", "“…” was the verdict of
		// Reece James".
		if e := f.mentionStartingAt(k0 + 1); e >= 0 {
			n := f.tokenAt(f.mentionEnd(k0 + 1))
			if n+1 < to && d.Tokens[n].Kind == text.Possessive && (utteranceNouns[f.word(n+1)] || messageNouns[f.word(n+1)]) {
				return e, false
			}
		}
		if f.word(k0+1) == "the" && messageNouns[f.word(k0+2)] && (f.word(k0+3) == "of" || f.word(k0+3) == "from") && k0+4 < to {
			if e := f.ownedOrNamed(k0+4, to); e >= 0 {
				return e, false
			}
		}
	}
	if k0+3 < to && f.word(k0) == "as" {
		// "a mix of “dreamers,” as Vance put it, and …"
		if e := f.mentionStartingAt(k0 + 1); e >= 0 && f.speakerKind(e) {
			if n := f.tokenAt(f.mentionEnd(k0 + 1)); n+1 < to && (f.word(n) == "put" || f.word(n) == "puts") && f.word(n+1) == "it" {
				return e, false
			}
		}
	}
	if k0+1 < to && f.word(k0) == "per" {
		// "“…,” per Maria Gonzalez."
		if e := f.mentionStartingAt(k0 + 1); e >= 0 && f.speakerKind(e) {
			return e, false
		}
	}
	if k0+3 < to && f.word(k0) == "in" {
		// "“…,” in Maria Gonzalez's words."
		for k := k0 + 2; k < to && k <= k0+6; k++ {
			if e, ok := f.viewOf(k, k0); ok {
				return e, false
			}
		}
	}
	if k0+2 < to && f.word(k0) == "according" && f.word(k0+1) == "to" {
		// "“…,” according to Maria Gonzalez."
		if e := f.accordingTo(k0+2, to); e >= 0 {
			return e, false
		}
		return -1, true
	}
	for k := from; k < to && k < limit; k++ {
		t := d.Tokens[k]
		if t.Kind == text.Quote && f.opensSegment(t.Start) {
			break // another quote: its own attribution follows it
		}
		if t.Kind == text.Punct && f.word(k) == "(" {
			// "Jones (pictured) said" goes on past a short aside; "“…”
			// (i.e. people not stating …)" is an aside with no
			// attribution.
			c := k + 1
			for c < to && c <= k+6 && f.word(c) != ")" {
				c++
			}
			if c < to && f.word(c) == ")" && c <= k+6 {
				k = c
				continue
			}
			break
		}
		if t.Kind != text.Word || !f.speechVerb(k) || text.IsNamingVerb(f.word(k)) && !f.promiseAttributes(k, k0, to) || f.speechNoun(k) {
			continue
		}
		if featureOnlyVerb(f.word(k)) && k != k0 && k+1 < to && d.Tokens[k+1].Kind != text.Punct &&
			!(objectPronouns[f.word(k+1)] && (k+2 >= to || d.Tokens[k+2].Kind == text.Punct)) {
			// "For “best results”, Acme recommends wiring …": a verb
			// of feature writing attributes a quote only coming first
			// or ending its clause ("“…,” Ruiz recommends.", "“…,”
			// Ruiz reminds us.").
			continue
		}
		if k+1 < to && f.word(k+1) == "by" && strings.HasSuffix(f.word(k), "ed") {
			// "“…” shared by many in town, he warned": a passive
			// participle; the attribution comes later.
			continue
		}
		if k > from && f.word(k-1) == "to" || k+1 < to && f.word(k+1) == "to" && infinitiveVerbs[f.word(k)] {
			// "He declined to say when", "as the shop continued to
			// take in orders": no attribution.
			continue
		}
		if lead >= 0 && f.ents.Entities[lead].Kind == entities.Person {
			return lead, false
		}
		if e := f.coordinatedSubject(k, from); e >= 0 {
			return e, false
		}
		if e := f.subjectBefore(k, from); e >= 0 {
			return e, false
		}
		if lead >= 0 {
			return lead, false
		}
		if e := f.objectAfter(k, to); e >= 0 {
			return e, false
		}
		if k+3 < to && (f.word(k+1) == "one" || f.word(k+1) == "another") && f.word(k+2) == "," {
			// "“…,” says one, Maria Lopez of Austin.": the name in
			// apposition to "one".
			if e := f.mentionStartingAt(k + 3); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e, false
			}
		}
		if k+2 < to && possessivePronouns[f.word(k+1)] && d.Tokens[k+2].Kind == text.Word && !text.IsCapitalized(f.word(k+2)) &&
			isInversionVerb(f.word(k)) {
			// "“…,” added her colleague.": someone the article does not
			// name.
			return -1, true
		}
		if f.subjectless(k, from, to) {
			// "“…” announced in May, said Tom Avery": this verb
			// has the quote for its subject; the attribution comes later.
			continue
		}
		// A subject the article does not name ("a witness said", "said
		// the actor"), when the verb comes soon after the quote.
		return -1, k-from <= 8
	}
	if e := f.unknownVerbAttribution(from, k0, to); e >= 0 {
		return e, false
	}
	if f.indefiniteSubjectClause(k0, to) {
		// "“…,” one Twitter response began": someone unnamed; the quote
		// inherits no speaker.
		return -1, true
	}
	return -1, false
}

// indefiniteSubjectClause reports whether the words at k0, to the end of
// the clause, are an indefinite noun phrase and a past-tense verb ("one
// Twitter response began", "another user wrote back").
func (f *finder) indefiniteSubjectClause(k0, to int) bool {
	d := f.doc
	if k0 >= to {
		return false
	}
	switch strings.ToLower(f.word(k0)) {
	case "one", "another", "a", "an":
	default:
		return false
	}
	for v := k0 + 2; v < to && v <= k0+4; v++ {
		t := d.Tokens[v]
		if t.Kind != text.Word {
			return false
		}
		w := f.word(v)
		if !text.IsCapitalized(w) && (strings.HasSuffix(w, "ed") || irregularVerbs[w]) && !auxiliaries[w] {
			n := v + 1
			if n < to && d.Tokens[n].Kind == text.Word && (f.word(n) == "back" || f.word(n) == "in") {
				n++
			}
			return n >= to || d.Tokens[n].Kind == text.Punct
		}
	}
	return false
}

// unknownVerbAttribution reads a quote that ends with a comma, a question
// or an exclamation mark and is followed, to the end of its clause, only
// by a name and a past-tense verb the lexicon does not know ("“…,” fumed
// Owen Pryce.", "“…!” Pryce groused."): the name speaks. It returns -1
// otherwise.
func (f *finder) unknownVerbAttribution(from, k0, to int) int {
	d := f.doc
	if from < 2 || k0+1 >= to || d.Tokens[from-1].Kind != text.Quote {
		return -1
	}
	switch f.word(from - 2) {
	case ",", "?", "!":
	default:
		if f.word(k0-1) != "," || k0 == from { // "“…”, Pryce groused." (British)
			return -1
		}
	}
	pastVerb := func(k int) bool {
		w := f.word(k)
		if d.Tokens[k].Kind != text.Word || text.IsCapitalized(w) || clauseWords[w] {
			return false
		}
		// past ("groused") or, in feature writing, present tense
		// ("laughs", "shrugs"; not "is", "was", "this")
		return strings.HasSuffix(w, "ed") || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
	}
	ends := func(n int) bool { return n >= to || d.Tokens[n].Kind == text.Punct }
	endsOrAdjunct := func(n int) bool {
		// the clause ends, or goes on only with where, when or to whom
		// ("“…,” Dahl revealed in an interview with a magazine.")
		return ends(n) || adjunctOpeners[f.word(n)]
	}
	if w := f.word(k0); (w == "she" || w == "he") && k0+1 < to && pastVerb(k0+1) &&
		(ends(k0+2) || endsOrAdjunct(k0+2) && f.firstPersonIn(d.Tokens[k0+2].Start, d.Tokens[to-1].End) < 0) {
		// (not "“…?” he hissed in Ana's ear": the pronoun may stand for
		// someone other than the person the adjunct names)
		return f.resolvePronoun(k0) // "“…,” she laughs."
	}
	if e := f.mentionStartingAt(k0); e >= 0 {
		n := f.tokenAt(f.mentionEnd(k0))
		if n < to && pastVerb(n) && endsOrAdjunct(n+1) {
			return e // "“…,” Pryce groused."
		}
		if n+1 < to && f.word(n+1) == "back" && (pastVerb(n) || irregularVerbs[f.word(n)]) && endsOrAdjunct(n+2) {
			return e // "“…,” Pryce shot back in a reply that …": a retort
		}
		return -1
	}
	if pastVerb(k0) {
		if e := f.mentionStartingAt(k0 + 1); e >= 0 && ends(f.tokenAt(f.mentionEnd(k0+1))) {
			return e // "“…,” fumed Owen Pryce."
		}
	}
	return -1
}

// samePara reports whether tokens i and j are in one paragraph.
func (f *finder) samePara(i, j int) bool {
	if i < 0 || j >= len(f.doc.Tokens) {
		return false
	}
	return f.doc.Sentences[f.sentenceAt(f.doc.Tokens[i].Start)].Para == f.doc.Sentences[f.sentenceAt(f.doc.Tokens[j].Start)].Para
}

// opensSegment reports whether a quoted segment opens at offset pos (a
// mark that is not an apostrophe: "Jones' director").
func (f *finder) opensSegment(pos int) bool {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].open >= pos })
	return i < len(f.segs) && f.segs[i].open == pos
}

// appositiveOnly reports whether the words after the comma at token c,
// up to the next verb of speech, read as an appositive or a relative
// clause ("a fellow at …, and co-editor of the survey,", "who represents
// Brandt,") rather than a clause of their own ("45, was arrested after
// police said").
func (f *finder) appositiveOnly(c, to int) bool {
	if c+1 < to {
		switch f.word(c + 1) {
		case "who", "whose", "which":
			return true
		}
	}
	for k := c + 1; k < to && k < c+48; k++ {
		w := f.word(k)
		if f.doc.Tokens[k].Kind == text.Word && isSpeechVerb(w) {
			return true
		}
		switch w {
		case "was", "is", "were", "are", "after", "when", "because", "while", "but":
			return false
		}
	}
	return true
}

// subjectless reports whether the verb of speech at token v, in the words
// after a quote that start at from, has no subject of its own: no word
// between the quote and it, and no name or description right after it
// ("“…” announced in October", not "“…,” said a spokesperson").
func (f *finder) subjectless(v, from, to int) bool {
	for k := from; k < v; k++ {
		if f.doc.Tokens[k].Kind == text.Word {
			return false
		}
	}
	if v+1 >= to {
		return false // "“…,” said." names nobody either way
	}
	if f.doc.Tokens[v+1].Kind != text.Word {
		return true
	}
	return clauseWords[f.word(v+1)]
}

// copulas after a verb of speech put it in a relative clause ("the note
// Ben wrote was …").
var copulas = map[string]bool{"was": true, "is": true, "were": true, "are": true}

// determiners before a verb of speech make it a noun ("in a tweet").
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "their": true, "its": true, "this": true, "that": true,
	"my": true, "our": true, "your": true, "A": true, "An": true, "The": true, "His": true, "Her": true, "Their": true, "Its": true,
}

// speechVerb reports whether token k is a verb of speech here: not a
// plea in court ("pleaded guilty to “wire fraud”").
func (f *finder) speechVerb(k int) bool {
	w := f.word(k)
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' && k == f.doc.Sentences[f.sentenceAt(f.doc.Tokens[k].Start)].First {
		w = strings.ToLower(w) // "Says Roe, “…”" opening a sentence
	}
	if !isSpeechVerb(w) {
		return false
	}
	if k+1 < len(f.doc.Tokens) && f.word(k+1) == "nothing" {
		return false // "He answered nothing."
	}
	if (w == "pleaded" || w == "pleads") && k+1 < len(f.doc.Tokens) {
		switch f.word(k + 1) {
		case "guilty", "not", "innocent", "no":
			return false
		}
	}
	return true
}

// speechNoun reports whether the verb of speech at token k is a noun
// after a determiner ("in a tweet", "his reports"), not a past form
// after a relative pronoun ("an email that said").
func (f *finder) speechNoun(k int) bool {
	if k == 0 || !determiners[f.word(k-1)] {
		return false
	}
	if w := f.word(k); f.word(k-1) == "that" && (strings.HasSuffix(w, "ed") || irregularVerbs[w]) {
		return false
	}
	return true
}

// promiseAttributes reports whether the verb of promising or describing at
// token k, in the words after a quote that start at k0, attributes the
// quote: it ends the clause ("“…,” Keller vowed.", "“…,” Keller
// describes.") or comes first ("“…,” vowed Keller"), not "That is what
// Keller promised workers".
func (f *finder) promiseAttributes(k, k0, to int) bool {
	if !promiseVerbs[f.word(k)] && !describeVerbs[f.word(k)] {
		return false
	}
	return k == k0 || k+1 >= to || f.doc.Tokens[k+1].Kind == text.Punct
}

// pledgeVerbs take the speaker's words as an infinitive ("vowed to “…”").
var pledgeVerbs = map[string]bool{
	"vowed": true, "vows": true, "pledged": true, "pledges": true, "promised": true, "promises": true,
	"threatened": true, "threatens": true, "swore": true, "swears": true,
}

// promiseVerbs name what someone promised before a quote ("vowed a
// “fight to the end”") but attribute it after one ("“…,” Keller vowed").
var promiseVerbs = map[string]bool{"promised": true, "pledged": true, "vowed": true}

// infinitiveVerbs are verbs of speech that also take an infinitive ("it
// continued to grow", "she asked to leave").
var infinitiveVerbs = map[string]bool{
	"continued": true, "continues": true, "agreed": true, "agrees": true, "asked": true, "asks": true, "urged": true,
	"warned": true, "declined": true, "refused": true, "promised": true, "vowed": true, "claimed": true, "claims": true,
	"pointed": true, "suggested": true, "threatened": true, "demanded": true, "demands": true, "begged": true,
	"implored": true, "pleaded": true, "pleads": true,
}

// clauseWords are lower-case words that go on a clause rather than name
// someone: after a verb of speech they mean it has no subject after it
// ("said in October"), and they stop the search for one ("said that
// Ellison …" names no speaker).
var clauseWords = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "by": true, "during": true, "this": true, "that": true, "from": true,
	"with": true, "after": true, "before": true, "for": true, "of": true, "about": true, "it": true, "there": true,
	"if": true, "when": true, "while": true, "as": true, "because": true, "and": true, "but": true, "or": true,
	"was": true, "is": true, "were": true, "are": true, "would": true, "will": true, "had": true, "has": true,
	"last": true, "earlier": true, "later": true, "yesterday": true, "today": true, "tonight": true, "so": true,
	"we": true, "you": true, "i": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
}

// attributionBefore looks for "X said (that)" or "according to X" before the
// quote: tokens [from, to), scanning back from to.
func (f *finder) attributionBefore(from, to int, short bool) int {
	d := f.doc
	for k := to - 1; k >= from; k-- {
		t := d.Tokens[k]
		if t.Kind == text.Quote && k < to-1 {
			if j := f.segClosingAt(t.Start); j >= 0 {
				// Another quote of the same sentence before this one:
				// its speaker, if known ("telling them to “believe” and
				// that they are a “good team.”").
				if f.segs[j].kind == "" {
					if f.segs[j].title {
						// "said on CNN’s “State of the Union” that the
						// bill was “dead.”": a title on the way.
						continue
					}
					return -1
				}
				return f.segs[j].speaker
			}
			continue
		}
		if f.inQuote(t.Start) {
			continue
		}
		if t.Kind != text.Word {
			continue
		}
		w := f.word(k)
		if (w == "according" || w == "According") && k+2 < to && f.word(k+1) == "to" {
			j := k + 2
			if e := f.accordingTo(j, to); e >= 0 {
				return e
			}
			// "according to his uncle, Pavel Dornik, “…”": a short
			// description, then the name.
			for n := j; n < to && n < j+5; n++ {
				t := d.Tokens[n]
				if t.Kind == text.Quote || t.Kind == text.Punct && f.word(n) != "," {
					break
				}
				if f.word(n) == "," {
					if e := f.mentionStartingAt(n + 1); e >= 0 && n+1 < to {
						return e
					}
					break
				}
			}
			continue
		}
		if contrastWords[w] && k > from && f.word(k-1) == "," && k+1 < to && f.unnamedGroupAt(k+1) {
			// "Kell said the bank was sound, but analysts were “not
			// convinced.”": a clause of its own, whose people the
			// article does not name.
			return -1
		}
		if w == "words" && k >= from+3 && d.Tokens[k-1].Kind == text.Possessive && strings.EqualFold(f.word(k-3), "in") {
			// "In Jones's words, “…”"
			if e := f.mentionEndingAt(k - 2); e >= 0 {
				return e
			}
			return -1
		}
		if e, ok := f.viewOf(k, from); ok {
			// "In Jane Roe's view, the effect is “…”", "Roe's
			// verdict: the effect is “…”"
			return e
		}
		if (w == "Per" || w == "per") && k+1 < to {
			// "Per Roe, the effect is “…”"
			if e := f.mentionStartingAt(k + 1); e >= 0 && f.speakerKind(e) {
				return e
			}
		}
		if thoughtVerbs[w] && k > from && to-k <= 7 && f.wordsOnly(k+1, to) && f.quoteWordsAt(to) >= 3 {
			// "Roe thinks the effect is “small but real.”": her
			// words, given as her view, in a short clause right before
			// them (not "Roe believes that the more …, the more the
			// public will scream, “…”").
			if e := f.subjectBefore(k, from); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e
			}
		}
		if judgingVerbs[w] && k > from && to-k <= 9 && f.word(to-1) == "as" && f.wordsOnly(k+1, to) {
			// "The board rates Roe as “highly competent.”", "Roe
			// dismissed the claims as “pure fiction.”": the judge's
			// words, right after "as".
			if e := f.subjectBefore(k, from); e >= 0 {
				return e
			}
		}
		if w == "quote" && k > from && strings.EqualFold(f.word(k-1), "to") && k+1 < to {
			// "To quote Jones, “…”"
			if e := f.mentionStartingAt(k + 1); e >= 0 {
				return e
			}
		}
		if w == "words" && k >= from+2 && f.word(k-1) == "the" && strings.EqualFold(f.word(k-2), "in") && k+2 < to && f.word(k+1) == "of" {
			// "In the words of Jane Doe, “…”"
			j := k + 2
			if f.word(j) == "the" && j+1 < to {
				j++
			}
			if e := f.mentionStartingAt(j); e >= 0 && f.doc.Tokens[j].Start < f.doc.Tokens[to-1].End {
				return e
			}
			return -1
		}
		if (w == "put" || w == "puts") && k+1 < to && f.word(k+1) == "it" && f.asBefore(k, from) {
			// "As Okafor put it, “…”": the subject said it.
			if e := f.subjectBefore(k, from); e >= 0 {
				return e
			}
			return -1
		}
		if (w == "found" || w == "finds") && k+1 < to && f.word(k+1) == "that" {
			// "The Open Data Initiative found that datasets are “…”": an
			// organization's finding in its words.
			// (The organization must open the clause: not "Judge Roe's
			// ruling in Doe v. Acme found that".)
			if e := f.subjectBefore(k, from); e >= 0 && f.ents.Entities[e].Kind == entities.Organization &&
				(f.tokenAt(f.firstMentionStart(e, k-1)) <= from+3 || from+1 < k && documentNouns[f.word(from+1)] && f.word(from+2) == ",") &&
				!afterCaseName(f.doc.Text[:f.doc.Tokens[from].Start]) {
				return e
			}
			continue
		}
		if w == "say" && k-3 >= from && f.word(k-1) == "to" && sayQuantities[f.word(k-2)] && haveForms[f.word(k-3)] {
			// "Roe had this to say about the coat she got “…”", "Roe
			// has plenty to say: “…”": the subject of "had".
			if e := f.subjectBefore(k-3, from); e >= 0 {
				return e
			}
			return -1
		}
		if infinitiveNaming[w] && k > from+1 && f.word(k-1) == "to" && to-k <= 8 {
			// "Ortiz went on radio to describe her town as a “ghost
			// town.”": the sentence's subject names it, unless the verb
			// is someone else's errand ("urged Berg to call it …").
			if f.mentionEndingAt(k-2) < 0 && !objectPronouns[f.word(k-2)] && f.namingObject(k+1, to) {
				if e := f.sentenceSubject(k); e >= 0 {
					return e
				}
			}
			return -1
		}
		if k-2 >= from && f.word(k-1) == "to" && eagerWords[f.word(k-2)] && (baseSpeechVerbs[w] || f.speechVerb(k)) && f.wordIn(k+1, to, "that") {
			// "Vance was keen to stress that …", "Vance wanted to note
			// that …": the subject of the word before "to".
			v := k - 2
			if v-1 >= from && copulas[f.word(v-1)] {
				v-- // "was keen to"
			}
			if e := f.subjectBefore(v, from); e >= 0 {
				return e
			}
		}
		if !f.speechVerb(k) || f.speechNoun(k) {
			continue // not "in a tweet", "his reports"
		}
		if featureOnlyVerb(f.word(k)) && !(k+1 == to || k+2 == to && (f.word(k+1) == "," || f.word(k+1) == ":" || f.word(k+1) == "that" ||
			adviceGerund(f.word(k), f.word(k+1)))) && f.word(to-1) != ":" {
			// "Acme offers a “premium” plan": a verb of feature writing
			// introduces a quote only right before it ("Roe
			// recommends: “…”") or in the clause a colon ends ("Roe
			// recommends a gentle start: “…”").
			continue
		}
		if k+1 < to && f.word(k+1) == "to" && infinitiveVerbs[f.word(k)] {
			continue // "Would Smith have pleaded to hold the “source” back?"
		}
		if k+1 < to && copulas[f.word(k+1)] {
			continue // "the note Ben wrote was “warm”": a relative clause
		}
		if f.writerSubject(k, from) {
			return -1 // "I asked Roe, “…?”": the writer's words
		}
		if e := f.coordinatedSubject(k, from); e >= 0 {
			return e // "Doe, …, and Poe, …, agree: “…”": the first named
		}
		if f.inOpeningClause(k, from, to) {
			continue // "When Roe asked about it, Doe was blunt: “…”"
		}
		if k+2 < to && f.word(k+1) == "by" && strings.HasSuffix(f.word(k), "ed") || k+2 < to && f.word(k+1) == "by" && irregularVerbs[f.word(k)] {
			// "Roe was told by Doe that “…”": the agent speaks ("by
			// Judge Doe": past a title).
			a := k + 2
			if a+1 < to && leadTitles[strings.TrimSuffix(f.word(a), ".")] && f.mentionStartingAt(a) < 0 {
				a++
				if f.word(a) == "." && a+1 < to {
					a++
				}
			}
			if e := f.mentionStartingAt(a); e >= 0 && f.speakerKind(e) {
				return e
			}
		}
		if e := f.subjectBefore(k, from); e >= 0 {
			return e
		}
		if addressVerbs[f.word(k)] && k > from && d.Tokens[k-1].Kind == text.Word && !isPronoun(f.word(k-1)) && !clauseWords[f.word(k-1)] && f.word(k-1) != "then" {
			// "a reporter asked Ruiz, “…?”": the one asked or told is
			// the listener; the speaker is the subject, unnamed here.
			return -1
		}
		if e := f.objectAfter(k, to); e >= 0 {
			return e
		}
		if k > from && (f.word(k-1) == "and" || f.word(k-1) == "but" || f.word(k-1) == "," || f.word(k-1) == "then") {
			if f.word(k-1) == "," && f.appositiveName(k-2, from) {
				// "Roe's spokesman, David Park, said:": an appositive
				// name the entities did not find, not the subject's.
				return -1
			}
			// "he asked …, called Brandt a “liar” and said, “…”"
			return f.sentenceSubject(k)
		}
		return -1
	}
	return -1
}

// infinitiveNaming are verbs of naming in the infinitive ("to describe
// the plan as a “disaster”"); the subject of the sentence does the naming.
var infinitiveNaming = map[string]bool{
	"describe": true, "call": true, "dub": true, "label": true, "brand": true, "characterize": true, "characterise": true,
}

// namingObject reports whether tokens [from, to) are the short object of
// a verb of naming before its quote ("her town as a", "the plan"), not a
// clause of its own ("and restrict snacks that parents think are").
func (f *finder) namingObject(from, to int) bool {
	if to-from > 6 {
		return false
	}
	for k := from; k < to; k++ {
		if f.doc.Tokens[k].Kind != text.Word {
			return false
		}
		switch f.word(k) {
		case "and", "or", "what", "that", "which", "who", "to", "be", "is", "are", "was", "were":
			return false
		}
	}
	return true
}

// afterCaseName reports whether text before a sentence ends with the "v."
// of a court case ("Doe v. Acme found that": one sentence the splitter
// cut at the abbreviation).
func afterCaseName(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, " v.") || strings.HasSuffix(b, " vs.")
}

// sayQuantities and haveForms make "had this to say", "has plenty to say".
var (
	sayQuantities = map[string]bool{"this": true, "that": true, "plenty": true, "much": true, "lots": true, "something": true, "more": true}
	haveForms     = map[string]bool{"had": true, "has": true, "have": true}
)

// asBefore reports whether "as" opens the clause of the verb at token k,
// at most four words before it ("as one analyst put it").
func (f *finder) asBefore(k, from int) bool {
	for j := k - 1; j >= from && j >= k-5; j-- {
		w := f.word(j)
		if w == "as" || w == "As" {
			return true
		}
		if f.doc.Tokens[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// appositiveName reports whether tokens up to k are a run of capitalised
// words between commas (", David Park,"), a name set off as an appositive.
func (f *finder) appositiveName(k, from int) bool {
	d := f.doc
	j := k
	for j >= from && d.Tokens[j].Kind == text.Word && text.IsCapitalized(f.word(j)) && !determiners[f.word(j)] {
		j--
	}
	return j < k && j >= from && f.word(j) == ","
}

// prevParagraphQuoted reports whether the paragraph before segment i's
// ends with an attributed quote.
func (f *finder) prevParagraphQuoted(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if f.segs[j].para == f.segs[i].para {
			continue
		}
		return f.segs[j].para == f.segs[i].para-1 && f.segs[j].kind != "" && f.segs[j].speaker >= 0
	}
	return false
}

// prevQuoteInParagraph returns the attributed quote before segment i in
// its paragraph, or -1.
func (f *finder) prevQuoteInParagraph(i int) int {
	for j := i - 1; j >= 0 && f.segs[j].para == f.segs[i].para; j-- {
		if f.segs[j].kind != "" && f.segs[j].speaker >= 0 {
			return j
		}
	}
	return -1
}

// maxSentencesOn is how many sentences after a quote in its paragraph a
// quote with no speaker of its own may still take that quote's speaker.
const maxSentencesOn = 3

// nearBefore reports whether segment j, before segment i in its
// paragraph, closes at most maxSentencesOn sentences before i opens.
func (f *finder) nearBefore(j, i int) bool {
	end := f.segs[j].close
	if end < 0 {
		end = f.segs[j].end
	}
	return f.sentenceAt(f.segs[i].open)-f.sentenceAt(end) <= maxSentencesOn
}

// clauseStart returns the first token of the writer's sentence holding
// token k in sentence s: s.First (after the paragraph's dateline), or the
// token after a quote before k that ends a sentence of its own
// (endsInnerSentence).
func (f *finder) clauseStart(s text.Sentence, k int) int {
	first := s.First
	if para := f.doc.Paragraphs[s.Para]; para.Start == s.Start {
		// "LONDON (AP) — As the storm hit, …": the dateline, and the
		// wire named in it, are not part of the sentence's clause.
		if _, body, ok := text.Dateline(f.doc.Text, para); ok {
			for first < k && first < s.Last && f.doc.Tokens[first].Start < body {
				first++
			}
		}
	}
	for c := s.First; c < k && c < s.Last; c++ {
		if f.doc.Tokens[c].Kind == text.Quote && f.endsInnerSentence(c, s) {
			first = c + 1
		}
	}
	return first
}

// attribute resolves segment i's speaker and kind.
func (f *finder) attribute(i int) {
	d := f.doc
	sg := &f.segs[i]
	quoted := d.Text[sg.start:sg.end]
	// (the words' own end, past the close of a quote they end with: “… I
	// said, ‘What now?’”)
	ending := strings.TrimRight(quoted, " ’'")
	words := countWords(quoted)
	os := f.sentenceAt(sg.open)
	cs := os
	if sg.close >= 0 {
		cs = f.sentenceAt(sg.close)
	}
	openTok := f.tokenAt(sg.open)
	closeTok := len(d.Tokens)
	if sg.close >= 0 {
		closeTok = f.tokenAt(sg.close) + 1
	}
	// Kind: direct when the quote opens its sentence (or follows a colon).
	first := d.Sentences[os].First
	opensSentence := openTok == first || openTok > first && (f.word(openTok-1) == ":" || isDashTok(f.word(openTok-1))) || f.onlyBulletBefore(first, openTok)
	// “X said, “He was brilliant.”": a whole sentence after a comma.
	afterComma := openTok > first && f.word(openTok-1) == "," && endsWithStop(ending)
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(quoted, "[(…. "))
	continuation := i > 0 && f.segs[i-1].group == sg.group
	if continuation || opensSentence && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '@' || r == '#') {
		// (a sentence may open with a handle or a hashtag)
		sg.kind = lede.QuoteDirect
	} else {
		sg.kind = lede.QuotePartial
	}
	short := words <= 3
	// Speaker: after the quote in its sentence, then before it.
	speaker, anon := -1, false
	if sg.close >= 0 && !f.endsInnerSentence(closeTok-1, d.Sentences[cs]) {
		speaker, anon = f.attributionIn(closeTok, d.Sentences[cs].Last, sg.kind == lede.QuoteDirect || words >= 6)
	}
	if speaker >= 0 && f.ents.Entities[speaker].Kind == entities.Organization && f.accordingAt(closeTok) {
		// "Roe called the reversal “a betrayal,” according to the
		// Tarnby Post": Roe's words in the paper's report.
		if p := f.attributionBefore(f.clauseStart(d.Sentences[os], openTok), openTok, short); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
			speaker = p
		}
	}
	if speaker < 0 && !anon && sg.close >= 0 && closeTok+1 < len(d.Tokens) && f.word(closeTok) == "(" {
		// "“…” (Maria Lopez, bakery owner, Austin)": a signature in
		// parentheses.
		if e := f.mentionStartingAt(closeTok + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			speaker = e
		}
	}
	if speaker >= 0 && closeTok < len(d.Tokens) && isPronoun(f.word(closeTok)) && sg.open == d.Paragraphs[sg.para].Start && sg.para > 0 &&
		f.nameLine(sg.para) < 0 && f.nameLikeLine(sg.para-1) {
		// "Sarah Lind of Petal House ¶ “…,” she says.": the pronoun is
		// the person the line names, whom the entities did not find.
		speaker, anon = -1, true
	}
	if speaker >= 0 && closeTok < len(d.Tokens) && (f.word(closeTok) == "she" || f.word(closeTok) == "he") &&
		f.ents.Entities[speaker].Kind == entities.Person && f.gender(speaker) == entities.Unknown {
		if f.called == nil {
			f.called = map[int]entities.Gender{}
		}
		if f.word(closeTok) == "she" {
			f.called[speaker] = entities.Female
		} else {
			f.called[speaker] = entities.Male
		}
	}
	attributedAfter := speaker >= 0
	if speaker < 0 {
		// Before the quote: "he … said, “…,” the prosecutor’s office
		// said" quotes him, whoever reports it.
		speaker = f.attributionBefore(f.clauseStart(d.Sentences[os], openTok), openTok, short)
	}
	if speaker < 0 && openTok > first+2 && f.word(openTok-1) == "to" {
		speaker = f.adviceTo(f.clauseStart(d.Sentences[os], openTok), openTok-1) // "Whitlock encourages clients to “…”"
	}
	if speaker < 0 && openTok > first+1 && f.word(openTok-1) == "to" && pledgeVerbs[f.word(openTok-2)] {
		// "Holm vowed to “rebuild every home.”": the promise in the
		// subject's words.
		speaker = f.subjectBefore(openTok-2, f.clauseStart(d.Sentences[os], openTok))
	}
	if speaker < 0 && openTok > first+2 && (f.word(openTok-1) == "as" || f.word(openTok-1) == "for") {
		speaker = f.praisedAs(f.clauseStart(d.Sentences[os], openTok), openTok-1) // "Lopez recommends it as “…”"
	}
	if openTok > first && f.recited(first, openTok) {
		// "Roe tells clients to repeat “I am enough”", "A sign by the
		// door reads “…”": words recited or printed, nobody's quote.
		if sg.kind == lede.QuotePartial {
			sg.kind = ""
			return
		}
		speaker, anon = -1, true
	}
	if speaker < 0 && !anon && openTok > first && f.word(openTok-1) == ":" && short && !endsSentence(ending) && closeTok < d.Sentences[cs].Last &&
		d.Tokens[closeTok].Kind == text.Word && !text.IsCapitalized(f.word(closeTok)) && !isSpeechVerb(f.word(closeTok)) && !isPronoun(f.word(closeTok)) {
		// "Roe's main point: “Developer” as a job title undersells
		// you": a word the writer's clause goes on about.
		sg.kind = ""
		return
	}
	if speaker < 0 && !anon && openTok > first && f.word(openTok-1) == ":" {
		// "Buckley had a similar experience: “…”": the subject of the
		// clause the colon ends.
		if e := f.listItem(i, os, openTok-1); e >= 0 {
			speaker = e
			sg.item = true
		} else {
			speaker = f.clauseSubject(first, openTok-1)
		}
		if speaker >= 0 && f.hearsWords(first, openTok-1) {
			// "She hears the same question from everyone: “…”": words
			// said to the subject, by someone unnamed.
			speaker, anon = -1, true
		}
		if speaker < 0 && f.forUnknown(first, openTok-1) {
			anon = true // "For Kowal, founder of …, it's simple:" with Kowal unknown
		}
		if speaker < 0 && !anon && first+1 < openTok-1 && isBullet(f.word(first)) {
			speaker = f.clauseSubject(first+1, openTok-1) // "• Maria Lopez, bakery owner in Austin: “…”"
		}
		if speaker < 0 {
			speaker = f.namedInApposition(first, openTok-1) // "One respondent, Priya Shah of Atlanta, put it this way:"
		}
		if speaker < 0 {
			speaker = f.possessiveAdvice(first, openTok-1) // "Whitlock's top tip:", "Whitlock's mantra for clients is simple:"
		}
		if speaker < 0 {
			speaker = f.hereIsWhat(first, openTok-1) // "Here's what Whitlock tells clients:"
		}
		if speaker < 0 {
			speaker = f.pronounsWords(first, openTok-1) // "Their verdict: “…”"
		}
		if speaker < 0 {
			speaker = f.includingBefore(first, openTok-1) // "Testers liked it, including tester Paul Roe: “…”"
		}
		if speaker < 0 && openTok-2 >= first && isSpeechVerb(f.word(openTok-2)) && !text.IsNamingVerb(f.word(openTok-2)) {
			// "Roe's spokesman, David Park, said: “…”": a verb of speech
			// whose subject the article does not name as an entity; the
			// quote takes no speaker from elsewhere.
			anon = true
		}
		clause := text.Sentence{Span: text.Span{Start: d.Tokens[first].Start, End: d.Tokens[openTok-1].Start}, First: first, Last: openTok - 1}
		if speaker < 0 && f.opensWithUnnamedPerson(clause) {
			// "One survey respondent summed it up as follows: “…”".
			anon = true
		}
		if speaker < 0 && f.documentColon(text.Sentence{First: first, Last: openTok}) {
			// "On the wall hangs a poster: “…”": a sign's words.
			anon = true
		}
		if speaker < 0 && (f.wordIn(first, openTok-1, "you") || f.wordIn(first, openTok-1, "You")) {
			// "In the last round, you extend the wish to everyone: “May
			// we be well …”": words the reader is to say.
			anon = true
		}
	}
	if speaker < 0 && !anon && afterComma && unicode.IsUpper(r) && sg.close >= 0 && closeTok+1 >= d.Sentences[cs].Last && openTok-1 > first+1 &&
		openTok-first <= 20 && !f.speechVerbIn(f.pastAskedClause(first, openTok), openTok) && !f.wordIn(first, openTok, "that") {
		// "Our tester Nadia was impressed with the boots, “They fit
		// well.”": a sentence of the subject's own after the writer's
		// clause about them.
		if e := f.clauseSubject(first, openTok-1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			speaker = e
		}
	}
	if speaker < 0 && !anon && sg.kind == lede.QuotePartial && words >= 3 && openTok > first+2 {
		// "Acme's audit revealed failures: datasets are “poorly
		// documented,” …": words the subject of the clause before the
		// colon reports.
		speaker = f.colonClauseReports(first, openTok)
	}
	if speaker < 0 && !anon && (f.writerSpeaksBefore(f.clauseStart(d.Sentences[os], openTok), openTok) || sg.close >= 0 && f.writerSpeaksAfter(closeTok)) {
		// "I asked Roe, “…?”", "“…?” I asked.": the writer's own words,
		// no one's quote to inherit.
		anon = true
	}
	if speaker < 0 && !anon && openTok > first && f.imperativeOpens(first, openTok) {
		// "Ask yourself: “What would I tell a friend?”", "Try a simple
		// script: “…”": words the writer suggests the reader say, nobody's
		// quote.
		anon = true
	}
	if speaker < 0 && !anon {
		speaker = f.leadDescribedSpeaker(i, os, openTok) // "A Boise dietitian says “…”. ¶ Jane Roe, a dietitian …"
	}
	sg.anon = anon && speaker < 0
	if speaker < 0 && opensSentence && d.Sentences[os].First == openTok {
		speaker = f.colonBefore(os)
		if speaker < 0 && !sg.anon && os > 0 && f.documentColon(d.Sentences[os-1]) {
			sg.anon = true // a document's words with no named issuer
		}
	}
	if speaker >= 0 && afterComma && unicode.IsUpper(r) {
		sg.kind = lede.QuoteDirect // "Lind answered, “Correct.”": a sentence of its own
	}
	if speaker < 0 {
		speaker = f.signatureAfter(sg.para)
	}
	if speaker < 0 && !anon && f.fillsParagraph(sg) {
		speaker = f.nameLineBelow(sg.para) // "“…” ¶ Dora Quint ¶ Museum President"
	}
	if speaker < 0 {
		speaker = f.postAuthor(sg.start)
	}
	if speaker < 0 && sg.kind == lede.QuotePartial {
		// Words in quotation marks inside the writer's sentence with no
		// speaker of their own: the speaker of the paragraph's quote
		// before them, else a scare quote, a chant, a term; not reported.
		if j := f.prevQuoteInParagraph(i); j >= 0 && !short && f.nearBefore(j, i) && !f.writerInSentence(d.Sentences[os]) {
			speaker = f.segs[j].speaker
		} else if e := f.speakerOfSentenceBefore(os, words); e >= 0 {
			speaker = e
		} else if e := f.adviceGoesOn(i, os, words); e >= 0 {
			speaker = e
		} else if j := f.sharedAttribution(i, os); j >= 0 {
			sg.sharesWith = j + 1
			return
		} else if j := f.requoted(i); j >= 0 {
			// “many signed statements …” repeated from the
			// speaker's own words earlier in the article; that quote's
			// speaker may be known only once all are attributed.
			sg.requotes = j + 1
			return
		} else {
			sg.kind = ""
			return
		}
	}
	if openTok > 1 && mentionNouns[f.word(openTok-1)] && (determiners[f.word(openTok-2)] || f.word(openTok-2) == "these" || f.word(openTok-2) == "those") ||
		i > 0 && f.segs[i-1].mention && openTok > 0 && (f.word(openTok-1) == "and" || f.word(openTok-1) == "or" || f.word(openTok-1) == ",") &&
			f.tokenAt(f.segs[i-1].close)+2 >= openTok && f.sentenceAt(f.segs[i-1].open) == os {
		// "dropped the words “binding” and “net zero”": words
		// talked about, nobody's speech.
		sg.kind, sg.mention = "", true
		return
	}
	if openTok > 0 && (strings.EqualFold(f.word(openTok-1), "so-called") || openTok > 1 && f.word(openTok-2) == "so" && f.word(openTok-1) == "called") {
		// the so-called “experts”: the writer's scare quotes.
		sg.kind = ""
		return
	}
	if unicode.IsUpper(r) && openTok > 0 && (workNouns[strings.ToLower(f.word(openTok-1))] ||
		openTok > 1 && f.word(openTok-1) == "of" && creatorNouns[strings.ToLower(f.word(openTok-2))] ||
		openTok > 1 && f.word(openTok-1) == "," && workNouns[strings.ToLower(f.word(openTok-2))] && !(endsWithStop(ending) && f.toldWork(openTok-2))) {
		// ("author of “How to Rest”", "In her new book, “How to rest,”")
		// In her book “A Garden Grown on Stone: …”: a title.
		sg.kind, sg.title = "", true
		return
	}
	if unicode.IsUpper(r) && f.namesSomething(openTok, closeTok) {
		// the “Slow. Kids at play.” campaign: a name, not speech.
		sg.kind = ""
		return
	}
	if sg.kind == lede.QuotePartial && words == 1 && openTok > 0 && determiners[f.word(openTok-1)] && closeTok < len(d.Tokens) &&
		d.Tokens[closeTok].Kind == text.Word && !text.IsCapitalized(f.word(closeTok)) && !clauseWords[f.word(closeTok)] &&
		!prepositions[f.word(closeTok)] && !auxiliaries[f.word(closeTok)] && !isSpeechVerb(f.word(closeTok)) && !f.namedBefore(openTok-1) {
		// the “low-fat” craze: one word qualifying a noun, a term (not
		// "called it an “unprecedented” attack": someone's word).
		sg.kind = ""
		return
	}
	if sg.kind == lede.QuotePartial && words >= 2 && words <= 6 && openTok > 0 && (determiners[f.word(openTok-1)] || f.word(openTok-1) == "other") &&
		!unicode.IsUpper(r) && !strings.ContainsAny(strings.TrimRight(quoted, " "), ".,;:!?") && closeTok+1 < len(d.Tokens) &&
		d.Tokens[closeTok].Kind == text.Word && !text.IsCapitalized(f.word(closeTok)) && !clauseWords[f.word(closeTok)] &&
		!prepositions[f.word(closeTok)] && !auxiliaries[f.word(closeTok)] && !isSpeechVerb(f.word(closeTok)) && !strings.HasSuffix(f.word(closeTok), "ly") &&
		!strings.HasSuffix(f.word(closeTok), "ing") && !strings.HasSuffix(f.word(closeTok), "ed") && (prepositions[f.word(closeTok+1)] || d.Tokens[closeTok+1].Kind == text.Punct) && !f.namedBefore(openTok-1) {
		// in other “simple rules break” news from May, the “too big
		// to fail” doctrine: a phrase qualifying a noun, a term.
		sg.kind = ""
		return
	}
	if sg.kind == lede.QuotePartial && words <= 2 && openTok > 1 && f.word(openTok-1) == "as" && labelParticiple(f.word(openTok-2)) {
		// foods marketed as “healthy”, a district known as “the Flats”:
		// a label, nobody's words.
		sg.kind = ""
		return
	}
	if sg.kind == lede.QuotePartial && words <= 2 && !attributedAfter && !strings.ContainsAny(quoted, ".,;:!?") && closeTok < len(d.Tokens) && termFollows(f.word(closeTok)) &&
		!text.IsCapitalized(strings.TrimLeft(quoted, "'‘ ")) && !f.pairedWithQuote(i, openTok) {
		// She says “glamping” now makes up half her bookings; demand for
		// “quiet quitting” is …: a term the writer's clause goes on
		// about, not someone's words.
		sg.kind = ""
		return
	}
	if !hasLetter(quoted) || f.codeLike(sg.para) {
		// “4242”, "rValueUID":"212335655011": numbers and code, not words.
		sg.kind = ""
		return
	}
	if speaker < 0 && !anon && !endsSentence(ending) && closeTok < len(d.Tokens) && d.Tokens[closeTok].Kind == text.Word &&
		!text.IsCapitalized(f.word(closeTok)) && !isSpeechVerb(f.word(closeTok)) && d.Sentences[cs].First <= closeTok && closeTok < d.Sentences[cs].Last {
		// “Hypothetically speaking” isn’t …, “Flight insights” feature:
		// the words are talked about, not said.
		sg.kind = ""
		return
	}
	if speaker < 0 && f.fillsParagraph(sg) && !endsSentence(ending) || f.numberedHeading(sg) {
		// A paragraph that is only a quotation with no sentence end: a
		// heading quoting the story ("“Harbour-side rent
		// rises”").
		sg.kind = ""
		return
	}
	if speaker < 0 && !anon && sg.kind == lede.QuoteDirect && isTitle(quoted) {
		// "“Chaos.” That's how Roe describes her first year": a short
		// quote the next sentence attributes is no title.
		speaker = f.speakerInNextSentence(i)
	}
	if (speaker < 0 || sg.kind == lede.QuotePartial) && isTitle(quoted) && !(sg.kind == lede.QuoteDirect && endsWithStop(ending) && f.prevQuoteInParagraph(i) >= 0) &&
		!(sg.anon && sg.kind == lede.QuoteDirect && endsSentence(ending)) &&
		!(sg.kind == lede.QuoteDirect && strings.HasSuffix(strings.TrimSpace(quoted), ".") && f.prevParagraphQuoted(i)) {
		// (“We did it.” after a paragraph of someone's quotes: speech.)
		// (“It is a sad day,” a witness said: short words, but speech.)
		// (“Never.” after “…,” she said: speech, not a title.)
		// A title (“Star Wars,”), not someone's words.
		sg.kind, sg.title = "", true
		return
	}
	if speaker >= 0 {
		f.lastSpeaker, f.lastSpeakerPara = speaker, sg.para
		if afterComma && unicode.IsUpper(r) {
			sg.kind = lede.QuoteDirect
		}
	}
	sg.speaker = speaker
	sg.own = speaker >= 0
	sg.after = attributedAfter && speaker >= 0
}

// sharedAttribution returns the quote after quote i in its sentence os
// whose attribution may name quote i's speaker too: the next quote, in the
// same sentence, with no verb of speech or naming and no person named
// between the two, nor before quote i in the sentence; or -1.
func (f *finder) sharedAttribution(i, os int) int {
	j := i + 1
	if j >= len(f.segs) || f.segs[i].close < 0 || f.segs[j].close < 0 || f.segs[j].group == f.segs[i].group ||
		f.sentenceAt(f.segs[j].open) != os || f.sentenceAt(f.segs[j].close) != os {
		return -1
	}
	d := f.doc
	first := d.Sentences[os].First
	from, to := f.tokenAt(f.segs[i].close)+1, f.tokenAt(f.segs[j].open)
	for _, r := range [][2]int{{first, f.tokenAt(f.segs[i].open)}, {from, to}} {
		for k := r[0]; k < r[1]; k++ {
			if d.Tokens[k].Kind != text.Word || f.inQuote(d.Tokens[k].Start) {
				continue
			}
			w := strings.ToLower(f.word(k))
			if isSpeechVerb(w) || text.IsNamingVerb(w) || infinitiveNaming[w] || thoughtVerbs[w] || isPronoun(f.word(k)) && w != "it" {
				return -1
			}
			if e := f.mentionStartingAt(k); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return -1
			}
		}
	}
	return j
}

// speakerOfSentenceBefore returns the speaker a clause-long partial
// quote (six words or more) in sentence os goes on from: the subject of a
// verb of speech in the sentence just before, in the same paragraph, when
// the quote's own sentence has no verb of speech and names no one ("It
// isn't clear which came first, Royce says. Just because scientists found
// them first, “that doesn't mean that's the order they evolved in.”"); or
// -1.
func (f *finder) speakerOfSentenceBefore(os, words int) int {
	d := f.doc
	if words < 6 || os == 0 || d.Sentences[os-1].Para != d.Sentences[os].Para {
		return -1
	}
	s := d.Sentences[os]
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k]
		if f.inQuote(t.Start) {
			continue
		}
		if t.Kind == text.Word && (isSpeechVerb(strings.ToLower(f.word(k))) || documentNouns[strings.ToLower(f.word(k))]) {
			return -1
		}
		if e := f.mentionStartingAt(k); e >= 0 {
			return -1
		}
	}
	prev := d.Sentences[os-1]
	if f.overlapsQuote(prev.Start, prev.End) {
		return -1
	}
	e := f.speechSubjectIn(prev)
	if e < 0 || f.ents.Entities[e].Kind != entities.Person {
		return -1
	}
	return e
}

// onlyBulletBefore reports whether the tokens [first, open) are only a
// list bullet ("• “…,” Jones said").
func (f *finder) onlyBulletBefore(first, open int) bool {
	return open-first == 1 && isBullet(f.word(first))
}

// isBullet reports whether w is a list bullet.
func isBullet(w string) bool {
	switch w {
	case "•", "·", "▪", "◦", "*", "‣", "-", "–":
		return true
	}
	return false
}

// namesSomething reports whether the quote between tokens open and close
// (exclusive of close), which opens with a capital, is used as a name: a
// determiner before it and a lower-case content word as the next token,
// whatever space comes between ("the “Walk to school” campaign", not
// "a “very good” meeting").
func (f *finder) namesSomething(open, close int) bool {
	d := f.doc
	if open == 0 || close >= len(d.Tokens) {
		return false
	}
	switch strings.ToLower(f.word(open - 1)) {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "viral", "new":
	default:
		return false
	}
	t := d.Tokens[close]
	if t.Kind != text.Word {
		return false
	}
	w := f.word(close)
	return !text.IsCapitalized(w) && !functionWords[w]
}

// ownWorkNouns are a person's own work ("Roe's research shows …"): the
// clause is about them, who may speak next.
var ownWorkNouns = map[string]bool{
	"research": true, "work": true, "findings": true, "data": true, "team": true, "lab": true, "laboratory": true,
	"experiments": true, "analysis": true,
}

// creatorNouns name who made a work, before "of" and its title ("author
// of “How to rest”").
var creatorNouns = map[string]bool{
	"author": true, "co-author": true, "coauthor": true, "editor": true, "creator": true, "host": true, "co-host": true,
	"director": true, "producer": true, "writer": true, "publisher": true, "founder": true,
}

// workNouns name a work whose title follows in quotation marks ("her
// book “…”", "the headline “…”").
var workNouns = map[string]bool{
	"book": true, "novel": true, "memoir": true, "film": true, "movie": true, "album": true, "song": true, "single": true,
	"show": true, "series": true, "documentary": true, "play": true, "musical": true, "poem": true, "essay": true,
	"article": true, "column": true, "op-ed": true, "podcast": true, "episode": true, "titled": true, "entitled": true,
	"headline": true, "report": true, "paper": true, "study": true, "exhibition": true, "painting": true, "track": true,
}

// functionWords may follow a quote without making it a name.
var functionWords = map[string]bool{
	"and": true, "or": true, "but": true, "of": true, "for": true, "to": true, "in": true, "on": true, "at": true, "by": true,
	"with": true, "from": true, "as": true, "that": true, "which": true, "who": true, "is": true, "was": true, "are": true,
	"were": true, "he": true, "she": true, "they": true, "it": true, "said": true, "says": true, "told": true, "than": true,
	"because": true, "when": true, "while": true, "if": true, "so": true, "about": true, "into": true, "after": true, "before": true,
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// codeLike reports whether paragraph p reads like code or data rather
// than prose: JSON keys ("name":) or braces around quoted strings.
func (f *finder) codeLike(p int) bool {
	para := f.doc.Paragraphs[p]
	t := f.doc.Text[para.Start:para.End]
	return strings.Count(t, "\":") >= 2 || strings.Contains(t, "{\"") || strings.Contains(t, "\",\"")
}

// numberedHeading reports whether the segment is a numbered heading: a
// paragraph of a list number and a quotation with no sentence end after
// it ("3. “Not a side door”").
func (f *finder) numberedHeading(sg *segment) bool {
	p := f.doc.Paragraphs[sg.para]
	if sg.close < 0 || sg.close+markLen(f.doc.Text, sg.close) != p.End {
		return false
	}
	lead := strings.TrimSpace(f.doc.Text[p.Start:sg.open])
	if lead == "" || len(lead) > 4 {
		return false
	}
	for _, c := range lead {
		if !(c >= '0' && c <= '9' || c == '.' || c == ')') {
			return false
		}
	}
	return true
}

// fillsParagraph reports whether the segment's marks span its whole
// paragraph.
func (f *finder) fillsParagraph(sg *segment) bool {
	p := f.doc.Paragraphs[sg.para]
	if sg.open != p.Start || sg.close < 0 {
		return false
	}
	rest := strings.TrimSpace(f.doc.Text[sg.close+markLen(f.doc.Text, sg.close) : p.End])
	if rest == "" {
		return true
	}
	// “Until Dawn: Rush of Blood” ($20): a heading with a note in
	// brackets.
	return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && countWords(rest) <= 4
}

// endsWithStop reports whether quoted words end with . ! or ?.
func endsWithStop(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// endsSentence reports whether quoted words end like a sentence or a
// clause of one.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ',' || r == '…'
}

func isDashTok(w string) bool { return w == "—" || w == "–" || w == "-" }

// colonBefore handles "X said:" ending the sentence before the quote.
func (f *finder) colonBefore(os int) int {
	if os == 0 {
		return -1
	}
	prev := f.doc.Sentences[os-1]
	if prev.Last-prev.First < 2 || f.word(prev.Last-1) != ":" {
		return -1
	}
	if e := f.attributionBefore(prev.First, prev.Last, false); e >= 0 {
		return e
	}
	// "Her advice:", "She has a simple message for patients:" ending the
	// paragraph before: the subject of the clause the colon ends.
	if f.overlapsQuote(prev.Start, prev.End) || f.imperativeOpens(prev.First, prev.Last-1) {
		return -1
	}
	if f.documentColon(prev) {
		return -1 // "…, which carries the following statement:": its source's words
	}
	if e := f.clauseSubject(prev.First, prev.Last-1); e >= 0 {
		return e
	}
	if e := f.hereIsWhat(prev.First, prev.Last-1); e >= 0 {
		return e // "Here's what she's seeing: ¶ “…”"
	}
	return f.pronounsWords(prev.First, prev.Last-1) // "In their words: ¶ “…”"
}

// inherit gives a quote with no attribution of its own the speaker of the
// quote before it in the same or the previous paragraph, or the subject of
// a verb of speech in the sentence before.
func (f *finder) inherit(i, os int) int {
	sg := f.segs[i]
	if sg.open == f.doc.Paragraphs[sg.para].Start {
		// "Jane Roe, co-owner of Acme Events ¶ “…”": the line over the
		// quote names its speaker.
		if e := f.nameLine(sg.para); e >= 0 {
			return e
		}
		if sg.para > 0 && sg.para-1 < 2 && f.bylineAt(sg.para-1) {
			return -1 // "By Sarah Lind ¶ “…”": the article's writer
		}
		if sg.para > 0 && f.nameLikeLine(sg.para-1) {
			return -1 // "Sarah Lind of Petal House ¶ “…”", no person found
		}
	}
	if os > 0 {
		// "Okafor came back to the point an hour on. “Which ferries …?”":
		// the subject of the sentence just before, in the same paragraph
		// and with no quote of its own, is closer than earlier quotes.
		prev := f.doc.Sentences[os-1]
		if prev.Para == f.doc.Sentences[os].Para && !f.overlapsQuote(prev.Start, prev.End) && prev.Last-prev.First >= 3 {
			if e := f.speechSubjectIn(prev); e >= 0 {
				return e
			}
			if e := f.clauseSubject(prev.First, prev.Last); e >= 0 {
				return e
			}
			if w := f.word(prev.First); (w == "His" || w == "Her" || w == "Their") && prev.First+2 < prev.Last && f.word(prev.First+2) == "," {
				// "Her opponent, a local builder, was unconvinced. “…”":
				// someone new and unnamed speaks.
				return -1
			}
			if f.opensWithUnnamedPerson(prev) {
				// "A former employee spoke on condition of anonymity.
				// “…”": someone new and unnamed speaks.
				return -1
			}
		}
	}
	before := f.paragraphBefore(sg.para) // past caption lines
	for j := i - 1; j >= 0; j-- {
		p := f.segs[j]
		if p.kind == "" {
			continue
		}
		if p.para >= before && p.speaker >= 0 {
			if p.para == sg.para && !f.nearBefore(j, i) {
				// A long paragraph (an essay set as one block): a quote
				// several sentences on is not the last one's words.
				break
			}
			if p.para < sg.para && p.close >= 0 && f.otherPersonIn(p.close, sg.open, p.speaker) && !f.sandwiched(j, i) {
				// "“…,” Smith said. Jones, however, doubted the plan.
				// ¶ “It costs too much.”": the previous paragraph did not
				// end with Smith's words; someone else came after them.
				break
			}
			return p.speaker
		}
		if p.speaker >= 0 && p.close >= 0 && p.para == before-1 && before == sg.para-1 && sg.kind == lede.QuoteDirect &&
			sg.open == f.doc.Paragraphs[sg.para].Start && f.plainNarration(before) && !f.otherPersonIn(p.close, sg.open, p.speaker) && f.ownInParagraph(j) {
			// "“…,” Kowal adds. ¶ Weddings are smaller now. ¶ “…”": one
			// short paragraph of narration naming no one between two
			// quote paragraphs; the speaker goes on.
			return p.speaker
		}
		break
	}
	if os > 0 {
		prev := f.doc.Sentences[os-1]
		if b := f.paragraphBefore(sg.para); b < sg.para-1 && prev.Para > b && f.doc.Paragraphs[sg.para].Start == sg.open {
			// "… shared her top tips. ¶ Keep a schedule ¶ “…”": past
			// the heading, the last sentence of the paragraph before it.
			for j := os - 1; j > 0 && f.doc.Sentences[j].Para > b; j-- {
				prev = f.doc.Sentences[j-1]
			}
			if prev.Para != b {
				return -1
			}
			if e := f.speechSubjectIn(prev); e >= 0 {
				return e
			}
			return f.introducedBefore(i, prev)
		}
		if prev.Para >= f.doc.Sentences[os].Para-1 {
			if e := f.speechSubjectIn(prev); e >= 0 {
				return e
			}
			return f.introducedBefore(i, prev)
		}
	}
	return -1
}

// paragraphBefore returns the paragraph before para, passing over up to
// two caption lines (a photo caption or a heading: no sentence end, no
// quotation mark) that a page sets between the paragraphs of a story.
func (f *finder) paragraphBefore(para int) int {
	p := para - 1
	for n := 0; n < 2 && p > 0; n++ {
		pp := f.doc.Paragraphs[p]
		line := strings.TrimSpace(f.doc.Text[pp.Start:pp.End])
		if line == "" || endsSentence(line) || strings.ContainsAny(line, "“”\"‘’«»:") || countWords(line) > 40 {
			break
		}
		p--
	}
	return p
}

// introducedBefore returns the person a quote opening its paragraph
// follows on from: the subject of the last sentence of the paragraph
// before ("Anna Berg has run the bakery since 2001. ¶ “We knew the rent
// would go up.”"), when that paragraph holds no quote and the sentence
// names no other person; else -1.
func (f *finder) introducedBefore(i int, prev text.Sentence) int {
	d := f.doc
	sg := f.segs[i]
	if sg.open != d.Paragraphs[sg.para].Start || prev.Para != f.paragraphBefore(sg.para) || sg.kind != lede.QuoteDirect {
		return -1
	}
	pp := d.Paragraphs[prev.Para]
	if f.overlapsQuote(pp.Start, pp.End) || prev.Last > prev.First && f.word(prev.Last-1) == ":" {
		return -1 // ("…, which carries this statement:": its source, not the subject)
	}
	e := f.clauseSubject(prev.First, prev.Last)
	if e < 0 {
		e = f.forPerson(prev) // "For Sarah Lind, owner of a flower shop, the shift is about sourcing."
	}
	if e < 0 {
		// "When Sarah Lind opened her shop, most brides wanted roses.",
		// "It's a trend Sarah Lind has noticed.": the one person the
		// sentence introduces.
		if p := f.firstPersonIn(prev.Start, prev.End); p >= 0 && f.introducedIn(p, prev) && !f.pronounInSentence(prev) &&
			endsSentence(strings.TrimSpace(f.doc.Text[prev.Start:prev.End])) {
			e = p
		}
	}
	if e < 0 && prev.Last-prev.First > 3 && isPersonNoun(strings.ToLower(f.word(prev.First))) {
		// "Florist Sarah Lind has seen orders change."
		if p := f.mentionStartingAt(prev.First + 1); p >= 0 && f.ents.Entities[p].Kind == entities.Person {
			if n := f.tokenAt(f.mentionEnd(prev.First + 1)); n < prev.Last && f.doc.Tokens[n].Kind == text.Word && !text.IsCapitalized(f.word(n)) {
				e = p
			}
		}
	}
	if e < 0 || f.ents.Entities[e].Kind != entities.Person || f.otherPersonIn(prev.Start, prev.End, e) {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if p := f.segs[j]; p.kind != "" && p.speaker >= 0 {
			if p.para >= prev.Para-1 && p.speaker != e && !f.introducedIn(e, prev) {
				// "“You must go,” Reed said. ¶ Ames answered nothing. ¶
				// “…”": in a dialogue the quote may be anyone's.
				return -1
			}
			break
		}
	}
	if f.firstPersonIn(prev.Start, prev.End) < 0 && f.pronounInSentence(prev) && (e != f.lastSpeaker || f.lastSpeakerPara < sg.para-3) {
		// "However, he defended the visit. ¶ “…”" goes on with the
		// speaker quoted just before; a pronoun standing for anyone else
		// ("But he made no motion." in a dialogue) is too loose a guess.
		return -1
	}
	return e
}

// speechSubjectIn returns the subject of the first verb of speech of
// sentence s outside quotes that has one (after a comma, also the name
// right after the verb: "…, explains Ada Ruiz."), or the person named
// after "according to", or -1.
func (f *finder) speechSubjectIn(s text.Sentence) int {
	for k := s.First; k < s.Last; k++ {
		t := f.doc.Tokens[k]
		if t.Kind == text.Word && (f.word(k) == "according" || f.word(k) == "According") && k+2 < s.Last && f.word(k+1) == "to" && !f.inQuote(t.Start) {
			// "Loneliness is common, according to Ada Ruiz, a
			// psychologist." ¶ “…”: the source speaks on.
			if e := f.accordingTo(k+2, s.Last); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e
			}
		}
		if t.Kind == text.Word && f.speechVerb(k) && !text.IsNamingVerb(f.word(k)) && !f.inQuote(t.Start) {
			if e := f.subjectBefore(k, s.First); e >= 0 {
				return e
			}
			if k > s.First && f.word(k-1) == "," {
				// "Asthma is common, explains Ada Ruiz, a doctor.":
				// the name after the verb.
				if e := f.objectAfter(k, s.Last); e >= 0 {
					return e
				}
			}
		}
	}
	return -1
}

func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// isTitle reports whether quoted words look like a title: every word of
// four letters or more capitalised, and no sentence punctuation.
func isTitle(s string) bool {
	s = strings.TrimRight(s, ",.")
	if head, tail, ok := strings.Cut(s, ": "); ok && len(strings.Fields(head)) >= 2 {
		// "Things Nobody Tells You: Part II": a title and its subtitle,
		// every word capitalised.
		return allCapitalized(head) && allCapitalized(tail) && isTitle(head) && isTitle(tail)
	}
	if s == "" || strings.ContainsAny(s, ".,!?;:") {
		return false
	}
	caps := 0
	for _, w := range strings.Fields(s) {
		if text.IsCapitalized(w) {
			caps++
		} else if utf8.RuneCountInString(w) >= 4 {
			return false
		}
	}
	return caps > 0
}

// allCapitalized reports whether every word of s opens with a capital
// letter or a digit.
func allCapitalized(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// clauseSubject returns the speaker a clause of tokens [first, end) opens
// with, for a quote after the colon that ends it ("Smith agreed: “…”",
// "But she put it plainly: “…”"): a person or organization named by its
// first words (past one conjunction) or a personal pronoun, or -1.
func (f *finder) clauseSubject(first, end int) int {
	k := first
	if k < end && leadConjunctions[f.word(k)] {
		k++
	}
	if k+1 < end && f.word(k+1) == "," && (sentenceAdverbs[f.word(k)] || strings.HasSuffix(f.word(k), "ly") && text.IsCapitalized(f.word(k))) {
		k += 2 // "However, he defended the decision."
	}
	if k < end && introWords[f.word(k)] {
		// "Asked whether it could have been prevented, Benz did not
		// hesitate": the subject after the opening clause.
		for c := k + 1; c < end && c <= k+20; c++ {
			if f.doc.Tokens[c].Kind == text.Quote {
				break
			}
			if f.word(c) == "," {
				k = c + 1
				break
			}
		}
	}
	if k >= end || f.inQuote(f.doc.Tokens[k].Start) {
		return -1
	}
	if w := strings.ToLower(f.word(k)); (w == "for" || w == "to") && k+2 < end && (k == first || leadConjunctions[f.word(first)]) {
		// "For Roe, the answer is simple: “…”", "But for Roe and her
		// family the loss is personal.": the person whose view the
		// clause gives.
		if e := f.mentionStartingAt(k + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			n := f.tokenAt(f.mentionEnd(k + 1))
			if n < end && f.word(n) == "," || n+2 < end && f.word(n) == "and" && possessivePronouns[f.word(n+1)] {
				return e
			}
		}
	}
	if e := f.appositiveSubject(k, end); e >= 0 {
		return e // "The council's treasurer, Tom Keller, was blunt:"
	}
	if (f.word(k) == "The" || f.word(k) == "the") && k+2 < end && f.mentionStartingAt(k+1) < 0 {
		// "Asked about the loss, the coach was defiant.", "The
		// 56-year-old was blunt:": a description that fits one person.
		if n := k + 1; f.doc.Tokens[n].Kind == text.Word && verbLike(f.word(n+1)) {
			if e := f.described(n); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
				return e
			}
		}
		if k+4 < end && verbLike(f.word(k+4)) {
			if e := f.agedAt(k + 3); e >= 0 {
				return e
			}
		}
	}
	if f.word(k) == "The" && k+3 < end && (messageNouns[f.word(k+1)] || utteranceNouns[f.word(k+1)]) && (f.word(k+2) == "from" || f.word(k+2) == "of") {
		// "The message from Jones was simple: “…”"
		if e := f.ownedOrNamed(k+3, end); e >= 0 {
			return e
		}
	}
	if k+2 < end && f.doc.Tokens[k+1].Kind == text.Possessive && text.IsCapitalized(f.word(k)) {
		if e := f.mentionStartingAt(k + 2); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			if o := f.mentionStartingAt(k); o < 0 || f.ents.Entities[o].Kind == entities.Organization {
				k += 2 // "Eastvale's Open Data Initiative has run audits …": the unit, not its parent
			}
		}
	}
	if f.word(k) == "The" && k+1 < end && f.mentionStartingAt(k) < 0 {
		if e := f.mentionStartingAt(k + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Organization {
			k++ // "The Water Safety Board warned …"
		}
	} else if k+1 < end && f.mentionStartingAt(k) < 0 && (sentenceAdverbs[f.word(k)] || leadTitles[strings.TrimSuffix(f.word(k), ".")] || isPersonNoun(strings.ToLower(f.word(k)))) {
		if e := f.mentionStartingAt(k + 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			k++ // "Senator Gina Moss celebrated the vote, tweeting: “…”"
		}
	} else if k+2 < end && text.IsCapitalized(f.word(k)) && f.doc.Tokens[k+1].Kind == text.Word && isPersonNoun(f.word(k+1)) {
		if e := f.mentionStartingAt(k + 2); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
			// "Career coach Ada Ruiz put it simply: “…”", "Acme coach
			// Ada Ruiz was blunt:" (the person, not the employer).
			k += 2
		}
	}
	if end-k <= 6 {
		// "Union leader Rhea Quint: “…”": a role and a name, the whole
		// clause.
		if e := f.mentionEndingAt(end - 1); e >= 0 && f.ents.Entities[e].Kind == entities.Person && !f.otherPersonIn(f.doc.Tokens[k].Start, f.doc.Tokens[end-1].End, e) {
			for j := k; j < end && f.mentionEndingAt(j) != e; j++ {
				if w := f.word(j); f.doc.Tokens[j].Kind != text.Word || isSpeechVerb(w) || prepositions[w] {
					// "One researcher told Fisk: “…”": the name is the
					// listener, not the speaker.
					return -1
				}
			}
			return e
		}
	}
	if e := f.mentionStartingAt(k); e >= 0 {
		n := f.tokenAt(f.mentionEnd(k))
		if n < end && f.doc.Tokens[n].Kind == text.Possessive {
			if n+1 < end && (utteranceNouns[f.word(n+1)] || documentNouns[f.word(n+1)] && !spokesNouns[f.word(n+1)] || ownWorkNouns[f.word(n+1)]) {
				// "Smith's response was blunt: “…”", "The council's
				// guidelines are clear:", "Roe's research shows …"
				return e
			}
			return -1 // "Smith's lawyer put it this way:"
		}
		if n+1 < end && f.ents.Entities[e].Kind == entities.Person && (f.word(n) == "of" || f.word(n) == "at" || f.word(n) == "from") && text.IsCapitalized(f.word(n+1)) {
			return e // "Lena Ortiz of Fernhill Farm sums it up:"
		}
		if n < end && f.doc.Tokens[n].Kind == text.Word && !text.IsCapitalized(f.word(n)) && !verbLike(f.word(n)) {
			return -1 // "Google search is …": the name qualifies a noun
		}
		return e
	}
	switch f.word(k) {
	case "He", "She", "he", "she":
		return f.resolvePronoun(k)
	case "His", "Her":
		// "Her opponent, Tom Baker, was unconvinced": the person set in
		// apposition, not the pronoun's.
		for c := k + 1; c < end && c <= k+3; c++ {
			if f.word(c) == "," {
				for m := c + 1; m < end && f.word(m) != ","; m++ {
					if e := f.mentionStartingAt(m); e >= 0 && f.ents.Entities[e].Kind == entities.Person {
						return e
					}
				}
				return -1
			}
			if f.doc.Tokens[c].Kind != text.Word {
				break
			}
		}
		// "Her response: “…”": the pronoun's person.
		if f.word(k) == "His" {
			return f.resolvePronounAs(k, "he")
		}
		return f.resolvePronounAs(k, "she")
	}
	return -1
}

// appositiveSubject returns the person named in apposition to a noun
// phrase opening a clause at token k ("The council's treasurer, Tom
// Keller, was blunt", "A longtime critic of the plan, Tom Keller, did not
// hold back"): a determiner or a possessive name, up to seven words with
// no verb form, a comma, a person's name and another comma; or -1.
func (f *finder) appositiveSubject(k, end int) int {
	d := f.doc
	w := f.word(k)
	if w != "The" && w != "A" && w != "An" && w != "Its" && w != "Their" && !(k+1 < end && d.Tokens[k+1].Kind == text.Possessive) {
		return -1
	}
	for c := k + 1; c < end && c <= k+8; c++ {
		t := d.Tokens[c]
		if f.word(c) == "," {
			if c == k+1 || c+1 >= end {
				return -1
			}
			e := f.mentionStartingAt(c + 1)
			if e < 0 || f.ents.Entities[e].Kind != entities.Person {
				return -1
			}
			if n := f.tokenAt(f.mentionEnd(c + 1)); n < end && f.word(n) == "," {
				return e
			}
			return -1
		}
		if t.Kind == text.Possessive {
			continue
		}
		if t.Kind != text.Word || f.inQuote(t.Start) {
			return -1
		}
		if lw := f.word(c); !text.IsCapitalized(lw) && (irregularVerbs[lw] || strings.HasSuffix(lw, "ed") || auxiliaries[lw]) {
			return -1
		}
	}
	return -1
}

// verbLike reports whether a lower-case word after a name can be its verb:
// a regular past or present form, an auxiliary or an adverb ("returned",
// "agrees", "has", "later").
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ly") || auxiliaries[w] || irregularVerbs[w] ||
		strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") // "Whitlock didn't hesitate:"
}

// irregularVerbs are verb forms without a regular ending.
var irregularVerbs = map[string]bool{
	"is": true, "was": true, "will": true, "would": true, "can": true, "could": true, "did": true, "do": true, "may": true,
	"might": true, "must": true, "should": true, "shall": true, "saw": true, "put": true, "had": true, "took": true,
	"spoke": true, "wrote": true, "told": true, "said": true, "made": true, "met": true, "went": true, "came": true,
	"gave": true, "got": true, "left": true, "ran": true, "sent": true, "sat": true, "stood": true, "spent": true,
	"won": true, "lost": true, "held": true, "kept": true, "felt": true, "thought": true, "knew": true, "began": true,
	"became": true, "brought": true, "bought": true, "built": true, "chose": true, "drove": true, "fell": true,
	"fought": true, "found": true, "heard": true, "hit": true, "led": true, "let": true, "meant": true, "paid": true,
	"quit": true, "read": true, "rose": true, "set": true, "shot": true, "sought": true, "sold": true, "struck": true, "shook": true,
	"swore": true, "taught": true, "threw": true, "understood": true, "wore": true, "hung": true, "hid": true,
	"fled": true, "flew": true, "forgot": true, "grew": true, "broke": true, "cut": true, "has": true, "have": true,
	"are": true, "were": true, "be": true, "been": true, "being": true, "tells": true, "says": true, "also": true,
}

// utteranceNouns are what someone says ("Smith's response: “…”").
var utteranceNouns = map[string]bool{
	"response": true, "reply": true, "answer": true, "message": true, "statement": true, "words": true, "verdict": true,
	"advice": true, "explanation": true, "reaction": true, "argument": true, "assessment": true, "conclusion": true,
	"comment": true, "comments": true, "remarks": true, "warning": true, "promise": true, "pitch": true, "retort": true,
	"take": true, "view": true, "thoughts": true, "position": true, "stance": true, "summary": true, "plea": true,
}

// sentenceAdverbs open a sentence before a comma and its subject.
var sentenceAdverbs = map[string]bool{
	"However": true, "Meanwhile": true, "Still": true, "Instead": true, "Later": true, "Nevertheless": true,
	"Nonetheless": true, "Indeed": true, "Again": true, "Now": true, "Today": true, "Yesterday": true, "Afterwards": true,
	"Then": true, "Yet": true, "Also": true, "Separately": true, "Earlier": true,
}

// leadTitles may stand before a name that opens a clause ("Senator Gina
// Moss celebrated …") outside the name's mention.
var leadTitles = map[string]bool{
	"Senator": true, "Sen": true, "Rep": true, "Representative": true, "Gov": true, "Governor": true, "President": true,
	"Mayor": true, "Judge": true, "Dr": true, "Mr": true, "Mrs": true, "Ms": true, "Coach": true, "Minister": true,
	"Chancellor": true, "Councilman": true, "Councilwoman": true, "Professor": true, "Prof": true,
}

// introWords open a clause that comes before a sentence's subject
// ("Asked about the vote, …", "After the meeting, …").
var introWords = map[string]bool{
	"Asked": true, "Pressed": true, "Speaking": true, "Responding": true, "Reached": true, "Reacting": true,
	"After": true, "Before": true, "When": true, "While": true, "Although": true, "Though": true, "Despite": true,
	"Since": true, "Following": true, "During": true, "In": true, "At": true, "On": true, "Earlier": true, "Later": true,
	"If": true, "Once": true, "Until": true, "Unless": true, "Because": true, "As": true,
}

// leadConjunctions may open a sentence before its subject.
var leadConjunctions = map[string]bool{"But": true, "And": true, "So": true, "Then": true, "Still": true, "Yet": true}
