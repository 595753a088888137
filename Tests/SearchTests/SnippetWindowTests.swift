import Testing

@testable import Search

struct SnippetWindowTests {
  /// `[`/`]` in the input mark the ranges; the window renders them back.
  static func window(_ marked: String, width: Int) -> String {
    var plain: [UInt8] = []
    var marks: [Range<Int>] = []
    var open = 0
    for byte in marked.utf8 {
      if byte == UInt8(ascii: "[") {
        open = plain.count
      } else if byte == UInt8(ascii: "]") {
        marks.append(open..<plain.count)
      } else {
        plain.append(byte)
      }
    }
    let text = String(decoding: plain, as: UTF8.self)
    return SnippetWindow(text: text, marks: marks, width: width).render()
  }

  @Test(arguments: [
    ("a b [c] d", 10, "a b [c] d"),
    ("a b c d e f g h i [j] k l", 4, "… i [j] k l"),
    ("[a] b c d e f g h", 3, "[a] b c …"),
    ("a b c d e f g h i j [k] l m n o p q r s t", 8, "… i j [k] l m n o p …"),
    ("a b c d e f [g] h [i] j k l m n o p q r s [t]", 8, "… e f [g] h [i] j k l …"),
    ("l’[accord] à 150\u{202f}000 [€]", 3, "l’[accord] à 150\u{202f}000 …"),
    ("x y [Ségur] z", 2, "… [Ségur] z"),
  ])
  func rendersTheBestWindow(marked: String, width: Int, expected: String) {
    #expect(Self.window(marked, width: width) == expected)
  }
}
