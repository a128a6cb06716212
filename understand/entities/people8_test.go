package entities

import (
	"testing"

	"github.com/ledehq/lede/understand/text"
)

// checkPeople reports the people found in each of notPeople, and each of
// people's names not found as a person.
func checkPeople(t *testing.T, notPeople []string, people []struct{ in, name string }) {
	t.Helper()
	for _, s := range notPeople {
		for _, e := range find(s) {
			if e.Kind == Person {
				t.Errorf("%q: %q read as a person", s, e.Name)
			}
		}
	}
	for _, c := range people {
		found := false
		for _, e := range find(c.in) {
			if e.Kind == Person && e.Name == c.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: person %q not found; got %v", c.in, c.name, find(c.in))
		}
	}
}

// TestPluralSubjectIsNoPerson checks that a name ending in a plural noun and
// governing a plural verb is a team, a band or a body, not a person, while
// a person's name ending in "s" before such a verb, joined to another name
// or after an auxiliary, still is.
func TestPluralSubjectIsNoPerson(t *testing.T) {
	notPeople := []string{
		"Few expected much this autumn, but the Harlow Ravens have won six straight games.",
		"Dunmore Kestrels have asked fans not to travel to the away match on Sunday.",
		"Analysts said Tarnview Resources are close to a second drilling permit.",
		"Both Quillby Minerals and Orwen Resources have staked claims near the ridge.",
		"Critics agreed that Velvet Lanterns were the best act of the festival.",
	}
	people := []struct{ in, name string }{
		{"Tomas and Greta Rivers have two grown children.", "Greta Rivers"},
		{"Would Doreen Sellars have voted for the plan? Nobody asked her.", "Doreen Sellars"},
		{"Gareth Evans has coached the side for a decade.", "Gareth Evans"},
		{"Fans of Tomas Rivers were out early.", "Tomas Rivers"},
		{"People like Dara Evans are rare in the sport.", "Dara Evans"},
		{"Mayor Lena Hollis and Ruth Adams were at the ribbon cutting on Monday.", "Ruth Adams"},
	}
	checkPeople(t, notPeople, people)
}

// TestPronounVerbIsNoName checks that "I’m", "I’d" or "I’ve" is no part of
// a name before or after it.
func TestPronounVerbIsNoName(t *testing.T) {
	notPeople := []string{
		"If I were Quellmoor I’d sell the farm.",
		"She said it twice. I’ve Never Left, the memoir, came out later.",
	}
	people := []struct{ in, name string }{
		{"Hello and welcome back. I’m Dara Quellmoor, and this is the morning show.", "Dara Quellmoor"},
		{"I'm Tomas Brecken. I've been a nurse for ten years.", "Tomas Brecken"},
	}
	checkPeople(t, notPeople, people)
}

// TestOnlineInternationalNoSurname checks that a name ending in "Online" or
// "International" is a site, a service or a body, not a person.
func TestOnlineInternationalNoSurname(t *testing.T) {
	notPeople := []string{
		"Staff came from several groups, including Bramble Trust and Marsh Rescue International, last spring.",
		"Teams from Harbor Relief International and Orla Wildlife International joined the search.",
		"The singer was mocked, with Gossip Online calling her too thin.",
		"Tekno Online adds that the dispute was about moving production.",
		"Most invoices go through Ledgerly Online, the firm said.",
	}
	people := []struct{ in, name string }{
		{"Dara Quell, a director of Bramble International, said the talks had stalled.", "Dara Quell"},
	}
	checkPeople(t, notPeople, people)
}

// TestSurnameOfKnownFirm checks that a person named in full whose surname is
// also a well-known firm keeps the surname alone ("Bloomberg said"), while a
// firm whose name is a family's stays the firm where words of firms stand
// with it.
func TestSurnameOfKnownFirm(t *testing.T) {
	in := "Hollis Bloomberg launched her campaign on Monday. Bloomberg said she would spend her own money. Critics said Bloomberg had bought the race."
	for _, e := range find(in) {
		if e.Kind == Organization && e.Name == "Bloomberg" {
			t.Errorf("%q: Bloomberg read as an organization", in)
		}
	}
	in = "Edsel Ford spoke at the plant on Monday. Ford shares fell 3 percent after Ford reported weak sales."
	found := false
	for _, e := range find(in) {
		if e.Kind == Organization && e.Name == "Ford" {
			found = true
		}
	}
	if !found {
		t.Errorf("%q: the firm Ford not found; got %v", in, find(in))
	}
}

// TestTradeNounEndsNoName checks that a name ending in a noun of a trade, a
// service, a product or an idea is no person.
func TestTradeNounEndsNoName(t *testing.T) {
	notPeople := []string{
		"We asked Harlow Van Lines and two other movers for quotes.",
		"The clinic was bought by Tamsin Dental last year.",
		"Fans waited years for Ghost Tide Redemption to reach the new console.",
		"Ads were placed through Brecken Marketing, the agency said.",
		"The extension was built by Orla Engineering for the county.",
		"Most of the script was written with Tomas Code, a coding assistant.",
		"The $899 Mira Quest Pro, on the other hand, offers a brighter display.",
		"Edits were made in Carmen Pro, the audio app.",
	}
	people := []struct{ in, name string }{
		{"Tomas Brecken, who runs a marketing firm, said prices had risen.", "Tomas Brecken"},
	}
	checkPeople(t, notPeople, people)
}

// TestSomeoneNamedAfterA checks that "a" before a full name and ", who" is
// someone the writer does not know, not a product.
func TestSomeoneNamedAfterA(t *testing.T) {
	checkPeople(t, []string{"Buyers lined up for a Zorva Ghost, which sold out by noon."}, []struct{ in, name string }{
		{"The website was registered by a Tomas Quellmoor, who appears to be a cousin of the mayor.", "Tomas Quellmoor"},
		{"Police said a Dara Brecken, whom neighbors described as quiet, had called them.", "Dara Brecken"},
	})
}

// TestTabSplitsNames checks that a tab between two capitalised words (two
// cells of a table) joins no name.
func TestTabSplitsNames(t *testing.T) {
	checkPeople(t, []string{"Here is the breakdown:\n\nUsage Level (monthly)\tRenter Fee\tOwner Fee\nUnder $500\t1.0%\t0.5%"}, nil)
}

// TestLendersNamedLikePeople checks that well-known lenders and brokers
// named like people are organizations, not people.
func TestLendersNamedLikePeople(t *testing.T) {
	in := "The Treasury said Fannie Mae and Freddie Mac would hold more capital, a step analysts at Merrill Lynch welcomed."
	checkPeople(t, []string{in}, nil)
	orgs := map[string]bool{}
	for _, e := range find(in) {
		if e.Kind == Organization {
			orgs[e.Name] = true
		}
	}
	for _, n := range []string{"Fannie Mae", "Freddie Mac", "Merrill Lynch"} {
		if !orgs[n] {
			t.Errorf("%q: organization %q not found; got %v", in, n, find(in))
		}
	}
}

// TestHeadingWordsNoName checks that an acronym with a plural "s", "Early"
// opening a heading and a plural nationality end no person's name.
func TestHeadingWordsNoName(t *testing.T) {
	notPeople := []string{
		"A string of Quellish MPs said the offences were poorly explained.",
		"Early Settlers\n\nThe valley was farmed long before the railway came.",
		"Guests should send their Zorva RSVPs by Friday.",
		"Early Native Americans farmed the valley long before the railway came.",
		"Ever since the first glob of St. Ives Quince Scrub touched your cheek, you have loved it.",
	}
	people := []struct{ in, name string }{
		{"Coach Tomas Early said the team had played well.", "Tomas Early"},
	}
	checkPeople(t, notPeople, people)
}

// TestLandNoSurname checks that a given name before the name of a continent
// or a country that is nobody's surname makes no person, while a country
// that is a surname too still ends a person's name.
func TestLandNoSurname(t *testing.T) {
	notPeople := []string{
		"Preachers spoke of Christian America at every rally.",
		"The show at Tate Britain closes in May.",
		"We ate dumplings at Shalom Japan before the concert.",
	}
	people := []struct{ in, name string }{
		{"The novelist Tomas Jordan said the sequel was finished.", "Tomas Jordan"},
		{"Maria Holland, 41, opened the shop in 2019.", "Maria Holland"},
	}
	checkPeople(t, notPeople, people)
}

// TestStillAsSurname checks that "Still" after a given name is a surname,
// while "Still," opening a sentence names no one.
func TestStillAsSurname(t *testing.T) {
	checkPeople(t, []string{"Still, the council said the plan would hold."}, []struct{ in, name string }{
		{"“The storm changed everything,” said Dorian Still, the county's emergency manager. Still, he said, the shelters held.", "Dorian Still"},
	})
}

// TestOfficeLettersAfterName checks that the letters of an office or an
// honour after a name with no comma ("QC", "MLA", "MP") end the person's
// span but are no part of the name, and that the surname alone joins it.
func TestOfficeLettersAfterName(t *testing.T) {
	checkPeople(t, nil, []struct{ in, name string }{
		{"I will meet the housing board alongside Edwin Quellby MLA today.", "Edwin Quellby"},
		{"The motion was tabled by Dara Brecken MP on Tuesday.", "Dara Brecken"},
		{"His Honour Judge Neil Quellby QC passed sentence. Judge Quellby said the harm was grave.", "Neil Quellby"},
	})
	in := "His Honour Judge Neil Quellby QC passed sentence. Judge Quellby said the harm was grave."
	n := 0
	for _, e := range find(in) {
		if e.Kind == Person {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d people, want 1; got %v", in, n, find(in))
	}
}

// TestSurnameOverPlace checks that a town's name that is the surname of the
// person named in full before it, as the subject of a modal verb, is the
// person's, while the town after a preposition stays a place.
func TestSurnameOverPlace(t *testing.T) {
	in := "Prosecutor Ada Quillport opened the inquiry in May. Others may refer more cases, and Quillport might well proceed with charges. Flights to Quillport were cancelled."
	r := Find(text.Analyze(in), nil, Options{Known: func(n string) bool { return n == "Quillport" }})
	var person, place int
	for _, e := range r.Entities {
		switch e.Kind {
		case Person:
			person += len(e.Mentions)
		case Place:
			place += len(e.Mentions)
		}
	}
	if person != 2 || place != 1 {
		t.Errorf("%q: %d person mentions (want 2), %d place mentions (want 1); got %+v", in, person, place, r.Entities)
	}
}
