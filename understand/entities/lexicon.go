package entities

import (
	_ "embed"
	"strings"
)

// givenNamesData is the list of given names, one a line (see data/).
//
//go:embed data/given_names.txt
var givenNamesData string

// titleHeads are the capitalised words that end a title before a name
// ("Vice President Mike Pence", "Foreign Minister Sergei Lavrov").
var titleHeads = map[string]bool{
	"President": true, "Minister": true, "Secretary": true, "Senator": true, "Sen.": true, "Rep.": true, "Representative": true,
	"Gov.": true, "Governor": true, "Mayor": true, "Judge": true, "Justice": true, "Chancellor": true, "Adviser": true, "Advisor": true,
	"Director": true, "Chairman": true, "Chairwoman": true, "Chair": true, "CEO": true, "Ambassador": true, "Commissioner": true,
	"Attorney": true, "General": true, "Gen.": true, "Lt.": true, "Col.": true, "Maj.": true, "Capt.": true, "Sgt.": true, "Adm.": true,
	"Cmdr.": true, "Lieutenant": true, "Colonel": true, "Major": true, "Captain": true, "Sergeant": true, "Admiral": true, "Commander": true,
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Pope": true, "Sheikh": true, "Emir": true, "Sultan": true,
	"Rev.": true, "Bishop": true, "Archbishop": true, "Cardinal": true, "Rabbi": true, "Imam": true, "Pastor": true,
	"Coach": true, "Speaker": true, "Leader": true, "Spokesman": true, "Spokeswoman": true, "Spokesperson": true, "Aide": true,
	"Chief": true, "Officer": true, "Detective": true, "Sheriff": true, "Deputy": true, "Premier": true, "Emperor": true,
	"Prosecutor": true, "Councilman": true, "Councilwoman": true, "Councillor": true, "Councilor": true, "Congressman": true,
	"Congresswoman": true, "Superintendent": true, "Trooper": true, "Founder": true, "Executive": true, "Economist": true,
	"Analyst": true, "Professor": true, "Prof.": true, "Dr.": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Mr": true, "Mrs": true,
	"Ms": true, "Dr": true, "Sir": true, "Dame": true, "Lord": true, "Lady": true, "Supt.": true, "Atty.": true, "Sens.": true, "Reps.": true,
	"Treasurer": true, "Auditor": true, "Comptroller": true, "Inspector": true, "Marshal": true, "Constable": true, "Delegate": true,
	"Assemblyman": true, "Assemblywoman": true, "Assemblymember": true, "Alderman": true, "Magistrate": true, "Envoy": true,
	"Hon.": true, "Justices": true, "Govs.": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "Cpl": true, "Pvt": true, "Cdr": true, "Supt": true,
	"Administrator": true, "Manager": true, "Strategist": true, "Correspondent": true, "Editor": true, "Anchor": true,
	// local offices ("Supervisor Ana Ruiz", "County Clerk Jo Day")
	"Supervisor": true, "Trustee": true, "Assessor": true, "Clerk": true, "Coroner": true, "Selectman": true,
	"Selectwoman": true, "Freeholder": true, "Legislator": true, "Councilmember": true, "Alderwoman": true,
	// abbreviations without their point, as British and Irish papers write
	// them ("Prof Ana Ruiz"), and Ireland's heads of government
	"Prof": true, "Gov": true, "Sen": true, "Rep": true, "Det": true, "Insp": true,
	"Taoiseach": true, "Tánaiste": true, "Tanaiste": true,
	// clergy and religious orders ("Father Ivo Renner", "Sister Nora Quell";
	// not "Brother", a maker of printers)
	"Father": true, "Sister": true, "Fr.": true, "Monsignor": true, "Msgr.": true,
}

// honorifics are titles that are not roles.
var honorifics = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Mr": true, "Mrs": true, "Ms": true, "Sir": true, "Dame": true, "Miss": true, "Mx.": true,
}

// roleNouns are the lower-case nouns of a role written before or after a
// name ("Kremlin foreign-policy aide Yuri Ushakov", "Andrey Kortunov, head
// of the Council").
var roleNouns = map[string]bool{
	// people described by what they are or do in the news
	"dissident": true, "billionaire": true, "tycoon": true, "financier": true, "pollster": true, "commentator": true,
	"juror": true, "inmate": true, "prisoner": true, "refugee": true, "migrant": true, "bishop": true, "rabbi": true,
	"imam": true, "jockey": true, "campaigner": true, "protester": true, "teammate": true, "councilman": true,
	"councilwoman": true, "alderman": true, "provost": true, "magistrate": true, "warden": true, "chaplain": true,
	"president": true, "minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"aide": true, "adviser": true, "advisor": true, "director": true, "chairman": true, "chairwoman": true, "chair": true,
	"chief": true, "head": true, "leader": true, "official": true, "officer": true, "executive": true, "ceo": true, "founder": true,
	"co-founder": true, "cofounder": true, "analyst": true, "economist": true, "professor": true, "researcher": true, "scientist": true,
	"lawyer": true, "attorney": true, "senator": true, "governor": true, "mayor": true, "ambassador": true, "commander": true,
	"coach": true, "manager": true, "owner": true, "editor": true, "reporter": true, "author": true, "writer": true, "actor": true,
	"actress": true, "singer": true, "player": true, "captain": true, "judge": true, "prosecutor": true, "sheriff": true,
	"detective": true, "investigator": true, "expert": true, "strategist": true, "consultant": true, "partner": true,
	"candidate": true, "lawmaker": true, "congressman": true, "congresswoman": true, "representative": true, "activist": true,
	"deputy": true, "correspondent": true, "historian": true, "doctor": true, "physician": true, "engineer": true, "producer": true,
	"astronaut": true, "administrator": true, "commissioner": true, "chancellor": true, "premier": true, "dean": true,
	"superintendent": true, "counsel": true, "vice-president": true, "diplomat": true, "envoy": true, "negotiator": true,
	"general": true, "colonel": true, "lieutenant": true, "sergeant": true, "spokesmen": true, "director-general": true,
	"president-elect": true, "co-chair": true, "fellow": true, "principal": true, "pastor": true, "rapper": true, "comedian": true,
	"filmmaker": true, "photographer": true, "journalist": true, "columnist": true, "entrepreneur": true, "investor": true,
	"banker": true, "trader": true, "broker": true, "designer": true, "architect": true, "inventor": true, "developer": true,
	"programmer": true, "teacher": true, "student": true, "resident": true, "farmer": true, "officials": true, "lead": true,
	"witness": true, "neighbor": true, "neighbour": true, "victim": true, "survivor": true, "bystander": true,
	"passenger": true, "volunteer": true,
	"coordinator": true, "organizer": true, "organiser": true, "specialist": true, "psychologist": true, "epidemiologist": true,
	"biologist": true, "physicist": true, "chemist": true, "astronomer": true, "geologist": true, "ecologist": true,
	"mathematician": true, "sociologist": true, "economists": true, "ceo.": true, "cfo": true, "coo": true, "cto": true,
	"boss": true, "star": true, "veteran": true, "host": true, "anchor": true, "creator": true, "showrunner": true,
	"planner": true, "co-owner": true, "stylist": true, "chef": true, "curator": true, "employee": true, "worker": true, "spokeswomen": true, "chairperson": true, "secretary-general": true,
	"member": true, "winner": true, "nominee": true, "laureate": true, "musician": true, "artist": true, "painter": true,
	"poet": true, "novelist": true, "dancer": true, "athlete": true, "cyclist": true, "swimmer": true, "runner": true,
	"boxer": true, "golfer": true, "wrestler": true, "skier": true, "influencer": true, "blogger": true, "podcaster": true,
	"presenter": true, "composer": true, "conductor": true, "pianist": true, "guitarist": true, "drummer": true,
	"vocalist": true, "songwriter": true, "playwright": true, "screenwriter": true, "illustrator": true, "cartoonist": true,
	"sculptor": true, "nurse": true, "surgeon": true, "dentist": true, "pharmacist": true, "paramedic": true,
	"firefighter": true, "soldier": true, "pilot": true, "priest": true, "monk": true, "nun": true, "cleric": true,
	"quarterback": true, "pitcher": true, "forward": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"center": true, "centre": true, "linebacker": true, "receiver": true, "cornerback": true, "rusher": true, "lineman": true,
	"tackle": true, "kicker": true, "punter": true, "winger": true, "striker": true, "catcher": true, "shortstop": true,
	"outfielder": true, "infielder": true, "goaltender": true, "goalie": true, "defenseman": true, "defenceman": true,
	"judges": true, "senators": true, "players": false, "actors": true, "singers": true, "ministers": true,
	// Health, science and careers ("Jane Roe, MS, RD, a dietitian").
	"dietitian": true, "dietician": true, "nutritionist": true, "cardiologist": true, "oncologist": true, "neurologist": true,
	"dermatologist": true, "pediatrician": true, "paediatrician": true, "psychiatrist": true, "therapist": true,
	"psychotherapist": true, "counselor": true, "counsellor": true, "trainer": true, "accountant": true, "clinician": true,
	"internist": true, "radiologist": true, "anesthesiologist": true, "anaesthetist": true, "endocrinologist": true,
	"gastroenterologist": true, "immunologist": true, "virologist": true, "microbiologist": true, "neuroscientist": true,
	"geneticist": true, "pathologist": true, "obstetrician": true, "gynecologist": true, "urologist": true,
	"ophthalmologist": true, "optometrist": true, "physiotherapist": true, "chiropractor": true, "midwife": true,
	"veterinarian": true, "instructor": true, "lecturer": true, "educator": true, "recruiter": true, "mentor": true,
	"practitioner": true, "pulmonologist": true, "rheumatologist": true, "nephrologist": true, "hematologist": true,
	"allergist": true, "physiologist": true, "statistician": true, "demographer": true, "linguist": true,
	"anthropologist": true, "archaeologist": true, "pharmacologist": true, "toxicologist": true, "zoologist": true,
	"botanist": true, "climatologist": true, "meteorologist": true, "oceanographer": true, "volcanologist": true,
	"seismologist": true, "paleontologist": true, "astrophysicist": true, "hygienist": true, "inspector": true,
	"constable": true, "trooper": true, "marshal": true,
	"neuropsychologist": true, "kinesiologist": true, "audiologist": true, "podiatrist": true,
	// Trades of features and reviews ("Tendai Moyo is a caterer").
	"geriatrician": true, "gerontologist": true, "caterer": true, "florist": true, "baker": true, "sommelier": true,
	"realtor": true, "mechanic": true, "technician": true, "electrician": true, "plumber": true, "contractor": true,
	"carpenter": true, "barista": true, "bartender": true, "videographer": true, "officiant": true, "decorator": true,
	"proprietor": true, "salesperson": true, "dealer": true, "reviewer": true, "critic": true, "tester": true,
	"marathoner": true, "triathlete": true, "physio": true, "audiophile": true, "librarian": true, "homeowner": true,
	"landlord": true, "tenant": true, "shopkeeper": true, "retiree": true, "jeweler": true, "jeweller": true,
	"philosopher": true, "essayist": true, "translator": true, "scholar": true, "academic": true, "ethicist": true,
	"theorist": true, "futurist": true, "theologian": true,
	"landscaper": true, "gardener": true, "painter-decorator": true, "roofer": true, "builder": true, "handyman": true,
	"tailor": true, "butcher": true, "brewer": true, "winemaker": true, "farmhand": true, "rancher": true, "fisherman": true,
}

// orgWords are the words that make a capitalised name an organization
// ("Russian International Affairs Council", "Bloomberg News").
var orgWords = map[string]bool{
	"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Corporation": true, "Co.": true, "Company": true, "Companies": true,
	"Ltd": true, "Ltd.": true, "LLC": true, "LLP": true, "PLC": true, "Plc": true, "AG": true, "SA": true, "GmbH": true, "NV": true,
	"Group": true, "Holdings": true, "Bank": true, "Fund": true, "Council": true, "Committee": true, "Commission": true,
	"Ministry": true, "Department": true, "Agency": true, "Administration": true, "Authority": true, "Bureau": true,
	"Office": true, "Service": true, "Services": true, "Institute": true, "Institution": true, "University": true,
	"College": true, "School": true, "Academy": true, "Association": true, "Federation": true, "Union": true, "League": true,
	"Party": true, "Parliament": true, "Congress": true, "Senate": true, "Assembly": true, "Court": true, "Tribunal": true,
	"Police": true, "Army": true, "Navy": true, "Force": true, "Forces": true, "Guard": true, "Corps": true, "Foundation": true,
	"Trust": true, "Society": true, "Center": true, "Centre": true, "Organization": true, "Organisation": true, "Network": true,
	"News": true, "Times": true, "Post": true, "Journal": true, "Herald": true, "Tribune": true, "Gazette": true, "Press": true,
	"Magazine": true, "Media": true, "Television": true, "Radio": true, "Broadcasting": true, "Airlines": true, "Airways": true,
	"Motors": true, "Technologies": true, "Technology": true, "Systems": true, "Labs": true, "Laboratories": true, "Laboratory": true,
	"Partners": true, "Capital": true, "Securities": true, "Exchange": true, "Reserve": true, "Board": true, "Club": true,
	"Church": true, "Hospital": true, "Museum": true, "Studios": true, "Studio": true, "Pictures": true, "Records": true,
	"Entertainment": true, "Coalition": true, "Alliance": true, "Movement": true, "Brigade": true, "Brigades": true, "Cabinet": true,
	"Secretariat": true, "Embassy": true, "Consulate": true, "Chamber": true, "Industries": true, "Pharmaceuticals": true,
	"Software": true, "Bancorp": true, "Insurance": true, "Investments": true, "Ventures": true, "Associates": true,
	"Observatory": true, "Program": true, "Programme": true, "Project": true, "Initiative": true, "Campaign": true, "Caucus": true,
	"Republicans": true, "Democrats": true, "Conservatives": true, "Commons": true, "Lords": true, "Directorate": true,
	"Cooperative": true, "Consortium": true, "Institutes": true, "Clinic": true, "Airport": true, "Schools": true,
	"Pavilion": true, "Amphitheatre": true, "Amphitheater": true, "Infirmary": true, "Brothers": true, "Equities": true,
	"Advisors": true, "Advisers": true, "Logistics": true, "Bancshares": true,
	"Universities": true, "Colleges": true, "Gallery": true, "Galleries": true, "Library": true, "Zoo": true, "Theatre": true, "Theater": true,
	"Chronicle": true, "Daily": true, "Observer": true, "Guardian": false, "Telegraph": true, "Reporter": true, "Examiner": true,
	"Productions": true, "Animation": true, "Channel": true, "Films": true, "Brands": true, "Stores": true, "Foods": true,
	"Robotics": true, "Aerospace": true, "Pharma": true, "Therapeutics": true, "Biosciences": true, "Solutions": true,
	"Enterprises": true, "Semiconductor": true, "Electric": true, "Telecom": true, "Communications": true, "Publishing": true,
	"Publications": true, "Agencies": true, "Department’s": false, "Authorities": true, "Ministries": true,
	"Forum": true, "Brotherhood": true, "Sports": true, "FC": true, "AFC": true, "CF": true, "Steel": true, "Petroleum": true,
	"Chemicals": true, "Cement": true, "Mining": true, "Railways": true, "Railway": true, "Railroad": true, "Airline": true,
	"Reports": true, "Review": true, "Orchestra": true, "Philharmonic": true, "Partnership": true, "Holding": true,
	"Bancorporation": true, "Biotech": true, "Pharmaceutical": true, "Register": true, "Courant": true, "Sun": false,
	"Dispatch": true, "Bulletin": true, "Inquirer": true, "Enquirer": true, "Sentinel": true, "Courier": true, "Monitor": true,
	"Standard": false, "Wire": true, "Stations": true, "Motor": false, "Hotels": true, "Resorts": true, "Restaurants": true,
	"Centers": true, "Shelter": true, "Works": true, "Legislature": true, "Brewing": true, "Brewery": true, "Distillery": true, "Winery": true, "Farms": true, "Mills": false, "Outfitters": true,
}

// knownOrgs are organizations whose names carry no organization word.
var knownOrgs = map[string]bool{
	// Armed and political movements news names as actors.
	"Islamic State": true, "Muslim Brotherhood": true, "Boko Haram": true, "Al-Qaeda": true, "Al Qaeda": true,
	"Al-Shabab": true, "Houthis": true, "Islamic Jihad": true, "Red Hat": true,
	// Chambers named by "House of …".
	"House of Representatives": true, "House of Lords": true, "House of Delegates": true, "House of Commons": true,
	// Makers product reviews name before their models ("Hoka Clifton",
	// "Chevy Bolt"); not makers named like people (Brooks, Dyson).
	"Hoka": true, "Saucony": true, "Asics": true, "ASICS": true, "Altra": true, "Mizuno": true, "Salomon": true,
	"Chevy": true, "Chevrolet": true, "Subaru": true, "Mazda": true, "Polestar": true, "Rivian": true, "Lexus": true,
	"Acura": true, "Jeep": true, "GMC": true, "Cadillac": true, "Buick": true, "VW": true, "Sennheiser": true,
	"Bose": true, "Shure": true, "Focusrite": true, "Garmin": true, "Fitbit": true, "Sonos": true, "JBL": true,
	"Logitech": true, "Nikon": true, "Fujifilm": true, "Roku": true, "Vizio": true, "Yamaha": true, "LG": true,
	"Kremlin": true, "White House": true, "Pentagon": true, "Congress": true, "Senate": true, "Parliament": true, "Vatican": true,
	"Downing Street": true, "Scotland Yard": true, "Interpol": true, "Europol": true, "Taliban": true, "Hamas": true,
	"Hezbollah": true, "Reuters": true, "Bloomberg": true, "Associated Press": true, "Google": true, "Apple": true,
	"Microsoft": true, "Amazon": true, "Facebook": true, "Twitter": true, "Instagram": true, "YouTube": true, "Netflix": true,
	"Tesla": true, "Uber": true, "Lyft": true, "Airbnb": true, "Intel": true, "Samsung": true, "Huawei": true, "Alibaba": true,
	"Tencent": true, "Toyota": true, "Boeing": true, "Airbus": true, "Walmart": true, "Disney": true, "SpaceX": true,
	"Nasa": true, "Oracle": true, "Cisco": true, "Nvidia": true, "Qualcomm": true, "Spotify": true, "Hulu": true, "Politico": true,
	"Axios": true, "Vox": true, "Wikipedia": true, "WikiLeaks": true, "Greenpeace": true, "Amnesty International": true,
	// Lenders and brokers named like people ("Fannie Mae", "Merrill Lynch").
	"Fannie Mae": true, "Freddie Mac": true, "Sallie Mae": true, "Ginnie Mae": true, "Bear Stearns": true,
	"Merrill Lynch": true, "Piper Jaffray": true, "Piper Sandler": true, "Dow Jones": true, "Con Edison": true,
	"Red Cross": true, "Goldman Sachs": true, "Morgan Stanley": true, "JPMorgan": true, "JPMorgan Chase": true, "Citigroup": true,
	"BlackRock": true, "Berkshire Hathaway": true, "ExxonMobil": true, "Chevron": true, "Gazprom": true, "Rosneft": true,
	"Aeroflot": true, "Volkswagen": true, "BMW": true, "Ford": true, "Honda": true, "Nissan": true, "Sony": true, "Nintendo": true,
	"Microsoft Azure": true, "Salesforce": true, "Adobe": true, "LinkedIn": true, "TikTok": true, "ByteDance": true, "Snapchat": true,
	"WhatsApp": true, "Telegram": true, "Reddit": true, "Pinterest": true, "PayPal": true, "Visa": true, "Mastercard": true,
	"eBay": true, "Yahoo": true, "Verizon": true, "Comcast": true, "Starbucks": true, "McDonald's": true, "Nike": true,
	"Pfizer": true, "Moderna": true, "AstraZeneca": true, "Novartis": true, "Roche": true, "Bayer": true, "Siemens": true,
	"Shell": true, "Aramco": true, "OpenAI": true, "Anthropic": true, "Stripe": true, "Dropbox": true, "Zoom": true, "Slack": true,
	"Warner Bros.": true, "Paramount": true, "Universal": true, "Lionsgate": true, "Hollywood Reporter": true, "Variety": true,
	"Deadline": true, "Interfax": true, "Tass": true, "Xinhua": true, "Al Jazeera": true, "Sputnik": true, "Euronews": true,
	"Ofcom": true, "Ofsted": true, "Medicare": true, "Medicaid": true, "Capitol Police": true, "Supreme Court": true,
	"Justice Department": true, "State Department": true, "Treasury": true, "Federal Reserve": true, "Fed": true,
	"Bundestag": true, "Knesset": true, "Duma": true, "Politburo": true, "Hollywood": false, "Wall Street": true, "Whitehall": true,
	"Mossad": true, "Qualcomm Inc.": true, "Tesla Inc.": true, "European Union": true, "United Nations": true, "Nato": true,
	"Democrats": true, "Republicans": true, "Labour": true, "Tories": true, "Conservatives": true, "Liberal Democrats": true,
	// News media.
	"USA Today": true, "USA TODAY": true, "Planned Parenthood": true,
	// Universities named without an organization word.
	"Harvard": true, "Stanford": true, "Yale": true, "Princeton": true, "Caltech": true, "Cornell": true, "Dartmouth": true,
	"Georgetown": false, "Johns Hopkins": true, "Sorbonne": true, "Newsweek": true, "Forbes": true, "BuzzFeed": true, "HuffPost": true, "TechCrunch": true, "Engadget": true,
	"Gizmodo": true, "Mashable": true, "Breitbart": true, "Telemundo": true, "Univision": true, "Al Arabiya": true,
	"Agence France-Presse": true, "Kyodo": true, "Yonhap": true, "Bild": true, "Der Spiegel": true, "Le Monde": true,
	"Le Figaro": true, "El País": true, "Haaretz": true, "Asahi Shimbun": true, "Nikkei": true, "Rolling Stone": true,
	"Billboard": true, "Pitchfork": true, "Vogue": true, "Wired": true, "The Atlantic": true, "The Economist": true,
	"The Guardian": true, "The Independent": true, "Fox News": true, "Sky News": true, "Sky Sports": true,
	// Companies named with no organization word.
	"Lockheed Martin": true, "Northrop Grumman": true, "Raytheon": true, "General Dynamics": true, "Blue Origin": true,
	"Virgin Galactic": true, "Virgin Atlantic": true, "Exxon": true, "Walgreens": true, "Costco": true, "Kroger": true,
	"IKEA": true, "Ikea": true, "Unilever": true, "Nestle": true, "Nestlé": true, "Danone": true, "PepsiCo": true, "Pepsi": true,
	"Coca-Cola": true, "Heineken": true, "Carlsberg": true, "Volvo": true, "Renault": true, "Peugeot": true, "Fiat": true,
	"Ferrari": true, "Porsche": true, "Audi": true, "Mercedes-Benz": true, "Hyundai": true, "Kia": true, "Xiaomi": true,
	"Lenovo": true, "Dell": true, "Accenture": true, "Deloitte": true, "McKinsey": true, "Barclays": true, "Citibank": true,
	"Wells Fargo": true, "Credit Suisse": true, "American Express": true, "Ryanair": true, "EasyJet": true, "easyJet": true,
	"Lufthansa": true, "Qantas": true, "FedEx": true, "Maersk": true, "Glencore": true, "Rio Tinto": true, "Petrobras": true,
	"Sinopec": true, "PetroChina": true, "Saudi Aramco": true, "TotalEnergies": true, "Equinor": true, "ArcelorMittal": true,
	"Infosys": true, "Wipro": true, "Foxconn": true, "Panasonic": true, "Hitachi": true, "Toshiba": true, "Fujitsu": true,
	"Uniqlo": true, "Adidas": true, "Reebok": true, "Gucci": true, "Prada": true, "Chanel": true, "Burberry": true,
	"Louis Vuitton": true, "Ubisoft": true, "Activision": true, "Activision Blizzard": true, "Electronic Arts": true,
	"Valve": false, "Square Enix": true, "Marvel": true, "Pixar": true, "DreamWorks": true, "Warner Bros": true,
	"HBO": true, "Peloton": true, "DoorDash": true, "Postmates": true, "Grubhub": true, "Instacart": true, "Shopify": true,
	"Zillow": true, "Expedia": true, "Booking.com": true, "Tripadvisor": true, "TripAdvisor": true, "Yelp": true,
	"Etsy": true, "Wayfair": true, "Best Buy": true, "Home Depot": true, "Target": false, "CVS": true, "Sears": true,
	"Macy's": true, "Macy’s": true, "Nordstrom": true, "Kohl's": true, "Kohl’s": true, "Ulta": false, "Sephora": true,
	"Walgreens Boots Alliance": true, "Johnson & Johnson": true, "Merck": true, "GlaxoSmithKline": true, "Sanofi": true,
	"Novo Nordisk": true, "Eli Lilly": true, "AbbVie": true, "Bristol-Myers Squibb": true, "Gilead": true, "Biogen": true,
	"Regeneron": true, "BioNTech": true, "Medtronic": true, "Philips": true, "Ericsson": true, "Nokia": true, "Vodafone": true,
	"Telefonica": true, "Telefónica": true, "AT&T": true, "T-Mobile": true, "Sprint": false, "Huawei Technologies": true,
	// Sports leagues and clubs named with no organization word.
	"Formula One": true, "NASCAR": true, "Wimbledon": false, "Manchester United": true, "Manchester City": true,
	"Real Madrid": true, "Atletico Madrid": true, "Atlético Madrid": true, "Inter Milan": true, "AC Milan": true,
	"Bayern Munich": true, "Borussia Dortmund": true, "Paris Saint-Germain": true, "Tottenham Hotspur": true,
	"West Ham": true, "West Ham United": true, "Newcastle United": true, "Leeds United": true, "Aston Villa": true,
	"Crystal Palace": true, "Wolverhampton Wanderers": true, "Juventus": true, "Barcelona FC": true, "Ajax": false,
	"Celtic": false, "Rangers": false, "Benfica": true, "Sporting Lisbon": true, "Galatasaray": true, "Fenerbahce": true,
	"Boca Juniors": true, "River Plate": true, "LA Galaxy": true, "Inter Miami": true,
}

// notOrgAcronyms are all-capital words that name no organization.
var notOrgAcronyms = map[string]bool{
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "GDP": true, "TV": true, "AI": true, "PHD": true, "MP": true, "MPS": true,
	"AM": true, "PM": true, "OK": true, "ID": true, "DNA": true, "RNA": true, "HIV": true, "AIDS": true, "COVID": true, "IPO": true,
	"ETF": true, "VR": true, "AR": true, "PC": true, "IT": true, "USB": true, "GPS": true, "UFO": true, "FAQ": true, "PDF": true,
	"HTML": true, "API": true, "SUV": true, "DJ": true, "MVP": true, "ET": true, "PT": true, "EST": true, "EDT": true, "GMT": true,
	"UTC": true, "BST": true, "PST": true, "PDT": true, "CST": true, "CDT": true, "NEW": true, "THE": true, "AND": true, "OF": true,
	"LGBT": true, "LGBTQ": true, "CO2": true, "US": true, "USA": true, "UK": true, "UAE": true, "DC": true, "D.C.": true,
	"U.S.": true, "U.K.": true, "U.N.": false, "LOL": true, "OMG": true, "VIP": true, "NB": true, "PS": true, "RIP": true, "ASAP": true,
	"EV": true, "EVS": true, "CEOS": true, "SEO": true, "URL": true, "APP": true, "APPS": true, "HD": true, "LED": true, "LCD": true,
	"CPU": true, "GPU": true, "RAM": true, "SSD": true, "OS": true, "IOS": true, "MPH": true, "KM": true, "KG": true, "TBA": true,
	"NOTE": true, "UPDATE": true, "READ": true, "MORE": true, "WATCH": true, "PHOTO": true, "VIDEO": true, "EXCLUSIVE": true,
	"BREAKING": true, "LIVE": true, "QB": true, "WR": true, "RB": true, "TE": true, "OL": true, "DL": true,
	"LB": true, "CB": true, "DB": true, "DT": true, "OT": true, "OG": true, "ILB": true, "OLB": true, "WIFI": true, "IOT": true, "EBITDA": true, "DOI": true, "ISBN": true, "ISSN": true,
	"HVAC": true, "ECG": true, "EKG": true, "MRI": true, "CT": true, "DVD": true, "XML": true, "JSON": true, "VPN": true, "HDMI": true,
	"HTTP": true, "HTTPS": true, "RGB": true, "HDR": true, "LAN": true, "WAN": true, "GSM": true, "FPS": true, "AWD": true,
	"RPM": true, "ICU": true, "HPV": true, "SARS": true, "PPE": true, "CPR": true, "ATM": true, "SMS": true, "QR": true, "NFT": true,
	"FAQS": true, "TL": true, "DR": true, "TLDR": true, "YOY": true, "ROI": true, "KPI": true, "B2B": true, "CRM": true, "SAAS": true,
	"DIY": true, "FYI": true, "RSVP": true, "P.S.": true, "PIN": true, "VAT": true, "CEO.": true, "MBA": true, "PHD.": true, "ADVERTISEMENT": true, "RELATED": true, "GOP": false, "II": true, "III": true, "IV": true,
	// Tests, measures, conditions and things of health, science and work.
	"CAT": true, "PET": true, "BMI": true, "GPA": true, "SAT": true, "GED": true, "IQ": true, "ADHD": true, "PTSD": true,
	"OCD": true, "COPD": true, "IBS": true, "UTI": true, "STD": true, "STI": true, "STIS": true, "ALS": true, "CBD": true,
	"THC": true, "LSD": true, "MDMA": true, "SSRI": true, "SSRIS": true, "NSAID": true, "NSAIDS": true, "HDL": true,
	"LDL": true, "IVF": true, "IUD": true, "HRT": true, "ER": true, "NICU": true, "EEG": true, "EMG": true, "CBT": true,
	"DBT": true, "EMDR": true, "ASD": true, "TBI": true, "CTE": true, "SIDS": true, "RSV": true, "UV": true, "SPF": true,
	"AQI": true, "HIIT": true, "BPM": true, "REM": true, "ESG": true, "DEI": true, "HR": true, "PR": true, "IRA": true,
	"HSA": true, "FSA": true, "APR": true, "STEM": true, "MOOC": true, "LLM": true, "LLMS": true, "GPT": true, "NLP": true,
	"ML": true, "AGI": true, "GMO": true, "GMOS": true, "BPA": true, "PFAS": true, "PCB": true, "PCBS": true, "VOC": true,
	"VOCS": true, "AC": true, "ISP": true, "CV": true, "AED": true, "ACL": true, "MCL": true, "DVT": true, "MRSA": true,
	"GERD": true, "OTC": true, "PSA": true, "ETA": true, "DUI": true, "DWI": true, "CMO": true, "CIO": true, "VP": true,
	"SVP": true, "EVP": true, "ENT": true, "OBGYN": true, "CGM": true, "CPAP": true, "ECMO": true, "PCR": true,
	"MSG": true, "CPI": true, "PMI": true, "FOMO": true, "Q&A": true, "R&D": true, "M&A": true, "P&L": true, "B&B": true,
	"ACT": true, "FAFSA": true, "LSAT": true, "GMAT": true, "GRE": true, "MCAT": true, "TOEFL": true, "IELTS": true,
	// Gear, materials and formats of product reviews (shoes, cars, audio, cameras).
	"XLR": true, "DAW": true, "DSLR": true, "SLR": true, "EVA": true, "TPU": true, "PEBA": true, "TPE": true, "PU": true,
	"PVC": true, "EPS": true, "ANC": true, "DAC": true, "EQ": true, "MIDI": true, "TRS": true, "SPL": true, "IEM": true,
	"IEMS": true, "AAC": true, "FLAC": true, "WAV": true, "OLED": true, "QLED": true, "AMOLED": true, "UHD": true,
	"LTE": true, "NFC": true, "RFID": true, "PHEV": true, "PHEVS": true, "BEV": true, "BEVS": true, "MPG": true,
	"MPGE": true, "HP": false, "PSI": true, "CVT": true, "FWD": true, "RWD": true, "ADAS": true, "HUD": true,
	"LIDAR": true, "NAS": true, "CAD": true, "CNC": true, "USB-C": true, "DSP": true, "ISO": false, "RMS": true,
	"THD": true, "AUX": true, "SD": true, "GB": true, "TB": true, "MB": true, "KB": true, "MAH": true, "KWH": true,
	// Words set in capitals for emphasis ("the ride is HUGE fun").
	"HUGE": true, "BEST": true, "WORST": true, "NEVER": true, "ALWAYS": true, "REALLY": true, "VERY": true,
	"MUST": true, "LOVE": true, "HATE": true, "NOT": true, "YES": true, "ALL": true, "EVERY": true, "BIG": true,
	"GREAT": true, "AMAZING": true, "AWESOME": true, "MUCH": true, "LESS": true, "FREE": true, "NOW": true,
	"WOW": true, "SUPER": true, "TOTALLY": true, "HARD": true, "EASY": true, "FAST": true, "SLOW": true, "GOOD": true,
	"BAD": true, "TONS": true, "ZERO": true, "NOTHING": true, "EVERYTHING": true, "STILL": true, "JUST": true,
	"ONLY": true, "NEED": true, "WANT": true, "LOUD": true, "SOFT": true, "HEAVY": true, "LIGHT": true,
	"INSANE": true, "CRAZY": true, "PERFECT": true, "FAVORITE": true, "FAVOURITE": true, "EXACTLY": true,
	// Airport and metro codes ("flew into DFW"): places, not bodies.
	"DFW": true, "LAX": true, "SFO": true, "ORD": true, "ATL": true, "EWR": true, "LGA": true, "DCA": true, "IAD": true,
	"BWI": true, "MCO": true, "PHX": true, "IAH": true, "MSP": true, "DTW": true, "PHL": true, "CLT": true, "SLC": true,
	"PDX": true, "HNL": true, "LHR": true, "CDG": true, "HND": true, "NRT": true, "DXB": true, "YYZ": true, "YVR": true,
	"LLC": true, "ASL": true, "SUVS": true, "AIS": true, "ADU": true, "HOA": true, "RV": true, "RVS": true, "EVS.": true, "ED": true, "NAD": true,
}

// stopCaps are capitalised words that never start or make a name: function
// words, pronouns, days, and words that open sentences.
var stopCaps = map[string]bool{
	"The": true, "A": true, "An": true, "And": true, "But": true, "Or": true, "Nor": true, "So": true, "Yet": true, "For": true,
	"In": true, "On": true, "At": true, "To": true, "From": true, "By": true, "With": true, "Without": true, "Of": true, "As": true,
	"If": true, "When": true, "While": true, "After": true, "Before": true, "Since": true, "Until": true, "Because": true,
	"Although": true, "Though": true, "Despite": true, "During": true, "Under": true, "Over": true, "Into": true, "About": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true,
	"Their": true, "Our": true, "My": true, "Your": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"Here": true, "What": true, "Why": true, "How": true, "Where": true, "Who": true, "Which": true, "Whose": true, "Whom": true,
	"Still": false, "Also": true, "However": true, "Meanwhile": true, "Now": true, "Then": true, "Last": true, "Next": true,
	"Earlier": true, "Later": true, "Some": true, "Many": true, "Most": true, "All": true, "Both": true, "Each": true, "Every": true,
	"Such": true, "Other": true, "Another": true, "One": true, "Two": true, "Three": true, "No": true, "Not": true, "Yes": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true, "Jan.": true, "Feb.": true, "Aug.": true,
	"Sept.": true, "Oct.": true, "Nov.": true, "Dec.": true, "Today": true, "Tomorrow": true, "Yesterday": true,
	"Is": true, "Are": true, "Was": true, "Were": true, "Be": true, "Do": true, "Does": true, "Did": true, "Has": true, "Have": true,
	"Had": true, "Will": false, "Would": true, "Could": true, "Should": true, "Can": true, "May": false, "Might": true, "Must": true,
	"Let": true, "Just": true, "Even": true, "Only": true, "Very": true, "More": true, "Less": true, "Much": true, "Like": true,
	"Well": true, "Oh": true, "Instead": true, "Indeed": true, "According": true, "Among": true, "Against": true, "Between": true,
	"Through": true, "Within": true, "Across": true, "Around": true, "Toward": true, "Towards": true, "Upon": true, "Via": true,
	"Per": true, "Than": true, "Whether": true, "Unlike": true, "Once": true, "Whatever": true, "Whoever": true, "Perhaps": true,
	"Please": true, "Thanks": true, "Thank": true, "Hi": true, "Hello": true, "Dear": true, "Photo": true, "Image": true,
	"Read": true, "Click": true, "Share": true, "Subscribe": true, "Follow": true, "Watch": true, "See": true, "Sign": true,
	"Advertisement": true, "Related": true, "Updated": true, "Published": true, "Getty": true, "Images": false,
	// The pronoun "I" with a verb ("I’m Dara Quell", "if I were Quell I’d
	// …").
	"I’m": true, "I'm": true, "I’d": true, "I'd": true, "I’ve": true, "I've": true, "I’ll": true, "I'll": true,
}

// connectors may sit inside a name between capitalised words ("Group of
// Seven", "Bank of America", "Ludwig van Beethoven").
var connectors = map[string]bool{
	"of": true, "de": true, "del": true, "della": true, "der": true, "van": true, "von": true, "da": true, "dos": true, "du": true,
	"la": true, "le": true, "bin": true, "ibn": true, "al": true, "el": true, "for": true, "&": true, "on": true, "y": true,
	"den": true, "ten": true, "ter": true, "bint": true, "di": true, "las": true, "los": true,
}

// particles are the connectors of personal names ("Ursula von der Leyen",
// "Osama bin Laden"); two may follow each other.
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "der": true, "van": true, "von": true, "da": true, "dos": true, "du": true,
	"la": true, "le": true, "bin": true, "ibn": true, "bint": true, "al": true, "el": true, "den": true, "ten": true,
	"ter": true, "di": true, "las": true, "los": true, "y": true,
}

// arabicArticleName reports whether w is a surname written with the Arabic
// article in lower case and a hyphen ("al-Assad", "el-Sissi", "ash-Shami").
func arabicArticleName(w string) bool {
	for _, p := range [...]string{"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ul-"} {
		if len(w) > len(p)+1 && strings.HasPrefix(w, p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// patronymics between capitalised words make the span a person ("Osama
// bin Laden").
var patronymics = map[string]bool{"bin": true, "ibn": true, "bint": true}

// nameSuffixes follow a personal name ("Jr.", "III").
var nameSuffixes = map[string]bool{
	"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "II": true, "III": true, "IV": true,
	// Letters of an office or an honour written after the name with no
	// comma ("Neil Quell QC said", "alongside Edwin Quell MLA"): no part of
	// the name (officeLetters).
	"QC": true, "KC": true, "MP": true, "MLA": true, "MSP": true, "MEP": true, "OBE": true, "MBE": true, "CBE": true,
}

// officeLetters are the nameSuffixes of an office or an honour, which end a
// person's span but not the name.
var officeLetters = map[string]bool{
	"QC": true, "KC": true, "MP": true, "MLA": true, "MSP": true, "MEP": true, "OBE": true, "MBE": true, "CBE": true,
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// vehicleNumbers end the names of official aircraft ("Air Force One").
var vehicleNumbers = map[string]bool{"One": true, "Two": true}

// roleModifiers are lower-case words that qualify a role noun.
var roleModifiers = map[string]bool{
	"foreign": true, "former": true, "senior": true, "top": true, "chief": true, "deputy": true, "assistant": true,
	"associate": true, "interim": true, "acting": true, "longtime": true, "veteran": true, "lead": true, "managing": true,
	"special": true, "trade": true, "finance": true, "health": true, "energy": true, "state": true, "press": true,
	"security": true, "defense": true, "defence": true, "policy": true, "executive": true, "vice": true, "head": true,
	"team": true, "campaign": true, "white": false, "house": true, "city": true, "county": true, "police": true,
	"research": true, "science": true, "investment": true, "market": true, "tech": true, "film": true, "art": true,
}

// hyphenTails are lower-case words that end a name after a hyphen
// ("Texas-based", "Russian-born").
var hyphenTails = map[string]bool{
	"born": true, "based": true, "style": true, "like": true, "era": true, "made": true, "wide": true, "run": true,
	"type": true, "level": true, "class": true, "speaking": true, "language": true, "area": true, "specific": true,
	"centric": true, "friendly": true, "free": true, "only": true, "proof": true, "bound": true, "sized": true, "wise": true,
	"led": true, "owned": true, "backed": true, "funded": true, "allied": true, "linked": true, "related": true,
}

// modifierCaps are capitalised modifiers of a title that name nothing.
var modifierCaps = map[string]bool{
	"Former": true, "Republican": true, "Democratic": true, "Acting": true, "Interim": true, "Senior": true, "Deputy": true,
	"Then": true, "Late": true, "Veteran": true, "Longtime": true, "Conservative": true, "Liberal": true, "Labour": true,
	"Majority": true, "Minority": true, "Assistant": true, "Associate": true, "Executive": true, "Managing": true,
}

// auxiliaries may stand between a subject and its verb of speech.
var auxiliaries = map[string]bool{
	"has": true, "had": true, "have": true, "also": true, "later": true, "previously": true, "then": true, "once": true,
	"would": true, "will": true, "never": true, "repeatedly": true, "again": true, "recently": true, "earlier": true,
	"often": true, "publicly": true, "privately": true, "reportedly": true, "just": true,
}

// notNameWords never occur in a personal name: they make the span an
// event, a law, a place or a thing ("Care Act", "Davis Cup Finals").
var notNameWords = map[string]bool{
	"Act": true, "Bill": false, "Law": true, "Cup": true, "Finals": true, "Final": true, "Award": true, "Awards": true,
	"Prize": true, "Summit": true, "Bay": true, "Area": true, "Stadium": true, "Arena": true, "Street": true, "Avenue": true,
	"Road": true, "Park": true, "Festival": true, "Series": true, "Games": true, "War": true, "Day": true, "Week": true,
	"Jam": true, "Drop": true, "Design": true, "Monitoring": true, "Case": true, "Vote": true, "Station": true, "Dies": true,
	"Shot": true, "Tour": true, "Championship": true, "Championships": true, "Open": true, "Trophy": true, "Show": true,
	"Conference": true, "Agreement": true, "Treaty": true, "Plan": true, "Initiative": true, "Report": true, "Index": true,
	"Insider": true, "Stone": false, "Depot": true, "Market": true, "Mall": true, "Square": true, "Bridge": true, "Tower": true,
	"Hall": true, "Building": true, "River": true, "Lake": true, "Mountain": true, "Mountains": true, "Island": true,
	"Islands": true, "Valley": true, "Beach": true, "County": true, "District": true, "Province": true, "Region": true,
	"State": true, "City": true, "North": true, "South": true, "East": true, "West": false, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "American": true, "European": true, "African": true, "Asian": true, "Perform": true,
	"St.": true, "Ave.": true, "Rd.": true, "Blvd.": true, "Ln.": true, "Hwy.": true,
	"Officer": true, "Director": true, "Leader": true, "Man": true, "Woman": true, "Free": true, "Price": true, "Web": true,
	// Things named after people ("Ada Lovelace Space Telescope").
	"Telescope": true, "Satellite": true, "Spacecraft": true, "Rover": true, "Memorial": true, "Monument": true,
	"Statue": true, "Tunnel": true, "Highway": true, "Expressway": true, "Freeway": true, "Parkway": true,
	"Boulevard": true, "Dam": true, "Canal": true, "Medal": true, "Lecture": true, "Scholarship": true,
	"Fellowship": true, "Prizes": true, "Syndrome": true, "Disease": true, "Effect": true, "Theorem": true,
	"Rule": true, "Doctrine": true, "Amendment": true, "Acts": true, "Fund": true, "Cathedral": true,
	"Chapel": true, "Gardens": true, "Division": true, "Member": true, "Members": true, "Place": true,
	"Capitol": true, "Hole": true, "Wing": true, "Hurricane": true, "Typhoon": true, "Cyclone": true, "Storm": true, "Tropical": true, "Garden": true, "Plaza": true, "Terminal": true,
	// Landforms and lands ("Quell Basin", "Zorva Dependency").
	"Basin": true, "Glacier": true, "Strait": true, "Plateau": true, "Desert": true, "Canyon": true, "Gulf": true,
	"Fjord": true, "Dependency": true, "Coast": true, "Reef": true, "Trench": true, "Volcano": true, "Crater": true,
	"Lagoon": true, "Peninsula": true, "Archipelago": true, "Sandstone": true,
	// Days ("Ash Wednesday", "Black Friday") and other words no surname is.
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "License": true, "Licence": true, "Edition": true, "Version": true, "Update": true,
	"Settings": true, "Preferences": true, "Policy": true, "Guide": true, "Season": true, "Episode": true,
	"Base": true, "Goes": true, "Gets": true, "Takes": true, "Comes": true, "Makes": true, "Meets": true, "Says": true,
	"Wants": true, "Loves": true, "Does": true, "Steps": true, "Returns": true,
	"Live": true, "Tonight": true, "Book": true, "Survey": true, "Study": true, "Barometer": true, "Outlook": true, "Marathon": true, "Triathlon": true, "Regatta": true, "Expo": true, "Fair": true, "Carnival": true, "Parade": true,
	"Chapter": true, "Volume": true, "Controversy": true, "Catholicism": true, "Protestantism": true,
	// Garments and goods: "the Quill Cami Dress", "a Puff Sleeve Knit Top".
	"Dress": true, "Dresses": true, "Top": true, "Tops": true, "Shirt": true, "Blouse": true, "Jacket": true,
	"Coat": true, "Sweater": true, "Cardigan": true, "Hoodie": true, "Pants": true, "Trousers": true, "Jeans": true,
	"Leggings": true, "Skirt": true, "Jumpsuit": true, "Romper": true, "Sneakers": true, "Boots": true,
	"Sandals": true, "Loafers": true, "Tote": true, "Backpack": true, "Knit": true, "Sleeve": true, "Midi": true,
	"Maxi": true, "Treats": true, "Cereal": true, "Payment": true, "Purchase": true, "Steaks": true,
	"Counties": true, "Classic": true, "Modern": true,
	// Features' and posts' kinds ("the Quill Cookie Search", "Ada's Recipe Roundup").
	"Search": true, "Contest": true, "Challenge": true, "Giveaway": true, "Recipe": true, "Recipes": true,
	"Tips": true, "Deals": true, "Sale": true, "Quiz": true, "Podcast": true, "Newsletter": true, "Roundup": true,
	"Tutorial": true, "Recap": true, "Review": true, "Reviews": true,
}

// nounSurnames are nouns of notNameWords that are also common surnames:
// right after a given name they end a person's name ("Mara Price").
var nounSurnames = map[string]bool{"Price": true, "Law": true, "Case": true, "Marsh": true, "Man": false, "Day": true}

// pairingNouns name what joins two parties written with a hyphen before
// them ("the Acme-Jane Roe deal", "the Roe-Quill ticket").
var pairingNouns = map[string]bool{
	"deal": true, "summit": true, "merger": true, "partnership": true, "talks": true, "meeting": true,
	"alliance": true, "ticket": true, "rivalry": true, "agreement": true, "collaboration": true, "feud": true,
	"pact": true, "venture": true, "tie-up": true, "accord": true, "negotiations": true, "split": true,
	"match": true, "bout": true, "fight": true, "debate": true, "duel": true, "showdown": true, "union": true,
}

// namesakeNouns are places and things named after a person that "the" and
// the name come before ("the Walter Reed hospital").
var namesakeNouns = map[string]bool{
	"hospital": true, "school": true, "university": true, "college": true, "center": true, "centre": true,
	"museum": true, "library": true, "stadium": true, "arena": true, "foundation": true, "institute": true,
	"award": true, "prize": true, "trophy": true, "scholarship": true, "fellowship": true, "building": true,
	"bridge": true, "highway": true, "park": true, "theater": true, "theatre": true, "collection": true, "line": true,
}

// orgNouns are lower-case nouns that name a kind of organization.
var orgNouns = map[string]bool{
	"company": true, "firm": true, "group": true, "startup": true, "start-up": true, "label": true, "brand": true,
	"retailer": true, "carrier": true, "automaker": true, "carmaker": true, "insurer": true, "lender": true, "bank": true,
	"broadcaster": true, "publisher": true, "newspaper": true, "network": true, "outlet": true, "magazine": true,
	"agency": true, "conglomerate": true, "manufacturer": true, "maker": true, "developer": false, "studio": true,
	"nonprofit": true, "non-profit": true, "charity": true, "organization": true, "organisation": true, "club": true,
	"airline": true, "chain": true, "operator": true, "supplier": true, "giant": true, "subsidiary": true,
	"journal": true, "publication": true, "website": true, "site": true, "team": true, "band": true, "tank": true,
	"regulator": true, "watchdog": true, "paper": true, "tabloid": true, "channel": true, "platform": true,
	"franchise": true, "union": true, "broadcasters": false, "insurers": false, "lenders": false,
}

// groupNouns are plural or collective nouns that speak in news text
// ("Others said", "Sources say", "Police said"): capitalised at the start
// of a sentence, they are no single-word names.
var groupNouns = map[string]bool{
	"others": true, "sources": true, "officials": true, "critics": true, "experts": true, "analysts": true, "residents": true,
	"witnesses": true, "authorities": true, "investigators": true, "police": true, "protesters": true, "protestors": true,
	"prosecutors": true, "researchers": true, "scientists": true, "doctors": true, "lawmakers": true, "fans": true,
	"parents": true, "teachers": true, "students": true, "workers": true, "employees": true, "users": true, "people": true,
	"observers": true, "supporters": true, "opponents": true, "economists": true, "traders": true, "investors": true,
	"officers": true, "neighbors": true, "neighbours": true, "friends": true, "family": true, "relatives": true,
	"organizers": true, "organisers": true, "activists": true, "voters": true, "locals": true, "insiders": true,
	"executives": true, "reports": true, "documents": true, "records": true, "data": true, "polls": true, "studies": true,
	"scholars": true, "historians": true, "commentators": true, "staff": true, "members": true, "leaders": true,
	"both": true, "several": true, "everyone": true, "nobody": true, "someone": true, "somebody": true, "none": true,
	"women": true, "men": true, "children": true, "kids": true, "viewers": true, "readers": true, "customers": true,
	"correction": true, "update": true, "clarification": true, "note": true, "editor": true, "source": true,
}

// demonyms are nationality words that are no names ("Syrian", "Arab").
var demonyms = map[string]bool{
	"Arab": true, "Arabs": true, "Chinese": true, "British": true, "Japanese": true, "French": true, "Dutch": true,
	"Irish": true, "Scottish": true, "Welsh": true, "English": true, "Spanish": true, "Swiss": true, "Thai": true,
	"Greek": true, "Greeks": true, "Turkish": true, "Turks": true, "Kurdish": true, "Kurds": true, "Danish": true,
	"Swedish": true, "Swedes": true, "Finnish": true, "Finns": true, "Polish": true, "Poles": true, "Israeli": true,
	"Israelis": true, "Iraqi": true, "Iraqis": true, "Pakistani": true, "Pakistanis": true, "Afghan": true,
	"Afghans": true, "Saudi": true, "Saudis": true, "Yemeni": true, "Yemenis": true, "Somali": true, "Somalis": true,
	"Kuwaiti": true, "Qatari": true, "Emirati": true, "Bangladeshi": true, "Nepali": true, "Filipino": true,
	"Filipinos": true, "Jewish": true, "Jews": true, "Muslim": true, "Muslims": true, "Christian": false,
	"Christians": true, "Hindu": true, "Hindus": true, "Sikh": true, "Sikhs": true, "Catholic": true, "Catholics": true,
	"Germans": true, "German": true, "Czech": true, "Czechs": true, "Slovak": true, "Uzbek": true, "Kazakh": true,
	"Democrat": true, "Democrats": true, "Republican": true, "Republicans": true, "Conservatives": true, "Liberals": true,
	"Labour": false, "Tories": true, "Brexiteers": true, "Remainers": true,
	// Nationalities the suffix rule misses ("-yan", "-ban", "-lan", "-uan"…).
	"Kenyan": true, "Ugandan": true, "Rwandan": true, "Moroccan": true, "Cuban": true, "Tibetan": true,
	"Venezuelan": true, "Nicaraguan": true, "Guatemalan": true, "Salvadoran": true, "Nigerien": true, "Omani": true,
	"Bahraini": true, "Libyan": true, "Angolan": true, "Botswanan": true, "Azerbaijani": true, "Tajik": true,
	"Turkmen": true, "Kyrgyz": true, "Uyghur": true, "Paraguayan": true, "Uruguayan": true, "Argentine": true,
	"Honduran": true, "Texan": true, "Samoan": true, "Tongan": true, "Icelandic": true, "Montenegrin": true,
	"Cypriot": true, "Yazidi": true, "Druze": true, "Pashtun": true, "Baloch": true, "Catalan": true,
	"Basque": true, "Flemish": true, "Sahrawi": true, "Tamil": true, "Bengali": true, "Punjabi": true,
	"Gujarati": true, "Sindhi": true,
}

// isDemonym reports whether a capitalised word is a nationality or group
// word: listed, or ending like one ("Syrian", "Americans", "Lebanese")
// and not a given name.
func isDemonym(w string, given bool) bool {
	if demonyms[w] {
		return true
	}
	if given {
		return false
	}
	for _, suf := range []string{"ian", "ians", "ese", "ean", "eans", "ican", "icans", "ans"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			if suf == "ans" && !strings.HasSuffix(w, "ians") && !strings.HasSuffix(w, "icans") && !strings.HasSuffix(w, "eans") {
				continue // "Evans", "Morgans": surnames
			}
			return true
		}
	}
	return false
}

// speakingVerbs make the capitalised word before them a speaker's name
// ("Lopez said"): verbs of speech that are not also plural nouns ("notes",
// "reports", "claims").
var speakingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true, "asked": true, "asks": true,
	"explained": true, "explains": true, "wrote": true, "writes": true, "tweeted": true, "recalled": true, "recalls": true,
	"insisted": true, "insists": true, "argued": true, "argues": true, "warned": true, "warns": true, "noted": true,
	"stated": true, "acknowledged": true, "admitted": true, "admits": true, "replied": true, "responded": true,
	"responds": true, "continued": true, "confirmed": true, "confirms": true, "declared": true, "announced": true,
	"suggested": true, "predicted": true, "conceded": true, "concedes": true, "countered": true, "complained": true,
	"quipped": true, "joked": true, "agreed": true, "agrees": true, "testified": true, "emphasized": true,
	"emphasised": true, "stressed": true, "reiterated": true, "cautioned": true, "lamented": true, "mused": true,
	"remarked": true, "observed": true, "commented": true, "concluded": true, "maintained": true, "contended": true,
}

// surnameTitles are titles that are also surnames and may end a name
// ("Martin Luther King Jr.", "Carrie Bishop").
var surnameTitles = map[string]bool{
	"King": true, "Bishop": true, "Major": true, "Judge": true, "Prince": true, "Pope": true, "Chancellor": true,
	"Sheriff": true, "Constable": true, "Marshal": true, "Cardinal": true, "Dean": true, "Knight": true,
}

// notInitials are dotted abbreviations that are no one's initials.
var notInitials = map[string]bool{
	"P.O.": true, "P.S.": true, "A.M.": true, "P.M.": true, "U.S.": true, "U.K.": true, "E.U.": true, "U.N.": true,
	"D.C.": true, "L.A.": true, "N.Y.": true, "B.C.": true, "A.D.": true, "R.I.P.": true, "Q.E.D.": true, "G.E.": true,
}

// quantityNouns open sentences before "of" and are no names ("Shares of
// Tata Motors rose", "Thousands of people").
var quantityNouns = map[string]bool{
	"shares": true, "thousands": true, "hundreds": true, "dozens": true, "millions": true, "billions": true,
	"members": true, "parts": true, "sales": true, "prices": true, "stocks": true, "rates": true, "most": true,
	"scores": true, "tens": true, "half": true, "much": true, "none": true, "all": true, "each": true,
}

// usStateCodes are the two-letter postal codes of the US states, which
// name a state after a town ("Clifton, NJ") and nothing on their own.
var usStateCodes = map[string]bool{
	"AK": true, "AL": true, "AR": true, "AZ": true, "CA": true, "CO": true, "CT": true, "DE": true, "FL": true, "GA": true,
	"HI": true, "IA": true, "ID": true, "IL": true, "IN": true, "KS": true, "KY": true, "LA": true, "MA": true, "MD": true,
	"ME": true, "MI": true, "MN": true, "MO": true, "MS": true, "MT": true, "NC": true, "ND": true, "NE": true, "NH": true,
	"NJ": true, "NM": true, "NV": true, "NY": true, "OH": true, "OK": true, "OR": true, "PA": true, "RI": true, "SC": true,
	"SD": true, "TN": true, "TX": true, "UT": true, "VA": true, "VT": true, "WA": true, "WI": true, "WV": true, "WY": true,
	"DC": true,
}

// corporateSuffixes end a company's legal name ("Acme Foods Inc."); the
// name without them is the same company.
var corporateSuffixes = map[string]bool{
	"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Co.": true, "Ltd": true, "Ltd.": true, "LLC": true, "LLP": true,
	"PLC": true, "Plc": true, "plc": true, "AG": true, "SA": true, "S.A.": true, "GmbH": true, "NV": true, "N.V.": true, "Limited": true,
}

// governmentBodies end the names of a state's institutions, which a
// nationality before them only qualifies ("the British Foreign Office").
var governmentBodies = map[string]bool{
	"Office": true, "Ministry": true, "Department": true, "Embassy": true, "Army": true, "Navy": true, "Parliament": true,
	"Government": true, "Police": true, "Senate": true, "Cabinet": true, "Military": true, "Consulate": true, "Treasury": true,
}

// sentenceAdverbs open sentences and are no names ("Afterwards Vance
// posted …").
var sentenceAdverbs = map[string]bool{
	"afterwards": true, "afterward": true, "nonetheless": true, "nevertheless": true, "moreover": true,
	"furthermore": true, "additionally": true, "overall": true, "elsewhere": true, "otherwise": true, "thus": true,
	"hence": true, "therefore": true, "instead": true, "besides": true, "likewise": true, "regardless": true,
	"nowadays": true, "ultimately": true, "anyway": true, "altogether": true, "accordingly": true,
}

// institutionEnds end the names of institutions, as opposed to venues or
// events ("Agency", not "Amphitheatre"): in a title-case line a name ending
// with one is an organization.
var institutionEnds = map[string]bool{
	"Agency": true, "Administration": true, "Authority": true, "Bureau": true, "Commission": true, "Committee": true,
	"Council": true, "Department": true, "Ministry": true, "Institute": true, "University": true, "Association": true,
	"Foundation": true, "Corporation": true, "Inc.": true, "Corp.": true, "Company": true, "Organization": true,
	"Organisation": true, "Federation": true, "Society": true, "Union": true, "Party": true, "Police": false,
	"Protection": true, "Enforcement": true, "Prevention": true, "Development": true, "Services": true,
	"Clinic": true, "Hospital": true, "College": true, "School": true,
}

// wordGivenNames are entries of the given-name lists that open names of
// things far more often than people's names in news text ("Star Wars",
// "Care Units", "Der Patient"): they are no given names here.
var wordGivenNames = map[string]bool{
	"Star": true, "Care": true, "Ring": true, "Air": true, "Der": true, "Des": true, "Ole": true, "Page": true,
	"Sky": true, "Car": true, "Crystal": false, "Summer": false, "Rock": true, "River": true, "Sterling": true, "Royal": true,
	"Early": true, // "Early Access", "Early Settlers": a heading's adjective
}

// lastOrgWords make a name an organization only as its last word
// ("Georgia Power", "Virginia Tech"; not "Power Delivery Charger").
var lastOrgWords = map[string]bool{
	"Power": true, "Tech": true, "Energy": true, "Airways": true, "Health": true, "Digital": true, "Interactive": true,
	"Analytics": true, "Dynamics": true, "Financial": true, "Mobility": true, "Games": false, "Networks": true, "Bio": true,
	// Sports clubs ("Redford Rovers", "Harmon Athletic").
	"United": true, "Rovers": true, "Athletic": true, "Wanderers": true, "Albion": true, "Hotspur": true, "Rangers": true,
	"Dynamo": true,
	// Pollsters ("the Quill Poll").
	"Poll": true, "Unit": true, "Cooperation": true, "Microsystems": true,
	// Small businesses ("Quillara Events", "the Hollis Collection").
	"Events": true, "Collection": true, "Catering": true, "Designs": true, "Boutique": true, "Bakery": true,
	"Consulting": true, "Realty": true, "Outfitters": true, "Rentals": true, "Florals": true, "Flowers": true,
	"Photography": true, "Salon": true, "Spa": true, "Cafe": true, "Café": true, "Bistro": true, "Grill": true,
	"Tavern": true, "Roasters": true, "Coffee": true, "Weddings": true, "Creamery": true, "Kitchens": true,
	// Research and data firms ("Quillsight Research", "Zorva Intelligence").
	"Research": true, "Intelligence": true, "Insights": true,
	// Shops ("the Quill Store", "Mac App Store").
	"Store": true, "Stores": true,
	// Periodicals ("Quillers Weekly", "the Quill Quarterly").
	"Weekly": true, "Monthly": true, "Quarterly": true,
	"Moving": true, "Movers": true, "Storage": true, "Plumbing": true, "Roofing": true, "Landscaping": true,
	"Cleaning": true, "Remodeling": true, "Construction": true, "Contractors": true, "Logistics": true,
	// A university's medical school or health system ("Stanford Medicine").
	"Medicine": true,
	// Charities and firms abroad ("Quill Relief International"): no
	// person's surname.
	"International": true,
}

// credentials are the degrees, licences and fellowships written after a
// person's name ("Jane Roe, MS, RD", "Alan Pike, MD, FACP"): no
// organization and no state there, though "MD", "MS", "MA" and "PA" are
// postal codes too. Dotted forms ("M.D.", "Ph.D.") are read without dots.
var credentials = map[string]bool{
	// Degrees.
	"PhD": true, "PHD": true, "DPhil": true, "MPhil": true, "MD": true, "DO": true, "MS": true, "MSc": true, "MA": true,
	"BA": true, "BS": true, "BSc": true, "MBA": true, "EMBA": true, "DBA": true, "MPH": true, "DrPH": true, "JD": true,
	"LLM": true, "LLB": true, "EdD": true, "MEd": true, "PsyD": true, "PharmD": true, "DDS": true, "DMD": true, "DVM": true,
	"VMD": true, "DPT": true, "DNP": true, "MSN": true, "BSN": true, "MFA": true, "MSW": true, "MPA": true, "MPP": true,
	"ScD": true, "DSc": true, "OD": true, "ND": true, "MBBS": true, "MBChB": true, "MHS": true, "MHA": true, "MSPH": true,
	"MPT": true, "DC": true, "MSEd": true, "MSCS": true, "MEng": true, "BEng": true, "DMSc": true, "MBE": true, "OBE": true,
	"CBE": true, "KBE": true, "DBE": true, "QC": true, "KC": true,
	// Licences and certifications.
	"RN": true, "NP": true, "PA": true, "PA-C": true, "APRN": true, "CRNA": true, "LPN": true, "CNM": true, "FNP": true,
	"FNP-BC": true, "CNP": true, "CNS": true, "RD": true, "RDN": true, "LD": true, "LDN": true, "CDN": true, "CDE": true,
	"CDCES": true, "CSSD": true, "LCSW": true, "LMFT": true, "LPC": true, "LMHC": true, "LICSW": true, "CPT": true,
	"CSCS": true, "CPA": true, "CFA": true, "CFP": true, "ChFC": true, "CLU": true, "CFE": true, "PMP": true, "PHR": true,
	"SPHR": true, "CISSP": true, "Esq.": true, "Esq": true, "ATC": true, "OTR": true, "OTR/L": true, "CCC-SLP": true,
	"IBCLC": true, "BCBA": true, "CHES": true, "RPh": true, "CEP": true, "RYT": true, "NASM-CPT": true,
	"ACE-CPT": true, "CPC": true, "LAc": true, "DACM": true, "MT": true, "CCRN": true, "CEN": true,
	// Fellowships.
	"FACP": true, "FACS": true, "FACC": true, "FAAP": true, "FACOG": true, "FASA": true, "FAHA": true, "FACE": true,
	"FACEP": true, "FAAN": true, "FAAD": true, "FCCP": true, "FASN": true, "FIDSA": true, "FRCP": true, "FRCS": true,
	"FRCPC": true, "FAAFP": true, "FACG": true, "FAANS": true, "FASCO": true, "FAND": true, "FACSM": true, "FNLA": true,
}

// fieldWords name fields of study, medicine and work ("Pulmonary and
// Critical Care Medicine", "Economics"): after "chief of" or "professor
// of" they are a department or a subject, not an employer.
var fieldWords = map[string]bool{
	"Medicine": true, "Internal": true, "Family": true, "Emergency": true, "Critical": true, "Care": true, "Pulmonary": true,
	"Cardiology": true, "Cardiovascular": true, "Oncology": true, "Neurology": true, "Neuroscience": true, "Neurosciences": true,
	"Dermatology": true, "Pediatrics": true, "Paediatrics": true, "Psychiatry": true, "Psychology": true, "Radiology": true,
	"Surgery": true, "Nursing": true, "Pathology": true, "Anesthesiology": true, "Anaesthesia": true, "Urology": true,
	"Orthopedics": true, "Orthopaedics": true, "Endocrinology": true, "Gastroenterology": true, "Nephrology": true,
	"Rheumatology": true, "Immunology": true, "Hematology": true, "Obstetrics": true, "Gynecology": true, "Ophthalmology": true,
	"Otolaryngology": true, "Geriatrics": true, "Infectious": true, "Diseases": true, "Disease": true, "Nutrition": true,
	"Dietetics": true, "Epidemiology": true, "Biostatistics": true, "Public": true, "Health": true, "Economics": true,
	"Sociology": true, "Physics": true, "Chemistry": true, "Biology": true, "Engineering": true, "Mathematics": true,
	"History": true, "Philosophy": true, "Computer": true, "Science": true, "Sciences": true, "Political": true,
	"Molecular": true, "Cellular": true, "Clinical": true, "Behavioral": true, "Behavioural": true, "Environmental": true,
	"Exercise": true, "Kinesiology": true, "Genetics": true, "Genomics": true, "Microbiology": true, "Virology": true,
	"Pharmacology": true, "Pharmacy": true, "Biochemistry": true, "Biomedical": true, "Medical": true, "Education": true,
	"Finance": true, "Marketing": true, "Management": true, "Accounting": true, "Journalism": true, "Communication": true,
	"Anthropology": true, "Linguistics": true, "Astronomy": true, "Astrophysics": true, "Geology": true, "Ecology": true,
	"Evolutionary": true, "Cognitive": true, "Developmental": true, "Social": true, "Applied": true, "Experimental": true,
	"Translational": true, "Preventive": true, "Occupational": true, "Physical": true, "Therapy": true, "Rehabilitation": true,
	"Sleep": true, "Pain": true, "Vascular": true, "Thoracic": true, "Plastic": true, "Reconstructive": true,
	"Neurosurgery": true, "Transplant": true, "Pulmonology": true, "Allergy": true, "Respiratory": true, "Reproductive": true,
	"Maternal": true, "Fetal": true, "Neonatal": true, "Adolescent": true, "Child": true, "Global": true, "Urban": true,
	"Planning": true, "Studies": true, "Statistics": true, "Data": true, "Surgical": true, "Neonatology": true,
	"Hepatology": true, "Toxicology": true, "Psychiatric": true, "Mental": true, "Biomedicine": true, "Bioengineering": true,
}

// journalHeads open the names of scientific journals, which go on with a
// field or a series ("JAMA Internal Medicine", "Nature Medicine", "BMJ
// Open"): the whole name is the journal.
var journalHeads = map[string]bool{
	"JAMA": true, "BMJ": true, "Lancet": true, "Nature": true, "Science": true, "Cell": true, "PLOS": true, "PLoS": true,
	"NEJM": true, "Annals": true, "Frontiers": true, "Proceedings": true, "Archives": true,
}

// journalSeries go after a journal head for a series of the journal
// ("BMJ Open", "Nature Communications", "Cell Reports").
var journalSeries = map[string]bool{
	"Open": true, "Network": true, "Reports": true, "Communications": true, "Advances": true, "Letters": true,
	"Reviews": true, "Review": true, "Research": true, "Translational": true, "Signaling": true, "Metabolism": true,
	"Climate": true, "Energy": true, "Sustainability": true, "Biotechnology": true, "Neuroscience": true,
}

// caProvinceCodes are the two-letter postal codes of Canada's provinces and
// territories ("Toronto, ON"), a place only after a town and a comma.
var caProvinceCodes = map[string]bool{
	"AB": true, "BC": true, "MB": true, "NB": true, "NL": true, "NS": true, "NT": true, "NU": true, "ON": true,
	"PE": true, "QC": true, "SK": true, "YT": true,
}

// wellKnownSingles are people the world names by one name: thinkers,
// composers, writers, scientists and painters whose surname alone is
// their name in any article ("teach Plato", "play Beethoven", "Is Kant
// right?"). Names that are also places, given names or firms stay out
// (Darwin, Newton, Homer, Goethe).
var wellKnownSingles = map[string]bool{
	"Plato": true, "Aristotle": true, "Socrates": true, "Confucius": true, "Kant": true, "Hegel": true,
	"Nietzsche": true, "Schopenhauer": true, "Kierkegaard": true, "Heidegger": true, "Wittgenstein": true,
	"Descartes": true, "Spinoza": true, "Leibniz": true, "Rousseau": true, "Voltaire": true, "Montaigne": true,
	"Machiavelli": true, "Hobbes": true, "Aquinas": true, "Epicurus": true, "Cicero": true, "Pythagoras": true,
	"Beethoven": true, "Mozart": true, "Chopin": true, "Tchaikovsky": true, "Brahms": true, "Schubert": true,
	"Vivaldi": true, "Shakespeare": true, "Tolstoy": true, "Dostoevsky": true, "Chekhov": true, "Kafka": true,
	"Proust": true, "Einstein": true, "Copernicus": true, "Freud": true, "Picasso": true, "Rembrandt": true,
	"Michelangelo": true, "Caravaggio": true, "Vermeer": true, "Matisse": true, "Renoir": true, "Cezanne": true,
	"Cézanne": true, "Manet": true, "Monet": true,
}

// partyNouns name the sides and subjects of a case or an event, whose
// plurals open lists of names ("Defendants Ana Ruiz, Tom Vance and …").
var partyNouns = map[string]bool{
	"defendant": true, "plaintiff": true, "suspect": true, "victim": true, "petitioner": true, "respondent": true,
	"nominee": true, "finalist": true, "honoree": true, "recipient": true, "speaker": true, "panelist": true,
}
