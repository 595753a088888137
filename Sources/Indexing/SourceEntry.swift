import Corpus

/// One source file as indexed: where, how big, when modified, its content hash and the ids of
/// the documents read from it, to tell added, updated, unchanged and dropped documents apart.
package struct SourceEntry: Sendable, Codable, Equatable {
  package var path: String
  package var size: Int
  package var modificationTime: Double
  package var contentHash: String
  package var ids: [String]
  /// The hash of each document's encoded record, parallel to `ids`.
  package var recordHashes: [String]
  /// The problems reading the file gave, repeated when its records are reused.
  package var diagnostics: [Diagnostic]?
}
