import FrenchText

/// Reads Assemblée nationale open-data question records in JSON (`{"question": {…}}`, one file
/// per question from the 15th legislature on, or a bulk file holding many): written questions
/// (QE), questions au gouvernement (QG) and oral questions (QOSD).
///
/// A file whose JSON is truncated or invalid, or that holds no question record, is skipped with
/// a diagnostic naming the reason.
public struct ANOpenDataJSONReader: DocumentReader {
  public let format = "an-open-data-json"

  public init() {}

  public func recognizes(_ text: String) -> Bool { Self.recognizes(utf8: text.utf8) }

  /// `recognizes(_:)` on UTF-8 bytes.
  static func recognizes(utf8: some Sequence<UInt8>) -> Bool {
    for byte in utf8 {
      if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
      if byte == 0xEF || byte == 0xBB || byte == 0xBF { continue }
      return byte == 0x7B || byte == 0x5B
    }
    return false
  }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads `bytes`, valid UTF-8 (as `ContentCheck` leaves them), as one file's content.
  func read(bytes original: [UInt8], file: CorpusFile) -> LoadOutcome {
    var bytes = original
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20])
    }
    var parser = JSONParser(bytes: bytes)
    let tape: JSONTape
    do {
      tape = try parser.parseTape()
    } catch {
      return skipped(file, Self.failure(bytes, detail: error.description))
    }
    let records = Self.questionRecords(in: tape, at: 0)
    if records.isEmpty {
      return skipped(file, "skipped: JSON is not a question record (no \"question\" object)")
    }
    let reader = ANRecordReader(source: SourceText(bytes: bytes, path: file.path), format: format)
    var pool = LiteralPool(literals: parser.literals)
    return outcome(of: records, reader: reader, pool: &pool, file: file)
  }

  /// The documents of `records`, a record without uid becoming a diagnostic.
  func outcome(
    of records: [JSONFields], reader: ANRecordReader, pool: inout LiteralPool, file: CorpusFile,
    line: Int? = nil
  ) -> LoadOutcome {
    var outcome = LoadOutcome()
    for record in records {
      guard record.string("uid") != nil || record.object("identifiant") != nil else {
        outcome.diagnostics.append(
          Diagnostic(
            file: file.path, line: line, message: "skipped: question record without uid"))
        continue
      }
      outcome.documents.append(reader.document(record, file: file, pool: &pool))
    }
    return outcome
  }

  func skipped(_ file: CorpusFile, _ message: String) -> LoadOutcome {
    LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: message)])
  }

  /// The question records of a parsed file: `{"question": {…}}`, `{"question": […]}`, a bulk
  /// wrapper (`{"questionsEcrites": {"question": […]}}`), an array of either, or a bare record.
  static func questionRecords(in value: JSONValue, depth: Int = 0) -> [JSONFields] {
    questionRecords(in: JSONTape(value: value), at: 0, depth: depth)
  }

  /// `questionRecords(in:depth:)` for the value at node `index` of `tape`.
  static func questionRecords(in tape: JSONTape, at index: Int, depth: Int = 0) -> [JSONFields] {
    guard depth < 3 else { return [] }
    switch tape.nodes[index].kind {
    case .array:
      return tape.elements(of: index).flatMap {
        questionRecords(in: tape, at: $0, depth: depth + 1)
      }
    case .object: break
    default: return []
    }
    if let inner = tape.member("question", of: index) {
      if tape.nodes[inner].kind == .array {
        return tape.elements(of: inner).compactMap { JSONFields(tape: tape, node: $0) }
      }
      return JSONFields(tape: tape, node: inner).map { [$0] } ?? []
    }
    if tape.member("uid", of: index) != nil, tape.member("identifiant", of: index) != nil {
      return JSONFields(tape: tape, node: index).map { [$0] } ?? []
    }
    if let only = tape.onlyValue(of: index) {
      return questionRecords(in: tape, at: only, depth: depth + 1)
    }
    return []
  }

  /// Why parsing failed: truncated (the text ends inside a string, object or array) or invalid.
  static func failure(_ bytes: [UInt8], detail: String?) -> String {
    var depth = 0
    var inString = false
    var escaped = false
    for byte in bytes {
      if inString {
        if escaped {
          escaped = false
        } else if byte == 0x5C {
          escaped = true
        } else if byte == 0x22 {
          inString = false
        }
        continue
      }
      switch byte {
      case 0x22: inString = true
      case 0x7B, 0x5B: depth += 1
      case 0x7D, 0x5D: depth -= 1
      default: break
      }
    }
    if inString {
      return "skipped: truncated JSON (ends inside a string at byte \(bytes.count))"
    }
    if depth > 0 {
      return "skipped: truncated JSON (\(depth) unclosed object(s) or array(s) at byte "
        + "\(bytes.count))"
    }
    return "skipped: invalid JSON" + (detail.map { " (\($0))" } ?? "")
  }
}
