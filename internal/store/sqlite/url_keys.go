package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// rekeyURLs is migration 010: it rewrites every article's url_key (and the
// host derived from it) in the form urlKey now gives, urlnorm.Normalize's,
// which also drops tracking parameters and sorts the query. Stores made
// before kept those, so a page ingested again through a feed link with
// utm_ parameters was stored twice.
//
// Two articles stored under different old keys may now share one key, which
// is unique: an article whose key does not change keeps it, and among the
// others the lowest id takes a shared key while the later ones keep their old
// keys. Both articles stay, found as before: a migration merges and deletes
// nothing. An article whose old key was meanwhile taken as another's new key
// is left without one (still found by its id, text and url column).
func rekeyURLs(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		id       int64
		old, new string
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, coalesce(url, ''), coalesce(canonical_url, ''), coalesce(url_key, '') FROM articles ORDER BY id")
	if err != nil {
		return err
	}
	var changed []row
	taken := map[string]bool{}
	for rows.Next() {
		var r row
		var rawURL, canonical string
		if err := rows.Scan(&r.id, &rawURL, &canonical, &r.old); err != nil {
			rows.Close()
			return err
		}
		if r.new = urlKey(canonical); r.new == "" {
			r.new = urlKey(rawURL)
		}
		if r.new == r.old {
			if r.old != "" {
				taken[r.old] = true
			}
			continue
		}
		changed = append(changed, r)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(changed) == 0 {
		return nil
	}
	// Free the old keys first, so that a key moving from one article to
	// another never meets the unique index twice.
	unset, err := tx.PrepareContext(ctx, "UPDATE articles SET url_key = NULL WHERE id = ?")
	if err != nil {
		return err
	}
	defer unset.Close()
	for _, r := range changed {
		if _, err := unset.ExecContext(ctx, r.id); err != nil {
			return fmt.Errorf("article %d: %w", r.id, err)
		}
	}
	set, err := tx.PrepareContext(ctx, "UPDATE articles SET url_key = ?, host = ? WHERE id = ?")
	if err != nil {
		return err
	}
	defer set.Close()
	for _, r := range changed {
		key := r.new
		if key == "" || taken[key] {
			key = r.old
		}
		if key != "" && taken[key] {
			key = ""
		}
		var v any
		if key != "" {
			taken[key] = true
			v = key
		}
		if _, err := set.ExecContext(ctx, v, hostOf(key), r.id); err != nil {
			return fmt.Errorf("article %d: %w", r.id, err)
		}
	}
	return nil
}
