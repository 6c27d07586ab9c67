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

// webServer serves the fixtures of testdata/web, with {{BASE}} replaced by
// the server's URL.
func webServer(t *testing.T) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := map[string]string{"/rss.xml": "rss.xml", "/world/antwerp-strike": "wire-site-a.html",
			"/local/ferry": "other-story.html", "/europe/antwerp": "wire-site-b.html"}[r.URL.Path]
		if name == "" {
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "web", name))
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		if strings.HasSuffix(name, ".xml") {
			w.Header().Set("Content-Type", "application/rss+xml")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		w.Write([]byte(strings.ReplaceAll(string(b), "{{BASE}}", srv.URL)))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFeedCommands(t *testing.T) {
	srv := webServer(t)
	c := newCLI(t)
	// Without the operator's permission a local address is refused.
	if _, errs, code := c.run("", "feed", "add", srv.URL+"/rss.xml"); code == 0 || !strings.Contains(errs, "NEWSBOT_ALLOW_PRIVATE_URLS") {
		t.Fatalf("loopback feed accepted: exit %d, %q", code, errs)
	}
	c.env["NEWSBOT_ALLOW_PRIVATE_URLS"] = "1"
	out := c.mustRun("feed", "add", "--interval", "30m", srv.URL+"/rss.xml")
	if !strings.Contains(out, "Following feed 1: Daily Harbour - World") {
		t.Errorf("feed add printed %q", out)
	}
	var reports []struct {
		Added []struct {
			ID    int64  `json:"id"`
			Title string `json:"title"`
		} `json:"added"`
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(c.mustRun("feed", "poll", "--json")), &reports); err != nil {
		t.Fatal(err)
	}
	if len(reports) != 1 || len(reports[0].Added) != 3 || reports[0].Error != "" {
		t.Fatalf("poll = %+v", reports)
	}
	if out := c.mustRun("feed", "poll"); !strings.Contains(out, "not modified") && !strings.Contains(out, "0 new, 3 already stored") {
		t.Errorf("second poll printed %q", out)
	}
	var feeds []map[string]any
	if err := json.Unmarshal([]byte(c.mustRun("feed", "list", "--json")), &feeds); err != nil {
		t.Fatal(err)
	}
	if len(feeds) != 1 || feeds[0]["items"] != float64(3) || feeds[0]["interval_seconds"] != float64(1800) {
		t.Errorf("feed list = %v", feeds)
	}
	// The wire copy on another site joins the story of the feed's copy.
	var res map[string]any
	if err := json.Unmarshal([]byte(c.mustRun("add", "--json", srv.URL+"/europe/antwerp")), &res); err != nil {
		t.Fatal(err)
	}
	if res["duplicate_of"] != float64(0) || res["story_id"] == res["id"] {
		t.Errorf("wire copy: %v, want a new article in an existing story", res)
	}
	if out := c.mustRun("feed", "remove", "1"); !strings.Contains(out, "Stopped following feed 1") {
		t.Errorf("feed remove printed %q", out)
	}
	if _, errs, code := c.run("", "feed", "remove", "1"); code == 0 || !strings.Contains(errs, "no feed 1") {
		t.Errorf("removing twice: exit %d, %q", code, errs)
	}
	if _, errs, code := c.run("", "feed", "frobnicate"); code == 0 || !strings.Contains(errs, "unknown feed command") {
		t.Errorf("unknown subcommand: exit %d, %q", code, errs)
	}
}
