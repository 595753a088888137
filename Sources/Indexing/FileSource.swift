import Corpus

/// The files a build reads, one at a time: a walk of the corpus (a full build, which never
/// holds the list of every file) or the list of new and changed files (an incremental one).
final class FileSource {
  private let walk: CorpusWalk?
  private var files: IndexingIterator<[CorpusFile]>
  /// How many files in all, for the progress line (0 when none is drawn: not counted).
  let total: Int

  init(walk: CorpusWalk, total: Int) {
    self.walk = walk
    files = [].makeIterator()
    self.total = total
  }

  init(_ files: [CorpusFile]) {
    walk = nil
    self.files = files.makeIterator()
    total = files.count
  }

  func next() -> CorpusFile? { walk?.next() ?? files.next() }

  /// What the walk met so far (a missing path, a folder that cannot be listed…).
  var diagnostics: [Diagnostic] { walk?.diagnostics ?? [] }
}
