package sentences_test

import (
	"reflect"
	"testing"

	"github.com/newsbot/newsbot/retrieval/sentences"
)

// TestSplitScripts checks the sentence-final marks of scripts without
// capital letters, with closing quotes and brackets kept with the sentence.
func TestSplitScripts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"HindiDanda", "सरकार ने मंगलवार को नई परिवहन योजना की घोषणा की। मंत्री ने कहा कि काम अगले महीने शुरू होगा। क्या यह समय पर पूरा होगा?",
			[]string{"सरकार ने मंगलवार को नई परिवहन योजना की घोषणा की।", "मंत्री ने कहा कि काम अगले महीने शुरू होगा।", "क्या यह समय पर पूरा होगा?"}},
		{"HindiQuote", `प्रवक्ता ने कहा, "हम बातचीत के लिए तैयार हैं।" बैठक शुक्रवार को होगी।`,
			[]string{`प्रवक्ता ने कहा, "हम बातचीत के लिए तैयार हैं।"`, "बैठक शुक्रवार को होगी।"}},
		{"HindiNoSpace", "बाढ़ से सैकड़ों घर डूब गए।राहत दल मौके पर पहुंचे।",
			[]string{"बाढ़ से सैकड़ों घर डूब गए।", "राहत दल मौके पर पहुंचे।"}},
		{"DoubleDanda", "यह पुरानी प्रार्थना है ॥ इसे हर सुबह गाया जाता है ॥",
			[]string{"यह पुरानी प्रार्थना है ॥", "इसे हर सुबह गाया जाता है ॥"}},
		{"BengaliBracket", "ঢাকায় মঙ্গলবার ভারী বৃষ্টি হয়েছে। (ছবি: রয়টার্স।) শহরের অনেক রাস্তা পানির নিচে।",
			[]string{"ঢাকায় মঙ্গলবার ভারী বৃষ্টি হয়েছে।", "(ছবি: রয়টার্স।)", "শহরের অনেক রাস্তা পানির নিচে।"}},
		{"ArabicQuestion", "أعلنت الحكومة عن خطة جديدة للنقل. هل ستنجح الخطة؟ قال الوزير إن العمل سيبدأ قريبا.",
			[]string{"أعلنت الحكومة عن خطة جديدة للنقل.", "هل ستنجح الخطة؟", "قال الوزير إن العمل سيبدأ قريبا."}},
		{"ArabicGuillemets", "سأل الصحفي: «متى تبدأ المحادثات؟» ولم يجب أحد.",
			[]string{"سأل الصحفي: «متى تبدأ المحادثات؟»", "ولم يجب أحد."}},
		{"UrduFullStop", "وزیر اعظم نے منگل کو نئے منصوبے کا اعلان کیا۔ کام اگلے ماہ شروع ہوگا۔",
			[]string{"وزیر اعظم نے منگل کو نئے منصوبے کا اعلان کیا۔", "کام اگلے ماہ شروع ہوگا۔"}},
		{"Armenian", "Կառավարությունը երեքշաբթի հայտարարեց նոր ծրագրի մասին։ Աշխատանքները կսկսվեն հաջորդ ամիս։",
			[]string{"Կառավարությունը երեքշաբթի հայտարարեց նոր ծրագրի մասին։", "Աշխատանքները կսկսվեն հաջորդ ամիս։"}},
		{"Amharic", "መንግሥት አዲስ እቅድ አስታውቋል። ሥራው መቼ ይጀምራል፧ ሚኒስትሩ በሚቀጥለው ወር ብለዋል።",
			[]string{"መንግሥት አዲስ እቅድ አስታውቋል።", "ሥራው መቼ ይጀምራል፧", "ሚኒስትሩ በሚቀጥለው ወር ብለዋል።"}},
		{"Burmese", "အစိုးရက အစီအစဉ်သစ်ကို ကြေညာခဲ့သည်။ လုပ်ငန်းများ လာမည့်လတွင် စတင်မည်။",
			[]string{"အစိုးရက အစီအစဉ်သစ်ကို ကြေညာခဲ့သည်။", "လုပ်ငန်းများ လာမည့်လတွင် စတင်မည်။"}},
		{"Tibetan", "རྒྱལ་ཁབ་ཀྱིས་འཆར་གཞི་གསར་པ་ཞིག་བསྒྲགས་སོ། ལས་ཀ་ཟླ་བ་རྗེས་མར་འགོ་འཛུགས་རྒྱུ་རེད།",
			[]string{"རྒྱལ་ཁབ་ཀྱིས་འཆར་གཞི་གསར་པ་ཞིག་བསྒྲགས་སོ།", "ལས་ཀ་ཟླ་བ་རྗེས་མར་འགོ་འཛུགས་རྒྱུ་རེད།"}},
		{"GreekQuestionMark", "Η κυβέρνηση ανακοίνωσε νέο σχέδιο. Πότε θα ξεκινήσουν τα έργα\u037E Ο υπουργός είπε τον Μάρτιο.",
			[]string{"Η κυβέρνηση ανακοίνωσε νέο σχέδιο.", "Πότε θα ξεκινήσουν τα έργα\u037E", "Ο υπουργός είπε τον Μάρτιο."}},
		{"GreekQuestionMarkAfterLatinIsNot", "The list reads a\u037E b\u037E c. It ends.",
			[]string{"The list reads a\u037E b\u037E c.", "It ends."}},
		{"SemicolonStays", "Η αγορά άνοιξε; οι τιμές έπεσαν.",
			[]string{"Η αγορά άνοιξε; οι τιμές έπεσαν."}},
		{"FullWidthStop", "株価は３．５％上昇した．市場は落ち着いている．",
			[]string{"株価は３．５％上昇した．", "市場は落ち着いている．"}},
		{"FullWidthLatinStays", "ＢＲＡＺＩＬ—Ｕ．Ｓ． officials met in Ｍａｙ． They agreed.",
			[]string{"ＢＲＡＺＩＬ—Ｕ．Ｓ． officials met in Ｍａｙ． They agreed."}},
		{"MixedScripts", "The caption reads: बाढ़ से घर डूब गए। Officials said rain would continue.",
			[]string{"The caption reads: बाढ़ से घर डूब गए।", "Officials said rain would continue."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsFinal(t *testing.T) {
	for _, r := range ".!?…。！？．।॥؟۔։።፧။།\u037E" {
		if !sentences.IsFinal(r) {
			t.Errorf("IsFinal(%q) = false, want true", r)
		}
	}
	for _, r := range ",;:、，-a" {
		if sentences.IsFinal(r) {
			t.Errorf("IsFinal(%q) = true, want false", r)
		}
	}
}
