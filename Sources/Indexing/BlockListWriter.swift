import Foundation

/// Encodes one term's postings in blocks of `blockSize` documents (format version 5):
///
/// - skip table: its byte length (varint), then per block: last document (gap from the
///   previous block's, varint), byte lengths of its documents and positions parts, largest
///   BM25 frequency, smallest BM25 length (varints), and, when the list has more than one
///   block, the CRC-32 of each part (4 bytes each);
/// - documents region: per block, the bit widths of the gaps and of the frequencies (one byte
///   each), the gaps minus one, then the frequencies minus one, bit-packed;
/// - positions region: per block, each document's byte length of positions (varints), then
///   their position gaps (varints), so that a phrase reads only its candidates' blocks.
///
/// The term dictionary's CRC-32 covers the skip table (and the whole list when it has one block).
package struct BlockListWriter {
  package static let blockSize = 128
  /// The current block's documents, frequencies minus one, and gaps (`blockSize` each).
  private let documents = ScratchBuffer<UInt32>(capacity: BlockListWriter.blockSize)
  private let frequencies = ScratchBuffer<UInt32>(capacity: BlockListWriter.blockSize)
  private let gaps = ScratchBuffer<UInt32>(capacity: BlockListWriter.blockSize)
  private let positionLengths = ScratchBuffer<UInt8>()
  private let positionBytes = ScratchBuffer<UInt8>(capacity: 1024)
  private var maxFrequency = 0
  private var minLength = Int.max
  private var previousLast: Int64 = -1
  private var skips: [SkipEntry] = []
  private let documentRegion = ScratchBuffer<UInt8>(capacity: 1024)
  private let positionRegion = ScratchBuffer<UInt8>(capacity: 4096)
  /// The skip table, then the whole header (its length in front), rebuilt per list.
  private let table = ScratchBuffer<UInt8>()
  private let headerBytes = ScratchBuffer<UInt8>()
  package private(set) var documentFrequency = 0
  /// Whether a list of one block is written by `finishSingleBlock` (tests turn it off to compare
  /// it with the general path).
  var writesSingleBlocksDirectly = true
  /// Where the positions of a very long list go while it is built (nil: kept in memory).
  private let spillURL: URL?
  /// The positions region's first bytes, written out (see `spillThreshold`).
  private var spill: FileWriter?
  private var spilledBytes = 0
  private var spillError: IndexError?

  /// Past this many bytes of positions held (and from the list's second block), they are
  /// written to `spillURL`: a word in every document of a million has tens of megabytes of
  /// positions, which would otherwise be held whole until the list is written.
  package static let spillThreshold = 4 << 20

  /// `spillURL`: a temporary file for the positions of very long lists (`finish(into:)` only).
  /// The writer holds its buffers by reference: use one writer, never a copy of it.
  package init(spillURL: URL? = nil) {
    self.spillURL = spillURL
  }

  /// Adds the next document (ascending) with its BM25 length and frequency and its encoded
  /// position gaps.
  @inline(__always)
  package mutating func add(
    document: Int, length: Int, frequency: Int, positions: UnsafeRawBufferPointer
  ) {
    documents.append(UInt32(truncatingIfNeeded: document))
    frequencies.append(UInt32(truncatingIfNeeded: max(1, frequency) - 1))
    maxFrequency = max(maxFrequency, frequency)
    minLength = min(minLength, length)
    positionLengths.varint(positions.count)
    positionBytes.append(positions)
    documentFrequency += 1
    if documents.count == BlockListWriter.blockSize { flushBlock() }
  }

  /// Adds one sorted run's postings of the term (see `PostingsAccumulator`: per document, its
  /// delta, BM25 length, BM25 frequency, byte length of its positions, then the positions),
  /// whose documents follow those added so far. Reads past the end give zeros (as
  /// `ByteReader`).
  package mutating func add(run postings: UnsafeRawBufferPointer) {
    guard let start = postings.baseAddress else { return }
    var at = start
    let end = start + postings.count
    var document = 0
    while at < end {
      // The rest of the current block, its counters and outputs in registers: `documents` and
      // `frequencies` have room for a whole block (they never grow), the positions' lengths
      // take at most 10 bytes each, and the positions have room for 16 bytes more than they
      // take (short ones are copied 16 bytes at once); elements are stored in place and
      // counted after the loop.
      let documentBase = documents.base
      let frequencyBase = frequencies.base
      let first = documents.count
      var count = first
      var maxFrequency = self.maxFrequency
      var minLength = self.minLength
      positionLengths.reserve(10 * (BlockListWriter.blockSize - first))
      positionBytes.reserve(min(end - at, 4096) + 16)
      let lengthStart = positionLengths.base + positionLengths.count
      var lengthOut = lengthStart
      var byteOut = UnsafeMutableRawPointer(positionBytes.base + positionBytes.count)
      var byteLimit = UnsafeMutableRawPointer(positionBytes.base + positionBytes.capacity)
      while at < end, count < BlockListWriter.blockSize {
        let length: Int
        let frequency: Int
        var positionCount: Int
        if end - at >= 48 {
          // Four varints of at most 10 bytes each, then 8 readable bytes: no bound to check.
          document &+= Self.varint(&at)
          length = Self.varint(&at)
          frequency = Self.varint(&at)
          positionCount = Self.varint(&at)
        } else {
          document &+= Self.varint(&at, end)
          length = Self.varint(&at, end)
          frequency = Self.varint(&at, end)
          positionCount = Self.varint(&at, end)
        }
        positionCount = min(max(0, positionCount), end - at)
        documentBase[count] = UInt32(truncatingIfNeeded: document)
        frequencyBase[count] = UInt32(truncatingIfNeeded: max(1, frequency) - 1)
        maxFrequency = max(maxFrequency, frequency)
        minLength = min(minLength, length)
        var rest = UInt64(positionCount)
        while rest >= 0x80 {
          lengthOut.pointee = UInt8(truncatingIfNeeded: rest) | 0x80
          lengthOut += 1
          rest &>>= 7
        }
        lengthOut.pointee = UInt8(truncatingIfNeeded: rest)
        lengthOut += 1
        if positionCount + 16 > byteLimit - byteOut {
          let written = byteOut - UnsafeMutableRawPointer(positionBytes.base + positionBytes.count)
          _ = positionBytes.appendUninitialized(written)
          positionBytes.reserve(positionCount + 16)
          byteOut = UnsafeMutableRawPointer(positionBytes.base + positionBytes.count)
          byteLimit = UnsafeMutableRawPointer(positionBytes.base + positionBytes.capacity)
        }
        if positionCount <= 16, end - at >= 16 {
          byteOut.storeBytes(of: at.loadUnaligned(as: UInt64.self), as: UInt64.self)
          byteOut.storeBytes(
            of: at.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8,
            as: UInt64.self)
        } else if positionCount > 0 {
          byteOut.copyMemory(from: at, byteCount: positionCount)
        }
        byteOut += positionCount
        at += positionCount
        count += 1
      }
      _ = documents.appendUninitialized(count - first)
      _ = frequencies.appendUninitialized(count - first)
      _ = positionLengths.appendUninitialized(lengthOut - lengthStart)
      _ = positionBytes.appendUninitialized(
        byteOut - UnsafeMutableRawPointer(positionBytes.base + positionBytes.count))
      self.maxFrequency = maxFrequency
      self.minLength = minLength
      documentFrequency += count - first
      if count == BlockListWriter.blockSize { flushBlock() }
    }
  }

  /// A varint at `at` with at least 10 bytes readable there, `at` moved past it (the reading
  /// of `varint(_:_:)`).
  @inline(__always)
  private static func varint(_ at: inout UnsafeRawPointer) -> Int {
    let head = at.load(as: UInt8.self)
    at += 1
    guard head >= 0x80 else { return Int(head) }
    var result = UInt64(head & 0x7F)
    var shift: UInt64 = 7
    while true {
      let byte = at.load(as: UInt8.self)
      at += 1
      result |= UInt64(byte & 0x7F) &<< shift
      if byte < 0x80 || shift >= 63 { break }
      shift &+= 7
    }
    return Int(truncatingIfNeeded: result)
  }

  /// A varint at `at` (`ByteReader.varint`'s reading), `at` moved past it.
  @inline(__always)
  private static func varint(_ at: inout UnsafeRawPointer, _ end: UnsafeRawPointer) -> Int {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while at < end {
      let byte = at.load(as: UInt8.self)
      at += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 || shift >= 63 { break }
      shift += 7
    }
    return Int(truncatingIfNeeded: result)
  }

  private mutating func flushBlock() {
    let count = documents.count
    guard count > 0 else { return }
    let last = documents.base[count - 1]
    var entry = SkipEntry()
    entry.lastDocument = Int32(truncatingIfNeeded: last)
    entry.documentStart = documentRegion.count
    let positionStart = positionRegion.count
    entry.positionStart = spilledBytes + positionStart
    var previous = previousLast
    var widest: UInt32 = 0
    var widestFrequency: UInt32 = 0
    // The buffers' addresses read once (they are class fields: every store could change them).
    let documentBase = documents.base
    let gapBase = gaps.base
    let frequencyBase = frequencies.base
    for index in 0..<count {
      let document = documentBase[index]
      let gap = UInt32(truncatingIfNeeded: Int64(document) &- previous &- 1)
      gapBase[index] = gap
      widest |= gap
      widestFrequency |= frequencyBase[index]
      previous = Int64(document)
    }
    let gapBits = BitPacking.width(of: widest)
    let frequencyBits = BitPacking.width(of: widestFrequency)
    documentRegion.append(UInt8(gapBits))
    documentRegion.append(UInt8(frequencyBits))
    BitPacking.pack(gaps.base, count: count, bits: gapBits, into: documentRegion)
    BitPacking.pack(frequencies.base, count: count, bits: frequencyBits, into: documentRegion)
    positionRegion.append(positionLengths)
    positionRegion.append(positionBytes)
    entry.documentEnd = documentRegion.count
    entry.positionEnd = spilledBytes + positionRegion.count
    entry.maxFrequency = maxFrequency
    entry.minLength = minLength
    skips.append(entry)
    // A list of one block keeps one checksum for everything: the parts' own are written from
    // the second block on (the first block's then, while its bytes are still held).
    if skips.count == 2 { checksumParts(0) }
    if skips.count >= 2 { checksumParts(skips.count - 1) }
    if positionRegion.count >= BlockListWriter.spillThreshold, skips.count > 1 { spillPositions() }
    previousLast = Int64(last)
    clearBlock()
  }

  /// Computes the CRC-32s of block `index`'s two parts (its bytes still held).
  /// Empties the block being gathered (its buffers keep their memory).
  private mutating func clearBlock() {
    documents.removeAll()
    frequencies.removeAll()
    positionLengths.removeAll()
    positionBytes.removeAll(limit: 1 << 20)
    maxFrequency = 0
    minLength = Int.max
  }

  private mutating func checksumParts(_ index: Int) {
    let entry = skips[index]
    skips[index].documentCRC = CRC32.checksum(
      UnsafeRawBufferPointer(
        start: documentRegion.base + entry.documentStart,
        count: entry.documentEnd - entry.documentStart))
    skips[index].positionCRC = CRC32.checksum(
      UnsafeRawBufferPointer(
        start: positionRegion.base + (entry.positionStart - spilledBytes),
        count: entry.positionEnd - entry.positionStart))
  }

  /// Writes the positions held so far to the spill file.
  private mutating func spillPositions() {
    guard let spillURL else { return }
    do throws(IndexError) {
      if spill == nil { spill = try FileWriter(url: spillURL, checksummed: false) }
      try spill?.write(positionRegion.raw)
      spilledBytes += positionRegion.count
      positionRegion.removeAll()
    } catch {
      spillError = error
    }
  }

  /// Copies the spilled positions to `output` and removes the spill file.
  private mutating func copySpill(to output: FileWriter) throws(IndexError) {
    guard let file = spill else { return }
    spill = nil
    defer { try? FileManager.default.removeItem(at: file.url) }
    _ = try file.finish(footer: false, sync: false)
    let mapped = try MappedFile(url: file.url, name: file.url.lastPathComponent)
    var start = 0
    while start < mapped.bytes.count {
      let end = min(mapped.bytes.count, start + (1 << 20))
      try output.write(UnsafeRawBufferPointer(rebasing: mapped.bytes[start..<end]))
      mapped.releasePages(before: end)
      start = end
    }
  }

  /// The encoded list and the CRC-32 the dictionary keeps for it; the writer is emptied.
  /// (Lists built with a `spillURL` are written with `finish(into:)`.)
  package mutating func finish() -> (bytes: [UInt8], crc: UInt32) {
    if writesSingleBlocksDirectly, skips.isEmpty, !documents.isEmpty {
      let staged = ScratchBuffer<UInt8>()
      let crc = finishSingleBlock(into: staged)
      return (Array(staged.elements), crc)
    }
    flushBlock()
    precondition(spill == nil, "a list with spilled positions is written with finish(into:)")
    let staged = ScratchBuffer<UInt8>()
    let crc = finishStaged(into: staged)
    return (Array(staged.elements), crc)
  }

  /// Writes the encoded list to `output` piece by piece (the same bytes as `finish()`, without
  /// assembling them: a word in every document has a list of tens of megabytes); returns its
  /// byte length and the CRC-32 the dictionary keeps for it. The writer is emptied.
  package mutating func finish(into output: FileWriter) throws(IndexError) -> (
    length: Int, crc: UInt32
  ) {
    let staging = ScratchBuffer<UInt8>()
    let result = try finish(into: output, staging: staging)
    try output.write(staging.raw)
    return result
  }

  /// Writes the encoded list after the bytes held in `staging` (bytes not yet written to
  /// `output`): appended there, `staging` written out when it outgrows 64 KB; a list whose
  /// positions were spilled goes to `output` piece by piece, after `staging`. Returns the
  /// list's byte length and the CRC-32 the dictionary keeps for it; the writer is emptied.
  mutating func finish(
    into output: FileWriter, staging: ScratchBuffer<UInt8>
  ) throws(IndexError) -> (length: Int, crc: UInt32) {
    let before = staging.count
    let crc: UInt32
    if writesSingleBlocksDirectly, skips.isEmpty, !documents.isEmpty, spillError == nil {
      crc = finishSingleBlock(into: staging)
    } else {
      flushBlock()
      if let spillError { throw spillError }
      guard spill == nil else { return try finishSpilled(into: output, staging: staging) }
      crc = finishStaged(into: staging)
    }
    let length = staging.count - before
    if staging.count >= 1 << 16 {
      try output.write(staging.raw)
      staging.removeAll(limit: 1 << 20)
    }
    return (length, crc)
  }

  /// Appends the encoded list (its last block flushed) to `staging`; returns the CRC-32 the
  /// dictionary keeps for it.
  private mutating func finishStaged(into staging: ScratchBuffer<UInt8>) -> UInt32 {
    writeHeader()
    let start = staging.count
    staging.append(headerBytes)
    staging.append(documentRegion)
    staging.append(positionRegion)
    let crc =
      skips.count <= 1
      ? CRC32.checksum(staging.raw(from: start)) : CRC32.checksum(headerBytes.raw)
    reset()
    return crc
  }

  /// Appends a list of one block (the documents held, none flushed yet) to `staging`, straight
  /// from the block's buffers: the bytes of `flushBlock` then `finishStaged`, without their
  /// skip entry, regions and header buffers. Returns the CRC-32 of the whole list; the writer
  /// is emptied.
  private mutating func finishSingleBlock(into staging: ScratchBuffer<UInt8>) -> UInt32 {
    let count = documents.count
    let documentBase = documents.base
    let gapBase = gaps.base
    let frequencyBase = frequencies.base
    var previous: Int64 = -1
    var widest: UInt32 = 0
    var widestFrequency: UInt32 = 0
    for index in 0..<count {
      let document = documentBase[index]
      let gap = UInt32(truncatingIfNeeded: Int64(document) &- previous &- 1)
      gapBase[index] = gap
      widest |= gap
      widestFrequency |= frequencyBase[index]
      previous = Int64(document)
    }
    let gapBits = BitPacking.width(of: widest)
    let frequencyBits = BitPacking.width(of: widestFrequency)
    let documentLength =
      2 + BitPacking.byteCount(count: count, bits: gapBits)
      + BitPacking.byteCount(count: count, bits: frequencyBits)
    let positionLength = positionLengths.count + positionBytes.count
    let last = Int64(Int32(truncatingIfNeeded: documentBase[count - 1]))
    let table: (Int, Int, Int, Int, Int) = (
      Int(last + 1), documentLength, positionLength, maxFrequency, minLength
    )
    let tableLength =
      Self.varintSize(table.0) + Self.varintSize(table.1) + Self.varintSize(table.2)
      + Self.varintSize(table.3) + Self.varintSize(table.4)
    // One reservation, then every byte written through one pointer (the buffer's count is
    // not reloaded and stored back at each varint); 8 bytes more for the packing's last word.
    let start = staging.count
    let listLength = Self.varintSize(tableLength) + tableLength + documentLength + positionLength
    staging.reserve(listLength + 8)
    var out = UnsafeMutableRawPointer(staging.base + start)
    RawVarint.write(tableLength, at: &out)
    RawVarint.write(table.0, at: &out)
    RawVarint.write(table.1, at: &out)
    RawVarint.write(table.2, at: &out)
    RawVarint.write(table.3, at: &out)
    RawVarint.write(table.4, at: &out)
    out.storeBytes(of: UInt8(gapBits), as: UInt8.self)
    out.storeBytes(of: UInt8(frequencyBits), toByteOffset: 1, as: UInt8.self)
    out += 2
    out += BitPacking.pack(gapBase, count: count, bits: gapBits, to: out)
    out += BitPacking.pack(frequencyBase, count: count, bits: frequencyBits, to: out)
    Self.copy(positionLengths, to: &out)
    Self.copy(positionBytes, to: &out)
    _ = staging.appendUninitialized(listLength)
    let crc = CRC32.checksum(staging.raw(from: start))
    clearBlock()
    previousLast = -1
    documentFrequency = 0
    return crc
  }

  /// Copies the bytes of `buffer` to `out` (room known), moved past them: up to 16 without a
  /// call.
  @inline(__always)
  private static func copy(_ buffer: ScratchBuffer<UInt8>, to out: inout UnsafeMutableRawPointer) {
    let count = buffer.count
    if count <= 16 {
      SmallCopy.copy(UnsafeRawPointer(buffer.base), to: out, count: count)
    } else {
      out.copyMemory(from: buffer.base, byteCount: count)
    }
    out += count
  }

  /// The bytes of `value`'s varint.
  @inline(__always)
  private static func varintSize(_ value: Int) -> Int {
    let bits = 64 - (UInt64(truncatingIfNeeded: value) | 1).leadingZeroBitCount
    return (bits + 6) / 7
  }

  /// `finish(into:staging:)` for a list whose positions were partly spilled (its last block
  /// flushed).
  private mutating func finishSpilled(
    into output: FileWriter, staging: ScratchBuffer<UInt8>
  ) throws(IndexError) -> (length: Int, crc: UInt32) {
    writeHeader()
    try output.write(staging.raw)
    staging.removeAll(limit: 1 << 20)
    try output.write(headerBytes.raw)
    try output.write(documentRegion.raw)
    try copySpill(to: output)
    try output.write(positionRegion.raw)
    let length =
      headerBytes.count + documentRegion.count + spilledBytes + positionRegion.count
    let crc = CRC32.checksum(headerBytes.raw)
    reset()
    return (length, crc)
  }

  /// The skip table with its byte length in front, into `headerBytes`.
  private func writeHeader() {
    table.removeAll()
    var previous: Int64 = -1
    for entry in skips {
      table.varint(Int(Int64(entry.lastDocument) - previous))
      previous = Int64(entry.lastDocument)
      table.varint(entry.documentEnd - entry.documentStart)
      table.varint(entry.positionEnd - entry.positionStart)
      table.varint(entry.maxFrequency)
      table.varint(entry.minLength)
      if skips.count > 1 {
        table.u32(entry.documentCRC)
        table.u32(entry.positionCRC)
      }
    }
    headerBytes.removeAll()
    headerBytes.varint(table.count)
    headerBytes.append(table)
  }

  /// Empties the writer, keeping its buffers unless a very long list made them large.
  private mutating func reset() {
    skips.removeAll(keepingCapacity: true)
    spilledBytes = 0
    documentRegion.removeAll(limit: 1 << 20)
    positionRegion.removeAll(limit: 4 << 20)
    table.removeAll(limit: 1 << 20)
    headerBytes.removeAll(limit: 1 << 20)
    previousLast = -1
    documentFrequency = 0
  }
}
