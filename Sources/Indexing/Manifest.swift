/// The JSON file naming one committed generation: its files with sizes and checksums, the
/// document count and the source-file table's file.
package struct Manifest: Sendable, Codable, Equatable {
  /// One file of the generation.
  package struct FileEntry: Sendable, Codable, Equatable {
    package var name: String
    package var size: Int
    package var crc32: UInt32
  }

  package var formatVersion: Int
  package var generation: Int
  package var documentCount: Int
  /// Documents including those replaced by a later duplicate (doc numbers run up to this).
  package var storedDocumentCount: Int
  package var totalFieldLength: Int
  package var files: [FileEntry]
  /// The program that extracted the records (see `PreviousGeneration.currentPipeline`).
  package var pipeline: String?

  package static func name(generation: Int) -> String {
    "manifest-\(IndexLayout.padded(generation)).json"
  }

  package func file(withSuffix suffix: String) -> FileEntry? {
    files.first { $0.name.hasSuffix(suffix) }
  }
}
