package extract

import (
	"context"
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
