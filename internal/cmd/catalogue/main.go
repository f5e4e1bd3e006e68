// Command catalogue reads a mail program's message catalogues (gettext .mo
// files, as a Debian package ships them) and prints the lines of
// errors/testdata/mailclients.tsv for the messages it is given, or, with
// -terms, a draft of the terms errors/mailclients.go would take from them.
//
//	go run ./internal/cmd/catalogue -deb neomutt_20220429+dfsg1-4.1_amd64.deb \
//		-domain neomutt -program neomutt -messages neomutt.tsv [-terms]
//
// -deb is a Debian package (unpacked with dpkg-deb) or a directory that
// holds usr/share/locale/LANG/LC_MESSAGES/DOMAIN.mo. -messages names the
// messages to read, one a line: the kind its English names, a tab, the
// message exactly as the catalogue's msgid has it (\n for a new line).
// Lines starting with "#" are comments.
//
// The draft follows the rule mailclients.go states: for each message, in
// each language, the term is the longest part between its placeholders,
// sentences and parentheses that no chosen message of the program of
// another kind holds in that language (two messages of one kind may share
// their term: "%s authentication failed" and "Authentication failed"); a
// part shorter than twelve bytes (four characters in a script written
// without spaces) is too short to tell. The terms are lower-cased, not
// folded as rules.go writes them (accents off):
// TestRuleTermsAreFoldedAndUnique names each one's folded form. A draft is
// only a start: a reviewer still leaves out the parts that name no cause
// ("connection to", "the server") and those of another cause, and the
// catalogue test (TestMailClientMessages) holds what is kept, each line
// read as its kind by a term, not by the word model's guess; a line no
// kept term reads leaves the test file.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	deb := flag.String("deb", "", "a Debian package (.deb) or a directory it was unpacked into")
	domain := flag.String("domain", "", "the gettext domain: the .mo files' name without .mo")
	program := flag.String("program", "", "the program's name, as the first field of each line")
	messages := flag.String("messages", "", "the messages to read: kind, a tab, the English msgid")
	terms := flag.Bool("terms", false, "print a draft of the terms instead of the lines")
	flag.Parse()
	if *deb == "" || *domain == "" || *program == "" || *messages == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, *deb, *domain, *program, *messages, *terms); err != nil {
		fmt.Fprintln(os.Stderr, "catalogue:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, deb, domain, program, messagesPath string, terms bool) error {
	dir := deb
	if strings.HasSuffix(deb, ".deb") {
		tmp, err := os.MkdirTemp("", "catalogue")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if out, err := exec.Command("dpkg-deb", "-x", deb, tmp).CombinedOutput(); err != nil {
			return fmt.Errorf("unpacking %s: %v: %s", deb, err, out)
		}
		dir = tmp
	}
	msgs, err := readMessages(messagesPath)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(dir, "usr/share/locale/*/LC_MESSAGES", domain+".mo"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no %s.mo under %s/usr/share/locale", domain, dir)
	}
	var rows []row
	for _, f := range files {
		lang := filepath.Base(filepath.Dir(filepath.Dir(f)))
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		cat, err := readMO(data)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		rows = append(rows, linesOf(program, lang, msgs, cat)...)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].lang < rows[j].lang })
	if terms {
		printDraft(w, draft(rows))
		return nil
	}
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.program, r.kind, r.lang, escape(r.english), escape(r.text))
	}
	return nil
}

// message is a line of the -messages file.
type message struct{ kind, english string }

// row is a line of mailclients.tsv: a message in one language.
type row struct{ program, kind, lang, english, text string }

func readMessages(path string) ([]message, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []message
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, english, ok := strings.Cut(line, "\t")
		if !ok || kind == "" || english == "" {
			return nil, fmt.Errorf("%s:%d: want the kind, a tab and the English message", path, n)
		}
		out = append(out, message{kind, strings.ReplaceAll(english, `\n`, "\n")})
	}
	return out, sc.Err()
}

// linesOf returns the rows of the messages cat translates (a translation
// that only repeats the English is left out: it is the English's line).
func linesOf(program, lang string, msgs []message, cat map[string]string) []row {
	var out []row
	for _, m := range msgs {
		t, ok := cat[m.english]
		if !ok || t == "" || t == m.english {
			continue
		}
		out = append(out, row{program, m.kind, lang, m.english, t})
	}
	return out
}

// escape writes new lines and tabs as the TSV files do.
func escape(s string) string {
	return strings.NewReplacer("\n", `\n`, "\t", " ").Replace(s)
}
