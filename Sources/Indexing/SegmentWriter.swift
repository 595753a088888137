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
  /// Every document's 48-byte entry (see `DocumentColumns`), kept on disk until `finish`.
  private let columns: FileWriter
  /// The bytes of one entry, reused from document to document.
  private var columnBuffer = ByteBuffer(capacity: DocumentColumns.size)
  /// Documents written so far (replaced ones included).
  private var storedCount = 0
  /// The documents replaced by a later one with the same id.
  private var deleted: Set<Int32> = []
  private var liveFieldLength = 0
  /// Each document's record hash (`ContentHash`), by document number.
  private var hashes = BlockedArray<UInt64>()
  /// Every document's strings (see `DocumentTable`), kept on disk until `finish`.
  private let strings: FileWriter
  private var documentByID = DocumentIDTable()
  /// The ids in sorted runs on disk, for the id order of `.docs`.
  private let idRuns: IDOrderRuns
  /// The source table, one entry per file as it is added (see `SourceTable`).
  private let sources: FileWriter

  private let pipeline: String
  /// The analyzer of merged documents (see `DuplicateResolver`).
  package var analyzer = FrenchAnalyzer()
  /// How the sorted runs are merged at `finish`.
  package var merger = RunMerger()
  /// Where each version of an id met more than once is (nil file: the store).
  private var versionPlaces: [String: [(file: FileWriter?, offset: UInt64, count: Int)]] = [:]
  private var versions: FileWriter?
  /// The ids, record hashes and diagnostics of the file being added, until its last part.
  private var pending: (ids: [String], hashes: [UInt64], diagnostics: [Diagnostic]) = ([], [], [])

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
      url: SegmentWriter.temporaryURL("strings", directory: directory, generation: generation),
      checksummed: false)
    columns = try FileWriter(
      url: SegmentWriter.temporaryURL("cols", directory: directory, generation: generation),
      checksummed: false)
    idRuns = try IDOrderRuns(
      url: SegmentWriter.temporaryURL("ids", directory: directory, generation: generation))
  }

  private static func temporaryURL(_ suffix: String, directory: URL, generation: Int) -> URL {
    directory.appendingPathComponent(
      IndexLayout.segmentFile(generation: generation, suffix: suffix) + ".tmp")
  }

  private func temporaryURL(_ suffix: String) -> URL {
    SegmentWriter.temporaryURL(suffix, directory: directory, generation: generation)
  }

  /// The ids that ended up in the generation, with the hash of their record (built on demand:
  /// the writer keeps an 8-byte hash per document). Before `finish` only.
  package var recordHashes: [String: String] {
    get throws(IndexError) {
      var result: [String: String] = [:]
      try forEachLive { id, hash in result[id] = ContentHash.hex(hash) }
      return result
    }
  }

  /// Calls `body` with the id and record hash of every live document, in document order, reading
  /// the ids back from the writer's files. Before `finish` only.
  package func forEachLive(_ body: (String, UInt64) -> Void) throws(IndexError) {
    try columns.flushBuffer()
    try strings.flushBuffer()
    guard storedCount > 0 else { return }
    let entries = try MappedFile(url: columns.url, name: columns.url.lastPathComponent)
    let texts = try MappedFile(url: strings.url, name: strings.url.lastPathComponent)
    for number in 0..<storedCount where !deleted.contains(Int32(number)) {
      let entry = DocumentColumns(from: entries.bytes, at: number * DocumentColumns.size)
      let start = Int(entry.stringsOffset)
      let all = UnsafeRawBufferPointer(
        rebasing: texts.bytes[start..<start + Int(entry.stringsLength)])
      body(String(decoding: DocumentTable.field(0, of: all), as: UTF8.self), hashes[number])
      if number % 16_384 == 16_383 {
        entries.releasePages(before: number * DocumentColumns.size)
        texts.releasePages(before: start)
      }
    }
  }

  /// A document's entry, read back from the columns file.
  private func entry(_ number: Int) throws(IndexError) -> DocumentColumns {
    let bytes = try columns.read(
      at: UInt64(number * DocumentColumns.size), count: DocumentColumns.size)
    return bytes.withUnsafeBytes { DocumentColumns(from: $0, at: 0) }
  }

  /// A document's id, read back from the strings file (to compare ids whose hashes are equal).
  private func idBytes(_ number: Int32) throws(IndexError) -> [UInt8] {
    let entry = try entry(Int(number))
    let all = try strings.read(at: entry.stringsOffset, count: Int(entry.stringsLength))
    return Array(all.prefix { $0 != 0 })
  }

  private func find(_ id: String) throws(IndexError) -> Int? {
    try documentByID.find(id) { number throws(IndexError) in try idBytes(number) }.map(Int.init)
  }

  /// Adds a file's documents (or a part of a streamed file's: its source entry is written with
  /// the final part). An id already written is resolved by `DuplicateResolver`: one id, one
  /// record.
  package func add(_ prepared: PreparedFile) throws(IndexError) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for document in prepared.documents {
      pending.ids.append(document.id)
      pending.hashes.append(document.recordHash)
      guard let earlier = try find(document.id) else {
        try append(document)
        continue
      }
      guard hashes[earlier] != document.recordHash else { continue }
      let (outcome, warning) = try resolve(document, earlier: earlier)
      warning.map { warnings.append($0) }
      if case .replace(let replacement) = outcome {
        deleted.insert(Int32(earlier))
        liveFieldLength -= Int(try entry(earlier).fieldLength)
        try append(replacement)
      }
    }
    pending.diagnostics += prepared.diagnostics
    guard prepared.isFinal else { return warnings }
    try write(
      SourceEntry(
        path: prepared.file.path, size: prepared.file.size,
        modificationTime: prepared.file.modificationTime, contentHash: prepared.contentHash,
        ids: pending.ids, recordHashes: pending.hashes.map { ContentHash.hex($0) },
        diagnostics: pending.diagnostics))
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
    for document in documents where try find(document.id) == nil { try append(document) }
    try write(source)
  }

  private func append(_ document: PreparedDocument) throws(IndexError) {
    let number = storedCount
    var entry = document.columns
    entry.storeOffset = store.offset
    entry.storeLength = UInt32(document.record.count)
    entry.storeCRC = document.recordCRC
    entry.stringsOffset = strings.offset
    entry.stringsLength = UInt32(document.strings.count)
    try store.write(document.record, crc: entry.storeCRC)
    try strings.write(document.strings)
    columnBuffer.bytes.removeAll(keepingCapacity: true)
    entry.encode(into: &columnBuffer)
    try columns.write(columnBuffer.bytes)
    storedCount += 1
    liveFieldLength += Int(entry.fieldLength)
    try documentByID.set(document.id, number: Int32(number)) { number throws(IndexError) in
      try idBytes(number)
    }
    try idRuns.add(id: document.id, number: Int32(number))
    hashes.append(document.recordHash)
    accumulator.add(document: number, postings: document.postings)
    if accumulator.estimatedBytes > budget { try spill() }
  }

  /// Resolves an id met again (see `DuplicateResolver`); `earlier` is its current document
  /// number. Every version's record is kept (the first in the store, later ones in a temporary
  /// file) so that the merge can be done again from all of them.
  private func resolve(
    _ document: PreparedDocument, earlier: Int
  ) throws(IndexError) -> (DuplicateResolver.Outcome, Diagnostic?) {
    let entry = try entry(earlier)
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
      document: try SegmentWriter.document(in: document.record),
      hash: ContentHash.hex(document.recordHash))
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
    let file = try FileWriter(url: temporaryURL("versions"), checksummed: false)
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
    MemoryTrace.mark("run \(runs.count) written")
  }

  package var liveCount: Int { documentByID.count }

  /// Writes the remaining files, fsyncs them and renames them to their final names; returns
  /// the segment and its files, for the manifest to commit.
  ///
  /// Three threads share the work after the last document: the store's fsync and the document
  /// and source tables (which need no postings) go to threads of their own (`TailTask`) while
  /// this one spills the last run and merges the postings; every file is fsynced before any is
  /// renamed.
  package func finish() throws(IndexError) -> (segment: SegmentEntry, files: [Manifest.FileEntry]) {
    var written: [String: (size: Int, crc: UInt32)] = [:]
    written["store"] = try store.finishLeavingOpen()
    let store = store
    let storeSync = TailTask { () throws(IndexError) in try store.close(sync: true) }
    let tables = TailTask { [self] () throws(IndexError) in try writeTables() }
    do {
      let postingFiles = try writePostings()
      try storeSync.value()
      MemoryTrace.mark("store written")
      let (tableFiles, totalFieldLength) = try tables.value()
      written.merge(postingFiles) { $1 }
      written.merge(tableFiles) { $1 }
      var entries: [Manifest.FileEntry] = []
      for suffix in IndexLayout.suffixes {
        guard let result = written[suffix] else { continue }
        let name = IndexLayout.segmentFile(generation: generation, suffix: suffix)
        try IndexLayout.rename(temporaryURL(suffix), to: directory.appendingPathComponent(name))
        entries.append(Manifest.FileEntry(name: name, size: result.size, crc32: result.crc))
      }
      let segment = SegmentEntry(
        number: generation, storedCount: storedCount, liveCount: liveCount,
        totalFieldLength: totalFieldLength, sourceCount: sourceCount,
        liveSourceCount: sourceCount)
      return (segment, entries)
    } catch {
      storeSync.wait()
      tables.wait()
      throw error
    }
  }

  /// Spills the last run (or keeps the lists in memory) and merges the runs into the terms and
  /// postings files, fsynced; returns their sizes and CRC-32s.
  private func writePostings() throws(IndexError) -> [String: (size: Int, crc: UInt32)] {
    // A build whose lists never outgrew the budget, and small enough for one merge thread,
    // merges them from memory (the bytes of a spill and a merge of its run).
    let inMemory = runs.isEmpty && accumulator.estimatedBytes < merger.parallelThreshold
    if !inMemory, !accumulator.isEmpty || runs.isEmpty { try spill() }
    HeapTrim.release()
    MemoryTrace.mark("documents read, \(runs.count) runs")
    let terms = try FileWriter(url: temporaryURL("terms"), chunked: true)
    let postings = try FileWriter(url: temporaryURL("post"))
    if inMemory {
      _ = try merger.merge(&accumulator, terms: terms, postings: postings)
    } else {
      _ = try merger.merge(runs: runs, terms: terms, postings: postings)
    }
    var written: [String: (size: Int, crc: UInt32)] = [:]
    written["terms"] = try terms.finishLeavingOpen()
    written["post"] = try postings.finishLeavingOpen()
    for run in runs { try? FileManager.default.removeItem(at: run) }
    if let versions {
      try? FileManager.default.removeItem(at: versions.url)
      versionPlaces = [:]
    }
    HeapTrim.release()
    let postingsSync = TailTask { () throws(IndexError) in try postings.close(sync: true) }
    do {
      try terms.close(sync: true)
    } catch {
      postingsSync.wait()
      throw error
    }
    try postingsSync.value()
    MemoryTrace.mark("terms and postings written")
    return written
  }

  /// Writes the document table and the source table, fsynced (on a thread of their own, see
  /// `finish`); returns their sizes and CRC-32s and the live documents' total field length.
  private func writeTables() throws(IndexError) -> (
    files: [String: (size: Int, crc: UInt32)], totalFieldLength: Int
  ) {
    _ = try strings.finish(footer: false, sync: false)
    _ = try columns.finish(footer: false, sync: false)
    defer {
      try? FileManager.default.removeItem(at: strings.url)
      try? FileManager.default.removeItem(at: columns.url)
    }
    let table = DocumentTable(
      columns: try MappedFile(url: columns.url, name: columns.url.lastPathComponent),
      storedCount: storedCount, deleted: deleted, totalFieldLength: liveFieldLength,
      strings: try MappedFile(url: strings.url, name: strings.url.lastPathComponent))
    let docs = try FileWriter(url: temporaryURL("docs"), chunked: true)
    let deleted = deleted
    try table.write(to: docs) { emit throws(IndexError) in
      try idRuns.merge(isLive: { !deleted.contains($0) }, emit)
    }
    var written: [String: (size: Int, crc: UInt32)] = [:]
    written["docs"] = try docs.finish()
    MemoryTrace.mark("document table written")
    written["sources"] = try sources.finish()
    return (written, table.totalFieldLength)
  }
}
