package datetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFind(t *testing.T) {
	tests := []struct {
		in   string
		want string // Found.String(); "" means not found
		text string // the matched expression, when checked
	}{
		// after a no-break or en space, or a bullet glued to a name
		{"Published\u2002Apr 26, 2023", "2023-04-26", "Apr 26, 2023"},
		{"Updated\u00a0Dec. 23, 2024", "2024-12-23", "Dec. 23, 2024"},
		{"Nia Roe\u2022Oct 20, 2025", "2025-10-20", "Oct 20, 2025"},
		{"caf\u00e92020-01-05", "", ""},
		// US forms
		{"June 28, 2018, 8:30 AM ET", "2018-06-28T08:30:00-04:00", "June 28, 2018, 8:30 AM ET"},
		{"December 7, 2025, 8:30 AM ET", "2025-12-07T08:30:00-05:00", ""},
		{"Updated: Jan. 5, 2020 at 10:31 p.m. PT", "2020-01-05T22:31:00-08:00", "Jan. 5, 2020 at 10:31 p.m. PT"},
		{"Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00", "Nov 19, 2019, 10:31 pm CST"},
		{"Sept. 5, 2020", "2020-09-05", ""},
		{"Sep 5 2020", "2020-09-05", ""},
		{"Jun 28 2018", "2018-06-28", ""},
		{"June 28th, 2018", "2018-06-28", "June 28th, 2018"},
		{"march 1st 2019 12:00 EST", "2019-03-01T12:00:00-05:00", ""},
		{"Posted 5:32 PM ET, Thu March 5, 2020", "2020-03-05T17:32:00-05:00", "5:32 PM ET, Thu March 5, 2020"},
		{"8:30 AM Eastern, June 28, 2018", "2018-06-28T08:30:00-04:00", ""},
		{"By Ben WeissDecember 7, 2025", "2025-12-07", "December 7, 2025"},
		{"Posted on June 29, 2020November 12, 2021", "2020-06-29", "June 29, 2020"},
		{"June 29, 2020s", "", ""},
		// UK forms
		{"28 June 2018", "2018-06-28", "28 June 2018"},
		{"28th of June, 2018", "2018-06-28", ""},
		{"Thu 5 Mar 2020 17.32 GMT", "2020-03-05", ""},
		{"Thu 5 Mar 2020 17:32 GMT", "2020-03-05T17:32:00Z", "Thu 5 Mar 2020 17:32 GMT"},
		{"Thursday, 28 June 2018 09:00 BST", "2018-06-28T09:00:00+01:00", ""},
		{"Wednesday 4 July 2018 12:00 UK", "2018-07-04T12:00:00+01:00", ""},
		{"Monday 4 February 2019 12:00 UK", "2019-02-04T12:00:00Z", ""},
		{"28/06/2018", "2018-06-28", ""},
		{"6/28/2018", "2018-06-28", ""},
		{"06/07/2018", "", ""}, // day and month could be swapped
		{"07/07/2018", "2018-07-07", ""},
		{"28.06.2018 10:00", "2018-06-28", ""},
		// ISO and RFC
		{"2018-06-28", "2018-06-28", ""},
		{"2018-06-28T08:30:00Z", "2018-06-28T08:30:00Z", ""},
		{"2018-06-28T08:30:00.123+02:00", "2018-06-28T08:30:00+02:00", ""},
		{"2018-06-28 08:30:00 +0200", "2018-06-28T08:30:00+02:00", ""},
		{"2018/06/28", "2018-06-28", ""},
		{"Thu, 28 Jun 2018 08:30:00 GMT", "2018-06-28T08:30:00Z", "Thu, 28 Jun 2018 08:30:00 GMT"},
		{"Thu, 28 Jun 2018 08:30:00 +0000", "2018-06-28T08:30:00Z", ""},
		{"Thu, 28 Jun 2018 08:30:00 -0700", "2018-06-28T08:30:00-07:00", ""},
		{"Thu Jun 28 08:30:00 EDT 2018", "2018-06-28T08:30:00-04:00", ""},
		{"June 28, 2018 10:00 UTC", "2018-06-28T10:00:00Z", ""},
		{"June 28, 2018 10:00 GMT+2", "2018-06-28T10:00:00+02:00", ""},
		{"June 28, 2018 10:00 UTC+05:30", "2018-06-28T10:00:00+05:30", ""},
		{"June 28, 2018 10:00 (ET)", "2018-06-28T10:00:00-04:00", ""},
		{"June 28, 2018 10:00", "2018-06-28", ""}, // a time without a zone renders as the day
		{"March 10, 2019, 3:00 AM ET", "2019-03-10T03:00:00-04:00", ""},
		{"12:00 PM ET, Feb 29, 2020", "2020-02-29T12:00:00-05:00", ""},
		{"12:15 AM PT Jan 1, 2021", "2021-01-01T00:15:00-08:00", ""},
		// Two-digit years
		{"June 28, 18", "", ""},
		{"28-Jun-18", "", ""},
		{"Thursday, 28-Jun-18 08:30:00 GMT", "2018-06-28T08:30:00Z", ""},
		{"Thu, 28-Jun-2018", "2018-06-28", ""},
		// Not dates
		{"", "", ""},
		{"5 hours ago", "", ""},
		{"June 2018", "", ""},
		{"February 30, 2020", "", ""},
		{"February 29, 2019", "", ""},
		{"In 2018, 28 people", "", ""},
		{"page 12 of 2018", "", ""},
		{"May 5", "", ""},
		{"Junebug 28, 2018", "", ""},
		{"version 2018-13-01", "", ""},
		{"call 555-1234-5678", "", ""},
		{"1234567890", "", ""},
		{"at 8:30 AM", "", ""},
	}
	for _, tc := range tests {
		f, ok := Find(tc.in)
		got := ""
		if ok {
			got = f.String()
		}
		if got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		if ok && tc.text != "" && tc.in[f.Start:f.End] != tc.text {
			t.Errorf("Find(%q) matched %q, want %q", tc.in, tc.in[f.Start:f.End], tc.text)
		}
	}
}

func TestFoundFields(t *testing.T) {
	f, ok := Find("June 28, 2018, 8:30 AM ET")
	if !ok || !f.HasTime || !f.HasZone || f.Day() != "2018-06-28" {
		t.Fatalf("Find: %+v %v", f, ok)
	}
	f, ok = Find("June 28, 2018 10:00")
	if !ok || !f.HasTime || f.HasZone {
		t.Fatalf("Find without zone: %+v %v", f, ok)
	}
}

func TestFindAll(t *testing.T) {
	s := "By Ben WeissDecember 7, 2025 and by Jason Ma December 6, 2025; 2025-12-05"
	all := FindAll(s)
	var got []string
	for _, f := range all {
		got = append(got, f.String())
	}
	want := "2025-12-07 2025-12-06 2025-12-05"
	if strings.Join(got, " ") != want {
		t.Errorf("FindAll = %v, want %s", got, want)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"June 28, 2018, 8:30 AM ET", "Thu, 28 Jun 2018 08:30:00 GMT", "2018-06-28T08:30:00.1+02:00",
		"5:32 PM ET, Thu March 5, 2020", "28th of June, 2018", "Thursday, 28-Jun-18", "\xff12/12/2012", "Sept. 31, 2020 24:00 UTC+14:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := Find(s)
		if !ok {
			return
		}
		if got.Start < 0 || got.End > len(s) || got.Start >= got.End {
			t.Fatalf("bad span %d-%d in %q", got.Start, got.End, s)
		}
		if y := got.Time.Year(); y < 1000 || y > 2999 {
			t.Fatalf("year %d from %q", y, s)
		}
		if !utf8.ValidString(s[got.Start:got.End]) && utf8.ValidString(s) {
			t.Fatalf("span splits a character in %q", s)
		}
		for _, a := range FindAll(s) {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End {
				t.Fatalf("FindAll bad span in %q", s)
			}
		}
	})
}

var sink Found

func BenchmarkFind(b *testing.B) {
	lines := []string{
		"By Bloomberg June 28, 2018, 8:30 AM ET",
		"Trump startled other Western leaders earlier this month when he said the Group of Seven should re-admit Russia on the eve of its annual summit in Quebec.",
		"Thu, 28 Jun 2018 08:30:00 GMT",
		"Posted 5:32 PM ET, Thu March 5, 2020",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			sink, _ = Find(l)
		}
	}
}
