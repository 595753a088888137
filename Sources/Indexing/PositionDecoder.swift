/// Decodes one document's positions, stored as varint gaps from the previous position (the
/// first from 0), into absolute positions.
enum PositionDecoder {
  /// Decodes the gaps in `base[offset..<end]` into `output`, which must have room for
  /// `end - offset` values (a varint takes at least one byte), stopping after the first
  /// position above `limit`; returns how many it wrote. A varint cut by `end` ends the
  /// decoding; damaged bytes give wrong values, never a crash.
  static func decode(
    _ base: UnsafeRawPointer, from offset: Int, to end: Int, through limit: Int32,
    into output: UnsafeMutablePointer<Int32>
  ) -> Int {
    var offset = offset
    var count = 0
    var position: Int32 = 0
    while offset < end {
      var byte = base.load(fromByteOffset: offset, as: UInt8.self)
      offset &+= 1
      var value = UInt32(byte)
      // Most gaps take one byte: only a longer one enters the varint loop.
      if byte >= 0x80 {
        value &= 0x7F
        var shift: UInt32 = 7
        repeat {
          guard offset < end else { break }
          byte = base.load(fromByteOffset: offset, as: UInt8.self)
          offset &+= 1
          value |= UInt32(byte & 0x7F) &<< shift
          shift &+= 7
        } while byte & 0x80 != 0
      }
      position &+= Int32(bitPattern: value)
      output[count] = position
      count &+= 1
      if position > limit { break }
    }
    return count
  }
}
