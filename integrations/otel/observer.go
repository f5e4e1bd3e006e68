package taskmailotel

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"strconv"
	"strings"
	"sync"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/mailaction"
)

// ScopeName is the instrumentation scope of the spans and metrics.
const ScopeName = "github.com/taskmail/taskmail/integrations/otel"

// Options says where spans and metrics go.
type Options struct {
	TracerProvider trace.TracerProvider // nil: otel.GetTracerProvider()
	MeterProvider  metric.MeterProvider // nil: otel.GetMeterProvider()

	// RecordAddresses puts whole recipient addresses on the rcpt events;
	// by default only their domain, so that traces hold no personal data.
	RecordAddresses bool
}

// Observer records what the Senders and Notifiers it is given to do. It is
// safe for concurrent use; one serves any number of them.
type Observer struct {
	tracer trace.Tracer
	addrs  bool

	duration                          metric.Float64Histogram
	sends, failures, attempts, rcpts  metric.Int64Counter
	nfailures, mails, folded, digests metric.Int64Counter
	dropped                           metric.Int64Counter
	// received holds the options (attributes) of nfailures, made once,
	// not per Notify: [0] accepted, [1] overflowed.
	received [2][]metric.AddOption

	mu        sync.Mutex
	senders   []*mailaction.Sender
	notifiers []*mailaction.Notifier
}

// New makes an Observer and its instruments.
func New(opts Options) (*Observer, error) {
	tp, mp := opts.TracerProvider, opts.MeterProvider
	if tp == nil {
		tp = otel.GetTracerProvider()
	}
	if mp == nil {
		mp = otel.GetMeterProvider()
	}
	o := &Observer{tracer: tp.Tracer(ScopeName), addrs: opts.RecordAddresses}
	m := mp.Meter(ScopeName)
	var errs []error
	counter := func(name, unit, desc string) metric.Int64Counter {
		c, err := m.Int64Counter(name, metric.WithUnit(unit), metric.WithDescription(desc))
		errs = append(errs, err)
		return c
	}
	var err error
	o.duration, err = m.Float64Histogram("taskmail.send.duration", metric.WithUnit("s"),
		metric.WithDescription("How long Send took, retries and their waits included."),
		metric.WithExplicitBucketBoundaries(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300))
	errs = append(errs, err)
	o.sends = counter("taskmail.sends", "{send}", "Sends, by outcome and the kind of their first error.")
	o.failures = counter("taskmail.send.failures", "{error}", "Errors sends returned (one per refused recipient), by kind.")
	o.attempts = counter("taskmail.send.attempts", "{attempt}", "Transactions tried, retries included.")
	o.rcpts = counter("taskmail.recipients", "{recipient}", "Recipients the servers accepted or refused, per attempt.")
	o.nfailures = counter("taskmail.notifier.failures", "{failure}", "Failures the notifiers were given.")
	for i, overflowed := range [2]bool{false, true} {
		o.received[i] = []metric.AddOption{metric.WithAttributeSet(attribute.NewSet(attribute.Bool("taskmail.overflowed", overflowed)))}
	}
	o.mails = counter("taskmail.notifier.mails", "{mail}", "Notification mails the server accepted, by notice kind.")
	o.folded = counter("taskmail.notifier.folded", "{failure}", "Failures folded into a repeated-failure mail.")
	o.digests = counter("taskmail.notifier.digested", "{notice}", "Notices held back and merged into a digest.")
	o.dropped = counter("taskmail.notifier.dropped", "{failure}", "Failures a notifier will not mail (refused permanently, or left at Close).")

	conns, err := m.Int64ObservableGauge("taskmail.client.connection.count", metric.WithUnit("{connection}"),
		metric.WithDescription("Connections of the Senders' pools, by state (used, idle)."))
	errs = append(errs, err)
	queue, err := m.Int64ObservableGauge("taskmail.notifier.queue.size", metric.WithUnit("{event}"),
		metric.WithDescription("Events waiting in the notifiers' queues."))
	errs = append(errs, err)
	spool, err := m.Int64ObservableGauge("taskmail.notifier.spool.size", metric.WithUnit("{failure}"),
		metric.WithDescription("Failures in the notifiers' spools not yet covered by a mail."))
	errs = append(errs, err)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	_, err = m.RegisterCallback(func(_ context.Context, ob metric.Observer) error {
		o.mu.Lock()
		senders, notifiers := o.senders, o.notifiers
		o.mu.Unlock()
		for _, s := range senders {
			st := s.Stats()
			srv := serverAttrs(st.Server)
			ob.ObserveInt64(conns, int64(st.InUse), metric.WithAttributes(append(srv, attribute.String("taskmail.client.connection.state", "used"))...))
			ob.ObserveInt64(conns, int64(st.Idle), metric.WithAttributes(append(srv, attribute.String("taskmail.client.connection.state", "idle"))...))
		}
		var q, sp int64
		for _, n := range notifiers {
			q += int64(n.QueueDepth())
			sp += n.SpoolStats().Pending
		}
		if len(notifiers) > 0 {
			ob.ObserveInt64(queue, q)
			ob.ObserveInt64(spool, sp)
		}
		return nil
	}, conns, queue, spool)
	if err != nil {
		return nil, err
	}
	return o, nil
}

// WatchSender adds s's connection pool to the gauges.
func (o *Observer) WatchSender(s *mailaction.Sender) {
	o.mu.Lock()
	o.senders = append(o.senders[:len(o.senders):len(o.senders)], s)
	o.mu.Unlock()
}

// WatchNotifier adds n's queue and spool to the gauges.
func (o *Observer) WatchNotifier(n *mailaction.Notifier) {
	o.mu.Lock()
	o.notifiers = append(o.notifiers[:len(o.notifiers):len(o.notifiers)], n)
	o.mu.Unlock()
}

// Observer returns the hooks to pass to mailaction.WithObserver.
func (o *Observer) Observer() *mailaction.Observer {
	return &mailaction.Observer{
		SendStart:     o.sendStart,
		Connected:     o.connected,
		TLSDone:       o.tlsDone,
		AuthDone:      o.authDone,
		RecipientDone: o.recipientDone,
		DataDone:      o.dataDone,
		AttemptDone:   o.attemptDone,
		SendDone:      o.sendDone,

		FailureReceived: o.failureReceived,
		Folded:          o.noticeFolded,
		Mailed:          o.mailed,
		Dropped:         o.droppedNotice,
	}
}

// serverAttrs splits host:port. A direct Sender's "(recipient MX):25"
// names no host: only the port is recorded.
func serverAttrs(addr string) []attribute.KeyValue {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return []attribute.KeyValue{attribute.String("server.address", addr)}
	}
	p, _ := strconv.Atoi(port)
	if strings.HasPrefix(host, "(") {
		return []attribute.KeyValue{attribute.Int("server.port", p)}
	}
	return []attribute.KeyValue{attribute.String("server.address", host), attribute.Int("server.port", p)}
}

func (o *Observer) sendStart(ctx context.Context, i mailaction.SendStartInfo) context.Context {
	ctx, _ = o.tracer.Start(ctx, "taskmail.send", trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(serverAttrs(i.Server)...))
	return ctx
}

// errAttrs describes e without its text: kind, stage, codes.
func errAttrs(e *mailerrors.Error) []attribute.KeyValue {
	if e == nil {
		return nil
	}
	a := []attribute.KeyValue{
		attribute.String("error.type", string(e.Kind)),
		attribute.Bool("taskmail.temporary", e.Temporary),
	}
	if e.Stage != "" {
		a = append(a, attribute.String("smtp.stage", string(e.Stage)))
	}
	if e.Code != 0 {
		a = append(a, attribute.Int("smtp.reply.code", e.Code))
	}
	if e.Enhanced != "" {
		a = append(a, attribute.String("smtp.reply.enhanced", e.Enhanced))
	}
	return a
}

func (o *Observer) connected(ctx context.Context, i mailaction.ConnectInfo) {
	a := append([]attribute.KeyValue{attribute.Float64("taskmail.duration", i.Duration.Seconds())}, errAttrs(i.Err)...)
	trace.SpanFromContext(ctx).AddEvent("connect", trace.WithAttributes(a...))
}

func (o *Observer) tlsDone(ctx context.Context, i mailaction.TLSInfo) {
	a := append([]attribute.KeyValue{attribute.Bool("taskmail.tls.implicit", i.Implicit)}, errAttrs(i.Err)...)
	if i.Version != 0 {
		a = append(a, attribute.String("tls.protocol.version", strings.TrimPrefix(tls.VersionName(i.Version), "TLS ")))
	}
	trace.SpanFromContext(ctx).AddEvent("tls", trace.WithAttributes(a...))
}

func (o *Observer) authDone(ctx context.Context, i mailaction.AuthInfo) {
	a := append([]attribute.KeyValue{attribute.String("taskmail.auth.mechanism", i.Mechanism)}, errAttrs(i.Err)...)
	trace.SpanFromContext(ctx).AddEvent("auth", trace.WithAttributes(a...))
}

func (o *Observer) recipientDone(ctx context.Context, i mailaction.RecipientInfo) {
	outcome := "accepted"
	if !i.Accepted {
		outcome = "refused"
	}
	ma := []attribute.KeyValue{attribute.String("taskmail.recipient.outcome", outcome)}
	if i.Err != nil {
		ma = append(ma, attribute.String("error.type", string(i.Err.Kind)))
	}
	o.rcpts.Add(ctx, 1, metric.WithAttributes(ma...))

	a := []attribute.KeyValue{attribute.Bool("taskmail.accepted", i.Accepted)}
	if _, domain, ok := strings.Cut(i.Recipient, "@"); ok {
		a = append(a, attribute.String("smtp.recipient.domain", strings.ToLower(domain)))
	}
	if o.addrs {
		a = append(a, attribute.String("smtp.recipient", i.Recipient))
	}
	a = append(a, errAttrs(i.Err)...)
	trace.SpanFromContext(ctx).AddEvent("rcpt", trace.WithAttributes(a...))
}

func (o *Observer) dataDone(ctx context.Context, i mailaction.DataInfo) {
	a := append([]attribute.KeyValue{attribute.Bool("taskmail.delivered", i.Delivered)}, errAttrs(i.Err)...)
	if code, _, ok := strings.Cut(i.Response, " "); ok && i.Delivered {
		if c, err := strconv.Atoi(code); err == nil {
			a = append(a, attribute.Int("smtp.reply.code", c))
		}
	}
	trace.SpanFromContext(ctx).AddEvent("data", trace.WithAttributes(a...))
}

func (o *Observer) attemptDone(ctx context.Context, i mailaction.AttemptInfo) {
	outcome := "failed"
	switch {
	case i.Delivered:
		outcome = "delivered"
	case i.Ambiguous:
		outcome = "unknown"
	}
	ma := []attribute.KeyValue{attribute.String("taskmail.outcome", outcome)}
	if i.Err != nil {
		ma = append(ma, attribute.String("error.type", string(i.Err.Kind)))
	}
	o.attempts.Add(ctx, 1, metric.WithAttributes(ma...))
	a := []attribute.KeyValue{
		attribute.Int("taskmail.attempt", i.Attempt),
		attribute.Int("taskmail.recipients.accepted", i.Accepted),
		attribute.Int("taskmail.recipients.refused", i.Rejected),
		attribute.Bool("taskmail.delivered", i.Delivered),
		attribute.Bool("taskmail.maybe_duplicated", i.Ambiguous),
	}
	trace.SpanFromContext(ctx).AddEvent("attempt", trace.WithAttributes(append(a, errAttrs(i.Err)...)...))
}

func (o *Observer) sendDone(ctx context.Context, i mailaction.SendDoneInfo) {
	span := trace.SpanFromContext(ctx)
	res := i.Result
	all := mailerrors.All(i.Err)
	var first *mailerrors.Error
	if len(all) > 0 {
		first = all[0]
	} else if i.Err != nil {
		first = mailerrors.FromError("", i.Err)
	}
	outcome := "delivered"
	if i.Err != nil {
		outcome = "failed"
	}
	ma := []attribute.KeyValue{attribute.String("taskmail.outcome", outcome)}
	if first != nil {
		ma = append(ma, attribute.String("error.type", string(first.Kind)), attribute.Bool("taskmail.temporary", mailerrors.IsTemporary(i.Err)))
	}
	o.sends.Add(ctx, 1, metric.WithAttributes(ma...))
	for _, e := range all {
		o.failures.Add(ctx, 1, metric.WithAttributes(
			attribute.String("error.type", string(e.Kind)), attribute.Bool("taskmail.temporary", e.Temporary)))
	}
	dur := append(ma[:1:1], serverAttrs(res.Server)...)
	if first != nil {
		dur = append(dur, attribute.String("error.type", string(first.Kind)))
	}
	o.duration.Record(ctx, res.Duration.Seconds(), metric.WithAttributes(dur...))

	span.SetAttributes(
		attribute.Int("taskmail.attempts", res.Attempts),
		attribute.Int("taskmail.recipients.accepted", len(res.Accepted)),
		attribute.Int("taskmail.recipients.refused", len(res.Rejected)),
		attribute.Bool("taskmail.maybe_duplicated", res.MaybeDuplicated),
	)
	if first != nil {
		span.SetAttributes(errAttrs(first)...)
		span.SetStatus(codes.Error, string(first.Kind))
	}
	span.End()
}

// failureReceived runs inside every Notify.
func (o *Observer) failureReceived(i mailaction.FailureInfo) {
	k := 0
	if i.Overflowed {
		k = 1
	}
	o.nfailures.Add(context.Background(), 1, o.received[k]...)
}

func (o *Observer) noticeFolded(i mailaction.NoticeInfo) {
	switch i.Kind {
	case mailaction.NoticeRepeated:
		o.folded.Add(context.Background(), int64(i.Failures))
	case mailaction.NoticeDigest:
		o.digests.Add(context.Background(), int64(i.Parts))
	}
}

func (o *Observer) mailed(i mailaction.NoticeInfo) {
	o.mails.Add(context.Background(), 1, metric.WithAttributes(attribute.String("taskmail.notice.kind", string(i.Kind))))
}

func (o *Observer) droppedNotice(i mailaction.NoticeInfo) {
	o.dropped.Add(context.Background(), int64(i.Failures), metric.WithAttributes(attribute.String("error.type", string(mailerrors.KindOf(i.Err)))))
}
