package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede"
)

// TestReadFile checks that a page file reads back byte for byte whatever the
// size hint its gzip trailer gives (right, too small, too large, cut off)
// and that the size cap holds.
func TestReadFile(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("Words of a page. ", 2000) + "</p></body></html>")
	zipped := gzipBytes(page)
	withTrailer := func(size uint32) []byte {
		b := bytes.Clone(zipped)
		n := len(b)
		b[n-4], b[n-3], b[n-2], b[n-1] = byte(size), byte(size>>8), byte(size>>16), byte(size>>24)
		return b
	}
	tests := []struct {
		name    string
		data    []byte
		max     int64
		want    []byte
		wantErr error
	}{
		{"plain", page, DefaultMaxBytes, page, nil},
		{"gzip", zipped, DefaultMaxBytes, page, nil},
		{"empty", nil, DefaultMaxBytes, nil, nil},
		{"plain over the cap", page, 100, nil, lede.ErrTooLarge},
		{"gzip over the cap", zipped, 100, nil, lede.ErrTooLarge},
		{"two gzip members", append(gzipBytes(page[:100]), gzipBytes(page[100:])...), DefaultMaxBytes, page, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "page.html")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readFile(path, tt.max)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("readFile error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil || !bytes.Equal(got, tt.want) {
				t.Errorf("readFile = %d bytes, %v; want %d bytes", len(got), err, len(tt.want))
			}
		})
	}
	// A wrong size in the trailer (too small, too large) is only a hint: the
	// gzip checksum then fails, as it did before the hint, and nothing is
	// allocated beyond what the file could hold.
	for _, size := range []uint32{1, 1 << 31} {
		path := filepath.Join(t.TempDir(), "page.html.gz")
		if err := os.WriteFile(path, withTrailer(size), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readFile(path, DefaultMaxBytes); err == nil {
			t.Errorf("trailer size %d: no error for a gzip file whose size does not match", size)
		}
	}
}
