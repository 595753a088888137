/// Writes a varint (seven bits a byte, low bits first, the high bit set on every byte but the
/// last: `ScratchBuffer.varint`'s bytes) straight to memory whose room the caller knows, for the
/// writers that fill a reserved span through one pointer (`BlockListWriter`, `RunMerger`).
enum RawVarint {
  /// Writes `value`'s varint at `out` and moves `out` past it.
  @inline(__always)
  static func write(_ value: Int, at out: inout UnsafeMutableRawPointer) {
    var rest = UInt64(truncatingIfNeeded: value)
    while rest >= 0x80 {
      out.storeBytes(of: UInt8(truncatingIfNeeded: rest) | 0x80, as: UInt8.self)
      out += 1
      rest &>>= 7
    }
    out.storeBytes(of: UInt8(truncatingIfNeeded: rest), as: UInt8.self)
    out += 1
  }
}
