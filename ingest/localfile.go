package ingest

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/newsbot/newsbot"
)

// Whatever a moderator adds can be searched by every member of the server.
// CheckFile keeps local secrets local: a command such as `newsbot add *` in
// a folder holding .env, or `newsbot add /etc/shadow`, must not publish
// them. The operator can pass --allow-any-file to add such a file anyway.

// systemDirs hold the machine's configuration and kernel interfaces.
var systemDirs = []string{"/etc", "/proc", "/sys", "/dev", "/run", "/var/run", "/boot", "/root"}

// CheckFile returns an EINVALID error saying why the file at path must
// not be added as an article: a dotfile or a file inside a dot folder, a
// file under a system folder, something other than a regular file, a
// symbolic link to any of those, or content that looks like keys or
// credentials. A missing file is left to the reader (nil).
func CheckFile(path string) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil // missing or unreadable: reported when it is opened
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	via := ""
	if real != mustAbs(path) {
		via = " (the link leads to " + real + ")"
	}
	for _, d := range systemDirs {
		if real == d || strings.HasPrefix(real, d+"/") {
			return refuse("it is under %s, a system folder%s", d, via)
		}
	}
	if dot := dotPart(real); dot != "" {
		return refuse("%s is hidden (a dotfile or dot folder, where secrets such as .env live)%s", dot, via)
	}
	fi, err := os.Stat(real)
	if err != nil {
		return nil
	}
	if !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil // the reader says to give the files inside
		}
		return refuse("it is not a regular file (%s)%s", fi.Mode().Type(), via)
	}
	f, err := os.Open(real)
	if err != nil {
		return nil
	}
	defer f.Close()
	head, _ := io.ReadAll(io.LimitReader(f, 64<<10))
	if why := secretKind(head); why != "" {
		return refuse("it looks like %s%s", why, via)
	}
	return nil
}

func refuse(format string, args ...any) error {
	return newsbot.Errorf(newsbot.EINVALID, "refused: "+format+"; newsbot keeps local secrets local (add it anyway with --allow-any-file)", args...)
}

func mustAbs(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// dotPart returns the first component of path that starts with a dot.
func dotPart(path string) string {
	for _, part := range strings.Split(filepath.ToSlash(path), "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." {
			return part
		}
	}
	return ""
}

var (
	pemBlock   = regexp.MustCompile(`-----BEGIN [A-Z0-9 ]*(?:PRIVATE KEY|CERTIFICATE|PGP|OPENSSH|ENCRYPTED)[A-Z0-9 ]*-----`)
	sshKey     = regexp.MustCompile(`(?m)^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) AAAA[0-9A-Za-z+/]{20,}`)
	envLine    = regexp.MustCompile(`^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*=\s*\S*`)
	recordLine = regexp.MustCompile(`^[A-Za-z0-9_.-]+:[^:\s]*:[^:]*:[^:]*:`)
	keyField   = regexp.MustCompile(`(?i)"(?:private_key|client_secret|aws_secret_access_key|api_key|password)"\s*:\s*"`)
)

// secretKind names what kind of secret data looks like, or returns "".
func secretKind(data []byte) string {
	switch {
	case pemBlock.Match(data):
		return "a key or certificate (PEM block)"
	case sshKey.Match(data):
		return "an SSH key"
	case keyField.Match(data):
		return "a credentials file"
	}
	lines, env, records := 0, 0, 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if len(l) == 0 || l[0] == '#' {
			continue
		}
		lines++
		if envLine.Match(l) {
			env++
		}
		if recordLine.Match(l) {
			records++
		}
	}
	switch {
	case lines >= 2 && env*2 > lines:
		return "settings with secrets (NAME=value lines, as in .env files)"
	case lines >= 2 && records*2 > lines:
		return "a system account or password file"
	}
	return ""
}
