package dates

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// TestWideKinds holds invented sentences for the general kinds of error
// found on a wide unlabelled news corpus in session 8, a few of each kind.
func TestWideKinds(t *testing.T) {
	const (
		thu = "2022-03-10" // a Thursday
	)
	tests := []struct {
		kind, text, published string
		want                  []found
	}{
		// A step of its own ("a year later", "twelve days earlier") with
		// no date in view counts from nothing: not from publication, nor
		// from a date paragraphs away.
		{"step, no date in view", "The orchard keeper was still pruning the trees a year later, neighbours said.", thu,
			nil},
		{"step, no date in view", "The gas leaked from a vent fitted twelve days earlier by a contractor.", thu,
			nil},
		{"step, no date in view", "Four weeks before the wedding, book the florist.", thu,
			nil},
		{"step, no date in view", "We hiked until dusk. The next morning, we broke camp early.", thu,
			nil},
		{"step, date paragraphs away", "The mill opened in 1988.\n\nIt grew fast.\n\nWorkers said the owners were generous.\n\nSix years later, most of them had left.", thu,
			[]found{{"1988", "1988", lede.Year}}},
		{"step, date paragraphs away", "The ferry line started in 2004.\n\nIts boats were slow.\n\nPassengers complained.\n\n\"Cut to three years later, and I still ride it,\" one said.", thu,
			[]found{{"2004", "2004", lede.Year}}},
		{"step, date many sentences away", "The mill opened in 1988. It grew. It hired. It sold. It bought. It lost. It won. It paid. It fell. It rose. It cut. It hired again. A year later, it closed.", thu,
			[]found{{"1988", "1988", lede.Year}}},
		// ... but a date in the same paragraph or the one before is in view.
		{"step, date in view", "The mill opened in 1988.\n\nSix years later, it closed.", thu,
			[]found{{"1988", "1988", lede.Year}, {"Six years later", "1994", lede.Year}}},
		{"step, date in view", "The mill opened on May 2, 1988, and a week later it hired forty men.", thu,
			[]found{{"May 2, 1988", "1988-05-02", lede.Day}, {"a week later", "1988-05-09", lede.Day}}},
		// "a day after <clause>" still dates its clause's event from the
		// day the story reports, even a few paragraphs back.
		{"clause step, story day", "The dam burst on Tuesday, officials said.\n\nRescuers searched all night.\n\nCrews worked through rain.\n\nThe burst came a day after engineers warned of cracks.", thu,
			[]found{{"Tuesday", "2022-03-08", lede.Day}, {"a day after", "2022-03-07", lede.Day}}},

		// "would have" with a participle is a past that did not happen;
		// "have to" is an obligation, no perfect.
		{"would have", "The rivals shone at the forum on Wednesday, but none of them would have done enough to win.", thu,
			[]found{{"Wednesday", "2022-03-09", lede.Day}}},
		{"would have", "Even with a strong night on Wednesday, the senator would have needed a miracle.", thu,
			[]found{{"Wednesday", "2022-03-09", lede.Day}}},
		{"have to", "The board has to decide in June whether the lido stays open.", thu,
			[]found{{"June", "2022-06", lede.Month}}},
		{"have to", "Tenants will have to renew their permits by February.", thu,
			[]found{{"February", "2023-02", lede.Month}}},
		// A coordinate clause with a subject of its own has its own
		// tense.
		{"coordinate clause", "We must plan how we are going to hold a fair count in November, and nobody should have to queue for it.", thu,
			[]found{{"November", "2022-11", lede.Month}}},
		{"coordinate clause", "Critics warned the levy would fail, but on Tuesday the council passed it.", thu,
			[]found{{"Tuesday", "2022-03-08", lede.Day}}},
		// The verb after a day's possessive and its noun phrase dates it.
		{"possessive subject", "The mayor promised change, but Tuesday's ward races showed that voters would not wait.", thu,
			[]found{{"Tuesday", "2022-03-08", lede.Day}}},
		{"possessive subject", "Skeptics said the plan would collapse, and Monday's off-cycle vote proved them right.", thu,
			[]found{{"Monday", "2022-03-07", lede.Day}}},
		// A time and a weekday ending a label before a colon: a line of a
		// schedule or a preview, ahead.
		{"schedule label", "No. 9 Ashford (6-4) at No. 2 Millbrook (9-1), 2 p.m. Saturday: The teams met in Week 4, when Millbrook won.", thu,
			[]found{{"Saturday", "2022-03-12", lede.Day}}},
		{"schedule label", "Harbor City at Lakeview, 7:30 p.m. Friday: Lakeview beat them twice last season.", thu,
			[]found{{"Friday", "2022-03-11", lede.Day}}},
		{"clock time, no label", "Police said the van overturned at 2 a.m. Saturday on the bypass.", thu,
			[]found{{"Saturday", "2022-03-05", lede.Day}}},

		// A weekday that recurs or is no particular one.
		{"recurring day part", "Saturday nights are for karaoke at the old depot.", thu, nil},
		{"recurring day part", "She used to bake bread on Sunday mornings with her aunt.", thu, nil},
		{"every other", "The brass trio performs every other Friday at the tavern.", thu, nil},
		{"unnamed day", "We set off on a rainy Tuesday morning and reached the ridge by noon.", thu, nil},
		{"unnamed day", "For the clerks it was just another Monday.", thu, nil},
		{"named day, noun before", "Lawyers for the chef disclosed the deal in a filing Friday afternoon.", thu,
			[]found{{"Friday", "2022-03-04", lede.Day}}},
		// "expect to" and "anticipate to" look ahead; "this June 1" is
		// this year's.
		{"expect to", "The brewers expect to bottle the stout in February or March.", "2022-11-02",
			[]found{{"February", "2023-02", lede.Month}, {"March", "2023-03", lede.Month}}},
		{"this day of month", "The planners have to assume the pier still stands this June 1, she said.", thu,
			[]found{{"this June 1", "2022-06-01", lede.Day}}},

		// "have" after "to", a modal or a pronoun, with no participle,
		// is possession, no perfect.
		{"have, possession", "The agency aims to have three clinics open in mid-December.", "2022-11-02",
			[]found{{"mid-December", "2022-12", lede.Month}}},
		{"have, perfect", "The poet is believed to have died on Sunday.", thu,
			[]found{{"Sunday", "2022-03-06", lede.Day}}},
		// "today" in an appeal to the reader means whenever the page is
		// read.
		{"call to action", "Keep local news alive. Subscribe today.", thu, nil},
		{"call to action", "Never miss a story by signing up to our bulletin today!", thu, nil},
		{"call to action", "Want to see it run? Request a trial today and compare.", thu, nil},
		{"call to action", "Thanks for donating today.", thu, nil},
		{"not a call to action", "The chief said she opened the call late. Thanks, everyone, for joining today.", thu,
			[]found{{"today", "2022-03-10", lede.Day}}},
		{"not a call to action", "The governor will sign the repeal today.", thu,
			[]found{{"today", "2022-03-10", lede.Day}}},

		// Numbers that only look like years.
		{"copyright", "© 2021 Harbor Light Media. All rights reserved.", thu, nil},
		{"copyright", "Copyright 2019 by the Valley Courier.", thu, nil},
		{"measure", "Portions here assume a 2000 calorie diet.", thu, nil},
		{"street number", "Officers stopped a van owned by a man of 1907 Larkspur Drive.", thu, nil},
		{"model number", "The new card beats the Vega 2080 Ti by a third.", thu, nil},
		{"year before a court", "He cited a 2012 Supreme Court ruling.", thu,
			[]found{{"2012", "2012", lede.Year}}},
		{"far year after a cue", "The city aims for net zero by 2050.", thu,
			[]found{{"2050", "2050", lede.Year}}},
		{"far year after a cue", "By 2060 the town's population is projected to double.", thu,
			[]found{{"2060", "2060", lede.Year}}},

		// "plans" as a noun and "appears to" are no timetable.
		{"plans, noun", "The governor announced plans Sunday to shut the bars early.", thu,
			[]found{{"Sunday", "2022-03-06", lede.Day}}},
		{"plans, verb", "The governor plans to shut the bars on Sunday.", thu,
			[]found{{"Sunday", "2022-03-13", lede.Day}}},
		{"appears to", "In the latest survey, from March 5, the damage appears to be spreading.", thu,
			[]found{{"March 5", "2022-03-05", lede.Day}}},

		// An attribution verb in the passive after "be" takes the
		// auxiliary's tense.
		{"passive attribution", "The results will be announced on Tuesday.", thu,
			[]found{{"Tuesday", "2022-03-15", lede.Day}}},
		{"passive attribution", "The winners were announced on Tuesday.", thu,
			[]found{{"Tuesday", "2022-03-08", lede.Day}}},

		// "the next year" as a stretch of time.
		{"stretch of time", "The mill opened in 2019. Its owners will spend the next year in court.", thu,
			[]found{{"2019", "2019", lede.Year}}},
		{"stretch of time", "The mill opened in 2019. The next year or two were hard.", thu,
			[]found{{"2019", "2019", lede.Year}}},
		{"stretch of time", "The mill opened in 2019, and the next year and a half brought losses.", thu,
			[]found{{"2019", "2019", lede.Year}}},
		{"calendar step", "The mill opened in 2019. The next year, it closed.", thu,
			[]found{{"2019", "2019", lede.Year}, {"The next year", "2020", lede.Year}}},

		// The main clause after an opening subordinate clause has its own
		// tense; "is forecast to", "go into effect" look ahead.
		{"opening clause", "Although frost warnings were posted for Tuesday, Wednesday is forecast to stay calm.", "2023-11-07",
			[]found{{"Tuesday", "2023-11-07", lede.Day}, {"Wednesday", "2023-11-08", lede.Day}}},
		{"opening clause with a verb of report", "While rain was reported on Tuesday, Wednesday will be dry.", "2023-11-07",
			[]found{{"Tuesday", "2023-11-07", lede.Day}, {"Wednesday", "2023-11-08", lede.Day}}},
		{"a verb of report, a comma and the day", "The minister said, on Tuesday, that talks would resume.", "2023-11-09",
			[]found{{"Tuesday", "2023-11-07", lede.Day}}},
		{"go into effect", "The new fares go into effect on Tuesday after a rise in fuel costs.", thu,
			[]found{{"Tuesday", "2022-03-15", lede.Day}}},
		{"come into force", "A ban on plastic straws comes into force on Monday.", thu,
			[]found{{"Monday", "2022-03-14", lede.Day}}},

		// An imperative opening a sentence looks ahead.
		{"imperative", "Check back in April for the full lineup.", "2026-01-07",
			[]found{{"April", "2026-04", lede.Month}}},
		{"imperative", "Apply by March 3 to be considered.", "2026-01-07",
			[]found{{"March 3", "2026-03-03", lede.Day}}},
		{"call to action", "Submit your entry today and join the finalists.", thu, nil},

		// A weekday counted within a month is a rule of the calendar.
		{"nth weekday of a month", "The regatta moved from its usual first Saturday in May.", thu, nil},
		{"nth weekday of a month", "Clocks go back on the last Sunday of October and forward on the last Sunday in March.", thu, nil},
		{"nth weekday of a month", "The vote is set for the first Monday in May 2031.", thu,
			[]found{{"May 2031", "2031-05", lede.Month}}},
		{"last weekday", "The mill closed last Sunday.", thu,
			[]found{{"last Sunday", "2022-03-06", lede.Day}}},
	}
	for _, tc := range tests {
		got := run(tc.text, tc.published)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.kind, tc.text, diff)
		}
	}
}
