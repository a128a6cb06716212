package gunzip

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ledehq/lede"
)

func zip(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withTrailer returns gzip data whose trailer records size as the length.
func withTrailer(z []byte, size uint32) []byte {
	b := bytes.Clone(z)
	n := len(b)
	b[n-4], b[n-3], b[n-2], b[n-1] = byte(size), byte(size>>8), byte(size>>16), byte(size>>24)
	return b
}

func TestReadAll(t *testing.T) {
	page := []byte("<p>" + strings.Repeat("Words of a page. ", 2000) + "</p>")
	zipped := zip(t, page)
	flipped := bytes.Clone(zipped)
	flipped[len(flipped)-8] ^= 0xff // the CRC-32
	tests := []struct {
		name    string
		data    []byte
		max     int64
		want    []byte
		wantErr error
	}{
		{"plain", page, 1 << 20, page, nil},
		{"gzip", zipped, 1 << 20, page, nil},
		{"empty", nil, 1 << 20, []byte{}, nil},
		{"one byte", []byte{0x1f}, 1 << 20, []byte{0x1f}, nil},
		{"plain at the cap", page, int64(len(page)), page, nil},
		{"plain over the cap", page, 100, nil, lede.ErrTooLarge},
		{"gzip over the cap", zipped, 100, nil, lede.ErrTooLarge},
		{"two gzip members", append(zip(t, page[:100]), zip(t, page[100:])...), 1 << 20, page, nil},
		{"trailer too small", withTrailer(zipped, 10), 1 << 20, nil, lede.ErrUnsupported},
		{"trailer too large", withTrailer(zipped, 1<<31), 1 << 20, nil, lede.ErrUnsupported},
		{"bad checksum", flipped, 1 << 20, nil, lede.ErrUnsupported},
		{"cut short", zipped[:len(zipped)/2], 1 << 20, nil, lede.ErrUnsupported},
		{"magic then garbage", []byte("\x1f\x8bnot gzip at all"), 1 << 20, nil, lede.ErrUnsupported},
		{"magic only", []byte{0x1f, 0x8b}, 1 << 20, nil, lede.ErrUnsupported},
	}
	for _, tt := range tests {
		for _, src := range []string{"file", "stream"} {
			t.Run(tt.name+"/"+src, func(t *testing.T) {
				var got []byte
				var err error
				if src == "file" {
					path := filepath.Join(t.TempDir(), "page")
					if err := os.WriteFile(path, tt.data, 0o644); err != nil {
						t.Fatal(err)
					}
					f, err2 := os.Open(path)
					if err2 != nil {
						t.Fatal(err2)
					}
					defer f.Close()
					got, err = ReadAll(f, tt.max, int64(len(tt.data)))
				} else {
					got, err = ReadAll(bytes.NewBuffer(tt.data), tt.max, -1)
				}
				if tt.wantErr != nil {
					if !errors.Is(err, tt.wantErr) {
						t.Fatalf("ReadAll error = %v, want %v", err, tt.wantErr)
					}
					return
				}
				if err != nil || !bytes.Equal(got, tt.want) {
					t.Errorf("ReadAll = %d bytes, %v; want %d bytes", len(got), err, len(tt.want))
				}
			})
		}
	}
}

// failingReader fails every read, as a stalled network body does.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }

// TestReadAllPassesReadErrors checks that a failure to read is not
// reported as corrupt data, and that plain input known to be too large is
// refused before anything is read.
func TestReadAllPassesReadErrors(t *testing.T) {
	errStalled := errors.New("stalled")
	_, err := ReadAll(failingReader{errStalled}, 100, -1)
	if !errors.Is(err, errStalled) || errors.Is(err, lede.ErrUnsupported) {
		t.Errorf("plain read error = %v, want the reader's own", err)
	}
	z := zip(t, []byte(strings.Repeat("text ", 1000)))
	_, err = ReadAll(io.MultiReader(bytes.NewReader(z[:20]), failingReader{errStalled}), 1<<20, -1)
	if !errors.Is(err, errStalled) || errors.Is(err, lede.ErrUnsupported) {
		t.Errorf("gzip read error = %v, want the reader's own", err)
	}
	_, err = ReadAll(failingReader{errStalled}, 100, 101)
	if !errors.Is(err, lede.ErrTooLarge) {
		t.Errorf("known size over the cap: error = %v, want %v", err, lede.ErrTooLarge)
	}
}

func TestBytes(t *testing.T) {
	plain := []byte("plain text")
	got, err := Bytes(plain, 5)
	if err != nil || &got[0] != &plain[0] {
		t.Errorf("Bytes(plain) = %q, %v; want the same slice (no cap on data already in memory)", got, err)
	}
	got, err = Bytes(zip(t, plain), 100)
	if err != nil || !bytes.Equal(got, plain) {
		t.Errorf("Bytes(gzip) = %q, %v; want %q", got, err, plain)
	}
	if _, err := Bytes(zip(t, plain), 5); !errors.Is(err, lede.ErrTooLarge) {
		t.Errorf("Bytes(gzip) over the cap: error = %v, want %v", err, lede.ErrTooLarge)
	}
}

func TestNewReader(t *testing.T) {
	text := []byte("line one\nline two\n")
	for _, in := range [][]byte{text, zip(t, text)} {
		r, err := NewReader(bytes.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, text) {
			t.Errorf("NewReader read %q, %v; want %q", got, err, text)
		}
	}
	if _, err := NewReader(strings.NewReader("\x1f\x8b!")); !errors.Is(err, lede.ErrUnsupported) {
		t.Errorf("NewReader(bad header) error = %v, want %v", err, lede.ErrUnsupported)
	}
}

// FuzzReadAll checks that no input panics, that the cap holds, and that
// gzip data of any content reads back exactly.
func FuzzReadAll(f *testing.F) {
	f.Add([]byte("plain"), int64(100))
	f.Add(zip(f, []byte("zipped text")), int64(5))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff}, int64(10))
	f.Fuzz(func(t *testing.T, data []byte, max int64) {
		if max < 0 || max > 1<<20 {
			return
		}
		got, err := ReadAll(bytes.NewReader(data), max, -1)
		if err == nil && int64(len(got)) > max {
			t.Fatalf("read %d bytes, over the cap %d", len(got), max)
		}
		if err != nil && !errors.Is(err, lede.ErrTooLarge) && !errors.Is(err, lede.ErrUnsupported) {
			t.Fatalf("unexpected error kind: %v", err)
		}
		if int64(len(data)) <= max {
			back, err := ReadAll(bytes.NewReader(zip(t, data)), max, -1)
			if err != nil || !bytes.Equal(back, data) {
				t.Fatalf("round trip = %d bytes, %v; want %d bytes", len(back), err, len(data))
			}
		}
	})
}
