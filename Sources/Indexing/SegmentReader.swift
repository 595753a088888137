import Foundation

/// One segment of an open generation, memory-mapped: its term dictionary, postings, document
/// table and store, with its deletions overlaid (`DocumentStore`). Document numbers are the
/// segment's own.
package struct SegmentReader: Sendable {
  package let entry: SegmentEntry
  package let terms: TermDictionary
  package let postings: MappedFile
  package let documents: DocumentStore
  package let deletions: Deletions?
  private let sources: MappedFile

  /// Opens the segment's files (checked against `manifest`: sizes, footers, chunk tables) and
  /// its deletions file; `checkingEverything` also checks every chunk now.
  init(
    _ entry: SegmentEntry, manifest: Manifest, directory: URL, checkingEverything: Bool
  ) throws(IndexError) {
    self.entry = entry
    var mapped: [String: MappedFile] = [:]
    for suffix in IndexLayout.suffixes {
      let name = entry.fileName(suffix)
      guard let file = manifest.file(named: name) else {
        throw .corrupted(
          file: Manifest.name(generation: manifest.generation), reason: "names no \(name)")
      }
      mapped[suffix] = try SegmentReader.open(file, in: directory)
    }
    func chunked(_ suffix: String) throws(IndexError) -> ChunkedFile {
      let file = mapped[suffix]!
      let chunked = try ChunkedFile(file, path: directory.appendingPathComponent(file.name).path)
      if checkingEverything { try chunked.verifyAll() }
      return chunked
    }
    terms = try TermDictionary(file: try chunked("terms"))
    postings = mapped["post"]!
    sources = mapped["sources"]!
    deletions = try entry.deletions.map { name throws(IndexError) in
      guard let file = manifest.file(named: name) else {
        throw .corrupted(
          file: Manifest.name(generation: manifest.generation), reason: "names no \(name)")
      }
      return try Deletions.read(
        try SegmentReader.open(file, in: directory), storedCount: entry.storedCount,
        sourceCount: entry.sourceCount)
    }
    documents = try DocumentStore(
      docs: try chunked("docs"), store: mapped["store"]!, deletions: deletions)
    guard documents.liveCount == entry.liveCount, documents.storedCount == entry.storedCount,
      documents.totalFieldLength == entry.totalFieldLength
    else {
      throw .corrupted(
        file: entry.fileName("docs"), reason: "document count differs from the manifest")
    }
  }

  /// Maps a file the manifest names, checking its size and footer against the manifest.
  static func open(
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

  /// Document numbers run from 0 below this (replaced and deleted documents included).
  package var storedDocumentCount: Int { documents.storedCount }

  /// The name of one of the segment's files (`terms`, `post`, `docs`, `store`, `sources`).
  package func fileName(_ suffix: String) -> String { entry.fileName(suffix) }

  package func postingList(_ info: TermInfo, positions: Bool) -> PostingList {
    PostingList(info, in: postings, positions: positions)
  }

  /// A cursor over `info`'s postings (see `PostingCursor`).
  package func cursor(_ info: TermInfo) -> PostingCursor {
    PostingCursor(
      info, file: postings.bytes, payloadCount: postings.payload.count,
      verified: postings.verified)
  }

  /// The segment's source entries with whether each was deleted; nil when the table is damaged.
  package func sourceEntries() -> [(entry: SourceEntry, deleted: Bool)]? {
    guard (try? Footer.verifyChecksum(sources.bytes, name: sources.name)) != nil,
      let entries = SourceTable.entries(in: sources.payload), entries.count == entry.sourceCount
    else { return nil }
    return entries.enumerated().map { index, entry in
      (entry, deletions?.isDeleted(source: index) ?? false)
    }
  }
}
