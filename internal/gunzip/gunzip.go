// Package gunzip reads input that may be gzip-compressed, under a cap on
// the size of its content.
//
// Gzip data is recognised by its magic bytes, never by a file name or an
// HTTP header, so a page saved as page.html.gz, served with a wrong
// Content-Encoding or posted as raw gzip reads the same as plain text.
// Several gzip members in a row are read as one stream, as gzip(1) does.
//
// Errors wrap the sentinels of package lede: lede.ErrTooLarge when the
// content passes the cap, lede.ErrUnsupported when gzip data is corrupt or
// cut short. Other read errors (a timeout, a cancelled context, a failing
// disk) are returned unchanged so that callers can tell them apart.
//
// The package does not decode other encodings (deflate, brotli, zstd), and
// it does not give access to the members of a multi-member file one by one:
// the WARC reader in internal/ingest walks members itself.
package gunzip

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/ledehq/lede"
)

// IsGzip reports whether b starts with the gzip magic bytes.
func IsGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// NewReader returns a reader of r's content: gunzipped when r starts with
// the gzip magic, else r's bytes as they are. It reads ahead of r through a
// buffer, so r must not be read directly afterwards.
func NewReader(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if magic, _ := br.Peek(2); !IsGzip(magic) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, corrupt(err)
	}
	return &checkedReader{zr}, nil
}

// ReadAll reads r to the end, gunzipping gzip data, and fails with an error
// wrapping lede.ErrTooLarge as soon as the content passes max bytes: it never
// holds more than max+1 bytes of content. size is r's length when known (a
// file's size), else -1; plain input known to be over max fails before
// anything is read. When r is also an io.ReaderAt of that size (an
// *os.File), the length a gzip trailer records sizes the buffer up front.
func ReadAll(r io.Reader, max, size int64) ([]byte, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	var src io.Reader = br
	hint := size
	if IsGzip(magic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, corrupt(err)
		}
		defer zr.Close()
		src = &checkedReader{zr}
		hint = trailerSize(r, size)
	} else if size > max {
		return nil, TooLarge(max)
	}
	// Sized from the start, the buffer is not grown and copied as the
	// content is read; a wrong hint costs only that.
	var buf bytes.Buffer
	if hint >= 0 {
		buf.Grow(int(min(hint, max+1)) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(src, max+1)); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > max {
		return nil, TooLarge(max)
	}
	return buf.Bytes(), nil
}

// Bytes returns data itself when it is not gzip data, else its gunzipped
// content, failing once that passes max bytes.
func Bytes(data []byte, max int64) ([]byte, error) {
	if !IsGzip(data) {
		return data, nil
	}
	return ReadAll(bytes.NewReader(data), max, int64(len(data)))
}

// TooLarge returns the error for content over max bytes; it wraps
// lede.ErrTooLarge.
func TooLarge(max int64) error {
	return fmt.Errorf("%w (over %d bytes)", lede.ErrTooLarge, max)
}

// checkedReader turns the errors of broken gzip data into errors wrapping
// lede.ErrUnsupported, leaving the underlying reader's own errors as they
// are.
type checkedReader struct{ zr *gzip.Reader }

func (c *checkedReader) Read(p []byte) (int, error) {
	n, err := c.zr.Read(p)
	if err != nil && err != io.EOF && isCorrupt(err) {
		err = corrupt(err)
	}
	return n, err
}

// isCorrupt reports whether err comes from the gzip data itself rather than
// from reading it.
func isCorrupt(err error) bool {
	var ce flate.CorruptInputError
	return errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &ce)
}

func corrupt(err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%w: corrupt gzip data: %w", lede.ErrUnsupported, err)
}

// trailerSize guesses the content length of gzip data of size bytes from
// the length its last member's trailer records (modulo 2^32, so capped by
// deflate's best ratio, about 1032:1), or -1 when r cannot be read at an
// offset. The guess only sizes a buffer.
func trailerSize(r io.Reader, size int64) int64 {
	ra, ok := r.(io.ReaderAt)
	if !ok || size < 18 { // a gzip header and trailer at least
		return -1
	}
	var tail [4]byte
	if _, err := ra.ReadAt(tail[:], size-4); err != nil {
		return -1
	}
	return min(int64(binary.LittleEndian.Uint32(tail[:])), 1032*size)
}
