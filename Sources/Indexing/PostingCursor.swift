/// Reads one term's block-encoded postings (see `BlockListWriter`) in document order: `next`,
/// `advance(to:)` through the skip table, frequencies decoded only for blocks that ask for one,
/// positions only for documents that ask for theirs. Every part read is checked against its
/// CRC-32 first; a mismatch (or an inconsistent list) sets `isDamaged` and ends the cursor.
package final class PostingCursor {
  /// `document` once the cursor is past its last document.
  package static let end = Int32.max
  private static let size = BlockListWriter.blockSize

  /// The mutable state, behind a pointer: read and written on every posting, it then costs
  /// no exclusivity check (class properties would).
  private struct State {
    var document: Int32 = PostingCursor.end
    var block = -1
    var index = 0
    var count = 0
    var frequencyStart = 0
    var frequencyBits = 0
    var frequenciesBlock = -1
    var positionsBlock = -1
    var isDamaged = false
    /// The decoded positions of `currentPositions`, and their room.
    var positions: UnsafeMutablePointer<Int32>?
    var positionCapacity = 0
    /// Which parts of the list were checked (bit 2b: block b's documents, 2b + 1: its
    /// positions), copied from `verified` when the cursor opened, then kept up to date.
    var known: UnsafeMutablePointer<UInt64>?
  }

  package let term: String
  package let documentFrequency: Int
  package let skips: [SkipEntry]
  private let file: UnsafeRawBufferPointer
  private let checksBlocks: Bool
  /// Parts already checked by an earlier cursor on the same map (nil: check every part read).
  private let verified: VerifiedParts?
  private let documentsBase: Int
  private let positionsBase: Int
  private let listOffset: Int
  private let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
  private let documents = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
  private let frequencies = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
  private let positionStarts = UnsafeMutablePointer<Int>.allocate(capacity: size + 1)

  /// Whether a part read failed its checksum or was inconsistent (the cursor then ended).
  package var isDamaged: Bool { state.pointee.isDamaged }
  /// The current document, `end` when exhausted.
  package var document: Int32 { state.pointee.document }
  /// The loaded block (`skips.count` when exhausted), and the current document's index in it.
  package var block: Int { state.pointee.block }
  package var index: Int { state.pointee.index }

  /// Opens `info`'s list in `file` (the whole mapped `.post` file: its footer lets the bit
  /// unpacking read a few bytes past a list), whose payload is `payloadCount` bytes long.
  package init(
    _ info: TermInfo, file: UnsafeRawBufferPointer, payloadCount: Int,
    verified: VerifiedParts? = nil
  ) {
    self.verified = verified
    term = info.term
    documentFrequency = info.documentFrequency
    self.file = file
    listOffset = info.offset
    state.initialize(to: State())
    let blocks = (info.documentFrequency + PostingCursor.size - 1) / PostingCursor.size
    checksBlocks = blocks > 1
    guard info.offset >= 0, info.length > 0, info.offset + info.length <= payloadCount,
      payloadCount <= file.count, blocks > 0,
      let table = PostingCursor.readSkips(info, blocks: blocks, in: file)
    else {
      (skips, documentsBase, positionsBase) = ([], 0, 0)
      damage()
      return
    }
    (skips, documentsBase, positionsBase) = table
    if let verified, checksBlocks {
      let words = (2 * blocks + 63) / 64
      let known = UnsafeMutablePointer<UInt64>.allocate(capacity: words)
      known.initialize(repeating: 0, count: words)
      for (index, word) in verified.parts(ofList: info.offset).prefix(words).enumerated() {
        known[index] = word
      }
      state.pointee.known = known
    }
    load(block: 0)
  }

  deinit {
    state.pointee.positions?.deallocate()
    state.pointee.known?.deallocate()
    state.deallocate()
    documents.deallocate()
    frequencies.deallocate()
    positionStarts.deallocate()
  }

  private func damage() {
    state.pointee.isDamaged = true
    state.pointee.document = PostingCursor.end
    state.pointee.block = skips.count
    state.pointee.count = 0
  }

  private func blockCount(_ block: Int) -> Int {
    min(PostingCursor.size, documentFrequency - block * PostingCursor.size)
  }

  /// Whether part `part` (see `State.known`), bytes `start..<end`, matches `crc`: checked
  /// once per process when the map has a `VerifiedParts`.
  private func checked(_ start: Int, _ end: Int, _ crc: UInt32, part: Int) -> Bool {
    guard checksBlocks else { return true }
    let bit: UInt64 = 1 << UInt64(part & 63)
    if let known = state.pointee.known, known[part >> 6] & bit != 0 { return true }
    guard CRC32.checksum(UnsafeRawBufferPointer(rebasing: file[start..<end])) == crc else {
      return false
    }
    if let known = state.pointee.known {
      known[part >> 6] |= bit
      verified?.insert(list: listOffset, part: part, of: 2 * skips.count)
    }
    return true
  }

  /// Decodes block `block`'s documents and moves to its first; past the last block, ends.
  @discardableResult
  package func load(block target: Int) -> Bool {
    guard !state.pointee.isDamaged, target < skips.count else {
      if !state.pointee.isDamaged {
        state.pointee.document = PostingCursor.end
        state.pointee.block = skips.count
        state.pointee.count = 0
      }
      return false
    }
    let entry = skips[target]
    let start = documentsBase + entry.documentStart
    let number = blockCount(target)
    guard entry.documentEnd - entry.documentStart >= 2,
      checked(start, documentsBase + entry.documentEnd, entry.documentCRC, part: 2 * target)
    else { return fail() }
    let gapBits = Int(file[start])
    let frequencyBits = Int(file[start + 1])
    let gapBytes = BitPacking.byteCount(count: number, bits: gapBits)
    guard gapBits <= 32, frequencyBits <= 32,
      2 + gapBytes + BitPacking.byteCount(count: number, bits: frequencyBits)
        == entry.documentEnd - entry.documentStart
    else { return fail() }
    BitPacking.unpack(file.baseAddress! + start + 2, count: number, bits: gapBits, into: documents)
    var previous = target == 0 ? UInt32.max : UInt32(bitPattern: skips[target - 1].lastDocument)
    for slot in 0..<number {
      previous = previous &+ documents[slot] &+ 1
      documents[slot] = previous
    }
    guard Int32(truncatingIfNeeded: previous) == entry.lastDocument else { return fail() }
    state.pointee.block = target
    state.pointee.count = number
    state.pointee.index = 0
    state.pointee.frequencyStart = start + 2 + gapBytes
    state.pointee.frequencyBits = frequencyBits
    state.pointee.document = Int32(truncatingIfNeeded: documents[0])
    return true
  }

  private func fail() -> Bool {
    damage()
    return false
  }

  /// Moves to the next document.
  package func next() {
    let index = state.pointee.index + 1
    if index < state.pointee.count {
      state.pointee.index = index
      state.pointee.document = Int32(truncatingIfNeeded: documents[index])
    } else if state.pointee.block < skips.count {
      load(block: state.pointee.block + 1)
    }
  }

  /// Moves to the first document not below `target` (staying put if already there).
  package func advance(to target: Int32) {
    guard state.pointee.document < target else { return }
    let block = state.pointee.block
    if target > skips[block].lastDocument {
      var low = block + 1
      var high = skips.count
      while low < high {
        let middle = (low + high) / 2
        if skips[middle].lastDocument < target { low = middle + 1 } else { high = middle }
      }
      guard load(block: low) else { return }
    }
    var index = state.pointee.index
    while Int32(truncatingIfNeeded: documents[index]) < target { index += 1 }
    state.pointee.index = index
    state.pointee.document = Int32(truncatingIfNeeded: documents[index])
  }

  /// The BM25 frequency of the current document.
  package var frequency: Int {
    decodeFrequencies()
    return Int(frequencies[state.pointee.index]) + 1
  }

  private func decodeFrequencies() {
    guard state.pointee.frequenciesBlock != state.pointee.block else { return }
    BitPacking.unpack(
      file.baseAddress! + state.pointee.frequencyStart, count: state.pointee.count,
      bits: state.pointee.frequencyBits, into: frequencies)
    state.pointee.frequenciesBlock = state.pointee.block
  }

  /// The frequencies minus one of the loaded block's documents, all decoded.
  package var blockFrequencies: UnsafeBufferPointer<UInt32> {
    decodeFrequencies()
    return UnsafeBufferPointer(start: frequencies, count: state.pointee.count)
  }

  /// The documents of the loaded block, all of them.
  package var blockDocuments: UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(start: documents, count: state.pointee.count)
  }

  /// The documents of the loaded block, from the current one on.
  package var remainingInBlock: UnsafeBufferPointer<UInt32> {
    let index = state.pointee.index
    return UnsafeBufferPointer(start: documents + index, count: max(0, state.pointee.count - index))
  }

  /// The positions of the current document, into `output` (emptied first); a damaged
  /// positions block leaves it empty and marks the cursor damaged.
  package func positions(into output: inout [Int32]) {
    output.removeAll(keepingCapacity: true)
    output.append(contentsOf: currentPositions())
  }

  /// The positions of the current document, decoded into a buffer the cursor owns (valid
  /// until the next call), up to the first one above `limit`; empty past the end, or when the
  /// positions block is damaged (the cursor is then marked damaged).
  package func currentPositions(through limit: Int32 = .max) -> UnsafeBufferPointer<Int32> {
    guard state.pointee.document != PostingCursor.end,
      state.pointee.positionsBlock == state.pointee.block || loadPositions()
    else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    let index = state.pointee.index
    let start = positionStarts[index]
    let end = positionStarts[index + 1]
    if end - start > state.pointee.positionCapacity {
      state.pointee.positions?.deallocate()
      state.pointee.positionCapacity = max(end - start, 2 * state.pointee.positionCapacity)
      state.pointee.positions = .allocate(capacity: state.pointee.positionCapacity)
    }
    guard let output = state.pointee.positions else {
      return UnsafeBufferPointer(start: nil, count: 0)
    }
    let count = PositionDecoder.decode(
      file.baseAddress!, from: start, to: end, through: limit, into: output)
    return UnsafeBufferPointer(start: output, count: count)
  }

  /// Checks the loaded block's positions part and finds where each document's start (not done
  /// yet for this block).
  @inline(never)
  private func loadPositions() -> Bool {
    let block = state.pointee.block
    let count = state.pointee.count
    let entry = skips[block]
    let start = positionsBase + entry.positionStart
    let end = positionsBase + entry.positionEnd
    guard checked(start, end, entry.positionCRC, part: 2 * block + 1) else { return fail() }
    var reader = ByteReader(UnsafeRawBufferPointer(rebasing: file[start..<end]))
    var lengths = 0
    for slot in 0..<count {
      positionStarts[slot] = lengths
      lengths += reader.varintInt()
    }
    let base = start + reader.offset
    guard lengths >= 0, base + lengths == end else { return fail() }
    for slot in 0..<count { positionStarts[slot] += base }
    positionStarts[count] = end
    state.pointee.positionsBlock = block
    return true
  }
}
