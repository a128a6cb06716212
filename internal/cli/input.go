package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/internal/binsniff"
	"github.com/ledehq/lede/internal/gunzip"
)

// inputKind says where an input's bytes come from.
type inputKind uint8

const (
	inputFile inputKind = iota
	inputStdin
	inputURL
	inputSample
)

// input is one INPUT argument of lede extract (or a bundled sample page).
type input struct {
	name string // as given: a path, "-", a URL, or the sample's name
	kind inputKind
	data []byte // sample pages only
}

// label is the input's name in messages: "stdin" for "-".
func (in input) label() string {
	if in.kind == inputStdin {
		return "stdin"
	}
	return in.name
}

// parseInput classifies an argument: "-" is stdin, http:// and https://
// addresses are fetched, anything else is a file path.
func parseInput(arg string) input {
	switch {
	case arg == "-":
		return input{name: arg, kind: inputStdin}
	case hasPrefixFold(arg, "http://") || hasPrefixFold(arg, "https://"):
		return input{name: arg, kind: inputURL}
	}
	return input{name: arg, kind: inputFile}
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// loaded is an input read into memory, with what is known about it.
type loaded struct {
	page        []byte
	url         string // the page's address: the final URL of a fetch, or --url
	contentType string // HTTP Content-Type of a fetch
}

// readFile reads a file, gunzipping it when it is gzip data, and fails fast
// when it is larger than max bytes (compressed files are read until their
// content passes max).
func readFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cleanPathError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, cleanPathError(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	size := st.Size()
	if !st.Mode().IsRegular() {
		size = -1 // a pipe or device: size unknown
	}
	return readCapped(f, max, size)
}

// cleanPathError drops the operation and path from a file error: the
// message already names the input.
func cleanPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readCapped reads r to the end, transparently gunzipping gzip data
// (recognised by its magic bytes, not a name), and stops with an error
// wrapping lede.ErrTooLarge as soon as the content passes max bytes: it
// never holds more than max+1 bytes of content. size is the length of r
// when known (a file's size), else -1; a plain input known to be over max
// fails before reading anything.
func readCapped(r io.Reader, max int64, size int64) ([]byte, error) {
	data, err := gunzip.ReadAll(r, max, size)
	if errors.Is(err, lede.ErrTooLarge) {
		return nil, tooLarge(max)
	}
	return data, err
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: more than %s (see --max-bytes)", lede.ErrTooLarge, formatBytes(max))
}

// checkPage rejects inputs that are no page at all: empty or blank input,
// and binary data (documents, images, archives) whatever it was served as.
func checkPage(p []byte) error {
	if len(bytes.TrimSpace(p)) == 0 {
		if len(p) == 0 {
			return fmt.Errorf("%w (0 bytes)", lede.ErrEmptyInput)
		}
		return fmt.Errorf("%w (only white space)", lede.ErrEmptyInput)
	}
	if kind := binsniff.Kind(p); kind != "" {
		return fmt.Errorf("%w: %s, not a web page", lede.ErrUnsupported, kind)
	}
	return nil
}

// formatBytes writes a size for people: "20 MB", "512 KB", "1500 bytes".
// Units are binary (1 MB = 1,048,576 bytes), as --max-bytes reads them.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// byteSize is a flag.Value for sizes: a number of bytes, optionally with a
// binary unit: "20MB", "20M", "512KB", "1GiB", "1048576".
type byteSize int64

func (s *byteSize) String() string { return formatBytes(int64(*s)) }

func (s *byteSize) Set(v string) error {
	t := strings.TrimSpace(strings.ToUpper(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("want a positive size such as 20MB, 512KB or 1048576, got %q", v)
	}
	*s = byteSize(n * mult)
	return nil
}
