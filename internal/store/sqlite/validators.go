package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/ledehq/lede/internal/store"
)

// maxValidatorLen caps a stored ETag or Last-Modified value: longer ones
// come from a broken or hostile server and are not kept.
const maxValidatorLen = 1024

// URLValidators returns the ETag and Last-Modified kept for a URL (as the
// caller keys it); ok is false when none are kept. It backs the crawler's
// conditional requests (internal/crawl's ValidatorCache, through a small
// adapter: this package does not import the crawler).
func (s *Store) URLValidators(ctx context.Context, url string) (etag, lastModified string, ok bool, err error) {
	if s.isClosed() {
		return "", "", false, store.ErrClosed
	}
	err = s.queryRow(ctx, "SELECT etag, last_modified FROM url_validators WHERE url = ?", url).Scan(&etag, &lastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", false, nil
	}
	if err != nil {
		return "", "", false, fmt.Errorf("validators of %s: %w", url, err)
	}
	return etag, lastModified, true, nil
}

// SetURLValidators keeps a URL's ETag and Last-Modified, replacing what was
// kept; both empty forgets the URL. Values over 1024 bytes are refused
// (ErrInvalid).
func (s *Store) SetURLValidators(ctx context.Context, url, etag, lastModified string) error {
	if s.isClosed() {
		return store.ErrClosed
	}
	if url == "" {
		return fmt.Errorf("%w: validators need a URL", store.ErrInvalid)
	}
	if len(etag) > maxValidatorLen || len(lastModified) > maxValidatorLen {
		return fmt.Errorf("%w: validators of %s longer than %d bytes", store.ErrInvalid, url, maxValidatorLen)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	var err error
	if etag == "" && lastModified == "" {
		_, err = s.db.ExecContext(ctx, "DELETE FROM url_validators WHERE url = ?", url)
	} else {
		_, err = s.db.ExecContext(ctx, `INSERT INTO url_validators (url, etag, last_modified, seen_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, seen_at = excluded.seen_at`,
			url, etag, lastModified, time.Now().UTC().Format(time.RFC3339))
	}
	if err != nil {
		return fmt.Errorf("validators of %s: %w", url, err)
	}
	return nil
}
