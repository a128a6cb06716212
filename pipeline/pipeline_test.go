package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/ledehq/lede"
)

func TestDetect(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, page, contentType string
		want                    Format
	}{
		{"doctype", "<!DOCTYPE html><html><p>x</p></html>", "", FormatHTML},
		{"fragment", "\n  <div class=a><p>Hello</p></div>", "", FormatHTML},
		{"text", "Home\nNews\n\nA Title Here\n\nBy Someone\n\nA paragraph of text.", "", FormatText},
		{"text/plain header wins", "<html><body>x</body></html>", "text/plain; charset=utf-8", FormatText},
		{"utf-16 html", utf16, "", FormatHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.page), tt.contentType); got != tt.want {
				t.Errorf("Detect = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		page string
		opts Options
		want error
	}{
		{"empty", "", Options{}, lede.ErrEmptyInput},
		{"too large html", "<html><body><p>" + strings.Repeat("word ", 100) + "</p></body></html>", Options{MaxBytes: 100}, lede.ErrTooLarge},
		{"too large text", strings.Repeat("word ", 100), Options{From: FormatText, MaxBytes: 100}, lede.ErrTooLarge},
		{"pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", Options{From: FormatHTML}, lede.ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(ctx, []byte(tt.page), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Errorf("Read error = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := Read(ctx, []byte("x"), Options{From: "pdf"}); err == nil {
		t.Error("Read with an unknown format: no error")
	}
}

func TestReadLegacyText(t *testing.T) {
	// A flattened page in windows-1252: its accented letters must survive.
	var b strings.Builder
	b.WriteString("Home\nWorld\n\nCaf\xe9 owners in the old town protest the new rules\n\n")
	for i := 0; i < 6; i++ {
		b.WriteString("The owners of the caf\xe9 said on Monday that the city had not listened to them, and that the rules would close many of the small places that give the old town its life.\n\n")
	}
	a, err := Read(context.Background(), []byte(b.String()), Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if !strings.Contains(a.Text, "café") || strings.ContainsRune(a.Text, '\uFFFD') {
		t.Errorf("legacy text not decoded: %.120q", a.Text)
	}
}
