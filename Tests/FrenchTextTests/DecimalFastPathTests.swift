import Foundation
import Testing

@testable import FrenchText

/// `FrenchNumber.decimal` reads short integers without Foundation's parser: the value and its
/// representation must be exactly those `Decimal(string:locale:)` gives.
@Suite struct DecimalFastPathTests {
  static let rows: [(String, String?)] = [
    ("0", nil), ("000", nil), ("0150", nil), ("7", nil), ("150000", nil), ("1200000", nil),
    ("999999999999999999", nil), ("1000000000000000000", nil),
    ("123456789012345678901234567890", nil), ("4", "5"), ("2500", "50"), ("0", "05"),
    ("12", "000"),
  ]

  @Test(arguments: rows)
  func sameAsFoundation(_ row: (String, String?)) throws {
    let text = row.1.map { row.0 + "." + $0 } ?? row.0
    let expected = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    let value = try #require(FrenchNumber.decimal(integer: row.0, fraction: row.1))
    #expect(value == expected)
    #expect(value.description == expected.description)
    #expect(bytes(of: value) == bytes(of: expected))
  }

  @Test(arguments: ["", "1a", "１２", "-3"])
  func rejectsNonDigits(_ integer: String) {
    #expect(FrenchNumber.decimal(integer: integer) == nil)
    #expect(FrenchNumber.decimal(integer: "1", fraction: integer.isEmpty ? "x" : integer) == nil)
  }

  private func bytes(of value: Decimal) -> [UInt8] {
    var copy = value
    return withUnsafeBytes(of: &copy) { Array($0) }
  }
}
