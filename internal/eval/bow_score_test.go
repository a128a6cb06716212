package eval

import (
	"math"
	"testing"
)

func TestScoreBagOfWords(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred string
		want        PRF
	}{
		{"equal", "a b c", "a b c", PRF{1, 1, 1}},
		{"order ignored, case folded", "The cat sat", "sat THE cat", PRF{1, 1, 1}},
		{"both empty", "", " - ", PRF{1, 1, 1}},
		{"empty prediction", "a b", "", PRF{}},
		{"empty truth", "", "a b", PRF{}},
		// overlap 2 of 4 predicted, 2 of 2 true.
		{"extra words", "a b", "a b c d", PRF{0.5, 1, 2.0 / 3}},
		// multisets: "a" twice in truth, once predicted.
		{"multiset", "a a b", "a b", PRF{1, 2.0 / 3, 0.8}},
		{"unicode case", "ÉCOLE Straße", "école straße", PRF{1, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreBagOfWords(tt.truth, tt.pred)
			if math.Abs(got.Precision-tt.want.Precision) > 1e-12 || math.Abs(got.Recall-tt.want.Recall) > 1e-12 || math.Abs(got.F1-tt.want.F1) > 1e-12 {
				t.Errorf("ScoreBagOfWords(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
			}
		})
	}
}

func TestSumMacro(t *testing.T) {
	got := SumMacro([]PRF{{1, 1, 1}, {0, 0, 0}, {0.5, 1, 2.0 / 3}})
	want := MacroPRF{Pages: 3, PRF: PRF{0.5, 2.0 / 3, (1 + 2.0/3) / 3}}
	if got.Pages != want.Pages || math.Abs(got.Precision-want.Precision) > 1e-12 || math.Abs(got.Recall-want.Recall) > 1e-12 || math.Abs(got.F1-want.F1) > 1e-12 {
		t.Errorf("SumMacro = %+v, want %+v", got, want)
	}
	if got := SumMacro(nil); got != (MacroPRF{}) {
		t.Errorf("SumMacro(nil) = %+v, want zero", got)
	}
}
