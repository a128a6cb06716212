// Package neardup recognises texts that are the same story: MinHash
// signatures over word shingles of a normalised text, locality-sensitive
// hashing (LSH) band keys to find candidate pairs through an index, and the
// signatures' estimated Jaccard similarity to confirm them.
//
// A text is cut into words (runs of letters and digits, lower-cased, so
// punctuation, case and white space never matter) and every 4 words in a
// row make a shingle. The Jaccard similarity of two texts is the share of
// shingles they have in common; a republished wire story keeps most of its
// shingles even when the site adds a line or trims a paragraph, while two
// articles about the same event written apart share almost none (names and
// stock phrases are shared, but 4-word runs rarely are).
//
// The signature holds 128 MinHash values (one-permutation hashing: see
// Sign); the share of positions where two signatures agree estimates the
// Jaccard similarity (standard error about 0.045 near 0.5). The first
// 48 values form 16 bands of 3: two texts of similarity J share at least
// one band with probability 1-(1-J^3)^16, which is 0.88 at J = 0.5, 0.97
// at 0.6, 0.65 at 0.4, 0.12 at 0.2 and 0.0002 at 0.01 (unrelated texts).
// Candidates sharing a band are then confirmed when the estimate over all
// 128 values reaches Threshold. (32 bands of 4 find about the same pairs
// but cost twice the index rows, and index rows were a fifth of a store's
// write time.)
//
// The hash functions are fixed: signatures and band keys are stored, so
// changing them (or the shingle size) needs the stored ones recomputed. The
// package does no I/O and keeps no state.
package neardup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Sizes of a signature.
const (
	// ShingleWords is the number of words in a shingle.
	ShingleWords = 4
	// Hashes is the number of MinHash values in a signature.
	Hashes = 128
	// BandRows is the number of signature values per LSH band.
	BandRows = 3
	// Bands is the number of LSH bands (and band keys) per signature.
	Bands = 16
	// MinWords is the fewest words a text needs for a signature: shorter
	// texts share too few shingles for their similarity to mean much, so
	// they are compared only when identical.
	MinWords = 20
	// Threshold is the estimated Jaccard similarity from which two texts
	// are taken for the same story.
	Threshold = 0.5
)

// Signature is a MinHash signature.
type Signature [Hashes]uint32

// mix64 is splitmix64's finaliser: a good 64-bit bit mixer.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// wordHashes returns the FNV-1a hash of each word of text: runs of letters
// and digits, lower-cased.
func wordHashes(text string) []uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	hs := make([]uint64, 0, len(text)/6)
	h, in := uint64(offset), false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		var word bool
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			word = 'a' <= r && r <= 'z' || '0' <= r && r <= '9'
		default:
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			r = unicode.ToLower(r)
		}
		if !word {
			if in {
				hs = append(hs, h)
				h, in = offset, false
			}
			continue
		}
		in = true
		for ; r > 0; r >>= 8 {
			h ^= uint64(r & 0xff)
			h *= prime
		}
	}
	if in {
		hs = append(hs, h)
	}
	return hs
}

// Words returns the number of words Sign sees in text.
func Words(text string) int { return len(wordHashes(text)) }

// Sign returns the MinHash signature of text's shingles; ok is false when
// the text has fewer than MinWords words.
//
// The signature is computed by one-permutation hashing with optimal
// densification: each shingle is hashed once, the top bits of its hash pick
// one of Hashes bins and the bin keeps the least of the low 32 bits of the
// hashes it gets; an empty bin (short texts) takes the value of the first
// non-empty bin along its own fixed pseudo-random probe sequence. Two texts'
// bins then agree with probability equal to their Jaccard similarity, as
// with 128 independent hash functions, at the cost of one.
func Sign(text string) (sig Signature, ok bool) {
	ws := wordHashes(text)
	if len(ws) < MinWords {
		return sig, false
	}
	const binBits = 7 // 1<<binBits == Hashes
	var filled [Hashes]bool
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for i := 0; i+ShingleWords <= len(ws); i++ {
		h := uint64(0x2545f4914f6cdd1d)
		for _, w := range ws[i : i+ShingleWords] {
			h = mix64(h ^ w)
		}
		bin, v := h>>(64-binBits), uint32(h)
		if v <= sig[bin] {
			sig[bin], filled[bin] = v, true
		}
	}
	var dense Signature
	for j := range sig {
		if filled[j] {
			dense[j] = sig[j]
			continue
		}
		dense[j] = densify(&sig, &filled, j)
	}
	return dense, true
}

// densify returns the value an empty bin takes: that of the first filled
// bin on its probe sequence (a fixed hash of the bin's number and the
// attempt), so two texts fill the same empty bin from the same place
// whenever that place is filled in both.
func densify(sig *Signature, filled *[Hashes]bool, j int) uint32 {
	for attempt := uint64(1); attempt <= 4*Hashes; attempt++ {
		k := mix64(uint64(j)<<32|attempt) % Hashes
		if filled[k] {
			return sig[k]
		}
	}
	for k := 1; k < Hashes; k++ { // never reached in practice: a fixed fallback
		if filled[(j+k)%Hashes] {
			return sig[(j+k)%Hashes]
		}
	}
	return 0
}

// Similarity estimates the Jaccard similarity of the texts of two
// signatures: the share of positions where they agree.
func Similarity(a, b *Signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / Hashes
}

// BandKeys returns the signature's LSH keys, one per band: texts sharing a
// key are candidates. A key mixes the band's number with its values, so
// equal values in different bands do not collide.
func (s *Signature) BandKeys() [Bands]int64 {
	var keys [Bands]int64
	for b := range keys {
		h := mix64(uint64(b) + 0x51ed27)
		for _, v := range s[b*BandRows : (b+1)*BandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys[b] = int64(h)
	}
	return keys
}

// MarshalBinary encodes the signature as Hashes little-endian uint32s.
func (s *Signature) MarshalBinary() ([]byte, error) {
	out := make([]byte, 4*Hashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out, nil
}

// ErrSignatureSize is returned when decoding bytes of the wrong length.
var ErrSignatureSize = errors.New("neardup: signature has the wrong size")

// UnmarshalBinary decodes what MarshalBinary encoded.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != 4*Hashes {
		return fmt.Errorf("%w: %d bytes, want %d", ErrSignatureSize, len(b), 4*Hashes)
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}
