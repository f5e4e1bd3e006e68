package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load reads the YAML configuration file at path, then applies the
// environment over it (ApplyEnv with os.LookupEnv): a TASKMAIL_... variable
// wins over the file. Every unknown key, misplaced section and unreadable
// value is reported at once, as a *multierror.Error of *KeyError, each
// naming the key path and line. Load does not validate the options: call
// Validate on the result.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	f, err := LoadBytes(data, path)
	if err != nil {
		return nil, err
	}
	if err := ApplyEnv(f, os.LookupEnv); err != nil {
		return nil, err
	}
	return f, nil
}

// LoadBytes reads a YAML configuration from data, as Load does but without
// the environment. name is the file's name for messages ("" for none). An
// empty document gives an empty File.
func LoadBytes(data []byte, name string) (*File, error) {
	prefix, what := "config: ", "the configuration"
	if name != "" {
		prefix, what = "config: "+name+": ", name
	}

	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	switch err := dec.Decode(&root); {
	case errors.Is(err, io.EOF):
		return &File{}, nil
	case err != nil:
		return nil, fmt.Errorf("%s%w", prefix, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%smore than one YAML document (\"---\" starts another); keep one", prefix)
	}

	// yaml.v3's KnownFields stops at the first struct with a problem and
	// names the Go type, not the key path. Walking the node tree against
	// File's fields first finds every problem, with its full key path, line
	// and a suggestion.
	p := problems{what: what, prefix: prefix}
	k := keyChecker{file: name, p: &p}
	if !k.aliasesBounded(&root) {
		return nil, p.err()
	}
	k.node(&root, reflect.TypeFor[File](), "")
	if err := p.err(); err != nil {
		return nil, err
	}

	// The real decode, strict as well, in case the walk missed something.
	var f File
	strict := yaml.NewDecoder(bytes.NewReader(data))
	strict.KnownFields(true)
	if err := strict.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s%w", prefix, err)
	}
	return &f, nil
}

// A KeyError is a problem with one key of a configuration file: unknown,
// repeated, or holding a value of the wrong type.
type KeyError struct {
	File    string // the file's name, "" when not known
	Key     string // the key path, such as "smtp.auth.username"
	Line    int    // 1-based
	Column  int    // 1-based
	Problem string // `unknown key; did you mean "host"?`
}

// Error returns `smtp.hots (line 3): unknown key; did you mean "host"?`.
func (e *KeyError) Error() string {
	return e.Key + " (line " + strconv.Itoa(e.Line) + "): " + e.Problem
}

// keyChecker walks a YAML node tree against a Go type.
type keyChecker struct {
	file string
	p    *problems
}

// maxExpanded bounds the values a document may stand for once its aliases
// are followed. A configuration file has a few dozen; a document whose
// anchors refer to anchors ("billion laughs", with merge keys or not)
// stands for exponentially many while being a few hundred bytes long.
const maxExpanded = 10000

// aliasesBounded checks, before the key walk follows any alias, that no
// alias refers to the value that holds it (the walk would never end) and
// that the document does not stand for more than maxExpanded values once
// its aliases are followed (the walk would take exponential time). It
// visits each node once. A document that fails gets one KeyError naming
// the alias and its line.
func (k *keyChecker) aliasesBounded(root *yaml.Node) bool {
	const inProgress = -1
	sizes := map[*yaml.Node]int{}
	aliases := 0
	var bad *KeyError
	var size func(n *yaml.Node) int
	size = func(n *yaml.Node) int {
		if n == nil || bad != nil {
			return 0
		}
		if s, ok := sizes[n]; ok {
			return s
		}
		sizes[n] = inProgress
		s := 1
		if n.Kind == yaml.AliasNode {
			aliases++
			switch target, seen := sizes[n.Alias]; {
			case seen && target == inProgress:
				bad = &KeyError{File: k.file, Key: "*" + n.Value, Line: n.Line, Column: n.Column,
					Problem: fmt.Sprintf("the alias is inside the value of its own anchor &%s (line %d), so that value would include itself for ever; copy the keys instead",
						n.Value, n.Alias.Line)}
				return 0
			default:
				s = size(n.Alias)
			}
			if s > maxExpanded && bad == nil {
				bad = &KeyError{File: k.file, Key: "*" + n.Value, Line: n.Line, Column: n.Column,
					Problem: fmt.Sprintf("this alias stands for more than %d values once the aliases inside it are followed; a configuration needs far fewer: write the keys out instead of nesting anchors", maxExpanded)}
			}
		} else {
			for _, c := range n.Content {
				s += size(c)
				if s > maxExpanded {
					s = maxExpanded + 1 // saturate: the sum of 2^n sizes would overflow
				}
			}
		}
		sizes[n] = s
		return s
	}
	total := size(root)
	if bad == nil && aliases > 0 && total > maxExpanded {
		bad = &KeyError{File: k.file, Key: "(aliases)", Line: root.Line, Column: root.Column,
			Problem: fmt.Sprintf("the document stands for more than %d values once its aliases are followed; write the keys out instead", maxExpanded)}
	}
	if bad != nil {
		k.p.add(bad)
		return false
	}
	return true
}

func (k *keyChecker) fail(n *yaml.Node, key, problem string) {
	k.p.add(&KeyError{File: k.file, Key: key, Line: n.Line, Column: n.Column, Problem: problem})
}

func (k *keyChecker) node(n *yaml.Node, t reflect.Type, key string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.DocumentNode {
		if len(n.Content) == 0 {
			return
		}
		k.node(n.Content[0], t, key)
		return
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return // an empty value: the zero value
	}
	if t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct {
		t = t.Elem()
	}
	if t.Kind() == reflect.Struct {
		k.mapping(n, t, key)
		return
	}
	k.leaf(n, t, key)
}

// mapping checks a YAML mapping against struct type t.
func (k *keyChecker) mapping(n *yaml.Node, t reflect.Type, key string) {
	if n.Kind != yaml.MappingNode {
		what := key
		if what == "" {
			what = "the file"
		}
		k.fail(n, nonEmpty(key, "(top)"), fmt.Sprintf("expected a mapping of keys (such as %s: ...) for %s, got %s",
			yamlName(t.Field(0)), what, describe(n)))
		return
	}
	fields := map[string]reflect.Type{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		if name := yamlName(t.Field(i)); name != "" {
			fields[name] = t.Field(i).Type
			names = append(names, name)
		}
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.ShortTag() == "!!merge" {
			k.merge(vn, t, key)
			continue
		}
		name := kn.Value
		full := join(key, name, ".")
		if line, dup := seen[name]; dup {
			k.fail(kn, full, fmt.Sprintf("repeated key (first at line %d); keep one", line))
			continue
		}
		seen[name] = kn.Line
		ft, ok := fields[name]
		if !ok {
			k.fail(kn, full, "unknown key"+k.hint(name, key, names, fields))
			continue
		}
		k.node(vn, ft, full)
	}
}

// merge checks the value of a YAML merge key ("<<: *base").
func (k *keyChecker) merge(n *yaml.Node, t reflect.Type, key string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.SequenceNode {
		for _, c := range n.Content {
			k.merge(c, t, key)
		}
		return
	}
	k.mapping(n, t, key)
}

// hint suggests the key that was meant: a sibling with a similar name, or
// a key of a section nested one level down ("host" at the top belongs
// under smtp:).
func (k *keyChecker) hint(name, key string, names []string, fields map[string]reflect.Type) string {
	if s := didYouMean(name, names); s != "" {
		return s
	}
	for _, section := range names {
		ft := fields[section]
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() != reflect.Struct {
			continue
		}
		for i := 0; i < ft.NumField(); i++ {
			if yamlName(ft.Field(i)) == name {
				return fmt.Sprintf("; it belongs under %s: (%s)", join(key, section, "."), join(join(key, section, "."), name, "."))
			}
		}
	}
	return ""
}

// leaf decodes a value node into a new value of type t, to check it.
func (k *keyChecker) leaf(n *yaml.Node, t reflect.Type, key string) {
	v := reflect.New(t)
	if err := n.Decode(v.Interface()); err == nil {
		return
	}
	got := describe(n)
	if t == secretType && n.Kind == yaml.ScalarNode {
		got = "a value that is not text"
	}
	var want string
	switch {
	case t == durationType:
		want = "a duration with a unit, such as 30s or 15m"
	case t.Kind() == reflect.Slice:
		want = "a list, such as [oncall@example.org]"
	case t.Kind() == reflect.Bool, t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Bool:
		want = "true or false"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		want = "a whole number"
	default:
		want = "a single value"
	}
	k.fail(n, key, "expected "+want+", got "+got)
}

// describe names what a node holds, for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return strconv.Quote(n.Value)
	}
	return "something else"
}

func nonEmpty(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}
