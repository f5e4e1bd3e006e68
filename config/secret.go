package config

import (
	"encoding"
	"encoding/json"
	"fmt"
	"log/slog"
	"strconv"

	"gopkg.in/yaml.v3"
)

// Secret is a password or token. It never prints: String, GoString, %v,
// JSON, YAML and slog all show "[redacted]". Reveal returns the value. An
// unset (empty) Secret shows as empty, so a dump still tells a missing
// password from a present one. Decoding (YAML, JSON, text) reads the real
// value. The one exception is %p given a Secret, or a struct holding one,
// rather than a pointer: fmt handles %p before any method, and go vet
// reports it.
type Secret string

// Reveal returns the secret's value, for the one place that sends it.
func (s Secret) Reveal() string { return string(s) }

// IsSet reports whether the secret is non-empty.
func (s Secret) IsSet() bool { return s != "" }

// redacted is what a set Secret shows instead of its value.
const redacted = "[redacted]"

// shown is the text a Secret prints as: "[redacted]" when set, "" when not,
// so that a person reading a dump can still tell a missing password from a
// present one.
func (s Secret) shown() string {
	if s == "" {
		return ""
	}
	return redacted
}

// String returns "[redacted]" (or "" for an unset secret).
func (s Secret) String() string { return s.shown() }

// GoString returns the quoted "[redacted]", for %#v.
func (s Secret) GoString() string { return strconv.Quote(s.shown()) }

// Format makes every fmt verb and flag (%v, %+v, %#v, %s, %q, %x, widths)
// print the redacted form. Without it, verbs that skip String, such as %x,
// would print the value.
func (s Secret) Format(f fmt.State, verb rune) {
	// fmt.FormatString rebuilds the directive with its flags and width, so
	// the redacted text is laid out exactly as the value would have been.
	fmt.Fprintf(f, fmt.FormatString(f, verb), s.shown())
}

// MarshalJSON encodes the secret as the JSON string "[redacted]".
func (s Secret) MarshalJSON() ([]byte, error) { return json.Marshal(s.shown()) }

// UnmarshalJSON reads the real value from a JSON string.
func (s *Secret) UnmarshalJSON(data []byte) error {
	var v string
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*s = Secret(v)
	return nil
}

// MarshalYAML encodes the secret as "[redacted]" (gopkg.in/yaml.v3's
// Marshaler).
func (s Secret) MarshalYAML() (any, error) { return s.shown(), nil }

// UnmarshalYAML reads the real value from a YAML scalar (gopkg.in/yaml.v3's
// Unmarshaler).
func (s *Secret) UnmarshalYAML(value *yaml.Node) error {
	var v string
	if err := value.Decode(&v); err != nil {
		return err
	}
	*s = Secret(v)
	return nil
}

// MarshalText returns "[redacted]", for encoders that use
// encoding.TextMarshaler (XML, map keys, slog's text handler).
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.shown()), nil }

// UnmarshalText sets the real value.
func (s *Secret) UnmarshalText(text []byte) error {
	*s = Secret(text)
	return nil
}

// LogValue makes log/slog record "[redacted]" (slog.LogValuer).
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.shown()) }

// The interfaces a Secret implements so that it cannot leak.
var (
	_ fmt.Stringer             = Secret("")
	_ fmt.GoStringer           = Secret("")
	_ fmt.Formatter            = Secret("")
	_ json.Marshaler           = Secret("")
	_ json.Unmarshaler         = (*Secret)(nil)
	_ yaml.Marshaler           = Secret("")
	_ yaml.Unmarshaler         = (*Secret)(nil)
	_ encoding.TextMarshaler   = Secret("")
	_ encoding.TextUnmarshaler = (*Secret)(nil)
	_ slog.LogValuer           = Secret("")
)
