package cli

import (
	"context"
	"io"
)

// UnderstandCmd is "lede understand". STUB.
type UnderstandCmd struct {
	Stdin io.Reader
}

// Run runs the command.
func (c *UnderstandCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return nil
}
