package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/understand"
)

// UnderstandCmd is "lede understand": it reads articles as lede extract
// prints them (one JSON object, a JSON array of them, or JSONL, one a line)
// and prints them again, in the same form, with the understanding fields
// (people, organizations, places, dates, quotes) filled.
type UnderstandCmd struct {
	Stdin io.Reader
}

const understandUsage = `Usage: lede understand [flags] [FILE.json|FILE.jsonl|-]...

Reads articles as "lede extract" prints them (a JSON object, a JSON array of
objects, or JSONL with one object a line; "-" or no FILE reads stdin) and
prints them in the same form with people, organizations, places, dates and
quotes added. Offsets are bytes into each article's "text".

Flags:
`

// Run runs the command.
func (c *UnderstandCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lede understand", flag.ContinueOnError)
	fs.SetOutput(stderr)
	noIndirect := fs.Bool("no-indirect", false, "leave out reported speech without quotation marks")
	fs.Usage = func() {
		io.WriteString(stderr, understandUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	// The gazetteer and lexicons load on the first article, once.
	u := &understander{noIndirect: *noIndirect}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := c.one(ctx, name, u, out); err != nil {
			return err
		}
	}
	return out.Flush()
}

// one understands the articles of one input.
func (c *UnderstandCmd) one(ctx context.Context, name string, u *understander, out *bufio.Writer) error {
	label := name
	var r io.Reader
	if name == "-" {
		label = "stdin"
		r = c.Stdin
		if r == nil {
			r = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	// JSONL when the first non-blank line is a whole JSON object.
	first, err := peekLine(br)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	if len(bytes.TrimSpace(first)) == 0 {
		return fmt.Errorf("%s: no article JSON: %w", label, lede.ErrEmptyInput)
	}
	if t := bytes.TrimSpace(first); t[0] == '{' && json.Valid(t) {
		return understandJSONL(ctx, label, br, u, out)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return fmt.Errorf("%s: %w", label, err)
	}
	data = bytes.TrimSpace(data)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if data[0] == '[' {
		var list []*lede.Article
		if err := json.Unmarshal(data, &list); err != nil {
			return fmt.Errorf("%s: not a JSON array of articles: %v: %w", label, err, lede.ErrUnsupported)
		}
		for i, a := range list {
			if a == nil {
				return fmt.Errorf("%s: item %d is null: %w", label, i+1, lede.ErrUnsupported)
			}
			if err := u.understand(ctx, a); err != nil {
				return fmt.Errorf("%s: item %d: %w", label, i+1, err)
			}
		}
		return enc.Encode(list)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for n := 1; ; n++ {
		var a lede.Article
		if err := dec.Decode(&a); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("%s: article %d is not article JSON: %v: %w", label, n, err, lede.ErrUnsupported)
		}
		if err := u.understand(ctx, &a); err != nil {
			return fmt.Errorf("%s: article %d: %w", label, n, err)
		}
		if err := enc.Encode(&a); err != nil {
			return err
		}
	}
}

// peekLine returns the first non-blank line without consuming anything.
func peekLine(br *bufio.Reader) ([]byte, error) {
	for n := 1; ; n *= 2 {
		if n > br.Size() {
			n = br.Size()
		}
		b, err := br.Peek(n)
		t := bytes.TrimLeft(b, " \t\r\n")
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			return t[:i], nil
		}
		if err != nil || n == br.Size() {
			if err == io.EOF || err == bufio.ErrBufferFull || n == br.Size() {
				return t, nil
			}
			return nil, err
		}
	}
}

// understandJSONL reads one article a line and prints one a line.
func understandJSONL(ctx context.Context, label string, br *bufio.Reader, u *understander, out *bufio.Writer) error {
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			if t := bytes.TrimSpace(b); len(t) > 0 {
				var a lede.Article
				if jerr := json.Unmarshal(t, &a); jerr != nil {
					return fmt.Errorf("%s:%d: not article JSON: %v: %w", label, line, jerr, lede.ErrUnsupported)
				}
				if uerr := u.understand(ctx, &a); uerr != nil {
					return fmt.Errorf("%s:%d: %w", label, line, uerr)
				}
				if eerr := enc.Encode(&a); eerr != nil {
					return eerr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", label, err)
		}
	}
}

// understander runs understanding with data loaded on first use.
type understander struct {
	loader     understand.Loader
	noIndirect bool
}

func (u *understander) understand(ctx context.Context, a *lede.Article) error {
	opts, err := u.loader.Options()
	if err != nil {
		return err
	}
	opts.NoIndirect = u.noIndirect
	return understand.Understand(ctx, a, opts)
}
