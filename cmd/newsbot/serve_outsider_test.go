package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsbot/newsbot/internal/discordspec"
)

// The outsider tests run `newsbot serve` as a separate process, as a new
// operator would, against internal/discordspec: a fake Discord written from
// Discord's API documentation only. The process is this test binary
// re-executed into main() (NEWSBOT_OUTSIDER_MAIN=1), or the binary named by
// NEWSBOT_OUTSIDER_BIN (e.g. one built with go build -tags sqlite_fts5).

func TestMain(m *testing.M) {
	if os.Getenv("NEWSBOT_OUTSIDER_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// ackLimit is Discord's deadline for the first response to an interaction.
const ackLimit = 3 * time.Second

// syncBuffer is a bytes.Buffer safe for a process's writes and the test's reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// outsider is one run of the bot process against a fake Discord.
type outsider struct {
	t      *testing.T
	fake   *discordspec.Server
	dir    string
	env    []string
	proc   *exec.Cmd
	stderr *syncBuffer
	done   chan error
	acks   map[string][]time.Duration // by interaction kind
}

func outsiderCmd(dir string, env []string, args ...string) *exec.Cmd {
	bin := os.Getenv("NEWSBOT_OUTSIDER_BIN")
	if bin == "" {
		bin = os.Args[0]
		env = append(env, "NEWSBOT_OUTSIDER_MAIN=1")
	}
	c := exec.Command(bin, args...)
	c.Dir = dir // no .env of the developer's
	c.Env = append(os.Environ(), env...)
	return c
}

// newOutsider adds the sample article with `newsbot add` and starts
// `newsbot serve` against a fresh fake Discord.
func newOutsider(t *testing.T, extraEnv ...string) *outsider {
	t.Helper()
	fake := discordspec.New()
	fake.RateLimitEvery = 7 // an occasional 429 with retry_after
	t.Cleanup(fake.Close)
	dir := t.TempDir()
	sample, err := filepath.Abs("../../samples/articles/aleppo-russia-strikes.txt")
	if err != nil {
		t.Fatal(err)
	}
	env := append([]string{"NEWSBOT_DB=" + filepath.Join(dir, "newsbot.db"), "DISCORD_TOKEN=" + fake.Token,
		"DISCORD_API_URL=" + fake.URL(), "NEWSBOT_ALLOW_PRIVATE_URLS=1",
		"OPENAI_API_KEY=", "OPENAI_BASE_URL=", "DISCORD_GUILD_ID=", "NEWSBOT_EMBED_MODEL="}, extraEnv...)
	if out, err := outsiderCmd(dir, env, "add", "--guild", fake.GuildID, sample).CombinedOutput(); err != nil {
		t.Fatalf("newsbot add: %v\n%s", err, out)
	}
	o := &outsider{t: t, fake: fake, dir: dir, env: env, stderr: &syncBuffer{}, done: make(chan error, 1), acks: map[string][]time.Duration{}}
	o.proc = outsiderCmd(dir, env, "serve")
	o.proc.Stderr = o.stderr
	if err := o.proc.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { o.done <- o.proc.Wait() }()
	t.Cleanup(func() {
		if o.proc.ProcessState == nil {
			o.proc.Process.Kill()
			<-o.done
		}
		if t.Failed() {
			t.Logf("bot stderr:\n%s", o.stderr.String())
		}
	})
	if err := fake.WaitReady(1, 10*time.Second); err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, o.stderr.String())
	}
	names, err := fake.WaitCommands(10 * time.Second)
	if err != nil || !slices.Contains(names, "ask") {
		t.Fatalf("commands %v, %v; stderr:\n%s", names, err, o.stderr.String())
	}
	return o
}

// ack waits for the first response to interaction id, checks it came
// within Discord's deadline with the expected callback type, and records
// its latency under kind.
func (o *outsider) ack(kind, id string, wantType int, wantEphemeral bool) discordspec.Interaction {
	o.t.Helper()
	it, err := o.fake.WaitAck(id, 5*time.Second)
	if err != nil {
		o.t.Fatalf("%s: %v (refused: %v)", kind, err, it.Refused)
	}
	o.acks[kind] = append(o.acks[kind], it.Ack())
	if it.Ack() >= ackLimit {
		o.t.Errorf("%s: acknowledged after %v, Discord's limit is %v", kind, it.Ack(), ackLimit)
	}
	if it.AckType != wantType || it.Ephemeral() != wantEphemeral {
		o.t.Errorf("%s: callback type %d ephemeral %v, want type %d ephemeral %v (%s)", kind, it.AckType, it.Ephemeral(), wantType, wantEphemeral, it.AckData)
	}
	return it
}

// content waits for the interaction to show content other than nothing.
func (o *outsider) content(kind, id string, timeout time.Duration) discordspec.Interaction {
	o.t.Helper()
	it, err := o.fake.WaitContent(id, timeout, func(s string) bool { return strings.TrimSpace(s) != "" })
	if err != nil {
		o.t.Fatalf("%s: %v", kind, err)
	}
	return it
}

func (o *outsider) report(label string) {
	kinds := make([]string, 0, len(o.acks))
	for k := range o.acks {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		ds := slices.Clone(o.acks[k])
		slices.Sort(ds)
		o.t.Logf("%s ack %-14s n=%2d p50=%-8v max=%v", label, k, len(ds), ds[len(ds)/2].Round(10*time.Microsecond), ds[len(ds)-1].Round(10*time.Microsecond))
	}
}

// stop sends SIGTERM and checks the process exits cleanly.
func (o *outsider) stop(within time.Duration) {
	o.t.Helper()
	start := time.Now()
	if err := o.proc.Process.Signal(syscall.SIGTERM); err != nil {
		o.t.Fatal(err)
	}
	select {
	case err := <-o.done:
		if err != nil {
			o.t.Errorf("exit after SIGTERM: %v", err)
		}
		o.t.Logf("exited %v after SIGTERM", time.Since(start).Round(time.Millisecond))
	case <-time.After(within):
		o.t.Errorf("still running %v after SIGTERM", within)
	}
	if p := o.fake.Problems(); len(p) > 0 {
		o.t.Errorf("payloads Discord would refuse or newsbot's policy forbids:\n%s", strings.Join(p, "\n"))
	}
}

func question(q string) discordspec.Option {
	return discordspec.Option{Name: "question", Type: discordspec.OptionString, Value: q}
}

// hangingLLM is an OpenAI-compatible server that never answers.
func hangingLLM(t *testing.T) string {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	return srv.URL + "/v1"
}

// TestOutsiderServe drives the bot through every kind of interaction,
// without an LLM and with one that never answers, and checks that each
// interaction is acknowledged within Discord's 3 seconds with a valid
// payload.
func TestOutsiderServe(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     []string
		backend string // in the start line naming the model backends
	}{
		{"NoLLM", nil, `"chat":"none (extractive answers)"`},
		// A new operator keeps the defaults; the short LLM timeout only
		// keeps the test fast (acknowledgements never wait for it).
		{"HangingLLM", []string{"OPENAI_BASE_URL=" + hangingLLM(t), "OPENAI_API_KEY=k", "NEWSBOT_LLM_TIMEOUT=1s"}, `"chat":"openai-compatible"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := newOutsider(t, tc.env...)
			if lines := backendLines(o.stderr.String()); len(lines) != 1 || !strings.Contains(lines[0], tc.backend) {
				t.Errorf("serve's start line naming the model backends: %q; want one with %s", lines, tc.backend)
			}
			o.scenario()
			o.report(tc.name)
			o.stop(10 * time.Second)
		})
	}
}

func (o *outsider) scenario() {
	t, f := o.t, o.fake
	member := f.NewUser("Member", discordspec.PermMember)
	mod := f.NewUser("Moderator", discordspec.PermModerator)

	// /ask, public then private.
	pub := f.Command(member, false, f.Channel, "ask", question("What did the Russian defence ministry say?"))
	o.ack("ask", pub, 5, false)
	it := o.content("ask", pub, 10*time.Second)
	if ids := discordspec.CustomIDs(it.Edits[len(it.Edits)-1]); len(ids) == 0 {
		t.Errorf("answer without buttons: %s", it.Edits[len(it.Edits)-1])
	}
	priv := f.Command(member, false, f.Channel, "ask", question("Who said the strikes hit civilians?"),
		discordspec.Option{Name: "private", Type: discordspec.OptionBoolean, Value: true})
	o.ack("ask", priv, 5, true)
	o.content("ask", priv, 10*time.Second)

	// Buttons under the public answer: Show sources, then feedback.
	orig := f.Original(pub)
	for _, id := range discordspec.CustomIDs(orig.Raw) {
		if !strings.HasPrefix(id, "src:") && !strings.HasPrefix(id, "fb:up:") {
			continue
		}
		click := f.Click(member, orig, id)
		o.ack("button", click, 5, true)
		o.content("button", click, 5*time.Second)
	}

	// A member may not add articles: refused privately, nothing fetched.
	web, fetched := articleServer(t)
	deny := f.Command(member, false, f.Channel, "article", discordspec.Option{Name: "add-url", Type: discordspec.OptionSubCommand,
		Options: []discordspec.Option{{Name: "url", Type: discordspec.OptionString, Value: web + "/harbour"}}})
	it = o.ack("moderator", deny, 4, true)
	if !strings.Contains(strings.ToLower(it.Content()), "moderator") || fetched() != 0 {
		t.Errorf("member's add-url: %q, %d fetches", it.Content(), fetched())
	}

	// A moderator adds by URL and by pasted text, then removes an article.
	add := f.Command(mod, false, f.Channel, "article", discordspec.Option{Name: "add-url", Type: discordspec.OptionSubCommand,
		Options: []discordspec.Option{{Name: "url", Type: discordspec.OptionString, Value: web + "/harbour"}}})
	o.ack("moderator", add, 5, true)
	if it := o.content("moderator", add, 10*time.Second); fetched() == 0 || !strings.Contains(it.Content(), "Harbour") {
		t.Errorf("add-url: %q after %d fetches", it.Content(), fetched())
	}
	form := f.Command(mod, false, f.Channel, "article", discordspec.Option{Name: "add-text", Type: discordspec.OptionSubCommand})
	it = o.ack("modal", form, 9, false)
	custom, inputs := discordspec.ModalInputs(it)
	if !slices.Contains(inputs, "text") {
		t.Fatalf("modal inputs %v", inputs)
	}
	values := map[string]string{}
	for _, in := range inputs {
		values[in] = ""
	}
	values["text"] = "Ferry strike ends\n\nThe ferry workers' strike ended on Monday, union spokesman Karl Odum said.\n\n\"We have a deal,\" Odum told reporters."
	sub := f.SubmitModal(mod, f.Channel, custom, values)
	o.ack("modal", sub, 5, true)
	if it := o.content("modal", sub, 10*time.Second); !strings.Contains(it.Content(), "Ferry") {
		t.Errorf("add-text: %q", it.Content())
	}
	auto := f.Autocomplete(mod, f.Channel, "article", discordspec.Option{Name: "remove", Type: discordspec.OptionSubCommand,
		Options: []discordspec.Option{{Name: "article", Type: discordspec.OptionInteger, Value: "ferry", Focused: true}}})
	it = o.ack("autocomplete", auto, 8, false)
	choices := discordspec.Choices(it)
	if len(choices) == 0 {
		t.Fatalf("no autocomplete choices for 'ferry': %s", it.AckData)
	}
	rm := f.Command(mod, false, f.Channel, "article", discordspec.Option{Name: "remove", Type: discordspec.OptionSubCommand,
		Options: []discordspec.Option{{Name: "article", Type: discordspec.OptionInteger, Value: choices[0].Value}}})
	o.ack("moderator", rm, 5, true)
	if it := o.content("moderator", rm, 5*time.Second); !strings.Contains(it.Content(), "Removed") {
		t.Errorf("remove: %q", it.Content())
	}

	// add-file with an attachment on the CDN.
	att := f.Attach("quay.txt", "text/plain; charset=utf-8", []byte("Quay wall repaired\n\nThe port said on Wednesday the quay wall had been repaired, engineer Ola Berg told reporters.\n"))
	file := f.CommandResolved(mod, false, f.Channel, "article", map[string]any{"attachments": map[string]any{att["id"].(string): att}},
		discordspec.Option{Name: "add-file", Type: discordspec.OptionSubCommand,
			Options: []discordspec.Option{{Name: "file", Type: 11, Value: att["id"]}}})
	o.ack("moderator", file, 5, true)
	if it := o.content("moderator", file, 10*time.Second); !strings.Contains(it.Content(), "Quay") {
		t.Errorf("add-file: %q", it.Content())
	}

	// The other moderator commands, /who-said and /help in the server.
	harbour := f.Autocomplete(mod, f.Channel, "article", discordspec.Option{Name: "show", Type: discordspec.OptionSubCommand,
		Options: []discordspec.Option{{Name: "article", Type: discordspec.OptionInteger, Value: "harb", Focused: true}}})
	choices = discordspec.Choices(o.ack("autocomplete", harbour, 8, false))
	if len(choices) != 1 {
		t.Fatalf("autocomplete 'harb': %v", choices)
	}
	for _, c := range []struct {
		kind, name string
		ephemeral  bool
		opt        discordspec.Option
	}{
		{"moderator", "article", true, discordspec.Option{Name: "list", Type: discordspec.OptionSubCommand}},
		{"moderator", "article", true, discordspec.Option{Name: "show", Type: discordspec.OptionSubCommand,
			Options: []discordspec.Option{{Name: "article", Type: discordspec.OptionInteger, Value: choices[0].Value}}}},
		{"moderator", "settings", true, discordspec.Option{Name: "show", Type: discordspec.OptionSubCommand}},
		{"moderator", "feed", true, discordspec.Option{Name: "list", Type: discordspec.OptionSubCommand}},
		{"who-said", "who-said", false, discordspec.Option{Name: "topic", Type: discordspec.OptionString, Value: "Russia"}},
	} {
		id := f.Command(mod, false, f.Channel, c.name, c.opt)
		o.ack(c.kind, id, 5, c.ephemeral)
		if _, err := f.WaitShown(id, 10*time.Second); err != nil {
			t.Errorf("/%s %s: %v", c.name, c.opt.Name, err)
		}
	}
	o.ack("help", f.Command(member, false, f.Channel, "help"), 4, true)

	// Apps > Add as article on a member's message.
	posted := f.Say(member, false, f.Channel, "Bridge closes for repairs\n\nThe city council said on Tuesday the old bridge would close for six weeks of repairs, its engineer Mara Lind told reporters.", false)
	ctxm := f.MessageCommand(mod, "Add as article", posted)
	o.ack("moderator", ctxm, 5, true)
	if it, err := f.WaitShown(ctxm, 10*time.Second); err != nil || !strings.Contains(it.Content(), "Bridge") {
		t.Errorf("Add as article: %q, %v", it.Content(), err)
	}

	// A mention opens a thread; a follow-up in it (mentioning the bot, as
	// without the message-content intent) is answered there.
	m := f.Say(member, false, f.Channel, "What did the Syrian Observatory say about the strikes?", true)
	thread, err := f.WaitThread(m.ID, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	o.acks["mention>thread"] = append(o.acks["mention>thread"], time.Since(m.At))
	if _, err := f.WaitMessage(thread, 0, 10*time.Second, func(string) bool { return true }); err != nil {
		t.Fatal(err)
	}
	n := len(f.Messages(thread))
	f.Say(member, false, thread, "and what did Russia say?", true)
	if _, err := f.WaitMessage(thread, n, 10*time.Second, func(string) bool { return true }); err != nil {
		t.Fatal(err)
	}

	// A DM message and /help in a DM.
	dm := f.Say(member, true, "", "hello?", false)
	if _, err := f.WaitMessage(f.DMChannel(member), 0, 5*time.Second, func(s string) bool { return strings.Contains(s, "server") }); err != nil {
		t.Error(err)
	}
	o.acks["dm>reply"] = append(o.acks["dm>reply"], time.Since(dm.At))
	help := f.Command(member, true, "", "help")
	o.ack("help", help, 4, false)
	if it := f.Result(help); !strings.Contains(it.Content(), "server") {
		t.Errorf("/help in a DM: %q", it.Content())
	}

	// A burst: every question is acknowledged, the ones over the limit
	// with a private refusal.
	burster := f.NewUser("Burster", discordspec.PermMember)
	var burst []string
	for k := 0; k < 6; k++ {
		burst = append(burst, f.Command(burster, false, f.Channel, "ask", question(fmt.Sprintf("Question %d about the strikes?", k))))
	}
	refused := 0
	for _, id := range burst {
		it, err := f.WaitAck(id, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		o.acks["ask burst"] = append(o.acks["ask burst"], it.Ack())
		if it.Ack() >= ackLimit {
			t.Errorf("burst: acknowledged after %v", it.Ack())
		}
		if it.AckType == 4 && it.Ephemeral() {
			refused++
		}
	}
	if refused == 0 {
		t.Errorf("6 questions at once: none refused")
	}
	// A crowd: 20 members ask at once; every one is acknowledged within the
	// deadline and queued, none refused (issue 11, probe 8).
	var crowd []string
	for k := 0; k < 20; k++ {
		crowd = append(crowd, f.Command(f.NewUser(fmt.Sprintf("Crowd %d", k), discordspec.PermMember), false, f.Channel, "ask",
			question("What did the Russian defence ministry say about Aleppo?")))
	}
	for _, id := range crowd {
		it, err := f.WaitAck(id, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		o.acks["ask crowd"] = append(o.acks["ask crowd"], it.Ack())
		if it.Ack() >= ackLimit {
			t.Errorf("crowd: acknowledged after %v", it.Ack())
		}
		if it.AckType != 5 {
			t.Errorf("crowd: a question was refused (ack type %d): %q", it.AckType, it.Content())
		}
	}
	// The admitted answers end before the next questions, which would
	// otherwise find the server's answer slots taken.
	for _, id := range append(burst, crowd...) {
		if f.Result(id).AckType == 5 {
			o.content("ask crowd", id, 10*time.Second)
		}
	}

	// Gateway: opcode 7 Reconnect, then a dropped socket; /ask after each.
	f.Reconnect()
	if err := f.WaitReady(2, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	// Fresh users: the member has used up their questions for the minute.
	o.ack("ask", f.Command(f.NewUser("After reconnect", discordspec.PermMember), false, f.Channel, "ask", question("What happened in Aleppo?")), 5, false)
	f.Drop()
	if err := f.WaitReady(3, 15*time.Second); err != nil {
		t.Fatal(err)
	}
	o.ack("ask", f.Command(f.NewUser("After drop", discordspec.PermMember), false, f.Channel, "ask", question("What happened in Idlib?")), 5, false)
	if ids, resumes := f.Counts(); ids != 1 || resumes != 2 {
		t.Errorf("%d identifies, %d resumes; want the session resumed twice", ids, resumes)
	}
}

// TestOutsiderResumeRefused drops the gateway and refuses the resume
// (opcode 9): the bot must identify again and keep answering.
func TestOutsiderResumeRefused(t *testing.T) {
	o := newOutsider(t)
	f := o.fake
	f.RefuseResume = true
	f.Drop()
	if err := f.WaitReady(2, 15*time.Second); err != nil {
		t.Fatal(err)
	}
	if ids, _ := f.Counts(); ids != 2 {
		t.Errorf("%d identifies, want 2 (a new session after the refused resume)", ids)
	}
	id := f.Command(f.NewUser("Member", discordspec.PermMember), false, f.Channel, "ask", question("What did the ministry say?"))
	o.ack("ask", id, 5, false)
	o.content("ask", id, 10*time.Second)
	o.stop(10 * time.Second)
}

// articleServer serves a small article page and counts its fetches.
func articleServer(t *testing.T) (string, func() int) {
	var mu sync.Mutex
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
<p>The harbour authority said on Friday the terminal would reopen to cargo ships next week, its spokeswoman Ilse Varga told reporters.</p>
<p>"We are ready," Varga said.</p></article></body></html>`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, func() int { mu.Lock(); defer mu.Unlock(); return n }
}

// TestOutsiderHangingDefaults is the operator's view with a hanging LLM and
// every default (60 s per LLM attempt, 90 s per answer): questions are
// acknowledged at once, and SIGTERM with answers in flight tells their
// askers to ask again instead of leaving "thinking…" forever. It takes
// about 12 s, so it runs only with NEWSBOT_OUTSIDER_SLOW=1.
func TestOutsiderHangingDefaults(t *testing.T) {
	if os.Getenv("NEWSBOT_OUTSIDER_SLOW") != "1" {
		t.Skip("set NEWSBOT_OUTSIDER_SLOW=1 (takes about 12 s)")
	}
	o := newOutsider(t, "OPENAI_BASE_URL="+hangingLLM(t), "OPENAI_API_KEY=k")
	f := o.fake
	m := f.Say(f.NewUser("Mentioner", discordspec.PermMember), false, f.Channel, "What did the Russian defence ministry say?", true)
	th, err := f.WaitThread(m.ID, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for k := 0; k < 6; k++ {
		u := f.NewUser(fmt.Sprintf("User %d", k), discordspec.PermMember)
		id := f.Command(u, false, f.Channel, "ask", question([]string{"What did the Russian defence ministry say?", "Who was killed in the strikes?",
			"What did the Syrian Observatory say?", "Where did the strikes hit?", "What did the rebels say?", "What happened in Aleppo?"}[k]))
		ids = append(ids, id)
		it, err := f.WaitAck(id, 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		o.acks["ask"] = append(o.acks["ask"], it.Ack())
	}
	time.Sleep(2 * time.Second)
	o.report("HangingDefaults")
	o.stop(25 * time.Second)
	for _, id := range ids {
		it := f.Result(id)
		t.Logf("%s: ack %v, shows %q", id, it.Ack().Round(time.Millisecond), it.Content())
	}
	if msgs := f.Messages(th); len(msgs) == 0 {
		t.Errorf("the mention's thread is empty after shutdown")
	} else {
		t.Logf("thread: %q", msgs[0].Content)
	}
	for _, id := range ids {
		if it := f.Result(id); it.Content() == "" {
			t.Errorf("%s shows nothing after shutdown", id)
		}
	}
}
