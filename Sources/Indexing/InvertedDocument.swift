import Corpus
import FrenchText

/// One document's terms with their encoded postings entries, built without a dictionary or an
/// array per term: terms are interned to ids, (id, position) pairs sorted once, and every
/// entry written into one flat buffer.
///
/// Entry of a term: BM25 frequency (title words count `IndexedText.titleBoost` times), byte
/// length of the positions, then the position deltas, all varints (see `PostingsAccumulator`).
package struct InvertedDocument: Sendable {
  /// The document's distinct terms' UTF-8 bytes, one after the other.
  package private(set) var termBytes: [UInt8] = []
  /// Where each distinct term ends in `termBytes` (it starts where the previous one ends).
  package private(set) var termEnds: [Int] = []
  /// Each distinct term's FNV-1a hash (see `TermInterner`).
  package private(set) var termHashes: [UInt64] = []
  /// The entries of all terms, one after the other.
  package private(set) var entries: [UInt8] = []
  /// Where the entry of the i-th distinct term ends in `entries`.
  package private(set) var entryEnds: [Int] = []
  /// The BM25 length (title words counted `titleBoost` times).
  package private(set) var length = 0

  package init(document: Document, analyzer: FrenchAnalyzer) {
    var interner = TermInterner()
    var weights: [Int] = []
    var occurrences: [UInt64] = []
    var base = 0
    var total = 0
    var inOrder = true
    var buffer = TermBuffer()
    var textBytes = 0
    IndexedText.forEachPiece(of: document) { text, _ in textBytes += text.utf8.count }
    occurrences.reserveCapacity(textBytes / 5)
    weights.reserveCapacity(min(textBytes / 8, 4096))
    IndexedText.forEachPiece(of: document) { text, isTitle in
      analyzer.analyze(text, into: &buffer)
      guard !buffer.slots.isEmpty else { return }
      let weight = isTitle ? IndexedText.titleBoost : 1
      var highest = 0
      var previous = 0
      buffer.bytes.withUnsafeBufferPointer { bytes in
        buffer.slots.withUnsafeBufferPointer { slots in
          for slot in slots {
            let position = Int(slot.position)
            inOrder = inOrder && position >= previous
            previous = position
            let term = UnsafeBufferPointer(
              rebasing: bytes[Int(slot.termStart)..<Int(slot.termEnd)])
            let id = interner.id(of: term)
            if id == weights.count { weights.append(0) }
            weights[id] += weight
            occurrences.append(UInt64(id) << 32 | UInt64(UInt32(base + position)))
            highest = max(highest, position)
          }
        }
      }
      total += buffer.slots.count * weight
      base += highest + 2
    }
    length = total
    termBytes = interner.termBytes
    termEnds = interner.ends
    termHashes = interner.hashes
    if inOrder {
      occurrences = Self.groupedByTerm(occurrences, termCount: weights.count)
    } else {
      occurrences.sort()
    }
    occurrences.withUnsafeBufferPointer { encode($0, weights: weights) }
  }

  /// The (id, position) pairs sorted, when positions never decrease in `occurrences`: a
  /// counting sort by term id, stable, so each term's positions stay in order.
  private static func groupedByTerm(_ occurrences: [UInt64], termCount: Int) -> [UInt64] {
    var starts = [Int](repeating: 0, count: termCount + 1)
    for occurrence in occurrences { starts[Int(occurrence >> 32) + 1] += 1 }
    for id in 0..<termCount { starts[id + 1] += starts[id] }
    return [UInt64](unsafeUninitializedCapacity: occurrences.count) { sorted, initialized in
      for occurrence in occurrences {
        let id = Int(occurrence >> 32)
        sorted[starts[id]] = occurrence
        starts[id] += 1
      }
      initialized = occurrences.count
    }
  }

  /// Writes each term's entry from the sorted (id, position) pairs, skipping repeated positions:
  /// first the size of each term's position deltas, then the entries in one exact allocation.
  private mutating func encode(_ occurrences: UnsafeBufferPointer<UInt64>, weights: [Int]) {
    let (deltaSizes, total) = Self.entrySizes(occurrences, weights: weights)
    var ends = [Int](repeating: 0, count: weights.count)
    entries = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
      var at = 0
      var index = 0
      for id in 0..<weights.count {
        Self.varint(UInt64(weights[id]), into: out, at: &at)
        Self.varint(UInt64(deltaSizes[id]), into: out, at: &at)
        var previous: UInt64 = 0
        var first = true
        while index < occurrences.count, occurrences[index] >> 32 == UInt64(id) {
          let position = occurrences[index] & 0xFFFF_FFFF
          index += 1
          if !first && position == previous { continue }
          Self.varint(position - previous, into: out, at: &at)
          previous = position
          first = false
        }
        ends[id] = at
      }
      precondition(at == total, "entry sizes miscounted")
      initialized = at
    }
    entryEnds = ends
  }

  /// The byte length of each term's position deltas, and the length of all the entries.
  private static func entrySizes(
    _ occurrences: UnsafeBufferPointer<UInt64>, weights: [Int]
  ) -> (deltas: [Int], total: Int) {
    var deltaSizes = [Int](repeating: 0, count: weights.count)
    var total = 0
    var index = 0
    for id in 0..<weights.count {
      var previous: UInt64 = 0
      var first = true
      var size = 0
      while index < occurrences.count, occurrences[index] >> 32 == UInt64(id) {
        let position = occurrences[index] & 0xFFFF_FFFF
        index += 1
        if !first && position == previous { continue }
        size += varintSize(position - previous)
        previous = position
        first = false
      }
      deltaSizes[id] = size
      total += size + varintSize(UInt64(weights[id])) + varintSize(UInt64(size))
    }
    return (deltaSizes, total)
  }

  @inline(__always)
  private static func varintSize(_ value: UInt64) -> Int {
    value < 0x80 ? 1 : (64 - value.leadingZeroBitCount + 6) / 7
  }

  @inline(__always)
  private static func varint(
    _ value: UInt64, into out: UnsafeMutableBufferPointer<UInt8>, at: inout Int
  ) {
    var rest = value
    while rest >= 0x80 {
      out[at] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest >>= 7
      at += 1
    }
    out[at] = UInt8(rest)
    at += 1
  }
}
