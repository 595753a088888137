import Foundation

/// Reads one corpus file into documents: checks that it is text, detects its format from the
/// content (never from the name), and hands it to the matching reader. Never throws and never
/// traps: what cannot be read is a diagnostic naming the file and the reason.
///
/// Detection, in order: JSON (the first non-blank character is "{" or "[") → Assemblée
/// open-data record; a "# ASSEMBLÉE NATIONALE" header with question headings → Assemblée page
/// exported to Markdown; a Basile URL (`senat.fr/basile/visio.do?id=qSEQ…`) in the last lines
/// → Sénat PDF text; a "Question écrite n° … de M./Mme …" line with "publiée dans le JO Sénat"
/// near the top → Sénat question page as text; anything else → announcement (press release or
/// other French prose).
public struct DocumentLoader: Sendable {
  /// The readers, asked in order; the last one accepts any text.
  public let readers: [any DocumentReader]

  public init() {
    readers = [
      ANOpenDataJSONReader(), ANMarkdownReader(), SenatPDFTextReader(), SenatPageReader(),
      AnnouncementReader(),
    ]
  }

  /// Reads the file at `file.path`.
  public func load(_ file: CorpusFile) -> LoadOutcome {
    guard let data = FileManager.default.contents(atPath: file.path) else {
      return LoadOutcome(diagnostics: [
        Diagnostic(severity: .error, file: file.path, message: "skipped: cannot read file")
      ])
    }
    return load(data: data, file: file)
  }

  /// Reads `data` as if it were the content of `file` (used by tests and `extract`).
  public func load(data: Data, file: CorpusFile) -> LoadOutcome {
    let bytes = [UInt8](data)
    if let problem = ContentCheck.problem(with: bytes) {
      return LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: problem)])
    }
    let text = String(decoding: bytes, as: UTF8.self)
    for reader in readers where reader.recognizes(text) {
      return reader.read(text, file: file)
    }
    return LoadOutcome(diagnostics: [
      Diagnostic(file: file.path, message: "skipped: no reader recognises this content")
    ])
  }
}
