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
  private var documents: [UInt32] = []
  private var frequencies: [UInt32] = []
  private var positionLengths = ByteBuffer()
  private var positionBytes: [UInt8] = []
  private var maxFrequency = 0
  private var minLength = Int.max
  private var previousLast: Int64 = -1
  private var skips: [SkipEntry] = []
  private var documentRegion: [UInt8] = []
  private var positionRegion: [UInt8] = []
  private var scratch: [UInt32] = []
  package private(set) var documentFrequency = 0
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
  package init(spillURL: URL? = nil) {
    self.spillURL = spillURL
  }

  /// Adds the next document (ascending) with its BM25 length and frequency and its encoded
  /// position gaps.
  package mutating func add(
    document: Int, length: Int, frequency: Int, positions: UnsafeRawBufferPointer
  ) {
    documents.append(UInt32(truncatingIfNeeded: document))
    frequencies.append(UInt32(truncatingIfNeeded: max(1, frequency) - 1))
    maxFrequency = max(maxFrequency, frequency)
    minLength = min(minLength, length)
    positionLengths.varint(positions.count)
    positionBytes.append(contentsOf: positions)
    documentFrequency += 1
    if documents.count == BlockListWriter.blockSize { flushBlock() }
  }

  private mutating func flushBlock() {
    guard let last = documents.last else { return }
    var entry = SkipEntry()
    entry.lastDocument = Int32(truncatingIfNeeded: last)
    entry.documentStart = documentRegion.count
    let positionStart = positionRegion.count
    entry.positionStart = spilledBytes + positionStart
    scratch.removeAll(keepingCapacity: true)
    var previous = previousLast
    var widest: UInt32 = 0
    for document in documents {
      let gap = UInt32(truncatingIfNeeded: Int64(document) - previous - 1)
      scratch.append(gap)
      widest |= gap
      previous = Int64(document)
    }
    let gapBits = BitPacking.width(of: widest)
    let frequencyBits = BitPacking.width(of: frequencies.reduce(0, |))
    documentRegion.append(UInt8(gapBits))
    documentRegion.append(UInt8(frequencyBits))
    BitPacking.pack(scratch[...], bits: gapBits, into: &documentRegion)
    BitPacking.pack(frequencies[...], bits: frequencyBits, into: &documentRegion)
    positionRegion.append(contentsOf: positionLengths.bytes)
    positionRegion.append(contentsOf: positionBytes)
    entry.documentEnd = documentRegion.count
    entry.positionEnd = spilledBytes + positionRegion.count
    entry.maxFrequency = maxFrequency
    entry.minLength = minLength
    documentRegion.withUnsafeBytes {
      entry.documentCRC = CRC32.checksum(
        UnsafeRawBufferPointer(rebasing: $0[entry.documentStart...]))
    }
    positionRegion.withUnsafeBytes {
      entry.positionCRC = CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[positionStart...]))
    }
    skips.append(entry)
    if positionRegion.count >= BlockListWriter.spillThreshold, skips.count > 1 { spillPositions() }
    previousLast = Int64(last)
    documents.removeAll(keepingCapacity: true)
    frequencies.removeAll(keepingCapacity: true)
    positionLengths.bytes.removeAll(keepingCapacity: true)
    positionBytes.removeAll(keepingCapacity: true)
    maxFrequency = 0
    minLength = Int.max
  }

  /// Writes the positions held so far to the spill file.
  private mutating func spillPositions() {
    guard let spillURL else { return }
    do throws(IndexError) {
      if spill == nil { spill = try FileWriter(url: spillURL) }
      try spill?.write(positionRegion)
      spilledBytes += positionRegion.count
      positionRegion.removeAll(keepingCapacity: true)
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
    precondition(spill == nil, "a list with spilled positions is written with finish(into:)")
    flushBlock()
    let header = self.header()
    var list = ByteBuffer(capacity: header.count + documentRegion.count + positionRegion.count)
    list.append(header.bytes)
    list.append(documentRegion)
    list.append(positionRegion)
    let crc = checksum(header)
    reset()
    return (list.bytes, crc)
  }

  /// Writes the encoded list to `output` piece by piece (the same bytes as `finish()`, without
  /// assembling them: a word in every document has a list of tens of megabytes); returns its
  /// byte length and the CRC-32 the dictionary keeps for it. The writer is emptied.
  package mutating func finish(into output: FileWriter) throws(IndexError) -> (
    length: Int, crc: UInt32
  ) {
    flushBlock()
    if let spillError { throw spillError }
    let header = self.header()
    try output.write(header.bytes)
    try output.write(documentRegion)
    try copySpill(to: output)
    try output.write(positionRegion)
    let length = header.count + documentRegion.count + spilledBytes + positionRegion.count
    let result = (length, checksum(header))
    reset()
    return result
  }

  /// The skip table with its byte length in front.
  private func header() -> ByteBuffer {
    var table = ByteBuffer(capacity: skips.count * 16)
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
    var header = ByteBuffer(capacity: table.count + 4)
    header.varint(table.count)
    header.append(table.bytes)
    return header
  }

  /// The CRC-32 of the header, or of the whole list when it has a single block.
  private func checksum(_ header: ByteBuffer) -> UInt32 {
    var crc = CRC32()
    crc.update(header.bytes)
    if skips.count <= 1 {
      crc.update(documentRegion)
      crc.update(positionRegion)
    }
    return crc.value
  }

  /// Empties the writer, keeping its buffers unless a very long list made them large.
  private mutating func reset() {
    let keep = positionRegion.capacity + documentRegion.capacity < 4 << 20
    skips.removeAll(keepingCapacity: keep)
    spilledBytes = 0
    documentRegion.removeAll(keepingCapacity: keep)
    positionRegion.removeAll(keepingCapacity: keep)
    previousLast = -1
    documentFrequency = 0
  }
}
