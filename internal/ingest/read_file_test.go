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

// TestReadFile checks that readFile hands a page file to the gunzip package
// (which tests gzip members and trailer hints itself): plain and gzip files
// read back byte for byte, and the size cap holds.
func TestReadFile(t *testing.T) {
	page := []byte("<html><body><p>" + strings.Repeat("Words of a page. ", 2000) + "</p></body></html>")
	zipped := gzipBytes(page)
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
}
