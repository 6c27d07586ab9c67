package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/postgres"
	"github.com/newsbot/newsbot/store/sqlite"
)

func init() {
	commands["doctor"] = command{
		usage: "doctor [--json]",
		help:  "check the configuration: database, Discord token and intents, chat and embedding servers, file permissions (exit 0 only when all pass)",
		run:   runDoctor,
	}
}

// Statuses of a doctor check.
const (
	checkOK   = "ok"
	checkFail = "FAIL"
	checkSkip = "skip" // not configured, and not needed
)

// checkResult is one line of the doctor's report.
type checkResult struct {
	Check     string  `json:"check"`
	Status    string  `json:"status"`
	Detail    string  `json:"detail"`
	Fix       string  `json:"fix,omitempty"`
	LatencyMS float64 `json:"latency_ms,omitempty"`
}

// doctor runs the checks in order; later checks use what earlier ones
// found (the open database, the embedding dimension).
type doctor struct {
	env       *Env
	dbPath    string
	dotEnv    string // the .env file read at start
	ftsModule string // fts5; a test names a missing module
	db        newsbot.Backend
	embedDim  int // from the embeddings server, 0 when not probed
	results   []checkResult
}

func runDoctor(ctx context.Context, env *Env, args []string) error {
	fs, g := newFlagSet(env, "doctor")
	asJSON := fs.Bool("json", false, "print JSON: a list of {check, status, detail, fix, latency_ms}")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("doctor", pos, "run 'newsbot doctor' alone: it checks what the environment and .env configure (--db names another database)"); err != nil {
		return err
	}
	d := &doctor{env: env, dbPath: g.db, dotEnv: ".env", ftsModule: "fts5"}
	d.run(ctx)
	if d.db != nil {
		d.db.Close()
	}
	if err := d.print(*asJSON); err != nil {
		return err
	}
	if n := d.failed(); n > 0 {
		return newsbot.Errorf(newsbot.EINVALID, "%d of %d checks failed: see the fixes above", n, len(d.results))
	}
	return nil
}

// run performs every check.
func (d *doctor) run(ctx context.Context) {
	if postgres.IsURL(d.dbPath) {
		d.runPostgres(ctx)
		return
	}
	for _, check := range []func(context.Context){
		d.checkFolder, d.checkDatabase, d.checkFTS, d.checkFiles,
		d.checkDiscord, d.checkChat, d.checkEmbeddings, d.checkVectors,
	} {
		check(ctx)
	}
}

// runPostgres checks a PostgreSQL database (it answers, its schema is
// this build's) instead of the SQLite file, folder and FTS5 checks.
func (d *doctor) runPostgres(ctx context.Context) {
	where := "the PostgreSQL database" // the URL may hold a password
	db, err := openBackend(ctx, d.dbPath)
	if err != nil {
		d.fail("database", where+": "+strings.Join(strings.Fields(newsbot.ErrorMessage(err)), " "), "check the URL in NEWSBOT_DB (or --db), the server and the role's password")
	} else if err := db.Ping(ctx); err != nil {
		db.Close()
		d.fail("database", where+": "+err.Error(), "check that the PostgreSQL server runs")
	} else {
		d.db = db
		v, _ := db.SchemaVersion(ctx)
		d.ok("database", fmt.Sprintf("%s answers; schema %d", where, v))
	}
	for _, check := range []func(context.Context){d.checkFiles, d.checkDiscord, d.checkChat, d.checkEmbeddings, d.checkVectors} {
		check(ctx)
	}
}

func (d *doctor) ok(check, detail string) {
	d.results = append(d.results, checkResult{Check: check, Status: checkOK, Detail: detail})
}

func (d *doctor) fail(check, detail, fix string) {
	d.results = append(d.results, checkResult{Check: check, Status: checkFail, Detail: detail, Fix: fix})
}

func (d *doctor) skip(check, detail string) {
	d.results = append(d.results, checkResult{Check: check, Status: checkSkip, Detail: detail})
}

// timed records the latency of the last result.
func (d *doctor) timed(start time.Time) {
	d.results[len(d.results)-1].LatencyMS = float64(time.Since(start).Microseconds()) / 1000
}

func (d *doctor) failed() int {
	n := 0
	for _, r := range d.results {
		if r.Status == checkFail {
			n++
		}
	}
	return n
}

// print writes one line per check, with its fix when it failed.
func (d *doctor) print(asJSON bool) error {
	if asJSON {
		return writeJSON(d.env.Stdout, d.results)
	}
	tw := tabwriter.NewWriter(d.env.Stdout, 0, 4, 2, ' ', 0)
	for _, r := range d.results {
		line := r.Detail
		if r.LatencyMS > 0 {
			line += fmt.Sprintf(" (%s)", time.Duration(r.LatencyMS*float64(time.Millisecond)).Round(time.Millisecond))
		}
		if r.Fix != "" {
			line += "; fix: " + r.Fix
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Status, r.Check, line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if d.failed() == 0 {
		fmt.Fprintf(d.env.Stdout, "All checks passed.\n")
	}
	return nil
}

// checkFolder: SQLite writes the -wal and -shm files beside the database,
// so its folder must exist and be writable.
func (d *doctor) checkFolder(ctx context.Context) {
	dir := filepath.Dir(d.dbPath)
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		d.fail("database folder", fmt.Sprintf("%s does not exist", dir), fmt.Sprintf("mkdir -p %s, or point NEWSBOT_DB (or --db) at another path", dir))
		return
	}
	if !writable(dir, fi) {
		d.fail("database folder", fmt.Sprintf("%s is not writable (mode %s); SQLite keeps its -wal and -shm files there", dir, fi.Mode().Perm()),
			fmt.Sprintf("chmod u+w %s (as the user that runs newsbot), or move the database to a writable folder", dir))
		return
	}
	d.ok("database folder", fmt.Sprintf("%s is writable", dir))
}

// checkDatabase: the file opens as a newsbot database, at the schema
// version of this build. A missing file is fine: it is created at first
// use. Pending migrations are not applied by the doctor.
func (d *doctor) checkDatabase(ctx context.Context) {
	if _, err := os.Stat(d.dbPath); os.IsNotExist(err) {
		if fi, err := os.Stat(filepath.Dir(d.dbPath)); err != nil || !fi.IsDir() {
			// The folder check has failed: the file cannot be created.
			d.skip("database", fmt.Sprintf("%s cannot be created until its folder exists", d.dbPath))
			return
		}
		d.ok("database", fmt.Sprintf("%s does not exist yet; it is created at first use", d.dbPath))
		return
	}
	v, err := sqlite.ReadSchemaVersion(ctx, d.dbPath)
	latest := sqlite.LatestSchemaVersion()
	switch {
	case err != nil:
		d.fail("database", fmt.Sprintf("%s cannot be read: %s", d.dbPath, newsbot.ErrorMessage(err)), "check the path in NEWSBOT_DB (or --db) and the file's permissions")
		return
	case v > latest:
		d.fail("database", fmt.Sprintf("%s has schema %d, newer than this newsbot's %d", d.dbPath, v, latest), "upgrade newsbot to the version that wrote the database")
		return
	case v < latest:
		d.fail("database", fmt.Sprintf("%s has schema %d; this newsbot's is %d (migrations pending)", d.dbPath, v, latest),
			"back up the file, then run any command (e.g. 'newsbot guilds') to apply the migrations")
		return
	}
	db, err := sqlite.Open(ctx, d.dbPath)
	if err != nil {
		d.fail("database", newsbot.ErrorMessage(err), "check the path in NEWSBOT_DB (or --db)")
		return
	}
	d.db = db
	d.ok("database", fmt.Sprintf("%s opens; schema %d is current", d.dbPath, v))
}

// checkFTS: the binary's SQLite has the full-text module.
func (d *doctor) checkFTS(ctx context.Context) {
	if err := sqlite.ProbeFTS(ctx, d.ftsModule); err != nil {
		d.fail("full-text search", fmt.Sprintf("SQLite lacks %s (%v)", d.ftsModule, err), "rebuild newsbot with the FTS5 build tag: make build (or go build -tags sqlite_fts5 ./cmd/newsbot)")
		return
	}
	d.ok("full-text search", "SQLite has "+d.ftsModule)
}

// writable reports whether the current user may write in dir. For root,
// which the kernel lets write anywhere, the owner's write bit decides: a
// service user would be refused.
func writable(path string, fi os.FileInfo) bool {
	if os.Geteuid() == 0 {
		return fi.Mode().Perm()&0o200 != 0
	}
	return accessWrite(path)
}

// checkFiles: the database is not writable by everyone, and .env, which
// holds the tokens, is readable by its owner only.
func (d *doctor) checkFiles(ctx context.Context) {
	var problems, fixes []string
	if fi, err := os.Stat(d.dbPath); err == nil && fi.Mode().Perm()&0o002 != 0 {
		problems = append(problems, fmt.Sprintf("%s is writable by every user (mode %s)", d.dbPath, fi.Mode().Perm()))
		fixes = append(fixes, "chmod o-w "+d.dbPath)
	}
	if fi, err := os.Stat(d.dotEnv); err == nil && fi.Mode().Perm()&0o077 != 0 {
		problems = append(problems, fmt.Sprintf("%s, which holds the tokens, is readable by others (mode %s)", d.dotEnv, fi.Mode().Perm()))
		fixes = append(fixes, "chmod 600 "+d.dotEnv)
	}
	if len(problems) > 0 {
		d.fail("file permissions", strings.Join(problems, "; "), strings.Join(fixes, " and "))
		return
	}
	d.ok("file permissions", "the database and .env are not open to other users")
}
