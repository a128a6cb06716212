package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/render"
)

// extractRecord is one input's line in jsonl output and element in a json
// array: the input as given, the error if it failed, and the article's
// fields (absent when nothing was read; the metadata only when no article
// was found).
type extractRecord struct {
	Input string `json:"input"`
	Error string `json:"error,omitempty"`
	*lede.Article
}

// resultWriter writes results in one output format, in the order given.
type resultWriter struct {
	w      io.Writer
	format string
	many   bool // several inputs: records carry their input, documents a header
	n      int  // results written
}

func newResultWriter(w io.Writer, format string, inputs int) *resultWriter {
	return &resultWriter{w: w, format: format, many: inputs > 1}
}

// write writes one result. Failed inputs write a record in json and jsonl
// (with its error) and, in the document formats, the metadata of a page
// without an article; otherwise nothing (stderr has the error).
func (rw *resultWriter) write(r result) error {
	defer func() { rw.n++ }()
	if r.article != nil && r.article.Blocks == nil {
		r.article.Blocks = []lede.Block{} // "blocks": [] rather than null
	}
	switch rw.format {
	case "jsonl":
		return rw.writeJSON(rw.record(r), false)
	case "json":
		if !rw.many {
			if r.article == nil {
				return nil
			}
			return rw.writeJSON(r.article, true)
		}
		prefix := ",\n"
		if rw.n == 0 {
			prefix = "[\n"
		}
		if _, err := io.WriteString(rw.w, prefix); err != nil {
			return err
		}
		return rw.writeJSON(rw.record(r), true)
	}
	if r.article == nil {
		return nil
	}
	if rw.many {
		if err := rw.header(r.in.name); err != nil {
			return err
		}
	}
	switch rw.format {
	case "text":
		return render.Text(rw.w, r.article)
	case "markdown":
		return render.Markdown(rw.w, r.article)
	case "html":
		return render.HTML(rw.w, r.article)
	}
	return fmt.Errorf("unknown format %q", rw.format)
}

// header separates documents when there are several inputs: "==> NAME <=="
// before a text, an HTML comment before Markdown and HTML.
func (rw *resultWriter) header(name string) error {
	sep := ""
	if rw.n > 0 {
		sep = "\n"
	}
	var h string
	switch rw.format {
	case "text":
		h = sep + "==> " + oneLineName(name) + " <==\n"
	default:
		h = sep + "<!-- " + strings.ReplaceAll(oneLineName(name), "--", "- -") + " -->\n"
	}
	_, err := io.WriteString(rw.w, h)
	return err
}

func oneLineName(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// close ends the output: the closing bracket of a json array.
func (rw *resultWriter) close() error {
	if rw.format == "json" && rw.many {
		end := "\n]\n"
		if rw.n == 0 {
			end = "[]\n"
		}
		_, err := io.WriteString(rw.w, end)
		return err
	}
	return nil
}

func (rw *resultWriter) record(r result) extractRecord {
	rec := extractRecord{Input: r.in.name, Article: r.article}
	if r.err != nil {
		rec.Error = r.err.Error()
	}
	return rec
}

// writeJSON writes v as JSON without escaping <, > and & (the output is
// read by people and programs, not pasted into HTML), indented or on one
// line, ending with a newline unless it is an element of an array.
func (rw *resultWriter) writeJSON(v any, indent bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		prefix := ""
		if rw.many {
			prefix = "  "
			buf.WriteString(prefix)
		}
		enc.SetIndent(prefix, "  ")
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	out := buf.Bytes()
	if rw.format == "json" && rw.many {
		out = bytes.TrimRight(out, "\n")
	}
	_, err := rw.w.Write(out)
	return err
}
