import Foundation
import FrenchText

/// Reads a Sénat question page saved as plain text: title, "15e législature", "Question écrite
/// n° 00108 de Mme Léa Sorre (Charente - Les Républicains)", "publiée dans le JO Sénat du
/// 27/12/2019 - page 2895", "Concerne le thème : Personnes âgées", the question, an optional
/// "Transmise au …", then "Réponse du … / publiée dans le JO Sénat du … - page …" and the answer,
/// or "En attente de réponse du …". The lines may be wrapped as in PDF text.
///
/// The ministry asked is the answering one unless the question was transferred; then it is read
/// from the question's opening ("… attire l'attention de M. le ministre … sur …").
public struct SenatPageReader: DocumentReader {
  public let format = "senat-page-text"

  public init() {}

  public func recognizes(_ text: String) -> Bool { Self.recognizes(utf8: text.utf8) }

  /// `recognizes(_:)` on UTF-8 bytes.
  static func recognizes(utf8: some Collection<UInt8>) -> Bool {
    let head = utf8.prefix(4000)
    return ByteSearch.contains(head, "publiée dans le JO Sénat")
      && (ByteSearch.contains(head, "Question écrite n°")
        || ByteSearch.contains(head, "Question orale n°"))
  }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads `bytes` (valid UTF-8), as `read(_:file:)` reads their text.
  func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    let source = SourceText(bytes: bytes, path: file.path)
    var page = SenatPageLayout()
    page.scan(source)
    var document = page.document(file: file, format: format)
    let transform = { (index: Int) -> LineUnwrapper.Line in
      page.isMetadata(index) ? .hardBreak : source.unwrapLine(index)
    }
    var sections: [Section] = []
    if let title = page.titleLines {
      document.title = title.map { source.trimmed(line: $0) }.filter { !$0.isEmpty }
        .joined(separator: " ")
      sections.append(Section(kind: .title, sentences: source.sentences(lines: title)))
    }
    let parts = [(SectionKind.question, page.question), (.answer, page.answer)]
    for (kind, range) in parts {
      guard let range else { continue }
      let sentences = source.sentences(lines: range, transform: transform)
      if !sentences.isEmpty { sections.append(Section(kind: kind, sentences: sentences)) }
    }
    document.sections = sections
    if document.ministryAsked == nil, page.transferredTo != nil,
      let opening = sections.first(where: { $0.kind == .question })?.sentences.first?.text
    {
      document.ministryAsked = Self.ministerAddressed(in: opening)
    }
    for index in document.events.indices where document.events[index].kind == .transferred {
      document.events[index].from = document.events[index].from ?? document.ministryAsked
    }
    return LoadOutcome(documents: [document], diagnostics: Self.missingNumber(document))
  }

  /// "… attire l'attention de M. le ministre délégué chargé de l'autonomie sur …" → the minister.
  static func ministerAddressed(in sentence: String) -> String? {
    if let found = SimpleLine.withSimpleBytes(sentence, simpleMinisterAddressed) { return found }
    return stringMinisterAddressed(in: sentence)
  }

  /// `ministerAddressed` in a simple sentence (`SimpleLine`), decided on its bytes.
  static func simpleMinisterAddressed(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let all = 0..<bytes.count
    let opening: Int
    if let found = SimpleLine.firstIndex(of: "attention de ", in: bytes, all) {
      opening = found + 13
    } else if let found = SimpleLine.firstIndex(of: "interroge ", in: bytes, all) {
      opening = found + 10
    } else {
      return nil
    }
    guard let end = SimpleLine.firstIndex(of: " sur ", in: bytes, opening..<bytes.count) else {
      return nil
    }
    var start = opening
    for civility: StaticString in [
      "M. le ", "Mme la ", "Mme le ", "M.\u{00A0}le ", "Mme\u{00A0}la ",
    ]
    where SimpleLine.hasPrefix(bytes, start..<end, civility) {
      start += civility.utf8CodeUnitCount
    }
    return start < end ? SimpleLine.string(bytes, start..<end) : nil
  }

  /// `ministerAddressed` decided on the characters of `sentence` (any sentence).
  static func stringMinisterAddressed(in sentence: String) -> String? {
    let openings = ["attention de ", "interroge "]
    guard let start = openings.lazy.compactMap({ sentence.range(of: $0) }).first,
      let end = sentence.range(of: " sur ", range: start.upperBound..<sentence.endIndex)
    else { return nil }
    var minister = sentence[start.upperBound..<end.lowerBound]
    for civility in ["M. le ", "Mme la ", "Mme le ", "M.\u{00A0}le ", "Mme\u{00A0}la "]
    where minister.hasPrefix(civility) {
      minister = minister.dropFirst(civility.count)
    }
    return minister.isEmpty ? nil : String(minister)
  }
}
