import Corpus
import Foundation
import FrenchText

/// Writes one segment's files (numbered as the generation that writes it) under temporary names as prepared documents arrive, in
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
  /// Each document's record hash (`ContentHash`), by document number.
  private var hashes: [UInt64] = []
  /// Every document's strings (see `DocumentTable`), kept on disk until `finish`.
  private let strings: FileWriter
  private var documentByID: [String: Int32] = [:]
  /// The source table, one entry per file as it is added (see `SourceTable`).
  private let sources: FileWriter

  private let pipeline: String
  /// The analyzer of merged documents (see `DuplicateResolver`).
  package var analyzer = FrenchAnalyzer()
  /// Where each version of an id met more than once is (nil file: the store).
  private var versionPlaces: [String: [(file: FileWriter?, offset: UInt64, count: Int)]] = [:]
  private var versions: FileWriter?
  /// The ids, record hashes and diagnostics of the file being added, until its last part.
  private var pending: (ids: [String], hashes: [String], diagnostics: [Diagnostic]) = ([], [], [])

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
    strings = try FileWriter(
      url: SegmentWriter.temporaryURL("strings", directory: directory, generation: generation))
  }

  private static func temporaryURL(_ suffix: String, directory: URL, generation: Int) -> URL {
    directory.appendingPathComponent(
      IndexLayout.segmentFile(generation: generation, suffix: suffix) + ".tmp")
  }

  private func temporaryURL(_ suffix: String) -> URL {
    SegmentWriter.temporaryURL(suffix, directory: directory, generation: generation)
  }

  /// The ids that ended up in the generation, with the hash of their record (built on demand:
  /// the writer keeps an 8-byte hash per document).
  package var recordHashes: [String: String] {
    documentByID.mapValues { ContentHash.hex(hashes[Int($0)]) }
  }

  /// Adds a file's documents (or a part of a streamed file's: its source entry is written with
  /// the final part). An id already written is resolved by `DuplicateResolver`: one id, one
  /// record.
  package func add(_ prepared: PreparedFile) throws(IndexError) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for document in prepared.documents {
      pending.ids.append(document.id)
      pending.hashes.append(document.recordHash)
      guard let earlier = documentByID[document.id].map(Int.init) else {
        try append(document)
        continue
      }
      guard hashes[earlier] != ContentHash.value(hex: document.recordHash) else { continue }
      let (outcome, warning) = try resolve(document, earlier: earlier)
      warning.map { warnings.append($0) }
      if case .replace(let replacement) = outcome {
        columns[earlier].flags |= 1
        try append(replacement)
      }
    }
    pending.diagnostics += prepared.diagnostics
    guard prepared.isFinal else { return warnings }
    try write(
      SourceEntry(
        path: prepared.file.path, size: prepared.file.size,
        modificationTime: prepared.file.modificationTime, contentHash: prepared.contentHash,
        ids: pending.ids, recordHashes: pending.hashes, diagnostics: pending.diagnostics))
    pending = ([], [], [])
    return warnings
  }

  /// Source entries written so far.
  package private(set) var sourceCount = 0

  private func write(_ entry: SourceEntry) throws(IndexError) {
    try sources.write(SourceTable.encoded(entry))
    sourceCount += 1
  }

  /// Adds documents carried over from another segment (a merge) and their file's entry as it
  /// was: the documents' ids are new to this segment (one live document per id).
  package func add(carried documents: [PreparedDocument], source: SourceEntry) throws(IndexError) {
    for document in documents where documentByID[document.id] == nil { try append(document) }
    try write(source)
  }

  private func append(_ document: PreparedDocument) throws(IndexError) {
    let number = columns.count
    var entry = document.columns
    entry.storeOffset = store.offset
    entry.storeLength = UInt32(document.record.count)
    entry.storeCRC = CRC32.checksum(document.record)
    entry.stringsOffset = strings.offset
    entry.stringsLength = UInt32(document.strings.count)
    try store.write(document.record)
    try strings.write(document.strings)
    columns.append(entry)
    documentByID[document.id] = Int32(number)
    hashes.append(ContentHash.value(hex: document.recordHash))
    accumulator.add(document: number, postings: document.postings)
    if accumulator.estimatedBytes > budget { try spill() }
  }

  /// Resolves an id met again (see `DuplicateResolver`); `earlier` is its current document
  /// number. Every version's record is kept (the first in the store, later ones in a temporary
  /// file) so that the merge can be done again from all of them.
  private func resolve(
    _ document: PreparedDocument, earlier: Int
  ) throws(IndexError) -> (DuplicateResolver.Outcome, Diagnostic?) {
    let entry = columns[earlier]
    var places = versionPlaces[document.id] ?? [(nil, entry.storeOffset, Int(entry.storeLength))]
    var versions: [DuplicateResolver.Version] = []
    for place in places {
      let bytes = try (place.file ?? store).read(at: place.offset, count: place.count)
      versions.append(
        .init(document: try SegmentWriter.document(in: bytes), hash: ContentHash.hex(bytes)))
    }
    let current = try SegmentWriter.document(
      in: try store.read(at: entry.storeOffset, count: Int(entry.storeLength)))
    let incoming = DuplicateResolver.Version(
      document: try SegmentWriter.document(in: document.record), hash: document.recordHash)
    let versionsFile = try self.versionsFile()
    places.append((versionsFile, versionsFile.offset, document.record.count))
    try versionsFile.write(document.record)
    versionPlaces[document.id] = places
    return DuplicateResolver.resolve(
      earlier: versions, incoming: incoming, current: current, prepared: document,
      analyzer: analyzer)
  }

  /// The temporary file of the versions met after the first, created when first needed.
  private func versionsFile() throws(IndexError) -> FileWriter {
    if let versions { return versions }
    let file = try FileWriter(url: temporaryURL("versions"))
    versions = file
    return file
  }

  private struct DocumentOnly: Decodable {
    var document: Document
  }

  private static func document(in record: [UInt8]) throws(IndexError) -> Document {
    let decoded = record.withUnsafeBytes { try? RecordDecoder.decode(DocumentOnly.self, from: $0) }
    guard let document = decoded?.document else {
      throw .io(path: "build", message: "cannot decode a record met twice")
    }
    return document
  }

  private func spill() throws(IndexError) {
    let url = temporaryURL("run\(runs.count)")
    try accumulator.spill(to: url)
    runs.append(url)
  }

  package var liveCount: Int { documentByID.count }

  /// Writes the remaining files, fsyncs them and renames them to their final names; returns
  /// the segment and its files, for the manifest to commit.
  package func finish() throws(IndexError) -> (segment: SegmentEntry, files: [Manifest.FileEntry]) {
    if !accumulator.isEmpty || runs.isEmpty { try spill() }
    var written: [String: (size: Int, crc: UInt32)] = [:]
    written["store"] = try store.finish()
    let terms = try FileWriter(url: temporaryURL("terms"), chunked: true)
    let postings = try FileWriter(url: temporaryURL("post"))
    _ = try RunMerger().merge(runs: runs, terms: terms, postings: postings)
    written["terms"] = try terms.finish()
    written["post"] = try postings.finish()
    for run in runs { try? FileManager.default.removeItem(at: run) }
    if let versions {
      try? FileManager.default.removeItem(at: versions.url)
      versionPlaces = [:]
    }
    _ = try strings.finish(footer: false)
    defer { try? FileManager.default.removeItem(at: strings.url) }
    let stringsFile = try MappedFile(url: strings.url, name: strings.url.lastPathComponent)
    let idOrder = documentByID.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      .map(\.value)
    let table = DocumentTable(columns: columns, strings: stringsFile, idOrder: idOrder)
    let docs = try FileWriter(url: temporaryURL("docs"), chunked: true)
    try table.write(to: docs)
    written["docs"] = try docs.finish()
    written["sources"] = try sources.finish()
    var entries: [Manifest.FileEntry] = []
    for suffix in IndexLayout.suffixes {
      guard let result = written[suffix] else { continue }
      let name = IndexLayout.segmentFile(generation: generation, suffix: suffix)
      try IndexLayout.rename(temporaryURL(suffix), to: directory.appendingPathComponent(name))
      entries.append(Manifest.FileEntry(name: name, size: result.size, crc32: result.crc))
    }
    let segment = SegmentEntry(
      number: generation, storedCount: columns.count, liveCount: liveCount,
      totalFieldLength: table.totalFieldLength, sourceCount: sourceCount,
      liveSourceCount: sourceCount)
    return (segment, entries)
  }
}
