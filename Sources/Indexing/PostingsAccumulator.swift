import Foundation

/// The in-memory inverted index of a build: per term, the encoded postings of the documents
/// added so far. When it outgrows its budget it is written out as a sorted run and emptied.
///
/// Postings of one document in a run: doc delta, the document's BM25 length (for the skip
/// table's bounds), BM25 frequency (title words count twice), byte length of the positions,
/// then the position deltas, all varints. The first delta of a list is the absolute doc number;
/// `RunMerger` re-encodes the runs in blocks (`BlockListWriter`).
package struct PostingsAccumulator {
  package struct TermPostings {
    var bytes: [UInt8] = []
    var documentFrequency: Int = 0
    var lastDocument: Int = 0

    /// Appends one document's entry; returns the bytes of memory added (capacity growth).
    mutating func append(document: Int, length: Int, entry: ArraySlice<UInt8>) -> Int {
      let before = bytes.capacity
      varint(UInt64(document - lastDocument))
      varint(UInt64(length))
      bytes.append(contentsOf: entry)
      documentFrequency += 1
      lastDocument = document
      return bytes.capacity - before + (documentFrequency == 1 ? 96 : 0)
    }

    private mutating func varint(_ value: UInt64) {
      var rest = value
      while rest >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
        rest >>= 7
      }
      bytes.append(UInt8(rest))
    }
  }

  /// Term ids by UTF-8 bytes (their hashes computed once per document by `InvertedDocument`):
  /// cheaper than a `[String: …]`, and terms stay distinct by bytes.
  private var ids = TermInterner()
  /// The postings of each term, by id.
  private var lists: [TermPostings] = []
  package private(set) var estimatedBytes = 0

  package init() {}

  package var isEmpty: Bool { lists.isEmpty }

  /// One document's entry for a term, without its doc delta: frequency, byte length of the
  /// positions, position deltas (computed in the parallel phase).
  package static func entry(positions: [Int32], frequency: Int) -> [UInt8] {
    var positionBytes = ByteBuffer(capacity: positions.count * 2)
    var previous: Int32 = 0
    for position in positions {
      positionBytes.varint(Int(position - previous))
      previous = position
    }
    var entry = ByteBuffer(capacity: 4 + positionBytes.count)
    entry.varint(frequency)
    entry.varint(positionBytes.count)
    entry.append(positionBytes.bytes)
    return entry.bytes
  }

  package mutating func add(document: Int, postings: InvertedDocument) {
    var start = 0
    var termStart = 0
    postings.termBytes.withUnsafeBufferPointer { bytes in
      for (index, end) in postings.entryEnds.enumerated() {
        let termEnd = postings.termEnds[index]
        let term = UnsafeBufferPointer(rebasing: bytes[termStart..<termEnd])
        let id = ids.id(of: term, hash: postings.termHashes[index])
        if id == lists.count { lists.append(TermPostings()) }
        estimatedBytes += lists[id].append(
          document: document, length: postings.length, entry: postings.entries[start..<end])
        start = end
        termStart = termEnd
      }
    }
  }

  /// Writes the run sorted by term bytes and empties the accumulator.
  /// Run entry: term, document frequency, last document, byte length, postings bytes.
  package mutating func spill(to url: URL) throws(IndexError) {
    let writer = try FileWriter(url: url)
    let ids = ids
    let order = ids.bytes.withUnsafeBytes { bytes in
      lists.indices.sorted {
        RunMerger.compare(
          UnsafeRawBufferPointer(rebasing: bytes[ids.range(of: $0)]),
          UnsafeRawBufferPointer(rebasing: bytes[ids.range(of: $1)])) < 0
      }
    }
    var header = ByteBuffer(capacity: 64)
    for id in order {
      let postings = lists[id]
      header.bytes.removeAll(keepingCapacity: true)
      let range = ids.range(of: id)
      header.varint(range.count)
      header.append(ids.bytes[range])
      header.varint(postings.documentFrequency)
      header.varint(postings.lastDocument)
      header.varint(postings.bytes.count)
      try writer.write(header.bytes)
      try writer.write(postings.bytes)
    }
    try writer.finish(footer: false, sync: false)
    self.ids = TermInterner()
    lists = []
    estimatedBytes = 0
  }
}
