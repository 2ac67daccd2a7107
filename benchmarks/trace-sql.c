/* benchmarks/trace-sql.c: an LD_PRELOAD shim for `benchmarks/trace-sql` that writes every
 * statement a process starts through libsqlite3, its parameters bound (sqlite3_expanded_sql), to
 * the file named by TRACE_SQL_FILE (standard error without it). It wraps sqlite3_step, so a
 * statement is written once per execution, when it starts. Built with gcc by the script. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
int sqlite3_step(sqlite3_stmt *statement) {
    static int (*real)(sqlite3_stmt *);
    static FILE *out;
    if (!real) real = (int (*)(sqlite3_stmt *))dlsym(RTLD_NEXT, "sqlite3_step");
    if (!out) { const char *f = getenv("TRACE_SQL_FILE"); out = f ? fopen(f, "a") : stderr; }
    if (!sqlite3_stmt_busy(statement)) {
        char *sql = sqlite3_expanded_sql(statement);
        fprintf(out, "%s;\n", sql ? sql : "?");
        fflush(out);
        sqlite3_free(sql);
    }
    return real(statement);
}
