/*
 * LD_PRELOAD shim for power-loss.test.ts: logs every fsync/fdatasync the process makes, with the path
 * of the file synced, to the file named by NIANBAO_SYNC_LOG (opened O_APPEND, so lines interleave in
 * call order with the test child's own "ack" lines), then performs the real call.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void note(const char *what, int fd) {
  const char *log = getenv("NIANBAO_SYNC_LOG");
  if (!log) return;
  char link[64], path[4096], line[4200];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n < 0) n = 0;
  path[n] = 0;
  int out = open(log, O_WRONLY | O_APPEND | O_CREAT, 0600);
  if (out < 0) return;
  int len = snprintf(line, sizeof line, "%s %s\n", what, path);
  if (write(out, line, len) < 0) { /* nothing to do */ }
  close(out);
}

int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  note("fsync", fd);
  return real(fd);
}

int fdatasync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  note("fdatasync", fd);
  return real(fd);
}
