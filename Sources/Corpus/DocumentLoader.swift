import Foundation

/// Reads one corpus file into documents: decodes it, detects its format from the content, and
/// hands it to the matching reader. Never throws: what cannot be read is a diagnostic.
///
/// PLACEHOLDER: reads every non-empty UTF-8 file as one announcement paragraph per line. The
/// Corpus work replaces the body (format detection, four readers), keeping this signature.
public struct DocumentLoader: Sendable {
  public init() {}

  /// Reads the file at `file.path`.
  public func load(_ file: CorpusFile) -> LoadOutcome {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      return LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: "cannot read file")])
    }
    return load(data: data, file: file)
  }

  /// Reads `data` as if it were the content of `file` (used by tests and `extract`).
  public func load(data: Data, file: CorpusFile) -> LoadOutcome {
    guard let text = String(data: data, encoding: .utf8), !text.isEmpty else {
      return LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: "not UTF-8 text")])
    }
    var sentences: [Sentence] = []
    var offset = 0
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let length = line.utf8.count
      if !line.allSatisfy(\.isWhitespace) {
        sentences.append(
          Sentence(
            text: String(line),
            span: SourceSpan(file: file.path, line: index + 1, byteRange: offset..<offset + length))
        )
      }
      offset += length + 1
    }
    let document = Document(
      id: file.relativePath, file: file.path, kind: .announcement, format: "plain-text",
      sections: [Section(kind: .body, sentences: sentences)])
    return LoadOutcome(documents: [document])
  }
}
