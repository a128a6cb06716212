package extract

import (
	"context"
	"strconv"
	"strings"
	"testing"
)

// Invented posts of a thread, each long enough to read as a paragraph.
const (
	post1  = "I bought a small sailing boat last spring and want to learn to sail it alone, but the harbour is crowded and I worry about the wind on the weekends."
	post2  = "Start on a quiet weekday morning, when the harbour is empty, and practise leaving and returning to the mooring a dozen times before you go further out."
	post1b = "Any advice on where to start, which lessons to take first and what to avoid would help me a lot before the season begins in May."
	post3  = "Take a course first. A weekend with an instructor taught me more than a summer of trying things alone, and it is cheaper than repairing a hull."
	post4  = "Read the tide tables every time, and tell someone on shore when you leave and when you expect to be back, even for a short trip."
)

// Invented sections of a landing page: a paragraph, then short lines
// under headings.
const (
	section1 = "We repair, paint and store small boats all year round, in a covered yard beside the harbour, with a slipway and a crane for boats up to ten tonnes."
	section2 = "Winter storage"
	section3 = "Engine servicing"
	section4 = "Open every day from eight in the morning."
)

var landing = landingPage("<p>" + section1 + "</p>")

// landingPage is an invented boatyard page: a hero box holding hero, then
// boxes of short lines under headings.
func landingPage(hero string) string {
	var sb strings.Builder
	sb.WriteString(`<div class="page"><div class="hero"><h1>Harbour boatyard</h1>` + hero + `</div>`)
	boxes := [][]string{
		{"Storage", section2, "Indoor places", "Prices by length"},
		{"Engines", section3, "Inboard and outboard", "Parts in a day"},
		{"Hulls", "Hull painting", "Osmosis treatment", "Keel repairs"},
		{"Rigging", "Standing rigging", "Mast stepping", "Sail repairs"},
		{"Moorings", "Swinging moorings", "Pontoon berths", "Visitors welcome"},
		{"Electrics", "Batteries", "Solar panels", "Navigation lights"},
		{"Sales", "Used boats", "New dinghies", "Trailers"},
		{"Lessons", "Sailing for starters", "Engine basics", "Knots and ropes"},
		{"Cafe", "Breakfast and lunch", "Coffee on the quay", "Picnic boxes"},
		{"Shop", "Charts and pilots", "Paint and varnish", "Safety gear"},
		{"Hire", "Day boats", "Kayaks", "Paddle boards"},
		{"Events", "Summer regatta", "Open days", "Winter talks"},
		{"Crew", "Crew wanted", "Skippers for hire", "Delivery trips"},
		{"Clubs", "Youth section", "Racing fleet", "Cruising group"},
		{"Repairs", "Welding", "Woodwork", "Upholstery"},
		{"Parking", "Car park", "Trailer park", "Bicycle racks"},
		{"Hours", section4},
	}
	for _, box := range boxes {
		sb.WriteString(`<div class="block"><h2>` + box[0] + `</h2>`)
		for _, line := range box[1:] {
			sb.WriteString(`<div>` + line + `</div>`)
		}
		sb.WriteString(`</div>`)
	}
	sb.WriteString(`</div>`)
	return sb.String()
}

// shopPage is an invented shop category: an introduction, then cards
// whose names are links.
func shopPage() string {
	var sb strings.Builder
	sb.WriteString(`<nav><a href="/">Shop</a> <a href="/parts">Parts</a></nav><div class="topbar"><div>Free delivery over fifty euros</div><div>Returns within thirty days</div></div>` +
		`<div class="filters"><h4>Wood</h4><div>Oak</div><div>Ash</div><div>Teak</div><h4>Length</h4><div>Under one metre</div><div>One metre or more</div></div>` +
		`<main><h1>Tillers</h1><p>` + section1 + `</p><div class="grid">`)
	for i := 1; i <= 24; i++ {
		n := strconv.Itoa(i)
		sb.WriteString(`<div class="card"><div class="name"><a href="/p/` + n + `">Oak tiller with brass fittings, model ` + n + `</a></div><div class="price">€ ` + strconv.Itoa(100+i) + `</div></div>`)
	}
	sb.WriteString(`</div></main><footer><p>Contact the shop by mail or telephone on weekdays.</p></footer>`)
	return sb.String()
}

// cookieText is an invented paragraph of a cookie notice.
const cookieText = "We and our partners store and read information on your device, such as cookies, to measure audiences, show ads and improve our services, with your consent."

// eventsPage is an invented list of events, each a link with a date.
var eventsPage = `<main><h1>Harbour events</h1><p>` + section1 + `</p><ul class="events">
<li><a href="/e/1">Summer regatta for dinghies and keelboats</a></li>
<li><a href="/e/2">Night sail to the lighthouse and back</a></li>
<li><a href="/e/3">Knots and splices workshop for beginners</a></li>
<li><a href="/e/4">Open day at the boatyard with free coffee</a></li>
</ul></main>`

// An invented product page with customer reviews.
const (
	product1 = "This tiller is cut from one piece of oak, oiled by hand, and fits most dinghies between three and five metres with the usual stock fittings."
	product2 = "It comes with a brass hinge and an extension, and the grip is wrapped in cord so it stays dry and firm in the hand on a wet day at sea."
	review1  = "I fitted it to my old dinghy in an afternoon and it has been a pleasure to steer with ever since, even in a gusty wind on the lake."
	review2  = "The oil finish needed a second coat after a month on the water, but the wood is lovely and the hinge works well, so I am happy with it."
)

var productPage = `<main><h1>Oak tiller</h1><div class="summary"><p>` + product1 + `</p><p>` + product2 + `</p></div>
<div class="customer-reviews"><h2>What buyers say</h2><div class="entry"><p>` + review1 + `</p></div><div class="entry"><p>` + review2 + `</p></div><div class="entry"><p>` + review1 + `</p></div></div></main>`

// member is the invented card of a forum member shown beside each post.
func member(name string) string {
	return `<div class="member"><div><a href="/u/` + name + `">` + name + `</a></div><div>Joined March 2019</div><div>1,204 posts</div><div>Lives by the sea</div><div>Boat: a small sloop</div>` +
		`<ul><li><a href="/reply">Reply</a></li><li><a href="/quote">Quote</a></li><li><a href="/report">Report</a></li></ul></div>`
}

// TestPageTypeContent checks the rules that read pages other than news
// stories: what the body must hold and what it must leave out.
func TestPageTypeContent(t *testing.T) {
	tests := []struct {
		name     string
		html     string
		want     []string // each must appear in the text
		dontWant []string // none may appear
	}{
		{
			name: "repeated posts of a thread are all kept",
			html: page("<title>Sailing alone</title>", `
<nav><a href="/">Forum</a> <a href="/boats">Boats</a></nav>
<div class="wrap"><div class="thread">
 <div class="post first">`+member("skipper")+`<div class="body"><p>`+post1+`</p><p>`+post1b+`</p></div></div>
 <div class="post">`+member("mate")+`<div class="body"><p>`+post2+`</p></div></div>
 <div class="post">`+member("bosun")+`<div class="body"><p>`+post3+`</p></div></div>
 <div class="post">`+member("cook")+`<div class="body"><p>`+post4+`</p></div></div>
</div>
<div class="box"><h3>Other threads</h3><ul><li><a href="/t/1">Which anchor for a sandy bay in a strong tide?</a></li><li><a href="/t/2">Winter storage of a small wooden dinghy on land</a></li><li><a href="/t/3">Best knots to learn before the first season</a></li></ul></div></div>
<footer><p>Forum rules and contact details for the moderators of this board.</p></footer>`),
			want:     []string{post1, post1b, post2, post3, post4},
			dontWant: []string{"Forum rules", "sandy bay"},
		},
		{
			name: "a story is not lifted to like siblings with little text",
			html: page("<title>Harbour wall</title>", `
<div class="col"><div class="story"><p>`+story1+`</p><p>`+story2+`</p><p>`+story3+`</p></div></div>
<div class="col"><p>A short note beside the story that is a little longer than a line.</p></div>
<div class="col"><p>Another short note beside the story, also just longer than a line.</p></div>`),
			want:     []string{story1, story2, story3},
			dontWant: []string{"short note"},
		},
		{
			name: "a thread marked up as a forum posting keeps its replies",
			html: page("<title>Sailing alone</title>", `
<nav><a href="/">Forum</a> <a href="/boats">Boats</a></nav>
<main><div itemscope itemtype="https://schema.org/DiscussionForumPosting">
 <article class="topic"><h1 itemprop="headline">Sailing alone</h1><div itemprop="text"><p>`+post1+`</p><p>`+post1b+`</p><p>`+story1+`</p></div></article>
 <section class="replies">
  <article class="reply" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><a href="/u/mate">mate</a><div itemprop="text"><p>`+post2+`</p></div></article>
  <article class="reply" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><a href="/u/bosun">bosun</a><div itemprop="text"><p>`+post3+`</p></div></article>
 </section>
</div>
<div class="related"><h3>Other threads</h3><ul><li><a href="/t/1">Which anchor for a sandy bay in a strong tide?</a></li></ul></div></main>`),
			want:     []string{post1, post1b, post2, post3},
			dontWant: []string{"sandy bay"},
		},
		{
			name: "reader comments of a story stay out",
			html: page("<title>Harbour wall</title>", `
<main><article><h1>Harbour wall</h1><p>`+story1+`</p><p>`+story2+`</p><p>`+story3+`</p></article>
 <section class="comments">
  <div class="comment"><a href="/u/mate">mate</a><p>`+post2+`</p></div>
  <div class="comment"><a href="/u/bosun">bosun</a><p>`+post3+`</p></div>
 </section></main>`),
			want:     []string{story1, story2, story3},
			dontWant: []string{post2, post3},
		},
		{
			name: "the linked entries of a page of items are kept",
			html: page("<title>Tillers</title>", shopPage()),
			want: []string{section1, "model 1", "€ 101", "model 24", "€ 124"},
		},
		{
			name:     "customer reviews of a product stay out",
			html:     page(`<title>Oak tiller</title><script type="application/ld+json">{"@type":"Product","name":"Oak tiller"}</script>`, productPage),
			want:     []string{product1, product2},
			dontWant: []string{review1},
		},
		{
			name: "a product description is not second-guessed for want of review text",
			html: page(`<title>Oak tiller</title><script type="application/ld+json">{"@type":"Product","name":"Oak tiller"}</script>`,
				`<main><h1>Oak tiller</h1><div class="description"><p>`+product1+`</p><p>`+product2+`</p></div>
<div class="reviews">`+strings.Repeat(`<div><p>`+review1+`</p></div><div><p>`+review2+`</p></div>`, 3)+`</div></main>
<div class="sidebar"><p>`+story1+`</p><p>`+story2+`</p><p>`+story3+`</p><p>`+post1+`</p></div>`),
			want:     []string{product1, product2},
			dontWant: []string{review1, story1},
		},
		{
			name: "reviews named so on a page that is no product are kept",
			html: page(`<title>Oak tiller</title>`, productPage),
			want: []string{product1, product2, review1},
		},
		{
			name: "a cookie notice is never spared as the article",
			html: page("<title>Harbour wall</title>", `
<main><article><h1>Harbour wall</h1><p>`+story1+`</p><p>`+story2+`</p><p>`+story3+`</p></article></main>
<div id="cookie-consent"><div class="consent-content">`+strings.Repeat(`<p>`+cookieText+`</p>`, 8)+`</div></div>`),
			want:     []string{story1, story2, story3},
			dontWant: []string{cookieText},
		},
		{
			name: "links are the entries of a page read whole that is no story",
			html: page("<title>Harbour events</title>", eventsPage),
			want: []string{section1, "Summer regatta for dinghies and keelboats", "Night sail to the lighthouse and back"},
		},
		{
			name:     "links stay navigation on a page that declares a story",
			html:     page(`<title>Harbour events</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>`, eventsPage),
			want:     []string{section1},
			dontWant: []string{"Summer regatta for dinghies and keelboats"},
		},
		{
			name: "article cards are the entries of a page of items",
			html: page("<title>Boat reviews</title>", `<main><h1>Boat reviews</h1><p>`+section1+`</p><p>`+story1+`</p><p>`+story2+`</p><p>`+story3+`</p>`+
				strings.Repeat(`<article><h3><a href="/r">A small sloop for two, tested on the coast</a></h3><p>Stiff, dry and quick to rig.</p></article>`, 6)+`</main>`),
			want: []string{"A small sloop for two, tested on the coast", "Stiff, dry and quick to rig."},
		},
		{
			name: "text outside main stays out",
			html: page("<title>Harbour wall</title>", `<div class="wrap"><main><h1>Harbour wall</h1><p>`+story1+`</p><p>`+story2+`</p><p>`+story3+`</p><p>`+post1+`</p></main>
<div class="note"><p>Our office is closed on public holidays, see the calendar.</p></div></div>`),
			want:     []string{story1, story2, story3, post1},
			dontWant: []string{"public holidays"},
		},
		{
			name: "the second reading skips cookie notices too",
			html: page("<title>Harbour wall</title>", `
<article><h1>Harbour wall</h1><p>`+story1+`</p></article>
<div class="cookie-notice">`+strings.Repeat(`<p>`+cookieText+`</p>`, 8)+`</div>`),
			want:     []string{story1},
			dontWant: []string{cookieText},
		},
		{
			name: "an unsigned page is widened from under half of its text",
			html: page("<title>Harbour services</title>", landingPage("<p>"+section1+"</p><p>"+story2+"</p><p>"+story3+"</p>")),
			want: []string{section1, story2, section3, section4},
		},
		{
			name: "a signed page is not widened from over 30% of its text",
			html: page(`<title>Harbour services</title><meta property="article:published_time" content="2024-05-01T10:00:00Z">`,
				landingPage("<p>"+section1+"</p><p>"+story2+"</p><p>"+story3+"</p>")),
			want:     []string{section1, story2},
			dontWant: []string{section3},
		},
		{
			name: "a page of short sections is read whole",
			html: page("<title>Harbour services</title>", landing),
			want: []string{section1, section2, section3, section4},
		},
		{
			name: "a page that declares one story is not widened",
			html: page(`<title>Harbour services</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour services"}</script>`,
				landingPage("<p>"+section1+"</p><p>"+story2+"</p>")),
			want:     []string{section1, story2},
			dontWant: []string{section3},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(context.Background(), []byte(tt.html), Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q\ntext: %s", w, a.Text)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(a.Text, w) {
					t.Errorf("text holds %q\ntext: %s", w, a.Text)
				}
			}
		})
	}
}

func TestPageSignsJSONLD(t *testing.T) {
	tests := []struct {
		name string
		ld   string
		want pageSigns
		art  bool
	}{
		{"one story", `{"@type": "NewsArticle", "author": {"@type": "Person"}}`, pageSigns{articles: 1}, true},
		{"type list and URL form", `{"@type":["WebPage","https://schema.org/CollectionPage"]}`, pageSigns{lists: 1}, false},
		{"graph with list", `{"@graph":[{"@type":"ItemList"},{"@type":"BlogPosting"}]}`, pageSigns{articles: 1, lists: 1}, false},
		{"many stories are a list", `[{"@type":"Article"},{"@type":"Article"},{"@type":"Article"}]`, pageSigns{articles: 3}, false},
		{"broken JSON still read", `{"@type" : "Report", "name": "x`, pageSigns{articles: 1}, true},
		{"no type", `{"name": "@type"}`, pageSigns{}, false},
		{"product", `{"@type":"Product","review":{"@type":"Review"}}`, pageSigns{products: 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s pageSigns
			s.readJSONLD(tt.ld)
			if s != tt.want {
				t.Errorf("signs = %+v, want %+v", s, tt.want)
			}
			if got := s.declaresArticle(); got != tt.art {
				t.Errorf("declaresArticle = %v, want %v", got, tt.art)
			}
			if got, want := s.declaresProduct(), tt.want.products > 0 && !tt.art; got != want {
				t.Errorf("declaresProduct = %v, want %v", got, want)
			}
		})
	}
}
