import Corpus

/// Hand-written decoding of a `.sources` entry (`SourceEntry`): the same value its synthesized
/// `Decodable` conformance gives through `RecordDecoder`, without the generic containers, since
/// an incremental build decodes every entry of the previous generation before it starts.
extension RecordSource {
  func sourceEntry(at offset: Int) throws -> SourceEntry {
    var path: String?
    var size: Int?
    var modificationTime: Double?
    var contentHash: String?
    var ids: [String]?
    var recordHashes: [String]?
    var diagnostics: [Diagnostic]?
    try forEachEntry(at: offset) { key, value in
      if self.key(key, is: "path") {
        path = try string(at: value)
      } else if self.key(key, is: "size") {
        size = try integer(Int.self, at: value)
      } else if self.key(key, is: "modificationTime") {
        modificationTime = try double(at: value)
      } else if self.key(key, is: "contentHash") {
        contentHash = try string(at: value)
      } else if self.key(key, is: "ids") {
        ids = try strings(at: value)
      } else if self.key(key, is: "recordHashes") {
        recordHashes = try strings(at: value)
      } else if self.key(key, is: "diagnostics"), try byte(value) != RecordTag.null {
        diagnostics = try self.value([Diagnostic].self, at: value)
      }
    }
    guard let path, let size, let modificationTime, let contentHash, let ids, let recordHashes
    else { throw RecordSource.corrupted("source entry") }
    return SourceEntry(
      path: path, size: size, modificationTime: modificationTime, contentHash: contentHash,
      ids: ids, recordHashes: recordHashes, diagnostics: diagnostics)
  }

  /// An unkeyed container of strings.
  private func strings(at offset: Int) throws -> [String] {
    let content = try container(at: offset, tag: RecordTag.unkeyed)
    var strings: [String] = []
    var position = content.lowerBound
    while position < content.upperBound {
      strings.append(try string(at: position))
      position = try skip(position)
    }
    guard position == content.upperBound else { throw RecordSource.corrupted("strings") }
    return strings
  }
}
