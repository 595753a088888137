import Corpus

/// The `sources` element of `cli.md`: which document and which sentence a value comes from.
enum SourceJSON {
  static func object(documentID: String, sentence: Sentence) -> JSONValue {
    .object([
      ("id", .string(documentID)),
      ("file", .string(sentence.span.file)),
      ("line", .int(sentence.span.line)),
      ("sentence", .string(sentence.text)),
    ])
  }

  /// `file:line`, the form text output ends each entry with.
  static func location(_ sentence: Sentence) -> String {
    "\(sentence.span.file):\(sentence.span.line)"
  }
}
