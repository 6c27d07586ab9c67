package ingest

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a click,
// not a page.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gclsrc": true, "msclkid": true,
	"yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true,
	"_gl": true, "ref_src": true, "ref_url": true, "cmpid": true, "ocid": true,
	"smid": true, "cid": true, "icid": true, "ito": true, "at_medium": true,
	"at_campaign": true, "taid": true, "mkt_tok": true, "twclid": true, "wt.mc_id": true,
	"s_cid": true, "spm": true, "share": true, "via": true, "rss": true, "ncid": true,
}

// CanonicalURL returns raw normalised for deduplication: scheme and host
// lower-cased, default port, fragment and tracking parameters (utm_*,
// fbclid, gclid and the like) dropped, the remaining parameters sorted. It
// returns raw unchanged when it does not parse as an http(s) URL.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if port := u.Port(); (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode() // sorted by key
	if u.Path == "" {
		u.Path = "/"
	}
	return u.String()
}
