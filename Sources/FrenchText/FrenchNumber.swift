import Foundation

/// Exact reading of numbers written the French way: digit groups separated by U+0020, U+00A0 or
/// U+202F ("1 200 000"), a "." group separator before exactly three digits ("2.500,50"), and a
/// decimal comma ("4,5"). Values are `Decimal`, never `Double`.
public enum FrenchNumber {
  /// The characters accepted between digit groups.
  public static let groupSeparators: Set<Unicode.Scalar> = [
    " ", "\u{00A0}", "\u{202F}", "\u{2009}",
  ]

  /// The exact value of an integer part (digits only) and an optional fraction (digits only).
  ///
  /// Integers of up to 18 digits are read without Foundation's parser (`Decimal(UInt64)` gives
  /// the same value and representation); the rest go through `Decimal(string:)`, whose default
  /// decimal separator is ".", without a `Locale` to build per call.
  public static func decimal(integer: String, fraction: String? = nil) -> Decimal? {
    guard !integer.isEmpty, integer.utf8.allSatisfy(isDigit) else { return nil }
    guard let fraction, !fraction.isEmpty else {
      if integer.utf8.count <= 18 { return Decimal(integer.utf8.reduce(0) { $0 * 10 + digit($1) }) }
      return Decimal(string: integer)
    }
    guard fraction.utf8.allSatisfy(isDigit) else { return nil }
    return Decimal(string: integer + "." + fraction)
  }

  @inline(__always)
  private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  @inline(__always)
  private static func digit(_ byte: UInt8) -> UInt64 { UInt64(byte &- 0x30) }

  /// Parses a whole string such as "150 000", "1 200 000", "4,5" or "2.500,50"; nil when the
  /// string is not exactly one French number.
  public static func parse(_ text: String) -> Decimal? {
    let scalars = Array(text.unicodeScalars)
    var groups: [String] = []
    var current = ""
    var fraction: String?
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isDigit(scalar) {
        current.unicodeScalars.append(scalar)
      } else if groupSeparators.contains(scalar) || scalar == "." {
        groups.append(current)
        current = ""
      } else if scalar == ",", fraction == nil {
        let rest = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        guard !rest.isEmpty, rest.unicodeScalars.allSatisfy(isDigit) else { return nil }
        fraction = rest
        break
      } else {
        return nil
      }
      index += 1
    }
    groups.append(current)
    guard let first = groups.first, !first.isEmpty else { return nil }
    if groups.count > 1 {
      guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
    }
    return decimal(integer: groups.joined(), fraction: fraction)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
