package htmlmeta

import (
	"strings"
	"testing"
)

func TestAuthorChoice(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "an Organization author is one name, not split on and or &",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Water safety",
"author":{"@type":"Organization","name":"Office for Water Testing and Research"}}</script></head>
<body><h1>Water safety</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Office for Water Testing and Research"}},
		},
		{
			name: "an Organization author with an ampersand",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Bike injuries",
"author":{"@type":"Organization","name":"Hale & Hale"}}</script></head>
<body><h1>Bike injuries</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Hale & Hale"}},
		},
		{
			name: "a person named in JSON-LD still wins over an Organization",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Bike injuries",
"author":[{"@type":"Organization","name":"Hale & Hale"},{"@type":"Person","name":"Tomas Verhoek"}]}</script></head>
<body><h1>Bike injuries</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Tomas Verhoek"}},
		},
		{
			name: "a one-word name after an explicit Posted by",
			page: `<body><h1>Weekend coding</h1><p>Story text that goes on for a while.</p>
<span class="posted">Posted by Oskar at March 16, 2024 10:05 AM</span></body>`,
			want: fields{Authors: []string{"Oskar"}},
		},
		{
			name: "an Interview by label under the title names the author, not the books' authors below",
			page: `<body><h1>Prize-winning novels</h1><p>Interview by</p><p>Marta Quist</p>
<ol><li><p>The Clock in the Orchard</p><p>by Fedor Anselm</p></li></ol></body>`,
			want: fields{Authors: []string{"Marta Quist"}},
		},
		{
			name: "an aside marked as the post author is the byline",
			page: `<body><article><header><aside class="post-meta"><time datetime="2023-09-01">Sep 1</time></aside>
<aside class="post-author">Nora Bellweather</aside><h1>Garden sheds</h1></header><p>Text.</p></article>
<aside class="sidebar"><p class="author">Other Person</p></aside></body>`,
			want: fields{Authors: []string{"Nora Bellweather"}},
		},
		{
			name: "links to author pages name the authors",
			page: `<body><h1>Travel cameras</h1><p>Products are chosen independently.</p>
<div class="credits"><a href="/authors/pavel-ostrander">Pavel Ostrander</a>, 4 years covering hardware
<a href="/authors/greta-holm">Greta Holm</a>, senior editor</div>
<a href="/authors/pavel-ostrander">See all of Pavel Ostrander's reviews</a><p>Text.</p></body>`,
			want: fields{Authors: []string{"Pavel Ostrander", "Greta Holm"}},
		},
		{
			name: "many author links belong to a story list, not the byline",
			page: `<body><h1>Big story</h1><p>By Ana Ruiz</p><p>Text.</p><ul>
<li><a href="/author/bo-ma">Bo Ma</a></li><li><a href="/author/cy-li">Cy Li</a></li>
<li><a href="/author/di-wu">Di Wu</a></li><li><a href="/author/ed-yu">Ed Yu</a></li></ul></body>`,
			want: fields{Authors: []string{"Ana Ruiz"}},
		},
		{
			name: "a bare name under the title followed by the date",
			page: `<body><h1>Payroll services</h1><p>Ivo Tarrant</p><p>14.05.2024</p><p>Text of the story.</p></body>`,
			want: fields{Authors: []string{"Ivo Tarrant"}},
		},
		{
			name: "a bare name under the title followed by a job title",
			page: `<body><h1>Tidal power</h1><p>What does next year hold?</p><p>Celia Varga</p><p>Science Writer</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Celia Varga"}},
		},
		{
			name: "a By line naming a desk under the title beats authors of related stories",
			page: `<body><h1>Bakery awards</h1><p>By</p><p>Crumb Staff</p><p>Published:</p><p>Apr. 9, 2024</p><p>Text.</p>
<aside class="related"><a rel="author" href="/author/ben">Rui Pak</a></aside></body>`,
			want: fields{Authors: []string{"Crumb Staff"}},
		},
		{
			name: "a By line naming no person is kept when nothing else names one",
			page: `<body><h1>Eating less salt</h1><p>October 3, 2019</p><p>By</p><p>Ask the Nurses</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Ask the Nurses"}},
		},
		{
			name: "a one-word name after a Written by label",
			page: `<body><h1>Evening classes</h1><p>5 Minutes</p><p>Written by</p><span>Ilka</span><p>Text.</p></body>`,
			want: fields{Authors: []string{"Ilka"}},
		},
		{
			name: "a byline element that opens with the date",
			page: `<body><div class="dateAndAuthor"><span>Jun 2, 2024</span> <span>Boris T. Lund</span></div><h1>Signed releases</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Boris T. Lund"}},
		},
		{
			name: "a date-and-author element whose class ends in author",
			page: `<body><header><h2>What do users like?</h2><div class="publish-date-author">Feb. 11, 2024 &middot; Lior Danforth on behalf of the team</div></header><p>Text.</p></body>`,
			want: fields{Authors: []string{"Lior Danforth"}},
		},
		{
			name: "written by inside a sentence of the author box",
			page: `<body><h1>Table joins</h1><p>Text.</p><div class="author-box">This post was written by Wanda Krull, Head of Marketing</div></body>`,
			want: fields{Authors: []string{"Wanda Krull"}},
		},
		{
			name: "JSON-LD naming the first author only is completed from the names under the title",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Free maps","author":{"@type":"Person","name":"Ada Fenn"}}</script></head>
<body><h1>Free maps</h1><p>The largest list.</p><p><a href="/a/af">Ada Fenn</a>, <a href="/a/ov">Omar Vesik</a> &amp; <a href="/a/lb">Lina Brandt</a></p><p>May 5th, 2024</p></body>`,
			want: fields{Authors: []string{"Ada Fenn", "Omar Vesik", "Lina Brandt"}},
		},
		{
			name: "citation_author tags written Last, First",
			page: `<head><meta name="citation_author" content="Quill, Imogen"><meta name="citation_author" content="Sand, Pieter">
<meta name="citation_author" content="Jane Doe, PhD"></head><body><h1>Sorting lists</h1></body>`,
			want: fields{Authors: []string{"Imogen Quill", "Pieter Sand", "Jane Doe"}},
		},
		{
			name: "main inside an unclosed aside is still the page's content",
			page: `<body><aside class="announcement-banner"><p>Big news!</p><main><article><h1>Shop lessons</h1>
<div class="blog-meta"><span class="blog-meta-author">Hugo Brisk</span></div><p>Text.</p></article></main></aside></body>`,
			want: fields{Authors: []string{"Hugo Brisk"}},
		},
		{
			name: "six names joined under a By label",
			page: `<body><h1>List sorting</h1><p>By</p><p>Ana Roe</p><p>,</p><p>Jo Pell</p><p>,</p><p>Al Crane</p><p>,</p><p>Vi Janse</p><p>,</p><p>Mita Dorn</p><p>and</p><p>Bo Lind</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Ana Roe", "Jo Pell", "Al Crane", "Vi Janse", "Mita Dorn", "Bo Lind"}},
		},
		{
			name: "a bare name after the date under the title",
			page: `<body><h1>The ferry has docked</h1><div><span>2024-06-17</span><span>·</span><a title="Gerd Ullmann"><div>Gerd Ullmann</div></a></div><p>Text of the story follows here.</p></body>`,
			want: fields{Authors: []string{"Gerd Ullmann"}},
		},
		{
			name: "an author box with a long bio after the name",
			page: `<body><h1>Garden tips</h1><p>Text.</p><div class="blog_author-box"><div>Rhea Solberg</div><p>` +
				strings.Repeat("Rhea Solberg is a growth-focused marketing professional. ", 10) + `</p></div></body>`,
			want: fields{Authors: []string{"Rhea Solberg"}},
		},
		{
			name: "a bare name under the title followed by a degree",
			page: `<body><h1>Tea kettles</h1><p>Some great makers have appeared.</p><p>Kasper Lindholm</p><p>Certified Taster, M.A. Journalism</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Kasper Lindholm"}},
		},
		{
			name: "an Author label in a metadata box beside the story",
			page: `<body><article><h1>Robots in farming</h1><aside class="insight__content"><div><h3>Published</h3><p>July 3, 2023</p></div>
<div><h3>Author</h3><p>Mara J. Okafor</p></div><div><h3>Related Program</h3><p>Robots in Farming</p></div></aside><p>Text.</p></article></body>`,
			want: fields{Authors: []string{"Mara J. Okafor"}},
		},
		{
			name: "an Author(s) list in a sidebar",
			page: `<body><h1>Lessons for river cleanup</h1><p>Text.</p><div class="l-grid__sidebar"><aside class="hero-metadata"><h6>Author(s)</h6>
<ul><li><a href="/l/?a=1">Henry P. Galt</a></li><li><a href="/l/?a=2">Ruth M. Okoro</a></li><li><a href="/l/?a=3">Simon E. Vance</a></li></ul>
<h6>Topics</h6><ul><li>Technology</li></ul></aside></div></body>`,
			want: fields{Authors: []string{"Henry P. Galt", "Ruth M. Okoro", "Simon E. Vance"}},
		},
		{
			name: "a Contributors label",
			page: `<body><h1>Shade-loving ferns</h1><div class="tags"><strong>Contributors:</strong> Dora Finch</div><p>Text.</p></body>`,
			want: fields{Authors: []string{"Dora Finch"}},
		},
	})
}

func TestNoAuthor(t *testing.T) {
	for _, page := range []string{
		`<body><h1>Weekend coding</h1><p>By Clicking the button you agree.</p></body>`,
		`<body><h1>Weekend coding</h1><p>Posted by 3 people</p></body>`,
		`<body><h1>Tidal power</h1><p>Celia Varga</p><p>There is a lot to say about clouds this year, and more.</p></body>`,
		`<body><h1>Tidal power</h1><p>Text.</p><aside class="sidebar"><h3>Popular authors</h3><p>Ana Ruiz</p><p>By Bo Ma</p></aside></body>`,
		`<body><h1>Keeping it tidy</h1><p>Everyone forgets it.</p><p>This episode features audio from</p><p>Do Homemade Window Sprays Work as Well as Vinegar?</p></body>`,
		`<body><h1>Fence costs</h1><p>Text.</p><a href="/authors/team">Learn more about our contributors</a></body>`,
	} {
		if got := readPage(t, page, "https://example.com/a").Authors; len(got) != 0 {
			t.Errorf("authors of %q = %q, want none", page, got)
		}
	}
}
