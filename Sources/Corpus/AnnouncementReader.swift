import Foundation
import FrenchText

/// Reads press releases and any other French prose (formats.md §4.3): the first paragraph is the
/// headline when it looks like one (short, not ending with a full stop), the rest is the body. The document's date is a
/// dateline ("Paris, le 3 mars 2025") near the top, else a date opening one of the first
/// sentences ("Le 29 avril 2025 marque…", marked as read from the text). A "Contact presse : …"
/// line names the issuer; it, the dateline and URL lines are not sentences of the body.
public struct AnnouncementReader: DocumentReader {
  public let format = "announcement-text"
  /// A first paragraph longer than this is prose, not a headline.
  static let maxTitleLength = 300

  public init() {}

  public func recognizes(_ text: String) -> Bool { true }

  public func read(_ text: String, file: CorpusFile) -> LoadOutcome {
    read(bytes: Array(text.utf8), file: file)
  }

  /// Reads `bytes` (valid UTF-8), as `read(_:file:)` reads their text.
  func read(bytes: [UInt8], file: CorpusFile) -> LoadOutcome {
    let source = SourceText(bytes: bytes, path: file.path)
    var document = Document(
      id: file.relativePath, file: file.path, kind: .announcement, format: format)
    let skipped = readMetadataLines(source, into: &document)
    let markdown = Self.looksLikeMarkdown(source)
    var items: [LineUnwrapper.Line] = []
    items.reserveCapacity(source.lines.count + 2)
    var nextSkipped = 0
    for index in source.lines.indices {
      if nextSkipped < skipped.count, skipped[nextSkipped] == index {
        nextSkipped += 1
        items.append(.hardBreak)
        continue
      }
      let line = source.unwrapLine(index)
      guard markdown, case .text = line else {
        items.append(line)
        continue
      }
      let cleaned = MarkdownInline.clean(source.bytes, line: source.lines[index])
      guard !cleaned.isEmpty else {
        items.append(.empty)
        continue
      }
      if source.bytes[source.lines[index]].first == 0x23 {
        items.append(contentsOf: [.hardBreak, .text(cleaned), .hardBreak])
      } else {
        items.append(.text(cleaned))
      }
    }
    var paragraphs = LineUnwrapper().paragraphs(items, layout: LineUnwrapper.layout(of: items))
    var sections: [Section] = []
    if let first = paragraphs.first, first.count <= Self.maxTitleLength, first.last != 0x2E,
      paragraphs.count > 1
    {
      document.title = first.text
      sections.append(Section(kind: .title, sentences: source.sentences(from: [first])))
      paragraphs.removeFirst()
    }
    let body = source.sentences(from: paragraphs)
    if !body.isEmpty { sections.append(Section(kind: .body, sentences: body)) }
    document.sections = sections
    if document.date == nil,
      let date = body.prefix(3).lazy.compactMap({ Self.leadDate($0.text) }).first
    {
      document.date = date
      document.dateSource = .text
    }
    return LoadOutcome(documents: [document])
  }

  /// Reads the dateline and the contact line; returns the lines that are not prose, in
  /// increasing order.
  private func readMetadataLines(_ source: SourceText, into document: inout Document) -> [Int] {
    var skipped: [Int] = []
    var seenText = 0
    for index in source.lines.indices {
      let (range, needsFoundation) = source.trimmedRange(line: index)
      if !needsFoundation {
        guard !range.isEmpty else { continue }
        let mayBeDateline =
          seenText < 8 && document.date == nil && range.count <= 120
          && ByteSearch.contains(source.bytes[range], ", le ")
        guard mayBeDateline || Self.mayBeContactOrFooter(source, range) else {
          seenText += 1
          continue
        }
      }
      let line = source.trimmed(line: index)
      guard !line.isEmpty else { continue }
      seenText += 1
      if seenText <= 8, document.date == nil, let date = Self.dateline(line) {
        document.date = date
        document.dateSource = .dateline
        skipped.append(index)
      } else if let issuer = Self.contact(line) {
        document.issuer = document.issuer ?? issuer
        skipped.append(index)
      } else if Self.isFooter(line) {
        skipped.append(index)
      }
    }
    return skipped
  }

  /// Whether the trimmed line `range` may be read by `contact` or `isFooter`: it starts with
  /// "contact", "http", "www." or "serv" in any case (a line that does not is neither).
  static func mayBeContactOrFooter(_ source: SourceText, _ range: Range<Int>) -> Bool {
    source.startsWithLowercased(range, "contact") || source.startsWithLowercased(range, "http")
      || source.startsWithLowercased(range, "www.") || source.startsWithLowercased(range, "serv")
  }

  /// Whether the text uses Markdown headings or bold (then markup is removed from sentences and
  /// heading lines end paragraphs).
  static func looksLikeMarkdown(_ source: SourceText) -> Bool {
    source.lines.contains { range in
      guard let first = range.first.map({ source.bytes[$0] }) else { return false }
      return first == 0x23 && range.count > 1 && source.bytes[range.lowerBound + 1] == 0x20
    } || ByteSearch.contains(source.bytes, "**")
  }

  /// "Paris, le 3 mars 2025" (a short line: place, ", le ", date).
  static func dateline(_ line: String) -> CalendarDate? {
    if let found = SimpleLine.withSimpleBytes(line, { simpleDateline(line, $0) }) { return found }
    return stringDateline(line)
  }

  /// `dateline` on a simple line (`SimpleLine`) whose bytes are `bytes`, decided on them.
  static func simpleDateline(_ line: String, _ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
    let all = 0..<bytes.count
    guard bytes.count <= 120, SimpleLine.characterCount(bytes, all) <= 80,
      let comma = SimpleLine.firstIndex(of: ", le ", in: bytes, all), comma > 0
    else { return nil }
    let head = bytes[0]
    let headIsUppercase =
      head < 0x80 ? head >= 0x41 && head <= 0x5A : line.first?.isUppercase == true
    guard headIsUppercase, SimpleLine.characterCount(bytes, 0..<comma) <= 40 else { return nil }
    let words = SimpleLine.words(of: line, bytes, (comma + 5)..<bytes.count)
    guard let found = FrenchDateReader.firstDate(inWords: words[...]), found.at == 0,
      words.count <= 3
    else { return nil }
    return found.date
  }

  /// `dateline` decided on the characters of `line` (any line).
  static func stringDateline(_ line: String) -> CalendarDate? {
    guard line.utf8.count <= 120, line.count <= 80, let comma = line.range(of: ", le ") else {
      return nil
    }
    let place = line[..<comma.lowerBound]
    guard let head = place.first, head.isUppercase, place.count <= 40 else { return nil }
    let words = FrenchDateReader.words(line[comma.upperBound...])
    guard let found = FrenchDateReader.firstDate(inWords: words[...]), found.at == 0,
      words.count <= 3
    else { return nil }
    return found.date
  }

  /// "Le 29 avril 2025 marque…" → 29 April 2025.
  static func leadDate(_ sentence: String) -> CalendarDate? {
    let words = FrenchDateReader.words(sentence.prefix(60))
    guard let first = words.first, first == "Le" || first == "Ce" || first == "Depuis le" else {
      return nil
    }
    guard let found = FrenchDateReader.firstDate(inWords: words[1...]), found.at == 1 else {
      return nil
    }
    return found.date
  }

  /// The issuer named by "Contact presse : Ministère de la santé - 01 40 56 60 00".
  static func contact(_ line: String) -> String? {
    guard line.utf8.first == 0x43 || line.utf8.first == 0x63 else { return nil }
    if let found = SimpleLine.withSimpleBytes(line, simpleContact) { return found }
    return stringContact(line)
  }

  /// `contact` on a simple line (`SimpleLine`), decided on its bytes.
  static func simpleContact(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let all = 0..<bytes.count
    guard
      SimpleLine.startsWithLowercased(bytes, all, "contact presse")
        || SimpleLine.startsWithLowercased(bytes, all, "contacts presse"),
      let colon = bytes.firstIndex(of: 0x3A)
    else { return nil }
    var value = SourceText.spaceTrimmed(bytes, (colon + 1)..<bytes.count)
    if let dash = SimpleLine.lastIndex(of: " - ", in: bytes, value) {
      var digits = 0
      var hasAt = false
      for byte in bytes[(dash + 3)..<value.upperBound] {
        if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte == 0x40 { hasAt = true }
      }
      if digits >= 6 || hasAt { value = value.lowerBound..<dash }
    }
    return value.isEmpty ? nil : SimpleLine.string(bytes, value)
  }

  /// `contact` decided on the characters of `line` (any line).
  static func stringContact(_ line: String) -> String? {
    guard line.utf8.first == 0x43 || line.utf8.first == 0x63 else { return nil }
    let lower = line.prefix(20).lowercased()
    guard lower.hasPrefix("contact presse") || lower.hasPrefix("contacts presse"),
      let colon = line.firstIndex(of: ":")
    else { return nil }
    var value = SourceText.trimmingSpaces(line[line.index(after: colon)...])
    if let dash = value.range(of: " - ", options: .backwards) {
      let tail = value[dash.upperBound...]
      if tail.filter(\.isNumber).count >= 6 || tail.contains("@") {
        value = String(value[..<dash.lowerBound])
      }
    }
    return value.isEmpty ? nil : value
  }

  /// URL, e-mail and press-service lines that are not prose.
  static func isFooter(_ line: String) -> Bool {
    guard let first = line.utf8.first,
      [0x43, 0x63, 0x48, 0x68, 0x53, 0x73, 0x57, 0x77].contains(first)
    else { return false }
    let lower = line.prefix(20).lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
      return !line.contains(" ")
    }
    return lower.hasPrefix("service de presse") || lower.hasPrefix("service presse")
      || lower.hasPrefix("contact :") || lower.hasPrefix("contacts :")
  }
}
