package errors

import "testing"

func TestZZCount(t *testing.T) { t.Logf("terms %d", len(words.terms)) }
