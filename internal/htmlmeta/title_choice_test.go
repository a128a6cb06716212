package htmlmeta

import "testing"

func TestTitleChoice(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "a heading ending with the site name loses it",
			page: `<head><meta property="og:site_name" content="Canvasly"><title>Critics' Choice: Best Shows 2025 – Canvasly - Canvasly</title></head>
<body><h1>Critics' Choice: Best Shows 2025 – Canvasly</h1></body>`,
			want: fields{Title: "Critics' Choice: Best Shows 2025"},
		},
		{
			name: "a heading whose first words look like the site keeps them",
			page: `<head><meta property="og:site_name" content="Brightwave"><title>Brightwave Signal #7 – The Town Without Cars?</title></head>
<body><h1>Brightwave Signal #7 – The Town Without Cars?</h1></body>`,
			want: fields{Title: "Brightwave Signal #7 – The Town Without Cars?"},
		},
		{
			name: "a short tag after a bar in the heading comes off",
			page: `<head><title>How walking calms the mind | Opinion</title></head>
<body><h1>How walking calms the mind | Opinion</h1></body>`,
			want: fields{Title: "How walking calms the mind"},
		},
		{
			name: "two short tags come off",
			page: `<head><title>How to help toddlers nap in the day | Family Guides | Riverside Clinic</title></head>
<body><h1>How to help toddlers nap in the day | Family Guides | Riverside Clinic</h1></body>`,
			want: fields{Title: "How to help toddlers nap in the day"},
		},
		{
			name: "a long part after a dash stays",
			page: `<head><title>The Village Shop Spiral - How Small Stores Close in the Age of Delivery</title></head>
<body><h1>The Village Shop Spiral - How Small Stores Close in the Age of Delivery</h1></body>`,
			want: fields{Title: "The Village Shop Spiral - How Small Stores Close in the Age of Delivery"},
		},
		{
			name: "the page's one heading, four words or more, is the headline though the metadata word it otherwise",
			page: `<head><meta property="og:title" content="Harbor Sans: Evolving Harbor's Typeface - Design"><title>Harbor Sans: Evolving Harbor's Typeface</title></head>
<body><h1>Making Harbor Sans Round</h1><p>Text.</p></body>`,
			want: fields{Title: "Making Harbor Sans Round"},
		},
		{
			name: "a short heading the metadata do not echo is a section label",
			page: `<head><meta property="og:title" content="Private Bike Lock Recommendations and Comparison"></head>
<body><h1>Bike Locks</h1><p>Text.</p></body>`,
			want: fields{Title: "Private Bike Lock Recommendations and Comparison"},
		},
		{
			name: "a JSON-LD headline cut at a length limit gives way to the whole og:title",
			page: `<head><meta property="og:title" content="Fix It Monday: Struggling With How To Light Your Long Hallway? We Help 3 Readers Find Good Answers (Including One Cheap Floor Lamp) - Jo Home">
<meta property="og:site_name" content="Jo Home">
<script type="application/ld+json">{"@type":"Article","headline":"Fix It Monday: Struggling With How To Light Your Long Hallway? We Help 3 Readers Find Good Answers (Including"}</script></head>
<body><p>No heading here.</p></body>`,
			want: fields{Title: "Fix It Monday: Struggling With How To Light Your Long Hallway? We Help 3 Readers Find Good Answers (Including One Cheap Floor Lamp)"},
		},
		{
			name: "a short JSON-LD headline is not extended by a longer og:title",
			page: `<head><meta property="og:title" content="City Guide Rankings: Full & Part Day Tours - Harlow Advisors">
<script type="application/ld+json">{"@type":"Article","headline":"City Guide Rankings: Full & Part Day Tours"}</script></head>
<body><p>No heading here.</p></body>`,
			want: fields{Title: "City Guide Rankings: Full & Part Day Tours"},
		},
		{
			name: "a site name field holding the whole document title is no site name",
			page: `<head><meta property="og:site_name" content="Growing Pears Indoors: a Short Guide | Orchard"><meta property="og:title" content="Growing Pears Indoors: a Short Guide | Orchard">
<title>Growing Pears Indoors: a Short Guide | Orchard</title></head>
<body><h1>Growing Pears Indoors: a Short Guide</h1></body>`,
			want: fields{Title: "Growing Pears Indoors: a Short Guide"},
		},
		{
			name: "of two headings, the one sharing the metadata's longer words wins over one sharing only short words",
			page: `<head><meta property="og:title" content="Our Favorite Swimming Spots in Lakeford"><title>Where to Swim in Lakeford | Lakeford Weekly</title></head>
<body><h1>Best Beaches and Pools in Lakeford for Swimming</h1><p>Text.</p><h1>Next in Your Guide to Being Outside in Lakeford</h1></body>`,
			want: fields{Title: "Best Beaches and Pools in Lakeford for Swimming"},
		},
		{
			name: "a heading with the metadata title's words in another order is the headline",
			page: `<head><meta property="og:title" content="Walking Plan Beginner"></head>
<body><h1>BEGINNER WALKING PLAN</h1><p>Text.</p></body>`,
			want: fields{Title: "BEGINNER WALKING PLAN"},
		},
		{
			name: "a heading holding the metadata title and a kicker loses to it",
			page: `<head><meta property="og:title" content="Ten Ways to Store Onions"></head>
<body><h1>Kitchen notes: Ten Ways to Store Onions</h1><p>Text.</p></body>`,
			want: fields{Title: "Ten Ways to Store Onions"},
		},
		{
			name: "a heading that goes on where the metadata title stops is the whole title",
			page: `<head><meta property="og:title" content="Roof Care Tips: 9 Habits & Repairs | Acme Roofing"></head>
<body><h1>Roof Care Tips: 9 Habits & Repairs to Stop Leaks</h1><p>Text.</p></body>`,
			want: fields{Title: "Roof Care Tips: 9 Habits & Repairs to Stop Leaks"},
		},
		{
			name: "an exclamation after a dash is part of the headline, not a site tag",
			page: `<head><title>Best Kites for Kids - Our Picks! - Kite Corner</title><meta property="og:site_name" content="Kite Corner"></head>
<body><h1>Best Kites for Kids – Our Picks!</h1></body>`,
			want: fields{Title: "Best Kites for Kids – Our Picks!"},
		},
		{
			name: "a host name opening the document title comes off",
			page: `<head><title>example.org Notes on Fermenting Cabbage</title></head><body><p>Text.</p></body>`,
			url:  "https://example.org/2024/notes.html",
			want: fields{Title: "Notes on Fermenting Cabbage"},
		},
	})
}
