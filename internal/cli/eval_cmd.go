package cli

import (
	"context"
	"io"
)

// EvalCmd is "lede eval". STUB.
type EvalCmd struct{}

// Run runs the command.
func (c *EvalCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return nil
}
