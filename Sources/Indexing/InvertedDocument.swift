import Corpus
import FrenchText

/// One document's terms with their encoded postings entries, built without a dictionary or an
/// array per term: terms are interned to ids and every entry written into one flat buffer.
///
/// Entry of a term: BM25 frequency (title words count `IndexedText.titleBoost` times), byte
/// length of the positions, then the position deltas, all varints (see `PostingsAccumulator`).
///
/// One pass interns the tokens, keeping each as (term id, position) and counting each term's
/// tokens; a counting sort then groups the positions by term (each in document order) and one
/// pass writes the entries. Should a term's positions ever go back, the document is inverted
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

  package init(document: __shared Document, analyzer: FrenchAnalyzer) {
    let scratch = InversionScratch.current
    var buffer = scratch.buffer ?? TermBuffer()
    scratch.buffer = nil
    let interner = scratch.interner
    interner.removeAll()
    var terms = interner.borrow()
    var stats = scratch.stats
    var occurrences = scratch.occurrences
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
      stats.reserve(terms.count + tokens)
      occurrences.reserve(count + tokens)
      let highest = buffer.bytes.withUnsafeBufferPointer { bytes in
        buffer.slots.withUnsafeBufferPointer { slots in
          Self.add(
            slots, bytes, base: base, weight: weight, terms: &terms, stats: stats.base,
            occurrences: occurrences.base + count)
        }
      }
      guard let highest else {
        inOrder = false
        return
      }
      count += tokens
      total += tokens * weight
      base += highest + 2
    }
    interner.giveBack(terms)
    scratch.stats = stats
    scratch.occurrences = occurrences
    if inOrder {
      inOrder = encode(count, scratch: scratch, termCount: interner.count)
    } else {
      scratch.stats.base.update(repeating: 0, count: interner.count)
    }
    if inOrder {
      length = total
      termBytes = interner.termBytes
      termEnds = interner.ends
      termHashes = interner.hashes
    } else {
      self = InvertedDocument(sortingPositionsOf: document, analyzer: analyzer)
    }
    scratch.trim()
    scratch.buffer = buffer
  }

  /// Interns the tokens of one piece, each kept as (id << 32 | position) in `occurrences` and
  /// counted in its term's figures (count << 32 | BM25 frequency); gives the highest position
  /// in the piece, nil when the bytes of the terms are missing. `stats` and `occurrences` have
  /// room for every token of the piece.
  @inline(never)
  private static func add(
    _ slots: UnsafeBufferPointer<TermBuffer.Slot>, _ bytes: UnsafeBufferPointer<UInt8>,
    base: Int, weight: Int, terms: inout TermInterner.Storage,
    stats: UnsafeMutablePointer<UInt64>, occurrences: UnsafeMutablePointer<UInt64>
  ) -> Int? {
    guard let start = bytes.baseAddress else { return nil }
    var interner = terms
    defer { terms = interner }
    let byteCount = bytes.count
    let base = Int32(truncatingIfNeeded: base)
    let increment = 1 << 32 | UInt64(truncatingIfNeeded: weight)
    var top: Int32 = 0
    var written = occurrences
    for slot in slots {
      let termStart = Int(slot.termStart)
      let id = interner.id(
        of: start + termStart, count: Int(slot.termEnd &- slot.termStart),
        readable: byteCount &- termStart)
      stats[id] &+= increment
      top = max(top, slot.position)
      written.pointee =
        UInt64(truncatingIfNeeded: id) << 32
        | UInt64(UInt32(bitPattern: base &+ slot.position))
      written += 1
    }
    return Int(top)
  }

  /// Groups the `count` occurrences by term (a counting sort) and writes the entries, putting
  /// the terms' figures back at zero; false when a term's positions go back.
  private mutating func encode(_ count: Int, scratch: InversionScratch, termCount: Int) -> Bool {
    let stats = scratch.stats.base
    // Each term's figures become the start of its positions << 32 | its BM25 frequency.
    var start: UInt64 = 0
    for id in 0..<termCount {
      let figures = stats[id]
      stats[id] = start << 32 | figures & 0xFFFF_FFFF
      start &+= figures >> 32
    }
    scratch.positions.reserve(count)
    let positions = scratch.positions.base
    let occurrences = scratch.occurrences.base
    for index in 0..<count {
      let occurrence = occurrences[index]
      let figures = stats + Int(truncatingIfNeeded: occurrence >> 32)
      positions[Int(truncatingIfNeeded: figures.pointee >> 32)] = UInt32(
        truncatingIfNeeded: occurrence)
      figures.pointee &+= 1 << 32
    }
    // Each term's figures are now the end of its positions << 32 | its BM25 frequency. At most
    // five bytes a varint: frequency, size, and each delta.
    scratch.entries.reserve(10 * termCount + 5 * count)
    let out = scratch.entries.base
    var inOrder = true
    var written = 0
    let ends = [Int](unsafeUninitializedCapacity: termCount) { ends, initialized in
      var from = 0
      for id in 0..<termCount {
        let figures = stats[id]
        stats[id] = 0
        guard inOrder else { continue }
        let end = Int(truncatingIfNeeded: figures >> 32)
        Self.varint(figures & 0xFFFF_FFFF, into: out, at: &written)
        let sizeAt = written
        written &+= 1
        var previous = positions[from]
        Self.varint(UInt64(previous), into: out, at: &written)
        from &+= 1
        while from < end {
          let position = positions[from]
          from &+= 1
          if position == previous { continue }
          if Int32(bitPattern: position) < Int32(bitPattern: previous) {
            inOrder = false
            break
          }
          Self.varint(UInt64(position &- previous), into: out, at: &written)
          previous = position
        }
        written = Self.placeSize(written &- sizeAt &- 1, at: sizeAt, in: out)
        ends[id] = written
      }
      initialized = inOrder ? termCount : 0
    }
    guard inOrder else { return false }
    entries = Array(UnsafeBufferPointer(start: out, count: written))
    entryEnds = ends
    return true
  }

  /// Writes `size` as a varint at `at`, where one byte was left for it before the `size` bytes
  /// of the deltas (moved on when it takes more); gives where the deltas then end.
  @inline(__always)
  private static func placeSize(_ size: Int, at: Int, in out: UnsafeMutablePointer<UInt8>) -> Int {
    if size < 0x80 {
      out[at] = UInt8(truncatingIfNeeded: size)
      return at &+ 1 &+ size
    }
    let extra = varintSize(UInt64(size)) - 1
    UnsafeMutableRawPointer(out + at + 1 + extra).copyMemory(from: out + at + 1, byteCount: size)
    var cursor = at
    varint(UInt64(size), into: out, at: &cursor)
    return cursor + size
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
    _ value: UInt64, into out: UnsafeMutablePointer<UInt8>, at: inout Int
  ) {
    var rest = value
    while rest >= 0x80 {
      out[at] = UInt8(truncatingIfNeeded: rest) | 0x80
      rest >>= 7
      at &+= 1
    }
    out[at] = UInt8(truncatingIfNeeded: rest)
    at &+= 1
  }
}
