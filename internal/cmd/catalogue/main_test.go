package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// byteOrder is binary.LittleEndian or binary.BigEndian.
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

// mo builds a .mo file of the pairs (msgid, translation) in byte order
// order, as msgfmt writes one: the msgids sorted, the header first. A
// big-endian file is what msgfmt writes on a big-endian machine (or with
// --endianness=big).
func mo(order byteOrder, pairs map[string]string) []byte {
	keys := make([]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	n := len(keys)
	var head, strs bytes.Buffer
	head.Write(order.AppendUint32(nil, 0x950412de))
	head.Write(order.AppendUint32(nil, 0))
	head.Write(order.AppendUint32(nil, uint32(n)))
	head.Write(order.AppendUint32(nil, 28))
	head.Write(order.AppendUint32(nil, uint32(28+8*n)))
	head.Write(order.AppendUint32(nil, 0))
	head.Write(order.AppendUint32(nil, 0))
	base := 28 + 16*n
	var origT, transT bytes.Buffer
	for _, table := range []struct {
		t   *bytes.Buffer
		val func(string) string
	}{{&origT, func(k string) string { return k }}, {&transT, func(k string) string { return pairs[k] }}} {
		for _, k := range keys {
			s := table.val(k)
			table.t.Write(order.AppendUint32(nil, uint32(len(s))))
			table.t.Write(order.AppendUint32(nil, uint32(base+strs.Len())))
			strs.WriteString(s)
			strs.WriteByte(0)
		}
	}
	return slices.Concat(head.Bytes(), origT.Bytes(), transT.Bytes(), strs.Bytes())
}

func TestReadMO(t *testing.T) {
	pairs := map[string]string{
		"":                                 "Content-Type: text/plain; charset=ISO-8859-2\n",
		"Login failed.":                    "Logowanie nie powiod\xb3o si\xea.",
		"%d message\x00%d messages":        "%d wiadomo\xb6\xe6\x00%d wiadomo\xb6ci",
		"Connection to %s closed":          "Po\xb3\xb1czenie z %s zamkni\xeate",
		"ctx\x04Login":                     "Login",
		"Could not connect to %s (%s).":    "",
		"Certificate verification error":   "B\xb3\xb1d weryfikacji certyfikatu",
		"Server certificate has expired":   "Certyfikat serwera wygas\xb3",
		"SMTP session failed: read error":  "B\xb3\xb1d sesji SMTP: b\xb3\xb1d odczytu",
		"SMTP session failed: write error": "B\xb3\xb1d sesji SMTP: b\xb3\xb1d zapisu",
	}
	// Every msgid of the file, by its singular form, and nothing else.
	want := map[string]string{
		"":                                 "Content-Type: text/plain; charset=ISO-8859-2\n",
		"Login failed.":                    "Logowanie nie powiodło się.",
		"%d message":                       "%d wiadomość",
		"Connection to %s closed":          "Połączenie z %s zamknięte",
		"ctx\x04Login":                     "Login",
		"Could not connect to %s (%s).":    "",
		"Certificate verification error":   "Błąd weryfikacji certyfikatu",
		"Server certificate has expired":   "Certyfikat serwera wygasł",
		"SMTP session failed: read error":  "Błąd sesji SMTP: błąd odczytu",
		"SMTP session failed: write error": "Błąd sesji SMTP: błąd zapisu",
	}
	for _, order := range []byteOrder{binary.LittleEndian, binary.BigEndian} {
		data := mo(order, pairs)
		cat, err := readMO(data)
		if err != nil {
			t.Fatalf("%v: %v", order, err)
		}
		for id, w := range want {
			if got, ok := cat[id]; !ok || got != w {
				t.Errorf("%v: translation of %q = %q (present %v), want %q (decoded from ISO-8859-2)", order, id, got, ok, w)
			}
		}
		if len(cat) != len(want) {
			t.Errorf("%v: readMO read %d msgids, want %d", order, len(cat), len(want))
		}
		if _, err := readMO(data[:40]); err == nil {
			t.Errorf("%v: readMO accepted a file cut short", order)
		}
		// Cut inside the strings, after the tables: the count fits, the
		// last strings do not.
		if _, err := readMO(data[:len(data)-10]); err == nil {
			t.Errorf("%v: readMO accepted a file whose strings are cut short", order)
		}
		huge := bytes.Clone(data)
		order.PutUint32(huge[8:], 1<<31)
		if _, err := readMO(huge); !errors.Is(err, errCount) {
			t.Errorf("%v: readMO of a header counting 2^31 strings: %v, want errCount", order, err)
		}
	}
	if _, err := readMO([]byte("not a catalogue at all")); err == nil {
		t.Error("readMO accepted a file without the magic number")
	}
}

func TestParts(t *testing.T) {
	for msg, want := range map[string][]string{
		"Could not connect to %s (%s).":                 {"could not connect to"},
		"Verbindung zu %s beendet":                      {"verbindung zu", "beendet"},
		"SMTP-Sitzung fehlgeschlagen: Lesefehler":       {"smtp-sitzung fehlgeschlagen", "lesefehler"},
		"Konnte Rechner \"%s\" nicht finden":            {"konnte rechner", "nicht finden"},
		"Zertifikatsprüfung fehlgeschlagen (%1$s)\n":    {"zertifikatsprüfung fehlgeschlagen"},
		"サーバに接続できません。%sを確認してください":                       {"サーバに接続できません", "を確認してください"},
		"L'authentification %s a échoué, essai suivant": {"l'authentification", "a échoué", "essai suivant"},
	} {
		if got := parts(msg); !slices.Equal(got, want) {
			t.Errorf("parts(%q) = %q, want %q", msg, got, want)
		}
	}
}

func TestDraft(t *testing.T) {
	rows := []row{
		{"p", "auth_failed", "de", "Login failed", "Anmeldung gescheitert"},
		{"p", "auth_failed", "de", "%s authentication failed", "%s-Authentifizierung fehlgeschlagen"},
		{"p", "connection_failed", "de", "SMTP session failed: read error", "SMTP-Sitzung fehlgeschlagen: Lesefehler"},
		// "smtp-sitzung fehlgeschlagen" is also the next message's, of
		// the same kind: the two share it. "Anmeldung fehlgeschlagen"
		// would share "fehlgeschlagen" with a message of another kind,
		// were it long enough.
		{"p", "connection_failed", "de", "SMTP session failed: write error", "SMTP-Sitzung fehlgeschlagen: Schreibfehler"},
		{"p", "timeout", "de", "Connection to %s timed out", "Zeitüberschreitung der Verbindung zu %s"},
		// This message of another kind holds the timeout's only long
		// part: the timeout has no term.
		{"p", "tls_failed", "de", "TLS timed out", "Zeitüberschreitung der Verbindung zu TLS"},
		{"p", "auth_failed", "fr", "Login failed", "La connexion a échoué"},
		{"q", "auth_failed", "de", "Login failed", "Anmeldung gescheitert"},
	}
	var got []string
	for _, term := range draft(rows) {
		got = append(got, term.kind+": "+term.text+" ("+strings.Join(term.from, ", ")+")")
	}
	want := []string{
		"auth_failed: anmeldung gescheitert (p de, q de)",
		"auth_failed: authentifizierung fehlgeschlagen (p de)",
		"auth_failed: la connexion a échoué (p fr)",
		"connection_failed: smtp-sitzung fehlgeschlagen (p de)",
		"tls_failed: zeitüberschreitung der verbindung zu tls (p de)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("draft:\n got %q\nwant %q", got, want)
	}
}

// TestRun reads a catalogue from a directory laid out as a package
// unpacks, and prints the lines of the messages asked for.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	lc := filepath.Join(dir, "usr/share/locale/de/LC_MESSAGES")
	if err := os.MkdirAll(lc, 0o755); err != nil {
		t.Fatal(err)
	}
	err := os.WriteFile(filepath.Join(lc, "prog.mo"), mo(binary.LittleEndian, map[string]string{
		"":                    "Content-Type: text/plain; charset=UTF-8\n",
		"Login failed":        "Anmeldung gescheitert",
		"Server closed\tnow":  "Server hat die Verbindung\ngeschlossen",
		"Unused message":      "Unbenutzt",
		"Untranslated at all": "Untranslated at all",
	}), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(dir, "messages.tsv")
	err = os.WriteFile(spec, []byte("# comment\nauth_failed\tLogin failed\nconnection_failed\tServer closed\tnow\ntimeout\tUntranslated at all\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(&out, dir, "prog", "prog", spec, false); err != nil {
		t.Fatal(err)
	}
	want := "prog\tauth_failed\tde\tLogin failed\tAnmeldung gescheitert\n" +
		"prog\tconnection_failed\tde\tServer closed now\tServer hat die Verbindung\\ngeschlossen\n"
	if out.String() != want {
		t.Errorf("lines:\n got %q\nwant %q", out.String(), want)
	}
	out.Reset()
	if err := run(&out, dir, "prog", "prog", spec, true); err != nil {
		t.Fatal(err)
	}
	if want := "// auth_failed\n\t\"anmeldung gescheitert\", // prog de\n\n// connection_failed\n\t\"server hat die verbindung\", // prog de\n"; out.String() != want {
		t.Errorf("draft:\n got %q\nwant %q", out.String(), want)
	}
	if err := run(&out, dir, "other", "prog", spec, false); err == nil || !strings.Contains(err.Error(), "no other.mo") {
		t.Errorf("a missing domain gave %v, want an error naming it", err)
	}
}
