package ingest

import (
	"strings"
	"testing"
)

// TestPrunePage checks furniture named in the markup against prose that a
// site happens to put in a block with such a name.
func TestPrunePage(t *testing.T) {
	para := func(s string) string { return "<p>" + s + "</p>" }
	body1 := "The port authority said on Monday that container traffic had risen by 12 percent in the third quarter compared with a year earlier."
	body2 := "Dock workers said the new cranes had cut waiting times for ships, but warned that staff numbers had not kept pace with the growth in cargo."
	body3 := "The authority expects traffic to keep growing next year as two new shipping lines begin calling at the port in the spring."
	tests := []struct {
		name       string
		block      string
		keep, drop []string
	}{
		{"PaywallMarkedProse", `<div class="article-body paywall">` + para(body3) + `</div>`, []string{body3}, nil},
		{"PaywallTeaser", `<div class="paywall-teaser">` + para("Subscribe now for unlimited access to all our journalism, from just £1 a week.") + para("Already a subscriber? Log in") + `</div>`, nil, []string{"unlimited access", "Already a subscriber"}},
		{"ShareBar", `<div class="c-share__bar">` + `<a>Facebook</a> <a>WhatsApp</a> <a>Copy link</a></div>`, nil, []string{"WhatsApp", "Copy link"}},
		{"UnnamedLinkList", `<div><h3>Most read</h3><ol><li><a href="/1">Port strike ends after three weeks</a></li><li><a href="/2">New ferry route to the islands</a></li></ol></div>`, nil, []string{"Most read", "Port strike ends", "New ferry route"}},
		{"FactList", `<ul><li>Container traffic up 12 percent</li><li>Two new shipping lines from spring</li></ul>`, []string{"Container traffic up 12 percent\n\nTwo new shipping lines from spring"}, nil},
		{"RunTogetherName", `<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Port of Valmere reopens after strike</p><p>New cranes arrive at the container terminal</p></div>`, nil, []string{"Valmere", "New cranes"}},
		{"Tweet", `<blockquote class="twitter-tweet"><p>We did it! Thanks to everyone who came down to the harbour today to support the crews, what a day for the town.</p>&mdash; Harbour Crew (@crew) <a href="https://twitter.com/crew/status/1">May 1, 2025</a></blockquote>`, nil, []string{"We did it", "@crew"}},
		{"Caption", `<figure><img src="a.jpg"><figcaption>Cranes at the container terminal. <span class="image-credit">Photo: J. Doe/Agency</span></figcaption></figure>`, []string{"Cranes at the container terminal."}, []string{"J. Doe", "Photo:"}},
		{"CaptionLabel", `<figure><img src="a.jpg"><figcaption>A ship waits to berth (Harbour Times/Ann Lee)</figcaption></figure>`, []string{"A ship waits to berth"}, []string{"Ann Lee"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Port traffic rises by 12 percent</title></head><body><article><h1>Port traffic rises by 12 percent</h1>` +
				para(body1) + tc.block + para(body2) + `</article></body></html>`
			c, err := CleanHTML([]byte(page), nil)
			if err != nil {
				t.Fatal(err)
			}
			text := c.Text()
			for _, k := range append([]string{body1, body2}, tc.keep...) {
				if !strings.Contains(text, k) {
					t.Errorf("lost %q:\n%s", k, text)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(text, d) {
					t.Errorf("kept %q:\n%s", d, text)
				}
			}
		})
	}
}

// TestFactBoxAtEnd keeps a closing list of facts but not a closing list of
// links to other stories.
func TestFactBoxAtEnd(t *testing.T) {
	page := `<html><head><title>Floods close two bridges in the valley</title></head><body><article><h1>Floods close two bridges in the valley</h1>
<p>Floodwater closed two bridges in the valley on Sunday and forced the evacuation of about 3,000 homes, the regional authority said in a statement.</p>
<p>The river rose by more than two metres overnight after two days of heavy rain, according to the national weather service, which expects more rain on Tuesday.</p>
<h3>Key facts</h3><ul><li>3,000 homes evacuated</li><li>Two bridges closed until further notice</li></ul>
<h3>More on this story</h3><ul><li><a href="/a">River levels: the latest readings</a></li><li><a href="/b">How to protect your home from flooding</a></li></ul>
</article></body></html>`
	c, err := CleanHTML([]byte(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	text := c.Text()
	for _, k := range []string{"Key facts\n\n3,000 homes evacuated\n\nTwo bridges closed until further notice"} {
		if !strings.Contains(text, k) {
			t.Errorf("lost %q:\n%s", k, text)
		}
	}
	for _, d := range []string{"More on this story", "latest readings", "protect your home"} {
		if strings.Contains(text, d) {
			t.Errorf("kept %q:\n%s", d, text)
		}
	}
}
