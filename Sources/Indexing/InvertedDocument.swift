import Corpus
import FrenchText

/// One document's terms with their encoded postings entries, built without a dictionary or an
/// array per term: terms are interned to ids and every entry written into one flat buffer.
///
/// Entry of a term: BM25 frequency (title words count `IndexedText.titleBoost` times), byte
/// length of the positions, then the position deltas, all varints (see `PostingsAccumulator`).
///
/// The analyzer gives positions in order, so a term's deltas and entry size are known as its
/// tokens are read: one pass interns and measures, one pass writes each delta at its term's
/// place in the entries (no sort). Should positions ever go back, the document is inverted
/// again by sorting (id, position) pairs (`init(sortingPositionsOf:analyzer:)`).
package struct InvertedDocument: Sendable {
  /// The document's distinct terms' UTF-8 bytes, one after the other.
  package private(set) var termBytes: [UInt8] = []
  /// Where each distinct term ends in `termBytes` (it starts where the previous one ends).
  package private(set) var termEnds: [Int] = []
  /// Each distinct term's hash (see `TermInterner`).
  package private(set) var termHashes: [UInt64] = []
  /// The entries of all terms, one after the other.
  package private(set) var entries: [UInt8] = []
  /// Where the entry of the i-th distinct term ends in `entries`.
  package private(set) var entryEnds: [Int] = []
  /// The BM25 length (title words counted `titleBoost` times).
  package private(set) var length = 0

  package init(document: Document, analyzer: FrenchAnalyzer) {
    let scratch = InversionScratch.current
    var buffer = scratch.buffer ?? TermBuffer()
    var interner = scratch.interner ?? TermInterner()
    var stats = scratch.stats ?? []
    var occurrences = scratch.occurrences ?? []
    scratch.buffer = nil
    scratch.interner = nil
    scratch.stats = nil
    scratch.occurrences = nil
    interner.removeAll()
    var count = 0
    var inOrder = true
    var total = 0
    var base = 0
    IndexedText.forEachPiece(of: document) { text, isTitle in
      guard inOrder else { return }
      analyzer.analyze(text, into: &buffer)
      let tokens = buffer.slots.count
      guard tokens > 0 else { return }
      let weight = isTitle ? IndexedText.titleBoost : 1
      Self.grow(&stats, to: interner.count + tokens, with: InversionScratch.TermStats())
      Self.grow(&occurrences, to: count + tokens, with: 0)
      var highest = 0
      inOrder = buffer.bytes.withUnsafeBufferPointer { bytes in
        buffer.slots.withUnsafeBufferPointer { slots in
          stats.withUnsafeMutableBufferPointer { stats in
            occurrences.withUnsafeMutableBufferPointer { occurrences in
              Self.add(
                slots, bytes, base: base, weight: Int32(weight), interner: &interner,
                stats: stats.baseAddress!, occurrences: occurrences.baseAddress!, count: &count,
                highest: &highest)
            }
          }
        }
      }
      total += tokens * weight
      base += highest + 2
    }
    if inOrder {
      length = total
      termBytes = interner.termBytes
      termEnds = interner.ends
      termHashes = interner.hashes
      encode(occurrences[..<count], stats: &stats, termCount: interner.count)
    } else {
      self = InvertedDocument(sortingPositionsOf: document, analyzer: analyzer)
    }
    stats.withUnsafeMutableBufferPointer { stats in
      for id in 0..<min(interner.count, stats.count) { stats[id] = InversionScratch.TermStats() }
    }
    scratch.keep(buffer: buffer, interner: interner, stats: stats, occurrences: occurrences)
  }

  /// Makes `array` hold at least `count` elements (new ones `value`).
  @inline(__always)
  private static func grow<Element>(_ array: inout [Element], to count: Int, with value: Element) {
    guard array.count < count else { return }
    array.append(contentsOf: repeatElement(value, count: max(count, 2 * array.count) - array.count))
  }

  /// Interns the tokens of one piece and adds them to their terms' figures, each distinct
  /// (term, position) as (id << 32 | delta) at `occurrences[count]`; false when a token's
  /// position is below its term's last one (the figures are then of no use).
  @inline(__always)
  private static func add(
    _ slots: UnsafeBufferPointer<TermBuffer.Slot>, _ bytes: UnsafeBufferPointer<UInt8>,
    base: Int, weight: Int32, interner: inout TermInterner,
    stats: UnsafeMutablePointer<InversionScratch.TermStats>,
    occurrences: UnsafeMutablePointer<UInt64>, count: inout Int, highest: inout Int
  ) -> Bool {
    let start = bytes.baseAddress!
    var written = count
    var top = 0
    defer {
      count = written
      highest = top
    }
    for slot in slots {
      let term = UnsafeBufferPointer(
        start: start + Int(slot.termStart), count: Int(slot.termEnd &- slot.termStart))
      let id = interner.id(of: term)
      let position = Int32(truncatingIfNeeded: base &+ Int(slot.position))
      let last = stats[id].last
      guard position >= last else { return false }
      stats[id].weight &+= weight
      top = max(top, Int(slot.position))
      guard position != last else { continue }
      let delta = UInt32(bitPattern: position &- max(last, 0))
      stats[id].size &+= Int32(truncatingIfNeeded: varintSize(UInt64(delta)))
      stats[id].last = position
      occurrences[written] = UInt64(id) << 32 | UInt64(delta)
      written &+= 1
    }
    return true
  }

  /// Writes the entries from the figures of the in-order pass: each term's header, then each
  /// delta at its term's place, in document order.
  private mutating func encode(
    _ occurrences: ArraySlice<UInt64>, stats: inout [InversionScratch.TermStats],
    termCount: Int
  ) {
    var ends = [Int](repeating: 0, count: termCount)
    var total = 0
    stats.withUnsafeMutableBufferPointer { stats in
      for id in 0..<termCount {
        let size = Int(stats[id].size)
        total += Self.varintSize(UInt64(stats[id].weight)) + Self.varintSize(UInt64(size))
        stats[id].last = Int32(truncatingIfNeeded: total)
        total += size
        ends[id] = total
      }
    }
    entries = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
      stats.withUnsafeMutableBufferPointer { stats in
        var at = 0
        for id in 0..<termCount {
          Self.varint(UInt64(stats[id].weight), into: out, at: &at)
          Self.varint(UInt64(stats[id].size), into: out, at: &at)
          at = ends[id]
        }
        occurrences.withUnsafeBufferPointer { occurrences in
          for occurrence in occurrences {
            let id = Int(truncatingIfNeeded: occurrence >> 32)
            var cursor = Int(stats[id].last)
            Self.varint(occurrence & 0xFFFF_FFFF, into: out, at: &cursor)
            stats[id].last = Int32(truncatingIfNeeded: cursor)
          }
        }
      }
      initialized = total
    }
    entryEnds = ends
  }

  /// The same inversion by sorting every (id, position) pair: the path for positions out of
  /// order, and the tests' reference.
  init(sortingPositionsOf document: Document, analyzer: FrenchAnalyzer) {
    var interner = TermInterner()
    var weights: [Int] = []
    var occurrences: [UInt64] = []
    var base = 0
    var total = 0
    var buffer = TermBuffer()
    IndexedText.forEachPiece(of: document) { text, isTitle in
      analyzer.analyze(text, into: &buffer)
      guard !buffer.slots.isEmpty else { return }
      let weight = isTitle ? IndexedText.titleBoost : 1
      var highest = 0
      for slot in buffer.slots {
        let position = Int(slot.position)
        let id = buffer.bytes.withUnsafeBufferPointer { bytes in
          interner.id(
            of: UnsafeBufferPointer(rebasing: bytes[Int(slot.termStart)..<Int(slot.termEnd)]))
        }
        if id == weights.count { weights.append(0) }
        weights[id] += weight
        occurrences.append(UInt64(id) << 32 | UInt64(UInt32(truncatingIfNeeded: base + position)))
        highest = max(highest, position)
      }
      total += buffer.slots.count * weight
      base += highest + 2
    }
    length = total
    termBytes = interner.termBytes
    termEnds = interner.ends
    termHashes = interner.hashes
    occurrences.sort()
    occurrences.withUnsafeBufferPointer { encodeSorted($0, weights: weights) }
  }

  /// Writes each term's entry from the sorted (id, position) pairs, skipping repeated positions.
  private mutating func encodeSorted(_ occurrences: UnsafeBufferPointer<UInt64>, weights: [Int]) {
    var out: [UInt8] = []
    var ends: [Int] = []
    var index = 0
    var deltas: [UInt8] = []
    for id in 0..<weights.count {
      deltas.removeAll(keepingCapacity: true)
      var previous: UInt64 = 0
      var first = true
      while index < occurrences.count, occurrences[index] >> 32 == UInt64(id) {
        let position = occurrences[index] & 0xFFFF_FFFF
        index += 1
        if !first && position == previous { continue }
        Self.append(position - previous, to: &deltas)
        previous = position
        first = false
      }
      Self.append(UInt64(weights[id]), to: &out)
      Self.append(UInt64(deltas.count), to: &out)
      out.append(contentsOf: deltas)
      ends.append(out.count)
    }
    entries = out
    entryEnds = ends
  }

  private static func append(_ value: UInt64, to out: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    out.append(UInt8(rest))
  }

  @inline(__always)
  static func varintSize(_ value: UInt64) -> Int {
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
