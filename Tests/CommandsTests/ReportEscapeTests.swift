import Testing

@testable import ParlIndexCommands

/// The HTML escaper: the five markup characters become references, French text stays as is.
@Suite struct ReportEscapeTests {
  @Test(arguments: [
    ("a & b", "a &amp; b"),
    ("<script>", "&lt;script&gt;"),
    ("\"citation\"", "&quot;citation&quot;"),
    ("l'État", "l&#39;État"),
    ("l’État, œuvre, 1\u{00A0}200\u{202F}€", "l’État, œuvre, 1\u{00A0}200\u{202F}€"),
    ("&amp;", "&amp;amp;"),
    ("x\u{01}y\tz", "x y\tz"),
    ("", ""),
  ])
  func escapes(_ input: String, _ expected: String) {
    #expect(HTMLEscape.escape(input) == expected)
  }

  @Test func escapedTextHoldsNoMarkupCharacter() {
    let escaped = HTMLEscape.escape("<a href='x' title=\"y\">&</a>")
    for character in ["<", ">", "\"", "'"] { #expect(!escaped.contains(character)) }
    #expect(escaped.replacingOccurrences(of: "&amp;", with: "").contains("&lt;"))
  }
}
