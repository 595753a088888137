import Foundation

/// `Decimal.description` written as UTF-8 bytes without building a `String` (it was a fifth of
/// a record's encoding, and most decimals of a build are distinct): the mantissa's digits, the
/// point placed by the exponent (zeros added before or after, trailing zeros kept), "-" when
/// negative. Mantissas wider than 64 bits, exponents beyond ±40 and NaN return nil (the caller
/// uses `description`); `RecordDecimalTextTests` compares the two on tables and random values.
enum RecordDecimalText {
  /// The largest output: 20 digits, a point, "0." and 40 zeros, a sign.
  static let capacity = 64

  /// Writes the description of `value` at the start of `output` (`capacity` bytes); its length,
  /// or nil when `value` is out of the fast path's range.
  static func write(_ value: Decimal, into output: UnsafeMutablePointer<UInt8>) -> Int? {
    guard layoutHolds, !value.isNaN, let mantissa = mantissa(value) else { return nil }
    let exponent = value.exponent
    guard exponent >= -40, exponent <= 40 else { return nil }
    if mantissa == 0 {
      output[0] = UInt8(ascii: "0")
      return 1
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    return withUnsafeMutableBytes(of: &digits) { raw in
      let buffer = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
      var rest = mantissa
      var start = 24
      repeat {
        start -= 1
        buffer[start] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
        rest /= 10
      } while rest != 0
      return place(
        buffer + start, 24 - start, exponent: exponent, negative: value.sign == .minus,
        into: output)
    }
  }

  /// The mantissa of `value` when it fits 64 bits: the eight 16-bit words stored after its
  /// first four bytes (exponent, length and flags), little-endian.
  private static func mantissa(_ value: Decimal) -> UInt64? {
    guard MemoryLayout<Decimal>.size == 20 else { return nil }
    return withUnsafeBytes(of: value) { raw -> UInt64? in
      guard raw.loadUnaligned(fromByteOffset: 12, as: UInt64.self) == 0 else { return nil }
      return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
    }
  }

  /// Whether decimals are laid out as `mantissa` reads them (checked once on known values).
  private static let layoutHolds: Bool = {
    let checks: [(String, UInt64)] = [("4780", 478), ("-20.10", 201), ("0.005", 5)]
    return checks.allSatisfy { text, expected in
      guard let value = Decimal(string: text) else { return false }
      return mantissa(value) == expected
    } && mantissa(Decimal(UInt64.max)) == UInt64.max
  }()

  private static func place(
    _ digits: UnsafePointer<UInt8>, _ count: Int, exponent: Int, negative: Bool,
    into output: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var position = 0
    if negative {
      output[0] = UInt8(ascii: "-")
      position = 1
    }
    if exponent >= 0 {
      (output + position).update(from: digits, count: count)
      position += count
      (output + position).update(repeating: UInt8(ascii: "0"), count: exponent)
      return position + exponent
    }
    let fraction = -exponent
    if count > fraction {
      (output + position).update(from: digits, count: count - fraction)
      position += count - fraction
      output[position] = UInt8(ascii: ".")
      (output + position + 1).update(from: digits + count - fraction, count: fraction)
      return position + 1 + fraction
    }
    output[position] = UInt8(ascii: "0")
    output[position + 1] = UInt8(ascii: ".")
    position += 2
    (output + position).update(repeating: UInt8(ascii: "0"), count: fraction - count)
    position += fraction - count
    (output + position).update(from: digits, count: count)
    return position + count
  }
}
