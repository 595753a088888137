/// Strings made from UTF-8 bytes with one fast validity check: eight ASCII bytes at a time, a
/// multi-byte sequence checked as `ContentCheck` does. Valid bytes are copied into a `String`
/// without the standard library's validation (which reads the bytes one at a time once one is
/// not ASCII, several times the cost); invalid ones go through `String(decoding:as:)`, which
/// repairs them. Either way the `String` is the one `String(decoding:as:)` gives.
public enum TextRepairString {
  /// `String(decoding: bytes, as: UTF8.self)`, faster for valid UTF-8.
  public static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let isASCII = validity(bytes) else { return String(decoding: bytes, as: UTF8.self) }
    return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
  }

  /// `String(decoding: bytes[range], as: UTF8.self)`, faster for valid UTF-8.
  public static func make(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range out of bounds")
    return bytes.withUnsafeBufferPointer { make(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Whether `bytes` are all ASCII when they are valid UTF-8, nil when they are not (the rules
  /// of `ContentCheck`, which asks this first).
  ///
  /// Sixteen bytes a window: an ASCII window is skipped at once; in another, the bytes that
  /// are not ASCII are packed into a mask (one bit a byte), and each multi-byte sequence is
  /// checked from the mask's lowest bit, the mask cleared past it, so that the ASCII bytes
  /// between the accents of French text are never read one by one.
  public static func validity(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Multiplied by this, the high bits of a word's eight bytes land in its top byte, in order.
    let pack: UInt64 = 0x0002_0408_1020_4081
    var index = 0
    var isASCII = true
    while index &+ 16 <= count {
      let low =
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & highs
      let high =
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self))
        & highs
      if low | high == 0 {
        index &+= 16
        continue
      }
      isASCII = false
      var mask = (low &* pack) >> 56 | ((high &* pack) >> 56) << 8
      var next = index &+ 16
      repeat {
        let at = index &+ mask.trailingZeroBitCount
        guard let length = sequenceLength(base, at: at, count: count) else { return nil }
        let end = at &+ length
        // The window's bytes past `at` all belong to this sequence when it reaches the next
        // window (whose start it moves).
        if end >= next {
          next = end
          break
        }
        mask &= ~UInt64(0) &<< UInt64(end &- index)
      } while mask != 0
      index = next
    }
    if index &+ 8 <= count,
      raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highs == 0
    {
      index &+= 8
    }
    while index < count {
      if base[index] < 0x80 {
        index &+= 1
        continue
      }
      isASCII = false
      guard let length = sequenceLength(base, at: index, count: count) else { return nil }
      index &+= length
    }
    return isASCII
  }

  /// The length of the valid multi-byte sequence whose lead byte is at `index`, nil when the
  /// bytes there are not one.
  @inline(__always)
  private static func sequenceLength(
    _ base: UnsafePointer<UInt8>, at index: Int, count: Int
  ) -> Int? {
    let lead = base[index]
    // The common cases first: a two-byte sequence ("é"), a three-byte one without a special
    // second byte ("’").
    if lead &- 0xC2 < 0x1E {
      guard index + 2 <= count, base[index + 1] & 0xC0 == 0x80 else { return nil }
      return 2
    }
    if lead &- 0xE1 < 0x0C || lead &- 0xEE < 0x02 {
      guard index + 3 <= count, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80
      else { return nil }
      return 3
    }
    let length: Int
    var lowest: UInt8 = 0x80
    var highest: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowest = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      highest = 0x9F
    case 0xF0:
      length = 4
      lowest = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      highest = 0x8F
    default: return nil
    }
    guard index + length <= count else { return nil }
    let second = base[index + 1]
    guard second >= lowest, second <= highest else { return nil }
    if length > 2, base[index + 2] & 0xC0 != 0x80 { return nil }
    if length > 3, base[index + 3] & 0xC0 != 0x80 { return nil }
    return length
  }
}
