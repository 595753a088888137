import Corpus
import Testing

/// Files that are not readable documents are skipped with a diagnostic naming the reason, and no
/// input makes the loader trap.
struct BadInputTests {
  @Test(arguments: [
    ([UInt8](), "skipped: empty file"),
    (Array(" \n\t\n  ".utf8), "skipped: empty file (white space only)"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "skipped: binary content"),
    (Array("Le texte est en Latin-1 : ".utf8) + [0xE9, 0x74, 0xE9], "skipped: not UTF-8 text"),
    (Array(#"{"question": {"uid": "QANR5L17QE1", "type": "#.utf8), "skipped: truncated JSON"),
    (Array(#"{"question": {"uid": "QANR5L17QE1"}"#.utf8), "skipped: truncated JSON"),
    (Array(#"{"question": {"uid": QANR5L17QE1}}"#.utf8), "skipped: invalid JSON"),
    (Array(#"{"deputes": [{"nom": "Dupont"}]}"#.utf8), "skipped: JSON is not a question record"),
    (Array("[1, 2, 3]".utf8), "skipped: JSON is not a question record"),
    (Array(#"{"question": {"texte": "x"}}"#.utf8), "skipped: question record without uid"),
  ])
  func skipsWithReason(bytes: [UInt8], reason: String) {
    let outcome = TestSupport.load(bytes: bytes, name: "bad.bin")
    #expect(outcome.documents.isEmpty)
    #expect(outcome.diagnostics.count == 1)
    let diagnostic = outcome.diagnostics.first
    #expect(diagnostic?.file == "corpus/bad.bin")
    #expect(diagnostic?.message.hasPrefix(reason) == true, "\(diagnostic?.message ?? "none")")
  }

  @Test func invalidUTF8NamesTheOffset() {
    let bytes = Array("Prime Ségur".utf8) + [0xC3, 0x28]
    let message = TestSupport.load(bytes: bytes).diagnostics.first?.message
    #expect(message == "skipped: not UTF-8 text (invalid byte at offset 13)")
  }

  @Test func binaryNamesTheOffset() {
    let message = TestSupport.load(bytes: [0x41, 0x42, 0x00]).diagnostics.first?.message
    #expect(message == "skipped: binary content (NUL byte at offset 2)")
  }

  /// Pseudo-random bytes, valid UTF-8 soup and truncated documents never trap.
  @Test(arguments: 0..<40)
  func neverTraps(seed: Int) {
    var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let alphabet = Array(" \n\n. M. Mme « » … -\u{00A0}é{}[]\":,<p></p><br>#*[x](#)qSEQ")
    let length = Int(next() % 400)
    let soup = String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    _ = TestSupport.load(soup)
    _ = TestSupport.load("{\"question\": {\"uid\": \"Q\", \"texte\": \"" + soup + "\"}}")
    _ = TestSupport.load(bytes: (0..<length).map { _ in UInt8(truncatingIfNeeded: next()) })
    let seeds = [
      "# ASSEMBLÉE NATIONALE\n\nQuestion écrite n° \n\n## Texte de la question\n\n**Auteur",
      "Titre \n\nQE  - Sénat \n\nhttps://www.senat.fr/basile/visio.do?id=qSEQ",
      "T\n\n15e législature\n\nQuestion écrite n° 0 de (\n\npubliée dans le JO Sénat du",
      #"{"question": {"uid": "Q", "textesReponse": {"texteReponse": [{"texte": "<p"#,
    ]
    for text in seeds {
      let bytes = Array(text.utf8)
      _ = TestSupport.load(bytes: Array(bytes.prefix(length % (bytes.count + 1))))
      _ = TestSupport.load(text)
    }
  }
}
