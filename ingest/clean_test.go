package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsbot/newsbot"
)

// fixtureCase describes what cleaning one page must give.
type fixtureCase struct {
	file       string
	title      string
	standfirst string
	byline     []string // substrings of Byline
	published  string
	outlet     string
	url        string
	keep       []string // verbatim body text
	drop       []string // boilerplate that must be gone from the text
	captions   []string
}

var fixtureCases = []fixtureCase{
	{
		// A wire page copied from a browser: menus, a share bar between
		// headline and body, an author box after the credits.
		file:      "pasted-wire.txt",
		title:     "Wildfire forces thousands to evacuate in northern California",
		byline:    []string{"By JANE SMITH", "Associated Press writer John Doe contributed to this report from Sacramento."},
		published: "2024-07-24",
		keep: []string{
			"PARADISE, Calif. (AP) — A fast-moving wildfire tore through dry brush in the hills of northern California on Wednesday",
			"“We had ten minutes to get out,” said resident Maria Lopez, who loaded her two dogs into her car as ash fell on the driveway. “You could see the glow over the ridge.”",
			"No injuries have been reported. The cause of the fire is under investigation.",
		},
		drop: []string{"U.S. News", "Submit Search", "Updated 3:42", "Link copied", "Pinterest", "Flipboard", "Print", "ADVERTISEMENT", "___", "Copyright", "JANE SMITH\n", "Smith covers", "mailto", "twitter"},
	},
	{
		file:       "energy.html",
		title:      "Heatwave pushes Spain's power demand to record",
		standfirst: "Grid operator says consumption peaked at 41 gigawatts on Wednesday afternoon",
		byline:     []string{"By Lucia Ferrer in Madrid"},
		published:  "2025-07-02",
		outlet:     "Iberia Today",
		keep: []string{
			"Electricity demand in Spain hit a record on Wednesday as temperatures above 44C across the south sent households and offices reaching for air conditioning, the grid operator Red Eléctrica said.",
			`"The system has responded well and there have been no supply incidents," a Red Eléctrica spokesperson said`,
		},
		drop:     []string{"cookies", "Accept all", "Sign in", "Energy\n", "Advertisement", "Read more", "Related", "Share this story", "WhatsApp", "Email our newsroom", "inbox", "Sign up", "©", "Privacy policy", "2 July 2025"},
		captions: []string{"Air conditioners on a building in Seville."},
	},
	{
		file:      "wire.txt",
		title:     "Dutch court orders halt to F-35 parts exports to Israel",
		byline:    []string{"By Bart Meijer and Stephanie van den Berg", "Reporting by Bart Meijer", "Additional reporting by Anthony Deutsch", "Editing by Andrew Heavens"},
		published: "2024-02-12",
		keep: []string{
			"A Dutch court on Monday ordered the Netherlands to halt all exports of F-35 fighter jet parts to Israel within seven days, citing concerns the parts were being used in violations of international law in Gaza.",
			`THE HAGUE (Reuters) - "It is undeniable that there is a clear risk the exported F-35 parts are used in serious violations of international humanitarian law," the court said in its ruling.`,
			"The government said it would appeal to the Supreme Court.",
			"The F-35 parts are owned by the United States",
		},
		drop: []string{"Home | World", "Menu", "Search", "Share this article", "Follow us", "Read more", "Reporting by", "Sign up", "All rights reserved", "Published 12 February"},
	},
	{
		file:       "blog.html",
		title:      "Harbour town votes to ban cruise ships",
		standfirst: "Residents backed the ban by a wide margin after years of crowding",
		byline:     []string{"Mara Quint"},
		published:  "2025-06-03",
		outlet:     "The Coastal Ledger",
		url:        "https://ledger.example/news/harbour-ban?id=7",
		keep: []string{
			"Voters in the harbour town of Port Elwyn approved a ban on cruise ships larger than 1,000 passengers on Sunday, with 68 percent in favour, the town council said.",
			`"We are not against visitors, we are against being overrun," said Elin Harte, who led the campaign for the vote.`,
			"Its chair, Tomas Ruud, said the council had ignored the evidence.",
			"The ban takes effect in 2027, the council said, giving operators two seasons to change their routes.",
		},
		drop:     []string{"Skip to main content", "Advertisement", "Tweet", "Stay informed", "Sign up", "Subscribe", "Follow us", "Related stories", "cookies", "All rights reserved", "Sport"},
		captions: []string{"Cruise passengers queue at the old quay in May"},
	},
	{
		file:       "feature.md",
		title:      "Glacier retreat speeds up in the Alps",
		standfirst: "Swiss glaciers lost 4 percent of their volume this year, scientists said",
		byline:     []string{"Lena Brandt"},
		published:  "2023-09-28",
		keep: []string{
			"Swiss glaciers lost 4 percent of their remaining volume in 2023, the second-biggest loss on record, the Swiss Academy of Sciences said on Thursday.",
			`"The acceleration is dramatic," said Matthias Huss, who heads the monitoring network GLAMOS.`,
			"He said several small glaciers had disappeared entirely this summer.",
			"What comes next\n\nScientists expect further losses in 2024.", // a closing section keeps its heading
		},
		drop: []string{"#", "**", "](", "glacier.jpg", "Subscribe", "Share on Twitter", "title:", "---"},
	},
}

func TestCleanFixtures(t *testing.T) {
	for _, tc := range fixtureCases {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			c, err := Parse(tc.file, data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkCleaned(t, c, tc)
		})
	}
}

func checkCleaned(t *testing.T, c *Cleaned, tc fixtureCase) {
	t.Helper()
	text := c.Text()
	if c.Title != tc.title {
		t.Errorf("title = %q, want %q", c.Title, tc.title)
	}
	if tc.standfirst != "" && c.Standfirst != tc.standfirst {
		t.Errorf("standfirst = %q, want %q", c.Standfirst, tc.standfirst)
	}
	for _, b := range tc.byline {
		if !strings.Contains(c.Byline, b) {
			t.Errorf("byline %q lacks %q", c.Byline, b)
		}
	}
	if c.Published != tc.published {
		t.Errorf("published = %q, want %q", c.Published, tc.published)
	}
	if c.Outlet != tc.outlet {
		t.Errorf("outlet = %q, want %q", c.Outlet, tc.outlet)
	}
	if c.URL != tc.url {
		t.Errorf("url = %q, want %q", c.URL, tc.url)
	}
	for _, k := range tc.keep {
		if !strings.Contains(text, k) {
			t.Errorf("text lost %q", k)
		}
	}
	for _, d := range tc.drop {
		if strings.Contains(text, d) {
			t.Errorf("text keeps boilerplate %q", d)
		}
	}
	if len(c.Paragraphs) == 0 || c.Paragraphs[0].Kind != newsbot.KindHeadline || c.Paragraphs[0].Text != tc.title {
		t.Errorf("first paragraph is not the headline: %+v", c.Paragraphs[:min(1, len(c.Paragraphs))])
	}
	for _, want := range tc.captions {
		if kindOf(c, want) != newsbot.KindCaption {
			t.Errorf("caption %q has kind %q", want, kindOf(c, want))
		}
	}
}

func kindOf(c *Cleaned, text string) newsbot.SentenceKind {
	for _, p := range c.Paragraphs {
		if p.Text == text {
			return p.Kind
		}
	}
	return ""
}

// TestSampleArticle cleans the bundled sample article, a wire story carrying
// a site's navigation, newsletter and republishing boilerplate.
func TestSampleArticle(t *testing.T) {
	for _, path := range []string{
		filepath.Join("..", "..", "shared", "articles", "aleppo-russia-strikes.txt"),
		filepath.Join("..", "samples", "articles", "aleppo-russia-strikes.txt"),
	} {
		t.Run(path, func(t *testing.T) {
			if _, err := os.Stat(path); err != nil {
				t.Skipf("sample not present: %v", err)
			}
			c, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			checkCleaned(t, c, fixtureCase{
				title:      "Russia preparing renewed strikes on Syria's Aleppo 'in coming hours'",
				byline:     []string{"Reporting by Tom Perry and Ellen Francis in Beirut, Jack Stubbs in Moscow", "Editing by Mark Heinrich"},
				standfirst: "The Kremlin said on Monday Russia's air force would maintain a moratorium on strikes in Aleppo unless rebels launched an offensive",
				keep: []string{
					`Russia is preparing to resume air strikes around the Syrian city of Aleppo "in coming hours," the Interfax news agency cited a source in the Russian defence ministry as saying on Tuesday.`,
					"The Kremlin said on Monday Russia's air force would maintain a moratorium on strikes in Aleppo unless rebels launched an offensive.",
					`"Minian is still with the rebels," he said.`,
					"Rebel shelling of government-held western Aleppo has meanwhile killed dozens of people, the United Nations said last week in an update on the humanitarian situation in the city.",
				},
				drop:     []string{"Skip to main content", "Stay informed", "newsletters", "Sign up", "republishing", "fill out this form", "can be found here", "Reporting by", "Middle East Eye"},
				captions: []string{"Rebel fighters said they were still battling Syrian government forces in 1070 Apartments district (Reuters)"},
			})
		})
	}
}

func TestBoilerplateLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Skip to main content", true},
		{"Menu", true},
		{"Share", true},
		{"Follow us on Twitter", true},
		{"Follow us on Instagram and X for more stories from the coast.", true},
		{"Stay informed with The Daily Planet's newsletters", true},
		{"Sign up to get the latest alerts, insights and analysis, starting with Morning Brief", true},
		{"Subscribe to our newsletter for more climate coverage.", true},
		{"Read more", true},
		{"Related articles", true},
		{"Home | News | Politics", true},
		{"We use cookies to improve your experience. By continuing to browse you accept our cookie policy.", true},
		{"© 2024 Example Media Ltd. All rights reserved.", true},
		{"To learn more about republishing this content, please fill out this form.", true},
		{"Download our app to get breaking news alerts.", true},
		// Article text that mentions the same words stays.
		{"The company said 2 million people subscribe to its print edition, down from 3 million in 2019.", false},
		{"Twitter said on Tuesday it had suspended the accounts.", false},
		{`"Follow the money," the prosecutor told the jury, pointing at the bank records on the screen.`, false},
		{"Read the full statement, the minister urged reporters, before judging the plan.", false},
		{"Rebels said they had recovered positions they had lost on Monday.", false},
		{"But their progress slowed after early gains.", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(tt.line, false); got != tt.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestCleanTextStructure(t *testing.T) {
	t.Run("HardWrapped", func(t *testing.T) {
		in := "Storm closes ports along the coast\n\n" +
			"Heavy winds closed three ports on Friday, the coastguard said, and ferry\n" +
			"operators cancelled all crossings until Saturday morning at the earliest.\n"
		c, err := CleanText(in)
		if err != nil {
			t.Fatal(err)
		}
		want := "Heavy winds closed three ports on Friday, the coastguard said, and ferry operators cancelled all crossings until Saturday morning at the earliest."
		if len(c.Paragraphs) != 2 || c.Paragraphs[1].Text != want {
			t.Errorf("paragraphs = %+v, want the wrapped lines joined", c.Paragraphs)
		}
	})
	t.Run("NoHeadline", func(t *testing.T) {
		c, err := CleanText("The council approved the budget on Monday, a spokesman said.\n\nIt takes effect in May.")
		if err != nil {
			t.Fatal(err)
		}
		if c.Title != "" || c.Paragraphs[0].Kind != newsbot.KindBody {
			t.Errorf("a body sentence was taken as headline: %+v", c.Paragraphs[0])
		}
	})
	t.Run("KickerAboveHeadline", func(t *testing.T) {
		c, err := CleanText("World news\n\nCentral bank raises rates for the third time this year\n\nThe central bank raised its main rate by a quarter point on Thursday, its governor said.")
		if err != nil {
			t.Fatal(err)
		}
		if c.Title != "Central bank raises rates for the third time this year" {
			t.Errorf("title = %q", c.Title)
		}
		if strings.Contains(c.Text(), "World news") {
			t.Errorf("kicker kept: %q", c.Text())
		}
	})
	t.Run("OnlyBoilerplate", func(t *testing.T) {
		_, err := CleanText("Skip to main content\n\nMenu\n\nSign up to our newsletter\n\nFollow us on Twitter")
		if newsbot.ErrorCode(err) != newsbot.EINVALID {
			t.Errorf("err = %v, want EINVALID", err)
		}
	})
}

func TestMarkdownInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the [Swiss Academy](https://x.example/a) said", "the Swiss Academy said"},
		{"**bold** and *em* and _under_", "bold and em and under"},
		{"keep snake_case_words and 2*3*4", "keep snake_case_words and 2*3*4"},
		{"![alt](img.png)A caption", "A caption"},
		{"see `code` here", "see code here"},
	}
	for _, tt := range tests {
		if got := markdownInline(tt.in); got != tt.want {
			t.Errorf("markdownInline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateLine(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"Published 12 February 2024 10:31 GMT", "2024-02-12", true},
		{"November 8, 2016", "2016-11-08", true},
		{"2016-11-08T10:00", "2016-11-08", true},
		{"Updated: 9 Nov 2016", "2016-11-09", true},
		{"Updated 3:42 PM PDT, July 24, 2024", "2024-07-24", true},
		{"The election is on 8 November 2016 and turnout is expected to be high.", "", false},
		{"Talks resume 3 March 2025 in Geneva", "", false},
	}
	for _, tt := range tests {
		got, ok := dateLine(tt.line)
		if got != tt.want || ok != tt.ok {
			t.Errorf("dateLine(%q) = %q, %v; want %q, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://Example.com/a/b?utm_source=x&utm_medium=y&id=3#top", "https://example.com/a/b?id=3"},
		{"http://example.com:80/?fbclid=abc", "http://example.com/"},
		{"https://example.com/story?gclid=1&b=2&a=1", "https://example.com/story?a=1&b=2"},
		{"not a url", "not a url"},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A release with no date line of its own is dated by the wire dateline
// opening its first paragraph; a dateline line still wins.
func TestWireDateline(t *testing.T) {
	for text, want := range map[string]string{
		"Federal partners support fire crews\n\nWASHINGTON, June 25, 2012 – Federal partners are continuing to work with firefighters.\n\nCrews fought the fire.": "2012-06-25",
		"Board meeting set\n\nWASHINGTON (August 6, 2020) — The board has scheduled a meeting for Sept. 15.\n\nIt will be held online.":                           "2020-08-06",
		"Release\n\nMarch 3, 2021\n\nWASHINGTON, June 25, 2012 – Federal partners are continuing to work with firefighters.":                                      "2021-03-03",
		"Storm news\n\nThe storm, which hit on June 25, 2012, was the worst in years - officials said.\n\nCrews cleared roads.":                                   "",
	} {
		c, err := CleanText(text)
		if err != nil {
			t.Fatal(err)
		}
		if c.Published != want {
			t.Errorf("%.40q: published %q, want %q", text, c.Published, want)
		}
	}
}
