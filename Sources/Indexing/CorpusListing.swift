import Corpus

/// Every file a walk of the corpus gives, with the walk's diagnostics: an incremental build
/// lists them on another thread while it decodes the previous generation's entries.
struct CorpusListing: Sendable {
  var files: [CorpusFile] = []
  var diagnostics: [Diagnostic] = []

  /// Walks `paths` to the end, on several threads (`CorpusWalker.scan`).
  init(walking paths: [String]) {
    (files, diagnostics) = CorpusWalker().scan(paths)
  }

}
