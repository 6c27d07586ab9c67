package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressEvery is how often a progress line is printed when stderr is not
// a terminal (a log file, cron mail, CI).
const progressEvery = 10 * time.Second

// progress tells how far a long command is (bulk add, feed poll, reindex,
// migrations): a progress bar from schollz/progressbar when stderr is a
// terminal, otherwise a plain line at most every progressEvery, and one at
// the end if any was printed. Not safe for concurrent use.
type progress struct {
	bar *progressbar.ProgressBar // nil when not a terminal

	w           io.Writer
	label, unit string
	done, total int
	start, last time.Time
	printed     bool
	now         func() time.Time
}

// newProgress returns a progress report on env.Stderr for total items
// (0 when not known yet).
func newProgress(env *Env, label, unit string, total int) *progress {
	p := &progress{w: env.Stderr, label: label, unit: unit, total: total, now: time.Now}
	p.start, p.last = p.now(), p.now()
	if isTerminal(env.Stderr) {
		p.bar = newBar(env.Stderr, label, unit, total)
	}
	return p
}

func newBar(w io.Writer, label, unit string, total int) *progressbar.ProgressBar {
	return progressbar.NewOptions(max(total, -1),
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(label),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetPredictTime(true),
	)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Set records done of total items (total 0 keeps the previous one).
func (p *progress) Set(done, total int) {
	if total > 0 && total != p.total {
		p.total = total
		if p.bar != nil {
			p.bar.ChangeMax(total)
		}
	}
	p.done = done
	if p.bar != nil {
		p.bar.Set(done)
		return
	}
	if now := p.now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		p.line("")
	}
}

// Add records n more items done.
func (p *progress) Add(n int) { p.Set(p.done+n, 0) }

// Clear takes the bar off the terminal line, so that the next line printed
// does not run into it; the next update draws it again.
func (p *progress) Clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

// Finish removes the bar, or prints the last plain line when earlier ones
// were printed.
func (p *progress) Finish() {
	if p.bar != nil {
		p.bar.Finish()
		return
	}
	if p.printed {
		p.line(fmt.Sprintf(", done in %s", p.now().Sub(p.start).Round(time.Second)))
	}
}

func (p *progress) line(suffix string) {
	p.printed = true
	if p.total > 0 {
		fmt.Fprintf(p.w, "%s: %d of %d %s (%d%%)%s\n", p.label, p.done, p.total, p.unit, 100*p.done/p.total, suffix)
		return
	}
	fmt.Fprintf(p.w, "%s: %d %s%s\n", p.label, p.done, p.unit, suffix)
}
