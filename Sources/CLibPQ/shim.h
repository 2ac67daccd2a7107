#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
/* libpq is opened with dlopen on the first connection to a server, not linked: linking it makes
 * every start of the tool load and relocate libpq and its twenty libraries (OpenSSL, Kerberos,
 * LDAP, GnuTLS...), 4 ms of CPU before a command on a SQLite file can run (see
 * benchmarks/RESULTS.md). The header still comes from libpq-dev; each cpq_PQ* below calls the
 * libpq function of the same name. Call cpq_libpq_available() before any other. */
#include <dlfcn.h>
#include <postgresql/libpq-fe.h>

/// The soname of the libpq every supported release ships (libpq5 on Debian).
#define CPQ_LIBRARY "libpq.so.5"

/// The libpq handle, opened on first use; NULL when libpq cannot be loaded.
static inline void *cpq_library(void) {
    static void *library;
    void *loaded = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
    if (!loaded) {
        loaded = dlopen(CPQ_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        __atomic_store_n(&library, loaded, __ATOMIC_RELEASE);
    }
    return loaded;
}

/// Whether libpq could be loaded (dlopen) and has every function used here.
static inline int cpq_libpq_available(void);

/// A cpq_NAME calling libpq's NAME, looked up once with dlsym.
#define CPQ_FORWARD(ret, name, params, args)                                                   \
    static inline void *cpq_symbol_##name(void) {                                             \
        static void *symbol;                                                                   \
        void *found = __atomic_load_n(&symbol, __ATOMIC_ACQUIRE);                              \
        if (!found && cpq_library()) {                                                         \
            found = dlsym(cpq_library(), #name);                                               \
            __atomic_store_n(&symbol, found, __ATOMIC_RELEASE);                                \
        }                                                                                      \
        return found;                                                                          \
    }                                                                                          \
    static inline ret cpq_##name params { return ((ret(*) params)cpq_symbol_##name()) args; }

CPQ_FORWARD(PGconn *, PQconnectdb, (const char *conninfo), (conninfo))
CPQ_FORWARD(ConnStatusType, PQstatus, (const PGconn *conn), (conn))
CPQ_FORWARD(char *, PQerrorMessage, (const PGconn *conn), (conn))
CPQ_FORWARD(int, PQconnectionNeedsPassword, (const PGconn *conn), (conn))
CPQ_FORWARD(void, PQfinish, (PGconn *conn), (conn))
CPQ_FORWARD(int, PQsetClientEncoding, (PGconn *conn, const char *encoding), (conn, encoding))
CPQ_FORWARD(PGresult *, PQprepare,
    (PGconn *conn, const char *name, const char *query, int count, const Oid *types),
    (conn, name, query, count, types))
CPQ_FORWARD(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
CPQ_FORWARD(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))
CPQ_FORWARD(PGresult *, PQexecPrepared,
    (PGconn *conn, const char *name, int count, const char *const *values, const int *lengths,
        const int *formats, int resultFormat),
    (conn, name, count, values, lengths, formats, resultFormat))
CPQ_FORWARD(ExecStatusType, PQresultStatus, (const PGresult *res), (res))
CPQ_FORWARD(void, PQclear, (PGresult *res), (res))
CPQ_FORWARD(int, PQntuples, (const PGresult *res), (res))
CPQ_FORWARD(int, PQnfields, (const PGresult *res), (res))
CPQ_FORWARD(Oid, PQftype, (const PGresult *res, int column), (res, column))
CPQ_FORWARD(char *, PQcmdTuples, (PGresult *res), (res))
CPQ_FORWARD(int, PQgetisnull, (const PGresult *res, int row, int column), (res, row, column))
CPQ_FORWARD(char *, PQgetvalue, (const PGresult *res, int row, int column), (res, row, column))
CPQ_FORWARD(int, PQgetlength, (const PGresult *res, int row, int column), (res, row, column))
CPQ_FORWARD(char *, PQresultErrorField, (const PGresult *res, int field), (res, field))
CPQ_FORWARD(int, PQputCopyData, (PGconn *conn, const char *buffer, int count),
    (conn, buffer, count))
CPQ_FORWARD(int, PQputCopyEnd, (PGconn *conn, const char *error), (conn, error))
CPQ_FORWARD(PGresult *, PQgetResult, (PGconn *conn), (conn))
CPQ_FORWARD(PQnoticeProcessor, PQsetNoticeProcessor,
    (PGconn *conn, PQnoticeProcessor processor, void *arg), (conn, processor, arg))

static inline int cpq_libpq_available(void) {
    return cpq_library() && cpq_symbol_PQconnectdb() && cpq_symbol_PQstatus()
        && cpq_symbol_PQerrorMessage() && cpq_symbol_PQconnectionNeedsPassword()
        && cpq_symbol_PQfinish() && cpq_symbol_PQsetClientEncoding() && cpq_symbol_PQprepare()
        && cpq_symbol_PQtransactionStatus() && cpq_symbol_PQexec() && cpq_symbol_PQexecPrepared()
        && cpq_symbol_PQresultStatus() && cpq_symbol_PQclear() && cpq_symbol_PQntuples()
        && cpq_symbol_PQnfields() && cpq_symbol_PQftype() && cpq_symbol_PQcmdTuples()
        && cpq_symbol_PQgetisnull() && cpq_symbol_PQgetvalue() && cpq_symbol_PQgetlength()
        && cpq_symbol_PQresultErrorField() && cpq_symbol_PQsetNoticeProcessor()
        && cpq_symbol_PQputCopyData() && cpq_symbol_PQputCopyEnd() && cpq_symbol_PQgetResult();
}

/// PG_DIAG_SQLSTATE is a character macro; this gives it as the int PQresultErrorField takes.
static inline int cpq_diag_sqlstate(void) { return PG_DIAG_SQLSTATE; }

/// PG_DIAG_MESSAGE_PRIMARY: the one-line message, without DETAIL (which can quote row values).
static inline int cpq_diag_message_primary(void) { return PG_DIAG_MESSAGE_PRIMARY; }

static void cpq_ignore_notice(void *arg, const char *message) {
    (void)arg;
    (void)message;
}

/// libpq prints the server's NOTICEs on standard error by default; the tool speaks for itself.
static inline void cpq_silence_notices(PGconn *conn) {
    cpq_PQsetNoticeProcessor(conn, cpq_ignore_notice, (void *)0);
}
#endif
