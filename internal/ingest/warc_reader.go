package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ledehq/lede/internal/gunzip"
)

// This file reads WARC files (ISO 28500, WARC/1.0 and 1.1) with its own
// streaming reader rather than github.com/nlnwa/gowarc: ingest needs only
// to walk records in order, read their named fields and the HTTP payload of
// response records, and go on past a broken record with one clear failure
// for it; gowarc is a full implementation (digest and field validation
// under error policies, blocks buffered in memory or temporary files,
// its own HTTP block parsing) whose error reporting would have to be
// mapped back to records, for little that ingest uses. The reader here
// holds one record block at a time (capped), never the whole file.
//
// A .warc.gz file is a series of gzip members, usually one record each
// (Common Crawl's layout); a file compressed whole as one member reads the
// same. A corrupt member is reported once and the reader skips to the next
// gzip member header; in a plain file a broken record is reported once and
// the reader skips to the next line starting "WARC/1.".

// warcRecord is one WARC record: its named fields and its block.
type warcRecord struct {
	Number    int    // 1 for the first record of the file
	Version   string // "WARC/1.0", "WARC/1.1"
	Type      string // WARC-Type, lower case: response, request, metadata...
	TargetURI string // WARC-Target-URI
	Date      string // WARC-Date
	// ContentType is the block's WARC Content-Type, such as
	// "application/http; msgtype=response".
	ContentType string
	Length      int64  // Content-Length of the block
	Block       []byte // the block; nil when over the cap (TooLarge)
	TooLarge    bool
}

// warcRecordError is a failure confined to one record: the reader can go
// on with the next call to next.
type warcRecordError struct {
	Number    int
	TargetURI string
	Err       error
}

func (e *warcRecordError) Error() string {
	if e.TargetURI != "" {
		return fmt.Sprintf("record %d (%s): %v", e.Number, e.TargetURI, e.Err)
	}
	return fmt.Sprintf("record %d: %v", e.Number, e.Err)
}

func (e *warcRecordError) Unwrap() error { return e.Err }

// Limits of the WARC reader.
const (
	maxWARCLine        = 64 << 10 // a header line
	maxWARCHeaderBytes = 1 << 20  // all the named fields of a record
)

// warcReader walks the records of one WARC stream.
type warcReader struct {
	br       *bufio.Reader
	members  *gzipMembers // nil for a plain file
	maxBlock int64
	number   int
	lost     bool // after a broken record: skipping to the next record start
}

// newWARCReader reads WARC records from r, plain or gzipped (detected from
// the first bytes). Blocks over maxBlock bytes are skipped (TooLarge).
func newWARCReader(r io.Reader, maxBlock int64) *warcReader {
	raw := bufio.NewReaderSize(r, 64<<10)
	w := &warcReader{maxBlock: maxBlock}
	if magic, _ := raw.Peek(2); gunzip.IsGzip(magic) {
		w.members = &gzipMembers{raw: raw}
		w.br = bufio.NewReaderSize(w.members, 64<<10)
	} else {
		w.br = raw
	}
	return w
}

// next returns the next record. At the end it returns io.EOF. A
// *warcRecordError is a broken record: call next again for the following
// one. Any other error is a read error of the file itself.
func (w *warcReader) next() (*warcRecord, error) {
	for {
		line, err := w.readLine()
		if err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			if rerr := w.corrupt(err, nil); rerr != nil {
				return nil, rerr
			}
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue // blank lines between records
		}
		if !bytes.HasPrefix(line, []byte("WARC/1.")) {
			if w.lost {
				continue
			}
			w.lost = true
			w.number++
			return nil, &warcRecordError{Number: w.number, Err: fmt.Errorf("expected a WARC/1.x record, found %q", clip(line, 40))}
		}
		w.lost = false
		w.number++
		rec := &warcRecord{Number: w.number, Version: string(bytes.TrimSpace(line)), Length: -1}
		if err := w.readFields(rec); err != nil {
			if rerr := w.corrupt(err, rec); rerr != nil {
				return nil, rerr
			}
			continue
		}
		if rec.Length < 0 {
			w.lost = true
			return nil, &warcRecordError{Number: rec.Number, TargetURI: rec.TargetURI, Err: errors.New("no valid Content-Length")}
		}
		if rec.Length > w.maxBlock {
			rec.TooLarge = true
			if _, err := io.CopyN(io.Discard, w.br, rec.Length); err != nil {
				return nil, w.truncated(err, rec)
			}
		} else {
			rec.Block = make([]byte, rec.Length)
			if _, err := io.ReadFull(w.br, rec.Block); err != nil {
				return nil, w.truncated(err, rec)
			}
		}
		if !w.skipRecordEnd() {
			w.lost = true
			return nil, &warcRecordError{Number: rec.Number, TargetURI: rec.TargetURI,
				Err: fmt.Errorf("its %d-byte block does not end where its Content-Length says", rec.Length)}
		}
		return rec, nil
	}
}

// truncated turns a read error inside a block into a record error.
func (w *warcReader) truncated(err error, rec *warcRecord) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		w.lost = true
		return &warcRecordError{Number: rec.Number, TargetURI: rec.TargetURI,
			Err: fmt.Errorf("truncated: the file ends inside the record's %d-byte block", rec.Length)}
	}
	if rerr := w.corrupt(err, rec); rerr != nil {
		return rerr
	}
	return &warcRecordError{Number: rec.Number, TargetURI: rec.TargetURI, Err: err}
}

// corrupt handles a read error: a corrupt gzip member becomes a record
// error (once per broken stretch) and the reader skips to the next member;
// anything else is returned as it is. A nil return means "keep going
// silently".
func (w *warcReader) corrupt(err error, rec *warcRecord) error {
	var ce *corruptMemberError
	if !errors.As(err, &ce) {
		if rec != nil && (err == io.EOF || err == io.ErrUnexpectedEOF) {
			w.lost = true
			return &warcRecordError{Number: rec.Number, TargetURI: rec.TargetURI, Err: errors.New("truncated: the file ends inside the record's fields")}
		}
		var re *warcRecordError
		if errors.As(err, &re) {
			w.lost = true
			if rec != nil {
				re.Number, re.TargetURI = rec.Number, rec.TargetURI
			}
			return re
		}
		return err
	}
	w.members.resync()
	if w.lost && rec == nil {
		return nil
	}
	w.lost = true
	e := &warcRecordError{Err: ce}
	if rec != nil {
		e.Number, e.TargetURI = rec.Number, rec.TargetURI
	} else {
		w.number++
		e.Number = w.number
	}
	return e
}

// readFields reads the named fields up to the blank line.
func (w *warcReader) readFields(rec *warcRecord) error {
	total := 0
	var name string
	for {
		line, err := w.readLine()
		if err != nil {
			return err
		}
		total += len(line)
		if total > maxWARCHeaderBytes {
			return &warcRecordError{Err: fmt.Errorf("record fields over %d bytes", maxWARCHeaderBytes)}
		}
		s := strings.TrimRight(string(line), "\r\n")
		if s == "" {
			return nil
		}
		if (s[0] == ' ' || s[0] == '\t') && name != "" {
			continue // a continuation of a field none of ours needs
		}
		i := strings.IndexByte(s, ':')
		if i <= 0 {
			return &warcRecordError{Err: fmt.Errorf("bad field line %q", clip([]byte(s), 40))}
		}
		name = strings.ToLower(strings.TrimSpace(s[:i]))
		value := strings.TrimSpace(s[i+1:])
		switch name {
		case "warc-type":
			rec.Type = strings.ToLower(value)
		case "warc-target-uri":
			rec.TargetURI = strings.Trim(value, "<>") // WARC/1.0 drafts bracket it
		case "warc-date":
			rec.Date = value
		case "content-type":
			rec.ContentType = value
		case "content-length":
			n, err := strconv.ParseInt(value, 10, 64)
			if err != nil || n < 0 {
				return &warcRecordError{Err: fmt.Errorf("bad Content-Length %q", clip([]byte(value), 20))}
			}
			rec.Length = n
		}
	}
}

// readLine reads one line with its end; a line over maxWARCLine is cut and
// the rest of it discarded.
func (w *warcReader) readLine() ([]byte, error) {
	line, err := w.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull || err == nil && len(line) > maxWARCLine {
		out := append([]byte(nil), line[:min(len(line), maxWARCLine)]...)
		for err == bufio.ErrBufferFull {
			_, err = w.br.ReadSlice('\n')
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		return out, nil
	}
	if err == io.EOF && len(line) > 0 {
		return line, nil
	}
	return line, err
}

// skipRecordEnd consumes the CRLF CRLF that ends a record and reports
// whether the block ended where its Content-Length said: the four bytes
// were there (bare LFs tolerated), or what follows is the end of the file
// or the next record. Anything else means the length was wrong (the block
// was cut short or ran into the next record).
func (w *warcReader) skipRecordEnd() bool {
	ends := 0
	for ends < 4 {
		b, err := w.br.Peek(1)
		if err != nil || b[0] != '\r' && b[0] != '\n' {
			break
		}
		c := b[0]
		w.br.Discard(1)
		ends++
		if c == '\n' && ends == 2 && w.lfOnly() {
			return true
		}
	}
	if ends == 4 {
		return true
	}
	next, err := w.br.Peek(5)
	if len(next) == 0 && err != nil {
		return true // the end of the file, or a read error the next call reports
	}
	return bytes.HasPrefix(next, []byte("WARC/"))
}

// lfOnly reports whether the record end read so far was "\n\n", a
// writer's bare-LF form of CRLF CRLF: true unless a CR or LF follows.
func (w *warcReader) lfOnly() bool {
	b, err := w.br.Peek(1)
	return err != nil || b[0] != '\r' && b[0] != '\n'
}

// clip shortens a byte string for a message.
func clip(b []byte, n int) string {
	s := strings.TrimRight(string(b), "\r\n")
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// corruptMemberError is a gzip member that could not be decompressed.
type corruptMemberError struct{ err error }

func (e *corruptMemberError) Error() string { return "corrupt gzip data: " + e.err.Error() }
func (e *corruptMemberError) Unwrap() error { return e.err }

// gzipMembers reads the decompressed content of consecutive gzip members
// as one stream. A member that fails to decompress is returned as a
// *corruptMemberError; resync then skips to the next member header.
type gzipMembers struct {
	raw      *bufio.Reader
	zr       *gzip.Reader
	inMember bool
}

func (g *gzipMembers) Read(p []byte) (int, error) {
	for {
		if !g.inMember {
			if _, err := g.raw.Peek(1); err != nil {
				return 0, err // io.EOF at the end of the file
			}
			var err error
			if g.zr == nil {
				g.zr, err = gzip.NewReader(g.raw)
			} else {
				err = g.zr.Reset(g.raw)
			}
			if err != nil {
				return 0, &corruptMemberError{err}
			}
			g.zr.Multistream(false)
			g.inMember = true
		}
		n, err := g.zr.Read(p)
		if err == io.EOF {
			g.inMember = false
			if n > 0 {
				return n, nil
			}
			continue
		}
		if err != nil {
			return n, &corruptMemberError{err}
		}
		return n, nil
	}
}

// resync drops the current member and moves the raw stream to the next
// gzip member header (1f 8b 08), or its end.
func (g *gzipMembers) resync() {
	g.inMember = false
	for {
		head, err := g.raw.Peek(3)
		if len(head) == 3 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 0x08 {
			return
		}
		if err != nil && len(head) < 3 {
			g.raw.Discard(len(head))
			return
		}
		g.raw.Discard(1)
	}
}
