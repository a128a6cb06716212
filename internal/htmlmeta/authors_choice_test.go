package htmlmeta

import (
	"strings"
	"testing"
)

func TestAuthorChoice(t *testing.T) {
	runPages(t, []pageCase{
		{
			name: "an Organization author is one name, not split on and or &",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Drug safety",
"author":{"@type":"Organization","name":"Center for Drug Evaluation and Research"}}</script></head>
<body><h1>Drug safety</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Center for Drug Evaluation and Research"}},
		},
		{
			name: "an Organization author with an ampersand",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Gym injuries",
"author":{"@type":"Organization","name":"Morgan & Morgan"}}</script></head>
<body><h1>Gym injuries</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Morgan & Morgan"}},
		},
		{
			name: "a person named in JSON-LD still wins over an Organization",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Gym injuries",
"author":[{"@type":"Organization","name":"Morgan & Morgan"},{"@type":"Person","name":"Justin Meserole"}]}</script></head>
<body><h1>Gym injuries</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Justin Meserole"}},
		},
		{
			name: "a one-word name after an explicit Posted by",
			page: `<body><h1>Vibe coding</h1><p>Story text that goes on for a while.</p>
<span class="posted">Posted by David at December 16, 2025 11:15 AM</span></body>`,
			want: fields{Authors: []string{"David"}},
		},
		{
			name: "an Interview by label under the title names the author, not the books' authors below",
			page: `<body><h1>Award-winning novels</h1><p>Interview by</p><p>Sylvia Bishop</p>
<ol><li><p>The Man Who Saw Seconds</p><p>by Alexander Boldizar</p></li></ol></body>`,
			want: fields{Authors: []string{"Sylvia Bishop"}},
		},
		{
			name: "an aside marked as the post author is the byline",
			page: `<body><article><header><aside class="post-meta"><time datetime="2023-09-01">Sep 1</time></aside>
<aside class="post-author">Katie Liguori</aside><h1>Home gyms</h1></header><p>Text.</p></article>
<aside class="sidebar"><p class="author">Other Person</p></aside></body>`,
			want: fields{Authors: []string{"Katie Liguori"}},
		},
		{
			name: "links to author pages name the authors",
			page: `<body><h1>Gaming laptops</h1><p>Products are chosen independently.</p>
<div class="credits"><a href="/authors/adrien-ramirez">Adrien Ramirez</a>, 4 years covering hardware
<a href="/authors/joanna-nelius">Joanna Nelius</a>, senior editor</div>
<a href="/authors/adrien-ramirez">See all of Adrien Ramirez's reviews</a><p>Text.</p></body>`,
			want: fields{Authors: []string{"Adrien Ramirez", "Joanna Nelius"}},
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
			page: `<body><h1>HR shared services</h1><p>Elliot Raba</p><p>23.07.2025</p><p>Text of the story.</p></body>`,
			want: fields{Authors: []string{"Elliot Raba"}},
		},
		{
			name: "a bare name under the title followed by a job title",
			page: `<body><h1>Cloud computing</h1><p>What does 2025 hold?</p><p>Juliette Carreiro</p><p>Tech Writer</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Juliette Carreiro"}},
		},
		{
			name: "a By line naming a desk under the title beats authors of related stories",
			page: `<body><h1>Michelin winners</h1><p>By</p><p>Resy Staff</p><p>Published:</p><p>Nov. 19, 2025</p><p>Text.</p>
<aside class="related"><a rel="author" href="/author/ben">Ben Hon</a></aside></body>`,
			want: fields{Authors: []string{"Resy Staff"}},
		},
		{
			name: "a By line naming no person is kept when nothing else names one",
			page: `<body><h1>Going vegan</h1><p>December 7, 2020</p><p>By</p><p>Ask the Doctors</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Ask the Doctors"}},
		},
		{
			name: "a one-word name after a Written by label",
			page: `<body><h1>Online courses</h1><p>5 Minutes</p><p>Written by</p><span>Eliz</span><p>Text.</p></body>`,
			want: fields{Authors: []string{"Eliz"}},
		},
		{
			name: "a byline element that opens with the date",
			page: `<body><div class="dateAndAuthor"><span>Dec 17, 2025</span> <span>Julian K. Arni</span></div><h1>Attested builds</h1><p>Text.</p></body>`,
			want: fields{Authors: []string{"Julian K. Arni"}},
		},
		{
			name: "a date-and-author element whose class ends in author",
			page: `<body><header><h2>What do people love?</h2><div class="publish-date-author">Dec. 19, 2025 &middot; Niko Matsakis on behalf of the team</div></header><p>Text.</p></body>`,
			want: fields{Authors: []string{"Niko Matsakis"}},
		},
		{
			name: "written by inside a sentence of the author box",
			page: `<body><h1>Index types</h1><p>Text.</p><div class="author-box">This post was written by Danielle Padula, Head of Marketing</div></body>`,
			want: fields{Authors: []string{"Danielle Padula"}},
		},
		{
			name: "JSON-LD naming the first author only is completed from the names under the title",
			page: `<head><script type="application/ld+json">{"@type":"Article","headline":"Free certificates","author":{"@type":"Person","name":"Rui Ma"}}</script></head>
<body><h1>Free certificates</h1><p>The largest list.</p><p><a href="/a/rm">Rui Ma</a>, <a href="/a/hl">Heba Ledwon</a> &amp; <a href="/a/sp">Suparn Patra</a></p><p>Nov 25th, 2025</p></body>`,
			want: fields{Authors: []string{"Rui Ma", "Heba Ledwon", "Suparn Patra"}},
		},
		{
			name: "citation_author tags written Last, First",
			page: `<head><meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">
<meta name="citation_author" content="Jane Doe, PhD"></head><body><h1>Merging models</h1></body>`,
			want: fields{Authors: []string{"Aniruddha Roy", "Jyoti Patel", "Jane Doe"}},
		},
		{
			name: "main inside an unclosed aside is still the page's content",
			page: `<body><aside class="announcement-banner"><p>Big news!</p><main><article><h1>Startup lessons</h1>
<div class="blog-meta"><span class="blog-meta-author">Tim Enwall</span></div><p>Text.</p></article></main></aside></body>`,
			want: fields{Authors: []string{"Tim Enwall"}},
		},
		{
			name: "six names joined under a By label",
			page: `<body><h1>Model merging</h1><p>By</p><p>Ana Roy</p><p>,</p><p>Jo Patel</p><p>,</p><p>Al Chadha</p><p>,</p><p>Vi Jain</p><p>,</p><p>Mita Dasgupta</p><p>and</p><p>Bo Lindqvist</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Ana Roy", "Jo Patel", "Al Chadha", "Vi Jain", "Mita Dasgupta", "Bo Lindqvist"}},
		},
		{
			name: "a bare name after the date under the title",
			page: `<body><h1>The pilot has landed</h1><div><span>2025-12-17</span><span>·</span><a title="Trond Teigen"><div>Trond Teigen</div></a></div><p>Text of the story follows here.</p></body>`,
			want: fields{Authors: []string{"Trond Teigen"}},
		},
		{
			name: "an author box with a long bio after the name",
			page: `<body><h1>SEO tips</h1><p>Text.</p><div class="blog_author-box"><div>Lauren Vetter</div><p>` +
				strings.Repeat("Lauren Vetter is a growth-focused marketing professional. ", 10) + `</p></div></body>`,
			want: fields{Authors: []string{"Lauren Vetter"}},
		},
		{
			name: "a bare name under the title followed by a degree",
			page: `<body><h1>Espresso machines</h1><p>Some great makers have appeared.</p><p>Asser Christensen</p><p>Licensed Grader, M.A. Journalism</p><p>Text.</p></body>`,
			want: fields{Authors: []string{"Asser Christensen"}},
		},
		{
			name: "an Author label in a metadata box beside the story",
			page: `<body><article><h1>AI in health care</h1><aside class="insight__content"><div><h3>Published</h3><p>August 30, 2024</p></div>
<div><h3>Author</h3><p>Lisa D. Ellis</p></div><div><h3>Related Program</h3><p>AI in Health Care</p></div></aside><p>Text.</p></article></body>`,
			want: fields{Authors: []string{"Lisa D. Ellis"}},
		},
		{
			name: "an Author(s) list in a sidebar",
			page: `<body><h1>Lessons for climate change</h1><p>Text.</p><div class="l-grid__sidebar"><aside class="hero-metadata"><h6>Author(s)</h6>
<ul><li><a href="/l/?a=1">John A. Alic</a></li><li><a href="/l/?a=2">David C. Mowery</a></li><li><a href="/l/?a=3">Edward S. Rubin</a></li></ul>
<h6>Topics</h6><ul><li>Technology</li></ul></aside></div></body>`,
			want: fields{Authors: []string{"John A. Alic", "David C. Mowery", "Edward S. Rubin"}},
		},
		{
			name: "a Contributors label",
			page: `<body><h1>Low-light houseplants</h1><div class="tags"><strong>Contributors:</strong> Janet Loughrey</div><p>Text.</p></body>`,
			want: fields{Authors: []string{"Janet Loughrey"}},
		},
	})
}

func TestNoAuthor(t *testing.T) {
	for _, page := range []string{
		`<body><h1>Vibe coding</h1><p>By Clicking the button you agree.</p></body>`,
		`<body><h1>Vibe coding</h1><p>Posted by 3 people</p></body>`,
		`<body><h1>Cloud computing</h1><p>Juliette Carreiro</p><p>There is a lot to say about clouds this year, and more.</p></body>`,
		`<body><h1>Cloud computing</h1><p>Text.</p><aside class="sidebar"><h3>Popular authors</h3><p>Ana Ruiz</p><p>By Bo Ma</p></aside></body>`,
		`<body><h1>Keeping it clean</h1><p>Everybody does it.</p><p>This episode features audio from</p><p>Do Natural &amp; DIY Cleaning Products Disinfect as Well as Bleach?</p></body>`,
		`<body><h1>Renovation costs</h1><p>Text.</p><a href="/authors/team">Learn more about our contributors</a></body>`,
	} {
		if got := readPage(t, page, "https://example.com/a").Authors; len(got) != 0 {
			t.Errorf("authors of %q = %q, want none", page, got)
		}
	}
}
