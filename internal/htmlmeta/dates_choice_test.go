package htmlmeta

import (
	"strings"
	"testing"
)

// teaserLines returns n short teaser texts, each in its own element.
func teaserLines(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>Teaser line about something else</p>")
	}
	return b.String()
}

func TestDatelineChoice(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan","datePublished":"2021-03-04T10:00:00Z"}</script>`
	runPages(t, []pageCase{
		{
			name: "a date far below the title loses to the declared date",
			page: `<head>` + ld + `</head><body><h1>Harbour plan</h1><p>By Ana Ruiz</p>` + teaserLines(12) +
				`<p>Recent posts</p><p>Another story</p><p>March 9, 2021</p></body>`,
			want: fields{Published: "2021-03-04T10:00:00Z"},
		},
		{
			name: "a date far below the title is still used when nothing else dates the page",
			page: `<body><h1>Harbour plan</h1><p>By Ana Ruiz</p>` + teaserLines(12) + `<p>March 9, 2021</p></body>`,
			want: fields{Published: "2021-03-09"},
		},
		{
			name: "the dateline just above the title beats a teaser date further below",
			page: `<body><p>Ana Ruiz</p><p>Mar 4, 2021 · 5 min read</p><h1>Harbour plan</h1>` + teaserLines(6) +
				`<p>Mar 9, 2021 · 3 min read</p></body>`,
			want: fields{Published: "2021-03-04"},
		},
		{
			name: "a masthead date above the title loses to the dateline the metadata confirms",
			page: `<head>` + ld + `</head><body><p>Friday, March 12, 2021</p><p>Subscribe</p><h1>Harbour plan</h1>` +
				`<p>Kicker</p><p>By Ana Ruiz</p><p>on</p><p>March 4, 2021</p></body>`,
			want: fields{Published: "2021-03-04T10:00:00Z"},
		},
		{
			name: "a numeric dateline read in the other order than the declared date takes the declared one",
			page: `<html lang="en-US"><head><script type="application/ld+json">{"@type":"Article","headline":"Renovation phases",
"datePublished":"2024-09-10T16:07:00Z"}</script></head><body><h1>Renovation phases</h1><p>09.10.2024</p></body></html>`,
			want: fields{Published: "2024-09-10T16:07:00Z"},
		},
		{
			name: "a numeric dateline that differs otherwise stays",
			page: `<html lang="en-US"><head><script type="application/ld+json">{"@type":"Article","headline":"Renovation phases",
"datePublished":"2024-09-12T16:07:00Z"}</script></head><body><h1>Renovation phases</h1><p>09.10.2024</p></body></html>`,
			want: fields{Published: "2024-10-09"},
		},
		{
			name: "a dateline showing the UTC modification day in the page's zone is the modification",
			page: `<head><meta property="article:published_time" content="2021-03-11T06:41:10+00:00">
<meta property="article:modified_time" content="2022-10-14T00:31:05+00:00"></head>
<body><h1>Cheese for beginners</h1><p>13 October,2022</p><p>By Rolf Amberg</p></body>`,
			want: fields{Published: "2021-03-11T06:41:10Z"},
		},
		{
			name: "a dateline is kept when published and modified are one build stamp",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Sparse probes",
"datePublished":"2024-05-21T21:10:40Z","dateModified":"2024-05-21T21:10:31Z"}</script></head>
<body><h1>Sparse probes</h1><p>May 20, 2024</p><p>Text.</p></body>`,
			want: fields{Published: "2024-05-20"},
		},
		{
			name: "a date printed right after the byline, far from the title",
			page: `<body><h1>How bridges are built</h1>` + teaserLines(30) + `<div><p>Written by <a href="/a/iv">Ines Valo</a></p><p>April 9, 2023</p></div></body>`,
			want: fields{Published: "2023-04-09"},
		},
		{
			name: "published equal to modified to the second gives way to a marked publication time",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Ledger tips",
"datePublished":"2024-10-02T09:14:05-05:00","dateModified":"2024-10-02T09:14:05-05:00"}</script></head>
<body><h1>Ledger tips</h1>` + teaserLines(30) + `<p>Published <time itemprop="datePublished" datetime="2024-06-04">June 4, 2024</time></p></body>`,
			want: fields{Published: "2024-06-04"},
		},
		{
			name: "published before modified is kept over a marked time",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Ledger tips",
"datePublished":"2024-03-01T08:00:00Z","dateModified":"2024-10-02T14:14:05Z"}</script></head>
<body><h1>Ledger tips</h1>` + teaserLines(30) + `<p>Published <time itemprop="datePublished" datetime="2024-06-04">June 4, 2024</time></p></body>`,
			want: fields{Published: "2024-03-01T08:00:00Z"},
		},
		{
			name: "a section placed under the menu is no menu: its heading and dateline count",
			page: `<body><nav><a href="/">Home</a></nav><div class="section-wrapper under-menu"><h1>Quiet keyboards compared</h1>
<p>June 10, 2025 | 13 min read</p></div>` + teaserLines(3) + `<p>July 12, 2025 • 9 min read</p></body>`,
			want: fields{Title: "Quiet keyboards compared", Published: "2025-06-10"},
		},
		{
			name: "a wire dateline opening the description dates a page that states no other date",
			page: `<head><meta name="description" content="By Lena Park
TOWNSVILLE, Mar 3, 2024 (AB) - Farmers in the valley planted early this year."></head>
<body><h2>Early planting in the valley</h2><p>Farmers in the valley planted early this year.</p></body>`,
			want: fields{Published: "2024-03-03"},
		},
		{
			name: "a class describing a layout with a sidebar is no sidebar: its heading and dateline count",
			page: `<body><div class="story-template-sidebar"><section class="container post-with-sidebar"><div class="grid--sidebar"><h1>Pruning old apple trees</h1>
<p>By Ana Ruiz</p><p>March 4, 2021</p></div></section></div><div class="sidebar"><p>March 9, 2021</p></div></body>`,
			want: fields{Title: "Pruning old apple trees", Published: "2021-03-04"},
		},
	})
}

func TestWireDateline(t *testing.T) {
	for _, tc := range []struct {
		desc string
		want string // "" when no dateline
	}{
		{"TOWNSVILLE, Mar 3, 2024 (AB) - Farmers planted early.", "2024-03-03"},
		{"By Lena Park\nPORT ELLEN, 4 May 2023 – The ferry was late.", "2023-05-04"},
		{"in short, Mar 3, 2024 was the warmest day - farmers planted early.", ""},
		{"Farmers planted early, on Mar 3, 2024, a week ahead of the neighbours and the rest of the county (AB).", ""},
		{"TOWNSVILLE (AB) - Farmers planted early.", ""},
		{"", ""},
	} {
		d, ok := wireDateline(false, tc.desc)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("wireDateline(%q) = %q, want %q", tc.desc, got, tc.want)
		}
	}
}
