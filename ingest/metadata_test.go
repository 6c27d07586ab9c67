package ingest

// Tests of metadata readers: JSON-LD, information lines, feed titles.

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name, ld, authors, publisher, published string
	}{
		{"Strings", `{"@type":"NewsArticle","author":"Piet Jansen","publisher":"Site Herald","datePublished":"2025-07-01"}`, "Piet Jansen", "Site Herald", "2025-07-01"},
		{"ArrayOfPersons", `{"@type":["NewsArticle"],"author":[{"@type":"Person","name":"A One"},{"@type":"Person","name":"B Two"}],"datePublished":"2025-09-30T21:47:12-04:00"}`, "A One, B Two", "", "2025-09-30"},
		{"GraphWithReferences", `{"@graph":[{"@type":"WebSite","@id":"#site","name":"Not This"},{"@type":"NewsArticle","author":{"@id":"#p1"},"publisher":{"@id":"#org"}},{"@type":"Person","@id":"#p1","name":"Grace A"},{"@type":"Organization","@id":"#org","name":"The Chronicle"}]}`, "Grace A", "The Chronicle", ""},
		{"AuthorURLIsNoName", `{"@type":"BlogPosting","author":"https://example.com/staff/x"}`, "", "", ""},
		{"NoArticle", `{"@type":"Organization","name":"Org"}`, "", "", ""},
		{"Broken", `{"@type":"NewsArticle",`, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">` + tc.ld + `</script></head><body></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			got := jsonLD(doc)
			if a := strings.Join(got.Authors, ", "); a != tc.authors || got.Publisher != tc.publisher || got.Published != tc.published {
				t.Errorf("jsonLD = %+v, want authors %q publisher %q published %q", got, tc.authors, tc.publisher, tc.published)
			}
		})
	}
}

func TestMetaLine(t *testing.T) {
	tests := []struct{ line, date, byline string }{
		{"Published March 4, 2025 · by Karen Whitfield", "2025-03-04", "By Karen Whitfield"},
		{"Oct 16th 2025 | BEIJING AND STOCKHOLM", "2025-10-16", ""},
		{"by Hannah Osei | November 3, 2025 | 3 min read", "2025-11-03", "By Hannah Osei"},
		{"Sipho Ndlovu · 12 August 2025", "2025-08-12", "By Sipho Ndlovu"},
		{"Jane Doe | Reuters | 3 May 2025", "2025-05-03", "By Jane Doe"},
	}
	for _, tc := range tests {
		date, byline, ok := metaLine(tc.line)
		if !ok || date != tc.date || byline != tc.byline {
			t.Errorf("metaLine(%q) = %q, %q, %v; want %q, %q", tc.line, date, byline, ok, tc.date, tc.byline)
		}
	}
	for _, line := range []string{"Home | World | Europe", "Prices rose 3% | Wages fell 1%", "Sport · Football · 12 goals"} {
		if d, b, ok := metaLine(line); ok {
			t.Errorf("metaLine(%q) = %q, %q: not an information line", line, d, b)
		}
	}
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"Q&amp;A: What the <em>new</em> budget rules mean": "Q&A: What the new budget rules mean",
		"Plain  title\n": "Plain title",
		"Tom &amp; Jerry &#8211; the &quot;real&quot; story": "Tom & Jerry – the \"real\" story",
		"5 < 6 & 7 > 3": "5 < 6 & 7 > 3",
	} {
		if got := plainText(in); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFeedOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"Meridian Wire - Business":                         "Meridian Wire",
		"Heritage Times: Culture":                          "Heritage Times",
		"Cape Coast News — Environment":                    "Cape Coast News",
		"World news | The Herald":                          "The Herald",
		"NSB News > UK":                                    "NSB News",
		"The Coastal Ledger":                               "The Coastal Ledger",
		"Brexit: what happens next for the City of London": "Brexit: what happens next for the City of London",
	} {
		if got := feedOutlet(in); got != want {
			t.Errorf("feedOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLooksFeed(t *testing.T) {
	for body, want := range map[string]bool{
		`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">`:                            true,
		"\ufeff<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n<!-- generated -->\n<rss version=\"2.0\">": true,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`:                                           true,
		`{"version": "https://jsonfeed.org/version/1.1", "items": []}`:                                                true,
		`<!DOCTYPE html><html><body><p>An article about RSS feeds.</p></body></html>`:                                 false,
		`{"name": "not a feed"}`:             false,
		"Plain text mentioning <rss> later.": false,
	} {
		if got := looksFeed([]byte(body)); got != want {
			t.Errorf("looksFeed(%.40q) = %v, want %v", body, got, want)
		}
	}
}
