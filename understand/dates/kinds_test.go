package dates

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// TestKinds holds invented sentences for the general kinds of error
// fixed in session 7, a few of each kind.
func TestKinds(t *testing.T) {
	const (
		wed = "2020-08-05" // a Wednesday
		nov = "2023-11-08" // a Wednesday in November
	)
	tests := []struct {
		kind, text, published string
		want                  []found
	}{
		// A day and month in the past tense just ahead of publication:
		// this year's, not last year's.
		{"past, just ahead", "The report was released August 9 by the agency.", wed,
			[]found{{"August 9", "2020-08-09", lede.Day}}},
		{"past, just ahead", "The museum said it reopened its doors on Aug. 20.", wed,
			[]found{{"Aug. 20", "2020-08-20", lede.Day}}},
		{"past, far ahead", "The storm hit the coast on Nov. 13, officials said.", wed,
			[]found{{"Nov. 13", "2019-11-13", lede.Day}}},
		{"past, behind", "The council voted on July 28 to keep the pool shut.", wed,
			[]found{{"July 28", "2020-07-28", lede.Day}}},

		// The same day written earlier with its year.
		{"day repeated with its year", "RIVERTON (August 9, 2020) — A survey came out. The survey, released August 9 in a journal, covered farms.", wed,
			[]found{{"August 9, 2020", "2020-08-09", lede.Day}, {"August 9", "2020-08-09", lede.Day}}},
		{"day repeated with its year", "The fair closed on March 3, 2019. Vendors who left on March 3 were paid late.", wed,
			[]found{{"March 3, 2019", "2019-03-03", lede.Day}, {"March 3", "2019-03-03", lede.Day}}},
		{"day repeated, future sentence", "A year after the flood of Aug. 9, 2019, the mayor will speak on Aug. 9.", wed,
			[]found{{"Aug. 9, 2019", "2019-08-09", lede.Day}, {"Aug. 9", "2020-08-09", lede.Day}}},

		// "since" a month or a day: behind publication, whatever the
		// tense of the sentence.
		{"since a month", "Crews were set to cut water as the valley faces a dry spell that has gone on since October.", nov,
			[]found{{"October", "2023-10", lede.Month}}},
		{"since a month, future sentence", "The ban, in place since September, will be lifted next week.", "2020-08-05",
			[]found{{"September", "2019-09", lede.Month}}},
		{"since a day", "Schools will reopen Monday after being shut since Oct. 2.", nov,
			[]found{{"Monday", "2023-11-13", lede.Day}, {"Oct. 2", "2023-10-02", lede.Day}}},

		// "mid-" is part of the month's mention.
		{"mid-month", "No rain has fallen since mid-September.", nov,
			[]found{{"mid-September", "2023-09", lede.Month}}},
		{"mid-month", "A second batch of permits goes out in mid-December.", nov,
			[]found{{"mid-December", "2023-12", lede.Month}}},

		// "last" before the month just past: the one a year before.
		{"last month-name", "The mayor dropped her objection last October.", nov,
			[]found{{"last October", "2022-10", lede.Month}}},
		{"last month-name", "The shop opened last June.", nov,
			[]found{{"last June", "2023-06", lede.Month}}},
		{"last month-name", "The mill closed last November.", nov,
			[]found{{"last November", "2022-11", lede.Month}}},

		// A participle of planning used as an adjective is no plan.
		{"planned as an adjective", "The grid operator ran two waves of planned blackouts in October.", nov,
			[]found{{"October", "2023-10", lede.Month}}},
		{"scheduled as an adjective", "Airlines cancelled scheduled flights in March.", nov,
			[]found{{"March", "2023-03", lede.Month}}},

		// "must" looks ahead ("must have" back).
		{"must", "Anyone landing from the islands on Saturday must stay home for a week.", wed,
			[]found{{"Saturday", "2020-08-08", lede.Day}}},
		{"must", "Tenants must leave the block by Friday, the court ruled.", wed,
			[]found{{"Friday", "2020-08-07", lede.Day}}},
		{"must have", "The parcel must have arrived on Monday.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}}},

		// A fixture list: a label, a colon and a verb of the timetable.
		{"fixture line", "NEXT UP\n\nRovers: Host the Hornets on Friday.\n\nHornets: Visit the Rovers on Friday.", wed,
			[]found{{"Friday", "2020-08-07", lede.Day}, {"Friday", "2020-08-07", lede.Day}}},
		{"fixture line", "Owls: Play the Wasps on Sunday.", wed,
			[]found{{"Sunday", "2020-08-09", lede.Day}}},

		// "after that", "before this": a pronoun for the date just
		// named, which the step moves.
		{"after that", "The walkout began on July 2. Two days after that, the board gave in.", wed,
			[]found{{"July 2", "2020-07-02", lede.Day}, {"Two days after", "2020-07-04", lede.Day}}},
		{"before that", "The shop shut on May 4, and a week before that the owner had quit.", wed,
			[]found{{"May 4", "2020-05-04", lede.Day}, {"a week before", "2020-04-27", lede.Day}}},
		{"after this", "He resigned on May 4. A week after this, his deputy left.", wed,
			[]found{{"May 4", "2020-05-04", lede.Day}, {"A week after", "2020-05-11", lede.Day}}},

		// A present copula in the date's own clause looks ahead, whatever
		// the tense of another clause.
		{"copula in its clause", "A vigil was held Thursday; the burial is Friday.", wed,
			[]found{{"Thursday", "2020-07-30", lede.Day}, {"Friday", "2020-08-07", lede.Day}}},
		{"copula in its clause", "The inquiry – which is Monday – was put off twice.", wed,
			[]found{{"Monday", "2020-08-10", lede.Day}}},
		{"copula not before the date", "Sales rose 5% (the figure is from Monday) in the region.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}}},

		// A lower bound on a count of years names no year; a count held
		// close does.
		{"bound on years", "The method was worked out more than 30 years ago.", wed, nil},
		{"bound on years", "The depot opened a little over 12 years ago.", wed, nil},
		{"bound on years", "The feud began at least two years ago.", wed, nil},
		{"bound on years", "The dispute started over a year ago, she said.", wed, nil},
		{"over as a particle", "Her son took over 10 years ago.", wed,
			[]found{{"10 years ago", "2010", lede.Year}}},
		{"held close", "The mill shut nearly a year ago.", wed,
			[]found{{"a year ago", "2019", lede.Year}}},

		// A decade written with an apostrophe is no year.
		{"decade with apostrophe", "The marina was busier in the 2000's, before the fire.", wed, nil},
		{"decade with apostrophe", "Rents doubled in the late 1990’s.", wed, nil},
		{"year possessive", "2010's floods were the worst.", wed,
			[]found{{"2010", "2010", lede.Year}}},

		// A phrase right before a weekday gives its direction: "ahead
		// of" forward, "after"/"following"/"since" a day's possessive
		// back.
		{"ahead of", "Ahead of Thursday's hearing, the two sides met.", wed,
			[]found{{"Thursday", "2020-08-06", lede.Day}}},
		{"ahead of", "Bond yields slipped ahead of Friday's payroll figures.", wed,
			[]found{{"Friday", "2020-08-07", lede.Day}}},
		{"after a possessive", "After Monday's defeat, the coach will rest three starters on Saturday.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}, {"Saturday", "2020-08-08", lede.Day}}},
		{"following a possessive", "Following Sunday's flooding, crews will inspect the dam.", wed,
			[]found{{"Sunday", "2020-08-02", lede.Day}}},

		// The end of a span of months takes the first month's year.
		{"span of months", "The trial ran from March to June.", "2021-01-12",
			[]found{{"March", "2020-03", lede.Month}, {"June", "2020-06", lede.Month}}},
		{"span across New Year", "Night flights are banned from November through February.", "2021-01-12",
			[]found{{"November", "2020-11", lede.Month}, {"February", "2021-02", lede.Month}}},
		{"span after a month with its year", "He drove a bus from May 2010 to June.", "2021-01-12",
			[]found{{"May 2010", "2010-05", lede.Month}, {"June", "2010-06", lede.Month}}},

		// "was coming" is a motion in the past; "was going to" a future
		// seen from the past, like "would".
		{"was coming", "Few guests knew the actor was coming to Tuesday's dinner.", "2019-11-20",
			[]found{{"Tuesday", "2019-11-19", lede.Day}}},
		{"was going to", "The coach said he was going to step aside on Friday.", "2019-11-20",
			[]found{{"Friday", "2019-11-22", lede.Day}}},
		{"coming as an adjective", "The coming Friday is a holiday.", "2019-11-20",
			[]found{{"Friday", "2019-11-22", lede.Day}}},

		// A weekday before "next week", "last week" or "this week" is
		// the day of that week.
		{"weekday next week", "The sale closes on Friday next week.", wed,
			[]found{{"Friday next week", "2020-08-14", lede.Day}}},
		{"weekday last week", "The claim was lodged Tuesday last week.", wed,
			[]found{{"Tuesday last week", "2020-07-28", lede.Day}}},
		{"weekday this week", "The ruling is due Thursday this week.", wed,
			[]found{{"Thursday this week", "2020-08-06", lede.Day}}},
		{"weekday of last week", "On Tuesday of last week, the panel met.", wed,
			[]found{{"Tuesday of last week", "2020-07-28", lede.Day}}},

		// The start of a period with no tense lies ahead.
		{"period start", "Starting Monday, helmets are required on the trail.", wed,
			[]found{{"Monday", "2020-08-10", lede.Day}}},
		{"period start", "Effective Oct. 1, bus fares rise by a dollar.", wed,
			[]found{{"Oct. 1", "2020-10-01", lede.Day}}},
		{"period start, past", "Starting Monday, helmets were required on the trail.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}}},

		// A timetable verb's spelling used as a plural noun is no cue.
		{"noun, not a timetable", "On August 1, visits were halted at the jail.", wed,
			[]found{{"August 1", "2020-08-01", lede.Day}}},
		{"noun, not a timetable", "The returns were filed in May.", wed,
			[]found{{"May", "2020-05", lede.Month}}},
		{"timetable verb", "The circus visits the town on Friday.", wed,
			[]found{{"Friday", "2020-08-07", lede.Day}}},

		// "is due" before a date looks ahead; "due to" a noun phrase is
		// a cause.
		{"due before a date", "A revised budget is due Friday.", wed,
			[]found{{"Friday", "2020-08-07", lede.Day}}},
		{"due to a cause", "The outage on Monday was due to the heat.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}}},
		{"due to a cause", "The closure is due to a flood on Monday.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}}},

		// A participle as an adjective is no past.
		{"participle as adjective", "The accused driver appears in court Monday.", wed,
			[]found{{"Monday", "2020-08-10", lede.Day}}},
		{"participle as adjective", "Injured fans return to the stadium Saturday.", wed,
			[]found{{"Saturday", "2020-08-08", lede.Day}}},
		{"participle as verb", "Masked men robbed the shop on Monday.", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}}},

		// "today", "yesterday", "tomorrow" inside a quotation count from
		// the day its attribution gives.
		{"quoted today", "“We gather here today to thank the crews,” the governor said Tuesday.", wed,
			[]found{{"today", "2020-08-04", lede.Day}, {"Tuesday", "2020-08-04", lede.Day}}},
		{"quoted tomorrow", "\"The ballot will happen tomorrow,\" the chair said on Monday.", wed,
			[]found{{"tomorrow", "2020-08-04", lede.Day}, {"Monday", "2020-08-03", lede.Day}}},
		{"quoted yesterday, attribution first", "The chair said on Monday: “We met yesterday.”", wed,
			[]found{{"Monday", "2020-08-03", lede.Day}, {"yesterday", "2020-08-02", lede.Day}}},
		{"quoted, no day in the attribution", "“Today is a sad day,” she said.", wed,
			[]found{{"Today", "2020-08-05", lede.Day}}},
		{"quoted, the day in another sentence", "“I saw her yesterday,” he said. The talks ended Friday.", wed,
			[]found{{"yesterday", "2020-08-04", lede.Day}, {"Friday", "2020-07-31", lede.Day}}},
		{"quoted, the day in a clause after the attribution", "“We reopen today,” said the owner, who on Monday hired staff.", wed,
			[]found{{"today", "2020-08-05", lede.Day}, {"Monday", "2020-08-03", lede.Day}}},
		{"quotation ended by a full stop", "“We are open today.” The shop said Monday it would close.", wed,
			[]found{{"today", "2020-08-05", lede.Day}, {"Monday", "2020-08-03", lede.Day}}},

		// "today" and weekdays in an embedded post count from the date
		// of its signature.
		{"post signed below", "The mayor said he was worried.\n\nWe started handing out water today\nStay safe pic.twitter.com/xyz\n\n— A. Person (@a_person1) August 1, 2020\n\nThe heat eased on Monday.", wed,
			[]found{{"today", "2020-08-01", lede.Day}, {"August 1, 2020", "2020-08-01", lede.Day}, {"Monday", "2020-08-03", lede.Day}}},
		{"post signed on its line", "He said he was proud. Glad to speak today at the fair. https://t.co/x — Jo Bloggs (@jobloggs) July 29, 2020", wed,
			[]found{{"today", "2020-07-29", lede.Day}, {"July 29, 2020", "2020-07-29", lede.Day}}},
		{"weekday in a post", "The smog was awful on Sunday, but no surprise.\n\n— Jo Bloggs (@jobloggs) July 28, 2020", wed,
			[]found{{"Sunday", "2020-07-26", lede.Day}, {"July 28, 2020", "2020-07-28", lede.Day}}},

		// A day without a year takes a year written earlier in its
		// sentence, outside the future.
		{"year earlier in the sentence", "The senator raised the matter during the 2016 race -- chiefly after her aide was spotted at a crowded July 4 parade.", wed,
			[]found{{"2016", "2016", lede.Year}, {"July 4", "2016-07-04", lede.Day}}},
		{"year earlier in a future sentence", "The 2019 law will take effect on Sept. 1.", wed,
			[]found{{"2019", "2019", lede.Year}, {"Sept. 1", "2020-09-01", lede.Day}}},
		{"year after since", "Since 2015, the fair has opened on June 5.", wed,
			[]found{{"2015", "2015", lede.Year}, {"June 5", "2020-06-05", lede.Day}}},

		// "today's" before a noun of the age is no day.
		{"today's age", "The locks were built for today's threat landscape, the maker said.", wed, nil},
		{"today's age", "In today's world, few people write letters, he said.", wed, nil},
		{"today's event", "Today's vote was close, he said.", wed,
			[]found{{"Today", "2020-08-05", lede.Day}}},

		// A past spelled as the plain form ("hit", "cut", "shut") with an
		// object after it; not after an auxiliary or a determiner.
		{"plain-form past", "The index hit a record high on Jan. 21.", "2020-10-28",
			[]found{{"Jan. 21", "2020-01-21", lede.Day}}},
		{"plain-form past", "The mill cut 300 jobs in January.", "2020-10-28",
			[]found{{"January", "2020-01", lede.Month}}},
		{"plain form after a modal", "The mill will cut jobs on Jan. 21.", "2020-10-28",
			[]found{{"Jan. 21", "2021-01-21", lede.Day}}},
		{"plain form as a noun", "The bank plans a rate cut in January.", "2020-10-28",
			[]found{{"January", "2021-01", lede.Month}}},

		// A year inside a relative clause closed before the date is the
		// clause's.
		{"year in a relative clause", "The chain, which listed in 2014, has struggled since March.", "2020-10-28",
			[]found{{"2014", "2014", lede.Year}, {"March", "2020-03", lede.Month}}},
		{"year opening the sentence", "In 2014, the chain struggled in March.", "2020-10-28",
			[]found{{"2014", "2014", lede.Year}, {"March", "2014-03", lede.Month}}},

		// More irregular pasts are past cues; as participles after "be"
		// they take the auxiliary's tense.
		{"irregular past", "The court upheld the verdict on Jan. 21.", "2020-10-28",
			[]found{{"Jan. 21", "2020-01-21", lede.Day}}},
		{"irregular past", "The march drew thousands on Jan. 12.", "2020-10-28",
			[]found{{"Jan. 12", "2020-01-12", lede.Day}}},
		{"participle after be", "A second pier will be built in January.", "2020-10-28",
			[]found{{"January", "2021-01", lede.Month}}},

		// An intent or a prospect before "to" looks ahead; "is to" does
		// too; an intent stated in the past looks ahead of that moment.
		{"is to", "The premier is to visit the port on Monday.", "2020-10-28",
			[]found{{"Monday", "2020-11-02", lede.Day}}},
		{"likely to", "Talks are likely to resume on Monday.", "2020-10-28",
			[]found{{"Monday", "2020-11-02", lede.Day}}},
		{"threatens to", "The guild threatens to strike on Monday.", "2020-10-28",
			[]found{{"Monday", "2020-11-02", lede.Day}}},
		{"vowed to", "She vowed to return on Monday.", "2020-10-28",
			[]found{{"Monday", "2020-11-02", lede.Day}}},
		{"is to blame", "The mayor is to blame for Tuesday's chaos, he said.", "2020-10-28",
			[]found{{"Tuesday", "2020-10-27", lede.Day}}},
		{"were likely to", "Marchers were likely to gather on Monday, police said.", "2020-10-28",
			[]found{{"Monday", "2020-11-02", lede.Day}}},
		{"timetable with a plural subject", "Voters head to the polls on Tuesday.", "2020-10-28",
			[]found{{"Tuesday", "2020-11-03", lede.Day}}},

		// "last year" or "this year" earlier in the sentence gives a
		// day or a month its year.
		{"last year in the sentence", "Last year's blaze started on Jan. 5 near the ridge.", "2021-01-03",
			[]found{{"Last year", "2020", lede.Year}, {"Jan. 5", "2020-01-05", lede.Day}}},
		{"last year in the sentence", "Last year, the fair opened in June.", "2021-09-10",
			[]found{{"Last year", "2020", lede.Year}, {"June", "2020-06", lede.Month}}},

		// A date written with a past year earlier in the paragraph gives
		// a later day or month without one its year.
		{"paragraph year", "On March 3, 2019, the bakery closed its doors. On April 5, a court approved the sale.", "2020-10-28",
			[]found{{"March 3, 2019", "2019-03-03", lede.Day}, {"April 5", "2019-04-05", lede.Day}}},
		{"paragraph year, month", "In March 2019 the bakery closed its doors. In April, a court approved the sale.", "2020-10-28",
			[]found{{"March 2019", "2019-03", lede.Month}, {"April", "2019-04", lede.Month}}},
		{"paragraph year, across New Year", "In November 2018 the bakery closed. In February, a court approved the sale.", "2020-10-28",
			[]found{{"November 2018", "2018-11", lede.Month}, {"February", "2019-02", lede.Month}}},
		{"another paragraph", "On March 3, 2019, the bakery closed.\n\nOn April 5, a court approved the sale.", "2020-10-28",
			[]found{{"March 3, 2019", "2019-03-03", lede.Day}, {"April 5", "2020-04-05", lede.Day}}},
		{"paragraph year, future sentence", "On March 3, 2019, the bakery closed. A court will rule on April 5.", "2020-10-28",
			[]found{{"March 3, 2019", "2019-03-03", lede.Day}, {"April 5", "2021-04-05", lede.Day}}},

		// "the same day", "the next morning", "the following year",
		// "the previous month" step from the date just named; a whole
		// year or month stays one.
		{"the same day", "The bill cleared the house on July 20, and the governor signed it the same day.", wed,
			[]found{{"July 20", "2020-07-20", lede.Day}, {"the same day", "2020-07-20", lede.Day}}},
		{"the next morning", "The fire started on July 20; crews contained it the next morning.", wed,
			[]found{{"July 20", "2020-07-20", lede.Day}, {"the next morning", "2020-07-21", lede.Day}}},
		{"the previous year", "Ferry trips in 2019 were up on the previous year.", wed,
			[]found{{"2019", "2019", lede.Year}, {"the previous year", "2018", lede.Year}}},
		{"the following year", "The mill shut in March 2018. The following year, it reopened.", wed,
			[]found{{"March 2018", "2018-03", lede.Month}, {"The following year", "2019", lede.Year}}},
		{"the following month", "The mill shut on March 3, 2018. The following month, it reopened.", wed,
			[]found{{"March 3, 2018", "2018-03-03", lede.Day}, {"The following month", "2018-04", lede.Month}}},
		{"a rolling period", "Rents should rise in the next year.", wed, nil},
		{"nothing to step from", "The previous year was hard.", wed, nil},

		// An ordinal, "of" and a month are a day.
		{"ordinal of month", "The fair was held on the 28th of July.", wed,
			[]found{{"28th of July", "2020-07-28", lede.Day}}},
		{"ordinal of month with year", "The fair was held on the 2nd of June 2019.", wed,
			[]found{{"2nd of June 2019", "2019-06-02", lede.Day}}},

		// The new date of a move in time lies ahead of the telling.
		{"moved to", "The hearing was adjourned to Jan. 12.", "2020-10-28",
			[]found{{"Jan. 12", "2021-01-12", lede.Day}}},
		{"moved to", "The gala was rescheduled for Feb. 1.", "2020-10-28",
			[]found{{"Feb. 1", "2021-02-01", lede.Day}}},
		{"moved to", "The launch was pushed back to Friday.", "2020-10-28",
			[]found{{"Friday", "2020-10-30", lede.Day}}},
		{"moved to", "The derby was moved to Sunday.", "2020-10-28",
			[]found{{"Sunday", "2020-11-01", lede.Day}}},
		{"moved to", "The talks were put off until Monday.", "2020-10-28",
			[]found{{"Monday", "2020-11-02", lede.Day}}},
		{"no move", "The shop was closed until Monday.", "2020-10-28",
			[]found{{"Monday", "2020-10-26", lede.Day}}},

		// "this past" and "this coming" before a month or a weekday.
		{"this past month", "The pier closed this past March.", "2020-10-28",
			[]found{{"this past March", "2020-03", lede.Month}}},
		{"this coming month", "The pier will close this coming March.", "2020-10-28",
			[]found{{"this coming March", "2021-03", lede.Month}}},
		{"this past weekday", "The vote was held this past Wednesday.", "2020-10-28",
			[]found{{"this past Wednesday", "2020-10-21", lede.Day}}},
		{"this coming weekday", "The vote is this coming Tuesday.", "2020-10-28",
			[]found{{"this coming Tuesday", "2020-11-03", lede.Day}}},

		// Counts in words run to nineteen.
		{"teen count", "The pier closed fifteen years ago.", "2020-10-28",
			[]found{{"fifteen years ago", "2005", lede.Year}}},
		{"teen count", "The pier, shut in March 2018, reopened eighteen months later.", "2020-10-28",
			[]found{{"March 2018", "2018-03", lede.Month}, {"eighteen months later", "2019-09", lede.Month}}},

		// An attribution verb opening a sentence dates the telling.
		{"opening attribution", "Asked Monday whether he would quit, the coach said no.", "2020-10-28",
			[]found{{"Monday", "2020-10-26", lede.Day}}},
		{"opening attribution", "Told on Friday that the mill would shut, workers wept.", "2020-10-28",
			[]found{{"Friday", "2020-10-23", lede.Day}}},

		// A date in a relative clause takes the clause's tense.
		{"relative clause", "The levy, which will take effect in January, was approved on Tuesday.", "2020-10-28",
			[]found{{"January", "2021-01", lede.Month}, {"Tuesday", "2020-10-27", lede.Day}}},
		{"relative clause", "The levy that passed on Tuesday will take effect in January.", "2020-10-28",
			[]found{{"Tuesday", "2020-10-27", lede.Day}, {"January", "2021-01", lede.Month}}},
		{"relative clause", "The storm that will hit Friday formed Monday.", "2020-10-28",
			[]found{{"Friday", "2020-10-30", lede.Day}, {"Monday", "2020-10-26", lede.Day}}},

		// "of last year" after a month or a day is its year.
		{"month of last year", "The pier closed in March of last year.", "2020-10-28",
			[]found{{"March of last year", "2019-03", lede.Month}}},
		{"day of last year", "The pier closed on March 3 of last year.", "2020-10-28",
			[]found{{"March 3 of last year", "2019-03-03", lede.Day}}},

		// A second predicate after the date ("and will ...") leaves the
		// date to the verb before it.
		{"second predicate", "The mill cut 50 jobs Monday and will cut more Friday.", "2020-10-28",
			[]found{{"Monday", "2020-10-26", lede.Day}, {"Friday", "2020-10-30", lede.Day}}},
		{"second predicate", "The ferry will sail in March and was already sold out.", "2020-10-28",
			[]found{{"March", "2021-03", lede.Month}}},
	}
	for _, tc := range tests {
		got := run(tc.text, tc.published)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.kind, tc.text, diff)
		}
	}
}
