import Foundation

/// The deletions an incremental build adds to the segments of the previous generation, and the
/// files that record them (`Deletions`): the source entries of changed and deleted files, and
/// their documents.
struct SegmentDeletions {
  private let reader: IndexReader
  private var deletions: [Deletions]
  private var touched: Set<Int> = []

  init(reader: IndexReader) {
    self.reader = reader
    deletions = reader.segments.map {
      $0.deletions
        ?? Deletions(storedCount: $0.entry.storedCount, sourceCount: $0.entry.sourceCount)
    }
  }

  /// Deletes a source entry and the live documents of its `ids` (the entry's) in its segment.
  mutating func delete(_ source: PreviousGeneration.Source, ids: [String]) {
    let segment = source.segment
    touched.insert(segment)
    deletions[segment].delete(source: source.index)
    let store = reader.segments[segment].documents
    for id in ids {
      guard let number = store.document(id: id) else { continue }
      deletions[segment].delete(document: number)
    }
  }

  /// Whether `id` is live in a segment of the previous generation once these deletions apply.
  func isLiveElsewhere(_ id: String) -> Bool {
    reader.segments.indices.contains { index in
      guard let number = reader.segments[index].documents.document(id: id) else { return false }
      return !deletions[index].isDeleted(document: number)
    }
  }

  /// Writes a deletions file for each segment touched (fsynced, renamed) and returns the
  /// segments that keep a live document or source entry, with their files.
  func write(
    generation: Int, directory: URL
  ) throws(IndexError) -> (segments: [SegmentEntry], files: [Manifest.FileEntry]) {
    var segments: [SegmentEntry] = []
    var files: [Manifest.FileEntry] = []
    for (index, segment) in reader.segments.enumerated() {
      var entry = segment.entry
      var deletionsFile = entry.deletions.flatMap { reader.manifest.file(named: $0) }
      if touched.contains(index) {
        entry = updated(entry, deletions[index], store: segment.documents)
        guard entry.liveCount > 0 || entry.liveSourceCount > 0 else { continue }
        let name = IndexLayout.deletionsFile(segment: entry.number, generation: generation)
        let temporary = directory.appendingPathComponent(name + ".tmp")
        let written = try FileWriter.write(deletions[index].encoded(), to: temporary)
        try IndexLayout.rename(temporary, to: directory.appendingPathComponent(name))
        entry.deletions = name
        deletionsFile = Manifest.FileEntry(name: name, size: written.size, crc32: written.crc)
      }
      segments.append(entry)
      for suffix in IndexLayout.suffixes {
        if let file = reader.manifest.file(named: entry.fileName(suffix)) { files.append(file) }
      }
      deletionsFile.map { files.append($0) }
    }
    return (segments, files)
  }

  /// The segment's counts once `deletions` apply (the store has the older ones applied).
  private func updated(
    _ entry: SegmentEntry, _ deletions: Deletions, store: DocumentStore
  ) -> SegmentEntry {
    var entry = entry
    for document in deletions.deletedDocuments where store.isLive(document) {
      entry.liveCount -= 1
      entry.totalFieldLength -= store.fieldLength(document)
    }
    entry.liveSourceCount = entry.sourceCount - deletions.deletedSourceCount
    return entry
  }
}
