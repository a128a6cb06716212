package eval

import "testing"

func TestSameTitle(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        bool
	}{
		{"Big News Today", "big  news\ttoday", true},
		{" Big News ", "Big News", true},
		{"Big News", "Big News | Site", false},
		{"Big News", "", false},
		{"Ελληνικά Νέα", "ελληνικά νέα", true},
	}
	for _, tt := range tests {
		if got := SameTitle(tt.truth, tt.pred); got != tt.want {
			t.Errorf("SameTitle(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

func TestSameTitleFolded(t *testing.T) {
	tests := []struct {
		truth, pred string
		strict      bool
		folded      bool
	}{
		{"We've Won", "We\u2019ve Won", false, true},
		{"A \"Big\" Day - Report", "A \u201cBig\u201d Day \u2014 Report", false, true},
		{"Same", "same", true, true},
		{"We've Won", "We Won", false, false},
	}
	for _, tt := range tests {
		if got := SameTitle(tt.truth, tt.pred); got != tt.strict {
			t.Errorf("SameTitle(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.strict)
		}
		if got := SameTitleFolded(tt.truth, tt.pred); got != tt.folded {
			t.Errorf("SameTitleFolded(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.folded)
		}
	}
}

func TestSameAuthors(t *testing.T) {
	tests := []struct {
		truth string
		pred  []string
		want  bool
	}{
		{"Ann Lee", []string{"ann lee"}, true},
		{"Ann Lee and Bo Ma", []string{"Bo Ma", "Ann Lee"}, true},
		{"Ann Lee, Bo Ma & Cy Dee", []string{"Ann Lee", "Bo Ma", "Cy Dee"}, true},
		{"Ann Lee; Bo Ma", []string{"Ann Lee, Bo Ma"}, true},
		{"By Ann Lee", []string{"Ann Lee"}, true},
		{"Ann Lee and Bo Ma", []string{"Ann Lee"}, false},
		{"Ann Lee", []string{"Ann Lee", "Bo Ma"}, false},
		{"Ann Lee", nil, false},
		{"Sandy Anderson", []string{"Sandy Anderson"}, true}, // "and" inside words does not split
		{"Dylan Bailey, MS, RD", []string{"Dylan Bailey"}, false},
	}
	for _, tt := range tests {
		if got := SameAuthors(tt.truth, tt.pred); got != tt.want {
			t.Errorf("SameAuthors(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

func TestSameDay(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        bool
	}{
		{"2018-06-28", "2018-06-28", true},
		{"2018-06-28", "2018-06-28T08:30:00-04:00", true},
		{"2018-06-28", "2018-06-28T23:30:00-04:00", true}, // its own day, not UTC's
		{"2018-06-28", "2018-06-29T01:00:00Z", false},
		{"2018-06-28", "2018-06-2", false},
		{"2018-06-28", "", false},
		{"2018-06", "2018-06-28", true},
		{"2018-06", "2018-07-01", false},
		{"2018-06-28", "2018-06-280", false},
		{"June 28, 2018", "2018-06-28", false}, // truth not in YYYY-MM-DD
	}
	for _, tt := range tests {
		if got := SameDay(tt.truth, tt.pred); got != tt.want {
			t.Errorf("SameDay(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
		}
	}
}
