// Package fold is the storm control of failure notifications, as a pure,
// deterministic state machine: failures, successes and the current time go
// in, notices (the mails to send) come out. It reads no clock, starts no
// goroutine, does no I/O and uses no randomness, so the same inputs always
// give the same notices: mailaction.Notifier drives it from its loop with
// its own clock, and a durable notifier can drive it from workflow code
// (signals in, workflow time, activities out), which must be deterministic.
//
// The rules: a failure becomes a notice at once when its fingerprint (task,
// error kind, normalised error text: see Fingerprint) is new. Further
// failures with that fingerprint are counted in its fold group until the
// group's window (Rules.Window) ends; the group then becomes one Repeated
// notice saying how many there were and when the first and last happened,
// and its window starts again. A window that ends with nothing counted
// closes the group. Every notice then goes through the rate limit (at most
// Rules.Limit notices in any Rules.Interval); a notice over the limit waits,
// and the waiting notices go out as one Digest when the limit allows
// another.
//
// A task stays "failing" (its next new failure is StillFailing, its next
// success Recovered) while it has open groups, and for ForgetAfter(window)
// after its last group closed. Then it is forgotten, so that the memory
// kept does not grow with every task that ever failed: its next failure is
// Failed again, and a success makes no Recovered notice.
//
// The counts add up: every failure given to Fail (by its weight) is in the
// Count of exactly one notice that is not a Digest, once the machine is
// flushed; a Digest's Count is the sum of its parts.
package fold
