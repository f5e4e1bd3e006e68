package taskmailotel

import "testing"

// TestServerAttrsOfDirectSender: a direct Sender names its server
// "(recipient MX):25"; that is no host, so server.address is left out and
// only the port is recorded.
func TestServerAttrsOfDirectSender(t *testing.T) {
	for _, a := range serverAttrs("(recipient MX):25") {
		if a.Key == "server.address" {
			t.Errorf("server.address = %q for a direct Sender, want none", a.Value.AsString())
		}
	}
	got := serverAttrs("mail.example.org:587")
	if len(got) != 2 || got[0].Value.AsString() != "mail.example.org" || got[1].Value.AsInt64() != 587 {
		t.Errorf("serverAttrs(mail.example.org:587) = %v", got)
	}
}
