package dates

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ledehq/lede"
)

// TestTodayPresentAge holds invented sentences where "today" means the
// present age, not the day of the story, by the shape of its clause, and
// sentences of the same shape where it is the day. Every text attributes
// with "said", as news does, so that only the clause decides.
func TestTodayPresentAge(t *testing.T) {
	day := []found{{"today", "2018-06-28", lede.Day}}
	dayUp := []found{{"Today", "2018-06-28", lede.Day}}
	tests := []struct {
		kind, text string
		want       []found
	}{
		// "today more than ever"
		{"more than ever", "The guild needs patient apprentices today more than ever, its master said.", nil},
		{"more than ever", "Small farms matter today more than ever, the minister said.", nil},
		{"more than ever", "Readers want honest maps today more than ever, an editor said.", nil},

		// "still" and a word of lasting
		{"still lasting", "The old ferry custom still survives today in two villages, a historian said.", nil},
		{"still lasting", "Marks of the flood are still visible today on the chapel wall, the warden said.", nil},
		{"still lasting", "Feuds that began over grazing rights still linger today, elders said.", nil},
		{"still lasting", "The loss of the mill still haunts the town today, its mayor said.", nil},
		{"still, a day's situation", "The bridge is still closed today, police said.", day},

		// a pronoun and a present verb of state ending a relative clause
		{"relative clause", "The comets we observe today formed far from the sun, the astronomer said.", nil},
		{"relative clause", "The shop I run today began as a market stall, Mrs Pell said.", nil},
		{"relative clause", "The harbour is not what it was, and the boats you see today carry tourists, the pilot said.", nil},
		{"relative clause", "The valley looks much as it is today in the oldest maps, the curator said.", nil},
		{"relative clause, a clause opener", "Before we start today, let me thank the crew, the host said.", day},
		{"relative clause, a past verb", "The tools we bought today were cheap, the foreman said.", day},

		// a participle of use after a noun
		{"use participle", "Clay brick is the commonest material used today in the region, the engineer said.", nil},
		{"use participle", "Among the cheapest bikes sold today is a folding model, the dealer said.", nil},
		{"use participle", "Most glass is made in furnaces, and the kind produced today is thinner, the report said.", nil},
		{"use participle, a past clause", "The tear gas used today by the guards was banned, the lawyer said.", day},

		// "exist today", "than today", "of today"
		{"exist", "Fewer than forty such lighthouses exist today, the society said.", nil},
		{"than today", "Winters were far colder in the old parish than today, the vicar said.", nil},
		{"of today", "The farmhouse of today has solar panels, the architect said.", nil},
		{"of today, a day's event", "The keeper said he would recall the events of today.", day},

		// a noun of the age or a life
		{"age noun", "Young readers in the world today have short attention spans, the author said.", nil},
		{"age noun", "The sisters spoke about their lives today, the producer said.", nil},

		// a superlative of a part
		{"superlative", "The port is one of the busiest cargo hubs today, the agency said.", nil},
		{"superlative", "Drones are among the fastest growing toys today, the retailer said.", nil},
		{"superlative, a day's offer", "Shoppers said the best deals today were on kettles.", day},

		// a distant past in the sentence
		{"distant past", "Villagers have fished the lake since 1870 and many families still depend on it today, the council said.",
			[]found{{"1870", "1870", lede.Year}}},
		{"distant past", "Farmers terraced these hills in the 12th century and the terraces feed thousands today, the guide said.", nil},
		{"distant past", "The quarry opened in 1901 and employs few people today, the union said.",
			[]found{{"1901", "1901", lede.Year}}},
		{"distant past, a day's event", "The lodge, built in 1899, reopens today with a new roof, the owners said.",
			[]found{{"1899", "1899", lede.Year}, day[0]}},
		{"distant past, a past verb", "The firm, founded in 1950, today announced a merger, its chairman said.",
			[]found{{"1950", "1950", lede.Year}, day[0]}},

		// "even today's"
		{"even today's", "Even today's quickest shared rental scooters lose charge fast, the mechanic said.", nil},
		{"possessive and a count", "Based on today's four fastest rowing crews, the record may fall, the coach said.", nil},
		{"possessive, a day's event", "Today's hearing only further shows that the panel is split, the senator said.", dayUp},

		// an opening "Today" and a clause of state in the simple present
		{"opening Today, a simple present", "Today, most coastal villages depend on tourism, a geographer said.", nil},
		{"opening Today, a simple present", "Today, many young doctors leave the island, a nurse said.", nil},
		{"opening Today, a simple present", "Today in most valleys, the demand for water outstrips the supply, the agency said.", nil},
		{"opening Today, a simple present", "Today, with sensors in every fridge and kettle, households share far more data, a researcher said.", nil},
		{"opening Today, the day's news", "Today, officials from both towns signed the pact, the mayor said.", dayUp},
		{"opening Today, the day's news", "Today in the capital, thousands of nurses marched, organisers said.", dayUp},
		{"opening Today, the day's news", "Today, the museum releases its report, a spokesman said.", dayUp},

		// "today's" before a longer phrase opened by a superlative or
		// "top", or before a modified market or industry
		{"possessive, superlative", "Engineers praised today's most popular mapping kits, the survey said.", nil},
		{"possessive, top", "The course covers today's top garden design apps, its tutor said.", nil},
		{"possessive, market", "Small bakeries struggle in today's crowded bread market, the baker said.", nil},
		{"possessive, industry", "Grit matters in today's fishing industry, the skipper said.", nil},
		{"possessive, the day's market", "Traders said today's market was calm.", day},

		// a plural subject and a present verb of state ending a
		// relative clause
		{"plural subject", "The guide covers the risks small farms face today, the author said.", nil},
		{"plural subject", "The tricks bakers use today are old, the chef said.", nil},
		{"plural subject", "It sells the heavy drills miners need today, the dealer said.", nil},

		// "available today", "on the market today"
		{"available", "The review ranks the quietest kettles available today, its editor said.", nil},
		{"available", "We tested the sturdiest tents on the market today, the reviewers said.", nil},
		{"available, tickets", "Officials said tickets available today sold out.", day},

		// an opening "Today," with a count or "has" of possession
		{"opening Today, a count", "Today, 60% of clinics use paper files, a nurse said.", nil},
		{"opening Today, a count", "Today, nearly 8 in 10 voters own a phone, the pollster said.", nil},
		{"opening Today, has", "Today, the academy has over 400 pupils, its head said.", nil},
		{"opening Today, a perfect", "Today, the academy has announced a merger, its head said.", dayUp},
		{"still holds", "The tower became a symbol, a role it still holds today, the guide said.", nil},

		// "But today," and "Yet today," open a clause like "Today,"
		{"But today, a state", "But today, such kiosks are everywhere, the planner said.", nil},
		{"Yet today, a count", "Yet today, only 30% of farms use drones, the ministry said.", nil},
		{"But today, a pronoun", "But today, we voted no, the councillor said.", day},
		{"But today, the day's news", "But today, the panel rejected the plan, the mayor said.", day},

		// a gerund subject, "today" and a verb of state with an "-ing"
		// after it
		{"gerund subject", "Running a bakery today means waking at three, the baker said.", nil},
		{"progressive after today", "Shares today are sliding, traders said.", day},

		// a dash after "today" is no apostrophe
		{"dash after today", "The old rivalry is still present today — in songs and in jokes, a fan said.", nil},
		{"dash after today, a day", "The court sits today — a rare session, the clerk said.", day},
	}
	for _, tt := range tests {
		got := run(tt.text, thu)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tt.kind, tt.text, diff)
		}
	}
}

// TestTodayDashIsNoPossessive checks that a dash after "today" in a
// feature is not read as the apostrophe of "today's": the present age
// stays no date.
func TestTodayDashIsNoPossessive(t *testing.T) {
	for _, text := range []string{
		"Running shoes today – light and bright – come in many colours, says Roe.",
		"Running shoes today — light and bright — come in many colours, says Roe.",
	} {
		if got := run(text, thu); len(got) != 0 {
			t.Errorf("%q: got %v, want no date", text, got)
		}
	}
}
