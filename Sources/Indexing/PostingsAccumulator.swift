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

  /// Term ids by UTF-8 bytes: cheaper than a `[String: …]`, and terms stay distinct by bytes.
  private var ids = TermIDs()
  /// The terms' bytes, by id, one after the other (`TermIDs.ends` says where each ends).
  private var termBytes: [UInt8] = []
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
        let id = ids.id(of: term, hash: postings.termHashes[index], among: &termBytes)
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
    let order = termBytes.withUnsafeBytes { bytes in
      lists.indices.sorted {
        RunMerger.compare(ids.term($0, in: bytes), ids.term($1, in: bytes)) < 0
      }
    }
    var header = ByteBuffer(capacity: 64)
    for id in order {
      let postings = lists[id]
      header.bytes.removeAll(keepingCapacity: true)
      termBytes.withUnsafeBytes { bytes in
        let term = ids.term(id, in: bytes)
        header.varint(term.count)
        header.append(term)
      }
      header.varint(postings.documentFrequency)
      header.varint(postings.lastDocument)
      header.varint(postings.bytes.count)
      try writer.write(header.bytes)
      try writer.write(postings.bytes)
    }
    try writer.finish(footer: false, sync: false)
    ids = TermIDs()
    termBytes = []
    lists = []
    estimatedBytes = 0
  }
}

extension PostingsAccumulator {
  /// The ids of the terms of a run: their FNV-1a hash (computed once per document by
  /// `TermInterner`) and open addressing over the ids, compared with the terms' bytes kept one
  /// after the other (no `String` per term: about 20 bytes per term beside its bytes).
  struct TermIDs {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    /// Where each term's bytes end in the accumulator's `termBytes`.
    private var ends: [Int] = []

    /// A term's bytes within `all` (the accumulator's `termBytes`).
    func term(_ id: Int, in all: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
      UnsafeRawBufferPointer(rebasing: all[(id == 0 ? 0 : ends[id - 1])..<ends[id]])
    }

    /// The id of `term` (whose FNV-1a hash is `hash`); a new term gets the next id and its
    /// bytes are appended to `all`.
    mutating func id(
      of term: UnsafeBufferPointer<UInt8>, hash: UInt64, among all: inout [UInt8]
    ) -> Int {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while true {
        let found = Int(slots[slot])
        if found < 0 { break }
        if hashes[found] == hash, equals(found, term, all) { return found }
        slot = (slot + 1) & mask
      }
      slots[slot] = Int32(hashes.count)
      hashes.append(hash)
      all.append(contentsOf: term)
      ends.append(all.count)
      if hashes.count * 2 > slots.count { grow() }
      return hashes.count - 1
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>, _ all: [UInt8]) -> Bool {
      let start = id == 0 ? 0 : ends[id - 1]
      guard ends[id] - start == term.count else { return false }
      return all[start..<ends[id]].elementsEqual(term)
    }

    private mutating func grow() {
      slots = [Int32](repeating: -1, count: slots.count * 2)
      let mask = slots.count - 1
      for (id, hash) in hashes.enumerated() {
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id)
      }
    }
  }
}
