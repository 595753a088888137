import FuzzSupport
import Testing

@testable import ParlIndexCommands

/// The JSON writer escapes strings on their UTF-8 bytes, copying runs that need no escape whole;
/// on random strings of quotes, backslashes, control characters, accents, typographic marks,
/// non-breaking spaces and emoji it writes exactly what an escape per Unicode scalar writes.
@Suite struct JSONStringEscapeTests {
  /// The reference: one scalar at a time (the writer's earlier form).
  static func reference(_ value: String) -> String {
    var output = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }

  static let pieces: [String] = [
    "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "a", "Ségur", "l’État",
    "« prime »", "183\u{A0}€", "700\u{202F}000", "🇫🇷", "é", "e\u{301}", " ", "/", "{}", "",
  ]

  @Test(arguments: 1...20)
  func randomStringsEscapeAsPerScalar(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<50 {
      let text = (0..<random.below(12)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
        .joined()
      #expect(JSONValue.string(text).serialized == Self.reference(text))
    }
  }

  @Test func controlCharactersUseLowercaseHex() {
    #expect(JSONValue.string("a\u{1B}b\u{0}").serialized == #""a\u001bb\u0000""#)
  }
}
