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

  /// Whether `bytes` are all ASCII when they are valid UTF-8, nil when they are not.
  static func validity(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    var isASCII = true
    while index < count {
      if index + 8 <= count {
        // Eight bytes at a time, then straight to the first one that is not ASCII.
        let high =
          UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
          & 0x8080_8080_8080_8080
        if high == 0 {
          index += 8
          continue
        }
        index += high.trailingZeroBitCount >> 3
      } else if base[index] < 0x80 {
        index += 1
        continue
      }
      isASCII = false
      guard let length = sequenceLength(base, at: index, count: count) else { return nil }
      index += length
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
