// Package dates finds date expressions in article text, absolute ("July 16",
// "June 28, 2018", "in March", "2014", "2018-06-28", "28/6/2018") and relative
// ("Thursday", "yesterday", "a day after", "earlier this month", "last
// year", "two weeks ago", "a decade ago"), and resolves them against the
// publication date with the tense of the sentence deciding direction. It
// scans the text once, without regular expressions.
//
// It does not find times of day, durations ("for two weeks"), decades
// ("the 1990s"), seasons ("the summer") or weeks ("last week"): they have no
// day, month or year value of their own. It also leaves out what a careful
// reader sees no particular date in: generic "today", recurring months and
// days, rolling periods, hedged counts and numbers that only look like
// years (below).
//
// The rules below are documented decisions.
//
// # Direction (tense)
//
//   - The nearest tense cue in the sentence decides ("will", "scheduled" point
//     forward; "said", "was", "had", "ago" and other past forms point back; a
//     participle after "be" or "to" takes the auxiliary's tense: "will be
//     held"). It is looked for in the date's own clause first (between dashes,
//     semicolons, brackets, or a comma before a short attribution: "will
//     announce results on Friday, it said"), then outside the clauses set off
//     by commas ("vote on the bill, which passed in May, in September"; "will
//     close in January, after it failed"), then in the whole sentence. An
//     attribution verb right before the date, with no cue between, dates the
//     telling ("told reporters on Tuesday he will resign"; also opening a
//     sentence: "Asked Monday whether he would quit"; not after "be": "details
//     will be announced on Tuesday"). A date in a relative clause takes the
//     clause's tense, looked for between the pronoun and the date ("the levy
//     that passed on Tuesday will take effect in January"; "the levy, which
//     will take effect in January, was approved"), and a date before a second
//     predicate ("and will", "but was") the tense of the verb before it ("cut
//     50 jobs Monday and will cut more Friday"). With no cue, the sentence is
//     taken as past, as most news is.
//   - A timetable in the simple present points forward ("the trial begins
//     Monday", "the show opens in March", "takes effect in January", "go
//     into effect on Tuesday", "comes into force", "is forecast to", "polls
//     open Tuesday", "tickets go on sale Friday", fixtures: "the champions
//     host the visitors on Saturday", and a fixture line after its label:
//     "Rovers: Host the Hornets on Friday"), and so do an imperative opening
//     a sentence ("Join us on Saturday", "Check back in April", "Apply by
//     March 3"), "is due in court Monday", "is set for Tuesday" and, with
//     no other cue, a limit ("closed through January", "due by Friday"), a
//     present copula ("the game is on Sunday", "the deadline is July 2")
//     or, for a weekday, a time of day after it ("Kickoff Saturday at 1
//     p.m."). A present copula in the date's own
//     clause (between dashes, semicolons or brackets), right before it ("is
//     Friday", "is on Friday"), looks ahead even when another clause is past
//     ("a vigil was held Thursday; the burial is Friday"), and so does, with
//     no cue, the start of a period ("Starting Monday, helmets are
//     required", "effective Oct. 1", "as of Friday"). "is due Friday" looks
//     ahead; "due to rain", "due to the heat" is a cause. A timetable verb's
//     spelling before an auxiliary or after a determiner is a plural noun
//     ("visits were halted", "the returns"), and a participle after a
//     determiner is an adjective ("the accused driver appears in court
//     Monday"), no past; "plans" after a determiner or a past verb is a
//     noun ("announced plans Sunday to shut bars"), and "appears to" is
//     "seems", no timetable.
//   - "would" is a future seen from a past moment ("said the talks would
//     resume"); "should", "might", "may", "must", "could" (not "could not",
//     "could have", "must have") and a plan seen from the past ("was
//     expected", "once scheduled", "was going to") point the same way ("was
//     coming to Tuesday's dinner" is a motion in the past, no cue): a
//     weekday with them is the coming one, a month or a day of a month the
//     nearer one ("she feared on May 2 that the vote would slip" in an
//     October article is the May before; "he would run again in November" in
//     a June article the coming one).
//   - "would have", "should have" with a participle are a past that did
//     not happen ("none would have done enough after Wednesday's forum");
//     "have to", "has to" an obligation, no perfect: like "must", or the
//     auxiliary before it ("will have to register by March"); "have"
//     after "to", a modal or a pronoun with no participle is possession
//     ("aims to have clinics open in December"). A
//     coordinate clause with a subject of its own (", and nobody should",
//     ", but on Tuesday the council passed it") has its own tense: the
//     search for the date's clause stops at its comma, and so does the
//     main clause after an opening "Although", "While", "Because", "If"
//     clause ("Although alerts were issued for Tuesday, Wednesday is
//     forecast to be colder"). The verb after a
//     day's possessive and its noun phrase dates the day first ("but
//     Tuesday's ward races showed that"). A time and a weekday ending a
//     label before a colon are a line of a schedule or a preview, ahead
//     ("Ashford at Millbrook, 2 p.m. Saturday: the teams met in Week 4").
//   - An intent or a prospect before "to" looks ahead ("likely to resume",
//     "threatens to strike", "is to visit", "expect to release"); one
//     stated in the past ("vowed to", "promised to") is like "would".
//   - A phrase right before the date goes first: "ahead of" looks forward
//     ("ahead of Thursday's vote, lawmakers met"), "after", "following" or
//     "since" before a day's possessive looks back ("after Monday's defeat,
//     the coach will rest players"); the new date of a move in time, after
//     "to", "until" or "for", is like "would" ("was postponed to Jan. 12",
//     "the derby was moved to Sunday", "put off until Monday").
//   - A participle of planning before a plural noun is an adjective, no plan
//     ("ran two waves of planned blackouts in October"). A past spelled as
//     the plain form ("hit", "cut", "shut") is past when an object follows
//     and no auxiliary, "to" or determiner comes before ("the index hit a
//     record on Jan. 21"; not "will cut", "a rate cut").
//
// # Weekdays
//
//   - A weekday points to the publication week: in the past, the last such
//     day on or before publication (the publication day itself when it is
//     that weekday: "announced on Thursday" in a Thursday article is that
//     day); in the future, the first on or after it. "last Thursday" is
//     never the publication day itself nor the day before (news writes
//     "Thursday" for those; this also absorbs a UTC publication time a day
//     ahead of the writer's), and "next Thursday" is never the publication
//     day.
//   - "this June 1" is the one of the publication year, whatever the tense.
//   - "this past Tuesday" is the last Tuesday before the publication day,
//     "this coming Tuesday" the first after it; "this past March", "this
//     coming March" the same for months around the publication month.
//   - A weekday before "next week", "last week" or "this week" is that day
//     of that week, weeks starting on Monday ("Friday next week", "Tuesday
//     of last week").
//   - No date: a weekday counted within a month ("the first Sunday in April",
//     "the last Sunday of October": a rule of the calendar; the month too,
//     unless a year follows: "the first Monday in May 2031" keeps "May 2031"),
//     "a/every/another Monday", "every other Sunday", "on a sunny Friday
//     morning" (an adjective of the day between "a" and a weekday before a
//     part of the day; "in a filing Friday afternoon" is dated), a weekday
//     before a plural part of the day ("Friday nights are for dancing", "on
//     Sunday mornings"), named days ("Good Friday", "the Sunday Times", "the
//     Sunday Arts section": after an article and before a capitalized word),
//     lists of three weekdays or more, a weekday alone on its line, and spans
//     ("Monday to Friday", "Saturday–Sunday": opening hours; not "from Tuesday
//     to Friday").
//
// # Days and months
//
//   - "the 28th of July" is a day, as "28th July" is. "last year", "this
//     year" or "next year" right after a day or a month, with or without
//     "of", give its year ("May 10 last year", "March of last year").
//   - A day and month without a year ("July 16") take the year the text
//     gives them in a sentence not in the future: the same day written
//     earlier with its year ("(August 9, 2020) — ... released August 9"), a
//     year written up to sixteen tokens before in its sentence (or "last
//     year", "this year": "Last year's blaze started on Jan. 5"), or else
//     the year of the last date written with a year other than the
//     publication year earlier in its paragraph, the day falling on or after
//     that date and not after publication ("On March 3, 2019, the bakery
//     closed. On April 5, a court approved the sale."). Else the year that
//     puts them on the tense's side of publication (future: on or after it,
//     past: on or before it, and after "since" always past); in the past
//     tense a day less than a sixth as far ahead as the one a year back is
//     this year's ("was released August 9" in an August 5 article: news
//     gives a day a year back its year); with no tense cue, the past one
//     unless the future one is less than a third as far ("the July 16
//     summit" in a June article). This works across New Year ("Dec. 30" in a
//     January article is the previous December). Ranges lend their year to
//     their first day ("April 3 to April 7, 2031", "18 March – 9 July 2026";
//     "30 Dec to 2 Jan 2027" starts the year before). "January, 6 2026" (a
//     stray comma after the month) is a day when the year follows the day at
//     once.
//   - A bare month counts after a cue word ("in March", "since", "early",
//     "last"...), as an adjective after a determiner with at most one
//     adjective between ("a March phone call", "a tense September call";
//     never "May"), as the subject opening a sentence ("November brought
//     floods"), or listed after a month or a year just found ("in February
//     and March", "2023—March, April and June"; the end of a span: "from
//     March to June", "November through February", which takes the first
//     month's year, the next one across New Year). It takes a year written
//     earlier in its sentence ("the 2031 season that opens in January"; not
//     one inside a relative clause closed before it: "the chain, which
//     listed in 2014, has struggled since March"; "last year" counts as
//     well), from a date of its paragraph as for days (past or no tense),
//     right after it ("September, 2008"), or ending its list ("October,
//     November and December 2024"); else past (and after "since"): the last
//     such month up to the publication month, future: the first from it on,
//     no tense: as for days. "last October" is before the publication month
//     and never the month just before it (news writes "last month" for
//     that): in a November article, the October a year before. "June-August
//     2026" is one mention with the first month's value; "mid-March" is one
//     mention, as written.
//   - No date: a month or a day of a month that recurs, after "every" or
//     "each", or when its clause (up to a comma, a dash, a semicolon or a
//     "but", within eight words) or an opening phrase of its sentence ("Each
//     year, ...") names a recurring period ("each year", "every spring",
//     "twice a year", "annually": "returns are due by April 15 each year")
//     or, for a bare month, a habit ("usually", "typically", "a typical
//     January day"; not "always said", not "until March"), unless a year is
//     named there too (other than after "since"); a month before a
//     capitalized word ("March Madness", "August Wilson"), "May" after a
//     name.
//
// # Relative expressions
//
//   - "today", "tonight", "this morning", "yesterday", "last night",
//     "tomorrow" are the publication day and its neighbours; "this/last/next
//     month" and "this/last/next year" (also "earlier this month") the
//     publication month or year and their neighbours; "N days/weeks/months/
//     years ago" and "a decade ago" count back from publication.
//   - Inside a quotation, "today", "yesterday", "tomorrow", "this morning"
//     and "last night" are the speaker's: they count from the day the
//     attribution gives, in its sentence, after the quotation (“We met
//     yesterday,” the chair said Monday) or before it (said on Monday:
//     "..."); a quotation ended by a full stop has its attribution
//     elsewhere. In an embedded post, "today", "yesterday" and weekdays
//     count from the date of its signature, which ends the post's paragraph
//     or the next one ("— A. Name (@handle) November 1, 2019").
//   - "a day after" / "two days before" followed by a clause date the event of
//     that clause ("signed a day after the mayor met the unions" is the day of
//     the meeting): a day-precise date the clause itself gives, else the
//     reference date moved back (after) or forward (before). "a day later",
//     "the next day", "a year earlier" and "the day before" with no clause
//     move the reference date itself, and so does "two days after that"
//     ("that" or "this" before a comma or a subject is a pronoun for the date
//     just named; "after that vote" has a clause). The reference date is the
//     last date mentioned before (a day, or a month or year for steps of
//     months or years: "a year earlier" than "October" is the October before;
//     for "a year after <clause>", a month or year only from its own
//     sentence). Publication is no reference, and a step of its own ("a year
//     later", "twelve days earlier", "the next day") or years after a clause
//     count only from a date in view, in the same paragraph or the one before
//     and at most ten sentences back ("was still alive a year later" with no
//     date near names none); "a day
//     after <clause>" counts from the day the story reports, wherever it was
//     named. "the same day" and "the next morning" step days; "the following
//     year", "the previous month" step a whole calendar year or month from the
//     reference ("in 2019, up on the previous year" is 2018; "in March 2018.
//     The following year" is 2019), but "in the next year", "over the
//     following month" are rolling periods, and "spending the next year in
//     court", "the next year and a half", "the next year or two" stretches of
//     time.
//   - Counts are digits, number words up to "nineteen" and tens
//     ("twenty", "sixty-three").
//   - No date: a relative expression with nothing to count from ("two months
//     after the onset": left out when the publication date is known, kept
//     unresolved otherwise); years counted from a dated event ("18 years
//     after the raid of May 2, 2011": the time since); a hedged count of
//     days, weeks, months or decades ("barely a week ago", "less than three
//     months after", "within 14 days after", "up to two weeks before"; a
//     count of years held close keeps its year: "nearly a year ago", but a
//     lower bound names none: "more than 30 years ago", "a little over a
//     year ago", "at least two years ago"; not "took over 10 years ago"); a
//     range of counts ("3 to 10 days after a bite"); a habit ("pain usually
//     fades a week after surgery"); a duration ("lasted 20 years before",
//     "for two days after"); a delay ("a week later than planned"); a rate
//     ("three times a day before meals"); a rolling period ("in the last
//     year", "over the next month") and someone's own year ("her last year
//     of school").
//   - No date: "today", "yesterday" and "tomorrow" meaning the present age,
//     the past or the future in general. In any article: "today" in an
//     appeal to the reader opened by an imperative of signing up, buying
//     or giving ("Subscribe today.", "Request a demo today", "Never miss a
//     story by signing up today", "Thanks for donating today"; not
//     "Thanks, everyone, for joining today"); a possessive before
//     a plural noun that is no day's event ("today's cheapest phones",
//     "yesterday's mistakes", "tomorrow's trucks"; not "today's talks") or a
//     noun of the age ("today's world", "today's threat landscape"); "today"
//     between a subject and a simple-present verb of state ("farmers today
//     have", "which today is"; not "the court today hears", "this strike
//     today is", "shares today are trading", "residents today remain without
//     power"); "even today"; an opening "Today," before a clause of present
//     state ("Today, the theory is part of every course"; not "Today, the
//     lab is launching", "Today, we are"). In an article that attributes
//     with "says" at least as often as "said" (features, explainers), also
//     "today" and "yesterday" in a simple-present clause with no event verb
//     ("launches", "airs") and no "as of"/"starting" before it ("the kitchen
//     of today is small").
//
// # Years
//
//   - A four-digit number alone is a year when it lies in 1800-2100 (1000-
//     1799 only right after "in", "since" or "circa" and before a
//     punctuation mark: "born in 1712, she") and is not: a count ("2000
//     people", unless a cue like "in" or "the" comes first, "in 2016
//     elections", or the noun is one a year qualifies, "2022 levels"); part
//     of a number ("2,014", "3.2014"); a path, a handle or an identifier
//     ("/2013/", "No. 2014", "$2014", "user2019", "Flight 2018", "Room
//     2001"); a dimension ("1800 x 1920"), a measure ("the 2000 metres",
//     "2000 mg", "a 2000 calorie diet"), a time ("1900 GMT", "2000 local
//     time"), a decade written with an apostrophe ("the 1990's", "early
//     2000's"), a copyright line ("© 2021", "Copyright 2019"), a street
//     number ("of 1907 Larkspur Drive"; not after "a" or "the") or, more
//     than 25 years after publication, a model number after a name ("the
//     Vega 2080 Ti"; not after a cue: "by 2050").
//   - A day number ending a version or a decimal ("4.2.3 April 2014") or a
//     line is no day of the month after it.
//
// Without a publication date, expressions that carry their year still
// resolve; relative ones are reported with Resolved false and no Value.
package dates
