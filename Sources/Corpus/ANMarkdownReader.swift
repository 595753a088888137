import Foundation
import FrenchText

/// Reads Assemblée nationale question pages exported to Markdown (formats.md §4.1): a
/// "# ASSEMBLÉE NATIONALE" header, "17ème législature", the title (with or without "##"),
/// "Question écrite n° 1223", the question and answer texts under "Texte de la question" /
/// "Texte de la réponse" headings (`##` or `###`), then the "Données clés" block and the dates
/// block, whose lines are `**Key :** value` or `**Key** : value`, values plain or in empty links.
public struct ANMarkdownReader: DocumentReader {
  public let format = "an-markdown"

  public init() {}

  public func recognizes(_ text: String) -> Bool { Self.recognizes(utf8: text.utf8) }

  /// `recognizes(_:)` on UTF-8 bytes.
  static func recognizes(utf8: some Collection<UInt8>) -> Bool {
    let head = utf8.prefix(6000)
    let hasHeader =
      ByteSearch.contains(head, "ASSEMBLÉE NATIONALE")
      || ByteSearch.contains(head, "ASSEMBLEE NATIONALE")
    return hasHeader
      && (ByteSearch.contains(utf8, "Texte de la question")
        || ByteSearch.contains(utf8, "Données clés")
        || ByteSearch.contains(head, "Question écrite n°"))
  }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads `bytes` (valid UTF-8), as `read(_:file:)` reads their text.
  func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    let source = SourceText(bytes: bytes, path: file.path)
    var layout = MarkdownLayout()
    layout.scan(source)
    var fields = MarkdownFields()
    for index in layout.metadataLines {
      fields.take(MarkdownInline.clean(source.bytes, line: source.lines[index]).text)
      fields.takeMemberID(fromRaw: source.string(line: index))
    }
    let clean = { (index: Int) -> LineUnwrapper.Line in
      let buffer = MarkdownInline.clean(source.bytes, line: source.lines[index])
      return buffer.isEmpty ? .empty : .text(buffer)
    }
    var document = Document(
      id: file.relativePath, file: file.path, kind: .question, format: format,
      chamber: .assemblee, legislature: layout.legislature, number: fields.number ?? layout.number,
      type: layout.type ?? fields.type)
    fields.apply(to: &document)
    var sections: [Section] = []
    if let title = layout.titleLine {
      let buffer = MarkdownInline.clean(source.bytes, line: source.lines[title])
      document.title = buffer.text
      sections.append(Section(kind: .title, sentences: source.sentences(from: [buffer])))
    }
    for (kind, range) in [(SectionKind.question, layout.question), (.answer, layout.answer)] {
      guard let range else { continue }
      let sentences = source.sentences(lines: range, layout: .linePerParagraph, transform: clean)
      if !sentences.isEmpty { sections.append(Section(kind: kind, sentences: sentences)) }
    }
    document.sections = sections
    let hasAnswer = sections.contains { $0.kind == .answer } || document.answerDate != nil
    if document.status == nil { document.status = hasAnswer ? "answered" : "unanswered" }
    document.id =
      Document.questionID(
        chamber: .assemblee, legislature: document.legislature, type: document.type,
        number: document.number) ?? file.relativePath
    return LoadOutcome(documents: [document], diagnostics: Self.missingNumber(document))
  }
}

extension DocumentReader {
  /// A warning when a question's number was not found (its id is then the file's path).
  static func missingNumber(_ document: Document) -> [Diagnostic] {
    guard document.kind == .question, document.number == nil else { return [] }
    return [
      Diagnostic(
        file: document.file, message: "question number not found: the id is the file's path")
    ]
  }
}

/// Where the parts of an exported page are: header fields, title, sections, metadata lines.
struct MarkdownLayout {
  var legislature: Int?
  var type: String?
  var number: Int?
  var titleLine: Int?
  var question: Range<Int>?
  var answer: Range<Int>?
  var metadataLines: [Int] = []

  private enum Part { case header, question, answer, metadata }

  mutating func scan(_ source: SourceText) {
    var part = Part.header
    var sectionStart = 0
    func close(at end: Int) {
      if part == .question { question = sectionStart..<end }
      if part == .answer { answer = sectionStart..<end }
    }
    for index in source.lines.indices {
      let line = MarkdownInline.clean(source.bytes, line: source.lines[index]).text
      guard !line.isEmpty else { continue }
      if let heading = Self.heading(line) {
        close(at: index)
        part = heading
        sectionStart = index + 1
        continue
      }
      switch part {
      case .header: readHeader(line, index: index)
      case .metadata: metadataLines.append(index)
      case .question, .answer: break
      }
    }
    close(at: source.lines.count)
  }

  private mutating func readHeader(_ line: String, index: Int) {
    let folded = line.uppercased()
    if folded == "ASSEMBLÉE NATIONALE" || folded == "ASSEMBLEE NATIONALE" { return }
    if legislature == nil, line.lowercased().hasSuffix("législature"),
      let value = Int(line.prefix(while: \.isNumber))
    {
      legislature = value
      return
    }
    if line.hasPrefix("Question "), line.contains("n°"),
      let value = Int(line.split(separator: "°").last?.trimmingCharacters(in: .whitespaces) ?? "")
    {
      number = value
      type = MarkdownFields.questionType(line)
      return
    }
    if titleLine == nil { titleLine = index }
  }

  private static func heading(_ line: String) -> Part? {
    var lower = line.lowercased()
    while lower.hasSuffix(":") || lower.hasSuffix(" ") { lower.removeLast() }
    switch lower {
    case "texte de la question": return .question
    case "texte de la réponse", "texte de la reponse": return .answer
    case "données clés", "donnees cles": return .metadata
    default:
      return lower.hasPrefix("date(s) cl") || lower.hasPrefix("dates cl") ? .metadata : nil
    }
  }
}
