package newsbot

// FoldRune maps the typographic variants of apostrophes, quotation marks
// and dashes to their ASCII forms (', ", -) and returns any other rune
// unchanged. Together with case and white space, these are the differences
// a quote may have from the stored article text and still count as
// verbatim; duplicate detection ignores them too, so one definition serves
// both. It is safe for concurrent use.
func FoldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	}
	return r
}
