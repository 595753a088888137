import Corpus
import Extraction
import Foundation

/// An open, committed generation of the index, memory-mapped; opening checks sizes, footers and
/// the small chunk tables of `.terms` and `.docs` only, so it costs the same at any index size
/// (their chunks are checked on first use, see `ChunkedFile`). Readers keep the generation they
/// opened.
public struct IndexReader: Sendable {
  public let directory: URL
  package let manifest: Manifest
  package let terms: TermDictionary
  package let postings: MappedFile
  package let documents: DocumentStore

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
    manifest = try IndexLayout.readManifest(named: name, in: directory)
    var mapped: [String: MappedFile] = [:]
    for suffix in IndexLayout.suffixes {
      guard let entry = manifest.file(withSuffix: ".\(suffix)") else {
        throw .corrupted(file: name, reason: "names no .\(suffix) file")
      }
      mapped[suffix] = try IndexReader.open(entry, in: directory)
    }
    // A flipped byte in the dictionary or the document table would silently change which terms
    // exist or which documents a filter keeps: their bytes are read only through their chunk
    // checksums (each chunk checked on first use); postings lists and records carry their own
    // checksums, checked when read.
    func chunked(_ suffix: String) throws(IndexError) -> ChunkedFile {
      let file = mapped[suffix]!
      let path = directory.appendingPathComponent(file.name).path
      let chunked = try ChunkedFile(file, path: path)
      if checkingEverything { try chunked.verifyAll() }
      return chunked
    }
    terms = try TermDictionary(file: try chunked("terms"))
    postings = mapped["post"]!
    documents = try DocumentStore(docs: try chunked("docs"), store: mapped["store"]!)
    guard documents.liveCount == manifest.documentCount else {
      throw .corrupted(
        file: mapped["docs"]!.name, reason: "document count differs from the manifest")
    }
  }

  private static func open(
    _ entry: Manifest.FileEntry, in directory: URL
  ) throws(IndexError) -> MappedFile {
    let file = try MappedFile(url: directory.appendingPathComponent(entry.name), name: entry.name)
    guard file.bytes.count == entry.size else {
      throw .corrupted(
        file: entry.name, reason: "size \(file.bytes.count) bytes, manifest says \(entry.size)")
    }
    let footer = try Footer.read(file.bytes, name: entry.name)
    guard footer.crc == entry.crc32 else {
      throw .corrupted(file: entry.name, reason: "footer checksum differs from the manifest")
    }
    return file
  }

  /// Documents in the index (a replaced duplicate does not count).
  public var documentCount: Int { manifest.documentCount }

  /// Document numbers run from 0 below this (replaced duplicates included).
  package var storedDocumentCount: Int { documents.storedCount }

  package var averageFieldLength: Double {
    documentCount == 0 ? 0 : Double(documents.totalFieldLength) / Double(documentCount)
  }

  public func record(id: String) -> DocumentRecord? {
    documents.document(id: id).flatMap { documents.record($0) }
  }

  /// The record with this id or path, nil when the index has no such document; a record whose
  /// stored bytes fail their checksum throws, naming the damaged file, instead of vanishing.
  public func checkedRecord(idOrPath reference: String) throws(IndexError) -> DocumentRecord? {
    guard let number = documents.document(id: reference) ?? documents.document(path: reference)
    else { return nil }
    guard let record = documents.record(number) else {
      let file = manifest.file(withSuffix: ".store")?.name ?? "store"
      throw .corrupted(file: file, reason: "stored record of \(reference) fails its checksum")
    }
    return record
  }

  /// The first document read from `path`, written as it was given to `index`.
  public func record(path: String) -> DocumentRecord? {
    documents.document(path: path).flatMap { documents.record($0) }
  }

  /// The document (without its mentions) with this id: cheaper than the whole record.
  public func document(id: String) -> Document? {
    documents.document(id: id).flatMap { documents.document($0) }
  }

  /// The records of these ids, decoded on all cores (nil for an unknown id).
  public func records(ids: [String]) -> [DocumentRecord?] {
    let documents = documents
    return parallelMap(ids) { id in documents.document(id: id).flatMap { documents.record($0) } }
  }

  /// The ids of every document, in id order (byte order).
  public func documentIDs() -> [String] {
    documents.liveDocumentsByID().map { documents.id($0) }
  }

  /// Calls `body` with every stored record, in id order (records that fail their checksum
  /// are skipped; `verify` reports them).
  public func forEachRecord(_ body: (DocumentRecord) throws -> Void) rethrows {
    for document in documents.liveDocumentsByID() {
      if let record = documents.record(document) { try body(record) }
    }
  }

  package func postingList(_ info: TermInfo, positions: Bool) -> PostingList {
    PostingList(info, in: postings, positions: positions)
  }

  /// A cursor over `info`'s postings (see `PostingCursor`).
  package func cursor(_ info: TermInfo) -> PostingCursor {
    PostingCursor(
      info, file: postings.bytes, payloadCount: postings.payload.count,
      verified: postings.verified)
  }

  /// Checks every file's checksum (what `IndexVerifier` does, on this reader's generation).
  public func verify() -> [IndexProblem] { IndexVerifier().verify(directory: directory) }
}
