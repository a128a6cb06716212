package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/ledehq/lede/internal/store"
)

// paging reads limit, page (from 1) and offset; offset wins over page. A
// limit over store.MaxLimit is capped, not refused.
func paging(r *http.Request) (limit, offset int, err error) {
	q := r.URL.Query()
	if limit, err = wholeNumber(q, "limit", 1); err != nil {
		return 0, 0, err
	}
	limit = min(limit, store.MaxLimit)
	page, err := wholeNumber(q, "page", 1)
	if err != nil {
		return 0, 0, err
	}
	if offset, err = wholeNumber(q, "offset", 0); err != nil {
		return 0, 0, err
	}
	if page > 1 && q.Get("offset") == "" {
		per := limit
		if per == 0 {
			per = store.DefaultLimit
		}
		offset = (page - 1) * per
	}
	return limit, offset, nil
}

// maxOffset keeps page*limit within what SQLite and int arithmetic handle.
const maxOffset = 1 << 31

// wholeNumber reads an optional whole-number parameter of at least least;
// absent: 0.
func wholeNumber(q url.Values, name string, least int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < least || n > maxOffset {
		return 0, fmt.Errorf("%w: %s must be a whole number from %d to %d, not %q", store.ErrInvalid, name, least, maxOffset, v)
	}
	return n, nil
}

// oneOf reads a parameter given under one of several names (synonyms:
// "language" and "lang"); two different values are an error.
func oneOf(q url.Values, names ...string) (string, error) {
	var val, from string
	for _, n := range names {
		v := q.Get(n)
		if v == "" {
			continue
		}
		if val != "" && v != val {
			return "", fmt.Errorf("%w: %s=%q and %s=%q disagree (they are the same parameter)", store.ErrInvalid, from, val, n, v)
		}
		val, from = v, n
	}
	return val, nil
}

// flag reads a yes/no parameter: 1, true, yes (or empty, present) are yes;
// 0, false, no are no.
func flag(q url.Values, name string) (bool, error) {
	vs, ok := q[name]
	if !ok {
		return false, nil
	}
	switch v := vs[0]; v {
	case "", "1", "true", "yes":
		return true, nil
	case "0", "false", "no":
		return false, nil
	default:
		return false, fmt.Errorf("%w: %s must be 1 or 0 (true or false), not %q", store.ErrInvalid, name, v)
	}
}
