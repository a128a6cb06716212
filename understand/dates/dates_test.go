package dates

import (
	"encoding/json"
	"github.com/ledehq/lede/internal/sharedtest"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// found is the part of a mention the table tests compare.
type found struct {
	Text  string
	Value string
	G     lede.Granularity
}

func run(text, published string) []found {
	var out []found
	for _, m := range Find(text, published) {
		out = append(out, found{m.Text, m.Value, m.Granularity})
	}
	return out
}

const thu = "2018-06-28T08:30:00-04:00" // a Thursday

func TestFind(t *testing.T) {
	tests := []struct {
		about     string
		text      string
		published string
		want      []found
	}{
		// weekdays and tense
		{"past weekday", "Aides said Wednesday they hope for talks.", thu,
			[]found{{"Wednesday", "2018-06-27", lede.Day}}},
		{"past on the publication weekday", "The statements were issued on Thursday.", thu,
			[]found{{"Thursday", "2018-06-28", lede.Day}}},
		{"future weekday", "The leaders will meet on Monday.", thu,
			[]found{{"Monday", "2018-07-02", lede.Day}}},
		{"future on the publication weekday", "They will sign the deal Thursday.", thu,
			[]found{{"Thursday", "2018-06-28", lede.Day}}},
		{"next weekday", "They meet again next Thursday.", thu,
			[]found{{"next Thursday", "2018-07-05", lede.Day}}},
		{"last weekday is not yesterday", "It rained last Wednesday.", thu,
			[]found{{"last Wednesday", "2018-06-20", lede.Day}}},
		{"until a day soon after, in a perfect-tense clause", "The judge has given the firm until July 8 to respond.", thu,
			[]found{{"July 8", "2018-07-08", lede.Day}}},
		{"until a day just past", "Residents had stayed home until June 20.", thu,
			[]found{{"June 20", "2018-06-20", lede.Day}}},
		{"a weekday before a relative clause in the future", "Voters approved the measure on Tuesday that will raise pensions.", thu,
			[]found{{"Tuesday", "2018-06-26", lede.Day}}},
		{"an ISO stamp is one mention", "Posted 2018-06-27T16:43:00-04:00. Voters approved it.", thu,
			[]found{{"2018-06-27T16:43:00-04:00", "2018-06-27", lede.Day}}},
		{"a period's start before through", "The council decided that fares are waived from July 2 through the autumn.", thu,
			[]found{{"July 2", "2018-07-02", lede.Day}}},
		{"month takes the year of its sentence", "Players prepare for the 2020 season that opens in early January.", thu,
			[]found{{"2020", "2020", lede.Year}, {"January", "2020-01", lede.Month}}},
		{"month with a year after a comma", "In September, 2008 I wrote a post.", thu,
			[]found{{"September, 2008", "2008-09", lede.Month}}},
		{"tense of the clause", "The festival – which will reach its fifth year in January – drew crowds.", thu,
			[]found{{"January", "2019-01", lede.Month}}},
		{"tense of the statement, not of its attribution", "The company will announce results on Friday, it said on Wednesday.", thu,
			[]found{{"Friday", "2018-06-29", lede.Day}, {"Wednesday", "2018-06-27", lede.Day}}},
		{"a recurring month is no date", "Smoke settles over the valley every October, and each March the river floods.", thu,
			nil},
		{"should looks ahead", "The storm should pass by Saturday morning, forecasters said.", thu,
			[]found{{"Saturday", "2018-06-30", lede.Day}}},
		{"might looks ahead", "The vote might slip to Monday.", thu,
			[]found{{"Monday", "2018-07-02", lede.Day}}},
		{"should have looks back", "The parcel should have arrived on Tuesday.", thu,
			[]found{{"Tuesday", "2018-06-26", lede.Day}}},
		{"last weekday", "It rained last Thursday and last Friday.", thu,
			[]found{{"last Thursday", "2018-06-21", lede.Day}, {"last Friday", "2018-06-22", lede.Day}}},
		{"no cue is past", "Markets on Monday: stocks up.", thu,
			[]found{{"Monday", "2018-06-25", lede.Day}}},
		{"would: a day of a month on the nearer side", "Officials expect that on March 3 the vote would be close.", thu,
			[]found{{"March 3", "2018-03-03", lede.Day}}},
		{"would: the nearer side can be ahead", "The envoys would meet on July 9.", thu,
			[]found{{"July 9", "2018-07-09", lede.Day}}},
		{"would: a bare month on the nearer side", "The deal signed in March would cut tariffs.", thu,
			[]found{{"March", "2018-03", lede.Month}}},
		{"would: a weekday is the coming one", "Aides said the talks would resume Monday.", thu,
			[]found{{"Monday", "2018-07-02", lede.Day}}},
		{"a plan seen from the past: the nearer side", "A pact, once expected within weeks of an April summit, may slip.", thu,
			[]found{{"April", "2018-04", lede.Month}}},
		{"a plan: ahead", "A pact is expected at an April summit.", thu,
			[]found{{"April", "2019-04", lede.Month}}},
		{"a timetable in the present looks ahead", "The trial begins Monday, prosecutors said. The exhibit opens in March.", thu,
			[]found{{"Monday", "2018-07-02", lede.Day}, {"March", "2019-03", lede.Month}}},
		{"a plural subject's timetable looks ahead", "Polls open Tuesday. Tickets go on sale Friday. The show runs through Sunday.", thu,
			[]found{{"Tuesday", "2018-07-03", lede.Day}, {"Friday", "2018-06-29", lede.Day}, {"Sunday", "2018-07-01", lede.Day}}},
		{"a limit with no tense lies ahead", "The museum is closed through January; forms are due by March 3.", thu,
			[]found{{"January", "2019-01", lede.Month}, {"March 3", "2019-03-03", lede.Day}}},
		{"a limit in the past stays past", "He served until March 3 and was replaced.", thu,
			[]found{{"March 3", "2018-03-03", lede.Day}}},
		{"would and should take the nearer side", "He said he would run again in November; the vote should come by July 9.", thu,
			[]found{{"November", "2018-11", lede.Month}, {"July 9", "2018-07-09", lede.Day}}},
		{"takes effect looks ahead", "The law, passed in March, takes effect in January.", thu,
			[]found{{"March", "2018-03", lede.Month}, {"January", "2019-01", lede.Month}}},
		{"opening hours are no dates", "Open Monday to Friday, and Saturday–Sunday by appointment. It moved from Monday to Friday.", thu,
			// (the day an event moved to lies ahead of the telling)
			[]found{{"Monday", "2018-06-25", lede.Day}, {"Friday", "2018-06-29", lede.Day}}},
		{"set for and due in look ahead", "The vote is set for Tuesday. He was held Saturday and is due in court Monday.", thu,
			[]found{{"Tuesday", "2018-07-03", lede.Day}, {"Saturday", "2018-06-23", lede.Day}, {"Monday", "2018-07-02", lede.Day}}},
		{"due to is a cause", "The match was called off due to rain on Monday.", thu,
			[]found{{"Monday", "2018-06-25", lede.Day}}},
		{"an attribution just before the date dates the telling", "He told reporters on Tuesday he will resign. She said he will meet them Friday.", thu,
			[]found{{"Tuesday", "2018-06-26", lede.Day}, {"Friday", "2018-06-29", lede.Day}}},
		{"a present copula with no cue looks ahead", "The game is on Sunday. The deadline is July 2.", thu,
			[]found{{"Sunday", "2018-07-01", lede.Day}, {"July 2", "2018-07-02", lede.Day}}},
		{"could looks ahead, could not looks back", "The plan could be approved in September. He could not attend on Monday.", thu,
			[]found{{"September", "2018-09", lede.Month}, {"Monday", "2018-06-25", lede.Day}}},
		{"a relative clause between commas is skipped", "Lawmakers are expected to vote on the bill, which passed the Senate in May after weeks of debate, in September.", thu,
			[]found{{"May", "2018-05", lede.Month}, {"September", "2018-09", lede.Month}}},
		{"a subordinate clause after a comma has its own tense", "The store will close for good in January, after it failed to turn a profit in December.", thu,
			[]found{{"January", "2019-01", lede.Month}, {"December", "2017-12", lede.Month}}},
		{"a schedule line with a time looks ahead", "Kickoff Saturday at 1 p.m. on Channel 4.\nFinal: Sunday, 19:30.", thu,
			[]found{{"Saturday", "2018-06-30", lede.Day}, {"Sunday", "2018-07-01", lede.Day}}},
		{"a time in a past sentence stays past", "He was arrested Saturday at 3 a.m.", thu,
			[]found{{"Saturday", "2018-06-23", lede.Day}}},
		{"a fixture in the present looks ahead", "The champions host the visitors on Saturday, and the two sides meet again Sunday.", thu,
			[]found{{"Saturday", "2018-06-30", lede.Day}, {"Sunday", "2018-07-01", lede.Day}}},
		{"an imperative looks ahead", "Join us on Saturday for the parade.", thu,
			[]found{{"Saturday", "2018-06-30", lede.Day}}},
		{"nearest cue wins", "Officials said the ministers would meet Sunday.", thu,
			[]found{{"Sunday", "2018-07-01", lede.Day}}},
		{"weekday with a date", "On Thursday, June 28, 2018, he spoke.", "",
			[]found{{"Thursday, June 28, 2018", "2018-06-28", lede.Day}}},
		{"possessive weekday", "Wednesday's talks ended.", thu,
			[]found{{"Wednesday", "2018-06-27", lede.Day}}},
		{"stray comma between month and day", "Registration closes on Friday, March, 13 2026.", thu,
			[]found{{"Friday, March, 13 2026", "2026-03-13", lede.Day}}},
		{"a comma after a month and a count is no day", "In January, 6 people died.", thu,
			[]found{{"January", "2018-01", lede.Month}}},

		// "today" in features: the present age, not the day
		{"feature: today with a simple present", "Running shoes today come in many colours, says Roe.", thu, nil},
		{"feature: yesterday's with a plural", "New cars avoid yesterday’s mistakes, says Roe.", thu, nil},
		{"feature: of today", "The kitchen of today is small, says Roe.", thu, nil},
		{"feature: a day's offer is the day's", "Shop today’s sale here, says Roe.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"feature: a day's events after today's", "Today’s talks ran long, says Roe.", thu,
			[]found{{"Today", "2018-06-28", lede.Day}}},
		{"feature: an event verb makes it the day", "The service launches today, says Roe.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"feature: as of today", "It costs $5 as of today, says Roe.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"feature: a past clause makes it the day", "The store was opened today, says Roe.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"feature: a progressive makes it the day", "Roe says the team is meeting today.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: today is the day", "The trial begins today, prosecutors said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: even a simple present", "Prices stay high today, traders said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},

		// the present age, the past or the future in general, in any article
		{"news: a plural after today's", "Traders said today’s cheapest phones outsell laptops.", thu, nil},
		{"news: a plural after yesterday's and tomorrow's", "Officials said yesterday's engines and tomorrow's electric trucks differ.", thu, nil},
		{"news: a day's plural after today's", "Officials said today's talks ended early.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: a singular after today's", "Officials said today's vote was close.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: a noun, today and a verb of state", "Farmers today have fewer workers, the report said.", thu, nil},
		{"news: a relative pronoun, today and is", "The old mill, which today is a museum, was sold in 1990.", thu,
			[]found{{"1990", "1990", lede.Year}}},
		{"news: a third-person present after today", "A plain tool that works today outsells a costly one, he said.", thu, nil},
		{"news: a progressive or participle after the verb is the day's", "Shares today are trading higher; schools today remain closed, officials said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}, {"today", "2018-06-28", lede.Day}}},
		{"news: a situation of the day", "Residents today remain without power; the old city today is under curfew, officials said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}, {"today", "2018-06-28", lede.Day}}},
		{"news: even today", "Even today, few of the locals said they knew.", thu, nil},
		{"news: an opening Today, and a state", "Today, the old theory is part of every course, a dean said.", thu, nil},
		{"news: an opening Today, and a modal of state", "Today, most clinics can test for it, officials said.", thu, nil},
		{"news: an opening Today, and an event", "Today, the museum is closed, officials said. Today, the city is hosting a vote.", thu,
			[]found{{"Today", "2018-06-28", lede.Day}, {"Today", "2018-06-28", lede.Day}}},
		{"news: an opening Today, and a pronoun", "Today, we are in mourning, she said.", thu,
			[]found{{"Today", "2018-06-28", lede.Day}}},
		{"news: the company today announced", "The company today announced a merger.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: an event verb after today", "The court today hears the appeal, lawyers said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: a pointed noun is the day's", "This strike today is meant to scare investors, he said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: today as an object", "It takes today to see it, she said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"news: is today", "The deadline is today, officials said.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},

		// absolute days and year inference
		{"month day future", "The two leaders will meet in Oslo on July 16.", thu,
			[]found{{"July 16", "2018-07-16", lede.Day}}},
		{"month day past", "He resigned on June 2.", thu, []found{{"June 2", "2018-06-02", lede.Day}}},
		{"month day with year", "— Jane Q. Doe (@janeqdoe) June 28, 2018", thu,
			[]found{{"June 28, 2018", "2018-06-28", lede.Day}}},
		{"abbreviated month", "The vote was on Aug. 5 and Sept. 12, 2017.", thu,
			[]found{{"Aug. 5", "2017-08-05", lede.Day}, {"Sept. 12, 2017", "2017-09-12", lede.Day}}},
		{"ordinal day", "It opened on March 3rd.", thu, []found{{"March 3rd", "2018-03-03", lede.Day}}},
		{"day month year", "Published 28 June 2018 and again on 16 July.", thu,
			[]found{{"28 June 2018", "2018-06-28", lede.Day}, {"16 July", "2018-07-16", lede.Day}}},
		{"ISO date", "Filed 2018-06-28 in court.", "", []found{{"2018-06-28", "2018-06-28", lede.Day}}},
		{"past across New Year", "Talks ended on Dec. 30.", "2019-01-02",
			[]found{{"Dec. 30", "2018-12-30", lede.Day}}},
		{"future across New Year", "The law will take effect Jan. 3.", "2018-12-30",
			[]found{{"Jan. 3", "2019-01-03", lede.Day}}},
		{"no tense, near future", "The July 16 summit in Helsinki.", thu, []found{{"July 16", "2018-07-16", lede.Day}}},
		{"no tense, past", "The March high in prices.", "2019-11-20", []found{{"March", "2019-03", lede.Month}}},
		{"no tense, near future month", "The January summit in Davos.", "2019-11-20", []found{{"January", "2020-01", lede.Month}}},
		{"impossible day", "On February 30 nothing happened.", thu, nil},

		// months and years
		{"past month", "She thanked him in a March letter.", thu,
			[]found{{"March", "2018-03", lede.Month}}},
		{"future month", "The rules will change in March.", thu, []found{{"March", "2019-03", lede.Month}}},
		{"past month across New Year", "Sales fell in December.", "2019-01-15",
			[]found{{"December", "2018-12", lede.Month}}},
		{"month and year", "Inflation hit 3% in June 2017.", thu, []found{{"June 2017", "2017-06", lede.Month}}},
		{"mid month", "Talks stalled in mid-March.", thu, []found{{"mid-March", "2018-03", lede.Month}}},
		{"last month name", "Since last March, prices rose.", thu, []found{{"last March", "2018-03", lede.Month}}},
		{"earlier this month", "Trump startled leaders earlier this month.", thu,
			[]found{{"earlier this month", "2018-06", lede.Month}}},
		{"last month", "Exports fell last month.", thu, []found{{"last month", "2018-05", lede.Month}}},
		{"last month across New Year", "Exports fell last month.", "2019-01-04",
			[]found{{"last month", "2018-12", lede.Month}}},
		{"years", "Last year was hot; this year is hotter and next year may be worse.", thu,
			[]found{{"Last year", "2017", lede.Year}, {"this year", "2018", lede.Year}, {"next year", "2019", lede.Year}}},
		{"year", "Russia's 2014 annexation of Crimea", thu, []found{{"2014", "2014", lede.Year}}},
		{"year with plural noun after a cue", "Russia meddled in 2016 elections.", thu, []found{{"2016", "2016", lede.Year}}},

		{"month of a relative year", "It ended in May last year; on May 10 last year; in March next year.", thu,
			[]found{{"May last year", "2017-05", lede.Month}, {"May 10 last year", "2017-05-10", lede.Day},
				{"March next year", "2019-03", lede.Month}}},
		{"a passive future with an irregular participle", "The fair will be held from May 3 to May 7.", thu,
			[]found{{"May 3", "2019-05-03", lede.Day}, {"May 7", "2019-05-07", lede.Day}}},
		{"passive future", "The vote will be moved from Tuesday to Friday.", thu,
			[]found{{"Tuesday", "2018-07-03", lede.Day}, {"Friday", "2018-06-29", lede.Day}}},
		{"paths and sizes are not years", "See example.com/2013/02/page and 1080 pixels by 1920 pixels.", thu, nil},

		// relative
		{"deictic", "Yesterday he left; today he rests; tomorrow he flies.", thu,
			[]found{{"Yesterday", "2018-06-27", lede.Day}, {"today", "2018-06-28", lede.Day}, {"tomorrow", "2018-06-29", lede.Day}}},
		{"parts of days", "He spoke this morning after a vote last night; this night is no date.", thu,
			[]found{{"this morning", "2018-06-28", lede.Day}, {"last night", "2018-06-27", lede.Day}}},
		{"ago", "Two days ago and three years ago and a month ago.", thu,
			[]found{{"Two days ago", "2018-06-26", lede.Day}, {"three years ago", "2015", lede.Year}, {"a month ago", "2018-05", lede.Month}}},
		{"a day after a clause", "It was announced on Thursday.\n\nThe deal came a day after the mayor met the unions.", thu,
			[]found{{"Thursday", "2018-06-28", lede.Day}, {"a day after", "2018-06-27", lede.Day}}},
		{"a day after a dated clause", "He quit two days after the June 12 vote.", thu,
			[]found{{"two days after", "2018-06-12", lede.Day}, {"June 12", "2018-06-12", lede.Day}}},
		{"later moves the reference", "They met on June 4. Two days later, they signed.", thu,
			[]found{{"June 4", "2018-06-04", lede.Day}, {"Two days later", "2018-06-06", lede.Day}}},
		{"the next day", "They met on June 4 and left the next day.", thu,
			[]found{{"June 4", "2018-06-04", lede.Day}, {"the next day", "2018-06-05", lede.Day}}},

		{"months after nothing: no date", "Two months after the onset, she recovered.", thu, nil},
		{"months after nothing, no anchor: unresolved", "Two months after the onset, she recovered.", "",
			[]found{{"Two months after", "", lede.Month}}},
		{"the next day after a month: no day to count from", "She flew home in May and rested the next day.", thu,
			[]found{{"May", "2018-05", lede.Month}}},
		{"a year after a clause, the year of another sentence: no date", "Its rival launched last year.\n\nThe console comes a year after the rival.", thu,
			[]found{{"last year", "2017", lede.Year}}},
		{"a year after a clause, a year of its sentence", "In 2016 the console came a year after the rival.", thu,
			[]found{{"2016", "2016", lede.Year}, {"a year after", "2015", lede.Year}}},
		{"a year earlier than a month", "Rates hit 5% in October, down from 6% a year earlier.", thu,
			[]found{{"October", "2017-10", lede.Month}, {"a year earlier", "2016-10", lede.Month}}},
		{"generic weekday", "It opened on a Monday.", thu, nil},
		{"hedged counts of days, weeks and months are no date", "Barely a week ago the bridge shut; about two days after that, less than three months after the flood, it reopened.", thu, nil},
		{"a hedged count of years keeps its year", "The plant opened nearly a year ago.", thu,
			[]found{{"a year ago", "2017", lede.Year}}},
		{"durations are no date", "The old boiler lasted 20 years before failing, and she stayed for two days after the storm.", thu, nil},
		{"tens and compound counts", "The mill closed in 1950. Sixty-three years later it reopened; twenty years later it shut again.", thu,
			[]found{{"1950", "1950", lede.Year}, {"Sixty-three years later", "2013", lede.Year}, {"twenty years later", "2033", lede.Year}}},
		{"years after a dated event measure time", "Troops remain, 12 years after the raid of May 2, 2011.", thu,
			[]found{{"May 2, 2011", "2011-05-02", lede.Day}}},
		{"later than is a delay", "The ferries ran forty-two days later than planned.", thu, nil},
		{"the end of a compound is no count alone", "We spoke of twenty-one things; one-two days ago is odd.", thu, nil},

		// no anchor
		{"no anchor", "On July 16, Thursday, yesterday, last year, in March, in 2014, June 28, 2018.", "",
			[]found{{"July 16", "", lede.Day}, {"Thursday", "", lede.Day}, {"yesterday", "", lede.Day},
				{"last year", "", lede.Year}, {"March", "", lede.Month}, {"2014", "2014", lede.Year},
				{"June 28, 2018", "2018-06-28", lede.Day}}},
		{"bad anchor", "He left yesterday.", "sometime", []found{{"yesterday", "", lede.Day}}},

		// traps
		{"may as a verb and a name", "They may meet. May I ask? Theresa May 12 times said no.", thu, nil},
		{"march as a verb and a noun", "Protesters march today. March organizers said so. The March on Washington.", thu,
			[]found{{"today", "2018-06-28", lede.Day}}},
		{"numbers that are not years", "It won 2,014 votes; 1500 people and 2000 people came; No. 2014; $2014; 3.5 percent; call 555-2014.", thu, nil},
		{"ISO date and time", "Stamped 2018-06-28T08:30:00Z.", "", []found{{"2018-06-28T08:30:00Z", "2018-06-28", lede.Day}}},
		{"numeric dates", "Filed 28/6/2018, amended 6/29/2018, heard 6/7/2018, see /a/12/13/2018/b.", "",
			[]found{{"28/6/2018", "2018-06-28", lede.Day}, {"6/29/2018", "2018-06-29", lede.Day}}},
		{"day ranges", "The fair runs June 5-7, 2026; the score was June 5-4.", thu,
			[]found{{"June 5", "2026-06-05", lede.Day}}},
		{"weekday lists", "Week Monday Tuesday Wednesday Thursday\nOpen Tuesday, Wednesday and Thursday. We met on Monday and Tuesday.", thu,
			[]found{{"Monday", "2018-06-25", lede.Day}, {"Tuesday", "2018-06-26", lede.Day}}},
		{"a date repeated after a date", "Posted 3 May, 2031 3 May, 2031 by the desk.", thu,
			[]found{{"3 May, 2031", "2031-05-03", lede.Day}, {"3 May, 2031", "2031-05-03", lede.Day}}},
		{"a number before a day is no date", "Scores were 3 22 June by then.", thu, nil},
		{"a count before 'earlier this month' is a duration", "Prices fell, if only for a day earlier this month.", thu,
			[]found{{"earlier this month", "2018-06", lede.Month}}},
		{"range years", "It runs from April 3 to April 7, 2026, and Nov. 9 - 12, 2026, and Dec. 28 to Jan. 3, 2026.", thu,
			[]found{{"April 3", "2026-04-03", lede.Day}, {"April 7, 2026", "2026-04-07", lede.Day},
				{"Nov. 9", "2026-11-09", lede.Day}, {"Dec. 28", "2025-12-28", lede.Day}, {"Jan. 3, 2026", "2026-01-03", lede.Day}}},
		{"day-first ranges", "Open 18 March – 9 July 2026, then 30 Dec to 2 Jan 2027.", thu,
			[]found{{"18 March", "2026-03-18", lede.Day}, {"9 July 2026", "2026-07-09", lede.Day},
				{"30 Dec", "2026-12-30", lede.Day}, {"2 Jan 2027", "2027-01-02", lede.Day}}},
		{"early years after in", "One poet was born in 1712, the other in 1740. They sold 1500 copies in 1500 towns.", thu,
			[]found{{"1712", "1712", lede.Year}, {"1740", "1740", lede.Year}}},
		{"a year before a noun it qualifies", "Sales fell back to 2015 levels, and 2000 workers left.", thu,
			[]found{{"2015", "2015", lede.Year}}},
		{"years glued to letters are codes", "Ask user2019 or @ab2020 about COVID2019 and item_2018.", thu, nil},
		{"a month opening a sentence as a subject", "November brought floods. March was dry. May was elected. June Carter sang.", thu,
			[]found{{"November", "2017-11", lede.Month}, {"March", "2018-03", lede.Month}}},
		{"a month as an adjective after an adjective", "He recalled a tense September call with the envoy.", thu,
			[]found{{"September", "2017-09", lede.Month}}},
		{"month ranges", "The pavilion stood June-August 2026 and Dec–Feb, 2027.", thu,
			[]found{{"June-August 2026", "2026-06", lede.Month}, {"Dec–Feb, 2027", "2026-12", lede.Month}}},
		{"a version before a month is no day", "Release 4.2.3\nApril 2014\n\nVersion 2.10 June 2015 shipped.", thu,
			[]found{{"April 2014", "2014-04", lede.Month}, {"June 2015", "2015-06", lede.Month}}},
		{"decades ago", "A decade ago it was a farm; two decades ago, nearly 8 decades ago and three decades later, too.", thu,
			[]found{{"A decade ago", "2008", lede.Year}, {"two decades ago", "1998", lede.Year}}},
		{"ranges and habits of counts are no dates", "Rashes appear 3 to 10 days after a bite, or two or three weeks later; pain usually fades a week after surgery.", thu, nil},
		{"counts within or up to are no dates", "Report it within 14 days after the sale, up to two weeks before the hearing.", thu, nil},
		{"a rate is no relative date", "Take it three times a day before meals.", thu, nil},
		{"someone's last year is no calendar year", "She spent her whole last year of school abroad; his next month is busy.", thu, nil},
		{"the last year is a period", "In the last year, sales rose; over the next month they may fall. Last year they fell.", thu,
			[]found{{"Last year", "2017", lede.Year}}},
		{"times and units are no years", "Talks ended at 1900 GMT and resumed at 2000 local time; take 2000 mg with 1800 cc.", thu, nil},
		{"a typical month is no date", "A typical January day is cold.", thu, nil},
		{"numbered things and measures are no years", "Flight 2018 left from Gate 1900; she won the 2000 metres; Room 2001.", thu, nil},
		{"dimensions are no years", "Screens of 1800 x 1920 and 1080×1920 pixels.", thu, nil},
		{"a weekday between an article and a name", "She edits the Sunday Arts section; the Friday March 3 vote passed.", thu,
			[]found{{"Friday March 3", "2018-03-03", lede.Day}}},
		{"standing rules and seasons recur", "Returns are due by April 15 each year. The harvest usually starts in late October. Rents rise twice a year, in March and September.", thu, nil},
		{"habits that do not make a date recur", "He always said he would return in May. She often spoke of the raid on March 3. He regularly visited until March. On average, prices rose in May.", thu,
			[]found{{"May", "2018-05", lede.Month}, {"March 3", "2018-03-03", lede.Day}, {"March", "2018-03", lede.Month}, {"May", "2018-05", lede.Month}}},
		{"an opening phrase of habit", "Each year, the fair opens in June. Every year since 2015, it has closed in August.", thu,
			[]found{{"2015", "2015", lede.Year}}},
		{"a habit in a clause of its own", "The festival, held every year since 1990, opens on July 4.", thu,
			[]found{{"1990", "1990", lede.Year}, {"July 4", "2018-07-04", lede.Day}}},
		{"a contrast ends the habit", "The fair usually opens in May, but this year it opened on June 9.", thu,
			[]found{{"this year", "2018", lede.Year}, {"June 9", "2018-06-09", lede.Day}}},
		{"a year nearby keeps the date", "In 2016 the fair was usually held in May.", thu,
			[]found{{"2016", "2016", lede.Year}, {"May", "2016-05", lede.Month}}},
		{"lists of months", "Trials ran in 2023—March, April and June—and again in October, November and December 2024. Talks stalled in February and March.", thu,
			[]found{{"2023", "2023", lede.Year}, {"March", "2023-03", lede.Month}, {"April", "2023-04", lede.Month},
				{"June", "2023-06", lede.Month}, {"October", "2024-10", lede.Month}, {"November", "2024-11", lede.Month},
				{"December 2024", "2024-12", lede.Month}, {"February", "2018-02", lede.Month}, {"March", "2018-03", lede.Month}}},
		{"a list across New Year", "It snowed in December and January.", "2019-03-01",
			[]found{{"December", "2018-12", lede.Month}, {"January", "2019-01", lede.Month}}},
		{"weekday headings and names", "Menu\n\nMonday\n\nBreakfast: eggs. Shares of Monday.com rose.", thu, nil},
		{"months as names", "A play by August Wilson opened in March Madness week.", thu, nil},
		{"times", "At 10:30 a.m. and 8:30 p.m. on the 5th.", thu, nil},
		{"named days", "Good Friday sales and the Sunday Times, USA Today, Super Tuesday.", thu, nil},
		{"decades and percentages", "In the 1990s, 2018% growth.", thu, nil},
		{"seasons are skipped", "It will be the event of the summer.", thu, nil},
	}
	for _, tt := range tests {
		got := run(tt.text, tt.published)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Find(%q, %q) (-want +got):\n%s", tt.about, tt.text, tt.published, diff)
		}
	}
}

func TestOffsets(t *testing.T) {
	text := "On Thursday, June 28, 2018, “Putin said Wednesday” — a day after."
	for _, m := range Find(text, thu) {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match text[%d:%d]", m, m.Start, m.End)
		}
		if !m.Resolved {
			t.Errorf("mention %+v unresolved", m)
		}
	}
}

type seedDoc struct {
	Article struct {
		Published string   `json:"published"`
		Body      []string `json:"body_paragraphs"`
	} `json:"article"`
	Dates struct {
		Must []struct{ Text, Value string } `json:"must"`
		Nice []struct{ Text, Value string } `json:"nice"`
	} `json:"dates"`
}

func readSeed(tb testing.TB) (seedDoc, string) {
	path := sharedtest.Path(tb, "seed", "fortune-trump-putin-helsinki.expected.json")
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("seed not available (%v); it lives in ../shared beside the repository", err)
	}
	var seed seedDoc
	if err := json.Unmarshal(b, &seed); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return seed, strings.Join(seed.Article.Body, "\n\n")
}

// TestSeedDates checks that every "must" date of the seed article is found
// with its value, and reports the "nice" ones.
func TestSeedDates(t *testing.T) {
	seed, text := readSeed(t)
	got := map[string]bool{}
	for _, m := range Find(text, "2018-06-28T08:30:00-04:00") {
		got[m.Text+"="+m.Value] = true
		if !m.Resolved {
			t.Errorf("unresolved %+v", m)
		}
	}
	for _, w := range seed.Dates.Must {
		if !got[w.Text+"="+w.Value] {
			t.Errorf("must date %q = %s not found; got %v", w.Text, w.Value, got)
		}
	}
	for _, w := range seed.Dates.Nice {
		if !got[w.Text+"="+w.Value] {
			t.Logf("nice date %q = %s not found", w.Text, w.Value)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Thursday, June 28, 2018, he said Wednesday", "a day after May 5", "2018-06-28", "last March",
		"earlier this month", "Dec. 31,", "31 February 2018", "two days later", "the day before", "16th",
		"\xff\xfeJuly 16", "mid-", "Sept.", "“Monday’s”",
		"Sixty-three years later", "today’s cheap phones", "June-August 2026", "18 March – 9 July 2026",
		"Today, it is", "1800 x 1920", "in 2023—March, April and", "Monday to Friday", "a decade ago",
		"the bill, which passed in May, in", "Nov–",
	} {
		f.Add(s, "2018-06-28")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		prev := 0
		for _, m := range Find(text, published) {
			if m.Start < prev || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
			prev = m.End
			if m.Resolved == (m.Value == "") {
				t.Fatalf("resolved %v with value %q", m.Resolved, m.Value)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %q cuts a character", m.Text)
			}
		}
	})
}

func BenchmarkFindSeed(b *testing.B) {
	_, text := readSeed(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, "2018-06-28T08:30:00-04:00")
	}
}

// benchBodies returns the article bodies of the scrapinghub benchmark.
func benchBodies(tb testing.TB) []string {
	path := sharedtest.Path(tb, "bench", "scrapinghub", "ground-truth.json")
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("benchmark data not available (%v); it lives in ../shared beside the repository", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var out []string
	for _, v := range truth {
		out = append(out, v.ArticleBody)
	}
	return out
}

// TestBenchBodies runs Find over real article bodies and checks the
// invariants on every mention.
func TestBenchBodies(t *testing.T) {
	n := 0
	for _, body := range benchBodies(t) {
		for _, m := range Find(body, "2019-11-20") {
			n++
			if body[m.Start:m.End] != m.Text || m.Resolved == (m.Value == "") {
				t.Errorf("bad mention %+v", m)
			}
		}
	}
	t.Logf("%d date mentions", n)
}

func TestLargeInput(t *testing.T) {
	text := strings.Repeat("a day after the talks on Monday and two days later, ", 20000)
	if got := len(Find(text, thu)); got != 60000 {
		t.Errorf("found %d mentions, want 60000", got)
	}
}

func BenchmarkFindBench(b *testing.B) {
	bodies := benchBodies(b)
	n := 0
	for _, s := range bodies {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range bodies {
			Find(s, "2019-11-20")
		}
	}
}
