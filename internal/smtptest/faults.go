package smtptest

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-smtp"
)

// reply421 is what Fault421 says before it closes the connection.
var reply421 = Reply{Code: 421, Enhanced: "4.3.2", Text: "Service shutting down"}

// String formats the reply as the server sends it, without the final CRLF:
// "554 5.7.1 <a@b.example>: Relay access denied". A Text with several lines
// becomes a multi-line reply; the enhanced code goes on the last line, as
// go-smtp writes it.
func (r Reply) String() string {
	lines := strings.Split(r.Text, "\n")
	var b strings.Builder
	for i, l := range lines {
		sep := "-"
		if i == len(lines)-1 {
			sep = " "
		}
		b.WriteString(strconv.Itoa(r.Code))
		b.WriteString(sep)
		if i == len(lines)-1 && r.Enhanced != "" {
			b.WriteString(r.Enhanced)
			b.WriteByte(' ')
		}
		b.WriteString(l)
		if i < len(lines)-1 {
			b.WriteString("\r\n")
		}
	}
	return b.String()
}

// smtpError turns the reply into the error go-smtp writes back to the
// client. An empty Enhanced means no enhanced code at all (like Exim).
func (r Reply) smtpError() *smtp.SMTPError {
	return &smtp.SMTPError{Code: r.Code, EnhancedCode: parseEnhanced(r.Enhanced), Message: r.Text}
}

func parseEnhanced(s string) smtp.EnhancedCode {
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return smtp.NoEnhancedCode
	}
	var ec smtp.EnhancedCode
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return smtp.NoEnhancedCode
		}
		ec[i] = n
	}
	return ec
}

func replyf(code int, enhanced, format string, args ...any) Reply {
	return Reply{Code: code, Enhanced: enhanced, Text: fmt.Sprintf(format, args...)}
}

// rule returns the reply of the first rule for stage that matches arg and
// has uses left, and counts the use.
func (s *Server) rule(stage Stage, arg string) (Reply, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, r := range s.rules {
		if r.Stage != stage || !matches(r.Match, arg) {
			continue
		}
		if r.Times > 0 && s.ruleUsed[i] >= r.Times {
			continue
		}
		s.ruleUsed[i]++
		return r.Reply, true
	}
	return Reply{}, false
}

// fault returns the first fault for stage with uses left, and counts the use.
func (s *Server) fault(stage Stage) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Stage != stage {
			continue
		}
		if f.Times > 0 && s.faultUsed[i] >= f.Times {
			continue
		}
		s.faultUsed[i]++
		return f, true
	}
	return Fault{}, false
}

func matches(pattern, arg string) bool {
	return pattern == "" || strings.Contains(strings.ToLower(arg), strings.ToLower(pattern))
}

// SetRules replaces the rules, and restarts their Times counts, while the
// server runs. Sessions already open see the new rules at their next command.
func (s *Server) SetRules(rules ...Rule) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rules = append([]Rule(nil), rules...)
	s.ruleUsed = make([]int, len(rules))
}

// SetFaults replaces the faults, and restarts their Times counts, while the
// server runs.
func (s *Server) SetFaults(faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append([]Fault(nil), faults...)
	s.faultUsed = make([]int, len(faults))
}

// inject carries out a fault on c. It reports whether the session goes on:
// true after a stall with a Delay that ran out, false when the connection
// was dropped or closed. Fault421KeepOpen is a refusal, which each stage
// makes in its own way (see session.fault, conn.helo, conn.greeting).
func (c *conn) inject(f Fault) bool {
	switch f.Kind {
	case FaultDrop:
		c.Close()
		return false
	case Fault421:
		c.reply(reply421.String())
		c.Close()
		return false
	case FaultStall:
		if f.Delay <= 0 {
			<-c.closed
			return false
		}
		t := time.NewTimer(f.Delay)
		defer t.Stop()
		select {
		case <-t.C:
			return true
		case <-c.closed:
			return false
		}
	}
	return true
}

// errClosed is returned to go-smtp by a hook whose connection a fault has
// closed; go-smtp's attempt to write it fails and the session ends.
var errClosed = &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 3, 2}, Message: "Service shutting down"}
