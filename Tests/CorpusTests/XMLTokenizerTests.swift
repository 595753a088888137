import Corpus
import Foundation
import FrenchText
import Testing

/// The small streaming XML tokenizer: markup, entities with their origins, leniency, and no
/// trap on truncated or damaged input.
struct XMLTokenizerTests {
  static func tokens(_ text: String) -> [XMLTokenizer.Token] {
    var tokenizer = XMLTokenizer()
    tokenizer.append(Array(text.utf8))
    tokenizer.isFinal = true
    var result: [XMLTokenizer.Token] = []
    while let token = tokenizer.next() { result.append(token) }
    return result
  }

  static func texts(_ text: String) -> [String] {
    tokens(text).compactMap { token in
      if case .text(let buffer) = token { return buffer.text }
      return nil
    }
  }

  @Test(arguments: [
    ("<a>&lt;p&gt;caf&#233; &#xE9;t&amp;&apos;&quot;</a>", ["<p>café ét&'\""]),
    ("<a><![CDATA[<p>1 < 2 &amp;</p>]]></a>", ["<p>1 < 2 &amp;</p>"]),
    ("<!DOCTYPE a><?xml-stylesheet x?><a><!-- <b> --></a>", []),
    ("<a>&unknown; &#xZZ; & seul</a>", ["&unknown; &#xZZ; & seul"]),
  ])
  func decodesText(xml: String, expected: [String]) {
    #expect(Self.texts(xml) == expected)
  }

  @Test
  func readsAttributesQuotedOrNot() {
    let tokens = Self.tokens("<a x=\"1 > 0\" y='deux' z=trois w/>")
    guard case .start(let name, let attributes, let selfClosing) = tokens.first else {
      Issue.record("no start tag")
      return
    }
    #expect(name == "a" && selfClosing)
    #expect(attributes.map(\.name) == ["x", "y", "z", "w"])
    #expect(attributes.map(\.value) == ["1 > 0", "deux", "trois", ""])
  }

  @Test
  func entitiesKeepTheirOrigin() {
    let tokens = Self.tokens("<a>x&#233;y</a>")
    guard case .text(let buffer) = tokens[1] else {
      Issue.record("no text")
      return
    }
    #expect(buffer.text == "xéy")
    #expect(buffer.origins == [3, 4, 4, 10])
  }

  @Test(arguments: [31, 97])
  func truncatedFilesNeverTrap(step: Int) throws {
    let url = OpenDataXMLTests.folder.appendingPathComponent("QANR5L17QE9001.xml")
    let bytes = try [UInt8](Data(contentsOf: url))
    for end in stride(from: 6, to: bytes.count, by: step) {
      let outcome = TestSupport.load(bytes: Array(bytes[..<end]), name: "t.xml")
      #expect(outcome.documents.isEmpty || end > bytes.count - 20, "\(end)")
      #expect(!outcome.diagnostics.isEmpty || !outcome.documents.isEmpty, "\(end)")
    }
  }
}
