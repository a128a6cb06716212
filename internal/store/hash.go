package store

import (
	"crypto/sha256"
	"encoding/hex"
)

// HashPage returns the hex SHA-256 of a page's bytes, the Entry.PageHash.
func HashPage(page []byte) string {
	sum := sha256.Sum256(page)
	return hex.EncodeToString(sum[:])
}
