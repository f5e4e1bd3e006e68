package config

import (
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// EnvPrefix starts every environment variable name.
const EnvPrefix = "TASKMAIL_"

// EnvName returns the environment variable for a file key:
// "smtp.auth.password" gives TASKMAIL_SMTP_AUTH_PASSWORD. A list index
// ("notifier.to[1]") is dropped: a list is one variable.
func EnvName(key string) string {
	if i := strings.IndexByte(key, '['); i >= 0 {
		key = key[:i]
	}
	return EnvPrefix + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// EnvNames returns every environment variable ApplyEnv reads, in the order
// of the file's fields. They are derived from the yaml tags of File, so
// every option has one.
func EnvNames() []string {
	var names []string
	var f File
	applyEnv(reflect.ValueOf(&f).Elem(), "", func(name string) (string, bool) {
		names = append(names, name)
		return "", false
	}, nil)
	return names
}

// An EnvError is an environment variable whose value cannot be read.
type EnvError struct {
	Name    string // TASKMAIL_SMTP_PORT
	Key     string // smtp.port
	Value   string // the value; "" for a secret
	Problem string // "not a whole number"
}

// Error returns one line naming the variable, the key, the value and the
// problem: TASKMAIL_SMTP_PORT (smtp.port) = "abc": not a whole number.
func (e *EnvError) Error() string {
	s := e.Name + " (" + e.Key + ")"
	if e.Value != "" {
		s += " = " + strconv.Quote(e.Value)
	}
	return s + ": " + e.Problem
}

// FromEnv returns the options given by the process environment alone, as
// ApplyEnv reads them onto an empty File.
func FromEnv() (*File, error) {
	var f File
	if err := ApplyEnv(&f, os.LookupEnv); err != nil {
		return nil, err
	}
	return &f, nil
}

// ApplyEnv overrides f's options with the environment variables that
// lookup finds set and non-empty (an empty variable is ignored, so an unset
// shell variable in a compose file does not erase the file's value). Each
// option's variable is EnvName of its file key: TASKMAIL_SMTP_HOST,
// TASKMAIL_SMTP_PORT, TASKMAIL_SMTP_AUTH_PASSWORD,
// TASKMAIL_SMTP_POP_BEFORE_SMTP_HOST, TASKMAIL_NOTIFIER_TO, ... (EnvNames
// lists them). Durations are written as in the file ("30s", "15m"), booleans
// as strconv.ParseBool reads them, lists comma-separated. Setting any
// variable of SMTP.POPBeforeSMTP turns it on. lookup is os.LookupEnv, or a
// map's lookup in tests.
//
// Every bad value is reported at once, as a *multierror.Error of
// *EnvError; the good ones are applied regardless.
func ApplyEnv(f *File, lookup func(string) (string, bool)) error {
	p := problems{what: "the environment", prefix: "config: "}
	applyEnv(reflect.ValueOf(f).Elem(), "", lookup, &p)
	return p.err()
}

var (
	durationType = reflect.TypeFor[time.Duration]()
	secretType   = reflect.TypeFor[Secret]()
)

// applyEnv walks the struct v by its yaml tags, setting each leaf whose
// variable is set. It reports whether it set anything. p may be nil when
// lookup never returns a value. This walk is hand-written because the
// environment libraries want their own struct tags; deriving the names from
// the yaml tags keeps one spelling of every option.
func applyEnv(v reflect.Value, key string, lookup func(string) (string, bool), p *problems) bool {
	set := false
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		name := yamlName(sf)
		if name == "" {
			continue
		}
		k := join(key, name, ".")
		fv := v.Field(i)
		switch {
		case sf.Type.Kind() == reflect.Struct:
			set = applyEnv(fv, k, lookup, p) || set
		case sf.Type.Kind() == reflect.Pointer && sf.Type.Elem().Kind() == reflect.Struct:
			// Work on a copy, so that a pointer struct is allocated only
			// when one of its variables is set, and the caller's struct
			// behind the pointer is never changed.
			tmp := reflect.New(sf.Type.Elem())
			if !fv.IsNil() {
				tmp.Elem().Set(fv.Elem())
			}
			if applyEnv(tmp.Elem(), k, lookup, p) {
				fv.Set(tmp)
				set = true
			}
		default:
			env := EnvName(k)
			s, ok := lookup(env)
			if !ok || s == "" {
				continue
			}
			if problem := setFromString(fv, s); problem != "" {
				value := s
				if sf.Type == secretType {
					value = ""
				}
				p.add(&EnvError{Name: env, Key: k, Value: value, Problem: problem})
				continue
			}
			set = true
		}
	}
	return set
}

// yamlName returns the field's key in the file, "" for none.
func yamlName(sf reflect.StructField) string {
	if !sf.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		name = strings.ToLower(sf.Name)
	}
	return name
}

// setFromString parses s into v by v's type and returns a problem phrase
// when it cannot.
func setFromString(v reflect.Value, s string) string {
	if v.Type() == durationType {
		d, err := time.ParseDuration(strings.TrimSpace(s))
		if err != nil {
			return "not a duration; write it with a unit, such as 30s or 15m"
		}
		v.SetInt(int64(d))
		return ""
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, v.Type().Bits())
		if err != nil {
			return "not a whole number"
		}
		v.SetInt(n)
	case reflect.Bool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return "not true or false"
		}
		v.SetBool(b)
	case reflect.Pointer:
		e := reflect.New(v.Type().Elem())
		if problem := setFromString(e.Elem(), s); problem != "" {
			return problem
		}
		v.Set(e)
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.String {
			panic("config: no environment form for " + v.Type().String())
		}
		var list []string
		for _, item := range strings.Split(s, ",") {
			if item = strings.TrimSpace(item); item != "" {
				list = append(list, item)
			}
		}
		out := reflect.MakeSlice(v.Type(), len(list), len(list))
		for i, item := range list {
			out.Index(i).SetString(item)
		}
		v.Set(out)
	default:
		panic("config: no environment form for " + v.Type().String())
	}
	return ""
}
