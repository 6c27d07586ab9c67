package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// The pages and feeds of testdata/outsider were written apart from the
// cleaning rules, from how news sites mark up their pages, and are served
// as a new user would add them: the right metadata, every paragraph of the
// story verbatim, and none of the page's furniture.

// outsiderServer serves testdata/outsider with the content types a web
// server would send; {{BASE}} in feeds becomes the server's URL. Paths
// without a fixture name map to pages the feeds link to.
func outsiderServer(t *testing.T) *httptest.Server {
	t.Helper()
	links := map[string]string{
		"/business/chile-copper-output-falls-2025-09-30/":             "wire-jsonld.html",
		"/outsider-site/culture/roman-mosaic-car-park":                "figure-caption.html",
		"/environment/2025/08/12/humpback-whale-freed-cape-point.amp": "amp.html",
		"/outsider-site/archive/2025/shipwreck-timbers":               "", // 404: the item's content is used
		"/environment/2025/08/11/sardine-run-early":                   "",
		"/business/rotterdam-port-pay-deal/":                          "",
		"/business/older/":                                            "",
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, linked := links[r.URL.Path]
		if !linked {
			name = path.Base(r.URL.Path)
		}
		b, err := os.ReadFile(filepath.Join("testdata", "outsider", name))
		if name == "" || err != nil {
			http.NotFound(w, r)
			return
		}
		types := map[string]string{".html": "text/html", ".txt": "text/plain; charset=utf-8", ".md": "text/markdown; charset=utf-8",
			".xml": "application/xml", ".json": "application/feed+json"}
		w.Header().Set("Content-Type", types[filepath.Ext(name)])
		if name == "rss.xml" || name == "atom.xml" {
			w.Header().Set("Content-Type", map[string]string{"rss.xml": "application/rss+xml", "atom.xml": "application/atom+xml"}[name])
		}
		if r.Header.Get("If-None-Match") == `"1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"1"`)
		w.Write([]byte(strings.ReplaceAll(string(b), "{{BASE}}", srv.URL)))
	}))
	t.Cleanup(srv.Close)
	return srv
}

// outsiderPage is what a reader of the page sees as its article.
type outsiderPage struct {
	file, title, outlet, byline, published, url string
	standfirst                                  string
	paragraphs                                  int    // paragraphs stored, headline and captions included
	first, last                                 string // the first and last body paragraphs, verbatim
	keep                                        []string
	noise                                       []string // furniture that must not be stored
	unclaimed                                   []string // headings that must not be taken for anyone's words
}

var outsiderPages = []outsiderPage{{
	file: "wire-jsonld.html", title: "Chile's copper output falls for third month as mine strike drags on", outlet: "Meridian Wire",
	byline: "Reporting by Lucía Ferrando and Tomás Undurraga", published: "2025-09-30",
	url: "https://wire.example/business/chile-copper-output-falls-2025-09-30/", paragraphs: 8,
	first: "SANTIAGO, Sept 30 (Meridian) - Chile's copper production fell 6.2% in August",
	last:  "Chile's finance ministry expects the economy to grow 2.3% this year, but economists warn that a longer strike could shave several tenths of a percentage point off that figure.",
	noise: []string{"Scroll to continue", "Purchase Licensing", "Read Next", "Trust Principles", "Sign In", "Lithium prices hit"},
}, {
	file: "broadcaster-live.html", title: "Storm Agnes live: Thousands without power as gales hit west coast", outlet: "NorthSea Broadcasting",
	standfirst: "More than 40,000 homes are without power after winds of up to 80mph hit the west coast overnight",
	published:  "2025-01-24", url: "https://www.nsb.example/news/live/uk-67001234",
	first:     "The ferry operator WestIsles says all sailings to the islands have been cancelled for the rest of the day.",
	last:      `Forecaster Nadia Okafor said the strongest winds would ease from the afternoon. "It will stay very windy along the coast into the evening, so the warning stays in place," she said.`,
	keep:      []string{"Power company says repairs could take until Sunday"},
	noise:     []string{"09:15 GMT", "Copy link", "About sharing", "close panel", "Previous page", "Top stories", "Updated 8 minutes ago"},
	unclaimed: []string{"The roof just lifted off'", "Ferry services cancelled"},
}, {
	file: "newspaper-paywall.html", title: "Council approves 900-home scheme on former airfield despite flood fears", outlet: "The Evening Courier",
	byline: "Priya Raman", published: "2025-05-07", standfirst: "Residents say the site floods every winter", url: "https://www.eveningcourier.example/news/local/council-approves-airfield-homes-8812345",
	paragraphs: 9,
	first:      "Plans for 900 homes on a former RAF airfield have been approved by councillors, despite objections from residents who say the land floods every winter.",
	last:       "Oakfield Homes said work could start next spring.",
	noise:      []string{"Continue reading", "Cancel anytime", "Already a subscriber", "Most Read", "bakery", "Don't miss", "bulletin", "Comments (57)", "Accept all"},
}, {
	file: "amp.html", title: "Rescuers free humpback whale tangled in fishing gear off Cape Point", outlet: "Cape Coast News",
	byline: "Sipho Ndlovu", published: "2025-08-12", paragraphs: 7,
	url:   "https://www.capecoastnews.example/environment/2025/08/12/humpback-whale-freed-cape-point",
	first: "A humpback whale that had been dragging about 200 metres of rope and buoys",
	last:  "Entanglements have risen along the Western Cape coast in recent years as more humpbacks feed close to shore in winter, according to marine biologist Dr Lerato Mokoena of the University of Cape Town.",
	noise: []string{"Advertisement", "Menu", "More from Environment", "View full site", "Picture: Sea Rescue Institute"},
}, {
	file: "nested-share.html", title: "Airline to scrap paper boarding passes on all European routes", outlet: "Travel Desk Daily",
	byline: "Hannah Osei", published: "2025-11-03", paragraphs: 8,
	url:   "https://traveldeskdaily.example/2025/11/03/airline-scraps-paper-boarding-passes/?amp_markup=1",
	first: "Budget carrier SkyLark will stop issuing paper boarding passes on all of its European routes from March",
	last:  "The change applies to flights within the European Economic Area, the UK and Switzerland. Flights to Morocco and Turkey are not affected because of local document checks, the airline said.",
	keep:  []string{`"The paper boarding pass is a relic. Our customers have moved on, and so should we," Mr Brandt told a news conference in Dublin.`},
	noise: []string{"Share this article", "Facebook", "Story continues", "READ MORE", "liquid rules", "weekly travel deals", "aviation correspondent", "Popular now", "3 min read"},
}, {
	file: "figure-caption.html", title: "Archaeologists uncover Roman mosaic beneath car park", outlet: "Heritage Times",
	byline: "Oliver Grant", published: "2025-04-16", standfirst: "The floor, thought to date from the third century, is one of the largest found in the county", url: "https://heritagetimes.example/culture/roman-mosaic-car-park", paragraphs: 10,
	first: "A Roman mosaic measuring eight metres by five has been uncovered",
	last:  "Historic England said the find was of national importance and offered advice on conserving it.",
	keep:  []string{"Volunteers clean the mosaic, which shows a sea god surrounded by dolphins.", "An aerial view of the excavation site."},
	noise: []string{"Photograph:", "Ben Hartley", "Image credit", "Most viewed", "Castle ruin"},
}, {
	file: "latin1.html", title: "Zürich bank fined £2.4m over sanctions breaches", outlet: "Alpine Finance Review",
	byline: "Renée Müller", published: "2025-02-19", paragraphs: 6,
	first: "A Zürich private bank has been fined £2.4m by the UK’s financial regulator",
	last:  "Grünwald, which was founded in 1871 and manages about CHF 9bn in assets, said the payments were a small fraction of its business.",
	keep:  []string{"“Firms must have systems that catch these transactions before they happen, not months later,” said Thérèse Okonjo"},
	noise: []string{"Latest headlines", "SNB holds", "Reproduction", "Banking |"},
}, {
	file: "title-suffix.html", title: "Teachers in three provinces vote to strike over class sizes", outlet: "The Prairie Sentinel",
	byline: "Karen Whitfield", published: "2025-03-04", paragraphs: 6,
	first: "Teachers in Saskatchewan, Manitoba and Alberta have voted to strike over class sizes",
	last:  "The last teachers' strike in the region, in 2012, closed schools for nine days.",
	noise: []string{"Education\n", "Filed under", "comments", "Front page", "Independent news since"},
}, {
	file: "tweet-related.html", title: "Footballer apologises after video of training ground row goes viral", outlet: "Matchday Herald",
	byline: "Jamie Carver", published: "2025-10-09", url: "https://matchdayherald.example/football/premier-league/footballer-apologises-training-row",
	paragraphs: 6,
	first:      "Riverside United striker Kofi Mensah has apologised to a team-mate",
	last:       "Riverside are third in the table and play away at Castleford on Saturday.",
	noise:      []string{"@kofimensah9", "Mensah completes record move", "Read more", "Premier League table", "More stories", "England name squad"},
}, {
	file: "correction.html", title: "Hospital trust overspent by £48m, auditors find", outlet: "The Midlands Chronicle",
	byline: "Grace Adeyemi", published: "2025-06-02", paragraphs: 7, url: "/health/2025/jun/02/hospital-trust-overspent-auditors",
	first: "A hospital trust in the West Midlands overspent its budget by £48m last year",
	last:  "This article was corrected on 4 June 2025. An earlier version said the records system had cost £14m more than planned; the correct figure is £11m. It also misnamed the trust's chief executive.",
	noise: []string{"Mon 2 Jun 2025", "Midlands Chronicle Ltd"},
}, {
	file: "subheads-jsonld.html", title: "City bans diesel cars from centre by 2030", outlet: "Site Herald",
	byline: "Piet Jansen", published: "2025-07-01", paragraphs: 10,
	first: "The city council voted on Tuesday to ban diesel cars from the historic centre from January 2030",
	last:  "Shopkeepers in the centre said they feared losing customers from outside the city.",
	keep:  []string{"What changes", "Petrol cars are not affected.", "The motorists' association ANWB said the ban was too sudden and would hit people on low incomes hardest."},
	noise: []string{"Related:", "Electric bus fleet", "See also", "MORE:", "said the mayor.\n"},
}, {
	file: "og-title-suffix.html", title: "Wildfire forces 5,000 to flee near Athens", outlet: "Aegean Times",
	byline: "Eleni Papadaki and Nikos Stavrou", published: "2025-07-26", paragraphs: 5,
	first: "ATHENS — A wildfire fanned by strong winds forced about 5,000 people to leave their homes",
	last:  "No injuries had been reported by late afternoon.",
	noise: []string{"Published:", "EEST", "© Aegean Times"},
}, {
	file: "newspaper-islands.html", title: "Ministers to cap bus fares at £3 until end of 2026", outlet: "the Daily Record-Herald",
	byline: "Gwyn Topham", published: "2025-10-28", paragraphs: 6, url: "https://www.drh.example/politics/2025/oct/28/bus-fares-cap",
	standfirst: "Cap had been due to end in December, with operators warning of fare rises of up to 40%",
	first:      "Bus fares in England will remain capped at £3 until the end of 2026",
	last:       "The Campaign for Better Transport welcomed the extension but said the government should go further. “A cap is only useful if there is a bus to catch,” its chief executive, Paul Tuohy, said.",
	noise:      []string{"Skip to main", "Related:", "Rail fares", "First Edition", "newsletter", "Privacy Notice", "Explore more", "Bus transport", "Reuse", "More on this story", "All rights reserved", "Transport correspondent"},
}, {
	file: "pasted-magazine.txt", title: "Sodium batteries are coming for lithium's crown", published: "2025-10-16", paragraphs: 7,
	first: "For a decade lithium-ion cells have had the battery market almost to themselves.",
	last:  "Not everyone is convinced. Lithium prices have fallen by more than 80% since their peak in 2022, which erodes sodium's advantage. ■",
	noise: []string{"Listen to this story", "podcasts", "<audio>", "Give", "print edition", "Explore the edition", "Reuse this content", "Trust Project", "catch a cold", "Copyright", "BEIJING AND STOCKHOLM"},
}, {
	file: "pasted-local.txt", title: "Man jailed for 18 months after stealing 4,000 litres of diesel from farms", published: "2025-06-12", paragraphs: 7,
	first: "A man who stole more than 4,000 litres of red diesel from farms across the county has been jailed for 18 months.",
	last:  "Defending, Sarah Jeavons said her client had debts and had shown genuine remorse.",
	noise: []string{"Advertisement", "Home >", "3:14pm", "Share this page", "Story continues", "Do you have a story", "Most Read", "Road closed", "Comments are closed"},
}, {
	file: "pasted-newsletter-box.txt", title: "Farmers block roads in Brussels as EU ministers meet on trade deal", published: "2025-12-15", paragraphs: 6,
	standfirst: "Tractors and burning hay bales brought traffic to a standstill as ministers discussed the Mercosur agreement",
	first:      "Hundreds of farmers drove tractors into central Brussels on Monday",
	last:       "The agreement would remove tariffs on most goods traded between the EU and the Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay. France and Poland have said they will vote against it.",
	keep:       []string{"Tractors and burning hay bales brought traffic to a standstill as ministers discussed the Mercosur agreement"},
	noise:      []string{"Back to home", "Europe edition", "Sign up", "Free weekly newsletter", "Our pick of the week", "Privacy", "after newsletter promotion", "Explore more", "Farming\n", "Most viewed", "Antwerp"},
}, {
	file: "pasted-short.txt", title: "Dutch court orders state to cut emissions faster", published: "", paragraphs: 2,
	first: "The Hague district court on Thursday ordered the Dutch government",
	last:  "The Hague district court on Thursday ordered the Dutch government to cut greenhouse gas emissions by 55% by 2030, ruling that current plans breach citizens' rights.",
	noise: []string{"Home |", "Updated 3 hours ago"},
}, {
	file: "pasted-broadcaster.txt", title: "Heavy rains trigger deadly landslides in southern Brazil", published: "2024-05-02", paragraphs: 3,
	byline: "By Marcia Reverdosa and Tara John, CNN; CNN's Journey Jones contributed to this report.",
	first:  "At least 10 people have died and 21 are missing",
	last:   `Governor Eduardo Leite declared a state of emergency and said the state was facing "the worst disaster in its history." Rescue teams were searching for people trapped under collapsed houses in the Serra Gaúcha region, he said.`,
	noise:  []string{"Middle East", "3 minute read", "Link Copied", "See all topics", "Related Article", "Lula signs", "Ad Feedback", "Live TV", "CNN —"},
}, {
	file: "pasted-smart-brevity.md", title: "Cities race to install heat pumps before winter", paragraphs: 7,
	first: "Why it matters: Heating accounts for about a third of household energy use",
	last:  "The bottom line: Expect more cities to follow if Denver's programme hits its targets.",
	keep:  []string{"Boston and Minneapolis are considering similar programmes."},
	noise: []string{"Illustration", "Sarah Grillo", "Go deeper", "heat pump boom", "Sign up", "**"},
}, {
	file: "pasted-newsletter-post.txt", title: "Election officials in Arizona brace for recount", published: "2024-11-12", paragraphs: 5,
	standfirst: "A margin of 412 votes in the secretary of state race triggers an automatic review",
	first:      "A margin of 412 votes separates the two candidates",
	last:       "The recount must be finished within 15 days of the official canvass, according to the secretary of state's office.",
	noise:      []string{"Subscribe", "Sign in", "Share this post", "Copy link", "Paid", "Thanks for reading", "Likes", "Restacks", "Discussion about this post", "The Borderlands Dispatch"},
}, {
	file: "pasted-blog.md", title: "Drought forces Spanish region to truck drinking water to 40 villages", byline: "Marta Solís", published: "2025-07-21",
	paragraphs: 8,
	first:      "Authorities in the Spanish region of Aragón have begun trucking drinking water to 40 villages",
	last:       "Farmers' union UAGA said half of the region's cereal harvest had been lost. Its spokesperson, Pilar Navarro, called for emergency aid from Madrid.",
	keep:       []string{"Reservoirs in the region are at their lowest level since records began"},
	noise:      []string{"- Reservoirs", "Key points", "4 min read", "buy me a coffee", "Enjoyed this piece", "Tags:", "](", "**"},
}}

// TestOutsiderPages adds each page by URL and checks what a reader would:
// metadata, the story complete and verbatim, no furniture, sentence offsets
// that point into the stored text, and claims with a speaker.
func TestOutsiderPages(t *testing.T) {
	srv := outsiderServer(t)
	ing, db := testIngester(t)
	ctx := context.Background()
	for _, tc := range outsiderPages {
		t.Run(tc.file, func(t *testing.T) {
			res, err := ing.AddURL(ctx, "g", srv.URL+"/"+tc.file, Meta{})
			if err != nil {
				t.Fatal(err)
			}
			a, err := db.Article(ctx, "g", res.ID)
			if err != nil {
				t.Fatal(err)
			}
			sents, err := db.Sentences(ctx, "g", a.ID)
			if err != nil {
				t.Fatal(err)
			}
			captions := map[string]bool{}
			for _, s := range sents {
				if s.Kind == newsbot.KindCaption {
					captions[s.Text] = true
				}
			}
			checkOutsiderArticle(t, tc, a, srv.URL, captions)
			for _, s := range sents {
				if a.Text[s.Start:s.End] != s.Text {
					t.Errorf("sentence %d offsets do not match the text", s.Seq)
				}
			}
			claims, err := db.Claims(ctx, "g", newsbot.ClaimFilter{ArticleID: a.ID})
			if err != nil || len(claims) == 0 {
				t.Errorf("no claims found (%v)", err)
			}
			for _, c := range claims {
				for _, h := range tc.unclaimed {
					if strings.Contains(c.Sentence, h) {
						t.Errorf("heading %q taken for %s's words", h, c.Speaker)
					}
				}
			}
		})
	}
}

func checkOutsiderArticle(t *testing.T, tc outsiderPage, a *newsbot.Article, base string, captions map[string]bool) {
	t.Helper()
	if a.Title != tc.title {
		t.Errorf("title = %q, want %q", a.Title, tc.title)
	}
	if tc.outlet != "" && a.Outlet != tc.outlet {
		t.Errorf("outlet = %q, want %q", a.Outlet, tc.outlet)
	}
	if !strings.Contains(a.Byline, tc.byline) {
		t.Errorf("byline = %q, want it to name %q", a.Byline, tc.byline)
	}
	if tc.standfirst != "" && a.Standfirst != tc.standfirst {
		t.Errorf("standfirst = %q, want %q", a.Standfirst, tc.standfirst)
	}
	if a.Published != tc.published {
		t.Errorf("published = %q, want %q", a.Published, tc.published)
	}
	want := tc.url
	switch {
	case want == "":
		want = base + "/" + tc.file
	case strings.HasPrefix(want, "/"):
		want = base + want // a relative canonical link
	}
	if a.URL != want {
		t.Errorf("url = %q, want %q", a.URL, want)
	}
	paras := strings.Split(a.Text, "\n\n")
	if tc.paragraphs != 0 && len(paras) != tc.paragraphs {
		t.Errorf("%d paragraphs stored, want %d:\n%s", len(paras), tc.paragraphs, strings.Join(paras, "\n"))
	}
	if paras[0] != a.Title {
		t.Errorf("text opens with %q, not the headline", paras[0])
	}
	if paras[len(paras)-1] != tc.last {
		t.Errorf("last paragraph = %q\nwant %q", paras[len(paras)-1], tc.last)
	}
	firstBody := ""
	for _, p := range paras[1:] {
		if isBodyParagraph(p) && p != a.Standfirst && !captions[p] {
			firstBody = p
			break
		}
	}
	if !strings.HasPrefix(firstBody, tc.first) {
		t.Errorf("first body paragraph = %q\nwant it to open %q", firstBody, tc.first)
	}
	for _, k := range tc.keep {
		if !strings.Contains(a.Text, k) {
			t.Errorf("text lost %q", k)
		}
	}
	for _, n := range tc.noise {
		if strings.Contains(a.Text+"\n", n) || strings.Contains(a.Standfirst, n) {
			t.Errorf("text keeps furniture %q", n)
		}
	}
}

// TestOutsiderFeeds follows an RSS 2.0 feed (content:encoded, guid
// isPermaLink="false", tracking parameters on links), an Atom feed with
// xml:base and relative links, and a JSON Feed 1.1: each new item is taken
// once, from its page or, when the page is gone, from the item's content.
func TestOutsiderFeeds(t *testing.T) {
	ctx := context.Background()
	srv := outsiderServer(t)
	p, _, _ := testPoller(t)
	for _, name := range []string{"rss.xml", "atom.xml", "feed.json"} {
		if _, err := p.AddFeed(ctx, "g", srv.URL+"/"+name, 0, "", "mod"); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	reps, err := p.PollGuild(ctx, "g")
	if err != nil {
		t.Fatal(err)
	}
	added := map[string]Result{}
	for i, want := range []struct{ added, refused int }{{2, 1}, {2, 0}, {2, 0}} {
		if r := reps[i]; len(r.Added) != want.added || r.Refused != want.refused || r.Error != "" {
			t.Errorf("feed %s: %d added, %d refused (%s); want %d, %d", r.Feed.URL, len(r.Added), r.Refused, r.Error, want.added, want.refused)
		}
		for _, a := range reps[i].Added {
			added[a.Title] = a
		}
	}
	if pr := reps[0].Problems; len(pr) != 1 || pr[0].Item != "Older item already taken" || !strings.Contains(pr[0].Error, "404") || pr[0].Retry {
		t.Errorf("refused item reported as %+v, want its title and the 404", pr)
	}
	ws := p.Ingester.Store.(newsbot.WebStore)
	byURL := func(u string) *newsbot.Article {
		a, err := ws.ArticleByURL(ctx, "g", CanonicalURL(u))
		if err == nil {
			a, err = p.Ingester.Store.Article(ctx, "g", a.ID)
		}
		if err != nil {
			t.Errorf("no article for %s: %v", u, err)
			return &newsbot.Article{}
		}
		return a
	}
	// The page's canonical link, not the feed's tracking link, is stored.
	if a := byURL("https://wire.example/business/chile-copper-output-falls-2025-09-30/"); a.Outlet != "Meridian Wire" {
		t.Errorf("wire page from RSS: outlet %q", a.Outlet)
	}
	// Item content stands in for a missing page, without its promotion,
	// with the item's author and date.
	a := byURL(srv.URL + "/business/rotterdam-port-pay-deal/")
	if a.Byline != "Pieter de Boer" || a.Published != "2025-09-30" || a.Outlet != "Meridian Wire" || strings.Contains(a.Text, "Subscribe") ||
		!strings.HasSuffix(a.Text, "The Port of Rotterdam Authority said it expected the backlog of ships to clear by the end of next week.") {
		t.Errorf("content:encoded item: byline %q published %q outlet %q text %q", a.Byline, a.Published, a.Outlet, a.Text)
	}
	// Atom links resolve against xml:base, the entry's own base included.
	if a := byURL(srv.URL + "/outsider-site/archive/2025/shipwreck-timbers"); !strings.Contains(a.Text, `"People have waited a long time for this, and we wanted to get it right," said museum director Carys Pugh.`) {
		t.Errorf("Atom xhtml content: %q", a.Text)
	}
	if a := byURL(srv.URL + "/environment/2025/08/11/sardine-run-early"); a.Byline != "Ayanda Khumalo" || !strings.Contains(a.Text, "“We have not seen the run this early in at least fifteen years,” said board spokesperson Thandeka Zulu.") {
		t.Errorf("JSON Feed content_html item: byline %q text %q", a.Byline, a.Text)
	}
	if _, ok := added["Rescuers free humpback whale tangled in fishing gear off Cape Point"]; !ok {
		t.Errorf("the AMP page linked from the JSON Feed was not added: %v", added)
	}
	// Polled again: 304s, nothing fetched or stored twice.
	reps, err = p.PollGuild(ctx, "g")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reps {
		if !r.NotModified || len(r.Added) != 0 {
			t.Errorf("second poll of %s = %+v, want not modified", r.Feed.URL, r)
		}
	}
	// Without validators the items are seen, not taken again.
	feeds, _ := p.Store.Feeds(ctx, "g")
	for i := range feeds {
		feeds[i].ETag, feeds[i].LastModified = "", ""
		if err := p.Store.UpdateFeedState(ctx, &feeds[i]); err != nil {
			t.Fatal(err)
		}
		r, err := p.PollFeed(ctx, &feeds[i])
		if err != nil || r.NotModified || len(r.Added) != 0 || r.Seen+r.Refused == 0 {
			t.Errorf("unconditional poll of %s = %+v, %v; want every item seen", feeds[i].URL, r, err)
		}
	}
}

// TestMisdeclaredCharset serves the Windows-1252 page with headers that
// lie or that name XHTML: the text is still decoded.
func TestMisdeclaredCharset(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "outsider", "latin1.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, ct := range []string{"text/html; charset=utf-8", "application/xhtml+xml; charset=iso-8859-1", "text/html"} {
		t.Run(ct, func(t *testing.T) {
			s := newSite(t)
			s.set("/story", ct, string(body))
			ing, db := testIngester(t)
			res, err := ing.AddURL(context.Background(), "g", s.URL+"/story", Meta{})
			if err != nil {
				t.Fatal(err)
			}
			a, err := db.Article(context.Background(), "g", res.ID)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Zürich bank fined £2.4m over sanctions breaches" || !strings.Contains(a.Text, "“Firms must have systems") || strings.ContainsRune(a.Text, '\uFFFD') {
				t.Errorf("title %q, text %q", a.Title, a.Text)
			}
		})
	}
}
