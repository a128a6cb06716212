package lede

import "errors"

// Sentinel errors shared by the reading stages. Callers test them with
// errors.Is; the CLI maps them to exit codes and the server to HTTP statuses,
// each in one place.
var (
	// ErrNoArticle means the input was read but holds no article: a home
	// page, a login page, a list of links. The stage still returns what
	// metadata it found.
	ErrNoArticle = errors.New("no article found")
	// ErrEmptyInput means the input has no bytes, or only white space.
	ErrEmptyInput = errors.New("empty input")
	// ErrTooLarge means the input exceeds the configured size limit.
	ErrTooLarge = errors.New("input too large")
	// ErrUnsupported means the input is not a page lede reads: binary data,
	// a PDF or an image served as HTML, an unknown or undecodable encoding.
	ErrUnsupported = errors.New("unsupported input")
)
