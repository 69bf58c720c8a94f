#ifndef KASIR_CKASIRSQLITE_H
#define KASIR_CKASIRSQLITE_H

/// Turns off SQLite's memory statistics for the process. SQLITE_OK, or SQLITE_MISUSE when
/// SQLite has already started (then nothing changes). A C function because Swift cannot call
/// `sqlite3_config`: it takes variadic arguments.
int kasir_sqlite_memory_statistics_off(void);

#endif
