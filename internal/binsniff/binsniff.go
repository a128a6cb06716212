// Package binsniff tells plainly binary input (documents, images, archives,
// executables, control-byte noise) from text by its first bytes, so that
// every reading stage refuses it with the same words. It does not detect
// character encodings (package htmlcharset does).
package binsniff

import "bytes"

// Kind names what p is when it is plainly not text: a known file
// format by its magic bytes, or "binary data" when control bytes abound.
// UTF-16 text (zero bytes in every other position) is text.
func Kind(p []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(p, []byte(m.prefix)) && (m.also == "" || len(p) >= 12 && string(p[8:12]) == m.also) {
			return m.kind
		}
	}
	if len(p) >= 12 && string(p[4:8]) == "ftyp" {
		return "an MP4 or QuickTime video"
	}
	n := min(len(p), 4096)
	var control, zeroEven, zeroOdd int
	for i, c := range p[:n] {
		if c == 0 {
			if i%2 == 0 {
				zeroEven++
			} else {
				zeroOdd++
			}
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			control++
		}
	}
	utf16 := (zeroOdd*3 > n/2 && zeroEven*8 < zeroOdd) || (zeroEven*3 > n/2 && zeroOdd*8 < zeroEven)
	if !utf16 && control*20 > n {
		return "binary data"
	}
	return ""
}

// magics are the file formats most often served where a page was expected.
var magics = []struct{ prefix, also, kind string }{
	{"%PDF-", "", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "", "a PNG image"},
	{"\xff\xd8\xff", "", "a JPEG image"},
	{"GIF87a", "", "a GIF image"},
	{"GIF89a", "", "a GIF image"},
	{"RIFF", "WEBP", "a WebP image"},
	{"\x00\x00\x00\x0cjP  ", "", "a JPEG 2000 image"},
	{"II*\x00", "", "a TIFF image"},
	{"MM\x00*", "", "a TIFF image"},
	{"PK\x03\x04", "", "a ZIP archive (or an office document)"},
	{"\x1f\x8b", "", "gzip data"},
	{"BZh", "", "bzip2 data"},
	{"\xfd7zXZ\x00", "", "xz data"},
	{"(\xb5/\xfd", "", "zstd data"},
	{"7z\xbc\xaf\x27\x1c", "", "a 7-Zip archive"},
	{"\x7fELF", "", "an executable"},
	{"ID3", "", "an MP3 file"},
	{"OggS", "", "an Ogg file"},
	{"\x1aE\xdf\xa3", "", "a Matroska or WebM video"},
	{"wOFF", "", "a web font"},
	{"wOF2", "", "a web font"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "", "an old Microsoft Office document"},
	{"SQLite format 3\x00", "", "an SQLite database"},
}
