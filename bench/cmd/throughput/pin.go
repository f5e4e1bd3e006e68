package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
)

// Pinning the two processes to CPUs of their own makes every round trip
// cross from one CPU to the other, as it would between two machines. Left
// to the scheduler, the sender and the sink sometimes share a CPU, where a
// round trip is a cheap context switch, and sometimes not, so the same row
// varies several-fold from run to run.
//
// A Go program cannot pin all of its own threads once running, so the
// program runs itself again under taskset, with pinnedEnv set to the
// number of CPUs the machine has.
const pinnedEnv = "TASKMAIL_BENCH_PINNED"

// pinning says how this process and the sink are placed; the zero value
// places neither.
type pinning struct {
	taskset string // path of taskset; "" when not pinned
	cpus    string // CPUs the machine has
}

// pinned reports whether this process already runs pinned, and whether it
// should run itself again pinned (restart). Pinning needs Linux, two CPUs
// and taskset; without them it is skipped.
func pinned() (p pinning, restart bool) {
	if runtime.GOOS != "linux" {
		return pinning{}, false
	}
	taskset, err := exec.LookPath("taskset")
	if err != nil {
		return pinning{}, false
	}
	if cpus := os.Getenv(pinnedEnv); cpus != "" {
		return pinning{taskset: taskset, cpus: cpus}, false
	}
	return pinning{}, runtime.NumCPU() >= 2
}

// rerunPinned runs this program again on CPU 0, with the same arguments,
// and returns its exit code.
func rerunPinned(ctx context.Context) int {
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "throughput:", err)
		return 1
	}
	taskset, _ := exec.LookPath("taskset")
	cmd := exec.CommandContext(ctx, taskset, append([]string{"-c", "0", exe}, os.Args[1:]...)...)
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", pinnedEnv, runtime.NumCPU()))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) && exit.ExitCode() > 0 {
			return exit.ExitCode()
		}
		fmt.Fprintln(os.Stderr, "throughput:", err)
		return 1
	}
	return 0
}

// sinkPrefix is what goes before the sink program on its command line.
func (p pinning) sinkPrefix() []string {
	if p.taskset == "" {
		return nil
	}
	return []string{p.taskset, "-c", "1"}
}

// clientPrefix is what goes before smtp-source on its command line: it
// is a client, so it sits with this program.
func (p pinning) clientPrefix() []string {
	if p.taskset == "" {
		return nil
	}
	return []string{p.taskset, "-c", "0"}
}

// note describes the placement for the table's heading.
func (p pinning) note() string {
	if p.taskset == "" {
		return "not pinned: the scheduler places the clients and the receivers on the machine's CPUs"
	}
	return fmt.Sprintf("pinned (%s CPUs): this program and smtp-source on CPU 0 (so GOMAXPROCS 1), the receivers on CPU 1", p.cpus)
}
