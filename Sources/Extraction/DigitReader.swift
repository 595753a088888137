import Foundation
import FrenchText

/// The value of a number's digit groups, read from their bytes as they come: up to 18 digits
/// as a `UInt64` (and a decimal fraction of up to 18 digits in all as its significand), more
/// through `FrenchNumber.decimal`, so that a number builds no `String` and calls no parser.
/// `ScannerDigitReaderTests` compares it with `FrenchNumber.decimal` on every form.
struct DigitReader {
  /// The integer part's digits, joined (only kept once there are more than 18).
  private var text = ""
  private(set) var integer: UInt64? = 0
  private var count = 0

  /// Appends a group of digits (a number token's text).
  @inline(__always)
  mutating func add(_ digits: String) {
    if count + digits.utf8.count > 18 {
      if integer != nil { text = Self.text(of: integer!, width: count) }
      integer = nil
      text += digits
    } else {
      var value = integer!
      for byte in digits.utf8 { value = value &* 10 &+ UInt64(byte &- 0x30) }
      integer = value
    }
    count += digits.utf8.count
  }

  /// The integer part (written in `width` digits, leading zeros kept) as text.
  static func text(of value: UInt64, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
  }

  /// The exact value with `fraction` (digits) after the decimal comma, as
  /// `FrenchNumber.decimal(integer:fraction:)` reads it.
  func value(fraction: String?) -> Decimal? {
    guard let integer else { return FrenchNumber.decimal(integer: text, fraction: fraction) }
    guard let fraction, !fraction.isEmpty else { return Decimal(integer) }
    let width = fraction.utf8.count
    var value = integer
    for byte in fraction.utf8 { value = value &* 10 &+ UInt64(byte &- 0x30) }
    // A zero keeps its exponent in `Decimal(string:)` ("0,00"): read it the general way.
    guard count + width <= 18, value != 0 else {
      return FrenchNumber.decimal(integer: Self.text(of: integer, width: count), fraction: fraction)
    }
    return Decimal(sign: .plus, exponent: -width, significand: Decimal(value))
  }

  /// `value * scale` for a scale written as a power of ten (every scale of `QuantityLexicon`,
  /// which `ScannerDigitReaderTests` checks): the exponents added, as `Decimal`'s
  /// multiplication gives them for a non-zero value (the tests compare the two); zero
  /// multiplies.
  @inline(__always)
  static func scaled(_ value: Decimal, byPowerOfTen scale: Decimal) -> Decimal {
    guard !value.isZero else { return value * scale }
    return Decimal(
      sign: value.sign, exponent: value.exponent + scale.exponent, significand: value.significand)
  }
}
