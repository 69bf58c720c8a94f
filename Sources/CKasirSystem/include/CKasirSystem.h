#ifndef KASIR_CKASIRSYSTEM_H
#define KASIR_CKASIRSYSTEM_H
#include <sys/types.h>

/// Same layout as Linux `struct ucred` (SO_PEERCRED), which Swift's Glibc module does not show.
typedef struct kasir_peer_credentials {
  pid_t pid;
  uid_t uid;
  gid_t gid;
} kasir_peer_credentials;

#endif
