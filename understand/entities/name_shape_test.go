package entities

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNameShapesOfThings checks that names opened by a Romance article or a
// compass word, or closed by a noun for a bar, inn or hotel, are not read
// as people, while people whose names merely contain those words still are.
func TestNameShapesOfThings(t *testing.T) {
	notPeople := []string{
		"Heavy rain fell as El Tormento reached the coast on Monday.",
		"Whereas El Tormento brings rain, La Sequía brings drought.",
		"He signed for a club in La Primera after the season ended.",
		"The family moved to West Orlingham when she was six.",
		"The garrison at Fort Harriet was closed in 1962.",
		"Ships from Port Dermot docked at dawn.",
		"Will Harriet Quell win a third term? Voters decide on Tuesday.",
		"Crowds gathered outside Harriet Bar after the match on Saturday.",
		"The wedding party stayed at Dermot Inn for two nights.",
		"Guests at Rosalind Hotel were asked to leave.",
		"No. 3 Harriet Creek (9-1) hosts the final on Friday night.",
		"The family moved to Ivy Springs when she was six.",
	}
	people := []struct{ in, name string }{
		{"Bar Orlinsky said the deal was done.", "Bar Orlinsky"},
		{"The singer Tavi West said she would tour again.", "Tavi West"},
		{"Coach Al Brandt said the team had played well.", "Al Brandt"},
		{"Will Orlund said he would run again.", "Will Orlund"},
	}
	checkPeople(t, notPeople, people)
}

// TestCapitalLead checks the tabloid lead, a given name in capitals opening
// the story: the person is named as usually written, the capitals kept as
// an alias, and later mentions of the given name join them.
func TestCapitalLead(t *testing.T) {
	in := "NORA Quell has vowed to keep touring as she spoke about her recovery this week.\n\nNora said the shows would go on."
	var got []ent
	for _, e := range find(in) {
		if e.Kind == Person {
			got = append(got, e)
		}
	}
	want := []ent{{Person, "Nora Quell", []string{"NORA Quell", "Nora"}, ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	for _, in := range []string{
		"NASA Administrator Bill Nelson said the mission would launch on time next spring.",
		"HSBC Holdings said on Tuesday that its profits had fallen in the third quarter.",
	} {
		for _, e := range find(in) {
			if e.Kind == Person && (e.Name == "Nasa Administrator" || e.Name == "Hsbc Holdings") {
				t.Errorf("%q: capitals read as a given name: %+v", in, e)
			}
		}
	}
}

// TestTitlesWithoutPoint checks titles written without their point, as
// British and Irish papers write them, Ireland's head of government and
// the clergy's: the title is the role, not part of the name.
func TestTitlesWithoutPoint(t *testing.T) {
	tests := []struct{ in, name, role string }{
		{"Prof Nora Quell, who leads the study, said the results were clear.", "Nora Quell", "Prof"},
		{"Taoiseach Dara Quinlan said the talks would resume on Monday.", "Dara Quinlan", "Taoiseach"},
		{"Det Insp Ivo Renner said the inquiry was continuing.", "Ivo Renner", "Det Insp"},
		{"Father Tomas Quell said the parish would help the families.", "Tomas Quell", "Father"},
	}
	for _, tc := range tests {
		found := false
		for _, e := range find(tc.in) {
			if e.Kind == Person {
				found = true
				if e.Name != tc.name || e.Role != tc.role {
					t.Errorf("%q: got person %q role %q, want %q role %q", tc.in, e.Name, e.Role, tc.name, tc.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person", tc.in)
		}
	}
}

// TestPersonOnChannel checks that a person named before "on" and a channel
// ("said John Renner on Fox News") is the person, the channel a body of its
// own, while a body's name with "on" stays whole.
func TestPersonOnChannel(t *testing.T) {
	tests := []struct {
		in   string
		want []ent
	}{
		{"“It is time to act,” said John Renner on Fox News on Monday.",
			[]ent{{Person, "John Renner", nil, ""}, {Organization, "Fox News", nil, ""}}},
		{"“It is time to act,” said Martin Renner III on Quill Radio on Monday.",
			[]ent{{Person, "Martin Renner III", nil, ""}, {Organization, "Quill Radio", nil, ""}}},
		{"Analysts at the Council on Foreign Relations disagreed.",
			[]ent{{Organization, "Council on Foreign Relations", nil, ""}}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, find(tc.in)); diff != "" {
			t.Errorf("find(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestParticipleBeforePlace checks that a participle opening a sentence
// ("Visiting Paris last week, …") is no part of the place after it, while
// a name the lists lack that ends the same way stays a name.
func TestParticipleBeforePlace(t *testing.T) {
	tests := []struct {
		in   string
		want []ent
	}{
		{"Visiting Paris last week, the minister met students.", []ent{{Place, "Paris", nil, ""}}},
		{"Leaving Moscow on Friday, the team flew home.", []ent{{Place, "Moscow", nil, ""}}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, find(tc.in)); diff != "" {
			t.Errorf("find(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestRoleAppositiveWithModifiers checks that a name set off by commas
// after a role noun with modifiers between its determiner and it ("the
// home secretary, Sajid Quell,") is a person's, and that a thing's kin
// ("its big sister, Quell Bistro,") is not.
func TestRoleAppositiveWithModifiers(t *testing.T) {
	checkPeople(t,
		[]string{"The new concept took over the space of its big sister, Tarvo Quellhaus, downtown."},
		[]struct{ in, name string }{{"In June, the then home secretary, Sajid Quellmoor, approved the request.", "Sajid Quellmoor"}})
}
