package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outsiderSite serves the independently written pages of
// ingest/testdata/outsider, and a few bad answers.
func outsiderSite(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/huge":
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("<p>Officials said the talks would continue.</p>\n", 1000))
			for n := 0; n < 20<<20; n += len(chunk) {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
			return
		case "/app":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(`<!doctype html><html><head><title>News</title></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/main.js"></script></body></html>`))
			return
		case "/report":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
			return
		}
		b, err := os.ReadFile(filepath.Join("..", "..", "ingest", "testdata", "outsider", filepath.Base(r.URL.Path)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		types := map[string]string{".html": "text/html", ".txt": "text/plain", ".xml": "application/rss+xml", ".json": "text/html"}
		w.Header().Set("Content-Type", types[filepath.Ext(r.URL.Path)])
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestAddURLRefusalsCLI runs the refusals a user meets on the command line:
// each is one line naming the source once, saying what was wrong and what
// to do, with a non-zero exit and nothing stored.
func TestAddURLRefusalsCLI(t *testing.T) {
	srv := outsiderSite(t)
	c := newCLI(t)
	cases := []struct {
		name    string
		private bool // NEWSBOT_ALLOW_PRIVATE_URLS=1
		args    []string
		want    []string // in stderr
	}{
		{"PrivateAddress", false, []string{"add", srv.URL + "/amp.html"}, []string{"loopback", "NEWSBOT_ALLOW_PRIVATE_URLS=1"}},
		{"PrivateFeed", false, []string{"feed", "add", srv.URL + "/rss.xml"}, []string{"loopback"}},
		{"NotFound", true, []string{"add", srv.URL + "/gone.html"}, []string{"404 Not Found", "check the link"}},
		{"Huge", true, []string{"add", srv.URL + "/huge"}, []string{"larger than 10 MB", "save the article's text"}},
		{"PDF", true, []string{"add", srv.URL + "/report"}, []string{"a PDF", "not a web page"}},
		{"ScriptOnlyPage", true, []string{"add", srv.URL + "/app"}, []string{"no article text", "JavaScript", ".txt file"}},
		{"FeedGivenToAdd", true, []string{"add", srv.URL + "/rss.xml"}, []string{"not an article", "newsbot feed add"}},
		{"FeedLabelledHTML", true, []string{"add", srv.URL + "/feed.json"}, []string{"feed, not an article", "newsbot feed add"}},
		{"PageGivenToFeedAdd", true, []string{"feed", "add", srv.URL + "/amp.html"}, []string{"no RSS, Atom or JSON feed", "feed's own URL"}},
		{"TextGivenToFeedAdd", true, []string{"feed", "add", srv.URL + "/pasted-local.txt"}, []string{"no RSS, Atom or JSON feed", "feed's own URL"}},
		{"PDFRenamed", true, []string{"add", c.file("story.txt", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))}, []string{"looks like a PDF", ".txt file"}},
		{"EmptyFile", true, []string{"add", c.file("blank.txt", nil)}, []string{"is empty", "news article"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c.env["NEWSBOT_ALLOW_PRIVATE_URLS"] = map[bool]string{true: "1"}[tc.private]
			out, errs, code := c.run("", tc.args...)
			if code == 0 {
				t.Fatalf("exit 0, stdout %q", out)
			}
			first := strings.SplitN(errs, "\n", 2)[0]
			for _, w := range tc.want {
				if !strings.Contains(first, w) {
					t.Errorf("error %q does not say %q", first, w)
				}
			}
			src := tc.args[len(tc.args)-1]
			if n := strings.Count(first, src); n > 1 {
				t.Errorf("error names the source %d times: %q", n, first)
			}
		})
	}
	if list := c.mustRun("articles", "--json"); strings.TrimSpace(list) != "[]" {
		t.Errorf("a refusal stored something: %s", list)
	}
	if list := c.mustRun("feed", "list", "--json"); strings.Contains(list, srv.URL) {
		t.Errorf("a refused feed was followed: %s", list)
	}
}

// TestAddURLAskCLI adds independently written pages by URL, then asks about
// them: the answer quotes the stored text verbatim and names the speaker.
func TestAddURLAskCLI(t *testing.T) {
	srv := outsiderSite(t)
	c := newCLI(t)
	c.env["NEWSBOT_ALLOW_PRIVATE_URLS"] = "1"
	for _, p := range []string{"wire-jsonld.html", "latin1.html", "newspaper-paywall.html"} {
		c.mustRun("add", srv.URL+"/"+p)
	}
	var ans struct {
		Answer    string `json:"answer"`
		Supported bool   `json:"supported"`
		Citations []struct {
			ArticleID int64  `json:"article_id"`
			Quote     string `json:"quote"`
			Speaker   string `json:"speaker"`
		} `json:"citations"`
	}
	out := c.mustRun("ask", "--json", "What did the FCA's head of enforcement say about the Zürich bank?")
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !ans.Supported || len(ans.Citations) == 0 {
		t.Fatalf("no supported answer: %s", out)
	}
	found := false
	for _, cit := range ans.Citations {
		// The curly quotes were Windows-1252 bytes on a page declared
		// ISO-8859-1: quoting them proves the page was decoded.
		found = found || strings.Contains(cit.Speaker, "Thérèse Okonjo") && strings.Contains(cit.Quote, "“Firms must have systems that catch these transactions before they happen, not months later,”")
		for _, bad := range []string{"Latest headlines", "Continue reading", "Subscribe", "Most Read"} {
			if strings.Contains(cit.Quote, bad) {
				t.Errorf("quoted page furniture: %q", cit.Quote)
			}
		}
	}
	if !found {
		t.Errorf("answer does not quote Thérèse Okonjo verbatim: %s", out)
	}
	// A feed served as text/html is still a feed.
	if out := c.mustRun("feed", "add", srv.URL+"/feed.json"); !strings.Contains(out, "Following feed 1: Cape Coast News") {
		t.Errorf("feed add of a JSON Feed labelled text/html: %q", out)
	}
	claims := c.mustRun("claims", "--article", "3")
	if !strings.Contains(claims, "Janet Ashworth") || strings.Contains(claims, "subscriber") {
		t.Errorf("claims of the paywalled page: %s", claims)
	}
}
