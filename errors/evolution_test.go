package errors

import "testing"

// TestEvolutionTranslations: every translation of Evolution's catalogues
// that evolution.go lists (testdata/evolution.tsv: the English text, the
// language, the translation as the catalogues have it, with the vague
// words before the colon, accents and full stops) is read as its English
// is, with no code, as Evolution prints it, and with the code Evolution
// printed it for.
func TestEvolutionTranslations(t *testing.T) {
	codes := map[string]string{
		"Requested mail action aborted: exceeded storage allocation": "552",
		"Requested action not taken: insufficient system storage":    "452",
		"Requested action not taken: mailbox name not allowed":       "553",
		"Requested action not taken: mailbox unavailable":            "550",
		"Requested mail action not taken: mailbox unavailable":       "450",
		"Service not available, closing transmission channel":        "421",
		"Temporary authentication failure":                           "454",
		"Authentication mechanism is too weak":                       "534",
		"A password transition is needed":                            "432",
		"Encryption required for requested authentication mechanism": "538",
		"Authentication required":                                    "530",
		"Syntax error, command unrecognized":                         "500",
		"Syntax error in parameters or arguments":                    "501",
		"Command not implemented":                                    "502",
		"Command parameter not implemented":                          "504",
		"Bad sequence of commands":                                   "503",
		"Requested action aborted: error in processing":              "451",
	}
	catalogue{
		path: "testdata/evolution.tsv", fields: 3,
		language: func(c []string) string { return c[1] },
		cases: func(t *testing.T, c []string) []kindCase {
			english, text := c[0], c[2]
			code, ok := codes[english]
			if !ok {
				t.Fatalf("testdata/evolution.tsv: no code for %q", english)
			}
			return []kindCase{
				{"", text, Classify("", english).Kind},
				{"", code + " " + text, Classify("", code+" "+english).Kind},
			}
		},
		minLines: 1000, minLangs: 60,
	}.check(t)
}

// TestEvolutionTransportMessages: every translation of the messages of
// Evolution's own SMTP transport that evolution.go lists
// (testdata/evolution_transport.tsv) is read as its English is, with no
// code, as Evolution prints it.
func TestEvolutionTransportMessages(t *testing.T) {
	want := map[string]Kind{
		"Cannot send message: service not connected.": KindConnectionFailed,
		"Cannot send message: no recipients defined.": KindInvalidConfig,
		"STARTTLS command failed:":                    KindTLSFailed,
		"STARTTLS not supported":                      KindTLSFailed,
	}
	for english, k := range want {
		if got := Classify("", english); got.Kind != k {
			t.Errorf("Classify(%q) = %s (%s), want %s", english, got.Kind, got.Evidence, k)
		}
	}
	catalogue{
		path: "testdata/evolution_transport.tsv", fields: 3,
		language: func(c []string) string { return c[1] },
		cases: func(t *testing.T, c []string) []kindCase {
			k, ok := want[c[0]]
			if !ok {
				t.Fatalf("testdata/evolution_transport.tsv: no kind for %q", c[0])
			}
			return []kindCase{{"", c[2], k}}
		},
		minLines: 250, minLangs: 70,
	}.check(t)
}
