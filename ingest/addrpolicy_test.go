package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// TestMetadataNeverFetched: whatever the override allows, a redirect to a
// cloud metadata or link-local address is refused (issue 11, probe 7).
func TestMetadataNeverFetched(t *testing.T) {
	targets := []string{"http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/latest/", "http://169.254.10.1/",
		"http://[::ffff:169.254.169.254]/", "http://100.100.100.200/latest/", "http://[fe80::1]/", "http://[64:ff9b::a9fe:a9fe]/"}
	for _, target := range targets {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, target, http.StatusFound)
		}))
		for _, f := range []*Fetcher{
			{AllowPrivate: true},
			{AllowNets: []netip.Prefix{netip.MustParsePrefix("0.0.0.0/0"), netip.MustParsePrefix("::/0")}},
		} {
			_, err := f.Fetch(context.Background(), srv.URL, Conditional{})
			if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(newsbot.ErrorMessage(err), "never fetches link-local or cloud metadata") {
				t.Errorf("redirect to %s with %+v: err = %v", target, f, err)
			}
		}
		srv.Close()
	}
}

// TestAllowNets: the override can name the networks it opens.
func TestAllowNets(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("The council met on Monday and approved the budget, the mayor said."))
	}))
	defer srv.Close()
	_, nets, err := ParseAllowPrivate("10.0.0.0/8, 127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (&Fetcher{AllowNets: nets}).Fetch(context.Background(), srv.URL, Conditional{}); err != nil {
		t.Errorf("allowed loopback address: %v", err)
	}
	_, nets, _ = ParseAllowPrivate("10.0.0.0/8")
	_, err = (&Fetcher{AllowNets: nets}).Fetch(context.Background(), srv.URL, Conditional{})
	if newsbot.ErrorCode(err) != newsbot.EINVALID || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("loopback outside the allowed networks: err = %v", err)
	}
}

func TestParseAllowPrivate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		all  bool
		nets int
		bad  bool
	}{
		{"", false, 0, false}, {"1", true, 0, false}, {"on", true, 0, false}, {"off", false, 0, false},
		{"10.0.0.0/8", false, 1, false}, {"10.0.0.0/8,192.168.1.20 fd00::/8", false, 3, false},
		{"10.0.0.0/33", false, 0, true}, {"intranet.local", false, 0, true},
	} {
		all, nets, err := ParseAllowPrivate(tc.in)
		if all != tc.all || len(nets) != tc.nets || (err != nil) != tc.bad {
			t.Errorf("ParseAllowPrivate(%q) = %v, %v, %v", tc.in, all, nets, err)
		}
		if err != nil && !strings.Contains(newsbot.ErrorMessage(err), "10.0.0.0/8") {
			t.Errorf("message does not say how to write it: %v", err)
		}
	}
}
