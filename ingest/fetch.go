package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/newsbot/newsbot"
)

// Fetcher defaults.
const (
	DefaultTimeout      = 20 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "newsbot/1.0 (+https://github.com/newsbot/newsbot; news article reader)"
)

// Fetcher downloads web pages and feeds safely: http(s) only, a timeout, a
// size cap, a redirect limit, and no connections to loopback, private,
// link-local, multicast or cloud-metadata addresses. The address check runs
// on the IP actually dialled, for the first request and every redirect, so a
// DNS answer that changes between check and use cannot get around it.
// The zero value is ready to use; a Fetcher is safe for concurrent use once
// its fields are no longer changed.
type Fetcher struct {
	// AllowPrivate permits private and loopback addresses (intranets,
	// tests), and AllowNets the private addresses in those networks. Set by
	// the operator with NEWSBOT_ALLOW_PRIVATE_URLS (ParseAllowPrivate).
	// Link-local and cloud metadata addresses stay refused either way.
	AllowPrivate bool
	AllowNets    []netip.Prefix
	// Invalid, when set, is a configuration error every Fetch returns.
	Invalid      error
	Timeout      time.Duration // whole request, default DefaultTimeout
	MaxBytes     int64         // body cap, default MaxSize
	MaxRedirects int           // default DefaultMaxRedirects
	UserAgent    string        // default DefaultUserAgent

	// allow, when set, lets tests treat chosen addresses as public.
	allow func(netip.AddrPort) bool
}

// Page is a fetched document.
type Page struct {
	URL          *url.URL // after redirects
	Status       int
	ContentType  string // media type without parameters, lower case
	Body         []byte // UTF-8 for text types
	ETag         string
	LastModified string
	NotModified  bool // 304: Body is empty
}

// Conditional holds validators from an earlier fetch.
type Conditional struct {
	ETag         string
	LastModified string
}

// StatusError is a non-success HTTP status from a fetched URL.
type StatusError struct {
	URL    string
	Status int
	Body   string // the first bytes of the response body
}

// Error implements error.
func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// blockedError is returned by the dialler for a refused address.
type blockedError struct {
	addr   netip.Addr
	why    string
	always bool // refused whatever the operator allows
}

func (e *blockedError) Error() string { return fmt.Sprintf("%s, a %s address", e.addr, e.why) }

// Fetch downloads rawURL. A 304 answer to the validators in cond gives a
// Page with NotModified set. Errors are *newsbot.Error values: EINVALID for
// a refused URL, address, size or content, ENOTFOUND for 404 and 410,
// EUNAVAIL for servers that fail or do not answer; HTTP status errors wrap a
// *StatusError.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, cond Conditional) (*Page, error) {
	if f.Invalid != nil {
		return nil, f.Invalid
	}
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%s is not a valid URL: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", firstNonEmpty(f.UserAgent, DefaultUserAgent))
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := f.client().Do(req)
	if err != nil {
		return nil, f.fetchError(rawURL, err)
	}
	defer resp.Body.Close()
	return f.readResponse(rawURL, resp)
}

func (f *Fetcher) readResponse(rawURL string, resp *http.Response) (*Page, error) {
	p := &Page{URL: resp.Request.URL, Status: resp.StatusCode,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if resp.StatusCode == http.StatusNotModified {
		p.NotModified = true
		return p, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, statusError(rawURL, resp)
	}
	limit := f.maxBytes()
	if resp.ContentLength > limit {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the page is larger than %s; newsbot takes single articles: save the article's text and add the file", sizeString(limit))
	}
	mediaType, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	p.ContentType = strings.ToLower(mediaType)
	if !acceptedType(p.ContentType) {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the link gives %s, not a web page; newsbot takes HTML or plain-text articles and RSS, Atom or JSON feeds", typeName(p.ContentType))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, f.fetchError(rawURL, err)
	}
	if int64(len(body)) > limit {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the page is larger than %s; newsbot takes single articles: save the article's text and add the file", sizeString(limit))
	}
	body, kind := toUTF8(body, p.ContentType, params["charset"])
	if kind != "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "the page %s", describe(kind))
	}
	p.Body = body
	return p, nil
}

// toUTF8 converts a text body to UTF-8 (decodeText) with its declared or
// sniffed charset, or returns the kind of binary file it is. Feeds are
// left to their parsers, which read the XML declaration themselves.
func toUTF8(body []byte, mediaType, cs string) ([]byte, string) {
	if mediaType != "application/xhtml+xml" && strings.Contains(mediaType, "xml") || strings.Contains(mediaType, "json") {
		if kind := magicKind(fromBOM(body)); kind != "" {
			return nil, kind
		}
		return body, ""
	}
	// Valid UTF-8 stays UTF-8 whatever the page declares: many pages
	// declare a charset they do not use. Only a legacy declaration (in the
	// header, else in a meta tag) is passed on; a page declaring UTF-8
	// that is not gets decodeText's judgement of stray bytes against a
	// legacy encoding.
	if cs == "" && mediaType != "text/plain" {
		cs = metaCharset(body)
	}
	enc, name := charset.Lookup(cs)
	if name == "utf-8" || strings.HasPrefix(name, "utf-16") {
		enc = nil
	}
	return decodeText(body, enc)
}

// metaCharsetRe finds a charset declared in an HTML page's head.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([\w:.-]+)`)

// metaCharset returns the charset declared by the page's meta tags in its
// first 2 KB, or "".
func metaCharset(body []byte) string {
	if m := metaCharsetRe.FindSubmatch(body[:min(len(body), 2048)]); m != nil {
		return string(m[1])
	}
	return ""
}

// acceptedType reports media types newsbot reads; an empty type is sniffed
// from the body later.
func acceptedType(t string) bool {
	switch {
	case t == "", t == "application/octet-stream", t == "binary/octet-stream":
		return true // mislabelled pages are common: the body is sniffed
	case strings.HasPrefix(t, "text/"):
		return t != "text/css" && t != "text/javascript" && t != "text/csv" && t != "text/calendar"
	case strings.HasSuffix(t, "+xml"), t == "application/xml", t == "application/json", t == "application/feed+json":
		return true
	}
	return false
}

func typeName(t string) string {
	switch {
	case t == "application/pdf":
		return "a PDF"
	case strings.HasPrefix(t, "image/"):
		return "an image (" + t + ")"
	case strings.HasPrefix(t, "video/"), strings.HasPrefix(t, "audio/"):
		return "a media file (" + t + ")"
	case strings.Contains(t, "zip"), strings.Contains(t, "compressed"):
		return "an archive (" + t + ")"
	}
	return t
}

func statusError(rawURL string, resp *http.Response) error {
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	se := &StatusError{URL: rawURL, Status: resp.StatusCode, Body: string(snippet)}
	code, what := newsbot.EUNAVAIL, "try again later, or save the page and add the file"
	switch resp.StatusCode {
	case http.StatusNotFound, http.StatusGone:
		code, what = newsbot.ENOTFOUND, "check the link"
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusPaymentRequired:
		what = "the site refuses automated readers or needs a login: save the page and add the file"
	}
	return &newsbot.Error{Code: code, Err: se,
		Message: fmt.Sprintf("the server answered %d %s; %s", resp.StatusCode, http.StatusText(resp.StatusCode), what)}
}

// fetchError turns a transport error into a user-facing error.
func (f *Fetcher) fetchError(rawURL string, err error) error {
	var be *blockedError
	var ne *newsbot.Error
	switch {
	case errors.As(err, &ne):
		return ne
	case errors.As(err, &be) && be.always:
		return &newsbot.Error{Code: newsbot.EINVALID, Err: err, Message: fmt.Sprintf(
			"refused: the link leads to %s; newsbot never fetches link-local or cloud metadata addresses", be)}
	case errors.As(err, &be):
		return &newsbot.Error{Code: newsbot.EINVALID, Err: err, Message: fmt.Sprintf(
			"refused: the link leads to %s; newsbot only fetches public web pages (an operator can allow private addresses with NEWSBOT_ALLOW_PRIVATE_URLS=1, or some networks with NEWSBOT_ALLOW_PRIVATE_URLS=10.0.0.0/8)", be)}
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return &newsbot.Error{Code: newsbot.EUNAVAIL, Err: err, Message: fmt.Sprintf(
			"the site did not answer within %s; try again later, or save the page and add the file", f.timeout())}
	case errors.Is(err, context.Canceled):
		return err
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return &newsbot.Error{Code: newsbot.EUNAVAIL, Err: err, Message: fmt.Sprintf("the host name %s could not be resolved; check the link", dnsErr.Name)}
	}
	return &newsbot.Error{Code: newsbot.EUNAVAIL, Err: err, Message: fmt.Sprintf("the site could not be fetched (%s); check the link or try again later", lastCause(err))}
}

// lastCause returns the innermost part of a transport error's text
// ("connection refused" from "dial tcp 127.0.0.1:1: connect: connection
// refused").
func lastCause(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// checkURL parses rawURL and refuses anything but http(s) URLs with a host.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%q is not a valid URL; give a link starting with https://", rawURL)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%q is not a web link: only http:// and https:// links can be added", rawURL)
	}
	if u.Hostname() == "" {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%q has no host name; give a full link such as https://example.com/story", rawURL)
	}
	if u.User != nil {
		return nil, newsbot.Errorf(newsbot.EINVALID, "%q carries a user name or password; give the public link", rawURL)
	}
	return u, nil
}

func (f *Fetcher) client() *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: f.control}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address being reached
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: f.timeout(),
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
		DisableKeepAlives:     true,
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.maxRedirects() {
				return newsbot.Errorf(newsbot.EINVALID, "the link redirects more than %d times; give the final link", f.maxRedirects())
			}
			if _, err := checkURL(req.URL.String()); err != nil {
				return newsbot.Errorf(newsbot.EINVALID, "the link redirects to %s, which is not an http(s) link; give the final link", req.URL.Redacted())
			}
			return nil
		},
	}
}

// control runs before every connection with the resolved address: it is
// where private destinations are refused.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &blockedError{why: "unparseable"}
	}
	if why := neverAllowed(ap.Addr()); why != "" {
		return &blockedError{addr: ap.Addr(), why: why, always: true}
	}
	if f.allow != nil && f.allow(ap) {
		return nil
	}
	if why := blockedReason(ap.Addr()); why != "" && !f.allowed(ap.Addr()) {
		return &blockedError{addr: ap.Addr(), why: why}
	}
	return nil
}

// blockedPrefixes are ranges that are not the public internet beyond what
// netip.Addr's predicates cover.
var blockedPrefixes = []struct {
	p   netip.Prefix
	why string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "non-routable"},
	{netip.MustParsePrefix("100.64.0.0/10"), "carrier-grade NAT (private)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved"},
	{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking (private)"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "local NAT64"},
	{netip.MustParsePrefix("2001:db8::/32"), "documentation"},
}

// blockedReason says why a is refused, or returns "" for a public address.
func blockedReason(a netip.Addr) string {
	a = a.Unmap()
	switch {
	case !a.IsValid():
		return "invalid"
	case a.IsLoopback():
		return "loopback"
	case a == netip.MustParseAddr("169.254.169.254") || a == netip.MustParseAddr("fd00:ec2::254") || a == netip.MustParseAddr("100.100.100.200"):
		return "cloud metadata"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast(), a.IsLinkLocalMulticast():
		return "link-local"
	case a.IsMulticast(), a.IsInterfaceLocalMulticast():
		return "multicast"
	case a.IsUnspecified():
		return "unspecified"
	}
	for _, b := range blockedPrefixes {
		if b.p.Contains(a) {
			return b.why
		}
	}
	if a.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(a) {
		// NAT64 embeds an IPv4 address in the last 32 bits.
		b := a.As16()
		return blockedReason(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	return ""
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return DefaultTimeout
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return MaxSize
}

func (f *Fetcher) maxRedirects() int {
	if f.MaxRedirects > 0 {
		return f.MaxRedirects
	}
	return DefaultMaxRedirects
}
