package dates

import "time"

// months maps month names and their news abbreviations to months. An
// abbreviation ("Aug.") only counts before a day or a year.
var months = map[string]time.Month{
	"January": time.January, "February": time.February, "March": time.March, "April": time.April,
	"May": time.May, "June": time.June, "July": time.July, "August": time.August,
	"September": time.September, "October": time.October, "November": time.November, "December": time.December,
	"JANUARY": time.January, "FEBRUARY": time.February, "MARCH": time.March, "APRIL": time.April,
	"MAY": time.May, "JUNE": time.June, "JULY": time.July, "AUGUST": time.August,
	"SEPTEMBER": time.September, "OCTOBER": time.October, "NOVEMBER": time.November, "DECEMBER": time.December,
}

var monthAbbreviations = map[string]time.Month{
	"Jan": time.January, "Feb": time.February, "Mar": time.March, "Apr": time.April, "Jun": time.June,
	"Jul": time.July, "Aug": time.August, "Sep": time.September, "Sept": time.September, "Oct": time.October,
	"Nov": time.November, "Dec": time.December,
}

var weekdays = map[string]time.Weekday{
	"Monday": time.Monday, "Tuesday": time.Tuesday, "Wednesday": time.Wednesday, "Thursday": time.Thursday,
	"Friday": time.Friday, "Saturday": time.Saturday, "Sunday": time.Sunday,
	"MONDAY": time.Monday, "TUESDAY": time.Tuesday, "WEDNESDAY": time.Wednesday, "THURSDAY": time.Thursday,
	"FRIDAY": time.Friday, "SATURDAY": time.Saturday, "SUNDAY": time.Sunday,
}

// weekdayNamePrefixes are words before a weekday that make it a name
// ("Good Friday", "Super Tuesday"), not a date.
var weekdayNamePrefixes = map[string]bool{
	"Black": true, "Good": true, "Easter": true, "Super": true, "Cyber": true, "Ash": true, "Holy": true,
	"Bloody": true, "Palm": true, "Maundy": true, "Shrove": true, "Fat": true, "Giving": true, "Small": true,
}

// weekdayNameSuffixes are words after a weekday that make it a name
// ("Sunday Times").
var weekdayNameSuffixes = map[string]bool{
	"Times": true, "Telegraph": true, "Express": true, "Mirror": true, "Post": true, "Night": true,
	"Herald": true, "Mail": true, "Sport": true, "Star": true, "Independent": true, "People": true,
	"Business": true, "Review": true, "Magazine": true, "Edition": true, "Show": true, "School": true,
}

// dayParts after a weekday name a part of its day ("Friday morning").
var dayParts = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "lunchtime": true,
}

// dayAdjectives describe a day between "a" and its weekday ("on a sunny
// Friday morning"): an unnamed day. A noun there is an event of a named
// one ("in a filing Friday afternoon").
var dayAdjectives = map[string]bool{
	"sunny": true, "rainy": true, "cloudy": true, "snowy": true, "windy": true, "chilly": true, "lazy": true,
	"cold": true, "warm": true, "hot": true, "quiet": true, "typical": true, "normal": true, "certain": true,
	"cool": true, "wet": true, "dark": true, "bright": true, "busy": true, "beautiful": true, "fine": true,
	"gray": true, "grey": true, "crisp": true, "balmy": true, "muggy": true, "humid": true, "stormy": true,
	"freezing": true, "lovely": true, "glorious": true, "gloomy": true, "foggy": true, "ordinary": true,
}

// dayPartPlurals after a weekday make it a recurring time ("Sunday
// mornings", "Friday nights").
var dayPartPlurals = map[string]bool{
	"mornings": true, "afternoons": true, "evenings": true, "nights": true, "lunchtimes": true,
	"nighters": true,
}

// monthCues are words before a bare month name that make it a date ("in
// March", "since May", "early June", "the end of May").
var monthCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true, "by": true, "from": true,
	"through": true, "before": true, "after": true, "of": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "between": true, "throughout": true, "around": true,
	"until-": true, "starting": true, "beginning": true, "ending": true,
}

// habitualCues before a month or a weekday make it a recurring time, not a
// date ("every November", "each Monday"): no mention.
var habitualCues = map[string]bool{"every": true, "each": true}

// articleCues are determiners before a month name that is used as an
// adjective ("a March phone call", "the June summit"); the next word must be
// a lower-case word that is not a function word, and May never counts.
var articleCues = map[string]bool{"a": true, "the": true, "an": true, "its": true, "his": true, "her": true, "their": true}

var functionWords = map[string]bool{
	"on": true, "of": true, "to": true, "in": true, "for": true, "at": true, "by": true, "with": true,
	"and": true, "or": true, "is": true, "was": true, "be": true, "are": true, "were": true, "as": true,
	"from": true, "that": true, "the": true, "a": true,
}

// yearCues are words before a four-digit number that make it a year even
// when a plural noun follows ("in 2014 elections").
var yearCues = map[string]bool{
	"in": true, "since": true, "during": true, "until": true, "till": true,
	"its": true, "the": true, "before": true, "after": true,
	"through": true, "early": true, "late": true, "mid": true, "for": true, "circa": true,
	"his": true, "her": true, "their": true, "our": true, "year": true,
}

// yearNouns are plural nouns a year qualifies rather than counts ("2022
// levels", "2016 elections"), unlike "2000 people".
var yearNouns = map[string]bool{
	"levels": true, "elections": true, "models": true, "figures": true, "rates": true, "prices": true,
	"standards": true, "guidelines": true, "results": true, "estimates": true, "forecasts": true, "highs": true,
	"lows": true, "totals": true, "campaigns": true, "budgets": true, "earnings": true, "editions": true,
	"midterms": true, "playoffs": true, "finals": true, "primaries": true, "rankings": true, "polls": true,
	"floods": true, "riots": true, "attacks": true, "protests": true, "games": true, "championships": true,
}

// decadeCues before a year ending in 0 and "'s" make it a decade ("the
// 1990's", "early 2000's"), no year.
var decadeCues = map[string]bool{"the": true, "early": true, "late": true, "mid": true, "those": true}

// overParticleVerbs take "over" as a particle ("took over 10 years
// ago"), not as a bound of the count after it.
var overParticleVerbs = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "taking": true, "handed": true, "turned": true,
	"won": true, "came": true, "passed": true, "signed": true, "fell": true, "knocked": true, "blew": true,
	"ran": true, "looked": true, "thought": true, "got": true, "carried": true, "moved": true,
	"switched": true, "changed": true, "crossed": true, "went": true, "stopped": true, "left": true,
}

// numberWords are the counts relative expressions use ("two days ago").
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
	"A": 1, "An": 1, "One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5, "Six": 6, "Seven": 7,
	"Eight": 8, "Nine": 9, "Ten": 10, "Eleven": 11, "Twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "Thirteen": 13, "Fourteen": 14, "Fifteen": 15, "Sixteen": 16, "Seventeen": 17,
	"Eighteen": 18, "Nineteen": 19,
}

// tensWords are the tens a count may be written with ("twenty years
// later", "seventy-two years later").
var tensWords = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// durationWords before a count make "N units before/after" a length of
// time ("lasted 20 years before", "for two days after"), not a date.
var durationWords = map[string]bool{
	"for": true, "lasted": true, "last": true, "lasts": true, "lasting": true, "spent": true, "spend": true,
	"spends": true, "spending": true, "waited": true, "wait": true, "waits": true, "waiting": true, "took": true,
	"take": true, "takes": true, "served": true, "worked": true, "lived": true, "stayed": true, "remained": true,
}

// unit is the size of a relative step.
type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitMonth
	unitYear
)

var units = map[string]unit{
	"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek,
	"month": unitMonth, "months": unitMonth, "year": unitYear, "years": unitYear,
}

// tense is the direction of time a sentence speaks in.
type tense int8

const (
	tenseUnknown tense = 0
	tensePast    tense = -1
	tenseFuture  tense = 1
	// tenseModal is "would": a future seen from a past moment ("said the
	// talks would resume on July 25"), which points forward from that
	// moment, not from publication. A weekday with it is the coming one;
	// a month or a day of a month takes the nearer side of publication.
	tenseModal tense = 2
)

// futureCues and pastCues are words whose presence near a date expression
// says which way it points. Other words ending in "-ed" count as past.
var futureCues = map[string]bool{
	"will": true, "shall": true, "upcoming": true, "next": true, "scheduled": true,
	"plans": true, "planning": true, "planned": true, "expected": true, "expects": true, "slated": true,
	"won't": true, "won’t": true, "tomorrow": true, "coming": true, "intends": true, "aims": true,
	"Will": true, "Would": true,
}

var pastCues = map[string]bool{
	"said": true, "told": true, "was": true, "were": true, "had": true, "did": true, "has": true,
	"have": true, "ago": true, "earlier": true, "previously": true, "yesterday": true, "last": true,
	"met": true, "died": true, "held": true, "went": true, "came": true, "made": true, "gave": true, "took": true,
	"saw": true, "spoke": true, "wrote": true, "left": true, "began": true, "sent": true, "won": true,
	"lost": true, "fell": true, "rose": true, "paid": true, "became": true, "brought": true,
	"thought": true, "found": true, "got": true, "led": true, "struck": true, "ran": true, "sold": true,
	"bought": true, "spent": true, "felt": true, "kept": true, "knew": true, "flew": true, "chose": true,
	"broke": true, "wasn't": true, "weren't": true, "didn't": true, "hadn't": true, "wasn’t": true,
	"weren’t": true, "didn’t": true, "hadn’t": true, "Said": true, "Was": true, "Were": true,
	// other irregular pasts
	"drew": true, "grew": true, "threw": true, "stood": true, "sat": true, "shot": true, "fought": true,
	"caught": true, "taught": true, "sought": true, "built": true, "meant": true, "heard": true, "hung": true,
	"sank": true, "sang": true, "rang": true, "drove": true, "rode": true, "wore": true, "tore": true,
	"froze": true, "stole": true, "woke": true, "forgot": true, "withdrew": true, "oversaw": true,
	"swore": true, "fled": true, "fed": true, "dealt": true, "dug": true, "stuck": true, "shook": true,
	"ate": true, "drank": true, "swam": true, "arose": true, "overtook": true, "undertook": true,
	"upheld": true, "withheld": true, "laid": true, "lent": true, "slid": true, "understood": true,
}

// intentVerbs before "to" look ahead ("likely to resume", "threatens to
// strike"); pastIntentVerbs before "to" state an intent in the past,
// which looks ahead of that moment ("vowed to return").
var intentVerbs = map[string]bool{
	"likely": true, "unlikely": true, "poised": true, "ready": true, "preparing": true, "prepares": true,
	"prepare": true, "hopes": true, "hope": true, "vows": true, "vow": true, "threatens": true,
	"threaten": true, "promises": true, "promise": true, "pledges": true, "pledge": true, "wants": true,
	"seeks": true, "intend": true, "aim": true, "plan": true, "expect": true, "anticipate": true,
	"anticipates": true,
}

var pastIntentVerbs = map[string]bool{
	"vowed": true, "promised": true, "pledged": true, "threatened": true,
}

// moveVerbs move an event in time; the date after "to", "until" or "for"
// is its new one ("postponed to", "pushed back to", "put off until").
var moveVerbs = map[string]bool{
	"postponed": true, "delayed": true, "moved": true, "pushed": true, "rescheduled": true, "adjourned": true,
	"deferred": true, "put": true, "shifted": true, "bumped": true, "extended": true, "brought": true,
	"postpone": true, "delay": true, "move": true, "push": true, "reschedule": true, "adjourn": true,
	"defer": true, "shift": true, "extend": true, "postpones": true, "delays": true, "moves": true,
	"pushes": true, "reschedules": true, "adjourns": true, "defers": true, "extends": true,
}

// bareFormPast reports whether w is a past tense spelled as the plain
// form ("it hit a record", "the firm cut jobs"); a switch, cheaper than a
// map on the path every word takes.
func bareFormPast(w string) bool {
	switch w {
	case "hit", "cut", "shut", "put", "quit", "spread", "split", "cost", "hurt", "shed", "cast", "bet":
		return true
	}
	return false
}

// plainFormAuxiliaries before a plain form make it no past ("will cut",
// "did not hit", "could shut").
var plainFormAuxiliaries = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "should": true,
	"must": true, "shall": true, "do": true, "does": true, "did": true, "not": true, "to": true, "don't": true,
	"doesn't": true, "didn't": true, "won't": true, "don’t": true, "doesn’t": true, "didn’t": true,
	"won’t": true, "they": true, "we": true, "i": true, "you": true,
}

// lowerWords are the words the finder compares in lower case, mapped to
// themselves, so that a capitalized form ("Last", "Today") is lowered without
// allocating.
var lowerWords = wordSet(
	monthCues, articleCues, functionWords, yearCues, habitualCues,
	map[string]bool{
		"last": true, "next": true, "this": true, "earlier": true, "later": true, "early": true, "late": true,
		"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "the": true, "day": true,
		"days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
		"after": true, "before": true, "following": true, "previous": true, "ago": true, "mid": true,
		"st": true, "nd": true, "rd": true, "th": true, "percent": true, "per": true, "times": true, "km": true,
		"feet": true, "people": true, "men": true, "women": true, "children": true, "troops": true,
		"police": true, "staff": true, "personnel": true, "cattle": true, "sheep": true, "fish": true,
		"kg": true, "mph": true, "ft": true, "m": true, "morning": true, "afternoon": true, "evening": true,
		"night": true, "barely": true, "nearly": true, "almost": true, "about": true, "around": true,
		"roughly": true, "approximately": true, "some": true, "over": true, "under": true, "circa": true,
		"nigh": true, "maybe": true, "perhaps": true, "than": true, "more": true, "less": true, "fewer": true,
		"least": true, "at": true, "even": true, "within": true, "thru": true, "up": true, "noon": true, "midnight": true, "never": true, "which": true, "who": true, "whom": true,
		"whose": true, "because": true, "although": true, "though": true, "while": true, "when": true,
		"if": true, "unless": true, "whereas": true, "decade": true, "decades": true, "local": true, "hours": true, "hrs": true,
		"effect": true, "take": true, "takes": true, "till": true, "effective": true, "as": true,
	},
	tensWordSet(), durationWords, possessives, habitualWords, periodWords, timesWords,
	passiveAuxiliaries, pastAuxiliaries, pluralScheduleVerbs, subjectStarts, decadeCues, nounAfter, plainFormAuxiliaries,
	map[string]bool{"past": true, "coming": true}, attributionVerbs, ctaVerbs, clauseSubjects,
	map[string]bool{"please": true, "thanks": true, "thank": true, "miss": true, "don't": true, "don’t": true,
		"another": true, "other": true, "one": true, "for": true, "you": true, "spend": true, "spends": true,
		"spent": true, "spending": true, "so": true, "beyond": true, "two": true, "and": true, "or": true,
		"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "final": true},
)

func tensWordSet() map[string]bool {
	out := map[string]bool{}
	for w := range tensWords {
		out[w] = true
	}
	return out
}

func wordSet(sets ...map[string]bool) map[string]string {
	out := map[string]string{}
	for _, set := range sets {
		for w := range set {
			out[w] = w
		}
	}
	return out
}

// habitualWords near a month or a day without a year make it recur
// ("usually in May", "held annually on June 1").
var habitualWords = map[string]bool{
	"usually": true, "typically": true, "normally": true, "generally": true, "traditionally": true,
	"customarily": true, "annually": true, "yearly": true, "routinely": true, "regularly": true,
	"often": true, "always": true, "habitually": true, "typical": true, "normal": true, "usual": true,
}

// periodWords after "each", "every", "a" or "per" make a recurrence
// ("each year", "twice a year", "every spring").
var periodWords = map[string]bool{
	"year": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"season": true, "month": true,
}

// numberedNouns before a four-digit number make it an identifier
// ("Flight 2018", "Room 2001").
var numberedNouns = map[string]bool{
	"flight": true, "room": true, "route": true, "highway": true, "interstate": true, "suite": true,
	"gate": true, "platform": true, "bus": true, "apartment": true, "apt": true, "unit": true, "box": true,
	"lot": true, "ward": true, "precinct": true, "chapter": true, "page": true, "pages": true, "exit": true,
	"pier": true, "terminal": true, "track": true, "channel": true, "studio": true, "level": true,
	"floor": true, "block": true, "station": true, "tel": true, "phone": true, "ext": true, "code": true,
	"number": true, "no": true, "nr": true, "item": true, "ticket": true, "case": true, "docket": true,
	"highways": true, "routes": true, "rooms": true, "flights": true, "model": true, "version": true,
}

// measureNouns after a four-digit number make it a measure even after a
// cue ("the 2000 metres").
var measureNouns = map[string]bool{
	"metres": true, "meters": true, "miles": true, "yards": true, "kilometres": true, "kilometers": true,
	"tonnes": true, "tons": true, "pounds": true, "dollars": true, "euros": true, "calories": true,
	"acres": true, "hectares": true, "points": true, "feet": true, "inches": true,
	"litres": true, "liters": true, "gallons": true, "barrels": true, "steps": true, "words": true,
	"calorie": true, "kcal": true, "mah": true, "watt": true, "lumen": true, "dpi": true,
}

// streetKinds end a street's name after a street number ("1909 Larkspur
// Drive").
var streetKinds = map[string]bool{
	"Street": true, "St": true, "Avenue": true, "Ave": true, "Road": true, "Rd": true, "Drive": true,
	"Lane": true, "Ln": true, "Boulevard": true, "Blvd": true, "Terrace": true, "Parkway": true, "Pkwy": true,
}

// timeZones after a four-digit number make it a time of day ("1900
// GMT").
var timeZones = map[string]bool{
	"GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true, "EST": true, "EDT": true, "ET": true,
	"PST": true, "PDT": true, "PT": true, "CST": true, "CDT": true, "MST": true, "IST": true, "JST": true,
	"AEST": true, "AEDT": true, "Zulu": true, "HKT": true, "SGT": true, "MSK": true, "EET": true,
}

// possessives before "last year" or "next month" make it someone's final
// or coming one ("her last year of school"), no calendar year.
var possessives = map[string]bool{
	"his": true, "her": true, "their": true, "my": true, "our": true, "its": true, "your": true, "whole": true,
	"entire": true, "final": true,
}

// timesWords before "a year" make it a rate ("twice a year").
var timesWords = map[string]bool{"once": true, "twice": true, "thrice": true, "times": true}

// scheduleVerbs, in the simple present, state a timetable ("the trial
// begins Monday", "the show opens in March"): they point forward.
var scheduleVerbs = map[string]bool{
	"opens": true, "begins": true, "starts": true, "launches": true, "kicks": true, "airs": true,
	"premieres": true, "debuts": true, "resumes": true, "reopens": true, "closes": true, "ends": true,
	"expires": true, "arrives": true, "convenes": true, "concludes": true, "wraps": true, "runs": true,
	"lasts": true, "continues": true, "goes": true, "hosts": true, "plays": true, "visits": true, "faces": true,
	"meets": true, "travels": true, "welcomes": true, "heads": true, "returns": true, "appears": true,
}

// pluralScheduleVerbs are the same timetable verbs after a plural subject
// ("polls open Tuesday", "tickets go on sale Friday").
var pluralScheduleVerbs = map[string]bool{
	"open": true, "close": true, "begin": true, "start": true, "end": true, "resume": true, "reopen": true,
	"launch": true, "air": true, "kick": true, "arrive": true, "run": true, "go": true, "continue": true,
	"meet": true, "play": true, "face": true, "host": true, "visit": true, "travel": true, "return": true,
	"appear": true, "head": true,
}

// imperativeVerbs opening a sentence invite to what is to come ("Join us
// on Saturday", "Vote on Tuesday").
var imperativeVerbs = map[string]bool{
	"Join": true, "Come": true, "Watch": true, "Tune": true, "Visit": true, "Catch": true, "Register": true,
	"Vote": true, "Attend": true, "Mark": true, "Save": true, "Celebrate": true, "Bring": true, "Stop": true,
	"RSVP": true, "Book": true, "Meet": true, "Check": true, "Apply": true, "Submit": true, "Enter": true,
	"Reserve": true, "Order": true, "Preorder": true, "Sign": true, "Drop": true, "Swing": true, "Head": true,
	"Grab": true, "Get": true, "Buy": true, "Shop": true, "Download": true, "Stream": true, "Listen": true,
	"Expect": true,
}

// pastAuxiliaries before a participle of planning ("was expected", "once
// scheduled") make it a future seen from the past.
var pastAuxiliaries = map[string]bool{
	"was": true, "were": true, "once": true, "been": true, "had": true, "originally": true, "initially": true,
	"previously": true,
}

// participles among pastCues are also passive participles ("will be
// held"), which take their tense from the auxiliary before them.
var participles = map[string]bool{
	"held": true, "made": true, "sent": true, "won": true, "lost": true, "paid": true, "brought": true,
	"found": true, "led": true, "struck": true, "sold": true, "bought": true, "spent": true, "kept": true,
	"left": true, "thought": true, "told": true, "said": true, "met": true, "built": true, "caught": true,
	"taught": true, "sought": true, "fought": true, "heard": true, "meant": true, "stood": true, "shot": true,
	"fed": true, "dealt": true, "dug": true, "stuck": true, "hung": true, "lent": true, "laid": true,
	"upheld": true, "withheld": true, "understood": true,
}

// passiveAuxiliaries are words before a participle that make it a passive or
// an infinitive, not a past tense ("will be postponed", "to be launched").
var passiveAuxiliaries = map[string]bool{
	"be": true, "been": true, "being": true, "is": true, "are": true, "am": true, "to": true, "get": true,
	"gets": true, "getting": true,
}
