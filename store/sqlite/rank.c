// newsbot_bm25: FTS5's bm25() with the row lengths kept in memory.
//
// FTS5's bm25() reads each matching row's length from the %_docsize table,
// a B-tree look-up through a prepared statement for every row it ranks:
// most of its cost per row (docs/search.md). newsbot_bm25 computes the same
// score, with the same formula, constants and order of operations, and
// keeps each row's length, once read, in a table of its own (a cache): the
// second and later searches that meet a row read its length from memory.
//
// newsbot_bm25(tbl, cache, w0, w1, ...) takes the number of a cache
// (newsbot_rank_cache_new) and the column weights as bm25() does. A cache
// belongs to one database; the store empties it when rows may have been
// deleted (a deleted row's number can be given to a new row). A search
// that began reading before such a delete and stores a length after the
// cache was emptied can leave the old length of a reused number until the
// next delete: a slightly different score for that row, never a wrong row.
// Rows of 65,535 tokens or more, or numbered 2^31 or more, are not kept.
//
// newsbot_rank_load(cache, id, sz) stores the length of row id from its
// %_docsize record sz (one varint a column, as FTS5 writes it) in a cache:
// the store fills a cache with every row of a span in one pass over
// %_docsize (rank.go), far cheaper than a look-up a row while ranking.
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "rank.h"

#define NB_PAGE_BITS 16
#define NB_PAGE (1 << NB_PAGE_BITS)
#define NB_PAGES 32768 // row ids below 2^31
#define NB_CACHES 4096

// A cache: pages of row lengths plus one (0: not read yet), allocated when
// first written; a page never moves, so readers take no lock.
typedef struct nb_cache {
	uint16_t *pages[NB_PAGES];
	nb_i64 misses; // lengths read while ranking (rows not kept yet)
} nb_cache;

static nb_cache *nb_caches[NB_CACHES];
static pthread_mutex_t nb_mu = PTHREAD_MUTEX_INITIALIZER;

int newsbot_rank_cache_new(void) {
	pthread_mutex_lock(&nb_mu);
	int id = -1;
	for (int i = 1; i < NB_CACHES; i++) {
		if (!nb_caches[i]) {
			nb_cache *c = calloc(1, sizeof(nb_cache));
			if (c) {
				__atomic_store_n(&nb_caches[i], c, __ATOMIC_RELEASE);
				id = i;
			}
			break;
		}
	}
	pthread_mutex_unlock(&nb_mu);
	return id;
}

// newsbot_rank_cache_reset forgets every length of a cache.
void newsbot_rank_cache_reset(int id) {
	if (id <= 0 || id >= NB_CACHES) return;
	pthread_mutex_lock(&nb_mu);
	nb_cache *c = nb_caches[id];
	if (c) {
		for (int i = 0; i < NB_PAGES; i++) {
			uint16_t *p = c->pages[i];
			if (p) memset(p, 0, NB_PAGE * sizeof(uint16_t));
		}
		__atomic_store_n(&c->misses, 0, __ATOMIC_RELAXED);
	}
	pthread_mutex_unlock(&nb_mu);
}

// newsbot_rank_cache_misses returns how many lengths newsbot_bm25 has read
// from %_docsize since the last call (rows it found no length kept for).
nb_i64 newsbot_rank_cache_misses(int id) {
	if (id <= 0 || id >= NB_CACHES) return 0;
	nb_cache *c = __atomic_load_n(&nb_caches[id], __ATOMIC_ACQUIRE);
	return c ? __atomic_exchange_n(&c->misses, 0, __ATOMIC_RELAXED) : 0;
}

// newsbot_rank_cache_free releases a cache; no search may use it any more.
void newsbot_rank_cache_free(int id) {
	if (id <= 0 || id >= NB_CACHES) return;
	pthread_mutex_lock(&nb_mu);
	nb_cache *c = nb_caches[id];
	nb_caches[id] = 0;
	pthread_mutex_unlock(&nb_mu);
	if (!c) return;
	for (int i = 0; i < NB_PAGES; i++) free(c->pages[i]);
	free(c);
}

static int nb_get(nb_cache *c, nb_i64 row) {
	if (!c || row < 0 || row >= (nb_i64)NB_PAGES * NB_PAGE) return -1;
	uint16_t *p = __atomic_load_n(&c->pages[row >> NB_PAGE_BITS], __ATOMIC_ACQUIRE);
	if (!p) return -1;
	uint16_t v = __atomic_load_n(&p[row & (NB_PAGE - 1)], __ATOMIC_RELAXED);
	return v ? (int)v - 1 : -1;
}

static void nb_put(nb_cache *c, nb_i64 row, int len) {
	if (!c || row < 0 || row >= (nb_i64)NB_PAGES * NB_PAGE || len < 0 || len >= 65535) return;
	uint16_t **slot = &c->pages[row >> NB_PAGE_BITS];
	uint16_t *p = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
	if (!p) {
		pthread_mutex_lock(&nb_mu);
		p = *slot;
		if (!p) {
			p = calloc(NB_PAGE, sizeof(uint16_t));
			if (p) __atomic_store_n(slot, p, __ATOMIC_RELEASE);
		}
		pthread_mutex_unlock(&nb_mu);
		if (!p) return;
	}
	__atomic_store_n(&p[row & (NB_PAGE - 1)], (uint16_t)(len + 1), __ATOMIC_RELAXED);
}

// What a query's first row computes, kept for its other rows (as bm25()).
typedef struct nb_data {
	int nPhrase;
	double avgdl;
	double *idf;  // nPhrase
	double *freq; // nPhrase, per row
} nb_data;

static int nb_count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx) {
	(*(nb_i64 *)ctx)++;
	return NB_SQLITE_OK;
}

static nb_data *nb_load(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv, int *rc) {
	nb_data *d = api->xGetAuxdata(fts, 0);
	if (d) return d;
	int n = api->xPhraseCount(fts);
	d = calloc(1, sizeof(nb_data) + 2 * n * sizeof(double));
	if (!d) {
		*rc = 7; // SQLITE_NOMEM
		return 0;
	}
	d->nPhrase = n;
	d->idf = (double *)&d[1];
	d->freq = &d->idf[n];
	nb_i64 nRow = 0, nToken = 0;
	*rc = api->xRowCount(fts, &nRow);
	if (*rc == NB_SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &nToken);
	if (*rc == NB_SQLITE_OK) d->avgdl = (double)nToken / (double)nRow;
	int nCol = api->xColumnCount(fts);
	for (int i = 0; *rc == NB_SQLITE_OK && i < n; i++) {
		if (1 + nCol + i < argc) { // an IDF given
			double idf = sqlite3_value_double(argv[1 + nCol + i]);
			if (idf >= 0.0) {
				d->idf[i] = idf;
				continue;
			}
		}
		nb_i64 nHit = 0;
		*rc = api->xQueryPhrase(fts, i, (void *)&nHit, nb_count_row);
		if (*rc == NB_SQLITE_OK) {
			double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
			if (idf <= 0.0) idf = 1e-6;
			d->idf[i] = idf;
		}
	}
	if (*rc != NB_SQLITE_OK) {
		free(d);
		return 0;
	}
	*rc = api->xSetAuxdata(fts, d, free);
	if (*rc != NB_SQLITE_OK) return 0;
	return d;
}

static void nb_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
	const double k1 = 1.2, b = 0.75;
	int rc = NB_SQLITE_OK;
	nb_data *d = nb_load(api, fts, argc, argv, &rc);
	if (!d) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	nb_cache *c = 0;
	if (argc > 0) {
		int id = sqlite3_value_int(argv[0]);
		if (id > 0 && id < NB_CACHES) c = __atomic_load_n(&nb_caches[id], __ATOMIC_ACQUIRE);
	}
	memset(d->freq, 0, d->nPhrase * sizeof(double));
	int nCol = api->xColumnCount(fts);
	for (int i = 0; i < d->nPhrase; i++) {
		if (d->idf[i] == 0.0) continue; // a phrase not scored
		Fts5PhraseIter it;
		int col = 0, off = 0;
		rc = api->xPhraseFirst(fts, i, &it, &col, &off);
		if (rc != NB_SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
		for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
			double w = (col + 1 < argc && col < nCol) ? sqlite3_value_double(argv[col + 1]) : 1.0;
			d->freq[i] += w;
		}
	}
	nb_i64 row = api->xRowid(fts);
	int nTok = nb_get(c, row);
	if (nTok < 0) {
		rc = api->xColumnSize(fts, -1, &nTok);
		if (rc != NB_SQLITE_OK) {
			sqlite3_result_error_code(ctx, rc);
			return;
		}
		nb_put(c, row, nTok);
		if (c) __atomic_fetch_add(&c->misses, 1, __ATOMIC_RELAXED);
	}
	double D = (double)nTok, score = 0.0;
	for (int i = 0; i < d->nPhrase; i++) {
		if (d->idf[i] == 0.0) continue;
		score += d->idf[i] * ((d->freq[i] * (k1 + 1.0)) / (d->freq[i] + k1 * (1 - b + b * D / d->avgdl)));
	}
	sqlite3_result_double(ctx, -1.0 * score);
}

// nb_load_row is newsbot_rank_load: it returns 1 when it kept the length.
static void nb_load_row(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
	int id = sqlite3_value_int(argv[0]);
	nb_cache *c = (id > 0 && id < NB_CACHES) ? __atomic_load_n(&nb_caches[id], __ATOMIC_ACQUIRE) : 0;
	nb_i64 row = sqlite3_value_int64(argv[1]);
	const unsigned char *b = sqlite3_value_blob(argv[2]);
	int n = sqlite3_value_bytes(argv[2]);
	nb_i64 total = 0;
	// FTS5's varints (SQLite's: 7 bits a byte, high bit set on all but the
	// last; a ninth byte gives all 8 bits), one a column.
	for (int i = 0; b && i < n;) {
		uint64_t v = 0;
		int j = 0;
		for (; j < 8 && i + j < n; j++) {
			v = (v << 7) | (b[i + j] & 0x7f);
			if (!(b[i + j] & 0x80)) break;
		}
		if (j == 8 && i + j < n) v = (v << 8) | b[i + j];
		total += (nb_i64)v;
		i += j + 1;
	}
	int kept = c && total >= 0 && total < 65535 && row >= 0 && row < (nb_i64)NB_PAGES * NB_PAGE;
	if (kept) nb_put(c, row, (int)total);
	sqlite3_result_int(ctx, kept);
}

int newsbot_register_rank(sqlite3 *db) {
	if (!sqlite3_prepare_v2 || !sqlite3_bind_pointer || !sqlite3_step || !sqlite3_finalize || !sqlite3_result_double ||
	    !sqlite3_result_error_code || !sqlite3_value_int || !sqlite3_value_double || !sqlite3_value_int64 ||
	    !sqlite3_value_blob || !sqlite3_value_bytes || !sqlite3_result_int || !sqlite3_create_function)
		return -1;
	int rc0 = sqlite3_create_function(db, "newsbot_rank_load", 3, 1 /* SQLITE_UTF8 */, 0, nb_load_row, 0, 0);
	if (rc0 != NB_SQLITE_OK) return rc0;
	sqlite3_stmt *st = 0;
	fts5_api *api = 0;
	int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, 0);
	if (rc != NB_SQLITE_OK) return rc;
	sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", 0);
	sqlite3_step(st);
	rc = sqlite3_finalize(st);
	if (rc != NB_SQLITE_OK) return rc;
	if (!api || api->iVersion < 2) return -2;
	return api->xCreateFunction(api, "newsbot_bm25", 0, nb_bm25, 0);
}
