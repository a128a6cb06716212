package quotes

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand/entities"
	"github.com/ledehq/lede/understand/text"
)

var names = entities.NewNames()

func find(s string) []lede.Quote {
	d := text.Analyze(s)
	return Find(d, entities.Find(d, names, entities.Options{}), Options{})
}

type said struct {
	Kind    lede.QuoteKind
	Speaker string
	Text    string
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []said
	}{
		{"speaker after", "“We will win,” John Smith said.", []said{{"direct", "John Smith", "We will win,"}}},
		{"verb first", "“We will win,” said John Smith, head of the party.", []said{{"direct", "John Smith", "We will win,"}}},
		{"pronoun", "John Smith spoke. “We will win,” he said.", []said{{"direct", "John Smith", "We will win,"}}},
		{"partial with that", "John Smith, though, added that “the plan works.”", []said{{"partial", "John Smith", "the plan works."}}},
		{"next sentence inherits", "“It is big,” John Smith told reporters. “It will be the event of the year.”",
			[]said{{"direct", "John Smith", "It is big,"}, {"direct", "John Smith", "It will be the event of the year."}}},
		{"several paragraphs", "John Smith spoke. “We came here first.\n\n“And we stay,” he said.",
			[]said{{"direct", "John Smith", "We came here first."}, {"direct", "John Smith", "And we stay,"}}},
		{"unbalanced dropped", "John Smith said “we came here\n\nand stayed.", nil},
		{"scare quote dropped", "The so-called “experts” came.", nil},
		{"title dropped", "She starred in “The Long Night Watch” last year.", nil},
		{"naming verb keeps a short quote", "John Smith has called the inquiry a “witch hunt.”", []said{{"partial", "John Smith", "witch hunt."}}},
		{"colon", "John Smith said:\n\n“We will win this time.”", []said{{"direct", "John Smith", "We will win this time."}}},
		{"straight quotes", "\"We will win,\" John Smith said.", []said{{"direct", "John Smith", "We will win,"}}},
		{"organization speaker", "“No comment on that matter,” the FBI said.", []said{{"direct", "FBI", "No comment on that matter,"}}},
		{"indirect", "John Smith said Wednesday that the plan would work.", []said{{"indirect", "John Smith", "the plan would work."}}},
		{"indirect inverted", "The plan is a big success for the city, said John Smith.", []said{{"indirect", "John Smith", "The plan is a big success for the city"}}},
		{"single marks in a double-quote article", "“We will win,” John Smith said. ‘They will lose,’ said Mary Jones, a rival.",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "Mary Jones", "They will lose,"}}},
		{"straight single marks in a double-quote article", "\"We will win,\" John Smith said.\n\n'It can't last,' Mary Jones told reporters.",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "Mary Jones", "It can't last,"}}},
		{"second sentence in single marks", "“We will win,” John Smith said.\n\n‘We gave away two soft goals,’ Mary Jones said. ‘That cannot happen at this level.’",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "Mary Jones", "We gave away two soft goals,"}, {"direct", "Mary Jones", "That cannot happen at this level."}}},
		{"single-marked sentence alone stays no quote", "“We will win,” John Smith said.\n\nMary Jones left. ‘That cannot happen at this level.’",
			[]said{{"direct", "John Smith", "We will win,"}}},
		{"single marks without a verb of speech stay no quote", "“We will win,” John Smith said. The ‘Big Lie,’ as critics call it, spread.",
			[]said{{"direct", "John Smith", "We will win,"}}},
		{"single-marked term stays no quote", "“We will win,” John Smith said of the ‘green deal’ plan, which he said works.",
			[]said{{"direct", "John Smith", "We will win,"}}},
		{"short name in single marks is no quote", "“We will win,” John Smith said. The Smiths' house, 'Oak Lodge,' said the agent, is sold.",
			[]said{{"direct", "John Smith", "We will win,"}}},
		{"message from the next sentence", "John Smith spoke first.\n\n“The city must act now and stop the cuts.” That was the message from Mary Jones, the mayor, on Tuesday.",
			[]said{{"direct", "Mary Jones", "The city must act now and stop the cuts."}}},
		{"words of the next sentence", "“Nobody saw this coming at all.” Those were the words of Mary Jones after the vote.",
			[]said{{"direct", "Mary Jones", "Nobody saw this coming at all."}}},
		{"that's what X said", "“We will keep the plant open for years.” That’s what John Smith told workers.",
			[]said{{"direct", "John Smith", "We will keep the plant open for years."}}},
		{"that's according to X", "“The water is safe to drink again.” That's according to the FBI.",
			[]said{{"direct", "FBI", "The water is safe to drink again."}}},
		{"message from an unnamed source stays empty", "“The city must act now and stop the cuts.” That was the message from protesters outside John Smith's office.",
			[]said{{"direct", "", "The city must act now and stop the cuts."}}},
		{"what X did is no attribution", "“We will keep the plant open for years.” That is what John Smith promised workers in 2019.",
			[]said{{"direct", "", "We will keep the plant open for years."}}},
		{"as X put it", "John Smith left early. As Mary Jones put it, “Had he stayed, he would have won the whole thing.”",
			[]said{{"direct", "Mary Jones", "Had he stayed, he would have won the whole thing."}}},
		{"as she put it", "Mary Jones came back in May. As she put it, “the city never let me go.”",
			[]said{{"partial", "Mary Jones", "the city never let me go."}}},
		{"put it without as is no attribution", "John Smith put it on the shelf, “the one with the red books on it.”",
			nil},
		{"union named in apposition", "Unite, the trade union, called a strike on Friday.\n\n“Our members have had enough of broken promises,” the union said.",
			[]said{{"direct", "Unite", "Our members have had enough of broken promises,"}}},
		{"apposition after an opener", "But Greenpeace, the campaign group, was not convinced. “This plan does nothing for the forests,” the group said.",
			[]said{{"direct", "Greenpeace", "This plan does nothing for the forests,"}}},
		{"person in apposition is no organization", "John Smith, the union's leader, spoke. Sam, the union, left.\n\n“We will fight every single cut,” the party said.",
			[]said{{"direct", "", "We will fight every single cut,"}}},
		{"company description takes no apposition", "Zorvex, the retail company, cut jobs.\n\n“We regret the cuts we had to make,” the company said.",
			[]said{{"direct", "Zorvex", "We regret the cuts we had to make,"}}},
		{"company spokesperson", "Zorvex Corp. cut 500 jobs on Monday.\n\n“We regret every one of these cuts,” a company spokesperson said.",
			[]said{{"direct", "Zorvex Corp.", "We regret every one of these cuts,"}}},
		{"according to the company", "Zorvex Corp. cut 500 jobs on Monday. According to the company, the cuts “will make the firm leaner and stronger for years.”",
			[]said{{"partial", "Zorvex Corp.", "will make the firm leaner and stronger for years."}}},
		{"company out of view stays unnamed", "Zorvex Corp. cut 500 jobs on Monday.\n\nAccording to the company, the cuts “will make the firm leaner and stronger for years.”",
			nil},
		{"spokesperson with no company stays unnamed", "Jobs went on Monday.\n\n“We regret every one of these cuts,” a company spokesperson said.",
			[]said{{"direct", "", "We regret every one of these cuts,"}}},
		{"in the words of X", "The vote was close. In the words of Mary Jones, “nobody expected the result to be this tight.”",
			[]said{{"partial", "Mary Jones", "nobody expected the result to be this tight."}}},
		{"in the words of X with a colon", "The vote was close, in the words of Mary Jones: “Nobody expected the result to be this tight.”",
			[]said{{"direct", "Mary Jones", "Nobody expected the result to be this tight."}}},
		{"in the words of an unnamed speaker", "Here is the story in the words of the patient: “I could not walk up the stairs for a month.”",
			[]said{{"direct", "", "I could not walk up the stairs for a month."}}},
		{"role description", "Jane Roe, owner of the corner bakery, opened early. John Smith, a customer, waited.\n\n“We sold out of bread by nine,” the owner said.",
			[]said{{"direct", "Jane Roe", "We sold out of bread by nine,"}}},
		{"role description with nobody in the role", "Jane Roe opened early.\n\n“We sold out of bread by nine,” the owner said.",
			[]said{{"direct", "", "We sold out of bread by nine,"}}},
		{"possessive subject with an appositive name", "Jane Roe spoke first. “We listened to everyone,” she said.\n\nHer opponent, city councilman Tom Baker, was unconvinced. “This is a tax on shoppers, plain and simple.”",
			[]said{{"direct", "Jane Roe", "We listened to everyone,"}, {"direct", "Tom Baker", "This is a tax on shoppers, plain and simple."}}},
		{"possessive subject with an unnamed appositive", "Jane Roe spoke first. “We listened to everyone,” she said.\n\nHer opponent, a local builder, was unconvinced. “This is a tax on shoppers, plain and simple.”",
			[]said{{"direct", "Jane Roe", "We listened to everyone,"}, {"direct", "", "This is a tax on shoppers, plain and simple."}}},
		{"words of someone's neighbour named after", "“We were told the walls would hold.” Those were the words of Anne Hill's neighbour, Mark Stone, whose house flooded.",
			[]said{{"direct", "Mark Stone", "We were told the walls would hold."}}},
		{"words of someone's unnamed lawyer", "“We were told the walls would hold.” Those were the words of Anne Hill's lawyer on Monday.",
			[]said{{"direct", "", "We were told the walls would hold."}}},
		{"according to someone's lawyer", "Jane Roe was charged on Monday.\n\n“The case will collapse within weeks,” according to Roe's lawyer.",
			[]said{{"direct", "", "The case will collapse within weeks,"}}},
		{"according to someone's lawyer by name", "Jane Roe was charged on Monday.\n\n“The case will collapse within weeks,” according to Roe's lawyer, Sam Kane.",
			[]said{{"direct", "Sam Kane", "The case will collapse within weeks,"}}},
		{"apposition with modifiers", "The Met Office, the UK's weather service, issued a warning. “More heavy rain is likely on saturated ground,” the service said.",
			[]said{{"direct", "Met Office", "More heavy rain is likely on saturated ground,"}}},
		{"apposition with a possessive owner", "Unite, Britain's biggest union, called a strike.\n\n“Our members have had enough of broken promises,” the union said.",
			[]said{{"direct", "Unite", "Our members have had enough of broken promises,"}}},
		{"verdict of a role and name", "“It was a massive three points.” That was the verdict of captain Reece James after the match.",
			[]said{{"direct", "Reece James", "It was a massive three points."}}},
		{"according to a title and surname", "Council leader Spencer Flower visited the town on Monday.\n\n“The bill for this will run into millions,” according to Mr Flower.",
			[]said{{"direct", "Spencer Flower", "The bill for this will run into millions,"}}},
		{"unknown speaker kept without name", "“We will always remember this day,” a witness said.", []said{{"direct", "", "We will always remember this day,"}}},
		{"name before a long appositive", "“We will finish the survey next year,” Maria Lindqvist, a researcher at the Polar Institute in Tromsø, Norway, and lead author of the report, said in a statement.",
			[]said{{"direct", "Maria Lindqvist", "We will finish the survey next year,"}}},
		{"verb whose subject is the quote", "“Bigger than the small deal” announced in spring, said John Smith, an economist.",
			[]said{{"direct", "John Smith", "Bigger than the small deal"}}},
		{"unnamed speaker inherits nothing", "“We will win,” John Smith said. “They will lose,” a rival said.",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "", "They will lose,"}}},
		{"unnamed speaker over paragraphs", "“We will win,” John Smith said.\n\n“They will lose,” one rival said. “We will see who wins in the end.”",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "", "They will lose,"}, {"direct", "", "We will see who wins in the end."}}},
		{"infinitive is no attribution", "“We start small,” John Smith said. “We grow later.” He declined to say when.",
			[]said{{"direct", "John Smith", "We start small,"}, {"direct", "John Smith", "We grow later."}}},
		{"said that names the clause subject", "Mary Jones said that John Smith “cannot be trusted with the budget.”",
			[]said{{"partial", "Mary Jones", "cannot be trusted with the budget."}}},
		{"participle after a pronoun subject", "John Smith wrote to Mary Jones in May. He urged Mary Jones to act, saying “time is running out for the farms.”",
			[]said{{"partial", "John Smith", "time is running out for the farms."}}},
		{"colon after a named subject", "“We won the vote,” John Smith said. Mary Jones saw it another way: “We lost the argument.”",
			[]said{{"direct", "John Smith", "We won the vote,"}, {"direct", "Mary Jones", "We lost the argument."}}},
		{"spokesperson speaks for the organization", "“We are cooperating with the inquiry,” an Acme Corp. spokesperson said.",
			[]said{{"direct", "Acme Corp.", "We are cooperating with the inquiry,"}}},
		{"lead and team", "“The data are clear,” John Smith and his team wrote in the paper.",
			[]said{{"direct", "John Smith", "The data are clear,"}}},
		{"organization before a role after the verb", "“It depends on the funding,” said Acme Corp. chief executive John Smith.",
			[]said{{"direct", "John Smith", "It depends on the funding,"}}},
		{"possessive after the verb", "John Smith was charged. “We will appeal the ruling,” said John Smith's lawyer.",
			[]said{{"direct", "", "We will appeal the ruling,"}}},
		{"doubled single marks", "“It was an attempt to mislead voters,’’ Ada Brennan, head of the watchdog, told reporters. “And it was wrong.”",
			[]said{{"direct", "Ada Brennan", "It was an attempt to mislead voters,"}, {"direct", "Ada Brennan", "And it was wrong."}}},
		{"backticks", "``We lost the vote,'' said John Smith.", []said{{"direct", "John Smith", "We lost the vote,"}}},
		{"apostrophe after the quote is no new quote", "\"Sales will rise in spring,\" Jessica Warren, the Hendricks' director of analysis, said.",
			[]said{{"direct", "Jessica Warren", "Sales will rise in spring,"}}},
		{"organization before a title after the verb", "“We pray for them,” said White House Press Secretary Mary Jones.",
			[]said{{"direct", "Mary Jones", "We pray for them,"}}},
		{"age before the name", "“I could not walk,” wrote 43-year-old John Smith of Aberdeen.", []said{{"direct", "John Smith", "I could not walk,"}}},
		{"spokesperson after the verb", "“We are cooperating,” said a spokesperson for Acme Corp. when asked.",
			[]said{{"direct", "Acme Corp.", "We are cooperating,"}}},
		{"organization spokesperson after the verb", "“We are cooperating,” said an Acme Corp. spokesperson when asked.",
			[]said{{"direct", "Acme Corp.", "We are cooperating,"}}},
		{"subject of the sentence before", "“We will build it,” John Smith said.\n\nMary Jones returned to the issue later. “Who will pay for it?”",
			[]said{{"direct", "John Smith", "We will build it,"}, {"direct", "Mary Jones", "Who will pay for it?"}}},
		{"speaker of the sentence before over its subject", "Acme Corp. search is fast, Mary Jones said. “It is not magic.”",
			[]said{{"indirect", "Mary Jones", "Acme Corp. search is fast"}, {"direct", "Mary Jones", "It is not magic."}}},
		{"pronoun in an earlier paragraph stands for the speaker then", "“We had hoped for more,” John Smith said.\n\nThe rules were broken, he said. “But is it a crime?”\n\n“No,” Mary Jones said.",
			[]said{{"direct", "John Smith", "We had hoped for more,"}, {"indirect", "John Smith", "The rules were broken"}, {"direct", "John Smith", "But is it a crime?"}, {"direct", "Mary Jones", "No,"}}},
		{"numbered heading", "1. “The first problem”\n\nJohn Smith spoke.", nil},
		{"heading is no reported speech", "He said, she said\n\nJohn Smith spoke.", nil},
		{"the company stands for the company the story is about", "Acme Corp. is cutting 500 jobs. “We regret the decision,” the company said.",
			[]said{{"direct", "Acme Corp.", "We regret the decision,"}}},
		{"the group stands for a named coalition", "The Tenants Coalition met on Monday.\n\nIn a tweet, the group added that the landlord “is not keeping its promises to tenants.”",
			[]said{{"partial", "Tenants Coalition", "is not keeping its promises to tenants."}}},
		{"the coach stands for the person in that role", "Wild coach Bruce Boudreau was pleased. “We played well tonight,” said the coach.",
			[]said{{"direct", "Bruce Boudreau", "We played well tonight,"}}},
		{"age description after the name's age", "Tom Hanks, 56, arrived in Berlin on Monday. “I love this city,” the 56-year-old said.",
			[]said{{"direct", "Tom Hanks", "I love this city,"}}},
		{"age description before the name", "The 61-year-old actor Paul Newman came late. “Great night,” said the 61-year-old.",
			[]said{{"direct", "Paul Newman", "Great night,"}}},
		{"age description that fits two people names nobody", "Tom Hanks, 56, met Mary Jones, 56, on Monday. “I love this city,” the 56-year-old said.",
			[]said{{"direct", "", "I love this city,"}}},
		{"age description of another age names nobody", "Tom Hanks, 56, arrived on Monday. “I love this city,” the 34-year-old said.",
			[]said{{"direct", "", "I love this city,"}}},
		{"role noun opening a sentence fits the description", "Actor Tom Hanks arrived late. “I love this city,” the actor said.",
			[]said{{"direct", "Tom Hanks", "I love this city,"}}},
		{"appositive role after an age fits the description", "Maria Lopez, 45, a singer from Texas, spoke too. “I sang all night,” the singer said.",
			[]said{{"direct", "Maria Lopez", "I sang all night,"}}},
		{"institution with a possessive owner", "“This is a dangerous game,” Russia’s foreign ministry said in a statement.",
			[]said{{"direct", "Russia’s foreign ministry", "This is a dangerous game,"}}},
		{"institution with adjectives", "“We call on both sides to stop,” the French foreign ministry said.",
			[]said{{"direct", "French foreign ministry", "We call on both sides to stop,"}}},
		{"institution after the verb", "“The border stays closed,” said the Polish interior ministry.",
			[]said{{"direct", "Polish interior ministry", "The border stays closed,"}}},
		{"bare police", "“The investigation is ongoing,” police said on Wednesday.",
			[]said{{"direct", "police", "The investigation is ongoing,"}}},
		{"according to police", "“Two men were arrested,” according to police.",
			[]said{{"direct", "police", "Two men were arrested,"}}},
		{"the ministry after a ministry spoke", "“We will respond,” the Russian foreign ministry said.\n\n“We reject the claims,” the ministry said.",
			[]said{{"direct", "Russian foreign ministry", "We will respond,"}, {"direct", "Russian foreign ministry", "We reject the claims,"}}},
		{"bare ministry names nobody", "“We reject the claims,” the ministry said.", []said{{"direct", "", "We reject the claims,"}}},
		{"officials name nobody", "“No one was hurt,” officials said.", []said{{"direct", "", "No one was hurt,"}}},
		{"bare government names nobody", "“We will appeal,” the government said.", []said{{"direct", "", "We will appeal,"}}},
		{"official at an institution names nobody", "“Nothing was decided,” an official at the foreign ministry said.",
			[]said{{"direct", "", "Nothing was decided,"}}},
		{"police officers name nobody", "“Stay back,” said police officers at the scene.", []said{{"direct", "", "Stay back,"}}},
		{"new paragraph inherits the quote that ended the last one", "“We are ready,” Anna White said.\n\n“Nobody can stop us now.”",
			[]said{{"direct", "Anna White", "We are ready,"}, {"direct", "Anna White", "Nobody can stop us now."}}},
		{"new paragraph inherits over narration naming nobody else", "“We will win,” Peter Brown said. The team has lost three games in a row.\n\n“We trained hard all week.”",
			[]said{{"direct", "Peter Brown", "We will win,"}, {"direct", "Peter Brown", "We trained hard all week."}}},
		{"new paragraph after someone else is named inherits nothing", "“We will win,” John Smith said. Mary Jones, however, doubted the plan and its cost.\n\n“It costs far too much money.”",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "", "It costs far too much money."}}},
		{"new paragraph after someone else speaks takes that speaker", "“We will win,” John Smith said. Mary Jones disagreed, saying the plan failed.\n\n“It costs far too much money.”",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "Mary Jones", "It costs far too much money."}}},
		{"age description with no age given names the lead's subject", "Maria Lopez has agreed to lead the club.\n\nJohn Smith was sacked last night.\n\nThe 56-year-old said: “I am excited to be here.”",
			[]said{{"direct", "Maria Lopez", "I am excited to be here."}}},
		{"age description names nobody when others are given ages", "Maria Lopez has agreed to lead the club.\n\nJohn Smith, 61, was sacked last night.\n\nThe 56-year-old said: “I am excited to be here.”",
			[]said{{"direct", "", "I am excited to be here."}}},
		{"occupation description names the one person in view", "Tom Hanks came to the premiere on Monday.\n\n“It makes you more human,” said the actor.",
			[]said{{"direct", "Tom Hanks", "It makes you more human,"}}},
		{"occupation description with two people in view names nobody", "Tom Hanks came with Mary Jones on Monday.\n\n“It makes you more human,” said the actor.",
			[]said{{"direct", "", "It makes you more human,"}}},
		{"post description names no one in view", "Ryan Suter scored twice on Monday.\n\n“We played hard,” the coach said.",
			[]said{{"direct", "", "We played hard,"}}},
		{"pronoun after an unnamed person names nobody", "Joseph Brown runs the shop.\n\nReporters spoke to one mother, who knew her son was online. “I am so far ahead of other parents,” she said.",
			[]said{{"direct", "", "I am so far ahead of other parents,"}}},
		{"unnamed person late in the sentence before does not block", "Maria Lopez said officers came at night and found a man bleeding. “He was hurt badly,” she said.",
			[]said{{"direct", "Maria Lopez", "He was hurt badly,"}}},
		{"verb of speech in a relative clause is no attribution", "Martha Fry added that the letter Mike Fry wrote was “kind and loving.”",
			[]said{{"partial", "Martha Fry", "kind and loving."}}},
		{"quote over a caption line", "Acme Club said in a statement: “He is one of the best managers in the world.\n\nClub statement\n\n“He has won titles in four different countries.”",
			[]said{{"direct", "Acme Club", "He is one of the best managers in the world."}, {"direct", "Acme Club", "He has won titles in four different countries."}}},
		{"open quote is not continued over a paragraph of narration", "John Smith said: “He is one of the best managers in the world.\n\nThe club was founded long ago in the old town.\n\n“He has won titles.”",
			[]said{{"direct", "John Smith", "He is one of the best managers in the world."}, {"direct", "", "He has won titles."}}},
		{"the statement speaks for its issuer", "Two soldiers died in a crash, the Acme Corp. said in a statement on Wednesday.\n\n“The cause of the crash is under investigation,” the statement said.",
			[]said{{"direct", "Acme Corp.", "The cause of the crash is under investigation,"}}},
		{"the statement with no issuer named names nobody", "The company denied the claims in a statement.\n\n“We were shocked by the claims,” the statement read.",
			[]said{{"direct", "", "We were shocked by the claims,"}}},
		{"pronoun after an unnamed speaker names nobody", "John Smith runs the airline.\n\n“Displays drift away from reality,” said a commercial pilot. He said the crews often heard “phantom pull up commands at night.”",
			[]said{{"direct", "", "Displays drift away from reality,"}}},
		{"he is never the organization quoted last", "John Smith founded the firm.\n\n“Prices will fall,” Acme Corp. said. “We will see,” he said.",
			[]said{{"direct", "Acme Corp.", "Prices will fall,"}, {"direct", "John Smith", "We will see,"}}},
		{"two-word surname of a full name speaks", "Joy Harden Bradford hosts a podcast.\n\n“People should not pit medication against mindfulness,” Harden Bradford cautions.",
			[]said{{"direct", "Joy Harden Bradford", "People should not pit medication against mindfulness,"}}},
		{"more verbs of speech", "Holly Wilgus teaches yoga.\n\n“Yoga nidra is a state of relaxation,” Wilgus clarifies. “Rest is work,” she advised.",
			[]said{{"direct", "Holly Wilgus", "Yoga nidra is a state of relaxation,"}, {"direct", "Holly Wilgus", "Rest is work,"}}},
		{"nationality description names the one person of the paragraph", "Pep Guardiola was pleased.\n\nArsenal boss Mikel Arteta was less happy. “We gave away two cheap goals,” said the Spaniard.",
			[]said{{"direct", "Mikel Arteta", "We gave away two cheap goals,"}}},
		{"nationality description with two people in the paragraph names nobody", "Mikel Arteta met John Smith on Monday. “We gave away two cheap goals,” said the Spaniard.",
			[]said{{"direct", "", "We gave away two cheap goals,"}}},
		{"sports role with nobody of that role names the one person in view", "Erik Haaland scored twice on Sunday.\n\n“I just try to help the team,” the striker said.",
			[]said{{"direct", "Erik Haaland", "I just try to help the team,"}}},
		{"the ministry after a ministry named as a subject", "Saudi Arabia’s energy ministry said on Monday it would cut output. “The market needs stability,” the ministry said.",
			[]said{{"direct", "Saudi Arabia’s energy ministry", "The market needs stability,"}}},
		{"unfound appositive name after a possessive names nobody", "“It was a great quarter,” said Jane Roe.\n\nRoe’s spokesman, Eastside Park, said: “The chief will speak next week.”",
			[]said{{"direct", "Jane Roe", "It was a great quarter,"}, {"direct", "", "The chief will speak next week."}}},
		{"description with a modifier", "Acme Productions denied the deal on Monday.\n\n“We agreed to nothing,” the production company said.",
			[]said{{"direct", "Acme Productions", "We agreed to nothing,"}}},
		{"said a report from an organization", "“The market is pricing in a recovery,” said a report from Acme Securities.",
			[]said{{"direct", "Acme Securities", "The market is pricing in a recovery,"}}},
		{"said X's lawyer, NAME", "Anna Smith met Peter Jones.\n\n“Is that true?” asked Smith’s lawyer, Robert Kane.",
			[]said{{"direct", "Robert Kane", "Is that true?"}}},
		{"said X's lawyer names nobody", "Anna Smith met Peter Jones.\n\n“Is that true?” asked Smith’s lawyer.",
			[]said{{"direct", "", "Is that true?"}}},
		{"added her colleague NAME", "“I drove three hours,” said Angela Cooper, a teacher.\n\n“We need respect,” added her colleague Beth Miller.",
			[]said{{"direct", "Angela Cooper", "I drove three hours,"}, {"direct", "Beth Miller", "We need respect,"}}},
		{"added her colleague names nobody", "“I drove three hours,” said Angela Cooper, a teacher.\n\n“We need respect,” added her colleague.",
			[]said{{"direct", "Angela Cooper", "I drove three hours,"}, {"direct", "", "We need respect,"}}},
		{"parenthesis between the name and the verb", "Mary Jones runs a shop.\n\n“We are open,” Jones (pictured) said.",
			[]said{{"direct", "Mary Jones", "We are open,"}}},
		{"a person's office is no institution", "John Smith runs for mayor.\n\n“No comment,” Smith’s office said.",
			[]said{{"direct", "", "No comment,"}}},
		{"short words said by someone unnamed are speech, not a title", "“It is a sad day,” a union official said.",
			[]said{{"direct", "", "It is a sad day,"}}},
		{"the planemaker and the agency", "Boeing said on Wednesday it would cut jobs. “These are difficult decisions,” the planemaker said.\n\nThe Federal Aviation Administration said it was reviewing the plan. “Safety comes first,” the agency said.",
			[]said{{"direct", "Boeing", "These are difficult decisions,"}, {"direct", "Federal Aviation Administration", "Safety comes first,"}}},
		{"short sentence in the paragraph after a quote is speech", "“We will win the final,” John Smith said.\n\n“We did it.”",
			[]said{{"direct", "John Smith", "We will win the final,"}, {"direct", "John Smith", "We did it."}}},
		{"the boss with a modifier fits a manager", "Arsenal manager Mikel Arteta was less happy on Sunday.\n\n“We gave away two goals,” the Spanish boss said.",
			[]said{{"direct", "Mikel Arteta", "We gave away two goals,"}}},
		{"a description that fits nobody names nobody", "John Smith spoke. “We played well tonight,” said the referee.",
			[]said{{"direct", "", "We played well tonight,"}}},
		{"verb with an infinitive is no attribution", "Mary Jones said the app and “fixed the software” as the company continued to sign up users.",
			[]said{{"partial", "Mary Jones", "fixed the software"}}},
		{"words quoted again", "“I have given many statements that were accurate, and that is enough,” Mary Jones told reporters.\n\nJones, by her own account, has given “many statements that were accurate.”",
			[]said{{"direct", "Mary Jones", "I have given many statements that were accurate, and that is enough,"}, {"partial", "Mary Jones", "many statements that were accurate."}}},
		{"British single quotes with double marks for a term", "Engineers joined the “Manhattan Project” last year. ‘You are forcing them to innovate,’ John Smith told reporters. ‘They are coming up with solutions we never thought of.’",
			[]said{{"direct", "John Smith", "You are forcing them to innovate,"}, {"direct", "John Smith", "They are coming up with solutions we never thought of."}}},
		{"single marks stay terms when speech is in double ones", "Critics call it ‘balance’ and ‘layering’. “It works,” John Smith said.",
			[]said{{"direct", "John Smith", "It works,"}}},
		{"quote within a quote in straight marks", "\"We are moving from \"selling seats\" to selling results this year,\" said John Smith.",
			[]said{{"direct", "John Smith", "We are moving from \"selling seats\" to selling results this year,"}}},
		{"unclosed inner mark is not nested", "It was called “Home (“Far Away”). “It moved me,” John Smith said.",
			[]said{{"direct", "John Smith", "It moved me,"}}},
		{"words talked about are no quote", "“Hypothetically speaking” isn’t the same as certainty. “Plant based diet” often means less meat.", nil},
		{"numbers are no quote", "The last four digits were “4242” on the card.\n\n“4242”", nil},
		{"code is no quote", "{\"name\":\"Payment complete.\",\"status\":\"Approved now.\"}", nil},
		{"according to after the quote", "“We are not leaving,” according to Maria Gonzalez.", []said{{"direct", "Maria Gonzalez", "We are not leaving,"}}},
		{"according to opening the sentence", "According to Maria Gonzalez, the plan was “a total failure from the start.”",
			[]said{{"partial", "Maria Gonzalez", "a total failure from the start."}}},
		{"appositive name before the verb", "“We are not leaving,” the mayor, Maria Gonzalez, said.", []said{{"direct", "Maria Gonzalez", "We are not leaving,"}}},
		{"one-word sentence after a quote", "“We are not leaving,” Maria Gonzalez, 34, said. “Never.”",
			[]said{{"direct", "Maria Gonzalez", "We are not leaving,"}, {"direct", "Maria Gonzalez", "Never."}}},
		{"one-word surname before a relative clause", "In an interview, Gonzalez, who has led the city since 2015, said: “We are not leaving.”",
			[]said{{"direct", "Gonzalez", "We are not leaving."}}},
		{"pronoun of the other gender than the last speaker", "Mary Smith met John Brown on Monday.\n\n“We will win,” Smith said.\n\n“No,” he said.",
			[]said{{"direct", "Mary Smith", "We will win,"}, {"direct", "John Brown", "No,"}}},
		{"possessive pronoun before a colon", "Maria Gonzalez gave a short answer. Her response: “We are not leaving the city.”",
			[]said{{"direct", "Maria Gonzalez", "We are not leaving the city."}}},
		{"signature after a dash", "“We are not leaving the city.” — Maria Gonzalez", []said{{"direct", "Maria Gonzalez", "We are not leaving the city."}}},
		{"a dash credit gives no partial quote a speaker", "The program uses what is known as “science of reading.” – Wisconsin Public Radio", nil},
		{"one-word surname before an appositive", "Maria Gonzalez ran.\n\n“It is a disgrace,” Gonzalez, a Democrat, said of the vote.",
			[]said{{"direct", "Maria Gonzalez", "It is a disgrace,"}}},
		{"unknown one-word surname before an appositive", "“It is a disgrace,” Gonzalez, a Democrat, said of the vote.",
			[]said{{"direct", "Gonzalez", "It is a disgrace,"}}},
		{"so-called makes scare quotes", "Maria Gonzalez said the so-called “experts” were wrong about the bridge.", nil},
		{"according to a description then the name", "According to his aunt, Jane Starner, “He was brilliant from the start.”",
			[]said{{"direct", "Jane Starner", "He was brilliant from the start."}}},
		{"closing mark lost at the paragraph end", "Mary Jones said the release “gives us hope for the talks that will follow.\n\nThe talks begin on Monday.",
			[]said{{"partial", "Mary Jones", "gives us hope for the talks that will follow."}}},
		{"wrong closing mark is not closed by the paragraph", "They found what they called “subliminal learning’, a kind of semantic leakage.\n\nIt spread.", nil},
		{"they is not the organization told", "“We are heartbroken,” the parents told CNN on Monday. “We want answers,” they said.",
			[]said{{"direct", "", "We are heartbroken,"}, {"direct", "", "We want answers,"}}},
		{"possessive and an utterance noun before a colon", "Maria Gonzalez’s response was blunt: “We are not leaving the city.”",
			[]said{{"direct", "Maria Gonzalez", "We are not leaving the city."}}},
		{"possessive and another noun before a colon", "Maria Gonzalez’s lawyer put it this way: “We are not leaving the city.”",
			[]said{{"direct", "", "We are not leaving the city."}}},
		{"role words before a name with a long appositive", "“Water is hard to find beyond Earth,” study lead author Maria Lindqvist, a planetary scientist at the Polar Institute in Tromsø, Norway, and at the university, said in a statement.",
			[]said{{"direct", "Maria Lindqvist", "Water is hard to find beyond Earth,"}}},
		{"person after an organization's possessive", "“Google leads,” said the Acme Group’s Mary Jones.", []said{{"direct", "Mary Jones", "Google leads,"}}},
		{"a clause after the name is no appositive", "“Please get me out of here,” John Smith, 45, was heard shouting before police said he fled.",
			[]said{{"direct", "", "Please get me out of here,"}}},
		{"a verb of speech used as a noun", "“We are not leaving,” Maria Gonzalez said in a tweet Monday night, calling the decision “outrageous.”",
			[]said{{"direct", "Maria Gonzalez", "We are not leaving,"}, {"partial", "Maria Gonzalez", "outrageous."}}},
		{"calling as a naming verb", "Rep. Maria Gonzalez went further, calling the bill “a gift to corporations” on Twitter.",
			[]said{{"partial", "Maria Gonzalez", "a gift to corporations"}}},
		{"double marks in an article quoting in single marks", "‘We will leave on time,’ John Smith said. ‘There will be no delay.’ ‘This deal is a sell-out,’ Mary Jones said.\n\n\"Markets hate uncertainty,\" said Ann Lee.",
			[]said{{"direct", "John Smith", "We will leave on time,"}, {"direct", "John Smith", "There will be no delay."}, {"direct", "Mary Jones", "This deal is a sell-out,"}, {"direct", "Ann Lee", "Markets hate uncertainty,"}}},
		{"the listener after a preposition is no subject", "Speaking to the BBC, the Chancellor, Sajid Javid, said: “The economy is strong.”",
			[]said{{"direct", "Sajid Javid", "The economy is strong."}}},
		{"promised as a verb of speech", "Mary Jones, who took over in March, has promised investors “disciplined growth” next year.",
			[]said{{"partial", "Mary Jones", "disciplined growth"}}},
		{"unnamed speaker of a quote over paragraphs", "“We will win,” John Smith said.\n\n“The first part goes here.\n\n“And the second part,” a rival said.",
			[]said{{"direct", "John Smith", "We will win,"}, {"direct", "", "The first part goes here."}, {"direct", "", "And the second part,"}}},
		{"according to a statement from", "“We will appeal,” according to a statement from Acme Corp.", []said{{"direct", "Acme Corp.", "We will appeal,"}}},
		{"according to a statement opening the sentence", "According to a statement from Acme Corp., the ruling was “deeply flawed.”",
			[]said{{"partial", "Acme Corp.", "deeply flawed."}}},
		{"name inside a relative clause is no subject", "The letter, which was obtained by Acme Corp., claimed that the firms had “reached a deal on prices.”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []said
			for _, q := range find(tt.in) {
				got = append(got, said{q.Kind, q.Speaker, q.Text})
				if tt.in[q.Start:q.End] != q.Text {
					t.Errorf("Text[%d:%d] = %q, quote text %q", q.Start, q.End, tt.in[q.Start:q.End], q.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("“We will win,” said John Smith. \"Straight\" ‘single’ “open\n\n“and on,” he said.")
	f.Add("John Smith said Wednesday that the plan would work, and it did.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range find(s) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("quote [%d,%d) outside %d bytes", q.Start, q.End, len(s))
			}
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("Text[%d:%d] = %q, quote text %q", q.Start, q.End, s[q.Start:q.End], q.Text)
			}
		}
	})
}

func ExampleFind() {
	s := "The summit “is of huge significance,” Kremlin aide Yuri Ushakov told reporters. “It will be the main event of the summer.”"
	d := text.Analyze(s)
	for _, q := range Find(d, entities.Find(d, entities.NewNames(), entities.Options{}), Options{}) {
		fmt.Printf("%s %s: %s\n", q.Kind, q.Speaker, q.Text)
	}
	// Output:
	// partial Yuri Ushakov: is of huge significance,
	// direct Yuri Ushakov: It will be the main event of the summer.
}

func TestPostAuthor(t *testing.T) {
	s := "Donald Trump spoke on Thursday.\n\nWe will have a “very good” meeting, believe me!"
	d := text.Analyze(s)
	start := len("Donald Trump spoke on Thursday.\n\n")
	posts := []Post{{Start: start, End: len(s), Author: "Donald Trump", Handle: "@realDonaldTrump"}}
	got := Find(d, entities.Find(d, names, entities.Options{}), Options{Posts: posts})
	if len(got) != 1 || got[0].Speaker != "Donald Trump" || got[0].Text != "very good" {
		t.Errorf("got %+v, want the post author's partial quote", got)
	}
	if got := Find(d, entities.Find(d, names, entities.Options{}), Options{}); len(got) != 0 {
		t.Errorf("without the post: got %+v, want nothing (a scare quote)", got)
	}
}
