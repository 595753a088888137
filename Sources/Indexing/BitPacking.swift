/// Packs small unsigned integers at a fixed bit width, least significant bits first: the
/// document gaps and frequencies of a postings block.
package enum BitPacking {
  /// The number of bits needed to store `value` (0 for 0).
  package static func width(of value: UInt32) -> Int {
    value == 0 ? 0 : 32 - value.leadingZeroBitCount
  }

  /// The bytes `count` values of `bits` bits take.
  package static func byteCount(count: Int, bits: Int) -> Int { (count * bits + 7) / 8 }

  /// Appends `values` packed at `bits` bits each.
  package static func pack(_ values: ArraySlice<UInt32>, bits: Int, into bytes: inout [UInt8]) {
    guard bits > 0 else { return }
    var accumulator: UInt64 = 0
    var filled = 0
    for value in values {
      accumulator |= UInt64(value) << UInt64(filled)
      filled += bits
      while filled >= 8 {
        bytes.append(UInt8(truncatingIfNeeded: accumulator))
        accumulator >>= 8
        filled -= 8
      }
    }
    if filled > 0 { bytes.append(UInt8(truncatingIfNeeded: accumulator)) }
  }

  /// Appends `count` values from `values` packed at `bits` bits each (the bytes of
  /// `pack(_:bits:into:)`): 32 bits are stored at a time, the last word written whole into room
  /// reserved past the packed bytes (not counted, overwritten by the next append).
  static func pack(
    _ values: UnsafePointer<UInt32>, count: Int, bits: Int, into bytes: ScratchBuffer<UInt8>
  ) {
    guard bits > 0, count > 0 else { return }
    let byteCount = byteCount(count: count, bits: bits)
    bytes.reserve(byteCount + 8)
    let out = UnsafeMutableRawPointer(bytes.appendUninitialized(byteCount))
    _ = pack(values, count: count, bits: bits, to: out)
  }

  /// Writes `count` values from `values` packed at `bits` bits each at `out` (the bytes of
  /// `pack(_:bits:into:)`); returns their byte count. Up to 8 bytes past them are overwritten:
  /// the caller has room for them.
  @inline(__always)
  static func pack(
    _ values: UnsafePointer<UInt32>, count: Int, bits: Int, to out: UnsafeMutableRawPointer
  ) -> Int {
    guard bits > 0, count > 0 else { return 0 }
    var at = out
    var accumulator: UInt64 = 0
    var filled: UInt64 = 0
    let width = UInt64(bits)
    for index in 0..<count {
      accumulator |= UInt64(values[index]) &<< filled
      filled &+= width
      if filled >= 32 {
        at.storeBytes(of: UInt32(truncatingIfNeeded: accumulator).littleEndian, as: UInt32.self)
        at += 4
        accumulator &>>= 32
        filled &-= 32
      }
    }
    if filled > 0 { at.storeBytes(of: accumulator.littleEndian, as: UInt64.self) }
    return byteCount(count: count, bits: bits)
  }

  /// Reads `count` values of `bits` bits from `base`. At least 8 bytes must be readable from
  /// the start of the last value's first byte (the mapped file's footer guarantees it).
  package static func unpack(
    _ base: UnsafeRawPointer, count: Int, bits: Int, into output: UnsafeMutablePointer<UInt32>
  ) {
    guard bits > 0 else {
      output.update(repeating: 0, count: count)
      return
    }
    let mask = (UInt64(1) << UInt64(bits)) - 1
    var bit = 0
    for index in 0..<count {
      let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: bit >> 3, as: UInt64.self))
      output[index] = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
      bit += bits
    }
  }
}
