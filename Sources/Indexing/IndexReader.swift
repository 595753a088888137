import Corpus
import Extraction
import Foundation

/// An open, committed generation of the index, memory-mapped: a list of segments
/// (`SegmentReader`), each with its deletions overlaid; at most one live document per id across
/// them (the builder keeps it so). Opening checks sizes, footers and the small chunk tables of
/// `.terms` and `.docs` only, so it costs the same at any index size (their chunks are checked
/// on first use, see `ChunkedFile`). Readers keep the generation they opened.
public struct IndexReader: Sendable {
  public let directory: URL
  package let manifest: Manifest
  /// The segments, oldest first.
  package let segments: [SegmentReader]

  /// The first segment's dictionary, postings and documents: the whole index when it has one
  /// segment (as a full build leaves it); searches go through `segments`.
  package var terms: TermDictionary { segments[0].terms }
  package var postings: MappedFile { segments[0].postings }
  package var documents: DocumentStore { segments[0].documents }

  /// Opens the generation `CURRENT` names. If a concurrent commit removes its files while they
  /// are being opened, opens the new generation instead.
  public init(directory: URL) throws(IndexError) {
    try self.init(directory: directory, checkingEverything: false)
  }

  /// `checkingEverything`: also checks every chunk of `.terms` and `.docs` now, throwing on a
  /// damaged one (for a build that reuses the generation, and `verify`) instead of ending the
  /// process when a damaged chunk is first read.
  package init(directory: URL, checkingEverything: Bool) throws(IndexError) {
    var attempt = 0
    while true {
      do {
        try self.init(opening: directory, checkingEverything: checkingEverything)
        return
      } catch {
        attempt += 1
        guard case .missing = error, attempt < 3,
          let name = try? IndexLayout.currentManifestName(in: directory),
          IndexLayout.generation(of: name) != nil
        else { throw error }
      }
    }
  }

  private init(opening directory: URL, checkingEverything: Bool) throws(IndexError) {
    self.directory = directory
    guard FileManager.default.fileExists(atPath: directory.path) else {
      throw .missing(path: directory.path)
    }
    guard let name = try IndexLayout.currentManifestName(in: directory) else {
      throw .missing(path: directory.appendingPathComponent(IndexLayout.current).path)
    }
    let manifest = try IndexLayout.readManifest(named: name, in: directory)
    self.manifest = manifest
    // A flipped byte in the dictionary or the document table would silently change which terms
    // exist or which documents a filter keeps: their bytes are read only through their chunk
    // checksums (each chunk checked on first use); postings lists and records carry their own
    // checksums, checked when read.
    var segments: [SegmentReader] = []
    for entry in manifest.segments {
      segments.append(
        try SegmentReader(
          entry, manifest: manifest, directory: directory,
          checkingEverything: checkingEverything))
    }
    guard !segments.isEmpty else { throw .corrupted(file: name, reason: "names no segment") }
    self.segments = segments
    guard segments.reduce(0, { $0 + $1.documents.liveCount }) == manifest.documentCount,
      segments.reduce(0, { $0 + $1.documents.totalFieldLength }) == manifest.totalFieldLength
    else {
      throw .corrupted(file: name, reason: "document count differs from its segments")
    }
  }

  /// Documents in the index (a replaced duplicate or a deleted document does not count).
  public var documentCount: Int { manifest.documentCount }

  /// Document numbers of the first segment run from 0 below this.
  package var storedDocumentCount: Int { documents.storedCount }

  /// The average field length of the live documents of every segment.
  package var averageFieldLength: Double {
    documentCount == 0 ? 0 : Double(manifest.totalFieldLength) / Double(documentCount)
  }

  /// The segment and number of the live document with this id.
  package func locate(id: String) -> (segment: Int, document: Int)? {
    for (index, segment) in segments.enumerated() {
      if let number = segment.documents.document(id: id) { return (index, number) }
    }
    return nil
  }

  /// The segment and number of the first live document read from this path.
  package func locate(path: String) -> (segment: Int, document: Int)? {
    for (index, segment) in segments.enumerated() {
      if let number = segment.documents.document(path: path) { return (index, number) }
    }
    return nil
  }

  public func record(id: String) -> DocumentRecord? {
    locate(id: id).flatMap { segments[$0.segment].documents.record($0.document) }
  }

  /// The record with this id or path, nil when the index has no such document; a record whose
  /// stored bytes fail their checksum throws, naming the damaged file, instead of vanishing.
  public func checkedRecord(idOrPath reference: String) throws(IndexError) -> DocumentRecord? {
    guard let place = locate(id: reference) ?? locate(path: reference) else { return nil }
    let segment = segments[place.segment]
    guard let record = segment.documents.record(place.document) else {
      throw .corrupted(
        file: segment.fileName("store"), reason: "stored record of \(reference) fails its checksum")
    }
    return record
  }

  /// The first document read from `path`, written as it was given to `index`.
  public func record(path: String) -> DocumentRecord? {
    locate(path: path).flatMap { segments[$0.segment].documents.record($0.document) }
  }

  /// The document (without its mentions) with this id: cheaper than the whole record.
  public func document(id: String) -> Document? {
    locate(id: id).flatMap { segments[$0.segment].documents.document($0.document) }
  }

  /// The records of these ids, decoded on all cores (nil for an unknown id).
  public func records(ids: [String]) -> [DocumentRecord?] {
    let reader = self
    return parallelMap(ids) { id in reader.record(id: id) }
  }

  /// The ids of every document, in id order (byte order).
  public func documentIDs() -> [String] {
    liveDocumentsByID().map { segments[$0.segment].documents.id($0.document) }
  }

  /// Calls `body` with every stored record, in id order (records that fail their checksum
  /// are skipped; `verify` reports them).
  public func forEachRecord(_ body: (DocumentRecord) throws -> Void) rethrows {
    for place in liveDocumentsByID() {
      if let record = segments[place.segment].documents.record(place.document) {
        try body(record)
      }
    }
  }

  /// Every live document, in id order: the segments' id orders merged.
  package func liveDocumentsByID() -> [(segment: Int, document: Int)] {
    if segments.count == 1 { return segments[0].documents.liveDocumentsByID().map { (0, $0) } }
    var merged = IDOrderMerge(segments.map(\.documents))
    return merged.all()
  }

  package func postingList(_ info: TermInfo, positions: Bool) -> PostingList {
    segments[0].postingList(info, positions: positions)
  }

  /// A cursor over `info`'s postings in the first segment (see `PostingCursor`).
  package func cursor(_ info: TermInfo) -> PostingCursor { segments[0].cursor(info) }

  /// Checks every file's checksum (what `IndexVerifier` does, on this reader's generation).
  public func verify() -> [IndexProblem] { IndexVerifier().verify(directory: directory) }
}
