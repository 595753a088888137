import Foundation
import FrenchText

/// Reads Assemblée nationale open-data question records in XML (formats.md §1.1, §1.2): one
/// file per question (root `question`, 15th legislature on), or the bulk file of the 14th
/// (root `questionsEcrites` holding many `question` elements), streamed with bounded memory by
/// a small parser of ParlIndex's own. The element names are those of the JSON, so the records
/// go through the same reader; dates may be `DD/MM/YYYY`.
public struct ANOpenDataXMLReader: DocumentReader {
  public let format = "an-open-data-xml"

  public init() {}

  /// True when the first element is a question record or a bulk file of questions.
  public func recognizes(_ text: String) -> Bool { Self.recognizes(bytes: text.utf8.prefix(4096)) }

  /// True for an XML declaration, or when the first element's name starts with "question" (any
  /// case, any prefix): a truncated or foreign XML file is then reported, not read as prose.
  public static func recognizes(bytes: some Collection<UInt8>) -> Bool {
    var first: UInt8?
    for byte in bytes
    where !XMLAttribute.isSpace(byte) && byte != 0xEF && byte != 0xBB
      && byte != 0xBF
    {
      first = byte
      break
    }
    guard first == 0x3C else { return false }
    var tokenizer = XMLTokenizer()
    tokenizer.append(bytes)
    let declaration = Array("<?xml".utf8)
    let start = bytes.drop { XMLAttribute.isSpace($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
    if start.starts(with: declaration) { return true }
    while let token = tokenizer.next() {
      guard case .start(let name, _, _) = token else { continue }
      return XMLRecordStream.localName(name).lowercased().hasPrefix("question")
    }
    return false
  }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads raw bytes (UTF-8, or Latin-1 when the declaration says so).
  public func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    var outcome = LoadOutcome()
    var chunk: [UInt8]? = bytes
    stream(
      file: file,
      nextChunk: {
        defer { chunk = nil }; return chunk
      }
    ) { part in
      outcome.documents += part.documents
      outcome.diagnostics += part.diagnostics
    }
    return outcome
  }

  /// Reads the chunks given by `nextChunk` (nil at the end), calling `body` with each record's
  /// document as soon as it is read, and last with the file's diagnostics if any. A record
  /// larger than `maximumRecordSize` bytes stops the reading, with a diagnostic.
  public func stream(
    file: CorpusFile, maximumRecordSize: Int = .max, nextChunk: () -> [UInt8]?,
    body: (LoadOutcome) -> Void
  ) {
    var parser = XMLRecordStream()
    parser.maximumRecordSize = maximumRecordSize
    var count = 0
    parser.read(nextChunk: nextChunk) { record in
      count += 1
      body(outcome(of: record, file: file))
    }
    var diagnostics: [Diagnostic] = []
    if let problem = parser.problem {
      diagnostics.append(Diagnostic(file: file.path, message: "skipped: " + problem))
    } else if count == 0 {
      let root = parser.rootName ?? "none"
      diagnostics.append(
        Diagnostic(
          file: file.path, message: "skipped: XML is not a question record (root <\(root)>)"))
    }
    if !diagnostics.isEmpty { body(LoadOutcome(diagnostics: diagnostics)) }
  }

  private func outcome(of record: XMLRecord, file: CorpusFile) -> LoadOutcome {
    let raw = JSONFields(foundation: record.fields)
    let isLegacy = raw.has("LEGISLATURE") || raw.has("DEPOT")
    let fields = isLegacy ? ANLegacyXMLRecord.fields(raw) : raw
    guard fields.string("uid") != nil || fields.object("identifiant") != nil else {
      return LoadOutcome(diagnostics: [
        Diagnostic(
          file: file.path, line: record.firstLine,
          message: "skipped: question record without uid")
      ])
    }
    let source = SourceText(
      window: record.bytes, offset: record.offset, firstLine: record.firstLine, path: file.path)
    var literals = record.literals
    if isLegacy {
      literals["texte"] = (literals["TEXTE_DEPOT"] ?? []) + (literals["TEXTE_REPONSE"] ?? [])
      literals["analyse"] = literals["ANA"]
    }
    var pool = LiteralPool(literals: literals)
    let reader = ANRecordReader(source: source, format: format)
    var document = reader.document(fields, file: file, pool: &pool)
    if isLegacy {
      let name = [raw.string("AUTEUR", "PRENOM"), raw.string("AUTEUR", "NOM")].compactMap { $0 }
      if !name.isEmpty {
        var author = document.author ?? Author()
        author.name = name.joined(separator: " ")
        document.author = author
      }
    }
    return LoadOutcome(documents: [document])
  }
}
