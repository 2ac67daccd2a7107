#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
#include <libpq-fe.h>

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
    PQsetNoticeProcessor(conn, cpq_ignore_notice, (void *)0);
}
#endif
