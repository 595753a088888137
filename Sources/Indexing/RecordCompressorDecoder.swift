import Foundation

/// The decompressing side of `RecordCompressor`: every literal count, match length and distance
/// is checked against what is left of the input and of the output before anything is copied.
struct RecordCompressorDecoder {
  private let input: UnsafeRawBufferPointer
  private let output: UnsafeMutableBufferPointer<UInt8>
  private var read = 0
  private var written: Int

  /// `output` holds the dictionary up to `start`; the encoding is written after it, to its end.
  init(input: UnsafeRawBufferPointer, output: UnsafeMutableBufferPointer<UInt8>, start: Int) {
    self.input = input
    self.output = output
    written = start
  }

  /// A varint of at most 5 bytes (below 2^35), or nil when truncated or longer.
  static func varint(_ bytes: UnsafeRawBufferPointer, _ position: inout Int) -> Int? {
    var value = 0
    var shift = 0
    while position < bytes.count, shift < 35 {
      let byte = bytes[position]
      position += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  /// Decodes the whole input; false when it is damaged (then `output` is partly written).
  mutating func decode() -> Bool {
    let end = output.count
    while written < end {
      guard read < input.count else { return false }
      let token = Int(input[read])
      read += 1
      guard let literals = length(token >> 4), copyLiterals(literals) else { return false }
      if written == end { break }
      guard let distance = RecordCompressorDecoder.varint(input, &read),
        let extra = length(token & 15), copyMatch(distance: distance, length: extra + 4)
      else { return false }
    }
    return read == input.count && written == end
  }

  /// A nibble's count, with the varint that follows a nibble of 15.
  private mutating func length(_ nibble: Int) -> Int? {
    guard nibble == 15 else { return nibble }
    return RecordCompressorDecoder.varint(input, &read).map { $0 + 15 }
  }

  private mutating func copyLiterals(_ count: Int) -> Bool {
    guard count <= input.count - read, count <= output.count - written else { return false }
    if count > 0 {
      memcpy(output.baseAddress! + written, input.baseAddress! + read, count)
    }
    read += count
    written += count
    return true
  }

  private mutating func copyMatch(distance: Int, length: Int) -> Bool {
    guard distance > 0, distance <= written, length <= output.count - written else {
      return false
    }
    let base = output.baseAddress!
    if distance >= length {
      memcpy(base + written, base + written - distance, length)
    } else {
      for index in written..<(written + length) { base[index] = base[index - distance] }
    }
    written += length
    return true
  }
}
