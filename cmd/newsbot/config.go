package main

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/joho/godotenv"
)

// knownVars lists every environment variable newsbot reads. A test checks
// it against the names the code uses, and that the README's configuration
// section and .env.example document each one.
var knownVars = []string{
	"AZURE_OPENAI_API_KEY", "AZURE_OPENAI_API_VERSION", "AZURE_OPENAI_CHAT_DEPLOYMENT",
	"AZURE_OPENAI_EMBED_DEPLOYMENT", "AZURE_OPENAI_ENDPOINT",
	"DISCORD_API_URL", "DISCORD_GUILD_ID", "DISCORD_TOKEN",
	"NEWSBOT_ALLOW_PRIVATE_URLS", "NEWSBOT_CHAT_MODEL", "NEWSBOT_DB", "NEWSBOT_DIGEST_HOUR",
	"NEWSBOT_EMBED_DOC_PREFIX", "NEWSBOT_EMBED_MODEL", "NEWSBOT_EMBED_QUERY_PREFIX",
	"NEWSBOT_GUILD", "NEWSBOT_GUILD_CONCURRENCY", "NEWSBOT_HTTP", "NEWSBOT_LLM_TIMEOUT",
	"NEWSBOT_LOG", "NEWSBOT_LOG_LEVEL", "NEWSBOT_MAX_UPLOAD", "NEWSBOT_NO_RECENCY",
	"NEWSBOT_PREFIX_COMMANDS", "NEWSBOT_QUESTION_BURST", "NEWSBOT_QUESTIONS_PER_MINUTE",
	"NEWSBOT_TEST_POSTGRES",
	"OPENAI_API_KEY", "OPENAI_BASE_URL",
}

// ownedPrefixes are the variable families newsbot reads; a variable in one
// of them that newsbot does not know is probably misspelled.
var ownedPrefixes = []string{"NEWSBOT_", "OPENAI_", "AZURE_OPENAI_", "DISCORD_"}

// loadDotEnv sets the variables of a .env file (godotenv syntax: quotes,
// escapes, multi-line values, export prefixes, comments) that are not set
// already: the environment wins. A missing file is not an error.
func loadDotEnv(path string) error {
	err := godotenv.Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("%s: %v; fix the line or remove the file", path, err)
	}
	return nil
}

// valueWarnings returns one warning for each variable whose value newsbot
// would otherwise read silently as unset: a switch that is not 1 or 0
// ("yes" reads as off), a log format that is not text or json, a limit of
// the bot that is not a positive number (its default is used).
func valueWarnings(getenv func(string) string) []string {
	var out []string
	for _, name := range []string{"NEWSBOT_NO_RECENCY", "NEWSBOT_PREFIX_COMMANDS"} {
		if v := getenv(name); v != "" {
			if _, err := strconv.ParseBool(v); err != nil {
				out = append(out, fmt.Sprintf("%s=%q is not 1 or 0, so it reads as off; write 1 to turn it on", name, v))
			}
		}
	}
	if v := getenv("NEWSBOT_LOG"); v != "" && v != "text" && v != "json" {
		out = append(out, fmt.Sprintf("NEWSBOT_LOG=%q is not a format; write text or json (the command line uses text; serve always logs JSON)", v))
	}
	for _, name := range []string{"NEWSBOT_QUESTIONS_PER_MINUTE", "NEWSBOT_QUESTION_BURST", "NEWSBOT_GUILD_CONCURRENCY", "NEWSBOT_MAX_UPLOAD"} {
		if v := getenv(name); v != "" {
			if f, err := strconv.ParseFloat(v, 64); err != nil || f <= 0 {
				out = append(out, fmt.Sprintf("%s=%q is not a positive number; the default is used (see .env.example)", name, v))
			}
		}
	}
	return out
}

// unknownVarWarnings returns one warning for each variable in environ
// ("NAME=value" pairs) of a family newsbot reads that it does not know,
// with the known name it is closest to: OPENAI_BASEURL is OPENAI_BASE_URL.
func unknownVarWarnings(environ []string) []string {
	known := map[string]bool{}
	for _, k := range knownVars {
		known[k] = true
	}
	var out []string
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if known[name] || !ownedVar(name) {
			continue
		}
		w := fmt.Sprintf("%s is not a variable newsbot reads", name)
		if s := closestVar(name); s != "" {
			w += fmt.Sprintf("; did you mean %s?", s)
		} else {
			w += "; see .env.example for the list"
		}
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

func ownedVar(name string) bool {
	for _, p := range ownedPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// closestVar returns the known variable nearest to name: within a few
// edits, or equal once underscores are ignored (OPENAI_BASEURL).
func closestVar(name string) string {
	flat := strings.ReplaceAll(name, "_", "")
	for _, k := range knownVars {
		if strings.ReplaceAll(k, "_", "") == flat {
			return k
		}
	}
	return closest(name, knownVars)
}
