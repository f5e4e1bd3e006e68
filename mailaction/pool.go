package mailaction

import (
	"context"
	"sync"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// quitTimeout bounds the wait for the reply to QUIT when a connection is
// retired.
const quitTimeout = 5 * time.Second

// pool holds a Sender's connections: at most maxConns at a time, each
// used by one Send at a time, reused most-recently-used first, and retired
// after maxMessages transactions or idleTimeout without use, as nodemailer
// does. It adds no round trip to a healthy connection: no NOOP before a
// transaction, no RSET after a delivered one (RFC 5321 §4.1.4 ends the
// transaction with the reply to the final dot). A connection the server
// has meanwhile closed is found by a look at its socket that neither reads
// nor waits (peerGone), or else by failing the next transaction before
// the message went, and Send then retries on a fresh one.
//
// go-mail's Client holds a single connection and serialises its sends, so
// the pool is written here; each connection is still a go-mail smtp.Client.
type pool struct {
	s           *Sender
	slots       chan struct{} // one token per connection in use or being dialled
	maxMessages int
	idleTimeout time.Duration

	mu     sync.Mutex
	idle   []*session // most recently used last
	closed bool
	reaper *time.Timer
}

func newPool(s *Sender, maxConns, maxMessages int, idleTimeout time.Duration) *pool {
	return &pool{
		s:           s,
		slots:       make(chan struct{}, maxConns),
		maxMessages: maxMessages,
		idleTimeout: idleTimeout,
	}
}

// get returns an idle connection, or dials a new one when none is idle and
// fewer than maxConns are open; otherwise it waits for one, until ctx
// ends. reused says whether the connection served an earlier transaction.
// With fresh set it always dials, leaving the idle connections be.
func (p *pool) get(ctx context.Context, fresh bool) (ses *session, reused bool, e *mailerrors.Error) {
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, false, classify(ctx, mailerrors.StageConnect, p.s.addr, ctx.Err())
	}
	now := time.Now()
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		<-p.slots
		return nil, false, closedError(p.s.addr)
	}
	for !fresh && len(p.idle) > 0 {
		ses = p.idle[len(p.idle)-1]
		p.idle[len(p.idle)-1] = nil
		p.idle = p.idle[:len(p.idle)-1]
		if now.Sub(ses.lastUsed) < p.idleTimeout && !ses.dead && !peerGone(ses.raw) {
			p.mu.Unlock()
			return ses, true, nil
		}
		ses.close() // idle too long (the server may have dropped it already), or dropped
	}
	p.mu.Unlock()

	ses, e = p.s.dial(ctx)
	if e != nil {
		<-p.slots
		return nil, false, e
	}
	return ses, false, nil
}

// put gives back a connection that get returned. A dead, worn-out or
// surplus connection is retired in the background, so that a server slow
// to answer QUIT does not hold the caller.
func (p *pool) put(ses *session) {
	p.mu.Lock()
	keep := !p.closed && !ses.dead && !ses.retire && ses.messages < p.maxMessages
	if keep {
		ses.lastUsed = time.Now()
		p.idle = append(p.idle, ses)
		if p.reaper == nil {
			p.reaper = time.AfterFunc(p.idleTimeout, p.reap)
		}
	}
	p.mu.Unlock()
	<-p.slots
	if !keep {
		go ses.quit(quitTimeout)
	}
}

// dropIdle retires the idle connections last used at or before t: when a
// connection put back at t turns out to be gone, so, likely, are those
// idle as long or longer (a server restart drops them all).
func (p *pool) dropIdle(t time.Time) {
	p.mu.Lock()
	old := p.takeIdle(func(ses *session) bool { return !ses.lastUsed.After(t) })
	p.mu.Unlock()
	for _, ses := range old {
		go ses.quit(quitTimeout)
	}
}

// takeIdle removes from the idle list, keeping its order, the connections
// for which retire is true, and returns them. The caller holds p.mu.
func (p *pool) takeIdle(retire func(*session) bool) []*session {
	var taken []*session
	kept := p.idle[:0]
	for _, ses := range p.idle {
		if retire(ses) {
			taken = append(taken, ses)
		} else {
			kept = append(kept, ses)
		}
	}
	clear(p.idle[len(kept):]) // let the taken sessions be collected
	p.idle = kept
	return taken
}

// reap retires the connections idle for idleTimeout, and runs again while
// any stay idle.
func (p *pool) reap() {
	now := time.Now()
	p.mu.Lock()
	old := p.takeIdle(func(ses *session) bool { return now.Sub(ses.lastUsed) >= p.idleTimeout })
	p.reaper = nil
	if len(p.idle) > 0 && !p.closed {
		next := p.idleTimeout - now.Sub(p.idle[0].lastUsed)
		p.reaper = time.AfterFunc(next, p.reap)
	}
	p.mu.Unlock()
	for _, ses := range old {
		ses.quit(quitTimeout)
	}
}

// close retires the idle connections and makes get fail; connections in
// use are retired when they come back.
func (p *pool) close() {
	p.mu.Lock()
	idle := p.idle
	p.idle = nil
	p.closed = true
	if p.reaper != nil {
		p.reaper.Stop()
		p.reaper = nil
	}
	p.mu.Unlock()
	var wg sync.WaitGroup
	for _, ses := range idle {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ses.quit(quitTimeout)
		}()
	}
	wg.Wait()
}

// closedError is what Send returns after Close.
func closedError(server string) *mailerrors.Error {
	e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageConnect, errSenderClosed)
	e.Server, e.Text, e.Temporary = server, "Send called after Close", false
	e.Hints = []mailerrors.Hint{{Text: "Create a new Sender, or call Close only when done sending"}}
	return e
}
