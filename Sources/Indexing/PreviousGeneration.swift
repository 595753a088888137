import Corpus
import Foundation
import FrenchText

/// The committed generation a build starts from: its live source entries over every segment (to
/// count added, updated and dropped documents, and to tell which files changed) and its records,
/// reused for files whose size and modification time have not changed, when the same program
/// (the same `pipeline`) wrote them.
package struct PreviousGeneration: Sendable {
  /// A live source entry: its segment (index in `reader.segments`) and place in that segment's
  /// source table.
  package struct Source: Sendable {
    package var segment: Int
    package var index: Int
    package var entry: SourceEntry
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
    for (number, segment) in reader.segments.enumerated() {
      guard let entries = segment.sourceEntries() else { return }
      for (index, item) in entries.enumerated() where !item.deleted {
        sources.append(Source(segment: number, index: index, entry: item.entry))
      }
    }
    self.sources = sources
    self.reader = reader
    reusable = pipeline != nil && reader.manifest.pipeline == pipeline
    byPath = ByteStringTable(capacity: sources.count)
    for index in sources.indices {
      _ = byPath.insert(sources[index].entry.path, place: index) { sources[$0].entry.path }
    }
    shared = PreviousGeneration.sharedIDs(sources)
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
  private static func sharedIDs(_ sources: [Source]) -> Set<String> {
    var ids: [String] = []
    ids.reserveCapacity(sources.count)
    for source in sources { ids.append(contentsOf: source.entry.ids) }
    var seen = ByteStringTable(capacity: ids.count)
    var shared: Set<String> = []
    for index in ids.indices where seen.insert(ids[index], place: index, keyAt: { ids[$0] }) != nil
    {
      shared.insert(ids[index])
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
    byPath.find(path) { sources[$0].entry.path }
  }

  /// The hash of each id's stored record: the source entry's, or for an id met more than once,
  /// that of the record the generation stores.
  package func recordHashes() -> [String: String] {
    var hashes: [String: String] = [:]
    for source in sources {
      for (id, hash) in zip(source.entry.ids, source.entry.recordHashes) { hashes[id] = hash }
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
    return source.entry.size == file.size
      && source.entry.modificationTime == file.modificationTime
  }

  /// The file's documents as the previous generation stored them, if the file looks unchanged
  /// and every one of its records is still there and its own (not merged with another file's).
  package func reuse(_ file: CorpusFile, analyzer: FrenchAnalyzer) -> PreparedFile? {
    guard reusable, let reader, let source = source(path: file.path),
      source.entry.size == file.size, source.entry.modificationTime == file.modificationTime,
      Set(source.entry.ids).count == source.entry.ids.count,
      !source.entry.ids.contains(where: shared.contains)
    else { return nil }
    var documents: [PreparedDocument] = []
    let store = reader.segments[source.segment].documents
    for id in source.entry.ids {
      // The stored bytes are carried over; only the document (not its mentions) is decoded.
      guard let number = store.document(id: id), let bytes = store.storedRecord(number),
        let document = store.document(number), document.file == file.path
      else { return nil }
      documents.append(PreparedDocument(document: document, encoded: bytes, analyzer: analyzer))
    }
    return PreparedFile(
      file: file, contentHash: source.entry.contentHash, documents: documents,
      diagnostics: source.entry.diagnostics ?? [])
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
