import Corpus
import Foundation

/// Writes one generation's files under temporary names as prepared documents arrive, in
/// document order, keeping memory bounded: records stream to the store, postings spill to
/// sorted runs past the budget, and everything is merged at `finish`.
package final class SegmentWriter {
  package let directory: URL
  package let generation: Int
  private let budget: Int
  private let store: FileWriter
  private var accumulator = PostingsAccumulator()
  private var runs: [URL] = []
  private var columns: [DocumentColumns] = []
  private var ids: [String] = []
  private var files: [String] = []
  private var strings = ByteBuffer()
  private var documentByID: [String: Int] = [:]
  /// The source table, one entry per file as it is added (see `SourceTable`).
  private let sources: FileWriter

  private let pipeline: String

  package init(
    directory: URL, generation: Int, memoryBudget: Int, pipeline: String
  ) throws(IndexError) {
    self.pipeline = pipeline
    self.directory = directory
    self.generation = generation
    budget = memoryBudget
    store = try FileWriter(
      url: SegmentWriter.temporaryURL("store", directory: directory, generation: generation))
    sources = try FileWriter(
      url: SegmentWriter.temporaryURL("sources", directory: directory, generation: generation))
  }

  private static func temporaryURL(_ suffix: String, directory: URL, generation: Int) -> URL {
    directory.appendingPathComponent(
      IndexLayout.segmentFile(generation: generation, suffix: suffix) + ".tmp")
  }

  private func temporaryURL(_ suffix: String) -> URL {
    SegmentWriter.temporaryURL(suffix, directory: directory, generation: generation)
  }

  /// The ids that ended up in the generation, with the hash of their record.
  package private(set) var recordHashes: [String: String] = [:]

  /// Adds a file's documents; a duplicate id replaces the earlier document, with a warning.
  package func add(_ prepared: PreparedFile) throws(IndexError) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for document in prepared.documents {
      if let earlier = documentByID[document.id] {
        columns[earlier].flags |= 1
        warnings.append(
          Diagnostic(
            file: document.file,
            message: "duplicate id \(document.id) (also in \(files[earlier])); keeping this one"))
      }
      let number = columns.count
      var entry = document.columns
      entry.storeOffset = store.offset
      entry.storeLength = UInt32(document.record.count)
      entry.storeCRC = CRC32.checksum(document.record)
      entry.stringsOffset = UInt64(strings.count)
      entry.stringsLength = UInt32(document.strings.count)
      try store.write(document.record)
      strings.append(document.strings)
      columns.append(entry)
      ids.append(document.id)
      files.append(document.file)
      documentByID[document.id] = number
      recordHashes[document.id] = document.recordHash
      accumulator.add(document: number, postings: document.postings)
      if accumulator.estimatedBytes > budget { try spill() }
    }
    try sources.write(
      SourceTable.encoded(
        SourceEntry(
          path: prepared.file.path, size: prepared.file.size,
          modificationTime: prepared.file.modificationTime, contentHash: prepared.contentHash,
          ids: prepared.documents.map(\.id), recordHashes: prepared.documents.map(\.recordHash),
          diagnostics: prepared.diagnostics)))
    return warnings
  }

  private func spill() throws(IndexError) {
    let url = temporaryURL("run\(runs.count)")
    try accumulator.spill(to: url)
    runs.append(url)
  }

  package var liveCount: Int { documentByID.count }

  /// Writes the remaining files, fsyncs them and renames them to their final names; returns
  /// the manifest to commit (not yet written).
  package func finish() throws(IndexError) -> Manifest {
    if !accumulator.isEmpty || runs.isEmpty { try spill() }
    var written: [String: (size: Int, crc: UInt32)] = [:]
    written["store"] = try store.finish()
    let terms = try FileWriter(url: temporaryURL("terms"))
    let postings = try FileWriter(url: temporaryURL("post"))
    _ = try RunMerger().merge(runs: runs, terms: terms, postings: postings)
    written["terms"] = try terms.finish()
    written["post"] = try postings.finish()
    for run in runs { try? FileManager.default.removeItem(at: run) }
    let table = DocumentTable(columns: columns, ids: ids, files: files, strings: strings.bytes)
    written["docs"] = try FileWriter.write(table.encoded(), to: temporaryURL("docs"))
    written["sources"] = try sources.finish()
    var entries: [Manifest.FileEntry] = []
    for suffix in IndexLayout.suffixes {
      guard let result = written[suffix] else { continue }
      let name = IndexLayout.segmentFile(generation: generation, suffix: suffix)
      try IndexLayout.rename(temporaryURL(suffix), to: directory.appendingPathComponent(name))
      entries.append(Manifest.FileEntry(name: name, size: result.size, crc32: result.crc))
    }
    return Manifest(
      formatVersion: Int(Footer.formatVersion), generation: generation,
      documentCount: liveCount, storedDocumentCount: columns.count,
      totalFieldLength: table.totalFieldLength, files: entries, pipeline: pipeline)
  }
}
