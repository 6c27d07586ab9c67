package sqlite

// The index's own statistics, as FTS5 keeps them.

// fts5Varints decodes the SQLite varints of an FTS5 record (the averages
// record, a docsize row).
func fts5Varints(b []byte) []int64 {
	var out []int64
	for len(b) > 0 {
		var v uint64
		i := 0
		for ; i < 8 && i < len(b); i++ {
			v = v<<7 | uint64(b[i]&0x7f)
			if b[i]&0x80 == 0 {
				break
			}
		}
		if i == 8 && i < len(b) { // a ninth byte gives all 8 bits
			v = v<<8 | uint64(b[i])
		}
		out = append(out, int64(v))
		if i >= len(b) {
			break
		}
		b = b[i+1:]
	}
	return out
}

// sum returns the total of xs.
func sum(xs []int64) int64 {
	var t int64
	for _, x := range xs {
		t += x
	}
	return t
}
