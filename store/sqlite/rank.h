// Declarations of the parts of SQLite's C interface (sqlite3.h, FTS5's
// fts5.h) that rank.c uses. The SQLite library itself is the one
// mattn/go-sqlite3 compiles into the program; its functions are declared
// weak here so that this package's C code links on its own (cgo links each
// package's C objects alone once), and are resolved in the program.
#ifndef NEWSBOT_RANK_H
#define NEWSBOT_RANK_H

#include <stdint.h>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
typedef struct sqlite3_context sqlite3_context;
typedef struct sqlite3_value sqlite3_value;
typedef int64_t nb_i64;

#define NB_SQLITE_OK 0
#define NB_SQLITE_ROW 100

extern int sqlite3_prepare_v2(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) __attribute__((weak));
extern int sqlite3_bind_pointer(sqlite3_stmt *, int, void *, const char *, void (*)(void *)) __attribute__((weak));
extern int sqlite3_step(sqlite3_stmt *) __attribute__((weak));
extern int sqlite3_finalize(sqlite3_stmt *) __attribute__((weak));
extern void sqlite3_result_double(sqlite3_context *, double) __attribute__((weak));
extern void sqlite3_result_error(sqlite3_context *, const char *, int) __attribute__((weak));
extern void sqlite3_result_error_code(sqlite3_context *, int) __attribute__((weak));
extern int sqlite3_value_int(sqlite3_value *) __attribute__((weak));
extern nb_i64 sqlite3_value_int64(sqlite3_value *) __attribute__((weak));
extern double sqlite3_value_double(sqlite3_value *) __attribute__((weak));
extern const void *sqlite3_value_blob(sqlite3_value *) __attribute__((weak));
extern int sqlite3_value_bytes(sqlite3_value *) __attribute__((weak));
extern void sqlite3_result_int(sqlite3_context *, int) __attribute__((weak));
extern int sqlite3_create_function(sqlite3 *, const char *, int, int, void *,
	void (*)(sqlite3_context *, int, sqlite3_value **), void (*)(sqlite3_context *, int, sqlite3_value **),
	void (*)(sqlite3_context *)) __attribute__((weak));

// FTS5's extension interface (fts5.h), as far as rank.c reads it: the
// order of the members is the interface's, version 2 and later.
typedef struct Fts5Context Fts5Context;
typedef struct Fts5PhraseIter {
	const unsigned char *a;
	const unsigned char *b;
} Fts5PhraseIter;
typedef struct Fts5ExtensionApi Fts5ExtensionApi;
struct Fts5ExtensionApi {
	int iVersion;
	void *(*xUserData)(Fts5Context *);
	int (*xColumnCount)(Fts5Context *);
	int (*xRowCount)(Fts5Context *, nb_i64 *);
	int (*xColumnTotalSize)(Fts5Context *, int, nb_i64 *);
	int (*xTokenize)(Fts5Context *, const char *, int, void *, int (*)(void *, int, const char *, int, int, int));
	int (*xPhraseCount)(Fts5Context *);
	int (*xPhraseSize)(Fts5Context *, int);
	int (*xInstCount)(Fts5Context *, int *);
	int (*xInst)(Fts5Context *, int, int *, int *, int *);
	nb_i64 (*xRowid)(Fts5Context *);
	int (*xColumnText)(Fts5Context *, int, const char **, int *);
	int (*xColumnSize)(Fts5Context *, int, int *);
	int (*xQueryPhrase)(Fts5Context *, int, void *, int (*)(const Fts5ExtensionApi *, Fts5Context *, void *));
	int (*xSetAuxdata)(Fts5Context *, void *, void (*)(void *));
	void *(*xGetAuxdata)(Fts5Context *, int);
	int (*xPhraseFirst)(Fts5Context *, int, Fts5PhraseIter *, int *, int *);
	void (*xPhraseNext)(Fts5Context *, Fts5PhraseIter *, int *, int *);
	int (*xPhraseFirstColumn)(Fts5Context *, int, Fts5PhraseIter *, int *);
	void (*xPhraseNextColumn)(Fts5Context *, Fts5PhraseIter *, int *);
};
typedef void (*fts5_extension_function)(const Fts5ExtensionApi *, Fts5Context *, sqlite3_context *, int, sqlite3_value **);
typedef struct fts5_api fts5_api;
struct fts5_api {
	int iVersion;
	void *xCreateTokenizer;
	void *xFindTokenizer;
	int (*xCreateFunction)(fts5_api *, const char *, void *, fts5_extension_function, void (*)(void *));
};

int newsbot_register_rank(sqlite3 *db);

#endif
