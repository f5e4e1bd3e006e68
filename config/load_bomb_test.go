package config

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// selfMergeYAML is a mapping that merges itself: the unknown-key check
// once followed it for ever.
const selfMergeYAML = "smtp: &a\n  host: x\n  <<: *a\n"

// nestedMergeYAML returns a "billion laughs" document made of merge keys:
// each level's anchor merges the level below twice, so a walk that
// follows every alias does 2^depth steps for a file of a few hundred
// bytes.
func nestedMergeYAML(depth int) string {
	v := "&l0 {host: x}"
	for i := 1; i <= depth; i++ {
		v = fmt.Sprintf("&l%d {<<: [%s, *l%d]}", i, v, i-1)
	}
	return "smtp:\n  <<: " + v + "\n  port: 25\n"
}

// loadWithin runs LoadBytes and fails the test when it takes longer than d
// (the walk is bounded: a file this small must not take seconds).
func loadWithin(t *testing.T, d time.Duration, doc string) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := LoadBytes([]byte(doc), "bomb.yaml")
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		t.Fatalf("LoadBytes of a %d-byte file still running after %v", len(doc), d)
		return nil
	}
}

func TestLoadSelfMergeKey(t *testing.T) {
	err := loadWithin(t, 10*time.Second, selfMergeYAML)
	if err == nil {
		t.Fatal("a mapping that merges itself: want an error")
	}
	var ke *KeyError
	if !errors.As(err, &ke) {
		t.Fatalf("want a *KeyError naming the line, got %T: %v", err, err)
	}
	if ke.Line != 3 || !strings.Contains(ke.Problem, "itself") {
		t.Errorf("want line 3 and a problem that says the mapping merges itself, got %+v", ke)
	}
}

func TestLoadNestedMergeKeys(t *testing.T) {
	doc := nestedMergeYAML(28)
	if len(doc) > 600 {
		t.Fatalf("test document is %d bytes; meant to be small", len(doc))
	}
	err := loadWithin(t, 10*time.Second, doc)
	if err == nil {
		t.Fatal("merge keys nested 2^28 deep: want an error")
	}
	var ke *KeyError
	if !errors.As(err, &ke) {
		t.Fatalf("want a *KeyError naming the line, got %T: %v", err, err)
	}
	if ke.Line < 1 || !strings.Contains(ke.Problem, "alias") {
		t.Errorf("want a line and a problem about aliases, got %+v", ke)
	}
}

// A little aliasing, as people write it, still loads.
func TestLoadMergeKeyOrdinaryUse(t *testing.T) {
	doc := "smtp:\n  <<: &d {host: mail.example.org, port: 587}\n  from: robot@example.org\n" +
		"notifier:\n  to: &who [oncall@example.org]\n  cc: *who\n"
	f, err := LoadBytes([]byte(doc), "")
	if err != nil {
		t.Fatal(err)
	}
	if f.SMTP.Host != "mail.example.org" || f.SMTP.Port != 587 || len(f.Notifier.Cc) != 1 {
		t.Errorf("got %+v", f)
	}
}

// FuzzLoad checks that no document crashes or hangs LoadBytes. Its seed
// corpus (the documents below and testdata/fuzz/FuzzLoad) runs with the
// normal tests.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(designYAML))
	f.Add([]byte(selfMergeYAML))
	f.Add([]byte(nestedMergeYAML(28)))
	f.Add([]byte("smtp: &a\n  pop_before_smtp: *a\n"))
	f.Add([]byte("smtp:\n  <<: [&a {host: x}, *a, *a]\n"))
	f.Add([]byte("notifier:\n  to: &a [x, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		file, err := LoadBytes(data, "fuzz.yaml")
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("LoadBytes took %v on %d bytes", d, len(data))
		}
		if err == nil && file == nil {
			t.Fatal("nil File without an error")
		}
	})
}
