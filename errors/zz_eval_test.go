package errors

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestZZGuessProxy(t *testing.T) {
	f, err := os.Open("/work/heldout/nb/proxy.tsv")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()

	models := map[string]*guessModel{}
	ok, tot, said := 0, 0, 0
	var bt, br [10]int
	defer func() {
		for i := range bt {
			t.Logf("p %.1f-%.1f: %d/%d", float64(i)/10, float64(i+1)/10, br[i], bt[i])
		}
	}()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.SplitN(sc.Text(), "\t", 3)
		var reply string
		json.Unmarshal([]byte(c[2]), &reply)
		m := models[c[0]]
		if m == nil {
			ex := map[string]bool{}
			b, _ := os.ReadFile("/work/heldout/nb/set_" + c[0] + ".txt")
			for _, l := range strings.Split(string(b), "\n") {
				var s string
				json.Unmarshal([]byte(l), &s)
				ex[s] = true
			}
			var rs []row
			for _, r := range table {
				if !ex[strings.ToLower(r.reply)] {
					rs = append(rs, r)
				}
			}
			reps, ks := labelled(rs)
			m = parseGuessModel(buildGuessModel(reps, ks))
			models[c[0]] = m
		}
		r, _ := parse(reply, false)
		tx := fold(nil, r.Text)
		enh := r.Enhanced
		if enhancedLen(enh) != len(enh) {
			enh = ""
		}
		k, w, pr := m.weigh(tx, r.Code, enh)
		bucket := int(pr * 10)
		if bucket == 10 {
			bucket = 9
		}
		bt[bucket]++
		if string(k) == c[1] {
			br[bucket]++
		}
		if os.Getenv("TEXTONLY") != "" && codeWord(w) {
			k = ""
		}
		tot++
		if k != "" {
			said++
		}
		if pr < 0.5 {
			k = ""
		}
		if string(k) == c[1] {
			ok++
		} else if os.Getenv("V") != "" {
			t.Logf("want %s got %s (%s): %q", c[1], k, w, reply)
		}
	}
	t.Logf("proxy: %d right of %d (guessed %d)", ok, tot, said)
}
func TestZZGuessProxy2(t *testing.T) {
	f, err := os.Open("/work/heldout/nb/proxy2.tsv")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()

	models := map[string]*guessModel{}
	ok, tot, said, base := 0, 0, 0, 0
	var bt, br [10]int
	defer func() {
		for i := range bt {
			t.Logf("p %.1f-%.1f: %d/%d", float64(i)/10, float64(i+1)/10, br[i], bt[i])
		}
	}()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.SplitN(sc.Text(), "\t", 5)
		var reply string
		json.Unmarshal([]byte(c[2]), &reply)
		m := models[c[0]]
		if m == nil {
			ex := map[string]bool{}
			b, _ := os.ReadFile("/work/heldout/nb/set_" + c[0] + ".txt")
			for _, l := range strings.Split(string(b), "\n") {
				var s string
				json.Unmarshal([]byte(l), &s)
				ex[s] = true
			}
			var rs []row
			for _, r := range table {
				if !ex[strings.ToLower(r.reply)] {
					rs = append(rs, r)
				}
			}
			reps, ks := labelled(rs)
			m = parseGuessModel(buildGuessModel(reps, ks))
			models[c[0]] = m
		}
		r, _ := parse(reply, false)
		tx := fold(nil, r.Text)
		enh := r.Enhanced
		if enhancedLen(enh) != len(enh) {
			enh = ""
		}
		k, w, pr := m.weigh(tx, r.Code, enh)
		bucket := int(pr * 10)
		if bucket == 10 {
			bucket = 9
		}
		bt[bucket]++
		if string(k) == c[1] {
			br[bucket]++
		}
		if os.Getenv("TEXTONLY") != "" && codeWord(w) {
			k = ""
		}
		tot++
		if k != "" {
			said++
		}
		if pr < 0.5 {
			k = ""
		}
		if c[3] != os.Getenv("CAT") {
			continue
		}
		th := 0.9
		if os.Getenv("TH") == "7" {
			th = 0.7
		}
		if pr < th || codeWord(w) {
			k = Kind(c[4])
		}
		if c[4] == c[1] {
			base++
		}
		if string(k) == c[1] {
			ok++
		} else if os.Getenv("V") != "" {
			t.Logf("want %s got %s (%s): %q", c[1], k, w, reply)
		}
	}
	t.Logf("proxy2 %s: guess-or-code %d right, code %d right", os.Getenv("CAT"), ok, base)
}
