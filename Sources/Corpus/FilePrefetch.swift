#if canImport(Glibc)
  import Glibc
#endif

extension FileBytes {
  /// Asks the kernel to start reading `files` into the page cache (`POSIX_FADV_WILLNEED`),
  /// without waiting for the disk: a build hints the next chunk of files while it prepares the
  /// current one, so that a cold corpus of many small files is read many requests at a time
  /// instead of one per preparing thread. Files that cannot be opened are passed over (their
  /// reader reports them); elsewhere than Linux this does nothing.
  public static func prefetch(_ files: some Sequence<CorpusFile>) {
    #if os(Linux)
      for file in files where file.size > 0 {
        let descriptor = openForReading(file.path)
        guard descriptor >= 0 else { continue }
        _ = posix_fadvise(descriptor, 0, off_t(file.size), POSIX_FADV_WILLNEED)
        close(descriptor)
      }
    #endif
  }
}
