import Foundation

@testable import Indexing

/// `PostingsAccumulator` as it was before its lists moved to a `PostingsArena` (one `[UInt8]`
/// per term), kept as the reference its runs are compared with (`AccumulatorArenaTests`).
///
/// Postings of one document in a run: doc delta, the document's BM25 length (for the skip
/// table's bounds), BM25 frequency (title words count twice), byte length of the positions,
/// then the position deltas, all varints. The first delta of a list is the absolute doc number;
/// `RunMerger` re-encodes the runs in blocks (`BlockListWriter`).
struct AccumulatorReference {
  /// Terms by their bytes (hashes computed once per document by `InvertedDocument`): open
  /// addressing, each slot the high 32 bits of the hash and the term's id + 1 (0: empty). A
  /// term's bytes head its own list, so that finding a term reads its slot and its list only.
  private var slots = [UInt64](repeating: 0, count: 4096)
  /// Each term's hash, by id (read only to grow `slots`).
  private var hashes: [UInt64] = []
  /// The postings of each term, by id.
  private var lists: [AccumulatorReferenceList] = []
  private(set) var estimatedBytes = 0
  /// What `warm` read, kept so that its loads are not optimised away.
  private var warmed = 0

  init() {}

  var isEmpty: Bool { lists.isEmpty }

  mutating func add(document: Int, postings: InvertedDocument) {
    warm(postings.termHashes)
    var start = 0
    var termStart = 0
    let length = postings.length
    postings.termBytes.withUnsafeBufferPointer { bytes in
      postings.entries.withUnsafeBufferPointer { entries in
        for (index, end) in postings.entryEnds.enumerated() {
          let termEnd = postings.termEnds[index]
          let term = UnsafeBufferPointer(rebasing: bytes[termStart..<termEnd])
          let id = id(of: term, hash: postings.termHashes[index])
          estimatedBytes += lists[id].append(
            document: document, length: length,
            entry: UnsafeBufferPointer(rebasing: entries[start..<end]))
          start = end
          termStart = termEnd
        }
      }
    }
  }

  /// Reads the slot, the list and the head of the list's bytes of each term to come, before
  /// any is used: the loads are independent, so their cache misses overlap instead of coming
  /// one after the other in `add`.
  private mutating func warm(_ hashes: [UInt64]) {
    let mask = slots.count - 1
    var sum = 0
    slots.withUnsafeBufferPointer { slots in
      lists.withUnsafeBufferPointer { lists in
        for hash in hashes {
          let found = slots[Int(truncatingIfNeeded: hash) & mask]
          guard found != 0, (found ^ hash) & 0xFFFF_FFFF_0000_0000 == 0 else { continue }
          let id = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) - 1
          sum &+= lists[id].bytes.count
        }
      }
    }
    warmed = sum
  }

  /// The id of `term` (a new list when it is new).
  @inline(__always)
  private mutating func id(of term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let found = slots[slot]
      if found == 0 { break }
      if found & 0xFFFF_FFFF_0000_0000 == tag {
        let id = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) - 1
        if lists[id].holds(term) { return id }
      }
      slot = (slot + 1) & mask
    }
    let id = lists.count
    slots[slot] = tag | UInt64(id + 1)
    hashes.append(hash)
    lists.append(AccumulatorReferenceList(term: term))
    estimatedBytes += 96
    if lists.count * 2 > slots.count { grow() }
    return id
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    }
  }

  /// Writes the run sorted by term bytes and empties the accumulator.
  /// Run entry: term, document frequency, last document, byte length, postings bytes.
  mutating func spill(to url: URL) throws(IndexError) {
    let writer = try FileWriter(url: url)
    var terms: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(lists.count)
    for list in lists {
      terms.append(contentsOf: list.bytes[..<list.termLength])
      ends.append(terms.count)
    }
    let order = terms.withUnsafeBytes { bytes in
      lists.indices.sorted {
        RunMerger.compare(
          UnsafeRawBufferPointer(rebasing: bytes[($0 == 0 ? 0 : ends[$0 - 1])..<ends[$0]]),
          UnsafeRawBufferPointer(rebasing: bytes[($1 == 0 ? 0 : ends[$1 - 1])..<ends[$1]])) < 0
      }
    }
    var header = ByteBuffer(capacity: 64)
    for id in order {
      let postings = lists[id]
      header.bytes.removeAll(keepingCapacity: true)
      header.varint(postings.termLength)
      header.append(postings.bytes[..<postings.termLength])
      header.varint(postings.documentFrequency)
      header.varint(postings.lastDocument)
      header.varint(postings.bytes.count - postings.termLength)
      try writer.write(header.bytes)
      var failure: IndexError?
      postings.bytes.withUnsafeBytes { bytes in
        do throws(IndexError) {
          try writer.write(UnsafeRawBufferPointer(rebasing: bytes[postings.termLength...]))
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
    }
    try writer.finish(footer: false, sync: false)
    slots = [UInt64](repeating: 0, count: 4096)
    hashes = []
    lists = []
    estimatedBytes = 0
  }
}

/// One term's list in an `AccumulatorReference`: the term's bytes, then the postings of the
/// documents added so far (doc delta, length, entry), in one byte array.
struct AccumulatorReferenceList {
  /// The term's bytes, then the postings bytes.
  private(set) var bytes: [UInt8] = []
  /// How many of the first `bytes` are the term's.
  let termLength: Int
  private(set) var documentFrequency: Int = 0
  private(set) var lastDocument: Int = 0

  init(term: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: term)
    termLength = term.count
  }

  /// Whether this is the list of `term`.
  @inline(__always)
  func holds(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
    guard termLength == term.count else { return false }
    guard let termBase = term.baseAddress, term.count > 0 else { return true }
    return bytes.withUnsafeBytes { stored in
      TermInterner.same(stored.baseAddress!, termBase, count: term.count)
    }
  }

  /// Appends one document's entry; returns the bytes of memory added (capacity growth).
  @inline(__always)
  mutating func append(document: Int, length: Int, entry: UnsafeBufferPointer<UInt8>) -> Int {
    let before = bytes.capacity
    var header: (UInt64, UInt64) = (0, 0)
    let headerCount = withUnsafeMutableBytes(of: &header) { raw in
      var at = 0
      Self.varint(UInt64(document - lastDocument), into: raw, at: &at)
      Self.varint(UInt64(length), into: raw, at: &at)
      return at
    }
    withUnsafeBytes(of: &header) { raw in
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[..<headerCount]))
    }
    bytes.append(contentsOf: entry)
    documentFrequency += 1
    lastDocument = document
    return bytes.capacity - before
  }

  /// A varint of a document delta or length (under 2^56: at most 8 bytes) at `at` in `raw`.
  @inline(__always)
  private static func varint(
    _ value: UInt64, into raw: UnsafeMutableRawBufferPointer, at: inout Int
  ) {
    var rest = value
    while rest >= 0x80 {
      raw[at] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest >>= 7
      at += 1
    }
    raw[at] = UInt8(rest)
    at += 1
  }
}
