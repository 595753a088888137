import Corpus
import Foundation
import FrenchText

/// The committed generation a build starts from: its live source entries over every segment (to
/// count added, updated and dropped documents, and to tell which files changed) and its records,
/// reused for files whose size and modification time have not changed, when the same program
/// (the same `pipeline`) wrote them.
package struct PreviousGeneration: Sendable {
  /// A live source entry: its segment (index in `reader.segments`) and place in that segment's
  /// source table, its size and modification time, and where its encoding lies (in the mapped
  /// `.sources` file): the rest of the entry is decoded when asked for (`entry`), since most
  /// files of an incremental build are unchanged and need no more.
  package struct Source: Sendable {
    package var segment: Int
    package var index: Int
    package var size: Int
    package var modificationTime: Double
    let storage: SourceBytes
    /// The entry's bytes in `storage`, and its path's.
    let range: Range<Int>
    let path: Range<Int>

    /// The whole entry, decoded (it was checked when the generation was opened).
    package var entry: SourceEntry {
      guard
        let entry = try? RecordDecoder.decode(
          SourceEntry.self, from: UnsafeRawBufferPointer(rebasing: storage.bytes[range]))
      else { preconditionFailure("a source entry checked when opened no longer decodes") }
      return entry
    }

    /// The bytes of the entry's path.
    var pathBytes: UnsafeRawBufferPointer {
      UnsafeRawBufferPointer(rebasing: storage.bytes[path])
    }
  }

  /// Bytes that encoded source entries are read from: a mapped `.sources` file, or a copy.
  final class SourceBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    private let file: MappedFile?

    /// The payload of a mapped `.sources` file.
    init(_ file: MappedFile) {
      self.file = file
      bytes = file.payload
    }

    /// A copy of `bytes`.
    init(copying bytes: [UInt8]) {
      let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
      copy.copyBytes(from: bytes)
      self.bytes = UnsafeRawBufferPointer(copy)
      file = nil
    }

    deinit { if file == nil { bytes.deallocate() } }
  }

  package private(set) var sources: [Source] = []
  /// The place in `sources` of each path.
  private var byPath = ByteStringTable(capacity: 0)
  package private(set) var reader: IndexReader?
  /// Whether the same pipeline wrote the generation (its records may be reused).
  package private(set) var reusable = false
  /// Ids met more than once (in two files, or twice in one): their stored record is a merge of
  /// versions, which no single file's entry gives.
  package private(set) var shared: Set<String> = []
  /// The check of every file's checksum, started on another thread when the generation was
  /// opened for an incremental build.
  private var intactCheck: BackgroundTask<(stamps: VerifiedStamps?, checked: Int)>?

  /// The generation `CURRENT` names in `directory`; empty when there is none or it is damaged.
  /// Records are reused only when `pipeline` is the one that wrote them (never when nil).
  /// `checkingInBackground`: every file's checksum is checked on another thread meanwhile (see
  /// `isIntact`), for a build that may be incremental.
  package init(directory: URL, pipeline: String?, checkingInBackground: Bool = false) {
    // When the stamps vouch for every file of the generation (each read whole and found good,
    // not written since), its chunks need not all be checked now: they are checked as read.
    let trusted = checkingInBackground ? VerifiedStamps.trusted(in: directory) : nil
    let vouched = trusted.map { PreviousGeneration.vouches($0, forEveryFileIn: directory) }
    guard
      let reader = try? IndexReader(
        directory: directory, checkingEverything: !(vouched ?? false))
    else { return }
    if let trusted, pipeline != nil, reader.manifest.pipeline == pipeline {
      intactCheck = BackgroundTask { IncrementalBuild.intactFiles(reader, trusted: trusted) }
    }
    var sources: [Source] = []
    sources.reserveCapacity(reader.segments.reduce(0) { $0 + $1.entry.sourceCount })
    // Ids as (source, place in the entry's bytes), to find those met more than once.
    var ids: [(source: Int32, range: Range<Int>)] = []
    ids.reserveCapacity(sources.capacity)
    for (number, segment) in reader.segments.enumerated() {
      guard
        PreviousGeneration.read(
          segment, number: number, checking: !(vouched ?? false), in: reader,
          into: &sources, ids: &ids)
      else { return }
    }
    self.sources = sources
    self.reader = reader
    reusable = pipeline != nil && reader.manifest.pipeline == pipeline
    byPath = ByteStringTable(capacity: sources.count)
    for index in sources.indices {
      _ = byPath.insert(bytes: sources[index].pathBytes, place: index) {
        sources[$0].pathBytes
      }
    }
    shared = PreviousGeneration.sharedIDs(ids, sources)
  }

  /// Appends the live entries of `segment`'s `.sources` file (its checksum checked first when
  /// `checking`) to `sources`, and their ids to `ids`; false when the file is damaged.
  private static func read(
    _ segment: SegmentReader, number: Int, checking: Bool, in reader: IndexReader,
    into sources: inout [Source], ids: inout [(source: Int32, range: Range<Int>)]
  ) -> Bool {
    guard let file = reader.manifest.file(named: segment.fileName("sources")),
      let mapped = try? SegmentReader.open(file, in: reader.directory),
      !checking || (try? Footer.verifyChecksum(mapped.bytes, name: mapped.name)) != nil
    else { return false }
    let storage = SourceBytes(mapped)
    // The map lives as long as `storage`: kept to the end, whatever the entries hold of it.
    defer { withExtendedLifetime(storage) {} }
    let payload = storage.bytes
    var strings: [Range<Int>] = []
    var offset = 0
    var index = 0
    while offset < payload.count {
      var lengthReader = ByteReader(UnsafeRawBufferPointer(rebasing: payload[offset...]))
      let length = lengthReader.varintInt()
      let start = offset + lengthReader.offset
      guard length >= 0, length <= payload.count - start else { return false }
      offset = start + length
      defer { index += 1 }
      if segment.deletions?.isDeleted(source: index) ?? false { continue }
      let bytes = UnsafeRawBufferPointer(rebasing: payload[start..<offset])
      var entryStorage = storage
      var range = start..<offset
      var fields = SourceEntryFields.read(bytes, strings: &strings)
      if fields == nil {
        // An entry in another form than this program writes: decoded, written again.
        guard let entry = try? RecordDecoder.decode(SourceEntry.self, from: bytes),
          let encoded = try? RecordEncoder.encode(entry)
        else { return false }
        entryStorage = SourceBytes(copying: encoded)
        range = 0..<encoded.count
        fields = SourceEntryFields.read(entryStorage.bytes, strings: &strings)
      }
      guard let fields else { return false }
      let base = range.lowerBound
      for id in fields.ids {
        ids.append((Int32(sources.count), id.lowerBound + base..<id.upperBound + base))
      }
      sources.append(
        Source(
          segment: number, index: index, size: fields.size,
          modificationTime: fields.modificationTime, storage: entryStorage, range: range,
          path: fields.path.lowerBound + base..<fields.path.upperBound + base))
    }
    return index == segment.entry.sourceCount
  }

  /// Whether `trusted` vouches for every file of the generation `CURRENT` names in `directory`
  /// (false when it cannot be read).
  private static func vouches(_ trusted: VerifiedStamps, forEveryFileIn directory: URL) -> Bool {
    guard let name = try? IndexLayout.currentManifestName(in: directory),
      let manifest = try? IndexLayout.readManifest(named: name, in: directory)
    else { return false }
    return manifest.files.allSatisfy { trusted.vouches(for: $0.name, crc: $0.crc32) }
  }

  /// The ids held by more than one source entry, or twice by one.
  private static func sharedIDs(
    _ ids: [(source: Int32, range: Range<Int>)], _ sources: [Source]
  ) -> Set<String> {
    func bytes(_ place: Int) -> UnsafeRawBufferPointer {
      let (source, range) = ids[place]
      return UnsafeRawBufferPointer(rebasing: sources[Int(source)].storage.bytes[range])
    }
    var seen = ByteStringTable(capacity: ids.count)
    var shared: Set<String> = []
    for place in ids.indices
    where seen.insert(bytes: bytes(place), place: place, keyAt: bytes) != nil {
      shared.insert(String(decoding: bytes(place), as: UTF8.self))
    }
    return shared
  }

  /// Whether every file of the generation matches its checksum (false when there is none).
  package var isIntact: Bool { intactFiles.stamps != nil }

  /// The stamps of the generation's files, all found good (nil when one is not, or there is no
  /// generation), and how many of them were read whole to tell: those written since they were
  /// last known good (see `VerifiedStamps`).
  package var intactFiles: (stamps: VerifiedStamps?, checked: Int) {
    guard let reader else { return (nil, 0) }
    return intactCheck?.value ?? IncrementalBuild.intactFiles(reader)
  }

  /// The live source entry of `path`.
  package func source(path: String) -> Source? { sourceIndex(path: path).map { sources[$0] } }

  /// The place in `sources` of the live source entry of `path`.
  package func sourceIndex(path: String) -> Int? {
    var path = path
    return path.withUTF8 { key in
      byPath.find(bytes: UnsafeRawBufferPointer(key)) { sources[$0].pathBytes }
    }
  }

  /// The hash of each id's stored record: the source entry's, or for an id met more than once,
  /// that of the record the generation stores.
  package func recordHashes() -> [String: String] {
    var hashes: [String: String] = [:]
    for source in sources {
      let entry = source.entry
      for (id, hash) in zip(entry.ids, entry.recordHashes) { hashes[id] = hash }
    }
    for id in shared { storedHash(id).map { hashes[id] = $0 } }
    return hashes
  }

  /// The hash of the record stored for `id`.
  package func storedHash(_ id: String) -> String? {
    guard let reader, let place = reader.locate(id: id),
      let bytes = reader.segments[place.segment].documents.storedRecord(place.document)
    else { return nil }
    return ContentHash.hex(bytes)
  }

  /// Whether `reuse` may give `file`'s documents without reading it: its records are reusable
  /// and it has the size and modification time stored for its path. (A cheap first test, for
  /// the read-ahead hints: `reuse` checks the rest.)
  package func looksUnchanged(_ file: CorpusFile) -> Bool {
    guard reusable, let source = source(path: file.path) else { return false }
    return source.size == file.size && source.modificationTime == file.modificationTime
  }

  /// The file's documents as the previous generation stored them, if the file looks unchanged
  /// and every one of its records is still there and its own (not merged with another file's).
  package func reuse(_ file: CorpusFile, analyzer: FrenchAnalyzer) -> PreparedFile? {
    guard reusable, let reader, let source = source(path: file.path),
      source.size == file.size, source.modificationTime == file.modificationTime
    else { return nil }
    let entry = source.entry
    guard Set(entry.ids).count == entry.ids.count, !entry.ids.contains(where: shared.contains)
    else { return nil }
    var documents: [PreparedDocument] = []
    let store = reader.segments[source.segment].documents
    for id in entry.ids {
      // The stored bytes are carried over; only the document (not its mentions) is decoded.
      guard let number = store.document(id: id), let bytes = store.storedRecord(number),
        let document = store.document(number), document.file == file.path
      else { return nil }
      documents.append(PreparedDocument(document: document, encoded: bytes, analyzer: analyzer))
    }
    return PreparedFile(
      file: file, contentHash: entry.contentHash, documents: documents,
      diagnostics: entry.diagnostics ?? [])
  }

  /// A stamp of the running program (size and modification time of its executable), so that
  /// records extracted by another build of the program are not reused.
  package static var currentPipeline: String {
    let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return "unknown"
    }
    let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)-\(time)"
  }
}
