import Foundation
import FrenchText

/// Reads the text extracted from a Sénat question's PDF (formats.md §4.2): the title on the
/// first line, the answer's wrapped lines, then a footer "QE <title> - Sénat", a wrapped line
/// joining the author's name, "Question écrite" and the ministers addressed (truncated with
/// "..."), and the Basile URL `https://www.senat.fr/basile/visio.do?id=qSEQ241001929`.
///
/// The number comes from the URL id (§2.2: `qSEQ` + year and month of publication + number).
/// The text writes no legislature; it is derived from the id's month through the calendar of
/// legislatures (the Sénat numbers its questions per legislature, as the Assemblée does), and
/// left unknown for a month in which two legislatures meet (June 2017, June 2022…), giving an id
/// like `SENAT-QE-1929`. No JO date or page, group, département or question text is given.
public struct SenatPDFTextReader: DocumentReader {
  public let format = "senat-pdf-text"
  static let marker = "senat.fr/basile/visio.do?id="

  public init() {}

  public func recognizes(_ text: String) -> Bool { Self.recognizes(utf8: text.utf8) }

  /// `recognizes(_:)` on UTF-8 bytes.
  static func recognizes(utf8: some BidirectionalCollection<UInt8>) -> Bool {
    ByteSearch.contains(utf8.suffix(800), marker)
  }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads `bytes` (valid UTF-8), as `read(_:file:)` reads their text.
  func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    let source = SourceText(bytes: bytes, path: file.path)
    guard
      let urlLine = source.lines.indices.last(where: {
        source.string(line: $0).contains(Self.marker)
      })
    else { return LoadOutcome() }
    let basile = SenatBasileID(url: source.trimmed(line: urlLine))
    let (footerStart, footerEnd, footerTitle) = footer(source, before: urlLine)
    let footerWords = footerTitle.split(separator: " ", maxSplits: 1)
    let typeWord = footerWords.first.map(String.init)
    let type =
      typeWord.flatMap { $0.allSatisfy(\.isUppercase) && $0.count <= 4 ? $0 : nil }
      ?? basile?.type
    let authorLine = (min(footerEnd + 1, urlLine)..<urlLine).map { source.trimmed(line: $0) }
      .filter { !$0.isEmpty }.joined(separator: " ")
    var document = Document(
      id: file.relativePath, file: file.path, kind: .question, format: format, chamber: .senat,
      legislature: basile?.legislature, number: basile?.number, type: type)
    let (titleRange, titleText) = title(source, before: footerStart, footer: footerTitle)
    document.title = titleText
    readAuthorLine(authorLine, into: &document)
    var sections: [Section] = []
    if !titleRange.isEmpty {
      sections.append(Section(kind: .title, sentences: source.sentences(lines: titleRange)))
    }
    let answer = source.sentences(lines: titleRange.upperBound..<footerStart)
    if !answer.isEmpty {
      sections.append(Section(kind: .answer, sentences: answer))
      document.status = "answered"
      document.events = [StatusEvent(kind: .answered, label: "Réponse publiée")]
    }
    document.sections = sections
    document.id =
      Document.questionID(
        chamber: .senat, legislature: document.legislature, type: document.type,
        number: document.number) ?? file.relativePath
    return LoadOutcome(documents: [document], diagnostics: Self.missingNumber(document))
  }

  /// The first line of the footer ("QE <title> - Sénat", possibly wrapped) and its text.
  private func footer(_ source: SourceText, before urlLine: Int) -> (
    start: Int, end: Int, title: String
  ) {
    let window = stride(from: urlLine - 1, through: max(0, urlLine - 10), by: -1)
    guard
      let end = window.first(where: { index in
        let line = source.trimmed(line: index)
        return line.hasSuffix("- Sénat") || line.hasSuffix("- Senat")
      })
    else { return (urlLine, urlLine, "") }
    var start = end
    let isTypeLine = { (line: String) -> Bool in
      ["QE ", "QOSD ", "QG ", "QO ", "QC "].contains { line.hasPrefix($0) }
    }
    var probe = end
    while !isTypeLine(source.trimmed(line: start)), probe > max(0, end - 6) {
      probe -= 1
      if isTypeLine(source.trimmed(line: probe)) { start = probe }
    }
    let title = (start...end).map { source.trimmed(line: $0) }.filter { !$0.isEmpty }
      .joined(separator: " ")
    return (start, end, title)
  }

  /// The title's lines (the first text line, continued while the footer's title goes on).
  private func title(_ source: SourceText, before end: Int, footer: String) -> (Range<Int>, String?)
  {
    guard let first = (0..<end).first(where: { !source.trimmed(line: $0).isEmpty }) else {
      return (0..<0, nil)
    }
    var title = source.trimmed(line: first)
    var last = first
    var index = first + 1
    while index < end {
      let line = source.trimmed(line: index)
      if !line.isEmpty {
        guard footer.contains(title + " " + line) else { break }
        title += " " + line
        last = index
      }
      index += 1
    }
    return (first..<last + 1, title)
  }

  /// "Pascal Allizard Question écrite Mme la ministre du travail et de l'emploi Mme la …".
  private func readAuthorLine(_ line: String, into document: inout Document) {
    let labels = [" Question écrite", " Question orale", " Question d'actualité"]
    guard let label = labels.lazy.compactMap({ line.range(of: $0) }).first else { return }
    let name = line[..<label.lowerBound].trimmingCharacters(in: SourceText.spaces)
    if !name.isEmpty { document.author = Author(name: name) }
    var rest = line[label.upperBound...].trimmingCharacters(in: SourceText.spaces)
    if rest.hasPrefix("écrite ") || rest.hasPrefix("orale ") {
      rest = String(rest.drop(while: { $0 != " " }).dropFirst())
    }
    var first = Substring(rest)
    for civility in [" Mme la ", " M. le ", " Mme le "] {
      if let next = first.range(of: civility) { first = first[..<next.lowerBound] }
    }
    if first.hasSuffix("...") { first = first.dropLast(3) }
    for civility in ["Mme la ", "M. le ", "Mme le "] where first.hasPrefix(civility) {
      first = first.dropFirst(civility.count)
    }
    let ministry = first.trimmingCharacters(in: SourceText.spaces)
    if !ministry.isEmpty { document.ministryAsked = ministry }
  }
}
