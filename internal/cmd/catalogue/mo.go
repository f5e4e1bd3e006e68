package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// errCount is readMO's error for a header that counts more strings than
// the file can hold.
var errCount = errors.New("more strings than fit in the file")

// readMO returns the translations of a GNU gettext .mo file by msgid: the
// singular form of each, and a plural message by its singular msgid.
//
// Written by hand: the format is a header and two tables of lengths and
// offsets (the GNU gettext manual, "The Format of GNU MO Files"), and a
// library that reads it would be this maintainer's tool's only reason to
// add a dependency to the core module (golang.org/x/text, for the
// catalogues' charsets, was in its build list already).
func readMO(data []byte) (map[string]string, error) {
	if len(data) < 20 {
		return nil, errors.New("too short for a .mo file")
	}
	var order binary.ByteOrder
	switch binary.LittleEndian.Uint32(data) {
	case 0x950412de:
		order = binary.LittleEndian
	case 0xde120495:
		order = binary.BigEndian
	default:
		return nil, errors.New("not a .mo file (no magic number)")
	}
	// The header's numbers are compared as read (uint32), before they
	// become ints, which are 32 bits on some platforms.
	count := order.Uint32(data[8:])
	if uint64(count) > uint64(len(data))/16 {
		// Each string has an entry of 8 bytes in each table: a count
		// beyond that is a corrupt header, not a size to allocate.
		return nil, fmt.Errorf("%w: %d strings in %d bytes", errCount, count, len(data))
	}
	n := int(count)
	orig, trans := int64(order.Uint32(data[12:])), int64(order.Uint32(data[16:]))
	// str returns the i-th string of the table at off.
	str := func(off int64, i int) (string, error) {
		e := off + 8*int64(i)
		if e+8 > int64(len(data)) {
			return "", fmt.Errorf("string table entry %d out of the file", i)
		}
		l, p := int64(order.Uint32(data[e:])), int64(order.Uint32(data[e+4:]))
		if p+l > int64(len(data)) {
			return "", fmt.Errorf("string %d out of the file", i)
		}
		return string(data[p : p+l]), nil
	}
	out := make(map[string]string, n)
	for i := 0; i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		k, _, _ = strings.Cut(k, "\x00")
		v, _, _ = strings.Cut(v, "\x00")
		out[k] = v
	}
	return decode(out)
}

// charset finds the charset a .mo file's header (the translation of the
// empty msgid) declares.
var charset = regexp.MustCompile(`(?i)content-type:[^\n]*charset=([-\w.:]+)`)

// decode converts the translations to UTF-8 from the charset the header
// declares (older catalogues are in ISO-8859-2, KOI8-R and the like); the
// msgids are ASCII.
func decode(cat map[string]string) (map[string]string, error) {
	m := charset.FindStringSubmatch(cat[""])
	if m == nil || strings.EqualFold(m[1], "utf-8") || strings.EqualFold(m[1], "utf8") || strings.EqualFold(m[1], "us-ascii") {
		return cat, nil
	}
	enc, err := ianaindex.IANA.Encoding(m[1])
	if err != nil || enc == nil {
		// WHATWG's names know more aliases ("CP1251" for windows-1251).
		if enc, err = htmlindex.Get(m[1]); err != nil {
			return nil, fmt.Errorf("charset %s: %w", m[1], err)
		}
	}
	dec := enc.NewDecoder()
	for k, v := range cat {
		u, err := dec.String(v)
		if err != nil {
			return nil, fmt.Errorf("charset %s: %w", m[1], err)
		}
		cat[k] = u
	}
	return cat, nil
}
