// Package cli implements the lede subcommands. Each subcommand is a value with
// a Run(ctx, args, stdout, stderr) error method that tests call directly;
// Main dispatches on the first argument and turns errors into exit codes
// (see exit_codes.go, the one place where that mapping lives).
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Runner is one subcommand.
type Runner interface {
	Run(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// command names a subcommand and says in one line what it does.
type command struct {
	name    string
	summary string
	runner  Runner
}

// commands lists the subcommands; stdin is handed to those that read it.
func commands(stdin io.Reader) []command {
	return []command{
		{"extract", "extract the article from HTML pages or flattened page text", &ExtractCmd{Stdin: stdin}},
		{"understand", "find people, places, dates and quotes in extracted articles (JSON/JSONL)", &UnderstandCmd{Stdin: stdin}},
		{"eval", "measure lede against benchmark data (eval extract, eval understand)", &EvalCmd{}},
		{"ingest", "read folders, files and URLs into the news base (an SQLite file)", &IngestCmd{}},
		{"serve", "serve the news base's HTTP API (search, articles, quotes)", &ServeCmd{}},
	}
}

// Main runs the subcommand named by args[0] and returns the process exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmds := commands(stdin)
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout, cmds)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	for _, c := range cmds {
		if c.name == args[0] {
			err := c.runner.Run(ctx, args[1:], stdout, stderr)
			if err != nil && !errors.Is(err, errReported) && !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(stderr, "lede %s: %v\n", c.name, err)
			}
			return ExitCode(err)
		}
	}
	fmt.Fprintf(stderr, "lede: unknown command %q\n", args[0])
	usage(stderr, cmds)
	return ExitUsage
}

func usage(w io.Writer, cmds []command) {
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].name < cmds[j].name })
	var b strings.Builder
	b.WriteString("lede reads news pages.\n\nUsage: lede COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range cmds {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
	}
	b.WriteString("\nRun \"lede COMMAND -h\" for a command's flags.\n")
	io.WriteString(w, b.String())
}
