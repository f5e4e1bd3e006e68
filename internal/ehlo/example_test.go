package ehlo_test

import (
	"fmt"
	"net"

	"github.com/taskmail/taskmail/internal/ehlo"
)

func ExampleName() {
	local := &net.TCPAddr{IP: net.IPv4(192, 0, 2, 1), Port: 41234}
	short := func() (string, error) { return "vm", nil }
	qualified := func() (string, error) { return "runner01.example.org", nil }

	fmt.Println(ehlo.Name("mail.example.org", local, short))
	fmt.Println(ehlo.Name("", local, qualified))
	fmt.Println(ehlo.Name("", local, short))
	// Output:
	// mail.example.org
	// runner01.example.org
	// [192.0.2.1]
}
