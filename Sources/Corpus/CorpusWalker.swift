import Foundation

/// Lists the files under the paths given to `index`, in a stable order: the paths in the order
/// given, and under a folder its files in byte order of their relative paths.
///
/// Hidden files and folders are skipped; symbolic links to folders are not followed (no loops),
/// a symbolic link to a file is read as that file. Files of any size are listed:
/// `DocumentLoader` streams bulk files and bounds each document
/// (`DocumentLoader.maximumDocumentSize`). A file larger than `maximumFileSize` (no limit by
/// default) is skipped with a warning.
public struct CorpusWalker: Sendable {
  public var maximumFileSize: Int

  public init(maximumFileSize: Int = .max) {
    self.maximumFileSize = maximumFileSize
  }

  /// The files under `paths`, one at a time, holding only the folders on the current path
  /// (memory does not grow with the corpus).
  public func walk(_ paths: [String]) -> CorpusWalk {
    CorpusWalk(paths: paths, walker: self)
  }

  /// How many files a walk of `paths` gives (a first pass, for progress).
  public func count(under paths: [String]) -> Int {
    var count = 0
    let walk = walk(paths)
    while walk.next() != nil { count += 1 }
    return count
  }

  /// Every file under `paths`, in one array; a missing path is a diagnostic, not a failure.
  public func files(under paths: [String]) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
    var files: [CorpusFile] = []
    let walk = walk(paths)
    while let file = walk.next() { files.append(file) }
    return (files, walk.diagnostics)
  }

  /// Every file under `paths`, as `files(under:)` gives them, found by `threads` threads at once
  /// (`CorpusScan`: when the file system's metadata is not cached, the disk gets several
  /// requests at a time).
  public func scan(
    _ paths: [String], threads: Int = CorpusWalker.scanThreads
  ) -> (files: [CorpusFile], diagnostics: [Diagnostic]) {
    CorpusScan(walker: self, threads: threads).files(under: paths)
  }

  /// Threads of a `scan` by default (`PARLINDEX_SCAN_THREADS` sets it, to measure).
  public static let scanThreads =
    ProcessInfo.processInfo.environment["PARLINDEX_SCAN_THREADS"].flatMap { Int($0) } ?? 16

  /// The warning for a file skipped as too large.
  func tooLarge(_ file: CorpusFile) -> Diagnostic {
    let megabytes = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_048_576) }
    return Diagnostic(
      file: file.path,
      message: "skipped: file too large (\(megabytes(file.size)); the limit is "
        + "\(megabytes(maximumFileSize)))")
  }
}
