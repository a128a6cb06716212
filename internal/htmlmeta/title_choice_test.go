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
	})
}
