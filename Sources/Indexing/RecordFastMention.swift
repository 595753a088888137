import Corpus
import Extraction
import Foundation

/// Hand-written encoding of a `Mention` (the most numerous value of a record, a tenth of a
/// build's CPU through the generic containers): the same bytes its `Codable` conformance gives
/// through `RecordEncoder` — the keys of `MentionFacts` in declaration order, each present only
/// when set, then the mention's own keys — checked by `RecordFastMentionTests` against the
/// generic path on every mention of the shipped corpus and on random ones.
extension RecordBuffer {
  mutating func mention(_ mention: Mention) {
    let slot = openKeyed()
    factEntries(mention.facts)
    let span = mention.sentence.span
    name("line")
    signed(Int64(span.line))
    name("sentence")
    string(mention.sentence.text)
    name("file")
    string(span.file)
    name("sentenceByteRange")
    range(span.byteRange)
    name("textRange")
    range(mention.textRange)
    if let byteRange = mention.byteRange {
      name("byteRange")
      range(byteRange)
    }
    closeContainer(slot)
  }

  /// The entries of a `MentionFacts` keyed container, in declaration order.
  mutating func factEntries(_ facts: MentionFacts) {
    name("type")
    string(facts.type.rawValue)
    name("text")
    string(facts.text)
    switch facts.value {
    case .number(let number)?:
      name("value")
      decimal(number)
    case .text(let text)?:
      name("value")
      string(text)
    case nil: break
    }
    optional("currency", facts.currency)
    optional("period", facts.period)
    optional("basis", facts.basis?.rawValue)
    optional("approximate", facts.approximate)
    optional("bound", facts.bound?.rawValue)
    optional("noun", facts.noun)
    optional("nounInherited", facts.nounInherited)
    optional("unitPer", facts.unitPer)
    optional("head", facts.head)
    optional("role", facts.role)
    optional("numerator", facts.numerator)
    optional("denominator", facts.denominator)
    optional("relation", facts.relation?.rawValue)
    optional("retroactive", facts.retroactive)
    optional("mod", facts.mod?.rawValue)
    optional("resolved", facts.resolved)
    optional("kind", facts.kind)
    optional("normalized", facts.normalized)
    optional("date", facts.date)
    optional("inherited", facts.inherited)
    optional("subdivision", facts.subdivision)
    optional("legitext", facts.legitext)
    optional("yearFrom", facts.yearFrom)
    if let candidates = facts.candidates {
      name("candidates")
      let slot = openUnkeyed()
      for candidate in candidates { string(candidate) }
      closeContainer(slot)
    }
  }

  @inline(__always)
  mutating func optional(_ key: StaticString, _ value: String?) {
    guard let value else { return }
    name(key)
    string(value)
  }

  @inline(__always)
  mutating func optional(_ key: StaticString, _ value: Bool?) {
    guard let value else { return }
    name(key)
    bool(value)
  }

  @inline(__always)
  mutating func optional(_ key: StaticString, _ value: Decimal?) {
    guard let value else { return }
    name(key)
    decimal(value)
  }
}
