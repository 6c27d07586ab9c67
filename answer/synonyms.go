package answer

import (
	"slices"
	"strings"

	"github.com/newsbot/newsbot/retrieval"
)

// News reports and the questions about them name one event with different
// words: a question asks how many lorries "were waiting", the article
// counts trucks; it asks by how much shares "climbed", the article says
// they rose. Each line of synonymGroups is one meaning as news writes it;
// a question's word matches any word of its lines (by stem). The lines
// hold words of the same meaning only, never opposites: "fell" must not
// answer "rose", nor "held" answer "cut".
var synonymGroups = `
rise rose risen rising climb climbed increase increased jump jumped grow grew grown gain gained soar soared surge surged
fall fell fallen drop dropped decline declined slip slipped slide slid plunge plunged tumble tumbled sink sank
injure injured injuring injuries injury hurt wound wounded wounding
postpone postponed delay delayed push pushed defer deferred
arrest arrested detain detained
ask asked asking request requested requesting
truck trucks lorry lorries
boyhood childhood
meth methamphetamine
ship ships vessel vessels boat boats
warship warships
firm firms company companies
plant plants factory factories
quake earthquake tremor
employee employees worker workers staff
start started begin began begun launch launched
end ended finish finished conclude concluded
buy bought acquire acquired purchase purchased
sell sold
win won victory beat
fine fined penalty
price prices cost costs
shut close closed closure
reopen reopened
ban banned prohibit prohibited
refuse refused reject rejected
deny denied
release released free freed
stay stayed remain remained
halt halted stop stopped
bomb bombs explosive blast explode exploded explosion
capture captured seize seized took taken
flee fled evacuate evacuated
survive survived survivor survivors rescued
protest protests protester protesters demonstration demonstrators rally
resign resigned quit retire retired retirement
appoint appointed name named
dismiss dismissed sack sacked layoff
job jobs post posts
jobless unemployment unemployed
send sent deploy deployed dispatch dispatched
walkout strike stoppage
hit struck
head heads lead leads leader leaders leadership chief director ceo boss
election vote poll polls
find found discover discovered
help helping assist assisting assistance aid
attack attacks bombing bombings
hand distribute distributed
notice advisory
play meet
accuse accused charge charged allege alleged
pay paid paying receive
score scored goal
stock stocks share shares
body bodies victim victims
describe described say said tell told speak spoke spoken talk announce announced call called
start started begin began erupt erupted broke
cull culled kill killed
destroy destroyed devastate devastated flatten flattened
sick sickened ill illness illnesses
plane planes aircraft airliner airliners jet jets
fire fires blaze blazes wildfire wildfires
deep depth
high height tall
wide width
heavy weight
fake fakes counterfeit counterfeits forged forgery bogus phony
money cash currency
cut cuts reduce reduced reduction reductions slash slashed curb curbed
create created establish established
arrive arrived arrival reach reached
raid raids raided search searches searched
succeed succeeded successor predecessor replace replaced
deal deals settlement settlements accord pact
thief thieves crook crooks robber robbers burglar burglars
publish published publishing release
building buildings facility facilities
partner partners partnered partnership partnerships
car cars vehicle vehicles
kid kids child children
jail jailed prison imprisoned
cop cops police policeman policemen
sue sued lawsuit lawsuits
law laws legislation
fiscal fy
`

// phrases are idioms of questions, read as the word news reports use:
// "lost their lives" is "died".
var phrases = strings.NewReplacer(
	" lost their lives", " died", " lost his life", " died", " lost her life", " died",
	" walked off the job", " walked out", " went off", " exploded", " pushed back", " postponed",
	" go to the polls", " vote", " went to the polls", " voted", " handed out", " distributed",
	" broke out", " started", " wiped out", " destroyed",
	" come back", " return", " came back", " returned", " coming back", " returning",
	" flown back", " returned", " flew back", " returned", " sent back", " returned", " brought back", " returned",
	" lift off?", " launch?", " lifted off?", " launched?", " lift off from", " launch from", " lifted off from", " launched from",
	" blast off", " launch", " blasted off", " launched",
	" set up", " established", " out of work", " unemployed",
	" team up with", " partner with", " teamed up with", " partnered with",
)

// rephrase returns the question with its idioms replaced (phrases).
func rephrase(q string) string { return strings.TrimPrefix(phrases.Replace(" "+q), " ") }

// irregularForms are the forms of irregular verbs the stemmer leaves
// apart ("spend" and "spent", "teach" and "taught"); each line is one
// verb. Verbs whose forms a line of synonymGroups already holds ("sell
// sold") are not repeated; forms that are as often another word of news
// are left out ("saw", "felt", "lay", "wound", "rose", "born",
// "fed", "dealt", "rang", "stung", "spoke", "meant").
var irregularForms = `
spend spent
keep kept
sink sank sunk capsize capsized
lead led
meet met
build built
leave left
fly flew flown
shoot shot
bring brought
catch caught
give gave given
choose chose chosen
break broke broken
fight fought
teach taught
think thought
seek sought
hold held
lose lost
stand stood
understand understood
write wrote written
drive drove driven
go went gone
know knew known
ride rode ridden
run ran
shake shook shaken
steal stole stolen
take took taken
undertake undertook undertaken
throw threw thrown
wear wore worn
forget forgot forgotten
freeze froze frozen
hide hid hidden
eat ate eaten
get got gotten
hear heard
make made
sleep slept
sit sat
swear swore sworn
sweep swept
sing sang sung
drink drank drunk
beat beaten
bite bitten
blow blew blown
draw drew drawn
forbid forbade forbidden
bleed bled
dig dug
hang hung
slide slid
spin spun
swing swung
wake woke woken
withdraw withdrew withdrawn
arise arose arisen
tear tore torn
weep wept
lend lent
bend bent
swim swam swum
shrink shrank shrunk
become became
overcome overcame
`

// synonyms maps a stem to the other stems of its lines.
var synonyms = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(synonymGroups+irregularForms, "\n") {
		stems := stemsOf(line)
		for _, a := range stems {
			for _, b := range stems {
				if a != b {
					m[a] = appendNew(m[a], b)
				}
			}
		}
	}
	return m
}()

// stemsOf returns the distinct stems of the words of a line.
func stemsOf(line string) []string {
	var out []string
	for _, w := range strings.Fields(line) {
		out = appendNew(out, retrieval.Stem(w))
	}
	return out
}

// appendNew appends to list the values it does not hold yet.
func appendNew(list []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}
