package quotes

import "testing"

// TestFindRoundups covers interview round-ups, reviews and testimonials:
// titles before a name after the verb, name lines, review signatures,
// reports and organizations that speak, and the writer's own terms and
// titles in quotation marks. All names and sentences are invented.
func TestFindRoundups(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"two capitalised titles joined by and before the name",
			"Parties keep changing.\n\n“Guests want stories now,” says Brightwater Events Co-Owner and Lead Planner Dana Whitfield. “Every detail should mean something.”",
			[]said{{"direct", "Dana Whitfield", "Guests want stories now,"}, {"direct", "Dana Whitfield", "Every detail should mean something."}}},
		{"a capitalised title and a comma before the name",
			"Color is back.\n\n“Bold shades are everywhere,” says Co-Founder, Marta Lindqvist. “We love it.”",
			[]said{{"direct", "Marta Lindqvist", "Bold shades are everywhere,"}, {"direct", "Marta Lindqvist", "We love it."}}},
		{"a date and a comma before a name is no title",
			"Color is back.\n\n“Bold shades are everywhere,” said Monday, Marta Lindqvist agreed.",
			[]said{{"direct", "", "Bold shades are everywhere,"}}},
		{"a partial quote four sentences after a quote in one long paragraph takes no speaker",
			"Ana Ruiz argues that teams should “measure twice before they build anything new.” Her essay came out in 2014. It was widely shared. Many teams adopted it. Later writers spoke of “a quiet kind of engineering that nobody celebrates.”",
			[]said{{"partial", "Ana Ruiz", "measure twice before they build anything new."}}},
		{"a partial quote two sentences on in one paragraph keeps the speaker",
			"Ana Ruiz argues that teams should “measure twice before they build anything new.” Her essay came out in 2014. She calls it “a quiet kind of engineering that nobody celebrates.”",
			[]said{{"partial", "Ana Ruiz", "measure twice before they build anything new."}, {"partial", "Ana Ruiz", "a quiet kind of engineering that nobody celebrates."}}},
		{"the writer's own examples in a sentence of theirs",
			"Ana Ruiz argues that teams should “measure twice before they build anything new.” It moved my thinking from “ship it today and patch it tomorrow” to something slower.",
			[]said{{"partial", "Ana Ruiz", "measure twice before they build anything new."}}},
		{"a title with a subtitle after a colon",
			"Early on I made the mistake Ana Ruiz describes in “Lessons Nobody Teaches: Part Two.” It cost me a year.",
			nil},
		{"a word the writer's clause goes on about after a colon",
			"Ana Ruiz wrote the essay in 2011. Her main point: “Developer” as a job title undersells you.",
			nil},
		{"when asked, a pronoun and a verb of speech with no comma between",
			"Tessa Moreland tried the winter box. When asked about the fit she commented, \"This coat is so warm! The lining is thick and soft.\".",
			[]said{{"direct", "Tessa Moreland", "This coat is so warm! The lining is thick and soft."}}},
		{"an opening clause with its own subject still ends at its comma",
			"Tessa Moreland tried the winter box. When Ian Hale asked about it, Moreland was blunt: \"The lining is too thin.\"",
			[]said{{"direct", "Tessa Moreland", "The lining is too thin."}}},
		{"had this to say about something, then the quote",
			"Boxes vary a lot.\n\nIn her review of Acme Rentals, Dana Whitfield had this to say about the coat she got \"It is warm and very well made. I wear it daily!\".",
			[]said{{"partial", "Dana Whitfield", "It is warm and very well made. I wear it daily!"}}},
		{"labelled quotes listed after an introduction ending in a colon",
			"Marta Lindqvist has tried two boxes by Brightbox. Here's what she had to say about each:\n\nBrightbox Work Club: \"The box always feels like a treat.\"\n\nBrightbox Weekend Club: \"You can make this box whatever you want it to be.\"",
			[]said{{"direct", "Marta Lindqvist", "The box always feels like a treat."}, {"direct", "Marta Lindqvist", "You can make this box whatever you want it to be."}}},
		{"a label line with no introduction before it is no list item",
			"Brightbox sells two boxes.\n\nBrightbox Work Club: \"The box always feels like a treat.\"",
			[]said{{"direct", "Brightbox Work Club", "The box always feels like a treat."}}},
		{"a full sentence quoted after the writer's clause about its speaker",
			"Boxes vary a lot.\n\nOur tester Tessa Moreland was very impressed with her latest order, \"The leggings fit perfectly. I have worn them to every class.\".",
			[]said{{"direct", "Tessa Moreland", "The leggings fit perfectly. I have worn them to every class."}}},
		{"a clause with its own verb of speech before the comma is not the subject's words",
			"Tessa Moreland is a coach in Denver.\n\nHer daughter asked her, \"When will you be home?\"",
			nil},
		{"a report named by its issuer's possessive and a date speaks for the issuer",
			"Artists want to be paid.\n\nThe Federal Copyright Board's May 2024 report concluded that “no single answer will fit every use of protected works.”",
			[]said{{"partial", "Federal Copyright Board", "no single answer will fit every use of protected works."}}},
		{"the report, introduced by its issuer's possessive, notes",
			"The Federal Copyright Board's May 2024 report on machine learning listed the problems. The report noted that group licensing could “cut the cost of dealing with many owners,” but few use it.",
			[]said{{"partial", "Federal Copyright Board", "cut the cost of dealing with many owners,"}}},
		{"their assessment after quotes of an organization",
			"“The keys are stored safely,” said Bluefin Labs.\n\nThey also checked the build system. Their assessment:\n\n“Minimal images sharply reduce the attack surface.”",
			[]said{{"direct", "Bluefin Labs", "The keys are stored safely,"}, {"direct", "Bluefin Labs", "Minimal images sharply reduce the attack surface."}}},
		{"in her words",
			"Tessa Moreland tested the boots for a month. In her words:\n\n“They are the best boots I have owned.”",
			[]said{{"direct", "Tessa Moreland", "They are the best boots I have owned."}}},
		{"a closing mark typed for the opening one",
			"Rates vary by state.\n\n”We found the best rates out West. We have used a firm there for a year,” said Jordan Pike, a shop owner.",
			[]said{{"direct", "Jordan Pike", "We found the best rates out West. We have used a firm there for a year,"}}},
		{"a closing mark after a word is no opening one",
			"Rates vary by state, said Jordan Pike. The firm he called ”Best West” closed.",
			[]said{{"indirect", "Jordan Pike", "Rates vary by state"}}},
		{"one of a group named after including, before a colon",
			"Runners liked the shoe. Some testers were won over, including tester Paul Okafor: \"This one broke my streak of bad shoes.\"",
			[]said{{"direct", "Paul Okafor", "This one broke my streak of bad shoes."}}},
		{"a verb of advice and a gerund right before the quote",
			"Kevin Marsh mixes podcasts for a living. Marsh recommends choosing “a nylon mesh filter rather than a metal one.”",
			[]said{{"partial", "Kevin Marsh", "a nylon mesh filter rather than a metal one."}}},
		{"a verb of doing and a gerund before a term is no attribution",
			"Kevin Marsh mixes podcasts for a living. Marsh offers a plan for “power users” only.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}
