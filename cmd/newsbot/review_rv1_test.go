package main

import (
	"strings"
	"testing"
)

// The tests in this file come from a new-user review (branch rv1): each is
// a mistake a first user made, and the one line of error it must give.

func TestFirstMistakesSayWhatToDo(t *testing.T) {
	c := newCLI(t)
	cases := []struct {
		args []string
		code int
		want string // in stderr
	}{
		// flags before the command
		{[]string{"--db", "x.db", "articles"}, 2, "flags come after the command"},
		// the Discord name of a command
		{[]string{"who-said", "Minian"}, 2, `on the command line it is "claims"`},
		// a flag value of the wrong kind: what kind is wanted
		{[]string{"ask", "--k", "abc", "x"}, 1, "give a whole number"},
		{[]string{"feed", "add", "--interval", "5x", "https://example.com/rss"}, 1, "give a duration"},
		{[]string{"ask", "--json=maybe", "x"}, 1, "give true or false"},
		// a topic is not a question
		{[]string{"timeline"}, 1, "no topic given"},
		{[]string{"search"}, 1, "no query given"},
		// a date that has the shape but is no day
		{[]string{"add", "--published", "2016-13-45", sample}, 1, "is not a date"},
		// an --articles folder that is not there, or holds no articles
		{[]string{"eval", "--articles", c.dir + "/nope", "set.jsonl"}, 1, "no such directory"},
		{[]string{"eval-answers", "--articles", sample, "set.jsonl"}, 1, "not a directory"},
	}
	for _, tc := range cases {
		_, errs, code := c.run("", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("newsbot %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tc.args, " "), code, errs, tc.code, tc.want)
		}
		if n := strings.Count(strings.TrimSpace(errs), "\n"); n > 0 {
			t.Errorf("newsbot %s: %d lines of error, want one: %q", strings.Join(tc.args, " "), n+1, errs)
		}
	}
	if list := c.mustRun("articles", "--json"); strings.TrimSpace(list) != "[]" {
		t.Errorf("a refused command stored something: %s", list)
	}
}

// An empty list in one guild names the guilds that hold articles.
func TestArticlesNamesOtherGuilds(t *testing.T) {
	c := newCLI(t)
	c.mustRun("add", "--guild", "111", sample)
	out, errs, code := c.run("", "articles", "--guild", "222")
	if code != 0 || !strings.Contains(out, "No articles yet (guild 222)") || !strings.Contains(errs, "guild 111 (1 article)") {
		t.Errorf("articles --guild 222: exit %d, stdout %q, stderr %q; want guild 111 named", code, out, errs)
	}
}

// An unknown article id says where the ids are, as 'remove 99' does.
func TestUnknownArticleSaysWhereIdsAre(t *testing.T) {
	c := newCLI(t)
	for _, args := range [][]string{{"claims", "--article", "99"}, {"history", "99"}, {"remove", "99"}} {
		_, errs, code := c.run("", args...)
		if code != 1 || !strings.Contains(errs, "no article 99") || !strings.Contains(errs, "'newsbot articles' shows the ids") {
			t.Errorf("newsbot %s: exit %d, stderr %q", strings.Join(args, " "), code, errs)
		}
	}
}

// A --queries file that cannot be read is reported before any article is
// ingested, not after the whole ingest.
func TestBenchChecksTheQuestionsFirst(t *testing.T) {
	c := newCLI(t)
	out, errs, code := c.run("", "bench", "--articles", "5", "--queries", c.dir+"/no-questions.txt")
	if code == 0 || !strings.Contains(errs, "cannot read the questions") {
		t.Errorf("exit %d, stderr %q; want the questions file named", code, errs)
	}
	if strings.Contains(out, "ingest") {
		t.Errorf("bench ingested before reading the questions: %q", out)
	}
}

// 'help feed add' is 'feed add -h'; 'help help' is the list.
func TestHelpOfASubcommand(t *testing.T) {
	c := newCLI(t)
	out, _, code := c.run("", "help", "feed", "add")
	if code != 0 || !strings.Contains(out, "Usage: newsbot feed add [--interval D]") || !strings.Contains(out, "-interval") {
		t.Errorf("help feed add: exit %d, %q", code, out)
	}
	out, _, code = c.run("", "help", "help")
	if code != 0 || !strings.Contains(out, "Usage: newsbot COMMAND") {
		t.Errorf("help help: exit %d, %q", code, out)
	}
}

// Commands that ignore --guild say so in their help.
func TestHelpOfUnusedGuild(t *testing.T) {
	c := newCLI(t)
	for _, cmd := range []string{"demo", "eval-claims", "migrate-db"} {
		out, _, _ := c.run("", cmd, "-h")
		if !strings.Contains(out, "Usage: newsbot "+cmd) || strings.Contains(out, "whose articles to use") {
			t.Errorf("%s -h shows no usage, or offers --guild as if it chose articles: %q", cmd, out)
		}
	}
}
