package sqlite

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/newsbot/newsbot"
)

// An article's sentences are stored in one blob (article_sentences.packed):
// a version byte, then per sentence the zigzag varints of seq minus the
// previous seq plus one and of start minus the previous end, the uvarint
// of end minus start, and a byte holding the kind's code shifted left
// three times, the sentence's KeptOut verdict in bits 1 and 2 and the
// planted flag in bit 0 (code 0: the kind's text follows, uvarint length
// first). Offsets run forward in an article, so most sentences take four
// bytes. Version 1, written before KeptOut was stored, shifted the code
// left once and had no verdict bits; it is still read.
const sentPackVersion = 2

var kindCodes = map[newsbot.SentenceKind]byte{
	newsbot.KindHeadline: 1, newsbot.KindStandfirst: 2, newsbot.KindCaption: 3, newsbot.KindBody: 4, newsbot.KindCredit: 5,
}

var codeKinds = func() map[byte]newsbot.SentenceKind {
	m := map[byte]newsbot.SentenceKind{}
	for k, c := range kindCodes {
		m[c] = k
	}
	return m
}()

// packSentences encodes sentences (their Text is not stored: it is the
// article's text between the offsets).
func packSentences(buf []byte, sents []newsbot.Sentence) []byte {
	buf = append(buf[:0], sentPackVersion)
	prevSeq, prevEnd := -1, 0
	for _, s := range sents {
		buf = binary.AppendVarint(buf, int64(s.Seq-prevSeq-1))
		buf = binary.AppendVarint(buf, int64(s.Start-prevEnd))
		buf = binary.AppendVarint(buf, int64(s.End-s.Start))
		code := kindCodes[s.Kind]
		flag := byte(s.KeptOut&3) << 1
		if s.Planted {
			flag |= 1
		}
		buf = append(buf, code<<3|flag)
		if code == 0 {
			buf = binary.AppendUvarint(buf, uint64(len(s.Kind)))
			buf = append(buf, s.Kind...)
		}
		prevSeq, prevEnd = s.Seq, s.End
	}
	return buf
}

var errBadPack = errors.New("store: malformed packed sentences")

// unpackSentences decodes what packSentences wrote; Text is left empty.
func unpackSentences(b []byte) ([]newsbot.Sentence, error) {
	if len(b) == 0 {
		return nil, nil
	}
	version := b[0]
	if version != 1 && version != sentPackVersion {
		return nil, errBadPack
	}
	shift := byte(3)
	if version == 1 {
		shift = 1
	}
	b = b[1:]
	out := make([]newsbot.Sentence, 0, len(b)/4)
	prevSeq, prevEnd := -1, 0
	next := func() (int64, bool) {
		v, n := binary.Varint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	for len(b) > 0 {
		dseq, ok1 := next()
		dstart, ok2 := next()
		length, ok3 := next()
		if !ok1 || !ok2 || !ok3 || len(b) == 0 {
			return nil, errBadPack
		}
		c := b[0]
		b = b[1:]
		s := newsbot.Sentence{Seq: prevSeq + 1 + int(dseq), Start: prevEnd + int(dstart), Planted: c&1 == 1}
		if version > 1 {
			s.KeptOut = newsbot.KeepOut(c>>1) & 3
		}
		s.End = s.Start + int(length)
		if code := c >> shift; code != 0 {
			k, ok := codeKinds[code]
			if !ok {
				return nil, errBadPack
			}
			s.Kind = k
		} else {
			n, m := binary.Uvarint(b)
			if m <= 0 || uint64(len(b)-m) < n {
				return nil, errBadPack
			}
			s.Kind = newsbot.SentenceKind(b[m : m+int(n)])
			b = b[m+int(n):]
		}
		out = append(out, s)
		prevSeq, prevEnd = s.Seq, s.End
	}
	return out, nil
}

// inSeqOrder returns the sentences ordered by Seq (a sorted copy when they
// are not in order), or an error when two share a Seq, as the table with
// a row per sentence refused them.
func inSeqOrder(sents []newsbot.Sentence) ([]newsbot.Sentence, error) {
	sorted := true
	for i := 1; i < len(sents); i++ {
		if sents[i].Seq <= sents[i-1].Seq {
			sorted = false
			break
		}
	}
	if !sorted {
		sents = slices.Clone(sents)
		slices.SortStableFunc(sents, func(a, b newsbot.Sentence) int { return a.Seq - b.Seq })
		for i := 1; i < len(sents); i++ {
			if sents[i].Seq == sents[i-1].Seq {
				return nil, fmt.Errorf("insert sentences: two sentences numbered %d", sents[i].Seq)
			}
		}
	}
	return sents, nil
}
