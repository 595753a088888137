import Corpus

/// Hand-written encoding of a `SourceEntry` (one per file in `.sources`): the same bytes as its
/// synthesized `Codable` conformance through `RecordEncoder` (keys in declaration order,
/// `diagnostics` only when set, through the generic path), checked by
/// `RecordFastSourceTests`.
extension RecordWriter {
  func sourceEntry(_ entry: SourceEntry) throws {
    let slot = buffer.openKeyed()
    buffer.name("path")
    buffer.string(entry.path)
    buffer.name("size")
    buffer.signed(Int64(entry.size))
    buffer.name("modificationTime")
    buffer.double(entry.modificationTime)
    buffer.name("contentHash")
    buffer.string(entry.contentHash)
    buffer.name("ids")
    strings(entry.ids)
    buffer.name("recordHashes")
    strings(entry.recordHashes)
    if let diagnostics = entry.diagnostics {
      buffer.name("diagnostics")
      try value(diagnostics)
    }
    buffer.closeContainer(slot)
  }

  private func strings(_ values: [String]) {
    let slot = buffer.openUnkeyed()
    for value in values { buffer.string(value) }
    buffer.closeContainer(slot)
  }
}
