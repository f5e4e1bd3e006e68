package config

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// docBlock returns the lines of the first indented block in doc.go's
// comment that starts with a line equal to first, up to the next
// non-indented line.
func docBlock(t *testing.T, first string) []string {
	t.Helper()
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var block []string
	in := false
	for _, line := range strings.Split(string(src), "\n") {
		code, ok := strings.CutPrefix(line, "//\t")
		if !in {
			in = ok && code == first
		}
		if in {
			if !ok {
				break
			}
			block = append(block, code)
		}
	}
	if len(block) == 0 {
		t.Fatalf("doc.go has no block starting %q", first)
	}
	return block
}

// TestDocEnvNames keeps doc.go's list of variables equal to EnvNames.
func TestDocEnvNames(t *testing.T) {
	got := docBlock(t, "TASKMAIL_SMTP_HOST")
	if want := EnvNames(); !slices.Equal(got, want) {
		t.Errorf("doc.go lists\n%s\nEnvNames returns\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDocYAML keeps doc.go's example equal to the design's, which loads and
// validates.
func TestDocYAML(t *testing.T) {
	got := strings.Join(docBlock(t, "smtp:"), "\n") + "\n"
	if got != designYAML {
		t.Errorf("doc.go's example differs from the design's:\n%s", got)
	}
}

func TestDocKeysExist(t *testing.T) {
	// Every key doc.go names in prose is a real key.
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, n := range EnvNames() {
		names[n] = true
	}
	var prose []string
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "//\t") {
			prose = append(prose, line)
		}
	}
	for _, word := range strings.FieldsFunc(strings.Join(prose, "\n"), func(r rune) bool { return strings.ContainsRune(" ,\n\t()/", r) }) {
		word = strings.TrimSuffix(word, ".")
		if !strings.HasPrefix(word, "smtp.") && !strings.HasPrefix(word, "notifier.") {
			continue
		}
		if strings.HasSuffix(word, ".*") {
			prefix := EnvName(strings.TrimSuffix(word, ".*")) + "_"
			if !slices.ContainsFunc(EnvNames(), func(n string) bool { return strings.HasPrefix(n, prefix) }) {
				t.Errorf("doc.go names %s, which has no keys", word)
			}
			continue
		}
		if !names[EnvName(word)] {
			t.Errorf("doc.go names %s, which is not a key", word)
		}
	}
}
