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

/// The tape's decoding of an escaped string ("\u00XX" at once, the runs between backslashes
/// copied whole) gives the tree parse's string.
struct LoadTapeEscapeTests {
  @Test func tapeStringsAgreeWithTheTree() throws {
    for value in 0..<256 {
      let escape = "\\u00" + LoadJSONEscapeTests.hex(value, uppercase: value % 2 == 0)
      for text in [
        escape, "Minist" + escape + "re de l'" + escape + "ducation", escape + "\\n\\u2019",
      ] {
        let bytes = Array("{\"k\": \"\(text)\", \"l\": [\"\(text)x\"]}".utf8)
        var tree = JSONParser(bytes: bytes)
        var flat = JSONParser(bytes: bytes)
        let object = try #require(try tree.parse().objectValue)
        let tape = try flat.parseTape()
        let member = try #require(tape.member("k", of: 0))
        #expect(tape.string(at: member) == object["k"]?.stringValue, "\(text)")
        #expect(JSONTapeTests.difference(.object(object), tape, 0) == nil, "\(text)")
      }
    }
  }
}
