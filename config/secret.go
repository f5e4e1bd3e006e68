package config

// Secret is a password or token. It never prints: String, GoString, %v,
// JSON, YAML and slog all show "[redacted]". Reveal returns the value.
type Secret string

// Reveal returns the secret's value, for the one place that sends it.
func (s Secret) Reveal() string { return string(s) }

// IsSet reports whether the secret is non-empty.
func (s Secret) IsSet() bool { return s != "" }
