package answer_test

import "testing"

// holdoutQuestions were written after the answer step was changed and run
// once before any further change, to measure it on questions it was not
// tuned on (first run 85% right, 73% refused; see docs/answers.md). Same articles as
// qualityQuestions, other phrasings and other facts.
var holdoutQuestions = []qualityQuestion{
	{"What did the Kremlin say on Monday?", "moratorium"},
	{"Which rebel group does Yasser Alyousef belong to?", "Nour al-Din al-Zinki"},
	{"Who said Minian was still with the rebels?", "Minian is still with the rebels"},
	{"What did Syrian state media report about Minian?", "advanced in Minian"},
	{"Which group is fighting in support of President Bashar al-Assad?", "Hezbollah"},
	{"What did The Times report about British intelligence officials?", "cover"},
	{"How many meals a day are families in eastern Aleppo living on?", "one meal a day"},
	{"Why have bakeries in eastern Aleppo closed?", "no fuel"},
	{"Where are the aid convoys waiting?", "Turkish border"},
	{"Which country has vetoed Security Council resolutions on Aleppo?", "Russia"},
	{"What do opposition lawmakers say about the Arden subsidy?", "half a million euros per job"},
	{"How many cars a year will the Ostrava plant make batteries for?", "500,000"},
	{"What did the metalworkers' union want?", "collective agreement"},
	{"Who is Tomas Blaha?", "economic spokesman"},
	{"By how much did the bank cut its growth forecast?", "0.8%"},
	{"What is the bank's inflation target?", "2%"},
	{"What did Rohan Patel say about the vote split?", "strong signal"},
	{"How much has the average two-year fixed mortgage deal fallen to?", "5.1%"},
	{"How many people were injured in the earthquake?", "400"},
	{"How deep was the earthquake?", "10 km"},
	{"Where did survivors in Deravan spend the night?", "outdoors"},
	{"What did the Red Crescent appeal for?", "blood donations"},
	{"How much water does Southvale lose through leaking pipes?", "quarter"},
	{"Who is Southvale Water's operations director?", "Karen Hollis"},
	{"What did the farmers' union ask the environment agency to do?", "irrigation"},
	{"When did the Valmere strike begin?", "Tuesday"},
	{"How many containers were stranded on the quays?", "900"},
	{"What did Valmere Terminals say about the strike?", "illegal"},
	{"What did the union leader Mikel Arrieta say?", "robots"},
	{"Which broadcaster did the VRS spokeswoman speak to?", "NOS"},
	{"How many people did the ferry carry compared with its licensed capacity?", "twice"},
	{"Who is the Catalan climate minister?", "David Mascort"},
	{"Since when have records of Catalan reservoirs been kept?", "1990"},

	{"What did the French president say about the Valmere strike?", ""},
	{"How many people died in the Aleppo chemical attack?", ""},
	{"Who is the new chief executive of Southvale Water?", ""},
	{"When will the Port of Valmere reopen after the hurricane?", ""},
	{"What did the Kenyan president say about the ferry disaster?", ""},
	{"How much did the Northern Reserve Bank raise rates in 2023?", ""},
	{"What did the WHO say about the earthquake?", ""},
	{"Did Arden Motors announce layoffs in Germany?", ""},
	{"What did Vladimir Putin say about Aleppo?", ""},
	{"How many tourists were evacuated from Barcelona?", ""},
	{"What happened at the Glastonbury festival this week?", ""},
	{"Who won the Catalan regional election?", ""},
	{"How many people were arrested at the Rotterdam protest?", ""},
	{"What did Elon Musk say about the battery plant?", ""},
	{"What is the latest news on the Gaza ceasefire?", ""},
}

// TestAnswerHoldout reports the figures of the holdout questions; its
// floors sit just under the first run, so that a change that loses ground
// on questions nobody tuned for fails.
func TestAnswerHoldout(t *testing.T) {
	right, refused := runQuality(t, "guild-h", holdoutQuestions)
	if right < holdoutMinRight || refused < holdoutMinRefused {
		t.Errorf("right fact %.0f%% (want ≥ %.0f%%), refused %.0f%% (want ≥ %.0f%%)", right, holdoutMinRight, refused, holdoutMinRefused)
	}
}

// Floors of TestAnswerHoldout.
const (
	holdoutMinRight   = 90.0
	holdoutMinRefused = 93.0
)
