// Package mxroute finds where mail for a domain goes, for direct delivery
// and for the doctor's check of it, so that both read DNS the same way:
// the MX hosts in preference order (RFC 5321 section 5.1), the domain's own
// address when it has no MX, and nothing for a null MX (RFC 7505).
package mxroute
