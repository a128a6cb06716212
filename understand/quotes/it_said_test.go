package quotes

import "testing"

func TestFindItSaidChain(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"a chain of 'it said' reaches past three paragraphs",
			"Growth will slow this year, economists at Harlow Bank said on Monday.\n\nMany analysts have cut their forecasts.\n\n“We expect a sharp fall in March,” it said.\n\nSee also\n\nExports may recover late in the year, it said.\n\nSpending is set to fall because shops are shut, it said.\n\n“Our sense is that more help will come,” it said.",
			[]said{{"direct", "Harlow Bank", "We expect a sharp fall in March,"}, {"direct", "Harlow Bank", "Our sense is that more help will come,"}}},
		{"a sentence opened by the brokerage reports for it",
			"Tarn Securities cut its forecast for the year on Monday.\n\nMany analysts have done the same this month.\n\nPrices of food rose in March.\n\nThe brokerage, which had expected growth in March, said the fall will be deep.\n\nShops are shut across the country.\n\n“Our sense is that more help will come,” it said.",
			[]said{{"indirect", "Tarn Securities", "the fall will be deep."}, {"direct", "Tarn Securities", "Our sense is that more help will come,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
