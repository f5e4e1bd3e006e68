package mailaction

// ForgetPOPLogin drops what the process remembers of POP-before-SMTP
// logins to addr ("host:port") as user, so that a test starts with no
// login within the window whatever ran before it in the same process.
func ForgetPOPLogin(addr, user string) {
	popStates.Lock()
	defer popStates.Unlock()
	delete(popStates.m, popKey{addr: addr, user: user})
}
