package ingest

import (
	"net/netip"
	"strings"

	"github.com/newsbot/newsbot"
)

// The operator's override (NEWSBOT_ALLOW_PRIVATE_URLS) opens private
// networks for intranet news sites and tests. It never opens link-local
// addresses, where clouds serve instance metadata and credentials
// (169.254.169.254, fd00:ec2::254, Alibaba's 100.100.100.200): a redirect
// from an allowed site must not reach them.

// metadataAddrs are cloud metadata services outside link-local ranges.
var metadataAddrs = []netip.Addr{
	netip.MustParseAddr("fd00:ec2::254"),
	netip.MustParseAddr("100.100.100.200"),
	netip.MustParseAddr("169.254.169.254"),
}

// neverAllowed says why a is refused whatever the override says
// (link-local or cloud metadata, in any IPv6 form), or returns "".
func neverAllowed(a netip.Addr) string {
	a = a.Unmap()
	if a.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(a) {
		b := a.As16()
		a = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	for _, m := range metadataAddrs {
		if a == m {
			return "cloud metadata"
		}
	}
	if a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() {
		return "link-local"
	}
	return ""
}

// ParseAllowPrivate reads the value of NEWSBOT_ALLOW_PRIVATE_URLS: "1",
// "true", "yes" or "on" allow every private address (all is true); a list
// of networks or addresses separated by commas or spaces
// ("10.0.0.0/8, 192.168.1.20") allows those; "" and "0", "false", "no",
// "off" allow none. Anything else is an EINVALID error naming the bad entry.
func ParseAllowPrivate(v string) (all bool, nets []netip.Prefix, err error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "true", "yes", "on":
		return true, nil, nil
	case "", "0", "false", "no", "off":
		return false, nil, nil
	}
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
		p, err := netip.ParsePrefix(f)
		if err != nil {
			a, aerr := netip.ParseAddr(f)
			if aerr != nil {
				return false, nil, newsbot.Errorf(newsbot.EINVALID, "NEWSBOT_ALLOW_PRIVATE_URLS: %q is not a network or address; write 1 to allow every private address, or networks like 10.0.0.0/8,192.168.1.20", f)
			}
			p = netip.PrefixFrom(a, a.BitLen())
		}
		nets = append(nets, p.Masked())
	}
	return false, nets, nil
}

// allowed reports whether the operator's override lets the fetcher reach
// a, an address blockedReason refuses.
func (f *Fetcher) allowed(a netip.Addr) bool {
	if neverAllowed(a) != "" {
		return false
	}
	if f.AllowPrivate {
		return true
	}
	for _, p := range f.AllowNets {
		if p.Contains(a.Unmap()) {
			return true
		}
	}
	return false
}
