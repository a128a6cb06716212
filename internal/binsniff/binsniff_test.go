package binsniff

import (
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestKind(t *testing.T) {
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String("<html><body><p>Plain words here.</p></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, want string
	}{
		{"html", "<!DOCTYPE html><html><p>Hi</p></html>", ""},
		{"text", "Home\nNews\n\nA title\n\nA paragraph.\r\n", ""},
		{"utf-16 without bom", utf16, ""},
		{"pdf", "%PDF-1.7\n", "a PDF document"},
		{"png", "\x89PNG\r\n\x1a\nIHDR", "a PNG image"},
		{"webp", "RIFF\x00\x00\x00\x00WEBPVP8 ", "a WebP image"},
		{"riff but not webp", "RIFF\x00\x00\x00\x00WAVEfmt ", "binary data"},
		{"mp4", "\x00\x00\x00\x18ftypmp42", "an MP4 or QuickTime video"},
		{"control noise", "\x01\x02\x03\x04\x05\x06\x07\x08 some text", "binary data"},
	}
	for _, tt := range tests {
		if got := Kind([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Kind = %q, want %q", tt.name, got, tt.want)
		}
	}
}
