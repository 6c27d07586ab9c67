package attribution

import "testing"

// TestWordClassesMatchLists checks that a word's class bit is set exactly
// when its list's own look-up succeeds, for every list made a class of
// with addSet, over the words of all of them and some that are in none.
func TestWordClassesMatchLists(t *testing.T) {
	lists := map[wclass]map[string]bool{
		wcCue: cueWords, wcManner: mannerNouns, wcCourt: courtDocuments, wcDeterminer: determiners,
		wcTimeStart: timeStarts, wcMasculine: masculine, wcFeminine: feminine, wcOrg: orgWords,
		wcTitle: titleWords, wcHonorific: honorifics, wcOpener: openersWords, wcBlocker: blockers,
		wcPassive: passives, wcFinite: finite, wcVerbLike: verbLikeWords, wcFunction: functionWords,
		wcPublish: publishVerbs,
	}
	words := []string{"parliament", "zebra", "", "x", "issued statement"}
	for _, l := range lists {
		for w := range l {
			words = append(words, w)
		}
	}
	for c, l := range lists {
		for _, w := range words {
			if got := classesOf(w)&c != 0; got != l[w] {
				t.Errorf("class %#x of %q = %v, its list says %v", c, w, got, l[w])
			}
		}
	}
	if !(tok{lo: "issued", cls: classesOf("issued")}).has(wcPublish) {
		t.Error(`"issued" is not a publishing verb`)
	}
}
