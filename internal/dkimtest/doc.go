// Package dkimtest gives tests DKIM keys with their DNS TXT records, and
// two independent verifiers of a signed message: go-msgauth's (in
// process) and OpenDKIM's (the opendkim binary in test mode, with the
// test keys read from a file instead of DNS; scripts/services/opendkim.sh
// installs it and names it in TASKMAIL_TEST_OPENDKIM).
package dkimtest
