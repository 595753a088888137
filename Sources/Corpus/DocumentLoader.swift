import Foundation

/// Reads one corpus file into documents: checks that it is text, detects its format from the
/// content (never from the name), and hands it to the matching reader. Never throws and never
/// traps: what cannot be read is a diagnostic naming the file and the reason.
///
/// Detection, in order: JSON (the first non-blank character is "{" or "[") → Assemblée
/// open-data record; XML whose first element is named `question…` → Assemblée open-data XML
/// (streamed: a bulk file is read with bounded memory); a header line naming the data.senat.fr
/// columns → Sénat CSV (Latin-1 or UTF-8); a "# ASSEMBLÉE NATIONALE" header with question headings → Assemblée page
/// exported to Markdown; a Basile URL (`senat.fr/basile/visio.do?id=qSEQ…`) in the last lines
/// → Sénat PDF text; a "Question écrite n° … de M./Mme …" line with "publiée dans le JO Sénat"
/// near the top → Sénat question page as text; anything else → announcement (press release or
/// other French prose).
public struct DocumentLoader: Sendable {
  /// The readers, asked in order; the last one accepts any text.
  public let readers: [any DocumentReader]

  public init() {
    readers = [
      ANOpenDataJSONReader(), ANOpenDataXMLReader(), SenatCSVReader(), ANMarkdownReader(),
      SenatPDFTextReader(), SenatPageReader(),
      AnnouncementReader(),
    ]
  }

  /// The size of the chunks a streamed file is read in.
  static let chunkSize = 1 << 20

  /// Reads the file at `file.path`.
  public func load(_ file: CorpusFile) -> LoadOutcome {
    var outcome = LoadOutcome()
    stream(file) { part in
      outcome.documents += part.documents
      outcome.diagnostics += part.diagnostics
    }
    return outcome
  }

  /// Reads the file at `file.path`, handing its documents to `body` in batches as they are read:
  /// one batch per record for open-data XML (so a bulk file never sits in memory), one batch for
  /// the other formats.
  public func stream(_ file: CorpusFile, _ body: (LoadOutcome) -> Void) {
    guard let handle = FileHandle(forReadingAtPath: file.path) else {
      body(
        LoadOutcome(diagnostics: [
          Diagnostic(severity: .error, file: file.path, message: "skipped: cannot read file")
        ]))
      return
    }
    defer { try? handle.close() }
    var first: [UInt8]? = [UInt8](handle.readData(ofLength: Self.chunkSize))
    if let head = first, ANOpenDataXMLReader.recognizes(bytes: head.prefix(4096)),
      !head.prefix(4096).contains(0)
    {
      let next = { () -> [UInt8]? in
        if let chunk = first {
          first = nil
          return chunk
        }
        let data = handle.readData(ofLength: Self.chunkSize)
        return data.isEmpty ? nil : [UInt8](data)
      }
      ANOpenDataXMLReader().stream(file: file, nextChunk: next, body: body)
      return
    }
    var data = Data(first ?? [])
    data.append(handle.readDataToEndOfFile())
    body(load(data: data, file: file))
  }

  /// Reads the file at `file.path` in one piece (the former path, kept for comparison).
  func loadWhole(_ file: CorpusFile) -> LoadOutcome {
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
    if !bytes.prefix(4096).contains(0), ANOpenDataXMLReader.recognizes(bytes: bytes.prefix(4096)) {
      return ANOpenDataXMLReader().read(bytes: bytes, file: file)
    }
    if !bytes.prefix(4096).contains(0), SenatCSVReader.recognizes(bytes: Array(bytes.prefix(8192)))
    {
      return SenatCSVReader().read(bytes: bytes, file: file)
    }
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
