/// The stored form of a record: its `RecordEncoder` encoding, compressed by an LZ77-family
/// coder of our own (after LZ4: literal runs and back-references, no entropy coding) when that
/// makes it smaller.
///
/// A compressed record starts with the bytes `80 00` (a varint zero in two bytes, which
/// `RecordEncoder` never writes: its varints are minimal), then the varint length of the
/// encoding, then sequences. A sequence is a token (high nibble: literal count, low nibble:
/// match length − 4; 15 means a varint follows with the rest), the literals, then, unless the
/// encoding is complete, the varint distance back and the match. Distances may reach into
/// `RecordDictionary.bytes`, a preset of strings every record holds, placed before the record.
/// Any other stored record is the encoding itself. Decompression checks every length and
/// distance: a damaged record gives nil, never an over-read.
package enum RecordCompressor {
  static let markerFirst: UInt8 = 0x80
  static let markerSecond: UInt8 = 0x00
  /// The largest encoding length per stored byte the compressor writes, and the reader accepts
  /// (so that a damaged length cannot make it allocate much).
  static let maximumRatio = 64

  /// The stored form of an encoding: compressed when that is smaller, else the encoding.
  package static func compress(_ encoding: [UInt8]) -> [UInt8] {
    compress(encoding, wholeReset: false)
  }

  /// `wholeReset: true` clears the record's table whole before and after the record instead of
  /// renewing its stamp (the reference for the stamps: the same bytes).
  static func compress(_ encoding: [UInt8], wholeReset: Bool) -> [UInt8] {
    guard encoding.count >= 16 else { return encoding }
    let scratch = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(scratch) }
    encoding.withUnsafeBufferPointer { scratch.load($0) }
    return compressLoaded(scratch, count: encoding.count, wholeReset: wholeReset) ?? encoding
  }

  /// The stored form of an encoding still in its buffer (`RecordEncoder.stored`), written
  /// straight into the compressor's memory: the same bytes as `compress(buffer.encoding())`.
  static func compress(_ buffer: RecordBuffer) -> [UInt8] {
    let length = buffer.encodingCount
    guard length >= 16 else { return buffer.encoding() }
    let scratch = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(scratch) }
    scratch.load(count: length) { buffer.writeEncoding(to: $0) }
    return compressLoaded(scratch, count: length, wholeReset: false)
      ?? scratch.loaded(count: length)
  }

  /// The compressed form of the `count` bytes loaded in `scratch`, or nil when it is not
  /// smaller (or would pass `maximumRatio`).
  private static func compressLoaded(
    _ scratch: RecordCompressorScratch, count length: Int, wholeReset: Bool
  ) -> [UInt8]? {
    var header: [UInt8] = [markerFirst, markerSecond]
    RecordCompressorEncoder.varint(length, into: &header)
    guard
      let count = RecordCompressorEncoder.sequences(
        in: scratch, count: length, limit: length - header.count, wholeReset: wholeReset),
      length <= (header.count + count) * maximumRatio
    else { return nil }
    let total = header.count + count
    return [UInt8](unsafeUninitializedCapacity: total) { output, written in
      for (index, byte) in header.enumerated() { output[index] = byte }
      (output.baseAddress! + header.count).initialize(from: scratch.output, count: count)
      written = total
    }
  }

  /// Whether stored bytes are a compressed record (else they are the encoding itself).
  package static func isCompressed(_ stored: UnsafeRawBufferPointer) -> Bool {
    stored.count >= 2 && stored[0] == markerFirst && stored[1] == markerSecond
  }

  /// The encoding of stored bytes, or nil when they are damaged.
  package static func encoding(_ stored: UnsafeRawBufferPointer) -> [UInt8]? {
    withEncoding(stored) { Array($0) }
  }

  /// The encoding of stored bytes, or nil when they are damaged.
  package static func encoding(_ stored: [UInt8]) -> [UInt8]? {
    stored.withUnsafeBytes { encoding($0) }
  }

  /// Calls `body` with the encoding of stored bytes (the bytes themselves when not compressed);
  /// nil without calling it when they are damaged.
  package static func withEncoding<Result>(
    _ stored: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result? {
    guard isCompressed(stored) else { return try body(stored) }
    var position = 2
    guard let length = RecordCompressorDecoder.varint(stored, &position), length > 0,
      length <= (stored.count - position) * maximumRatio
    else { return nil }
    let dictionary = RecordDictionary.bytes
    let total = dictionary.count + length
    var valid = false
    let buffer = [UInt8](unsafeUninitializedCapacity: total) { output, count in
      _ = output.initialize(from: dictionary)
      var decoder = RecordCompressorDecoder(
        input: UnsafeRawBufferPointer(rebasing: stored[position...]),
        output: output, start: dictionary.count)
      valid = decoder.decode()
      count = valid ? total : 0
    }
    guard valid else { return nil }
    return try buffer.withUnsafeBytes {
      try body(UnsafeRawBufferPointer(rebasing: $0[dictionary.count...]))
    }
  }
}
