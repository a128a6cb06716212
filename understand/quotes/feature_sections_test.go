package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFindFeatureSections covers trend and survey pieces that give each
// speaker a section: a line naming the speaker over their quote
// paragraphs, quote paragraphs with no attribution of their own, and
// narration between them. All names and sentences are invented.
func TestFindFeatureSections(t *testing.T) {
	const coach = "Dana Whitlock is a career coach in Denver. Many clients fear change.\n\n"
	const intro = "Wedding budgets keep climbing.\n\n“Couples cut the guest list before anything else,” says Dana Whitlock, co-owner of Bluepine Events.\n\n"
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"name and role line over a quote",
			intro + "Sarah Lind, owner of a flower shop\n\n“Guests now expect local blooms. Imported roses are a hard sell.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms. Imported roses are a hard sell."}}},
		{"name line goes on over several quote paragraphs",
			intro + "Sarah Lind, owner of a flower shop\n\n“Guests now expect local blooms.”\n\n“Imported roses are a hard sell.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}, {"direct", "Sarah Lind", "Imported roses are a hard sell."}}},
		{"name, role and place line",
			"We asked bakery owners how they cope with prices.\n\nMaria Lopez, a baker in Austin, Texas\n\n“We stopped planning more than two weeks out.”",
			[]said{{"direct", "Maria Lopez", "We stopped planning more than two weeks out."}}},
		{"tested by line",
			"Our testers tried six vacuums over a month.\n\nTested by Maria Lopez\n\n“It picked up every bit of dog hair on the first pass.”",
			[]said{{"direct", "Maria Lopez", "It picked up every bit of dog hair on the first pass."}}},
		{"a sentence naming someone is no name line",
			intro + "Sarah Lind opened her shop in 2015.\n\nWeddings got smaller that year.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "", "Guests now expect local blooms."}}},
		{"a heading naming a topic after a name is no name line",
			intro + "Sarah Lind on flowers\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "", "Guests now expect local blooms."}}},
		{"one paragraph of narration between quote paragraphs",
			"Sarah Lind owns a flower shop.\n\n“Guests now expect local blooms,” Lind adds. “Imported roses are a hard sell.”\n\nWeddings are smaller these days.\n\n“And nobody wants carnations anymore.”",
			[]said{{"direct", "Sarah Lind", "Guests now expect local blooms,"}, {"direct", "Sarah Lind", "Imported roses are a hard sell."}, {"direct", "Sarah Lind", "And nobody wants carnations anymore."}}},
		{"narration naming someone else: the new subject speaks",
			"Sarah Lind owns a flower shop.\n\n“Guests now expect local blooms,” Lind adds.\n\nHer supplier, Tom Baker, disagrees.\n\n“Roses still sell.”",
			[]said{{"direct", "Sarah Lind", "Guests now expect local blooms,"}, {"direct", "Tom Baker", "Roses still sell."}}},
		{"two paragraphs of narration stop the speaker",
			"Sarah Lind owns a flower shop.\n\n“Guests now expect local blooms,” Lind adds.\n\nWeddings are smaller these days.\n\nFew couples invite more than fifty guests.\n\n“Roses still sell.”",
			[]said{{"direct", "Sarah Lind", "Guests now expect local blooms,"}, {"direct", "", "Roses still sell."}}},
		{"name line with a place after of",
			intro + "Sarah Lind of Spokane\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"a line naming someone the entities do not know takes no earlier speaker",
			intro + "Sarah Lind of Petal House\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "", "Guests now expect local blooms."}}},
		{"name line then a place line",
			intro + "Sarah Lind, owner of a flower shop\n\nSpokane, Washington\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"a new expert introduced after another's quote",
			"Dana Whitlock is co-owner of an events firm.\n\n“Couples cut the guest list before anything else.”\n\nSarah Lind owns a flower shop in Spokane.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else."}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"for a person, the shift is",
			intro + "For Sarah Lind, owner of a flower shop, the shift is about sourcing.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"a small business described as the company",
			"Costs rose this year.\n\nGreenleaf Landscaping says it raised prices twice. “We had no choice,” the company says.",
			[]said{{"indirect", "Greenleaf Landscaping", "it raised prices twice."}, {"direct", "Greenleaf Landscaping", "We had no choice,"}}},
		{"a small business described as the shop",
			"Costs rose this year.\n\nSunrise Bakery raised prices twice. “We had no choice,” the shop says.",
			[]said{{"direct", "Sunrise Bakery", "We had no choice,"}}},
		{"repeat a mantra", "Dana Whitlock is a therapist in Denver.\n\nWhitlock tells clients to repeat “I am enough” three times each morning.",
			nil},
		{"repeat a phrase such as", "Dana Whitlock is a therapist in Denver.\n\n“When panic rises, slow down,” Whitlock says. She suggests they silently repeat a phrase such as “This too shall pass.”",
			[]said{{"direct", "Dana Whitlock", "When panic rises, slow down,"}}},
		{"recite a prayer", "Dana Whitlock is a chaplain.\n\nShe recites “Lord, keep us safe tonight” before each shift.", nil},
		{"the mantra", "Dana Whitlock is a therapist.\n\nHer clients learn the mantra “Breathe in, let go.”", nil},
		{"a sign reads", "Dana Whitlock runs a gym. “Our members come for the company,” she says. A sign by the door reads “No shoes past this point.”",
			[]said{{"direct", "Dana Whitlock", "Our members come for the company,"}}},
		{"a verb of speech after repeat", "Dana Whitlock runs a gym.\n\nAsked to repeat her answer, Whitlock said: “Nobody will lose a membership.”",
			[]said{{"direct", "Dana Whitlock", "Nobody will lose a membership."}}},
		{"repeated after the quote reports speech", "Dana Whitlock runs a gym.\n\n“Nobody will lose a membership,” Whitlock repeated.",
			[]said{{"direct", "Dana Whitlock", "Nobody will lose a membership,"}}},
		{"a label after marketed as", "Jane Roe is a dietitian. “Eat more fiber,” she says.\n\nShe says foods marketed as “healthy” often are not.",
			[]said{{"direct", "Jane Roe", "Eat more fiber,"}}},
		{"a tester's verdict after found", "Jane Roe tested snack boxes for a month.\n\nRoe found the box “perfect for long car trips.”",
			[]said{{"partial", "Jane Roe", "perfect for long car trips."}}},
		{"said I", "Jane Roe sat on the stairs.\n\n“What are you doing here, Jane?” said I.\n\n“Waiting,” she replied.",
			[]said{{"direct", "", "What are you doing here, Jane?"}, {"direct", "Jane Roe", "Waiting,"}}},
		{"name line ending in a period", intro + "Sarah Lind, a florist.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"a respondent named in apposition before a colon", "Contractors say prices remain high.\n\nOne respondent, Maria Lopez of Atlanta, put it this way: “Our suppliers raise prices every quarter now.”",
			[]said{{"direct", "Maria Lopez", "Our suppliers raise prices every quarter now."}}},
		{"a role before the name introduces a new expert", intro + "Flowers go local\n\nFlorist Sarah Lind has seen orders change.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"review by line", intro + "Review by Sarah Lind\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"the florist", "Sarah Lind has run a flower shop in Spokane since 2015.\n\n“Guests now expect local blooms,” the florist says.",
			[]said{{"direct", "Sarah Lind", "Guests now expect local blooms,"}}},
		{"a term the clause goes on about", "Jane Roe runs a campsite in Maine. She says “glamping” now makes up half her bookings.", nil},
		{"a two-word term before is", "Jane Roe is a career coach. She says “quiet quitting” is mostly a myth.", nil},
		{"a short quote with its attribution after", "Inspectors visited the plant. All “relevant sites” were also disinfected, reports Jane Roe.",
			[]said{{"partial", "Jane Roe", "relevant sites"}}},
		{"a bulleted respondent before a colon", "We asked bakery owners how they cope with prices.\n\n• Maria Lopez, bakery owner in Austin: “We stopped planning more than two weeks out.”",
			[]said{{"direct", "Maria Lopez", "We stopped planning more than two weeks out."}}},
		{"a signature in parentheses", "We asked bakery owners how they cope with prices.\n\n- “We stopped planning more than two weeks out.” (Maria Lopez, bakery owner, Austin)",
			[]said{{"direct", "Maria Lopez", "We stopped planning more than two weeks out."}}},
		{"says one, NAME", "We asked bakery owners how they cope with prices. “We stopped planning more than two weeks out,” says one, Maria Lopez of Austin.",
			[]said{{"direct", "Maria Lopez", "We stopped planning more than two weeks out,"}}},
		{"the one person a sentence introduces", "Wedding budgets keep climbing.\n\nWhen Sarah Lind opened her flower shop in 2010, most brides wanted roses.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"two people introduced: nobody", "Wedding budgets keep climbing.\n\nWhen Sarah Lind and Tom Baker opened their flower shop in 2010, most brides wanted roses.\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "", "Guests now expect local blooms."}}},
		{"possessive advice before a colon", coach + "Whitlock's top tip: “Start small and celebrate every step.”",
			[]said{{"direct", "Dana Whitlock", "Start small and celebrate every step."}}},
		{"possessive mantra is simple", coach + "Whitlock's mantra for clients is simple: “Start small and celebrate every step.”",
			[]said{{"direct", "Dana Whitlock", "Start small and celebrate every step."}}},
		{"encourages clients to", coach + "Whitlock encourages clients to “start small and celebrate every step.”",
			[]said{{"partial", "Dana Whitlock", "start small and celebrate every step."}}},
		{"wants to is no advice", coach + "Whitlock wants to “start small and celebrate every step.”", nil},
		{"that's NAME's advice", coach + "“Start small and celebrate every step.” That's Whitlock's advice for anyone who feels stuck.",
			[]said{{"direct", "Dana Whitlock", "Start small and celebrate every step."}}},
		{"recommends it as", "Maria Lopez tested the cordless model.\n\nLopez recommends it as “the best option for small flats.”",
			[]said{{"partial", "Maria Lopez", "the best option for small flats."}}},
		{"repeated with a colon is speech", "Dana Whitlock runs a gym.\n\nWhitlock repeated: “Nobody will lose a membership.”",
			[]said{{"direct", "Dana Whitlock", "Nobody will lose a membership."}}},
		{"the article's byline names no speaker", "By Sarah Lind\n\n“Guests now expect local blooms.”", []said{{"direct", "", "Guests now expect local blooms."}}},
		{"a reviewer's by line", intro + "Guests were asked what they liked.\n\nBy Sarah Lind\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"numbered name line", intro + "2. Sarah Lind, owner of a flower shop\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"name line then a role line", intro + "Sarah Lind\n\nCo-owner, Petal House\n\n“Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "Sarah Lind", "Guests now expect local blooms."}}},
		{"a contraction after the subject before a colon", "Dana Whitlock has planned weddings for 15 years.\n\nAsked what couples cut first, Whitlock didn't hesitate:\n\n“Couples cut the guest list first.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list first."}}},
		{"the co-founder", "Dana Whitlock, co-founder of an events firm, has seen budgets shrink.\n\n“Couples cut the guest list first,” the co-founder says.",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list first,"}}},
		{"the wedding planner", "Dana Whitlock has planned weddings for 15 years.\n\n“Couples cut the guest list first,” the wedding planner says.",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list first,"}}},
		{"words the subject hears", coach + "She hears the same question from almost everyone: “Is it too late for me?”",
			[]said{{"direct", "", "Is it too late for me?"}}},
		{"words the subject is asked", coach + "She is often asked: “Is it too late for me?”",
			[]said{{"direct", "", "Is it too late for me?"}}},
		{"words the subject asks", coach + "She often asks clients: “Is it too late for you, really?”",
			[]said{{"direct", "Dana Whitlock", "Is it too late for you, really?"}}},
		{"recommends it for", "Maria Lopez tested the cordless model.\n\nLopez recommends the V9 for “anyone with pets and stairs.”",
			[]said{{"partial", "Maria Lopez", "anyone with pets and stairs."}}},
		{"here's what she's seeing", "Dana Whitlock has planned weddings for 15 years. Here's what she's seeing:\n\n“Couples cut the guest list first.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list first."}}},
		{"for an unknown name takes no earlier speaker", intro + "For Kowal, founder of a flower shop, it's simple: “Guests now expect local blooms.”",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "", "Guests now expect local blooms."}}},
		{"a pronoun after a name-like line the entities missed", intro + "Sarah Kowal of Petal House in Spokane\n\n“Guests now expect local blooms,” she says.",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list before anything else,"}, {"direct", "", "Guests now expect local blooms,"}}},
		{"he is not a person the article called she", "Wedding budgets keep climbing.\n\nDana Whitlock plans weddings. “Couples cut the guest list first,” she says.\n\nFlowers\n\nTomasz Kowal runs a flower shop in Spokane.\n\n“Guests now expect local blooms,” he says.",
			[]said{{"direct", "Dana Whitlock", "Couples cut the guest list first,"}, {"direct", "", "Guests now expect local blooms,"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []said
			for _, q := range find(tt.in) {
				got = append(got, said{q.Kind, q.Speaker, q.Text})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
