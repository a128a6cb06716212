package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/ledehq/lede/understand/text"
)

var testPlaces = map[string]bool{"Charlotte": true, "Quillport": true, "Moscow": true, "Russia": true, "U.S.": true, "Helsinki": true, "Finland": true, "Texas": true, "Paris": true, "Georgia": true}

func known(name string) bool { return testPlaces[name] }

// maybePlace stands for a gazetteer lookup of small towns.
func maybePlace(name string) bool {
	return name == "Zorvaville" || name == "Zorvaville Falls" || name == "Lina Harbor" || name == "Tarn Ridge" || name == "Crystal" || name == "Jupiter" || name == "Charlotte" || name == "Ky." || testPlaces[name]
}

type ent struct {
	Kind    Kind
	Name    string
	Aliases []string
	Role    string
}

func find(s string) []ent {
	r := Find(text.Analyze(s), nil, Options{Known: known, MaybePlace: maybePlace, TownName: func(n string) bool {
		return n == "Quillport" || n == "Crystal" || n == "Zorvaville" || n == "Zorvaville Falls"
	}})
	var out []ent
	for _, e := range r.Entities {
		out = append(out, ent{e.Kind, e.Name, e.Aliases, e.Role})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ent
	}{
		{"title and short forms", "Vice President Mike Pence spoke. Later, Pence left. Mr. Pence returned.",
			[]ent{{Person, "Mike Pence", []string{"Pence"}, "Vice President"}}},
		{"middle initial and handle", "Donald Trump spoke.\n\n— Donald J. Trump (@realDonaldTrump) June 28, 2018\n\nTrump left.",
			[]ent{{Person, "Donald Trump", []string{"Donald J. Trump", "Trump", "@realDonaldTrump"}, ""}}},
		{"role before", "The summit matters, Kremlin foreign-policy aide Yuri Ushakov told reporters.",
			[]ent{{Organization, "Kremlin", nil, ""}, {Person, "Yuri Ushakov", nil, "Kremlin foreign-policy aide"}}},
		{"appositive role", "It works, said Andrey Kortunov, head of the Russian International Affairs Council, a group.",
			[]ent{{Person, "Andrey Kortunov", nil, "head of the Russian International Affairs Council"}, {Organization, "Russian International Affairs Council", nil, ""}}},
		{"places and title prefix", "Putin hosted U.S. National Security Adviser John Bolton in Moscow, Russia.",
			[]ent{{Place, "U.S.", nil, ""}, {Person, "John Bolton", nil, "U.S. National Security Adviser"}, {Place, "Moscow", nil, ""}, {Place, "Russia", nil, ""}}},
		{"acronym alias", "The Federal Bureau of Investigation (FBI) said so. FBI agents came.",
			[]ent{{Organization, "Federal Bureau of Investigation", []string{"FBI"}, ""}}},
		{"sentence-initial common word", "Unusually, the talks ended. Officials said talks would go on in Paris.",
			[]ent{{Place, "Paris", nil, ""}}},
		{"unknown single word is left out", "Smith went home after it was over.", nil},
		{"a name before who", "Tavi Orlund, who founded the shop, died on Monday.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a post before who is no name", "Each couple works with a Catering Planner, who helps.", nil},
		{"a name before a possessive and kin", "Tavi Orlund's wife spoke first.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name after written by", "The article was written by Tavi Orlund.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name after a work and by", "The book, by Tavi Orlund, came out in March.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name before a verb only people do", "Tavi Orlund was born in a small village.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name after a verb done to people", "Police arrested Tavi Orlund on Friday.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name that modifies a noun after such a verb", "Voters elected Tarn Vale officials again.", nil},
		{"a name after identified as", "Police identified the victim as Tavi Orlund.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name set off after a noun for people", "The suspect, Tavi Orlund, was held.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name after a noun of kin and its owner", "He began dating her daughter Tavi Orlund in the 1990s.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name after a lower-case noun of what someone is", "Chinese dissident Tavi Orlund was freed on Monday.",
			[]ent{{Person, "Tavi Orlund", nil, "Chinese dissident"}}},
		{"a name before himself", "Tavi Orlund himself denied the report.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name before and his wife", "Tavi Orlund and his wife moved to the coast.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name before a party tag", "Tavi Orlund (D-Calif.) voted against it.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name after the late", "The late Tavi Orlund built the house.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a name sworn in", "Tavi Orlund was sworn in on Tuesday.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a surname with the Arabic article", "President Qadir al-Hasani met them. Later, Hasani left.",
			[]ent{{Person, "Qadir al-Hasani", []string{"Hasani"}, "President"}}},
		{"a name signing a quote", "“The fight goes on.” – Tavi Orlund\n\nThe vote is next week.", []ent{{Person, "Tavi Orlund", nil, ""}}},
		{"a namesake before its noun is no person", "He was treated at the Mira Quell hospital for weeks.", nil},
		{"a given name right after an organization noun", "Shares of beauty company Mira rose on Monday.",
			[]ent{{Organization, "Mira", nil, ""}}},
		{"two parties hyphenated before a noun of pairing", "The Mira-Jane Roe deal closed. Jane Roe was pleased.",
			[]ent{{Person, "Jane Roe", []string{"Roe"}, ""}}},
		{"a hyphenated given name before a verb", "Mary-Kate Quill spoke at the show.",
			[]ent{{Person, "Mary-Kate Quill", nil, ""}}},
		{"islands named as such", "They sailed on Pellow Island and off the Varrick Islands.",
			[]ent{{Place, "Pellow Island", nil, ""}, {Place, "Varrick Islands", nil, ""}}},
		{"a beach written in lower case elsewhere", "Seals lay on Sixty Rod beach. Later he walked on Sixty Rod Beach.",
			[]ent{{Place, "Sixty Rod Beach", nil, ""}}},
		{"a person named Beach", "The family of Jim Beach said no.", []ent{{Person, "Jim Beach", nil, ""}}},
		{"an island name opening a sentence is no place", "Treasure Island is a book.", nil},
		{"a town before -based where an employer is expected", "He is head of Zorvaville-based Tarn Fish Company, they said.",
			[]ent{{Place, "Zorvaville", nil, ""}, {Organization, "Tarn Fish Company", nil, ""}}},
		{"a region after a country's possessive", "Boats came to Finland's Zorvaville, and left.",
			[]ent{{Place, "Finland", nil, ""}, {Place, "Zorvaville", nil, ""}}},
		{"a possessive before a longer name", "It was Finland's Crystal Brant who won.",
			[]ent{{Place, "Finland", nil, ""}, {Person, "Crystal Brant", nil, ""}}},
		{"a place named with its kind", "It happened in the town of Quellbury and the island of Tarn Mor.",
			[]ent{{Place, "Quellbury", nil, ""}, {Place, "Tarn Mor", nil, ""}}},
		{"a given name after the kind is left to context", "The city of Sally was not named.", nil},
		{"a given-name town before a two-letter state abbreviation", "They met in Crystal, Ky., on Friday. Acme, Co. agreed.",
			[]ent{{Place, "Crystal", nil, ""}, {Place, "Ky.", nil, ""}}},
		{"an unknown town inside a known place", "The man from Quellbury in Finland was ill.",
			[]ent{{Place, "Finland", nil, ""}, {Place, "Quellbury", nil, ""}}},
		{"a surname before in and a place", "Ada Quell spoke. A letter from Quell in Finland came.",
			[]ent{{Person, "Ada Quell", []string{"Quell"}, ""}, {Place, "Finland", nil, ""}}},
		{"a county in a place's position", "Fires burned in Quell County. The Quell County Health Department said so.",
			[]ent{{Place, "Quell County", nil, ""}, {Organization, "Quell County Health Department", nil, ""}}},
		{"a business named after a place", "Quillport Crumb opened. Quillport Crumb grew. Later Quillport Crumb sold bread in Helsinki.",
			[]ent{{Organization, "Quillport Crumb", nil, ""}, {Place, "Helsinki", nil, ""}}},
		{"a place and a word written alone too", "Helsinki Crumb opened. Helsinki Crumb grew. Helsinki Crumb sold. Crumb left.",
			[]ent{{Place, "Helsinki", nil, ""}}},
		{"a compass word and a town in context", "The cows were in South Zorvaville last week.",
			[]ent{{Place, "South Zorvaville", nil, ""}}},
		{"single word that speaks is a person", "Smith said it was over.", []ent{{Kind: Person, Name: "Smith"}}},
		{"single word after an inverted verb", "“It was over,” said Oza in a note.", []ent{{Kind: Person, Name: "Oza"}}},
		{"adverb between name and verb", "Noem later tweeted that it was over.", []ent{{Kind: Person, Name: "Noem"}}},
		{"single word written in lower case too is no name", "Rich said he was rich.", nil},
		{"two particles", "Ursula von der Leyen met the press. Von der Leyen said the talks went well.",
			[]ent{{Person, "Ursula von der Leyen", []string{"Von der Leyen"}, ""}}},
		{"patronymic", "Osama bin Laden was killed. Officials said bin Laden was hiding.",
			[]ent{{Person, "Osama bin Laden", []string{"Laden"}, ""}}},
		{"hyphenated given name", "Jean-Claude Juncker spoke. Juncker left.",
			[]ent{{Person, "Jean-Claude Juncker", []string{"Juncker"}, ""}}},
		{"initials written together", "J.K. Rowling published a book. Rowling was pleased.",
			[]ent{{Person, "J.K. Rowling", []string{"Rowling"}, ""}}},
		{"title word as surname before a suffix", "Martin Luther King Jr. spoke in 1963. King was cheered.",
			[]ent{{Person, "Martin Luther King Jr.", []string{"King"}, ""}}},
		{"list letter is no initial", "A. Machine learning comes first.", nil},
		{"job title is no surname", "Brand Engagement Manager Tove Lindqvist spoke.", []ent{{Person, "Tove Lindqvist", nil, "Brand Engagement Manager"}}},
		{"town after a locative preposition", "Teachers from schools near Zorvaville left at dawn.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town before a known region", "The studio is based in Zorvaville, Texas, and hires.", []ent{{Kind: Place, Name: "Texas"}, {Kind: Place, Name: "Zorvaville"}}},
		{"possessive after in is no town", "Nothing changed in Zorvaville's case.", nil},
		{"given name after in is no town", "He bought a controller in Crystal for $39.", nil},
		{"planet is no town", "The mission flew to Jupiter and near Jupiter.", nil},
		{"dateline with its country", "PARIS, FINLAND (Wirewire) - The vote was held.",
			[]ent{{Place, "Paris", []string{"PARIS"}, ""}, {Place, "Finland", []string{"FINLAND"}, ""}, {Kind: Organization, Name: "Wirewire"}}},
		{"dateline town known only in context", "ZORVAVILLE, Texas — The vote was held.",
			[]ent{{Place, "Zorvaville", []string{"ZORVAVILLE"}, ""}, {Kind: Place, Name: "Texas"}}},
		{"town before a postal code", "They met in Zorvaville, NJ, on Monday. The NJ team lost.",
			[]ent{{Kind: Place, Name: "Zorvaville"}, {Kind: Place, Name: "NJ"}}},
		{"given name that is a known place", "Georgia Okonkwo runs a shop. Later Georgia said she was happy. She lives in Georgia.",
			[]ent{{Person, "Georgia Okonkwo", []string{"Georgia"}, ""}, {Kind: Place, Name: "Georgia"}}},
		{"noun as surname after a given name", "Mara Price, the gallery's director, said it was sold out.",
			[]ent{{Person, "Mara Price", nil, "the gallery's director"}}},
		{"thing named after a person", "The Ada Lovelace Space Telescope and the Robert Fenwick Memorial opened.", nil},
		{"organization then person", "He said Envoy to the European Union Gordon Quill was there.",
			[]ent{{Kind: Organization, Name: "European Union"}, {Person, "Gordon Quill", nil, "Envoy to the European Union"}}},
		{"acronym then person", "Brenmoor DL Larry Okafor was suspended.", []ent{{Kind: Person, Name: "Larry Okafor"}}},
		{"place after of", "The occupation by Russia of Finland went on.",
			[]ent{{Kind: Place, Name: "Russia"}, {Kind: Place, Name: "Finland"}}},
		{"organization then place", "He is the National Security Council Finland expert.",
			[]ent{{Kind: Organization, Name: "National Security Council"}, {Kind: Place, Name: "Finland"}}},
		{"title word after of", "A Department of Justice filing says so.", []ent{{Kind: Organization, Name: "Department of Justice"}}},
		{"title word before an organization word", "He won three Premier League titles.", []ent{{Kind: Organization, Name: "Premier League"}}},
		{"hyphenated organization word", "He told the Quillport Post-Gazette so.", []ent{{Kind: Organization, Name: "Quillport Post-Gazette"}}},
		{"corporate suffix", "Brindle Foods Inc. said sales rose. Brindle Foods is based in Texas.",
			[]ent{{Organization, "Brindle Foods Inc.", []string{"Brindle Foods"}, ""}, {Kind: Place, Name: "Texas"}}},
		{"nationality before a government body", "The British Foreign Office said no. A Foreign Office aide left.",
			[]ent{{Organization, "British Foreign Office", []string{"Foreign Office"}, ""}}},
		{"inner capital makes a brand", "The deal was announced by ZentaWork on Monday.", []ent{{Kind: Organization, Name: "ZentaWork"}}},
		{"a screen name in apposition to a forum user is a person", "NightOwl, a forum user who joined early, wants answers. NightOwl told me so.",
			[]ent{{Kind: Person, Name: "NightOwl"}}},
		{"a screen name in lower case after user", "“I’m trying the blue ones next,” wrote user petal1984.",
			[]ent{{Kind: Person, Name: "petal1984"}}},
		{"a screen name between commas before a verb of speech", "As one buyer, mossy77, wrote to me, it works.",
			[]ent{{Kind: Person, Name: "mossy77"}}},
		{"a model number is no screen name", "He bought an mp3 player and a usb3 cable, which worked.", nil},
		{"one word after a title keeps the titled form as an alias", "“It works,” Dr. Moth said. Moth left.",
			[]ent{{Kind: Person, Name: "Moth", Aliases: []string{"Dr. Moth"}, Role: "Dr."}}},
		{"a name whose verb governs its is a body", "On Monday, Rising Tide published its analysis. Jobs on Rising Tide vary.",
			[]ent{{Kind: Organization, Name: "Rising Tide"}}},
		{"a storm doing things to its path is no body", "On Monday, Hurricane Zelda made its landfall near the coast.", nil},
		{"Day after a given name is a surname", "Mayor Jo Day spoke on Monday. Later, Day left.",
			[]ent{{Kind: Person, Name: "Jo Day", Aliases: []string{"Day"}, Role: "Mayor"}}},
		{"a holiday stays no person", "Crowds gathered on Labor Day and Election Day.", nil},
		{"a numbered court keeps its number", "The 7th Circuit Court of Review in Quillport ruled.",
			[]ent{{Kind: Organization, Name: "7th Circuit Court of Review"}, {Kind: Place, Name: "Quillport"}}},
		{"a title, a name and the county the person is of", "“It is fair,” said Mayor Dale Horvath of Ohio County.",
			[]ent{{Kind: Person, Name: "Dale Horvath", Role: "Mayor"}, {Kind: Place, Name: "Ohio County"}}},
		{"a local office as a title", "“It is fair,” said Supervisor Ana Ruiz.",
			[]ent{{Kind: Person, Name: "Ana Ruiz", Role: "Supervisor"}}},
		{"a ministry and its remit before a full name", "After lunch, State Secretary at the Ministry of Trade Dale Horvath said it was simple.",
			[]ent{{Kind: Organization, Name: "Ministry of Trade"}, {Kind: Person, Name: "Dale Horvath"}}},
		{"a list of towns the gazetteer has", "That list also includes Zorvaville Falls, Lina Harbor and Tarn Ridge.",
			[]ent{{Kind: Place, Name: "Zorvaville Falls"}, {Kind: Place, Name: "Lina Harbor"}, {Kind: Place, Name: "Tarn Ridge"}}},
		{"towns after a plural noun of places", "Valley towns such as Lina Harbor and Tarn Ridge voted.",
			[]ent{{Kind: Place, Name: "Lina Harbor"}, {Kind: Place, Name: "Tarn Ridge"}}},
		{"a town opening with a given name, alone, is left to context", "Lina Harbor spoke.", []ent{{Kind: Person, Name: "Lina Harbor"}}},
		{"a list of people stays people", "Guests included Ana Ruiz, Tom Vance and Dale Horvath.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}, {Kind: Person, Name: "Tom Vance"}, {Kind: Person, Name: "Dale Horvath"}}},
		{"a second remit after and", "The Quill Office for Flood Protection and Recovery said so.",
			[]ent{{Kind: Organization, Name: "Quill Office for Flood Protection and Recovery"}}},
		{"a university's campus after a comma", "She studied at the University of Quillport, Zorvaville Falls, before moving.",
			[]ent{{Kind: Organization, Name: "University of Quillport, Zorvaville Falls"}}},
		{"a plural role noun opening a list of names", "Defendants Ana Ruiz and Tom Vance were charged.",
			[]ent{{Kind: Person, Name: "Ana Ruiz"}, {Kind: Person, Name: "Tom Vance"}}},
		{"a town after a person's age", "Tom Vance, 30, of Zorvaville was charged.",
			[]ent{{Kind: Person, Name: "Tom Vance"}, {Kind: Place, Name: "Zorvaville"}}},
		{"a county as the subject", "Quillmor County already declared an emergency.",
			[]ent{{Kind: Place, Name: "Quillmor County"}}},
		{"a county before a title and a name", "Quillmor County Executive Ana Ruiz said so.",
			[]ent{{Kind: Place, Name: "Quillmor County"}, {Kind: Person, Name: "Ana Ruiz", Role: "Quillmor County Executive"}}},
		{"a county's office is a body", "The Quillmor County Sheriff Office said so.",
			[]ent{{Kind: Organization, Name: "Quillmor County Sheriff Office"}}},
		{"a brand in apposition to a member stays a brand", "ZentaWork, a member of the alliance, wants answers. ZentaWork said so.",
			[]ent{{Kind: Organization, Name: "ZentaWork"}}},
		{"inner capital of a product", "Quillcorp sells the AirBuds. Quillcorp AirBuds 2 cost $99.", nil},
		{"random identifier is no brand", "Use code XPxUJuyIAC today.", nil},
		{"model number is no organization", "The PS4 and the RAV4 were sold.", nil},
		{"shouted line names no organization", "FRANCE WINS AGAIN\nThe match ended.", nil},
		{"list of organizations", "The agency picked Zentrix, Quillcorp, Brandel Aerospace, Moon Harbor and Orvex Systems.",
			[]ent{{Kind: Organization, Name: "Brandel Aerospace"}, {Kind: Organization, Name: "Orvex Systems"}, {Kind: Organization, Name: "Quillcorp"},
				{Kind: Organization, Name: "Zentrix"}, {Kind: Organization, Name: "Moon Harbor"}}},
		{"list of people", "Zorvek Orlovsky and Alexander Brandt beat the pair.",
			[]ent{{Kind: Person, Name: "Alexander Brandt"}, {Kind: Person, Name: "Zorvek Orlovsky"}}},
		{"owners are no list items", "Jeff Tamsin’s Blue Harbor and Elon Varga’s rocket flew.",
			[]ent{{Kind: Person, Name: "Jeff Tamsin"}, {Kind: Person, Name: "Elon Varga"}}},
		{"words written in lower case are no people of a list", "The big machine broke. Big Machine and Taylor Quill met.",
			[]ent{{Kind: Person, Name: "Taylor Quill"}}},
		{"organization noun before a journal", "It appeared in the journal Orvex Letters today.", []ent{{Kind: Organization, Name: "Orvex Letters"}}},
		{"job title after an organization", "Quillport Sports NFL Insider Jason Lacey reported it.",
			[]ent{{Kind: Organization, Name: "Quillport Sports"}, {Kind: Person, Name: "Jason Lacey"}, {Kind: Organization, Name: "NFL"}}},
		{"sports role before a name", "He beat Quillport center Maurice Dandridge twice.",
			[]ent{{Kind: Place, Name: "Quillport"}, {Person, "Maurice Dandridge", nil, "Quillport center"}}},
		{"full name whose surname comes back as a subject", "Priya Anandan led the study. Anandan found that it worked.",
			[]ent{{Person, "Priya Anandan", []string{"Anandan"}, ""}}},
		{"short form of an organization", "Brightwater Foods closed its plant. A Brightwater spokeswoman said so.",
			[]ent{{Organization, "Brightwater Foods", []string{"Brightwater"}, ""}}},
		{"sentence adverb is no given name", "Nora Vance met Paul Ortiz. Afterwards Vance posted a message.",
			[]ent{{Person, "Nora Vance", []string{"Vance"}, ""}, {Kind: Person, Name: "Paul Ortiz"}}},
		{"name set in capitals", "NORA VANCE met Paul Ortiz on Monday.\n\n“It is over,” Vance said.",
			[]ent{{Person, "NORA VANCE", []string{"Vance"}, ""}, {Kind: Person, Name: "Paul Ortiz"}}},
		{"name set in capitals, then as usual", "NORA VANCE met Paul Ortiz on Monday.\n\nNora Vance said so.",
			[]ent{{Person, "Nora Vance", []string{"NORA VANCE"}, ""}, {Kind: Person, Name: "Paul Ortiz"}}},
		{"office named by its remit", "The UN High Commissioner for Fisheries said no.",
			[]ent{{Kind: Organization, Name: "UN High Commissioner for Fisheries"}}},
		{"place and party word is a description", "“It is over,” the Brenmoor Republican said.", nil},
		{"employer before a role", "Hours earlier, Hawks coach Bruno Dessal spoke. The Hawks won.",
			[]ent{{Person, "Bruno Dessal", nil, "Hawks coach"}, {Kind: Organization, Name: "Hawks"}}},
		{"qualifier before a role is no employer", "Republican strategist Ann Lee said no. Oscar-winning actress Mary Stone came.",
			[]ent{{Person, "Ann Lee", nil, "Republican strategist"}, {Person, "Mary Stone", nil, "Oscar-winning actress"}}},
		{"told the newsroom", "Varga told the Brenmoor Leader on Monday that it worked.",
			[]ent{{Kind: Organization, Name: "Brenmoor Leader"}, {Kind: Person, Name: "Varga"}}},
		{"a document of the source", "Sales fell, according to the Brenmoor Facts report.", nil},
		{"name of a known country", "Yasutaka Mori of Finland lost.",
			[]ent{{Kind: Person, Name: "Yasutaka Mori"}, {Kind: Place, Name: "Finland"}}},
		{"title of a country is no name", "He is a Senior Advocate of Finland.", nil},
		{"country's athlete", "Finland’s Novak Djokavic won.", []ent{{Kind: Place, Name: "Finland"}, {Kind: Person, Name: "Novak Djokavic"}}},
		{"two particles", "He beat Botic van de Zandhorst twice.", []ent{{Kind: Person, Name: "Botic van de Zandhorst"}}},
		{"hyphenated given name with an unlisted half", "Jo-Marten Tsongard won.", []ent{{Kind: Person, Name: "Jo-Marten Tsongard"}}},
		{"Chinese name He", "He met Vice Premier Wu He on Monday.", []ent{{Person, "Wu He", nil, "Vice Premier"}}},
		{"employer after a title", "said Dara Tipp, CEO of Brenmoor Bakes North Region, on Monday.",
			[]ent{{Person, "Dara Tipp", nil, "CEO of Brenmoor Bakes North Region"}, {Kind: Organization, Name: "Brenmoor Bakes North Region"}}},
		{"portfolio after a title is no employer", "said the Minister of Finance on Monday.", nil},
		{"court of justice", "It cited the International Court of Justice.", []ent{{Kind: Organization, Name: "International Court of Justice"}}},
		{"legal name opening a quotation", "It filed as “Moving Brenmoor Holdings Inc.” in May. Moving was hard.",
			[]ent{{Organization, "Moving Brenmoor Holdings Inc.", []string{"Moving Brenmoor Holdings"}, ""}}},
		{"position abbreviation before a name", "Hawks DL Tomas Brandt spoke. Brandt left.",
			[]ent{{Person, "Tomas Brandt", []string{"Brandt"}, ""}}},
		{"head is also a body part", "Mason Rudd fell. Okafor struck Rudd in the head with Rudd's bat.",
			[]ent{{Person, "Mason Rudd", []string{"Rudd"}, ""}}},
		{"known institution before a title", "“We pray,” said White House Press Secretary Nora Grell.",
			[]ent{{Kind: Organization, Name: "White House"}, {Person, "Nora Grell", nil, "White House Press Secretary"}}},
		{"person of an employer with an organization word", "Mary Jones of Acme Labs said it worked.",
			[]ent{{Kind: Person, Name: "Mary Jones"}, {Kind: Organization, Name: "Acme Labs"}}},
		{"nationality adjective is no short form", "The Arab League met. Two Arab states objected.", []ent{{Kind: Organization, Name: "Arab League"}}},
		{"words in capitals that are no name", "IT WILL NOT WORK, he said. It will not work.", nil},
		{"hyphenated role noun", "He met Chinese vice-premier Wu Hesong on Monday.", []ent{{Person, "Wu Hesong", nil, "Chinese vice-premier"}}},
		{"known organization with a capitalised function word", "He said, via USA Today, that it was over.", []ent{{Kind: Organization, Name: "USA Today"}}},
		{"institution in a title-case line", "Provided by Nordic Fisheries Agency", []ent{{Kind: Organization, Name: "Nordic Fisheries Agency"}}},
		{"venue in a title-case line", "Jul 12 Brenmoor Sky Amphitheatre Quill Beach", nil},
		{"club named like its city in a list of clubs", "He coached Helsinki, Quillport FC and Zorva United FC.",
			[]ent{{Kind: Organization, Name: "Quillport FC"}, {Kind: Organization, Name: "Zorva United FC"}, {Kind: Organization, Name: "Helsinki"}}},
		{"an organization's city in a list", "Teams from Brenmoor University, Helsinki, and the Quillport Institute met.",
			[]ent{{Kind: Organization, Name: "Brenmoor University"}, {Kind: Place, Name: "Helsinki"}, {Kind: Organization, Name: "Quillport Institute"}}},
		{"and inside one body's name", "The Brenmoor Securities and Exchange Commission sued. Ceres Robotics and Tyvak Space Systems bid.",
			[]ent{{Kind: Organization, Name: "Brenmoor Securities and Exchange Commission"},
				{Kind: Organization, Name: "Ceres Robotics"}, {Kind: Organization, Name: "Tyvak Space Systems"}}},
		{"shouted word is no acronym", "Read this BEFORE you buy. It is the ONLY one.", nil},
		{"tournament group", "They won Group C on Monday.", nil},
		{"title, name, country", "He met President Xi Jinpeng of Finland.", []ent{{Person, "Xi Jinpeng", nil, "President"}, {Kind: Place, Name: "Finland"}}},
		{"military title without periods", "Lt Col Alexander Vindel testified.", []ent{{Person, "Alexander Vindel", nil, "Lt Col"}}},
		{"given name that is a common word before common words", "It is all you will ever need. Will Ever Need is a slogan.", nil},
		{"country code before a title", "It was announced by U.S. Secretary of State Ada Quill. We told us so.",
			[]ent{{Kind: Place, Name: "U.S."}, {Person, "Ada Quill", nil, "U.S. Secretary of State"}}},
		{"town before a state in a title-case line", "June 9 -- Brenmoor Sky Arena, Zorvaville Falls, Texas",
			[]ent{{Kind: Place, Name: "Zorvaville Falls"}, {Kind: Place, Name: "Texas"}}},
		{"town before a based", "A Zorvaville-based firm hired him.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town before a place noun", "Food reached the Zorvaville camp.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town before an organization noun", "Last week the Zorvaville entertainment giant opened.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town after from", "A man from Zorvaville won.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"town before a brand", "It carries the Zorvaville performance car brand name.", nil},
		{"compass word before a country, the part named whole", "Smog covers North Finland every winter.", []ent{{Kind: Place, Name: "North Finland"}}},
		{"place-word surname back alone as a subject", "Lena Park runs the shelter.\n\n“We are full,” Park said.",
			[]ent{{Person, "Lena Park", []string{"Park"}, ""}}},
		{"a person's spokeswoman", "Governor Ray Hale spoke. “It is fair,” a spokeswoman for Hale said.",
			[]ent{{Person, "Ray Hale", []string{"Hale"}, "Governor"}}},
		{"an analyst at a firm named like a person", "“It is fair,” said an analyst at Miller Quade.",
			[]ent{{Kind: Organization, Name: "Miller Quade"}}},
		{"appositive name after a role", "The leader of the party, Rachid Mansour, condemned the attack.",
			[]ent{{Kind: Person, Name: "Rachid Mansour"}}},
		{"age after a name whose first word is a town", "Helsinki Okafor, 41, opened the shop.",
			[]ent{{Kind: Person, Name: "Helsinki Okafor"}}},
		{"family member by given name", "His wife Sally, 41, said so.", []ent{{Kind: Person, Name: "Sally"}}},
		{"given-name-like word opening a title", "Star Quest Legends is a game. The star shone.", nil},
		{"capitalised role noun before a non-given name", "Star Wars Legends is a game. The star shone.", nil},
		{"word with digits is no name", "Brent LCOc1 rose on Monday.", nil},
		{"a company's works", "The studio Tequila Works made it.", []ent{{Kind: Organization, Name: "Tequila Works"}}},
		{"named storms and places are no people", "Lawmakers on Capitol Hill agreed. Tropical Storm Harvey flooded Texas. The town of Jackson Hole hosted it.",
			[]ent{{Kind: Place, Name: "Texas"}, {Kind: Place, Name: "Jackson Hole"}}}, // (a place named with its kind)
		{"a given name that is a state before a last organization word", "Virginia Tech won. Georgia Power raised rates. The Power Delivery Wall Charger sold.",
			[]ent{{Kind: Organization, Name: "Virginia Tech"}, {Kind: Organization, Name: "Georgia Power"}}},
		{"square named after an organization word", "They met near Times Square and in the West Wing.", nil},
		{"town of", "Police in the northwestern town of Zorvaville arrested two men.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"compass adjective after in", "Floods in eastern Zorvaville displaced thousands.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"one word of a place", "Aid needs the Government of Finland to agree.", []ent{{Kind: Place, Name: "Finland"}}},
		{"destination after a motion verb", "We had been to Zorvaville, twice. He talked to Zorvaville officials.",
			[]ent{{Kind: Place, Name: "Zorvaville"}}},
		{"firm named like a person among firms", "Shares of Brenmoor Group, Quill Capital and Charles Wexley fell.",
			[]ent{{Kind: Organization, Name: "Brenmoor Group"}, {Kind: Organization, Name: "Quill Capital"}, {Kind: Organization, Name: "Charles Wexley"}}},
		{"person among organizations with an appositive", "Leaders of Brenmoor Group, Quill Capital and Alex Azzaro, the secretary, met.",
			[]ent{{Kind: Organization, Name: "Brenmoor Group"}, {Kind: Organization, Name: "Quill Capital"}, {Person, "Alex Azzaro", nil, "the secretary"}}},
		{"two-word employer before a role", "Merrill Quade analyst Jane Doe said so.",
			[]ent{{Kind: Organization, Name: "Merrill Quade"}, {Person, "Jane Doe", nil, "Merrill Quade analyst"}}},
		{"role then name", "President of the Finland Donald Trumble spoke. Envoy to the European Union Gordon Quill left.",
			[]ent{{Kind: Place, Name: "Finland"}, {Person, "Donald Trumble", nil, "President of the Finland"},
				{Kind: Organization, Name: "European Union"}, {Person, "Gordon Quill", nil, "Envoy to the European Union"}}},
		{"club-name endings", "Redford Rovers have sacked their manager. Harmon Athletic sacked manager Ian Pell.",
			[]ent{{Kind: Organization, Name: "Redford Rovers"}, {Kind: Organization, Name: "Harmon Athletic"}, {Person, "Ian Pell", nil, "manager"}}},
		{"member as a role", "Council member Elena Ruiz spoke. Tom Pell, a city council member, agreed.",
			[]ent{{Person, "Elena Ruiz", nil, "Council member"}, {Person, "Tom Pell", nil, "a city council member"}}},
		{"member of is no employer", "He was a member of the Orion 7 team.", nil},
		{"transcript label in capitals", "Anchor Mary Jones asked.\n\nJONES: “We are ready.”",
			[]ent{{Person, "Mary Jones", []string{"JONES"}, "Anchor"}}},
		{"residents of a town", "Residents of Zorvaville were told to leave.", []ent{{Kind: Place, Name: "Zorvaville"}}},
		{"team named by its plural", "He scored against the Hawks on Monday, and the Hawks lost. The Smiths left.",
			[]ent{{Kind: Organization, Name: "Hawks"}}},
		{"family is no team", "Jane Biddle spoke. Later the Biddles left, and the Biddles came back.",
			[]ent{{Person, "Jane Biddle", nil, ""}}},
		{"acronym spelling more words", "The Independent Electoral and Boundaries Commission (IEBC) said so. The IEBC left.",
			[]ent{{Organization, "Independent Electoral and Boundaries Commission", []string{"IEBC"}, ""}}},
		{"role with of", "Bank of Quillport governor Andrew Bailor warned.",
			[]ent{{Kind: Organization, Name: "Bank of Quillport"}, {Person, "Andrew Bailor", nil, "Bank of Quillport governor"}}},
		{"a bill and its number", "The measure, known as Senate Bill 8, passed the Brenmoor Legislature.",
			[]ent{{Kind: Organization, Name: "Brenmoor Legislature"}}},
		{"big city named like a given name", "The bank has offices in Charlotte and in Crystal.", []ent{{Kind: Place, Name: "Charlotte"}}},
		{"quantity noun before a legal name", "Shares of Zentrix Corp rose 4%.", []ent{{Organization, "Zentrix Corp", []string{"Zentrix"}, ""}}},
		{"employer of plural professions", "Analysts at Brenmoor raised their targets.", []ent{{Kind: Organization, Name: "Brenmoor"}}},
		{"hyphenated place that is a given name", "Orvex, a Charlotte-based startup, grew.", []ent{{Kind: Place, Name: "Charlotte"}, {Kind: Organization, Name: "Orvex"}}},
		{"occupations as roles", "Oscar winner Tomas Reyna directs. Her husband, musician Leo Varga, composed it.",
			[]ent{{Person, "Tomas Reyna", nil, "Oscar winner"}, {Person, "Leo Varga", nil, "musician"}}},
		{"a clause after a name's comma is no role", "He named them Glass Hours, after the novelist Jo Walden described them.",
			[]ent{{Person, "Jo Walden", nil, "novelist"}}},
		{"title of an award is no employer", "She won the Artist of the Decade award.", nil},
		{"two employers", "Analysts at Brenmoor and Quillcorp raised their targets.",
			[]ent{{Kind: Organization, Name: "Brenmoor"}, {Kind: Organization, Name: "Quillcorp"}}},
		{"generic words before a role are no employers", "Union president Keith Gamble spoke. Local farmer Anne Hale left.",
			[]ent{{Person, "Keith Gamble", nil, "Union president"}, {Person, "Anne Hale", nil, "Local farmer"}}},
		{"title opening a sentence before an unlisted given name", "Manager Enzo Marisco praised his side.",
			[]ent{{Person, "Enzo Marisco", nil, "Manager"}}},
		{"party-state tags are no names", "Sen. Jane Roe, R-Texas, said it. Rep. Adam Shaw, D-Calif., agreed.",
			[]ent{{Person, "Jane Roe", nil, "Sen."}, {Person, "Adam Shaw", nil, "Rep."}}},
		{"bare organization word", "Publishing the post took an hour. Publishing is hard.", nil},
		{"two complete names joined by and", "Zentrix Tech and Brenmoor Pharma lobbied.",
			[]ent{{Kind: Organization, Name: "Zentrix Tech"}, {Kind: Organization, Name: "Brenmoor Pharma"}}},
		{"institution opening with a plain word", "The Fish and Game Administration said no. Trump and Justice Department officials met.",
			[]ent{{Kind: Organization, Name: "Fish and Game Administration"}, {Kind: Organization, Name: "Justice Department"}}},
		{"two known bodies joined by and", "The United Nations and European Union objected.",
			[]ent{{Kind: Organization, Name: "United Nations"}, {Kind: Organization, Name: "European Union"}}},
		{"company ending like a business", "Lumen Vale Health cut prices. The Department of Fisheries and Quill Services agreed.",
			[]ent{{Kind: Organization, Name: "Lumen Vale Health"}, {Kind: Organization, Name: "Department of Fisheries and Quill Services"}}},
		{"collective owner inside a name", "Troops of the People’s Liberation Army met.",
			[]ent{{Kind: Organization, Name: "People’s Liberation Army"}}},
		{"commander of a district", "The commander of Brenmoor West district said so.", nil},
		{"a survey with its article", "Data came from The National Survey on Farm Work, a study.", nil},
		{"institution joined by and after a preposition", "Data came from Fisheries and Coast Protection. The Center for Quill Control and Prevention agreed.",
			[]ent{{Kind: Organization, Name: "Fisheries and Coast Protection"}, {Kind: Organization, Name: "Center for Quill Control and Prevention"}}},
		{"relative clause is no role", "Sam Reyes, who met the coach in May, left the club.", []ent{{Kind: Person, Name: "Sam Reyes"}}},
		{"a peer's title names no place", "The Duke of Finland spoke.", nil},
		{"cited source", "The graphic was provided by Quillstat. Sales fell, according to Brenmoor. Jane Lutz spoke; according to Lutz, it rose.",
			[]ent{{Person, "Jane Lutz", []string{"Lutz"}, ""}, {Kind: Organization, Name: "Quillstat"}, {Kind: Organization, Name: "Brenmoor"}}},
		{"possessive of what a company has", "Its rival cut jobs. Zentrix’s employees were told on Monday.", []ent{{Kind: Organization, Name: "Zentrix"}}},
		{"company noun after the bare name", "The union said that Zentrix employees were told on Monday.", []ent{{Kind: Organization, Name: "Zentrix"}}},
		{"sentence-initial verb before employees is no company", "Recognize employees who do well.", nil},
		{"town name that speaks is a surname", "“It works,” Quillport says.", []ent{{Kind: Person, Name: "Quillport"}}},
		{"town name that speaks resolves to the full name", "Luigi Quillport is a doctor. “It works,” says Quillport.",
			[]ent{{Person, "Luigi Quillport", []string{"Quillport"}, ""}}},
		{"town name that does not speak is a place", "They met in Quillport.", []ent{{Kind: Place, Name: "Quillport"}}},
		{"quantity noun opening a sentence", "Shares of Tata Motors rose on Monday.", []ent{{Kind: Organization, Name: "Tata Motors"}}},
		{"company that speaks of its sales", "Meanwhile, rival Maruti Suzuki said its sales fell.", []ent{{Kind: Organization, Name: "Maruti Suzuki"}}},
		{"chairman of the company before the name", "The company's chairman, Natarajan Chandrasekaran, told shareholders it was on track.",
			[]ent{{Kind: Person, Name: "Natarajan Chandrasekaran"}}},
		{"witness before a name", "Witness Maria Lopez, who lives nearby, said she heard shots.", []ent{{Kind: Person, Name: "Maria Lopez", Role: "Witness"}}},
		{"two-word surname of a full name", "Maria Delmont Ashby hosts a podcast. Later, Delmont Ashby said it works.",
			[]ent{{Person, "Maria Delmont Ashby", []string{"Delmont Ashby"}, ""}}},
		{"one-word speaker written after a determiner is a brand", "“Our cars are safe,” Audi says. The new Audi costs more.",
			[]ent{{Organization, "Audi", nil, ""}}},
		{"one-word speaker before a family noun stays a person", "“We are safe,” Kowalski says. The Kowalski family moved.",
			[]ent{{Person, "Kowalski", nil, ""}}},
		{"title with an of complement opening a sentence", "Secretary of State Ada Quill said the release gives hope.",
			[]ent{{Person, "Ada Quill", nil, "Secretary of State"}}},
		{"title with an of complement before a company's region is no name", "The plan was announced by the CEO of Acme Bakery North America today.", []ent{{Kind: Organization, Name: "Acme Bakery North America"}}},
		{"clause after a name is no role", "His spokeswoman, Rachel Hoffmeyer, said the governor supports higher pay.",
			[]ent{{Person, "Rachel Hoffmeyer", nil, ""}}},
		{"place word as a surname in a person's context", "Her spokesman, David Park, said it was over.",
			[]ent{{Person, "David Park", nil, ""}}},
		{"place word after a given name with no context is no person", "They met in Grant Park on Monday.", nil},
		{"role noun opening a sentence", "Actor Tom Hanks arrived late. The actor smiled.", []ent{{Kind: Person, Name: "Tom Hanks", Role: "Actor"}}},
		{"appositive role after an age", "Maria Lopez, 45, a singer from Texas, spoke.", []ent{{Kind: Person, Name: "Maria Lopez", Role: "a singer from Texas"}, {Kind: Place, Name: "Texas"}}},
		{"majority before a title is no part of the body", "Senate Majority Leader Mitch McConnell spoke.",
			[]ent{{Organization, "Senate", nil, ""}, {Person, "Mitch McConnell", nil, "Senate Majority Leader"}}},
		{"title opening a sentence keeps its role", "Senator Elizabeth Warren spoke first.", []ent{{Person, "Elizabeth Warren", nil, "Senator"}}},
		{"title word before a common noun is no role", "General Information is below.", nil},
		{"full name found again when its surname speaks", "Tadeusz Wroblewski went home early. Later, Wroblewski said it was over.",
			[]ent{{Person, "Tadeusz Wroblewski", []string{"Wroblewski"}, ""}}},
		{"demonym is no speaker", "Syrians said the road was closed.", nil},
		{"group noun is no speaker", "Sources said the road was closed.", nil},
		{"contraction is no speaker", "We’ve said the road was closed.", nil},
		{"brand speaks as an organization", "PayWave said its app was down.", []ent{{Kind: Organization, Name: "PayWave"}}},
		{"its makes a speaker an organization", "Zentrix said its profits fell.", []ent{{Kind: Organization, Name: "Zentrix"}}},
		{"person before the employer", "“It works,” said geologist Odalys Verhoeven of the Brenner Institute.",
			[]ent{{Person, "Odalys Verhoeven", nil, "geologist"}, {Organization, "Brenner Institute", nil, ""}}},
		{"appositive then a verb of speech", "Tadeusz Wroblewski, another deportee, said the rain came late.",
			[]ent{{Kind: Person, Name: "Tadeusz Wroblewski"}}},
		{"relative clause then a verb of speech", "Montague Okafor, who represents the family, said it was over.",
			[]ent{{Kind: Person, Name: "Montague Okafor"}}},
		{"full name again without context", "Quill Barrowman said no. Later Quill Barrowman left the room.",
			[]ent{{Kind: Person, Name: "Quill Barrowman"}}},
		{"common first word resolves to a surname", "Imports rose, said Mary E. Lovely, a fellow. “It hurts,” Lovely said.",
			[]ent{{Person, "Mary E. Lovely", []string{"Lovely"}, "a fellow"}}},
		{"dateline", "MOSCOW (Reuters) - The talks ended.", []ent{{Place, "Moscow", []string{"MOSCOW"}, ""}, {Organization, "Reuters", nil, ""}}},
		{"speech verb context for unknown given name", "Zorblat Quenk said the plan works.",
			[]ent{{Person, "Zorblat Quenk", nil, ""}}},
		{"no person from plain title case", "The Cold War ended.", nil},
		{"possessive", "Russia’s economy grew, Texas’s too.", []ent{{Place, "Russia", nil, ""}, {Place, "Texas", nil, ""}}},
		{"vehicle name", "He flew on Air Force Two.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, find(tt.in)); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMentionsMatchText(t *testing.T) {
	s := "Vice President Mike Pence met Donald Trump. Pence and Trump’s aides met the FBI in Moscow."
	r := Find(text.Analyze(s), nil, Options{Known: known})
	for _, m := range r.Mentions {
		e := r.Entities[m.Entity]
		got := s[m.Start:m.End]
		if got != e.Name && !contains(e.Aliases, got) {
			t.Errorf("mention %q of %q is neither name nor alias", got, e.Name)
		}
	}
	if len(r.Mentions) != 6 {
		t.Errorf("got %d mentions, want 6", len(r.Mentions))
	}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func FuzzFind(f *testing.F) {
	f.Add("Vice President Mike Pence said Wednesday that Donald J. Trump (@realDonaldTrump) met the FBI in Moscow.")
	f.Add("MOSCOW (Reuters) - Andrey Kortunov, head of the Council, said.")
	names := NewNames()
	f.Fuzz(func(t *testing.T, s string) {
		r := Find(text.Analyze(s), names, Options{Known: known})
		for _, m := range r.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("mention [%d,%d) outside %d bytes", m.Start, m.End, len(s))
			}
			e := r.Entities[m.Entity]
			got := s[m.Start:m.End]
			if got != e.Name && !contains(e.Aliases, got) {
				t.Fatalf("mention %q of %q is neither name nor alias", got, e.Name)
			}
			// (up to case: a tabloid lead's "NORA Quell" is named "Nora
			// Quell"; no word is invented)
			if !strings.Contains(strings.ToLower(plainSpaces(s)), strings.ToLower(e.Name)) && e.Kind != Place {
				t.Fatalf("name %q not in the text", e.Name)
			}
		}
	})
}

func ExampleFind() {
	s := "Vice President Mike Pence met Kremlin aide Yuri Ushakov. Pence said the FBI would help."
	r := Find(text.Analyze(s), NewNames(), Options{})
	for _, p := range r.People() {
		fmt.Printf("%s (%s) aliases=%q mentions=%d\n", p.Name, p.Role, p.Aliases, len(p.Mentions))
	}
	for _, o := range r.Organizations() {
		fmt.Println(o.Name)
	}
	// Output:
	// Mike Pence (Vice President) aliases=["Pence"] mentions=2
	// Yuri Ushakov (Kremlin aide) aliases=[] mentions=1
	// Kremlin
	// FBI
}

// TestManyNames runs Find over a long text of many distinct invented
// names in every construction that looks a word up across the article (it
// would take minutes if those look-ups were not indexed) and checks that
// each kind is found.
func TestManyNames(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		w := fmt.Sprintf("Qx%c%c%cn", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
		fmt.Fprintf(&b, "%sWork said it. Priya %sa led the study. %sa found it. Hawks coach Bo %s left. "+
			"%s Foods Inc. grew, and %s, Ab%s and Cd%s Group left. CEO of %s Bakes went home. "+
			"%so said it was fine. The %sos won again, and the %sos lost. He coached Paris, Quill%s FC and Zorva%s FC.\n\n",
			w, w, w, w, w, w, w, w, w, w, w, w, w, w)
	}
	r := Find(text.Analyze(b.String()), nil, Options{Known: known})
	kinds := map[Kind]int{}
	for _, e := range r.Entities {
		kinds[e.Kind]++
	}
	if kinds[Person] < 1000 || kinds[Organization] < 1000 {
		t.Errorf("found %d people and %d organizations in %d bytes", kinds[Person], kinds[Organization], b.Len())
	}
}

// TestPlaceNamesWithin checks that a place written right before another
// past a comma is named with it for geocoding, and only then.
func TestPlaceNamesWithin(t *testing.T) {
	r := Find(text.Analyze("They met in Paris, Texas. Later, in Moscow. Russia agreed."), nil, Options{Known: known})
	var got []string
	for _, e := range r.PlaceNames() {
		got = append(got, e.Name)
	}
	want := []string{"Paris, Texas", "Texas", "Moscow", "Russia"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("PlaceNames (-want +got):\n%s", diff)
	}
}
