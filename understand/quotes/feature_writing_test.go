package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

// TestFindFeatureWriting covers the attributions of feature and explainer
// writing (health, careers, science pieces quoting experts): present-tense
// and less common verbs in both orders, credentials after names, experts
// named by their occupation, two people in one sentence and listeners
// who are not speakers. All names and sentences are invented.
func TestFindFeatureWriting(t *testing.T) {
	const lead = "Marla Quinn is a sleep researcher at Ferngate University.\n\nMany shift workers report feeling fine. "
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"states before a name and credentials",
			"Sleep is often the first thing to go.\n\n“Most people underestimate how much sleep they lose,” states Marla Quinn, a sleep researcher at Ferngate University.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate how much sleep they lose,"}}},
		{"agrees before a surname", lead + "“Most people underestimate how much sleep they lose,” agrees Quinn.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate how much sleep they lose,"}}},
		{"suggests before a surname", lead + "“Most people underestimate how much sleep they lose,” suggests Quinn.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate how much sleep they lose,"}}},
		{"warns before a surname", lead + "“Keep the same wake time every day,” warns Quinn.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"recommends after a surname", lead + "“Keep the same wake time every day,” Quinn recommends.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"recommends before a surname", lead + "“Keep the same wake time every day,” recommends Quinn.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"emphasizes after a surname", lead + "“Keep the same wake time every day,” Quinn emphasizes.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"reminds us", lead + "“Keep the same wake time every day,” Quinn reminds us.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"points out before a surname", lead + "“Most people underestimate how much sleep they lose,” points out Quinn.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate how much sleep they lose,"}}},
		{"describes ends the attribution", lead + "“Most people underestimate how much sleep they lose,” Quinn describes.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate how much sleep they lose,"}}},
		{"describes before a surname", lead + "“Most people underestimate how much sleep they lose,” describes Quinn.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate how much sleep they lose,"}}},
		{"recommends with an object is no attribution of a term",
			"Acme Labs makes a home router. For “best performance”, Acme Labs recommends wiring the router to the modem.",
			nil},
		{"agrees and credentials before two people",
			"Heart disease is the leading cause of death.\n\n“It is never too late to start walking,” agrees John Doe, MD, MPH, staff physician in cardiology at Ridgemont General Hospital, and Ann Poe, Associate Professor of Medicine at Eastvale University.",
			[]said{{"direct", "John Doe", "It is never too late to start walking,"}}},
		{"credentials after a name before says",
			"Many adults skip breakfast.\n\n“Protein in the morning keeps you full longer,” Jane Roe, MS, RDN, nutrition coach and owner of Plateful Nutrition, says.",
			[]said{{"direct", "Jane Roe", "Protein in the morning keeps you full longer,"}}},
		{"the occupation of the one expert in view",
			"Many adults skip breakfast.\n\nJane Roe, MS, RD, is a registered dietitian in Boise.\n\n“Protein in the morning keeps you full longer,” the dietitian says.",
			[]said{{"direct", "Jane Roe", "Protein in the morning keeps you full longer,"}}},
		{"the cardiologist",
			"Heart disease is the leading cause of death.\n\nCardiologist John Doe has treated patients for 30 years.\n\nWalking helps. “It is never too late to start walking,” the cardiologist notes.",
			[]said{{"direct", "John Doe", "It is never too late to start walking,"}}},
		{"a role word and a name open a colon clause",
			"Workplaces are changing fast.\n\nCareer coach Priya Natarajan put it simply: “Burnout often starts with unclear expectations.”",
			[]said{{"direct", "Priya Natarajan", "Burnout often starts with unclear expectations."}}},
		{"two people: a partial quote ending a sentence is not the next subject's",
			"Two experts reviewed the findings. Lena Ortiz said of the study that “it marks a real shift in how we treat asthma.” Tomas Berg agreed that the results were promising, stating, “We need larger trials before anyone changes practice.”",
			[]said{{"partial", "Lena Ortiz", "it marks a real shift in how we treat asthma."}, {"direct", "Tomas Berg", "We need larger trials before anyone changes practice."}}},
		{"an unnamed voice told a reporter",
			"Dana Fisk spent a week at the clinic.\n\nOne researcher told Fisk: “You have to see the patients to understand it.”",
			[]said{{"direct", "", "You have to see the patients to understand it."}}},
		{"an employer closes the appositive before the verb",
			"Insurance costs are rising.\n\nRavi Menon, founder and CEO, Northgate Insurance said, “Premiums reflect the claims we see.”",
			[]said{{"direct", "Ravi Menon", "Premiums reflect the claims we see."}}},
		{"an organization alone before the verb speaks",
			"Insurance costs are rising.\n\nIn a filing, Northgate Insurance said, “Premiums reflect the claims we see.”",
			[]said{{"direct", "Northgate Insurance", "Premiums reflect the claims we see."}}},
		{"she after paragraphs about a man goes back to the woman",
			"Jane Roe has studied loneliness for 15 years at Eastvale University. “It's a public health problem,” she says.\n\nTom Avery of Northgate College led a review of 40 studies. “The effect is as large as smoking,” he says.\n\nSo what can people do?\n\n“Start small,” she says.",
			[]said{{"direct", "Jane Roe", "It's a public health problem,"}, {"direct", "Tom Avery", "The effect is as large as smoking,"}, {"direct", "Jane Roe", "Start small,"}}},
		{"a quote paragraph after according to a person",
			"Loneliness is widespread, according to Jane Roe, a psychologist at Eastvale University.\n\n“It's a public health problem.”",
			[]said{{"direct", "Jane Roe", "It's a public health problem."}}},
		{"for X, a colon clause", lead + "For Quinn, the answer is simple: “Keep the same wake time every day.”",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"says opening the sentence", lead + "Says Quinn, “Keep the same wake time every day.”",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"says and a long name before a colon", "Many shift workers report feeling fine.\n\nSays Dr. Marla Quinn, a sleep researcher at Ferngate University: “Keep the same wake time every day.”",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"that's how X sums it up", lead + "“Keep the same wake time every day.” That's how Quinn sums it up.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"shares before a surname", lead + "“Keep the same wake time every day,” shares Quinn.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"offers after a surname", lead + "“Keep the same wake time every day,” Quinn offers.",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day,"}}},
		{"offers with an object before a term is no attribution", "Acme Labs sells routers. Acme Labs offers a “premium” plan for gamers.",
			nil},
		{"advice in the imperative before a colon is nobody's quote", lead + "Ask yourself: “What would I tell a friend in this situation?”",
			[]said{{"direct", "", "What would I tell a friend in this situation?"}}},
		{"advice in the imperative before a comma is nobody's quote", lead + "“Be kind to yourself,” Quinn says.\n\nTell yourself, “I can do hard things.”",
			[]said{{"direct", "Marla Quinn", "Be kind to yourself,"}}},
		{"an organization's guidelines speak for it", lead + "The American Sleep Council's guidelines are clear: “Sleep is a pillar of health.”",
			[]said{{"direct", "American Sleep Council", "Sleep is a pillar of health."}}},
		{"a pull quote takes the speaker of the same words in the story",
			"Tom Avery runs a sleep clinic in Ohio. “Most of my patients snore,” Avery says.\n\n“Sleep is the foundation of everything else.”\n\nJane Roe, a psychologist at Eastvale University, has studied sleep for 20 years. “Sleep is the foundation of everything else,” she says.",
			[]said{{"direct", "Tom Avery", "Most of my patients snore,"}, {"direct", "Jane Roe", "Sleep is the foundation of everything else."}, {"direct", "Jane Roe", "Sleep is the foundation of everything else,"}}},
		{"a signature after a dash with a title", "Tom Avery runs a sleep clinic in Ohio. “Most of my patients snore,” Avery says.\n\n“Sleep is the foundation of everything else.” – Dr. Jane Roe, Eastvale University",
			[]said{{"direct", "Tom Avery", "Most of my patients snore,"}, {"direct", "Jane Roe", "Sleep is the foundation of everything else."}}},
		{"a signature line after a quote paragraph", "Tom Avery runs a sleep clinic in Ohio. “Most of my patients snore,” Avery says.\n\n“Sleep is the foundation of everything else.”\n\n— Jane Roe, PhD, Eastvale University",
			[]said{{"direct", "Tom Avery", "Most of my patients snore,"}, {"direct", "Jane Roe", "Sleep is the foundation of everything else."}}},
		{"a credit line after a quote paragraph is no signature", "Tom Avery runs a sleep clinic in Ohio. “Most of my patients snore,” Avery says.\n\n“Sleep is the foundation of everything else.”\n\n— Jane Roe contributed reporting.",
			[]said{{"direct", "Tom Avery", "Most of my patients snore,"}, {"direct", "Tom Avery", "Sleep is the foundation of everything else."}}},
		{"the writer asks before a quote", lead + "I asked Quinn, “What should parents do first?”", nil},
		{"the writer asks after a quote", lead + "“Most people underestimate it,” Quinn says.\n\n“What should parents do first?” I asked.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate it,"}, {"direct", "", "What should parents do first?"}}},
		{"the writer asks before a colon", lead + "“Most people underestimate it,” Quinn says.\n\nWhen we spoke, I asked her: “What should parents do first?”",
			[]said{{"direct", "Marla Quinn", "Most people underestimate it,"}, {"direct", "", "What should parents do first?"}}},
		{"she after the writer's relative", lead + "“Most people underestimate it,” Quinn says.\n\nMy own daughter put it best. “I just want to sleep,” she joked once.",
			[]said{{"direct", "Marla Quinn", "Most people underestimate it,"}, {"direct", "", "I just want to sleep,"}}},
		{"the report introduced with its author", lead + "A 2020 report from the Lantern Institute looked at 5,000 families. The report notes, “Bedtime routines matter more than hours.”",
			[]said{{"direct", "Lantern Institute", "Bedtime routines matter more than hours."}}},
		{"a paragraph ending with a subject and a colon", lead + "Her advice:\n\n“Keep the same wake time every day.”",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"a paragraph ending with a clause and a colon", lead + "She has a simple message for patients:\n\n“Keep the same wake time every day.”",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"a document's words after a colon paragraph are not the subject's", lead + "She linked to the clinic's website, which carries the following statement:\n\n“Keep the same wake time every day.”",
			[]said{{"direct", "", "Keep the same wake time every day."}}},
		{"a conditional clause before the subject of a colon clause", lead + "If you want to try it, Quinn recommends a gentle start: “Keep the same wake time every day.”",
			[]said{{"direct", "Marla Quinn", "Keep the same wake time every day."}}},
		{"in X's words after a partial quote", lead + "Most sleep loss is “small but real,” in Quinn's words.",
			[]said{{"partial", "Marla Quinn", "small but real,"}}},
		{"in X's view before a partial quote", lead + "In Quinn's view, most sleep loss is “small but real.”",
			[]said{{"partial", "Marla Quinn", "small but real."}}},
		{"per X after a partial quote", lead + "Most sleep loss is “small but real,” per Quinn.",
			[]said{{"partial", "Marla Quinn", "small but real,"}}},
		{"X's verdict and a colon before a partial quote", lead + "Quinn's verdict: most sleep loss is “small but real.”",
			[]said{{"partial", "Marla Quinn", "small but real."}}},
		{"a verb of thought right before a partial quote", lead + "Quinn thinks most sleep loss is “small but real.”",
			[]said{{"partial", "Marla Quinn", "small but real."}}},
		{"a verb of thought far before someone else's words", lead + "Quinn believes that the longer the nights get, the more the public will fall silent and mutter, “Nobody told us anything at all.”",
			nil},
		{"two people: the agent of a passive verb of speech",
			"Jane Roe and John Doe study sleep at Eastvale University.\n\nRoe was told by Doe that “the results will surprise everyone.”",
			[]said{{"partial", "John Doe", "the results will surprise everyone."}}},
		{"two people: the object of a verb before a participle of speech",
			"Jane Roe and John Doe study sleep at Eastvale University.\n\nRoe remembers Doe telling her, “The results will surprise everyone.”",
			[]said{{"direct", "John Doe", "The results will surprise everyone."}}},
		{"two people: a verb of speech in an opening clause is not the main clause's",
			"Jane Roe and John Doe study sleep at Eastvale University.\n\nWhen Roe asked about the study, Doe was blunt: “The results will surprise everyone.”",
			[]said{{"direct", "John Doe", "The results will surprise everyone."}}},
		{"an opening adjunct before the verb of speech",
			"Jane Roe runs the sleep unit.\n\nAfter the hearing, Roe issued a statement, saying, “The results will surprise everyone.”",
			[]said{{"direct", "Jane Roe", "The results will surprise everyone."}}},
		{"a name and a present-tense verb the lexicon lacks", lead + "“Not yet,” Quinn laughs.",
			[]said{{"direct", "Marla Quinn", "Not yet,"}}},
		{"a pronoun and a verb the lexicon lacks", lead + "“Not yet,” she laughed. “Maybe next year.”",
			[]said{{"direct", "Marla Quinn", "Not yet,"}, {"direct", "Marla Quinn", "Maybe next year."}}},
		{"the agency for a known agency's initials", "Some supplements promise better sleep, but the FDA is skeptical.\n\n“These products have not been evaluated for safety,” the agency states.",
			[]said{{"direct", "FDA", "These products have not been evaluated for safety,"}}},
		{"a title after author of", "Workplaces are changing fast.\n\n“Burnout often starts with unclear expectations,” says Jane Roe, a career coach and author of “How to work less and live more.”",
			[]said{{"direct", "Jane Roe", "Burnout often starts with unclear expectations,"}}},
		{"a title in apposition to a work noun", "Workplaces are changing fast.\n\nIn her new book, “How to work less and live more,” Jane Roe argues that burnout is common.",
			nil},
		{"two people with credentials agree after a quote: the first",
			"Heart disease is the leading cause of death.\n\n“It is never too late to start walking,” John Doe, MD, MPH, staff physician in cardiology at Ridgemont General Hospital, and Ann Poe, Associate Professor of Medicine at Eastvale University, agree.",
			[]said{{"direct", "John Doe", "It is never too late to start walking,"}}},
		{"two people with credentials agree before a colon: the first",
			"Heart disease is the leading cause of death.\n\nJohn Doe, MD, MPH, staff physician in cardiology at Ridgemont General Hospital, and Ann Poe, Associate Professor of Medicine at Eastvale University, agree: “It is never too late to start walking.”",
			[]said{{"direct", "John Doe", "It is never too late to start walking."}}},
		{"one word between a determiner and a noun is a term", lead + "“Eat more fiber,” Quinn says.\n\nThe “low-fat” craze of the 1990s made things worse, Quinn says.",
			[]said{{"direct", "Marla Quinn", "Eat more fiber,"}}},
		{"advice in the imperative after an opening clause", lead + "“Eat more fiber,” Quinn says.\n\nBefore you snack, ask: “Am I actually hungry?”",
			[]said{{"direct", "Marla Quinn", "Eat more fiber,"}, {"direct", "", "Am I actually hungry?"}}},
		{"a quote paragraph after a sentence about a person's research", "Jane Roe is a cardiologist at Eastvale.\n\nRoe's research shows that short walks lower blood pressure.\n\n“Even ten minutes counts.”",
			[]said{{"direct", "Jane Roe", "Even ten minutes counts."}}},
		{"a quote paragraph after a sentence about a person's patients", "Jane Roe is a cardiologist at Eastvale.\n\nRoe's patients often doubt that short walks help.\n\n“Even ten minutes counts.”",
			[]said{{"direct", "", "Even ten minutes counts."}}},
		{"a quote paragraph after a heading goes on from the paragraph before it",
			"Jane Roe, a sleep physician at Eastvale, shared her top tips.\n\nKeep a schedule\n\n“Consistency matters more than duration.”\n\nCut caffeine after noon\n\n“Caffeine stays in your system for hours.”",
			[]said{{"direct", "Jane Roe", "Consistency matters more than duration."}, {"direct", "Jane Roe", "Caffeine stays in your system for hours."}}},
		{"according to a person's website", "Jane Roe runs a sleep clinic in Denver.\n\nAccording to Roe's website, “Sleep is the foundation of health.”",
			[]said{{"direct", "Jane Roe", "Sleep is the foundation of health."}}},
		{"a person's caption on a platform", "Jane Roe runs a sleep clinic in Denver.\n\nRoe's Instagram caption read: “Sleep is the foundation of health.”",
			[]said{{"direct", "Jane Roe", "Sleep is the foundation of health."}}},
		{"a quote paragraph after 'but for X and his family'", "Tomas Berg is a fisherman in Kaipara.\n\nThe loss of the reef has been called “tragic” by officials.\n\nBut for Berg and his family the loss is personal.\n\n“It is like losing a relative. We grew up on that water.”",
			[]said{{"direct", "Tomas Berg", "It is like losing a relative. We grew up on that water."}}},
		{"a lead describes the speaker named later in apposition", "A Boise dietitian says “breakfast still matters for most people.”\n\nJane Roe, a registered dietitian who runs a clinic in Boise, has studied morning eating for years.",
			[]said{{"partial", "Jane Roe", "breakfast still matters for most people."}}},
		{"a lead describes a relative named later", "The father of a cyclist hit by a delivery van has told how his son was “in pain every waking hour” in his last weeks.\n\nLeo Hart, 19, was riding home from a night shift in May.\n\nHis father, Owen Hart, wants the junction redesigned.",
			[]said{{"partial", "Owen Hart", "in pain every waking hour"}}},
		{"a lead's description fits nobody named later", "A Boise dietitian says “breakfast still matters for most people.”\n\nJane Roe, a teacher in Boise, skips breakfast every day.",
			nil},
		{"one word between a determiner and a noun after a naming verb is a quote", lead + "Quinn called it an “unprecedented” finding.",
			[]said{{"partial", "Marla Quinn", "unprecedented"}}},
		{"a one-word quote the next sentence attributes", "Jane Roe became a nurse in 2020.\n\n“Chaos.” That's how Roe describes her first year on the ward.",
			[]said{{"direct", "Jane Roe", "Chaos."}}},
		{"a person's team writes", "Jane Roe studies sleep at Eastvale University.\n\n“The effect was strongest in older adults,” Roe's team wrote in the paper.",
			[]said{{"direct", "Jane Roe", "The effect was strongest in older adults,"}}},
		{"a person's lawyer speaks, not the person", "Jane Roe studies sleep at Eastvale University.\n\n“The claims have no merit,” Roe's lawyers said.",
			[]said{{"direct", "", "The claims have no merit,"}}},
		{"a poster's words after a colon are nobody's", "Jane Roe runs the clinic. “We need more nurses,” she says.\n\nOn the clinic's wall hangs a poster: “Patients who walk daily recover faster.”",
			[]said{{"direct", "Jane Roe", "We need more nurses,"}, {"direct", "", "Patients who walk daily recover faster."}}},
		{"two people joined by and after a partial quote",
			"Two experts reviewed the findings. Lena Ortiz said of the study that “it marks a real shift,” and Tomas Berg agreed, stating, “We need larger trials.”",
			[]said{{"partial", "Lena Ortiz", "it marks a real shift,"}, {"direct", "Tomas Berg", "We need larger trials."}}},
		{"two people joined by a semicolon after a partial quote",
			"Two experts reviewed the findings. Lena Ortiz said that “it marks a real shift”; Tomas Berg, however, warned that “we need larger trials.”",
			[]said{{"partial", "Lena Ortiz", "it marks a real shift"}, {"partial", "Tomas Berg", "we need larger trials."}}},
		{"a title and a surname name the one person of that surname", "Adults need more rest. Professor Jane Roe leads the sleep unit at Eastvale.\n\n“Sleep is not a luxury,” says Prof Roe.",
			[]said{{"direct", "Jane Roe", "Sleep is not a luxury,"}}},
		{"said the study's lead author", "A new study followed 2,000 patients. Jane Roe, the study's lead author, works at Eastvale University.\n\n“We saw the effect in every age group,” said the study's lead author.",
			[]said{{"direct", "Jane Roe", "We saw the effect in every age group,"}}},
		{"the study's lead author said", "A new study followed 2,000 patients. Jane Roe, the study's lead author, works at Eastvale University.\n\n“We saw the effect in every age group,” the study's lead author said.",
			[]said{{"direct", "Jane Roe", "We saw the effect in every age group,"}}},
		{"a quote after an inverted attribution of reported speech",
			"Asthma affects millions of children, explains Lena Ortiz, a pulmonologist at Harlow Medical Center. “Patients who used the new inhaler missed fewer school days.”",
			[]said{{"direct", "Lena Ortiz", "Patients who used the new inhaler missed fewer school days."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkFind(t, tt.in, tt.want) })
	}
}

// TestFindLeavesOutUnattributed checks that by default a quote is reported
// only with its speaker: one the article does not name, or that no rule
// resolves, is left out unless Options.KeepUnattributed asks for it.
func TestFindLeavesOutUnattributed(t *testing.T) {
	in := "Dana Fisk spent a week at the clinic.\n\n“You have to see the patients to understand it,” one nurse told Fisk.\n\n“We are short of beds every winter,” Fisk said."
	d := text.Analyze(in)
	ents := entities.Find(d, names, entities.Options{})
	for _, tt := range []struct {
		opts Options
		want []said
	}{
		{Options{}, []said{{"direct", "Dana Fisk", "We are short of beds every winter,"}}},
		{Options{KeepUnattributed: true}, []said{{"direct", "", "You have to see the patients to understand it,"}, {"direct", "Dana Fisk", "We are short of beds every winter,"}}},
	} {
		var got []said
		for _, q := range Find(d, ents, tt.opts) {
			got = append(got, said{q.Kind, q.Speaker, q.Text})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%+v) (-want +got):\n%s", tt.opts, diff)
		}
	}
}
