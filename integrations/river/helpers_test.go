package river_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/mailaction"
)

// envPostgres is where scripts/services/postgres.sh says the test cluster is.
const envPostgres = "TASKMAIL_TEST_POSTGRES_URL"

// postgresURL returns the test cluster's URL; without one it skips the
// test, or fails it when CI is set.
func postgresURL(t testing.TB) string {
	t.Helper()
	u := realservers.Env(t, envPostgres, "PostgreSQL not running: run scripts/test (scripts/services/postgres.sh)")
	return u
}

// database is one test's River schema in the test cluster.
type database struct {
	pool   *pgxpool.Pool
	schema string
	url    string
}

// newDatabase connects and migrates River into a schema of the test's own,
// dropped when the test ends.
func newDatabase(t testing.TB) *database {
	t.Helper()
	url := postgresURL(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var b [6]byte
	_, _ = rand.Read(b[:])
	schema := "tm_" + hex.EncodeToString(b[:])
	pool, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	if _, err := pool.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		pool.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _ = pool.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
		pool.Close()
	})
	m, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Schema: schema})
	if err != nil {
		t.Fatalf("rivermigrate: %v", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return &database{pool: pool, schema: schema, url: url}
}

// clientConfig is a River configuration quick enough for tests.
func (d *database) clientConfig(workers *river.Workers, fn any) *river.Config {
	cfg := &river.Config{
		Schema:            d.schema,
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 20}},
		Workers:           workers,
		FetchCooldown:     5 * time.Millisecond,
		FetchPollInterval: 50 * time.Millisecond,
		JobTimeout:        30 * time.Second,
		Logger:            quietLogger(),
	}
	if h, ok := fn.(river.ErrorHandler); ok {
		cfg.ErrorHandler = h
	}
	if h, ok := fn.(rivertype.Hook); ok {
		cfg.Hooks = []rivertype.Hook{h}
	}
	return cfg
}

// start starts a River client and stops it when the test ends.
func (d *database) start(t testing.TB, cfg *river.Config) *river.Client[pgx.Tx] {
	t.Helper()
	c, err := river.NewClient(riverpgxv5.New(d.pool), cfg)
	if err != nil {
		t.Fatalf("river.NewClient: %v", err)
	}
	if err := c.Start(context.Background()); err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		_ = c.Stop(ctx)
	})
	return c
}

// waitJob polls until the job is in one of states, and returns it.
func waitJob(t testing.TB, c *river.Client[pgx.Tx], id int64, timeout time.Duration, states ...rivertype.JobState) *rivertype.JobRow {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var last *rivertype.JobRow
	for time.Now().Before(deadline) {
		j, err := c.JobGet(context.Background(), id)
		if err != nil {
			t.Fatalf("JobGet %d: %v", id, err)
		}
		last = j
		for _, s := range states {
			if j.State == s {
				return j
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("job %d: state %s after %v, want one of %v (errors: %v)", id, last.State, timeout, states, last.Errors)
	return nil
}

// countJobs returns how many jobs of kind are in state.
func (d *database) countJobs(t testing.TB, kind string, state rivertype.JobState) int {
	t.Helper()
	var n int
	err := d.pool.QueryRow(context.Background(),
		"SELECT count(*) FROM "+d.schema+".river_job WHERE kind = $1 AND state = $2", kind, string(state)).Scan(&n)
	if err != nil {
		t.Fatalf("count jobs: %v", err)
	}
	return n
}

// recorder is a Notifier that keeps what it is told, and passes it on to
// next when set.
type recorder struct {
	mu        sync.Mutex
	failures  []mailaction.Failure
	succeeded []string
	next      interface {
		Notify(context.Context, mailaction.Failure) error
		Succeeded(context.Context, string) error
	}
}

func (r *recorder) Notify(ctx context.Context, f mailaction.Failure) error {
	r.mu.Lock()
	r.failures = append(r.failures, f)
	r.mu.Unlock()
	if r.next != nil {
		return r.next.Notify(ctx, f)
	}
	return nil
}

func (r *recorder) Succeeded(ctx context.Context, task string) error {
	r.mu.Lock()
	r.succeeded = append(r.succeeded, task)
	r.mu.Unlock()
	if r.next != nil {
		return r.next.Succeeded(ctx, task)
	}
	return nil
}

func (r *recorder) all() ([]mailaction.Failure, []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]mailaction.Failure(nil), r.failures...), append([]string(nil), r.succeeded...)
}

// memMailer is a Mailer that keeps the messages it is given.
type memMailer struct {
	mu   sync.Mutex
	msgs []*mailaction.Message
}

func (m *memMailer) Send(_ context.Context, msg *mailaction.Message) (*mailaction.Result, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.msgs = append(m.msgs, msg)
	return &mailaction.Result{Accepted: msg.To, Attempts: 1}, nil
}

func (m *memMailer) all() []*mailaction.Message {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]*mailaction.Message(nil), m.msgs...)
}

// unique returns a marker unique to this run of the test.
func unique(t testing.TB) string {
	return strings.NewReplacer("/", "-", " ", "-").Replace(t.Name()) + "-" + time.Now().Format("150405.000000000")
}
