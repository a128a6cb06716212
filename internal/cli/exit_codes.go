package cli

import (
	"context"
	"errors"
	"flag"

	"github.com/ledehq/lede"
)

// Exit codes of the lede command.
const (
	ExitOK          = 0
	ExitFailure     = 1 // something failed; stderr says what
	ExitUsage       = 2 // bad flags or arguments
	ExitNoArticle   = 3 // every input was read, but at least one held no article
	ExitBadInput    = 4 // an input was empty, too large or not a page lede reads
	ExitInterrupted = 130
)

// errReported marks an error whose message was already written to stderr
// (per input, say); Main then only sets the exit code.
var errReported = errors.New("reported")

// usageError wraps a bad flag or argument.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// ExitCode maps an error to the process exit code. It is the one place where
// that mapping lives.
func ExitCode(err error) int {
	var ue usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, flag.ErrHelp):
		return ExitOK
	case errors.As(err, &ue):
		return ExitUsage
	case errors.Is(err, context.Canceled):
		return ExitInterrupted
	case errors.Is(err, lede.ErrEmptyInput), errors.Is(err, lede.ErrTooLarge), errors.Is(err, lede.ErrUnsupported):
		return ExitBadInput
	case errors.Is(err, lede.ErrNoArticle):
		return ExitNoArticle
	default:
		return ExitFailure
	}
}
