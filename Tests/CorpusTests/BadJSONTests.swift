import Testing

/// Broken, truncated, mistyped and deeply nested JSON files get a diagnostic naming the file and
/// what is wrong, and never overflow the stack.
struct BadJSONTests {
  static let deepClosed = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)

  @Test(arguments: [
    (String(repeating: "[", count: 200_000), "skipped: truncated JSON (200000 unclosed"),
    (String(repeating: #"{"a":"#, count: 100_000), "skipped: truncated JSON (100000 unclosed"),
    (deepClosed, "skipped: invalid JSON (too deeply nested (more than 512 arrays or objects)"),
    (#"{"question": {"uid": "Q", "texte": "a\qb"}}"#, "skipped: invalid JSON (invalid escape"),
    (#"{"question": {"uid": "Q\ud800"}}"#, "skipped: invalid JSON (high surrogate"),
    (#"{"question": {"uid": 01}}"#, "skipped: invalid JSON (number with a leading zero"),
    (#"{"question": {"uid": 1e999}}"#, "skipped: invalid JSON (number 1e999 out of range"),
    (#"{"question": {"uid": "Q"}} x"#, "skipped: invalid JSON (unexpected character after"),
    ("{\"question\": {\"uid\": \"a\tb\"}}", "skipped: invalid JSON (unescaped control character"),
    (#"{"question": "QANR5L17QE1"}"#, "skipped: JSON is not a question record"),
    (#"{"question": [1, "x", null]}"#, "skipped: JSON is not a question record"),
    (#"{"question": {"uid": null, "identifiant": 3}}"#, "skipped: question record without uid"),
  ])
  func namesWhatIsWrong(text: String, reason: String) {
    let outcome = TestSupport.load(text, name: "bad.json")
    #expect(outcome.documents.isEmpty)
    #expect(outcome.diagnostics.count == 1)
    #expect(outcome.diagnostics.first?.file == "corpus/bad.json")
    let message = outcome.diagnostics.first?.message ?? "none"
    #expect(message.hasPrefix(reason), "\(message)")
  }

  /// The byte where the parser stopped is named.
  @Test func invalidJSONNamesTheByte() {
    let message = TestSupport.load(#"{"question": {"uid": QANR}}"#).diagnostics.first?.message
    #expect(message == "skipped: invalid JSON (unexpected character at byte 21)")
  }
}
