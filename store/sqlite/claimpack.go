package sqlite

import (
	"encoding/binary"
	"errors"

	"github.com/newsbot/newsbot"
	"github.com/newsbot/newsbot/store/internal/rowcodec"
)

// An article's claims are stored in one blob (article_claims.packed,
// migration 0016), in the order they were added: a version byte; the
// article's distinct strings (speakers, roles, cues, kinds, dates...), the
// uvarint count then each as uvarint length and bytes, with the empty
// string as number 0 and not written; the uvarint claim count; then per
// claim the zigzag varints of its sentence seq minus the previous claim's,
// of its content start minus the previous claim's content end and of its
// content length, the zigzag varint of its unit, and the uvarint string
// numbers of speaker, role, via, cue, cue kind, when, kind, relays (one per
// line, as rowcodec.JoinRelays) and date. A speaker named in ten claims is
// stored once, and a claim takes about fifteen bytes besides the strings
// (about 40 with them on real news text, against about 96 as a row).
const claimPackVersion = 1

var errBadClaimPack = errors.New("store: malformed packed claims")

// claimIDShift places a claim's position in its article's blob below its
// article id in Claim.ID: ids stay unique in the store without a row per
// claim.
const claimIDShift = 20

// claimPacker encodes claims, reusing its buffers from one article to the
// next. It is not safe for concurrent use.
type claimPacker struct {
	strs  []string
	index map[string]uint64
	body  []byte
	out   []byte
}

// pack returns the blob of claims; it is valid until the next call.
func (p *claimPacker) pack(claims []newsbot.Claim) []byte {
	if p.index == nil {
		p.index = map[string]uint64{}
	}
	clear(p.index)
	p.strs, p.body = p.strs[:0], p.body[:0]
	p.body = binary.AppendUvarint(p.body, uint64(len(claims)))
	prevSeq, prevEnd := 0, 0
	for i := range claims {
		c := &claims[i]
		p.body = binary.AppendVarint(p.body, int64(c.SentenceSeq-prevSeq))
		p.body = binary.AppendVarint(p.body, int64(c.ContentStart-prevEnd))
		p.body = binary.AppendVarint(p.body, int64(c.ContentEnd-c.ContentStart))
		p.body = binary.AppendVarint(p.body, int64(c.Unit))
		for _, s := range [...]string{c.Speaker, c.Role, c.Via, c.Cue, string(c.CueKind), c.When, string(c.Kind),
			rowcodec.JoinRelays(*c), c.Date} {
			p.body = binary.AppendUvarint(p.body, p.str(s))
		}
		prevSeq, prevEnd = c.SentenceSeq, c.ContentEnd
	}
	p.out = append(p.out[:0], claimPackVersion)
	p.out = binary.AppendUvarint(p.out, uint64(len(p.strs)))
	for _, s := range p.strs {
		p.out = binary.AppendUvarint(p.out, uint64(len(s)))
		p.out = append(p.out, s...)
	}
	return append(p.out, p.body...)
}

// str returns the number of s in the article's string table, adding it.
func (p *claimPacker) str(s string) uint64 {
	if s == "" {
		return 0
	}
	if n, ok := p.index[s]; ok {
		return n
	}
	p.strs = append(p.strs, s)
	n := uint64(len(p.strs))
	p.index[s] = n
	return n
}

// claimReader reads a packed blob.
type claimReader struct {
	b   []byte
	bad bool
}

func (r *claimReader) varint() int {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *claimReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

// unpackClaims decodes what claimPacker.pack wrote for article id: the
// claims with ArticleID, ID (see claimIDShift), LastSeq and Relays set;
// Sentence and Content are left empty.
func unpackClaims(id int64, b []byte) ([]newsbot.Claim, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if b[0] != claimPackVersion {
		return nil, errBadClaimPack
	}
	r := &claimReader{b: b[1:]}
	strs, err := r.strings()
	if err != nil {
		return nil, err
	}
	n := r.uvarint()
	if r.bad || n > uint64(len(r.b)) {
		return nil, errBadClaimPack
	}
	out := make([]newsbot.Claim, 0, n)
	prevSeq, prevEnd := 0, 0
	for i := uint64(0); i < n; i++ {
		c := newsbot.Claim{ID: id<<claimIDShift | int64(i), ArticleID: id}
		c.SentenceSeq = prevSeq + r.varint()
		c.ContentStart = prevEnd + r.varint()
		c.ContentEnd = c.ContentStart + r.varint()
		c.Unit = r.varint()
		var f [9]string
		for j := range f {
			k := r.uvarint()
			if k > uint64(len(strs)) {
				return nil, errBadClaimPack
			}
			f[j] = strs[k]
		}
		if r.bad {
			return nil, errBadClaimPack
		}
		c.Speaker, c.Role, c.Via, c.Cue, c.CueKind, c.When, c.Kind, c.Date =
			f[0], f[1], f[2], f[3], newsbot.CueKind(f[4]), f[5], newsbot.ClaimKind(f[6]), f[8]
		c.LastSeq, c.Relays = c.SentenceSeq, rowcodec.SplitRelays(f[7], c.Via)
		out = append(out, c)
		prevSeq, prevEnd = c.SentenceSeq, c.ContentEnd
	}
	if len(r.b) != 0 {
		return nil, errBadClaimPack
	}
	return out, nil
}

// strings reads the string table, with "" as number 0.
func (r *claimReader) strings() ([]string, error) {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.b)) {
		return nil, errBadClaimPack
	}
	strs := make([]string, 1, n+1)
	for i := uint64(0); i < n; i++ {
		l := r.uvarint()
		if r.bad || l > uint64(len(r.b)) {
			return nil, errBadClaimPack
		}
		strs = append(strs, string(r.b[:l]))
		r.b = r.b[l:]
	}
	return strs, nil
}
