package cli

import (
	"context"
	"io"
)

// ExtractCmd is "lede extract". STUB.
type ExtractCmd struct {
	Stdin io.Reader
}

// Run runs the command.
func (c *ExtractCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return nil
}
