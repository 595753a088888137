import Foundation

/// The in-memory inverted index of a build: per term, the encoded postings of the documents
/// added so far. When it outgrows its budget it is written out as a sorted run and emptied.
///
/// Postings of one document in a run: doc delta, the document's BM25 length (for the skip
/// table's bounds), BM25 frequency (title words count twice), byte length of the positions,
/// then the position deltas, all varints. The first delta of a list is the absolute doc number;
/// `RunMerger` re-encodes the runs in blocks (`BlockListWriter`).
package struct PostingsAccumulator {
  /// Terms by their bytes (hashes computed once per document by `InvertedDocument`): open
  /// addressing, each slot the high 32 bits of the hash and the term's id + 1 (0: empty). A
  /// term's bytes head its own list, so that finding a term reads its slot and its list only.
  private var slots = [UInt64](repeating: 0, count: 4096)
  /// Each term's hash, by id (read only to grow `slots`).
  private var hashes: [UInt64] = []
  /// The postings of each term, by id.
  private var lists: [TermPostings] = []
  /// The memory of the lists (their bytes are not in `lists`).
  private var arena = PostingsArena()
  package private(set) var estimatedBytes = 0
  /// From this many lists the spill's radix sort takes two bytes per pass (four passes instead
  /// of eight, each with 65 536 counters: at 18 000 lists one byte per pass costs less).
  var wideRadixThreshold = 1 << 16
  /// What `warm` read, kept so that its loads are not optimised away.
  private var warmed = 0

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

  /// Adds one document's postings: the ids of its terms are found first (new lists made), then
  /// each entry is appended to its list through one buffer (no uniqueness check per term).
  package mutating func add(document: Int, postings: InvertedDocument) {
    warm(postings.termHashes)
    let termCount = postings.entryEnds.count
    guard termCount > 0 else { return }
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: termCount) { ids in
      postings.termBytes.withUnsafeBufferPointer { bytes in
        postings.termEnds.withUnsafeBufferPointer { termEnds in
          postings.termHashes.withUnsafeBufferPointer { hashes in
            guard let base = bytes.baseAddress else { return }
            var index = 0
            var termStart = 0
            while index < termCount {
              // Known terms found through the tables' raw memory until a new one, which is
              // added (the tables may then grow) before the search goes on.
              let missing = findKnown(
                base, termEnds: termEnds, hashes: hashes, count: termCount, into: ids, from: &index,
                termStart: &termStart)
              guard let slot = missing else { break }
              let termEnd = termEnds[index]
              let term = UnsafeBufferPointer(start: base + termStart, count: termEnd &- termStart)
              ids[index] = Int32(truncatingIfNeeded: add(term, hash: hashes[index], slot: slot))
              index &+= 1
              termStart = termEnd
            }
          }
        }
      }
      let length = TermPostings.LengthVarint(postings.length)
      let arena = arena
      var added = 0
      // Short entries are copied 16 bytes at once where those bytes are within the entries'
      // array's memory (its capacity, usually past its elements).
      let readableEnd = postings.entries.capacity
      postings.entries.withUnsafeBufferPointer { entries in
        postings.entryEnds.withUnsafeBufferPointer { entryEnds in
          lists.withUnsafeMutableBufferPointer { lists in
            guard let base = entries.baseAddress else { return }
            var start = 0
            for index in 0..<termCount {
              let end = entryEnds[index]
              added &+= lists[Int(ids[index])].append(
                document: document, length: length,
                entry: UnsafeBufferPointer(start: base + start, count: end &- start),
                readable: readableEnd &- start, arena: arena)
              start = end
            }
          }
        }
      }
      estimatedBytes += added
    }
  }

  /// Reads the slot, the list, the first byte of the term (`holds` compares the term, which
  /// heads the list's first block: its header may be on the cache line before) and the list's
  /// tail, of each term to come, before any is used: the loads are independent, so their cache
  /// misses overlap instead of coming one after the other in `add`.
  private mutating func warm(_ hashes: [UInt64]) {
    let mask = slots.count - 1
    var sum = 0
    slots.withUnsafeBufferPointer { slots in
      lists.withUnsafeBufferPointer { lists in
        for hash in hashes {
          let found = slots[Int(truncatingIfNeeded: hash) & mask]
          guard found != 0, (found ^ hash) & 0xFFFF_FFFF_0000_0000 == 0 else { continue }
          let id = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) - 1
          let term = lists[id].first + PostingsArena.headerSize
          sum &+= Int(term.load(as: UInt8.self))
          sum &+= Int(lists[id].lastWritten)
        }
      }
    }
    warmed = sum
  }

  /// Finds the ids of the terms from `index` to `count` (their bytes at `base`, ending at
  /// `termEnds`) into `ids`, `index` and `termStart` moved past them, until a term not held:
  /// gives the empty slot of its probe then (nil when every term was found).
  @inline(__always)
  private func findKnown(
    _ base: UnsafePointer<UInt8>, termEnds: UnsafeBufferPointer<Int>,
    hashes: UnsafeBufferPointer<UInt64>, count: Int, into ids: UnsafeMutableBufferPointer<Int32>,
    from index: inout Int, termStart: inout Int
  ) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      lists.withUnsafeBufferPointer { lists in
        let mask = slots.count &- 1
        while index < count {
          let termEnd = termEnds[index]
          let term = UnsafeBufferPointer(start: base + termStart, count: termEnd &- termStart)
          let hash = hashes[index]
          let tag = hash & 0xFFFF_FFFF_0000_0000
          var slot = Int(truncatingIfNeeded: hash) & mask
          while true {
            let found = slots[slot]
            if found == 0 { return slot }
            if found & 0xFFFF_FFFF_0000_0000 == tag {
              let id = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) &- 1
              if lists[id].holds(term) {
                ids[index] = Int32(truncatingIfNeeded: id)
                break
              }
            }
            slot = (slot &+ 1) & mask
          }
          index &+= 1
          termStart = termEnd
        }
        return nil
      }
    }
  }

  /// Adds the list of a new `term` at `slot` (the empty slot of its probe); gives its id.
  @inline(never)
  private mutating func add(_ term: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int {
    let id = lists.count
    slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    hashes.append(hash)
    lists.append(TermPostings(term: term, arena: arena))
    estimatedBytes += 96 + PostingsArena.headerSize + term.count + TermPostings.firstRoom
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

  /// The ids of the lists in their terms' byte order: by the terms' first eight bytes (a radix
  /// sort, a byte per pass, or two bytes when there are many lists, passes where every key has
  /// the same digit skipped), then by the whole terms where these are equal.
  func sortedByTerm() -> [Int] {
    let count = lists.count
    var keys = lists.map(\.sortKey)
    var ids = Array(0..<count)
    var otherKeys = [UInt64](repeating: 0, count: count)
    var otherIds = [Int](repeating: 0, count: count)
    let bits: UInt64 = count >= wideRadixThreshold ? 16 : 8
    var starts = [Int](repeating: 0, count: 1 << bits)
    for shift in stride(from: UInt64(0), to: 64, by: Int(bits)) {
      let skipped = keys.withUnsafeBufferPointer { keys in
        ids.withUnsafeBufferPointer { ids in
          otherKeys.withUnsafeMutableBufferPointer { otherKeys in
            otherIds.withUnsafeMutableBufferPointer { otherIds in
              starts.withUnsafeMutableBufferPointer { starts in
                Self.radixPass(
                  keys: keys, ids: ids, shift: shift, bits: bits, into: otherKeys, otherIds,
                  starts: starts)
              }
            }
          }
        }
      }
      if skipped { continue }
      swap(&keys, &otherKeys)
      swap(&ids, &otherIds)
    }
    var start = 0
    while start < count {
      var end = start + 1
      while end < count, keys[end] == keys[start] { end += 1 }
      if end - start > 1 {
        ids[start..<end].sort { RunMerger.compare(lists[$0].term, lists[$1].term) < 0 }
      }
      start = end
    }
    return ids
  }

  /// One stable pass of `sortedByTerm`'s radix sort, by the `bits` of the keys at `shift`, into
  /// `otherKeys` and `otherIds`; true (nothing moved) when every key has the same digit there.
  private static func radixPass(
    keys: UnsafeBufferPointer<UInt64>, ids: UnsafeBufferPointer<Int>, shift: UInt64, bits: UInt64,
    into otherKeys: UnsafeMutableBufferPointer<UInt64>, _ otherIds: UnsafeMutableBufferPointer<Int>,
    starts: UnsafeMutableBufferPointer<Int>
  ) -> Bool {
    let mask = (1 << Int(bits)) - 1
    starts.update(repeating: 0)
    for key in keys { starts[Int(truncatingIfNeeded: key >> shift) & mask] += 1 }
    var total = 0
    for digit in 0...mask {
      if starts[digit] == keys.count { return true }
      let here = starts[digit]
      starts[digit] = total
      total += here
    }
    for index in 0..<keys.count {
      let key = keys[index]
      let digit = Int(truncatingIfNeeded: key >> shift) & mask
      let place = starts[digit]
      starts[digit] = place + 1
      otherKeys[place] = key
      otherIds[place] = ids[index]
    }
    return false
  }

  /// A term's first eight bytes, big-endian, zeros after its end: a smaller key is a smaller
  /// term in byte order (equal keys say nothing).
  static func sortKey(_ term: UnsafeRawBufferPointer) -> UInt64 {
    var key: UInt64 = 0
    for index in 0..<8 {
      key = key << 8 | UInt64(index < term.count ? term[index] : 0)
    }
    return key
  }

  /// Calls `body` with each term and its postings (a run's entry, see `spill`), in term byte
  /// order, then empties the accumulator. A list held in more than one block is gathered into
  /// one buffer first.
  package mutating func drain(
    _ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) throws(IndexError) -> Void
  ) throws(IndexError) {
    let gathered = ScratchBuffer<UInt8>(capacity: 1 << 16)
    for id in sortedByTerm() {
      let postings = lists[id]
      var single: UnsafeRawBufferPointer?
      var pieces = 0
      gathered.removeAll(limit: 1 << 20)
      try postings.forEachPiece { piece in
        pieces += 1
        if pieces == 1 {
          single = piece
        } else {
          if pieces == 2, let single { gathered.append(single) }
          gathered.append(piece)
        }
      }
      let run = pieces > 1 ? gathered.raw : single ?? UnsafeRawBufferPointer(start: nil, count: 0)
      try body(postings.term, run)
    }
    removeAll()
  }

  /// Empties the accumulator (its memory freed).
  private mutating func removeAll() {
    slots = [UInt64](repeating: 0, count: 4096)
    hashes = []
    lists = []
    arena.reset()
    estimatedBytes = 0
  }

  /// Writes the run sorted by term bytes and empties the accumulator.
  /// Run entry: term, document frequency, last document, byte length, postings bytes.
  package mutating func spill(to url: URL) throws(IndexError) {
    let writer = try FileWriter(url: url, checksummed: false)
    let order = sortedByTerm()
    // Entries are staged and written 64 KB at a time (one `write` per term cost more than
    // the bytes).
    let staged = ScratchBuffer<UInt8>(capacity: 1 << 17)
    for id in order {
      let postings = lists[id]
      staged.varint(postings.termLength)
      staged.append(postings.term)
      staged.varint(postings.documentFrequency)
      staged.varint(postings.lastDocument)
      staged.varint(postings.postingsCount)
      try postings.forEachPiece { piece throws(IndexError) in
        if piece.count >= 1 << 16 || staged.count + piece.count > 1 << 17 {
          try writer.write(staged.raw)
          staged.removeAll()
        }
        if piece.count >= 1 << 16 { try writer.write(piece) } else { staged.append(piece) }
      }
      if staged.count >= 1 << 16 {
        try writer.write(staged.raw)
        staged.removeAll(limit: 1 << 20)
      }
    }
    try writer.write(staged.raw)
    try writer.finish(footer: false, sync: false)
    removeAll()
  }
}
