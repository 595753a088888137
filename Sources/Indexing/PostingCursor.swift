/// Reads one term's block-encoded postings (see `BlockListWriter`) in document order: `next`,
/// `advance(to:)` through the skip table, frequencies decoded only for blocks that ask for one,
/// positions only for documents that ask for theirs. Every part read is checked against its
/// CRC-32 first; a mismatch (or an inconsistent list) sets `isDamaged` and ends the cursor.
package final class PostingCursor {
  /// `document` once the cursor is past its last document.
  package static let end = Int32.max
  private static let size = BlockListWriter.blockSize

  package let term: String
  package let documentFrequency: Int
  package private(set) var isDamaged = false
  /// The current document, `end` when exhausted.
  package private(set) var document: Int32 = end
  package private(set) var skips: [SkipEntry] = []
  /// The loaded block, and the current document's index in it.
  package private(set) var block = -1
  package private(set) var index = 0
  private let file: UnsafeRawBufferPointer
  private let checksBlocks: Bool
  private var documentsBase = 0
  private var positionsBase = 0
  private let documents = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
  private let frequencies = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
  private let positionStarts = UnsafeMutablePointer<Int>.allocate(capacity: size + 1)
  private var count = 0
  private var gapBits = 0
  private var frequencyBits = 0
  private var frequenciesBlock = -1
  private var positionsBlock = -1

  /// Opens `info`'s list in `file` (the whole mapped `.post` file: its footer lets the bit
  /// unpacking read a few bytes past a list), whose payload is `payloadCount` bytes long.
  package init(_ info: TermInfo, file: UnsafeRawBufferPointer, payloadCount: Int) {
    term = info.term
    documentFrequency = info.documentFrequency
    self.file = file
    let blocks = (info.documentFrequency + PostingCursor.size - 1) / PostingCursor.size
    checksBlocks = blocks > 1
    guard info.offset >= 0, info.length > 0, info.offset + info.length <= payloadCount,
      payloadCount <= file.count, blocks > 0, readSkips(info, blocks: blocks)
    else {
      damage()
      return
    }
    load(block: 0)
  }

  deinit {
    documents.deallocate()
    frequencies.deallocate()
    positionStarts.deallocate()
  }

  private func damage() {
    isDamaged = true
    document = PostingCursor.end
    block = skips.count
    count = 0
  }

  private func readSkips(_ info: TermInfo, blocks: Int) -> Bool {
    let list = UnsafeRawBufferPointer(rebasing: file[info.offset..<info.offset + info.length])
    var reader = ByteReader(list)
    let tableLength = reader.varintInt()
    guard tableLength > 0, tableLength <= list.count else { return false }
    let headerEnd = reader.offset + tableLength
    guard headerEnd <= list.count,
      CRC32.checksum(
        UnsafeRawBufferPointer(rebasing: list[0..<(blocks > 1 ? headerEnd : list.count)]))
        == info.crc
    else { return false }
    skips.reserveCapacity(blocks)
    var last: Int64 = -1
    var documentBytes = 0
    var positionBytes = 0
    for _ in 0..<blocks {
      var entry = SkipEntry()
      last += Int64(reader.varintInt())
      entry.lastDocument = Int32(truncatingIfNeeded: last)
      entry.documentStart = documentBytes
      documentBytes += reader.varintInt()
      entry.documentEnd = documentBytes
      entry.positionStart = positionBytes
      positionBytes += reader.varintInt()
      entry.positionEnd = positionBytes
      entry.maxFrequency = reader.varintInt()
      entry.minLength = reader.varintInt()
      if blocks > 1 {
        entry.documentCRC = reader.u32()
        entry.positionCRC = reader.u32()
      }
      skips.append(entry)
    }
    documentsBase = info.offset + headerEnd
    positionsBase = documentsBase + documentBytes
    return reader.offset == headerEnd && last < Int64(Int32.max)
      && headerEnd + documentBytes + positionBytes == info.length
  }

  private func blockCount(_ block: Int) -> Int {
    min(PostingCursor.size, documentFrequency - block * PostingCursor.size)
  }

  private func checked(_ start: Int, _ end: Int, _ crc: UInt32) -> Bool {
    !checksBlocks || CRC32.checksum(UnsafeRawBufferPointer(rebasing: file[start..<end])) == crc
  }

  /// Decodes block `block`'s documents and moves to its first; past the last block, ends.
  @discardableResult
  package func load(block target: Int) -> Bool {
    guard !isDamaged, target < skips.count else {
      if !isDamaged { (document, block, count) = (PostingCursor.end, skips.count, 0) }
      return false
    }
    let entry = skips[target]
    let start = documentsBase + entry.documentStart
    let number = blockCount(target)
    guard entry.documentEnd - entry.documentStart >= 2,
      checked(start, documentsBase + entry.documentEnd, entry.documentCRC)
    else { return fail() }
    gapBits = Int(file[start])
    frequencyBits = Int(file[start + 1])
    guard gapBits <= 32, frequencyBits <= 32,
      2 + BitPacking.byteCount(count: number, bits: gapBits)
        + BitPacking.byteCount(count: number, bits: frequencyBits)
        == entry.documentEnd - entry.documentStart
    else { return fail() }
    BitPacking.unpack(file.baseAddress! + start + 2, count: number, bits: gapBits, into: documents)
    var previous = target == 0 ? UInt32.max : UInt32(bitPattern: skips[target - 1].lastDocument)
    for slot in 0..<number {
      previous = previous &+ documents[slot] &+ 1
      documents[slot] = previous
    }
    guard Int32(truncatingIfNeeded: previous) == entry.lastDocument else { return fail() }
    (block, count, index) = (target, number, 0)
    document = Int32(truncatingIfNeeded: documents[0])
    return true
  }

  private func fail() -> Bool {
    damage()
    return false
  }

  /// Moves to the next document.
  package func next() {
    index += 1
    if index < count {
      document = Int32(truncatingIfNeeded: documents[index])
    } else if block < skips.count {
      load(block: block + 1)
    }
  }

  /// Moves to the first document not below `target` (staying put if already there).
  package func advance(to target: Int32) {
    guard document < target else { return }
    if target > skips[block].lastDocument {
      var low = block + 1
      var high = skips.count
      while low < high {
        let middle = (low + high) / 2
        if skips[middle].lastDocument < target { low = middle + 1 } else { high = middle }
      }
      guard load(block: low) else { return }
    }
    while Int32(truncatingIfNeeded: documents[index]) < target { index += 1 }
    document = Int32(truncatingIfNeeded: documents[index])
  }

  /// The BM25 frequency of the current document.
  package var frequency: Int {
    if frequenciesBlock != block {
      let start =
        documentsBase + skips[block].documentStart + 2
        + BitPacking.byteCount(count: count, bits: gapBits)
      BitPacking.unpack(
        file.baseAddress! + start, count: count, bits: frequencyBits, into: frequencies)
      frequenciesBlock = block
    }
    return Int(frequencies[index]) + 1
  }

  /// The frequencies minus one of the loaded block's documents, all decoded.
  package var blockFrequencies: UnsafeBufferPointer<UInt32> {
    _ = frequency
    return UnsafeBufferPointer(start: frequencies, count: count)
  }

  /// The documents of the loaded block, all of them.
  package var blockDocuments: UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(start: documents, count: count)
  }

  /// The documents of the loaded block, from the current one on.
  package var remainingInBlock: UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(start: documents + index, count: max(0, count - index))
  }

  /// The positions of the current document, into `output` (emptied first); a damaged
  /// positions block leaves it empty and marks the cursor damaged.
  package func positions(into output: inout [Int32]) {
    output.removeAll(keepingCapacity: true)
    guard document != PostingCursor.end, loadPositions() else { return }
    var reader = ByteReader(
      UnsafeRawBufferPointer(rebasing: file[positionStarts[index]..<positionStarts[index + 1]]))
    var position: Int32 = 0
    while !reader.isAtEnd {
      position &+= Int32(truncatingIfNeeded: reader.varint())
      output.append(position)
    }
  }

  /// Checks the loaded block's positions part and finds where each document's start.
  private func loadPositions() -> Bool {
    if positionsBlock == block { return true }
    let entry = skips[block]
    let start = positionsBase + entry.positionStart
    let end = positionsBase + entry.positionEnd
    guard checked(start, end, entry.positionCRC) else { return fail() }
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
    positionsBlock = block
    return true
  }
}
