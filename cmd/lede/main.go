// Command lede reads news pages: it extracts articles from HTML or flattened
// page text, understands them, and keeps them in a searchable store.
// See the README and "lede help" for the subcommands.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	_ "time/tzdata" // zone rules for dates such as "8:30 AM ET" on machines without tzdata

	"github.com/ledehq/lede/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
