import Corpus
import Extraction
import Foundation
import FrenchText

/// Hand-written encoding of a whole `DocumentRecord` (its document, sections, status events,
/// mentions and funding relations): the same bytes their `Codable` conformances give through
/// `RecordEncoder` — keys in `CodingKeys` order, optionals skipped when the conformance uses
/// `encodeIfPresent` and written as nil when it uses `encode` — checked by
/// `RecordFastDocumentTests` against the generic path on real and random records.
extension RecordBuffer {
  mutating func record(_ record: DocumentRecord) {
    let slot = openKeyed()
    name("document")
    document(record.document)
    name("mentions")
    let mentions = openUnkeyed()
    record.mentions.withUnsafeBufferPointer {
      guard let base = $0.baseAddress else { return }
      for index in $0.indices { self.mention(at: base + index) }
    }
    closeContainer(mentions)
    name("funding")
    let funding = openUnkeyed()
    record.funding.withUnsafeBufferPointer {
      guard let base = $0.baseAddress else { return }
      for index in $0.indices { self.funding(at: base + index) }
    }
    closeContainer(funding)
    closeContainer(slot)
  }

  mutating func document(_ document: Document) {
    let slot = openKeyed()
    name("id")
    string(document.id)
    name("file")
    string(document.file)
    name("kind")
    string(document.kind.rawValue)
    name("format")
    string(document.format)
    optional("chamber", document.chamber?.rawValue)
    optional("legislature", document.legislature)
    optional("number", document.number)
    optional("type", document.type)
    optional("title", document.title)
    optional("analysis", document.analysis)
    optional("date", document.date)
    optional("dateSource", document.dateSource?.rawValue)
    optional("status", document.status)
    if let author = document.author {
      name("author")
      self.author(author)
    }
    documentTail(document)
    closeContainer(slot)
  }

  /// The keys of a document after its author.
  private mutating func documentTail(_ document: Document) {
    optional("ministryAsked", document.ministryAsked)
    optional("ministryAnswering", document.ministryAnswering)
    optional("rubric", document.rubric)
    optional("questionDate", document.questionDate)
    optional("questionPage", document.questionPage)
    optional("answerDate", document.answerDate)
    optional("answerPage", document.answerPage)
    name("sections")
    let sections = openUnkeyed()
    document.sections.withUnsafeBufferPointer {
      guard let base = $0.baseAddress else { return }
      for index in $0.indices { self.section(at: base + index) }
    }
    closeContainer(sections)
    optional("issuer", document.issuer)
    optional("closureCode", document.closureCode)
    optional("closureLabel", document.closureLabel)
    name("events")
    let events = openUnkeyed()
    document.events.withUnsafeBufferPointer {
      for index in $0.indices { self.event($0[index]) }
    }
    closeContainer(events)
  }

  mutating func section(_ section: Section) {
    withUnsafePointer(to: section) { self.section(at: $0) }
  }

  /// A section read in place, its sentences too (`sentence(at:)`): passed by value, each
  /// sentence was copied (a retain of its text and file) and destroyed.
  mutating func section(at section: UnsafePointer<Section>) {
    let slot = openKeyed()
    name("kind")
    string(section.pointee.kind.rawValue)
    name("sentences")
    let sentences = openUnkeyed()
    section.pointee.sentences.withUnsafeBufferPointer {
      guard let base = $0.baseAddress else { return }
      for index in $0.indices { self.sentence(at: base + index) }
    }
    closeContainer(sentences)
    closeContainer(slot)
  }

  mutating func author(_ author: Author) {
    let slot = openKeyed()
    optional("name", author.name)
    optional("id", author.id)
    optional("group", author.group)
    optional("groupShort", author.groupShort)
    optional("constituency", author.constituency)
    closeContainer(slot)
  }

  mutating func date(_ date: CalendarDate) {
    let slot = openKeyed()
    name("year")
    signed(Int64(date.year))
    name("month")
    signed(Int64(date.month))
    name("day")
    signed(Int64(date.day))
    closeContainer(slot)
  }

  mutating func event(_ event: StatusEvent) {
    let slot = openKeyed()
    name("kind")
    string(event.kind.rawValue)
    optional("date", event.date)
    optional("page", event.page)
    optional("label", event.label)
    optional("from", event.from)
    optional("to", event.to)
    optional("part", event.part)
    closeContainer(slot)
  }

  private mutating func optional(_ key: StaticString, _ value: Int?) {
    guard let value else { return }
    name(key)
    signed(Int64(value))
  }

  private mutating func optional(_ key: StaticString, _ value: CalendarDate?) {
    guard let value else { return }
    name(key)
    date(value)
  }
}
