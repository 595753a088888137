import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The open-data dates read without an array of fields (`JSONFields.isoDate`, `slashDate`)
/// give what the former reading (an array of three fields, kept here as the oracle) gave, on
/// real forms and on seeded random ten-byte texts.
@Suite struct LoadJSONDateTests {
  /// The former reading: three fields in an array, separators at `first` and `second`.
  static func formerFields(_ text: String, separator: UInt8, _ first: Int, _ second: Int)
    -> [Int]?
  {
    let utf8 = text.utf8
    guard utf8.count == 10 else { return nil }
    var fields = [0, 0, 0]
    var field = 0
    for (offset, byte) in utf8.enumerated() {
      if offset == first || offset == second {
        guard byte == separator else { return nil }
        field += 1
      } else {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        fields[field] = fields[field] * 10 + Int(byte - 0x30)
      }
    }
    return fields
  }

  static func formerISO(_ text: String) -> CalendarDate? {
    formerFields(text, separator: 0x2D, 4, 7).map {
      CalendarDate(year: $0[0], month: $0[1], day: $0[2])
    }
  }

  static func formerSlash(_ text: String) -> CalendarDate? {
    formerFields(text, separator: 0x2F, 2, 5).map {
      CalendarDate(year: $0[2], month: $0[1], day: $0[0])
    }
  }

  static let table = [
    "2025-08-10", "2024-02-29", "2023-02-29", "0000-00-00", "9999-12-31", "2025-8-10x",
    "2025/08/10", "10/08/2025", "29/02/2024", "1/08/20255", "2025-08-1", "2025-08-100",
    "２025-08-10", "2025–08-10", "", "10-08-2025", "2025-08-10 ",
  ]

  @Test(arguments: table)
  func sameAsFormerOnTable(_ text: String) {
    #expect(JSONFields.isoDate(text) == Self.formerISO(text))
    #expect(JSONFields.slashDate(text) == Self.formerSlash(text))
  }

  @Test func sameAsFormerOnRandomTexts() {
    var random = FuzzGenerator(seed: 80_200)
    let bytes = Array("0123456789/-x é".utf8)
    var parsed = 0
    for _ in 0..<4_000 {
      let form = random.below(2)
      let length = random.below(8) == 0 ? 9 + random.below(3) : 10
      let text = String(
        decoding: (0..<length).map { index in
          let isSeparator = form == 0 ? index == 4 || index == 7 : index == 2 || index == 5
          if random.below(10) == 0 { return bytes[random.below(bytes.count)] }
          if isSeparator { return form == 0 ? 0x2D : 0x2F }
          return UInt8(0x30 + random.below(10))
        }, as: UTF8.self)
      let iso = JSONFields.isoDate(text)
      let slash = JSONFields.slashDate(text)
      #expect(iso == Self.formerISO(text), "\(text)")
      #expect(slash == Self.formerSlash(text), "\(text)")
      if iso != nil || slash != nil { parsed += 1 }
    }
    #expect(parsed > 1_000)
  }
}
