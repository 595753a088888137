import Foundation

/// The JSON file naming one committed generation: its segments, every file with its size and
/// checksum (segment files and deletions files), and the totals over the segments.
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
  /// The segments, oldest first (see `SegmentEntry`); the totals above are their sums.
  package var segments: [SegmentEntry]
  /// The program that extracted the records (see `PreviousGeneration.currentPipeline`).
  package var pipeline: String?
  /// CRC-32 of the manifest's own JSON written without this field, so that an altered
  /// manifest is reported as such rather than as a wrong size or checksum of another file.
  package var checksum: UInt32?

  package static func name(generation: Int) -> String {
    "manifest-\(IndexLayout.padded(generation)).json"
  }

  /// The JSON written to disk, its checksum included.
  package func encoded() -> [UInt8]? {
    var stamped = self
    guard let body = stamped.canonicalJSON() else { return nil }
    stamped.checksum = CRC32.checksum(body)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return (try? encoder.encode(stamped)).map { Array($0) }
  }

  /// Whether the checksum matches the content (a manifest without one is accepted).
  package var hasValidChecksum: Bool {
    guard let checksum else { return false }
    return canonicalJSON().map { CRC32.checksum($0) == checksum } ?? false
  }

  private func canonicalJSON() -> [UInt8]? {
    var unstamped = self
    unstamped.checksum = nil
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(unstamped)).map { Array($0) }
  }

  package func file(withSuffix suffix: String) -> FileEntry? {
    files.first { $0.name.hasSuffix(suffix) }
  }

  package func file(named name: String) -> FileEntry? {
    files.first { $0.name == name }
  }

  /// A manifest for `segments`, the totals summed, naming `files`.
  package init(
    generation: Int, segments: [SegmentEntry], files: [FileEntry], pipeline: String?
  ) {
    formatVersion = Int(Footer.formatVersion)
    self.generation = generation
    documentCount = segments.reduce(0) { $0 + $1.liveCount }
    storedDocumentCount = segments.reduce(0) { $0 + $1.storedCount }
    totalFieldLength = segments.reduce(0) { $0 + $1.totalFieldLength }
    self.files = files
    self.segments = segments
    self.pipeline = pipeline
  }
}
