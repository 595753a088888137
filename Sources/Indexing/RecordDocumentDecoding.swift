import Corpus
import Foundation
import FrenchText

/// Hand-written reading of a stored `Document` (with its author, dates, sections, sentences and
/// status events): the value the `Codable` conformances give through `RecordValueDecoder`, one
/// walk over each container instead of a keyed container listed and searched per key. Every
/// search hit, `show` and answer reads its documents this way; `RecordDocumentDecodingTests`
/// compares the two paths on real and random records.
///
/// The conformances' rules are kept: a required key that is missing, a null where a value is
/// required, a value of the wrong type or an unknown case throws; an optional key that is
/// missing or null reads as nil (as `decodeIfPresent` does); unknown keys are skipped.
extension RecordSource {
  /// The keys the document's containers use.
  enum DocumentKey: String, CaseIterable {
    case id, file, kind, format, chamber, legislature, number, type, title, analysis, date
    case dateSource, status, author, ministryAsked, ministryAnswering, rubric, questionDate
    case questionPage, answerDate, answerPage, sections, issuer, closureCode, closureLabel, events
    case sentences, name, group, groupShort, constituency, year, month, day, page, label, from, to
    case part

    /// The keys' UTF-8 bytes by length, for `documentKey(_:)`.
    static let byLength: [[(bytes: [UInt8], key: DocumentKey)]] = {
      var table = [[(bytes: [UInt8], key: DocumentKey)]](repeating: [], count: 24)
      for key in allCases {
        let bytes = Array(key.rawValue.utf8)
        table[bytes.count].append((bytes, key))
      }
      return table
    }()
  }

  /// The document key that table string `index` names; nil for any other string.
  func documentKey(_ index: Int) -> DocumentKey? {
    guard let (start, length) = stringBounds(index), length < DocumentKey.byLength.count else {
      return nil
    }
    for candidate in DocumentKey.byLength[length] {
      let equal = candidate.bytes.withUnsafeBytes {
        memcmp(bytes.baseAddress! + start, $0.baseAddress!, length) == 0
      }
      if equal { return candidate.key }
    }
    return nil
  }

  /// Calls `body` with the key and value offset of every entry of the keyed container at
  /// `offset` whose key is a document key, checking that the entries fill the container.
  private func forEachDocumentEntry(
    at offset: Int, _ body: (DocumentKey, Int) throws -> Void
  ) throws {
    let range = try container(at: offset, tag: RecordTag.keyed)
    var position = range.lowerBound
    while position < range.upperBound {
      let key = Int(try varint(&position))
      if let key = documentKey(key) { try body(key, position) }
      position = try skip(position)
    }
    guard position == range.upperBound else { throw RecordSource.corrupted("keyed container") }
  }

  /// Calls `body` with the offset of every value of the unkeyed container at `offset`.
  private func forEachElement(at offset: Int, _ body: (Int) throws -> Void) throws {
    let range = try container(at: offset, tag: RecordTag.unkeyed)
    var position = range.lowerBound
    while position < range.upperBound {
      try body(position)
      position = try skip(position)
    }
    guard position == range.upperBound else { throw RecordSource.corrupted("unkeyed container") }
  }

  /// The values of the unkeyed container at `offset`, each read by `element`; empty for a null
  /// (a `decodeIfPresent` of an array, then `?? []`).
  private func optionalList<Element>(
    at offset: Int, _ element: (Int) throws -> Element
  ) throws -> [Element] {
    try isNull(offset) ? [] : try list(at: offset, element)
  }

  /// The values of the unkeyed container at `offset`, each read by `element`.
  private func list<Element>(at offset: Int, _ element: (Int) throws -> Element) throws -> [Element]
  {
    var list: [Element] = []
    try forEachElement(at: offset) { list.append(try element($0)) }
    return list
  }

  /// Whether the value at `offset` is null (an optional's nil).
  private func isNull(_ offset: Int) throws -> Bool { try byte(offset) == RecordTag.null }

  private func optionalString(at offset: Int) throws -> String? {
    try isNull(offset) ? nil : try string(at: offset)
  }

  private func optionalInt(at offset: Int) throws -> Int? {
    try isNull(offset) ? nil : try integer(Int.self, at: offset)
  }

  private func optionalDate(at offset: Int) throws -> CalendarDate? {
    try isNull(offset) ? nil : try calendarDate(at: offset)
  }

  /// The case of `Value` the string at `offset` names (an unknown one throws).
  private func rawCase<Value: RawRepresentable>(
    _ type: Value.Type, at offset: Int
  ) throws -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: try string(at: offset)) else {
      throw RecordSource.corrupted("unknown \(Value.self)")
    }
    return value
  }

  private func optionalCase<Value: RawRepresentable>(
    _ type: Value.Type, at offset: Int
  ) throws -> Value? where Value.RawValue == String {
    try isNull(offset) ? nil : try rawCase(Value.self, at: offset)
  }

  func document(at offset: Int) throws -> Document {
    var id: String?
    var file: String?
    var kind: DocumentKind?
    var format: String?
    var document = Document(id: "", file: "", kind: .question, format: "")
    try forEachDocumentEntry(at: offset) { key, value in
      switch key {
      case .id: id = try string(at: value)
      case .file: file = try string(at: value)
      case .kind: kind = try rawCase(DocumentKind.self, at: value)
      case .format: format = try string(at: value)
      case .chamber: document.chamber = try optionalCase(Chamber.self, at: value)
      case .legislature: document.legislature = try optionalInt(at: value)
      case .number: document.number = try optionalInt(at: value)
      case .type: document.type = try optionalString(at: value)
      case .title: document.title = try optionalString(at: value)
      case .analysis: document.analysis = try optionalString(at: value)
      case .date: document.date = try optionalDate(at: value)
      case .dateSource: document.dateSource = try optionalCase(DateSource.self, at: value)
      case .status: document.status = try optionalString(at: value)
      case .author: document.author = try isNull(value) ? nil : try author(at: value)
      case .ministryAsked: document.ministryAsked = try optionalString(at: value)
      case .ministryAnswering: document.ministryAnswering = try optionalString(at: value)
      case .rubric: document.rubric = try optionalString(at: value)
      case .questionDate: document.questionDate = try optionalDate(at: value)
      case .questionPage: document.questionPage = try optionalInt(at: value)
      case .answerDate: document.answerDate = try optionalDate(at: value)
      case .answerPage: document.answerPage = try optionalInt(at: value)
      case .sections: document.sections = try optionalList(at: value, section(at:))
      case .issuer: document.issuer = try optionalString(at: value)
      case .closureCode: document.closureCode = try optionalString(at: value)
      case .closureLabel: document.closureLabel = try optionalString(at: value)
      case .events: document.events = try optionalList(at: value, event(at:))
      default: break
      }
    }
    guard let id, let file, let kind, let format else {
      throw RecordSource.corrupted("document")
    }
    document.id = id
    document.file = file
    document.kind = kind
    document.format = format
    return document
  }

  func section(at offset: Int) throws -> Section {
    var kind: SectionKind?
    var sentences: [Sentence]?
    try forEachDocumentEntry(at: offset) { key, value in
      switch key {
      case .kind: kind = try rawCase(SectionKind.self, at: value)
      case .sentences: sentences = try list(at: value, sentence(at:))
      default: break
      }
    }
    guard let kind, let sentences else { throw RecordSource.corrupted("section") }
    return Section(kind: kind, sentences: sentences)
  }

  func author(at offset: Int) throws -> Author {
    var author = Author()
    try forEachDocumentEntry(at: offset) { key, value in
      switch key {
      case .name: author.name = try optionalString(at: value)
      case .id: author.id = try optionalString(at: value)
      case .group: author.group = try optionalString(at: value)
      case .groupShort: author.groupShort = try optionalString(at: value)
      case .constituency: author.constituency = try optionalString(at: value)
      default: break
      }
    }
    return author
  }

  func calendarDate(at offset: Int) throws -> CalendarDate {
    var year: Int?
    var month: Int?
    var day: Int?
    try forEachDocumentEntry(at: offset) { key, value in
      switch key {
      case .year: year = try integer(Int.self, at: value)
      case .month: month = try integer(Int.self, at: value)
      case .day: day = try integer(Int.self, at: value)
      default: break
      }
    }
    guard let year, let month, let day else { throw RecordSource.corrupted("date") }
    return CalendarDate(year: year, month: month, day: day)
  }

  func event(at offset: Int) throws -> StatusEvent {
    var kind: StatusEvent.Kind?
    var event = StatusEvent(kind: .published)
    try forEachDocumentEntry(at: offset) { key, value in
      switch key {
      case .kind: kind = try rawCase(StatusEvent.Kind.self, at: value)
      case .date: event.date = try optionalDate(at: value)
      case .page: event.page = try optionalInt(at: value)
      case .label: event.label = try optionalString(at: value)
      case .from: event.from = try optionalString(at: value)
      case .to: event.to = try optionalString(at: value)
      case .part: event.part = try optionalInt(at: value)
      default: break
      }
    }
    guard let kind else { throw RecordSource.corrupted("status event") }
    event.kind = kind
    return event
  }
}
