package htmlmeta

import "testing"

func TestTitleChoice(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "a heading ending with the site name loses it",
			page: `<head><meta property="og:site_name" content="Artlyst"><title>Critics' Choice: Best Shows 2025 – Artlyst - Artlyst</title></head>
<body><h1>Critics' Choice: Best Shows 2025 – Artlyst</h1></body>`,
			want: fields{Title: "Critics' Choice: Best Shows 2025"},
		},
		{
			name: "a heading whose first words look like the site keeps them",
			page: `<head><meta property="og:site_name" content="Digjitale"><title>Digjitale Signal #18 – The World Without Work?</title></head>
<body><h1>Digjitale Signal #18 – The World Without Work?</h1></body>`,
			want: fields{Title: "Digjitale Signal #18 – The World Without Work?"},
		},
		{
			name: "a short tag after a bar in the heading comes off",
			page: `<head><title>How meditation rewires brains | Opinion</title></head>
<body><h1>How meditation rewires brains | Opinion</h1></body>`,
			want: fields{Title: "How meditation rewires brains"},
		},
		{
			name: "two short tags come off",
			page: `<head><title>How to help babies sleep through the night | Patient Education | Valley Children's Hospital</title></head>
<body><h1>How to help babies sleep through the night | Patient Education | Valley Children's Hospital</h1></body>`,
			want: fields{Title: "How to help babies sleep through the night"},
		},
		{
			name: "a long part after a dash stays",
			page: `<head><title>The Programming Language Death Spiral - How Small Languages Die in the Age of AI</title></head>
<body><h1>The Programming Language Death Spiral - How Small Languages Die in the Age of AI</h1></body>`,
			want: fields{Title: "The Programming Language Death Spiral - How Small Languages Die in the Age of AI"},
		},
		{
			name: "the page's one heading, four words or more, is the headline though the metadata word it otherwise",
			page: `<head><meta property="og:title" content="Google Sans: Evolving Google's Typeface - Design"><title>Google Sans: Evolving Google's Typeface</title></head>
<body><h1>Making Google Sans Flex</h1><p>Text.</p></body>`,
			want: fields{Title: "Making Google Sans Flex"},
		},
		{
			name: "a short heading the metadata do not echo is a section label",
			page: `<head><meta property="og:title" content="Private VPN Service Recommendations and Comparison"></head>
<body><h1>VPN Services</h1><p>Text.</p></body>`,
			want: fields{Title: "Private VPN Service Recommendations and Comparison"},
		},
		{
			name: "a JSON-LD headline cut at a length limit gives way to the whole og:title",
			page: `<head><meta property="og:title" content="Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick) - Jo Home">
<meta property="og:site_name" content="Jo Home">
<script type="application/ld+json">{"@type":"Article","headline":"Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including"}</script></head>
<body><p>No heading here.</p></body>`,
			want: fields{Title: "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick)"},
		},
		{
			name: "a short JSON-LD headline is not extended by a longer og:title",
			page: `<head><meta property="og:title" content="US News MBA Rankings: Full & Part Time Programs - Blackman Consulting">
<script type="application/ld+json">{"@type":"Article","headline":"US News MBA Rankings: Full & Part Time Programs"}</script></head>
<body><p>No heading here.</p></body>`,
			want: fields{Title: "US News MBA Rankings: Full & Part Time Programs"},
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
