package answer

import "testing"

// TestKindHeads: a name heading a noun after a determiner or as a
// possessive gives the noun; a name followed by the question's verb, a
// modifier or nothing gives none.
func TestKindHeads(t *testing.T) {
	for _, tc := range []struct {
		q, context, want string
	}{
		{"Is the Harbour Road tunnel still closed?", "The Harbour Road tunnel was closed.", "tunnel"},
		{"When will the Delta plant reopen?", "The Delta plant closed.", "plant"},
		{"How many workers does Smith's company employ?", "Smith's company employs 40.", "company"},
		{"Has Delta closed?", "Delta closed.", ""},
		{"When did the EU's first quota start?", "The EU set a quota.", ""},
		{"Where is Harbour Road?", "Harbour Road is in Esk.", ""},
	} {
		qs := analyse(tc.q, []string{tc.context})
		got := ""
		for _, kh := range qs.kindHeads() {
			got = qs.terms[kh.head].key
		}
		if got != tc.want {
			t.Errorf("%q: head %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestOtherOfKind: asked about the Harbour Road tunnel, a sentence about
// the Mill Lane tunnel is about another tunnel; one that names Harbour
// Road too, writes the tunnel without another name, or writes a date or
// a word of the question beside it is not.
func TestOtherOfKind(t *testing.T) {
	q := "Is the Harbour Road tunnel still closed?"
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The Mill Lane tunnel reopened on Thursday after a week of repairs to its lighting.", true},
		{"Engineers said the Mill Lane tunnel would take another week.", true},
		{"The Harbour Road and Mill Lane tunnels are both shut.", false},
		{"The Harbour Road tunnel was closed on Friday after flooding damaged its pumps.", false},
		{"The tunnel was closed on Friday.", false},
		{"The Harbour tunnel was closed on Friday.", false},       // a word of the question's name: a short form of it
		{"The May tunnel report was published.", false},           // a date, not a name
		{"Mill Lane tunnel reopened on Thursday.", false},         // no determiner: a headline's style, left alone
		{"In Esk, tunnel repairs went on into the night.", false}, // the phrase ends before the noun
	} {
		qs := analyse(q, []string{"The Harbour Road tunnel was closed."})
		sc := newScoring(qs, nil)
		sc.nm = &nearMissInfo{kinds: qs.kindHeads()}
		if got := sc.otherOfKind(tc.text); got != tc.want {
			t.Errorf("%q: another tunnel %v, want %v", tc.text, got, tc.want)
		}
	}
	q = "How many workers does Smith's company employ?"
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Jones's company employs 300 workers.", true},
		{"Smith's company employs 40 workers.", false},
		{"The company employs 40 workers.", false},
	} {
		qs := analyse(q, []string{"Smith's company employs 40 workers."})
		sc := newScoring(qs, nil)
		sc.nm = &nearMissInfo{kinds: qs.kindHeads()}
		if got := sc.otherOfKind(tc.text); got != tc.want {
			t.Errorf("%q: another company %v, want %v", tc.text, got, tc.want)
		}
	}
	q = "What did the Department of Energy grant allow Sandia to do?"
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"This DOE grant will allow Sandia to upgrade its battery lab.", false}, // the name's initials
		{"The NSF grant paid for a new microscope.", true},
	} {
		qs := analyse(q, []string{"The Department of Energy grant will allow Sandia to upgrade its lab."})
		sc := newScoring(qs, nil)
		sc.nm = &nearMissInfo{kinds: qs.kindHeads()}
		if got := sc.otherOfKind(tc.text); got != tc.want {
			t.Errorf("%q: another grant %v, want %v", tc.text, got, tc.want)
		}
	}
}
