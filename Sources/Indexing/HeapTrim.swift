#if canImport(Glibc)
  import Glibc
#endif

/// Gives the heap memory the build freed back to the system between its phases.
///
/// glibc keeps freed memory in per-thread arenas: the postings accumulated on the writer's
/// thread, freed when the last run is written, would stay resident while the merge's threads
/// allocate in arenas of their own, and the peak would be the sum of both phases. `malloc_trim`
/// (looked up at run time: the C library module does not declare it) returns the free pages of
/// every arena; elsewhere this does nothing.
enum HeapTrim {
  private typealias Trim = @convention(c) (Int) -> Int32

  private static let trim: Trim? = {
    #if canImport(Glibc)
      guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
      return unsafeBitCast(symbol, to: Trim.self)
    #else
      return nil
    #endif
  }()

  /// Returns the free heap pages to the system.
  static func release() {
    _ = trim?(0)
  }
}
