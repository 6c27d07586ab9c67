package ingest

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// More ways a page keeps text from its readers, beyond hidden.go's inline
// styles and attributes: elements that are never rendered (<template>,
// <noscript>, <textarea>, a <dialog> that is not open, the <title> and
// <desc> of an SVG, comments); classes that screen-reader kits hide
// ("sr-only", "visually-hidden"); classes and ids that the page's own
// <style> rules hide; and inline styles that hide by other means
// (transform: scale(0), clip-path: inset(50%), transparent or
// background-coloured text, a zero-height box that hides its overflow, a
// large negative text-indent). Declarations are read by splitting on ";"
// and ":", without regular expressions.

// unrendered elements hold text no reader sees.
var unrendered = map[string]bool{"template": true, "noscript": true, "textarea": true}

// srOnlyClasses are the hiding classes of common CSS kits.
var srOnlyClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true, "screen-reader-only": true,
	"sr-text": true, "element-invisible": true, "a11y-hidden": true, "offscreen": true, "off-screen": true, "u-hidden-visually": true,
	"hidden-visually": true, "is-visually-hidden": true, "vh": true,
}

// removeUnrendered removes comments and elements no reader sees.
func removeUnrendered(doc *html.Node) {
	var dead []*html.Node
	walk(doc, func(n *html.Node) {
		switch {
		case n.Type == html.CommentNode:
			dead = append(dead, n)
		case n.Type != html.ElementNode:
		case unrendered[n.Data], n.Data == "dialog" && !hasAttr(n, "open"):
			dead = append(dead, n)
		case (n.Data == "title" || n.Data == "desc") && n.Parent != nil && n.Parent.Data == "svg":
			dead = append(dead, n)
		}
	})
	for _, n := range dead {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// hiddenSelectors are the classes (".name") and ids ("#name") that the
// page's <style> rules hide.
type hiddenSelectors map[string]bool

// styleSheetHidden reads the page's <style> elements for rules whose
// selectors are single classes or ids and whose declarations hide.
func styleSheetHidden(doc *html.Node) hiddenSelectors {
	var out hiddenSelectors
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "style" && n.FirstChild != nil {
			out = addHidingRules(out, n.FirstChild.Data)
		}
	})
	return out
}

// addHidingRules adds to out the single-class and single-id selectors of
// the rules of css whose declarations hide, and returns it (made when
// needed). At-rules are skipped.
func addHidingRules(out hiddenSelectors, css string) hiddenSelectors {
	for {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			return out
		}
		end := strings.IndexByte(css[open:], '}')
		if end < 0 {
			return out
		}
		selectors, body := css[:open], css[open+1:open+end]
		css = css[open+end+1:]
		if strings.Contains(selectors, "@") || !hidingDeclarations(body) {
			continue
		}
		for _, sel := range strings.Split(selectors, ",") {
			sel = strings.TrimSpace(sel)
			if len(sel) > 1 && (sel[0] == '.' || sel[0] == '#') && !strings.ContainsAny(sel[1:], " .#:[>+~*") {
				if out == nil {
					out = hiddenSelectors{}
				}
				out[sel] = true
			}
		}
	}
}

// hiddenByClass reports an element hidden by a kit's class or by the
// page's rules.
func hiddenByClass(n *html.Node, sheet hiddenSelectors) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if srOnlyClasses[strings.ToLower(c)] || sheet["."+c] {
			return true
		}
	}
	if id := attr(n, "id"); id != "" && sheet["#"+id] {
		return true
	}
	return hidingDeclarations(attr(n, "style"))
}

// hidingDeclarations reports CSS declarations that hide an element's text
// in ways hidden.go's pattern does not read (and the common ones too, for
// style sheets).
func hidingDeclarations(style string) bool {
	if style == "" {
		return false
	}
	d := map[string]string{}
	for _, decl := range strings.Split(style, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		v = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important")))
		d[strings.ToLower(strings.TrimSpace(k))] = v
	}
	overflowHidden := d["overflow"] == "hidden" || d["overflow-y"] == "hidden"
	switch {
	case d["display"] == "none", d["visibility"] == "hidden", d["visibility"] == "collapse", d["content-visibility"] == "hidden":
		return true
	case zeroLength(d["font-size"]), d["opacity"] != "" && zeroNumber(d["opacity"]):
		return true
	case strings.Contains(d["transform"], "scale(0") && !strings.Contains(d["transform"], "scale(0."),
		strings.Contains(d["transform"], "scalex(0)"), strings.Contains(d["transform"], "scaley(0)"):
		return true
	case strings.HasPrefix(d["clip-path"], "inset(") && insetHides(d["clip-path"]),
		strings.HasPrefix(d["clip-path"], "circle(0"), strings.HasPrefix(d["clip"], "rect(0"):
		return true
	case d["color"] == "transparent", transparentColor(d["color"]):
		return true
	case d["color"] != "" && (d["color"] == d["background-color"] || d["color"] == d["background"]):
		return true
	case overflowHidden && (zeroLength(d["height"]) || zeroLength(d["max-height"]) || zeroLength(d["width"]) || zeroLength(d["max-width"]) || zeroLength(d["line-height"])):
		return true
	case farNegative(d["text-indent"]), farNegative(d["left"]), farNegative(d["top"]), farNegative(d["margin-left"]), farNegative(d["right"]):
		return true
	}
	return false
}

// zeroLength: "0", "0px", "0.0em", "1px" (a one-pixel font or box holds no
// readable text).
func zeroLength(v string) bool {
	if v == "" {
		return false
	}
	num := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz%")
	f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	return err == nil && f <= 1 && f >= 0 && (f == 0 || strings.HasSuffix(v, "px"))
}

func zeroNumber(v string) bool {
	f, err := strconv.ParseFloat(strings.TrimSuffix(v, "%"), 64)
	return err == nil && f == 0
}

// farNegative: an offset of at least -999 pixels (or -99em) puts text off
// the screen.
func farNegative(v string) bool {
	if !strings.HasPrefix(v, "-") {
		return false
	}
	num := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz%")
	f, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return false
	}
	if strings.HasSuffix(v, "em") || strings.HasSuffix(v, "rem") || strings.HasSuffix(v, "vw") || strings.HasSuffix(v, "%") {
		return f <= -99
	}
	return f <= -999
}

// insetHides: clip-path: inset(50%) or more clips the whole box.
func insetHides(v string) bool {
	inner := strings.TrimSuffix(strings.TrimPrefix(v, "inset("), ")")
	f := strings.Fields(inner)
	if len(f) == 0 || !strings.HasSuffix(f[0], "%") {
		return false
	}
	p, err := strconv.ParseFloat(strings.TrimSuffix(f[0], "%"), 64)
	return err == nil && p >= 50
}

// transparentColor: rgba(..., 0) or hsla(..., 0), or an 8-digit hex colour
// with zero alpha.
func transparentColor(v string) bool {
	if strings.HasPrefix(v, "rgba(") || strings.HasPrefix(v, "hsla(") {
		inner := strings.TrimSuffix(v[5:], ")")
		parts := strings.Split(inner, ",")
		return len(parts) == 4 && zeroNumber(strings.TrimSpace(parts[3]))
	}
	return len(v) == 9 && v[0] == '#' && v[7:] == "00"
}
