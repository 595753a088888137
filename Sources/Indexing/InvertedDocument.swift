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
    scratch.buffer = nil
    let interner = scratch.interner
    interner.removeAll()
    var terms = interner.borrow()
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
      scratch.reserve(terms: terms.count + tokens, occurrences: count + tokens)
      let stats = scratch.stats
      let occurrences = scratch.occurrences
      var highest = 0
      inOrder = buffer.bytes.withUnsafeBufferPointer { bytes in
        buffer.slots.withUnsafeBufferPointer { slots in
          Self.add(
            slots, bytes, base: base, weight: Int32(weight), terms: &terms, stats: stats,
            occurrences: occurrences, count: &count, highest: &highest)
        }
      }
      total += tokens * weight
      base += highest + 2
    }
    interner.giveBack(terms)
    if inOrder {
      length = total
      termBytes = interner.termBytes
      termEnds = interner.ends
      termHashes = interner.hashes
      encode(scratch.occurrences, count: count, stats: scratch.stats, termCount: interner.count)
    } else {
      self = InvertedDocument(sortingPositionsOf: document, analyzer: analyzer)
    }
    scratch.reset(terms: min(interner.count, scratch.statsCapacity))
    scratch.buffer = buffer
  }

  /// Interns the tokens of one piece and adds them to their terms' figures, each distinct
  /// (term, position) as (id << 32 | delta) at `occurrences[count]`; false when a token's
  /// position is below its term's last one (the figures are then of no use). `stats` and
  /// `occurrences` have room for every token of the piece.
  @inline(__always)
  private static func add(
    _ slots: UnsafeBufferPointer<TermBuffer.Slot>, _ bytes: UnsafeBufferPointer<UInt8>,
    base: Int, weight: Int32, terms: inout TermInterner.Storage,
    stats: UnsafeMutablePointer<InversionScratch.TermStats>,
    occurrences: UnsafeMutablePointer<UInt64>, count: inout Int, highest: inout Int
  ) -> Bool {
    guard let start = bytes.baseAddress else { return false }
    let byteCount = bytes.count
    let base = Int32(truncatingIfNeeded: base)
    var written = count
    var top: Int32 = 0
    defer {
      count = written
      highest = Int(top)
    }
    for slot in slots {
      let termStart = Int(slot.termStart)
      let id = terms.id(
        of: start + termStart, count: Int(slot.termEnd &- slot.termStart),
        readable: byteCount &- termStart)
      let position = base &+ slot.position
      let figures = stats + id
      let last = figures.pointee.last
      guard position >= last else { return false }
      figures.pointee.weight &+= weight
      top = max(top, slot.position)
      guard position != last else { continue }
      let delta = UInt32(bitPattern: position &- max(last, 0))
      figures.pointee.size &+= Int32(truncatingIfNeeded: varintSize(UInt64(delta)))
      figures.pointee.last = position
      occurrences[written] = UInt64(truncatingIfNeeded: id) << 32 | UInt64(delta)
      written &+= 1
    }
    return true
  }

  /// Writes the entries from the figures of the in-order pass: each term's header, then each
  /// delta at its term's place, in document order.
  private mutating func encode(
    _ occurrences: UnsafeMutablePointer<UInt64>, count: Int,
    stats: UnsafeMutablePointer<InversionScratch.TermStats>, termCount: Int
  ) {
    var total = 0
    let ends = [Int](unsafeUninitializedCapacity: termCount) { ends, initialized in
      for id in 0..<termCount {
        let size = Int(stats[id].size)
        total &+= Self.varintSize(UInt64(stats[id].weight)) &+ Self.varintSize(UInt64(size))
        stats[id].last = Int32(truncatingIfNeeded: total)
        total &+= size
        ends[id] = total
      }
      initialized = termCount
    }
    entries = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
      ends.withUnsafeBufferPointer { ends in
        var at = 0
        for id in 0..<termCount {
          Self.varint(UInt64(stats[id].weight), into: out, at: &at)
          Self.varint(UInt64(stats[id].size), into: out, at: &at)
          at = ends[id]
        }
      }
      for index in 0..<count {
        let occurrence = occurrences[index]
        let figures = stats + Int(truncatingIfNeeded: occurrence >> 32)
        var cursor = Int(figures.pointee.last)
        Self.varint(occurrence & 0xFFFF_FFFF, into: out, at: &cursor)
        figures.pointee.last = Int32(truncatingIfNeeded: cursor)
      }
      initialized = total
    }
    entryEnds = ends
  }

  /// The same inversion by sorting every (id, position) pair: the path for positions out of
  /// order, and the tests' reference.
  init(sortingPositionsOf document: Document, analyzer: FrenchAnalyzer) {
    let interner = TermInterner()
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
