import Corpus

/// What the parallel phase gives for one source file.
package struct PreparedFile: Sendable {
  package var file: CorpusFile
  package var contentHash: String
  package var documents: [PreparedDocument]
  package var diagnostics: [Diagnostic]
  /// False for a part of a streamed file that more parts follow (its source entry waits for the
  /// final part).
  package var isFinal = true
}
