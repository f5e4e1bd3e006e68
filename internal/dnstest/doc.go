// Package dnstest runs an in-process DNS server on 127.0.0.1 for tests
// (github.com/miekg/dns), answering from a fixed set of records, and
// gives a *net.Resolver that asks only it, so that no DNS query leaves
// the machine.
package dnstest
