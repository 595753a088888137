import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// `RecordDecimalText` writes exactly `Decimal.description` (the record encoding stores that
/// text): on a table of the figures French texts state and on random mantissas and exponents.
@Suite struct RecordDecimalTextTests {
  static func text(_ value: Decimal) -> String? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RecordDecimalText.capacity) {
      buffer in
      RecordDecimalText.write(value, into: buffer.baseAddress!).map {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[..<$0]), as: UTF8.self)
      }
    }
  }

  @Test(arguments: [
    "0", "1", "-1", "183", "700000", "402000000", "20.1", "20.10", "0.5", "-0.5", "2.5", "0.005",
    "0.25", "12345678901234567890", "18446744073709551615", "1e10", "1.5e-30", "-3e40",
    "0.000000001", "999999999999.99", "-0", "1er", "5,5",
  ])
  func tableOfFigures(text: String) throws {
    guard let value = Decimal(string: text) else { return }
    let fast = try #require(Self.text(value))
    #expect(fast == value.description)
  }

  @Test func builtValuesKeepTheirDigits() throws {
    let values: [Decimal] = [
      Decimal(20) + Decimal(string: "0.10")!, Decimal(183) / Decimal(4), Decimal(1) / Decimal(3),
      Decimal(sign: .minus, exponent: -3, significand: 4780),
      Decimal(sign: .plus, exponent: 5, significand: 12), Decimal(UInt64.max),
      Decimal(sign: .plus, exponent: -2, significand: Decimal(2010)),
    ]
    for value in values {
      if let fast = Self.text(value) { #expect(fast == value.description) }
    }
    #expect(Self.text(Decimal.nan) == nil)
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func randomMantissasAndExponents(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<2_000 {
      let bits = random.below(65)
      let mantissa = bits == 64 ? random.next() : random.next() & ((1 << UInt64(bits)) - 1)
      let exponent = random.below(101) - 50
      let value = Decimal(
        sign: random.below(2) == 0 ? .plus : .minus, exponent: exponent,
        significand: Decimal(mantissa))
      if let fast = Self.text(value) {
        #expect(fast == value.description, "\(mantissa) e\(exponent)")
      } else {
        #expect(value.exponent < -40 || value.exponent > 40)
      }
    }
  }
}
