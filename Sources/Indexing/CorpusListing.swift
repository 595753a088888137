import Corpus

/// Every file a walk of the corpus gives, with the walk's diagnostics: an incremental build
/// lists them on another thread while it decodes the previous generation's entries.
struct CorpusListing: Sendable {
  var files: [CorpusFile] = []
  var diagnostics: [Diagnostic] = []

  /// Walks `paths` to the end.
  init(walking paths: [String]) {
    let walk = CorpusWalker().walk(paths)
    while let file = walk.next() { files.append(file) }
    diagnostics = walk.diagnostics
  }

}
