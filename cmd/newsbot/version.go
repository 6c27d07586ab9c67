package main

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
)

func init() {
	commands["version"] = command{
		usage: "version",
		help:  "the build: commit, its time, whether the tree had changes, Go version (to name in a bug report)",
		run:   runVersion,
	}
}

func runVersion(ctx context.Context, env *Env, args []string) error {
	fs, _ := newFlagSet(env, "version")
	if pos, err := parseArgs(fs, args); err != nil {
		return err
	} else if err := noArgs("version", pos, "run 'newsbot version' alone"); err != nil {
		return err
	}
	info, _ := debug.ReadBuildInfo()
	writeVersion(env.Stdout, info)
	return nil
}

// writeVersion prints one line: "newsbot COMMIT (TIME[, modified]) GO",
// from the version control settings Go records at build time; a build
// without them (go run, -buildvcs=false) says so.
func writeVersion(w io.Writer, info *debug.BuildInfo) {
	if info == nil {
		fmt.Fprintln(w, "newsbot (no build information)")
		return
	}
	s := map[string]string{}
	for _, kv := range info.Settings {
		s[kv.Key] = kv.Value
	}
	rev := s["vcs.revision"]
	if v := info.Main.Version; rev == "" && v != "" && v != "(devel)" {
		fmt.Fprintf(w, "newsbot %s %s\n", v, info.GoVersion) // go install ...@version
		return
	}
	if rev == "" {
		fmt.Fprintf(w, "newsbot (built without version control information) %s\n", info.GoVersion)
		return
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	detail := s["vcs.time"]
	if s["vcs.modified"] == "true" {
		detail += ", modified"
	}
	fmt.Fprintf(w, "newsbot %s (%s) %s\n", rev, detail, info.GoVersion)
}
