import Testing

@testable import Corpus

/// The "\u00XX" escapes written at once by the string decoder give the bytes and origins the
/// general escape path gives: every value of the byte, digits in both cases, wrong digits
/// (decided by the general path), and an escape cut by the end of the text.
struct LoadJSONEscapeTests {
  static func hex(_ value: Int, uppercase: Bool) -> String {
    let digits = Array(uppercase ? "0123456789ABCDEF" : "0123456789abcdef")
    return String([digits[value >> 4], digits[value & 0xF]])
  }

  @Test func everyByteValueDecodesAsTheGeneralPath() {
    for value in 0..<256 {
      for uppercase in [false, true] {
        let escape = "\\u00" + Self.hex(value, uppercase: uppercase)
        for text in [escape, "a" + escape + "b", "mot " + escape + escape + " fin", escape + "é"] {
          for closing in ["\"", ""] {
            let bytes = Array(("\"" + text + closing).utf8)
            let difference = JSONStringFastPathTests.difference(bytes, at: 0, baseOffset: 11)
            #expect(difference == nil, "\(text.debugDescription)\(closing)")
          }
        }
      }
    }
  }

  @Test(arguments: [
    "\\u00g9", "\\u00e", "\\u00", "\\u0", "\\u00\"", "\\u00e\"", "\\u00:9", "\\u00@1",
  ])
  func wrongOrCutEscapesFailAsBefore(_ escape: String) {
    for prefix in ["", "texte ", String(repeating: "x", count: 17)] {
      for closing in ["\"", "\"}", ""] {
        let bytes = Array(("\"" + prefix + escape + closing).utf8)
        #expect(JSONStringFastPathTests.difference(bytes, at: 0) == nil, "\(escape)\(closing)")
      }
    }
  }
}
