#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's file size limit (`ulimit -f`, `RLIMIT_FSIZE`).
enum FileSizeLimit {
    /// Ignores `SIGXFSZ`, so that a write past the limit fails with `EFBIG` (SQLite rolls the
    /// transaction back and the build reports the database and the limit in one line) instead of
    /// the signal killing the process mid-write.
    static func reportInsteadOfDying() {
        signal(SIGXFSZ, SIG_IGN)
    }
}
