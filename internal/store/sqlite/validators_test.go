package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ledehq/lede/internal/store"
)

func TestURLValidators(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	const u = "https://example.com/a"
	steps := []struct {
		name             string
		setETag, setLM   string
		wantErr          error
		wantETag, wantLM string
		wantOK           bool
	}{
		{name: "none yet"},
		{name: "both", setETag: `"abc"`, setLM: "Wed, 21 Oct 2015 07:28:00 GMT", wantETag: `"abc"`, wantLM: "Wed, 21 Oct 2015 07:28:00 GMT", wantOK: true},
		{name: "replaced", setETag: `W/"x"`, wantETag: `W/"x"`, wantOK: true},
		{name: "too long", setETag: strings.Repeat("e", 2000), wantErr: store.ErrInvalid, wantETag: `W/"x"`, wantOK: true},
		{name: "forgotten", setETag: "", setLM: ""},
	}
	for i, st := range steps {
		if i > 0 {
			err := s.SetURLValidators(ctx, u, st.setETag, st.setLM)
			if !errors.Is(err, st.wantErr) {
				t.Fatalf("%s: set: %v, want %v", st.name, err, st.wantErr)
			}
		}
		etag, lm, ok, err := s.URLValidators(ctx, u)
		if err != nil || etag != st.wantETag || lm != st.wantLM || ok != st.wantOK {
			t.Errorf("%s: got %q %q %v %v", st.name, etag, lm, ok, err)
		}
	}
	if err := s.SetURLValidators(ctx, "", "x", ""); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("empty URL: %v", err)
	}
}
