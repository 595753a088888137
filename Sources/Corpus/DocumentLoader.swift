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

  /// The same readers, which also read bytes (then no `String` of a file is made).
  let byteReaders: [any ByteDocumentReader]

  /// The built-in readers, made once (no dynamic cast, no array per loader).
  private static let builtIn: [any ByteDocumentReader] = [
    ANOpenDataJSONReader(), ANOpenDataXMLReader(), SenatCSVReader(), ANMarkdownReader(),
    SenatPDFTextReader(), SenatPageReader(),
    AnnouncementReader(),
  ]
  private static let builtInReaders: [any DocumentReader] = builtIn.map { $0 }

  public init() {
    readers = Self.builtInReaders
    byteReaders = Self.builtIn
  }

  /// The size of the chunks a streamed file is read in.
  static let chunkSize = 1 << 20

  /// 8 MB: the most text one document is read from. A parliamentary question or a press release
  /// is a few kilobytes; analysing a document costs tens of times its size in memory.
  public static let defaultMaximumDocumentSize = 8 << 20

  /// The most bytes one document is read from: a longer text is cut at the last line break
  /// before it (with a warning); bulk open-data files (XML, JSON) are streamed record by record
  /// whatever their size.
  public var maximumDocumentSize = DocumentLoader.defaultMaximumDocumentSize

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
  /// one batch per record for an open-data bulk file (XML, or JSON over `maximumDocumentSize`),
  /// so that it never sits in memory; one batch for the other formats.
  public func stream(_ file: CorpusFile, _ body: (LoadOutcome) -> Void) {
    _ = read(file, hashing: false, body)
  }

  /// As `stream(_:_:)`, and returns the content hash (`ContentHasher`) of the whole file, whose
  /// bytes are read once: those the readers did not need (after a problem, or past the part of a
  /// long text that is read) are read after them for the hash. Nil when the file cannot be read.
  package func streamHashing(_ file: CorpusFile, _ body: (LoadOutcome) -> Void) -> UInt64? {
    read(file, hashing: true, body)
  }

  private func read(_ file: CorpusFile, hashing: Bool, _ body: (LoadOutcome) -> Void) -> UInt64? {
    if file.size <= maximumDocumentSize, let bytes = FileBytes.bytes(file),
      bytes.count <= maximumDocumentSize
    {
      var source = ChunkSource(first: bytes) { nil }
      route(file, &source, total: { bytes.count }, body)
      guard hashing else { return nil }
      var hasher = ContentHasher()
      hasher.update(bytes)
      return hasher.value
    }
    let descriptor = FileBytes.openForReading(file.path)
    guard descriptor >= 0 else {
      body(
        LoadOutcome(diagnostics: [
          Diagnostic(severity: .error, file: file.path, message: "skipped: cannot read file")
        ]))
      return nil
    }
    defer { close(descriptor) }
    let reader = ChunkReader(descriptor: descriptor, hashing: hashing)
    let first = reader.next(maximumDocumentSize + 1)
    var source = ChunkSource(first: first) {
      let chunk = reader.next(Self.chunkSize)
      return chunk.isEmpty ? nil : chunk
    }
    route(file, &source, total: { reader.fileSize() }, body)
    guard hashing else { return nil }
    return reader.drainedHash()
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

  /// Reads `bytes` as if they were the content of `file`.
  public func load(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    guard bytes.count > maximumDocumentSize else { return document(bytes, file: file) }
    return load(data: Data(bytes), file: file)
  }

  /// Reads `data` as if it were the content of `file` (used by tests and `extract`).
  public func load(data: Data, file: CorpusFile) -> LoadOutcome {
    guard data.count > maximumDocumentSize else { return document([UInt8](data), file: file) }
    var outcome = LoadOutcome()
    var rest: [UInt8]? = [UInt8](data.dropFirst(maximumDocumentSize + 1))
    var source = ChunkSource(first: [UInt8](data.prefix(maximumDocumentSize + 1))) {
      defer { rest = nil }
      return rest
    }
    route(file, &source, total: { data.count }) { part in
      outcome.documents += part.documents
      outcome.diagnostics += part.diagnostics
    }
    return outcome
  }

  /// Chooses how to read a file whose first `maximumDocumentSize + 1` bytes are `source.first`:
  /// open-data XML streamed record by record; a file within the limit as one piece; a larger
  /// JSON file streamed as a list of records; any other larger file cut at the limit.
  private func route(
    _ file: CorpusFile, _ source: inout ChunkSource, total: () -> Int,
    _ body: (LoadOutcome) -> Void
  ) {
    let head = source.first.prefix(4096)
    if ContentCheck.firstNUL(source.first, limit: 4096) == nil,
      ANOpenDataXMLReader.recognizes(bytes: head)
    {
      ANOpenDataXMLReader().stream(
        file: file, maximumRecordSize: maximumDocumentSize, nextChunk: { source.next() },
        body: body)
      return
    }
    guard source.first.count > maximumDocumentSize else {
      body(document(source.first, file: file))
      return
    }
    if Self.startsLikeJSON(head) {
      ANOpenDataJSONReader().stream(
        file: file, maximumRecordSize: maximumDocumentSize, nextChunk: { source.next() },
        body: body)
      return
    }
    let cut = Self.cutPoint(source.first, limit: maximumDocumentSize)
    var outcome = document(Array(source.first[..<cut]), file: file)
    if !outcome.documents.isEmpty {
      let size = RecordSize.text
      outcome.diagnostics.append(
        Diagnostic(
          file: file.path,
          message: "truncated: read the first \(size(cut)) of \(size(total())) (a document is "
            + "read up to \(size(maximumDocumentSize)))"))
    }
    body(outcome)
  }

  /// Where to cut a text at `limit` bytes: after the last line break before it, else at the
  /// start of a UTF-8 character.
  static func cutPoint(_ bytes: [UInt8], limit: Int) -> Int {
    let end = min(limit, bytes.count)
    if let newline = bytes[..<end].lastIndex(of: 0x0A) { return newline + 1 }
    var cut = end
    while cut > 0, cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
    return cut
  }

  /// Whether the first byte that is not a space or a byte-order mark opens a JSON value.
  static func startsLikeJSON(_ bytes: some Collection<UInt8>) -> Bool {
    for byte in bytes {
      switch byte {
      case 0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF: continue
      default: return byte == 0x7B || byte == 0x5B
      }
    }
    return false
  }

  /// Reads `bytes`, at most `maximumDocumentSize` of them, as one file's content; the readers
  /// are asked about the text of the bytes when `throughText` (the former path, for the tests).
  func document(_ bytes: [UInt8], file: CorpusFile, throughText: Bool = false) -> LoadOutcome {
    let isText = ContentCheck.firstNUL(bytes, limit: 4096) == nil
    if isText, ANOpenDataXMLReader.recognizes(bytes: bytes.prefix(4096)) {
      return ANOpenDataXMLReader().read(bytes: bytes, file: file)
    }
    if isText, SenatCSVReader.recognizes(scanning: bytes.prefix(8192)) {
      return SenatCSVReader().read(bytes: bytes, file: file)
    }
    if let problem = ContentCheck.problem(with: bytes) {
      return LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: problem)])
    }
    // The JSON reader is the first of the built-in readers (the only ones a loader has).
    if Self.startsLikeJSON(bytes) {
      return ANOpenDataJSONReader().read(bytes: bytes, file: file)
    }
    if !throughText {
      for reader in byteReaders where reader.recognizes(bytes: bytes) {
        return reader.read(bytes: bytes, file: file)
      }
      return LoadOutcome(diagnostics: [
        Diagnostic(file: file.path, message: "skipped: no reader recognises this content")
      ])
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
