package cli

import (
	"context"
	"io"
)

// evalUnderstand runs "lede eval understand". STUB.
func evalUnderstand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return nil
}
