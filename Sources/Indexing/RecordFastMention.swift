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
    withUnsafePointer(to: mention) { self.mention(at: $0) }
  }

  /// A mention read in place, field by field: a copy of the whole mention (and its
  /// destruction) cost more than its encoding.
  mutating func mention(at mention: UnsafePointer<Mention>) {
    let slot = openKeyed()
    factEntries(at: mention.pointer(to: \.facts)!)
    let sentence = mention.pointer(to: \.sentence)!
    let span = sentence.pointer(to: \.span)!
    name("line")
    signed(Int64(span.pointee.line))
    name("sentence")
    string(at: sentence.pointer(to: \.text)!)
    name("file")
    string(at: span.pointer(to: \.file)!)
    let sentenceRange = span.pointee.byteRange
    name("sentenceByteRange")
    range(sentenceRange)
    let textRange = mention.pointee.textRange
    name("textRange")
    range(textRange)
    // `Mention.byteRange`, without a copy of the mention.
    if sentenceRange.count == sentence.pointee.text.utf8.count {
      name("byteRange")
      let start = sentenceRange.lowerBound
      range((start + textRange.lowerBound)..<(start + textRange.upperBound))
    }
    closeContainer(slot)
  }

  /// The entries of a `MentionFacts` keyed container, in declaration order.
  mutating func factEntries(_ facts: MentionFacts) {
    withUnsafePointer(to: facts) { factEntries(at: $0) }
  }

  /// The entries of a `MentionFacts` keyed container, read in place.
  mutating func factEntries(at facts: UnsafePointer<MentionFacts>) {
    name("type")
    string(facts.pointee.type.rawValue)
    name("text")
    string(at: facts.pointer(to: \.text)!)
    switch facts.pointee.value {
    case .number(let number)?:
      name("value")
      decimal(number)
    case .text(let text)?:
      name("value")
      string(text)
    case nil: break
    }
    optional("currency", at: facts.pointer(to: \.currency)!)
    optional("period", at: facts.pointer(to: \.period)!)
    optional("basis", facts.pointee.basis?.rawValue)
    optional("approximate", facts.pointee.approximate)
    optional("bound", facts.pointee.bound?.rawValue)
    optional("noun", at: facts.pointer(to: \.noun)!)
    optional("nounInherited", facts.pointee.nounInherited)
    optional("unitPer", at: facts.pointer(to: \.unitPer)!)
    optional("head", at: facts.pointer(to: \.head)!)
    optional("role", at: facts.pointer(to: \.role)!)
    optional("numerator", facts.pointee.numerator)
    optional("denominator", facts.pointee.denominator)
    optional("relation", facts.pointee.relation?.rawValue)
    optional("retroactive", facts.pointee.retroactive)
    optional("mod", facts.pointee.mod?.rawValue)
    optional("resolved", facts.pointee.resolved)
    optional("kind", at: facts.pointer(to: \.kind)!)
    optional("normalized", at: facts.pointer(to: \.normalized)!)
    optional("date", at: facts.pointer(to: \.date)!)
    optional("inherited", facts.pointee.inherited)
    optional("subdivision", at: facts.pointer(to: \.subdivision)!)
    optional("legitext", at: facts.pointer(to: \.legitext)!)
    optional("yearFrom", at: facts.pointer(to: \.yearFrom)!)
    if let candidates = facts.pointee.candidates {
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

  /// An optional string field read in place (`string(at:)`): loaded as a value, each set one
  /// was retained and released.
  @inline(__always)
  mutating func optional(_ key: StaticString, at field: UnsafePointer<String?>) {
    guard field.pointee != nil else { return }
    name(key)
    // A set `String?` holds its `String` in place (its nil is a spare bit pattern).
    string(at: UnsafeRawPointer(field).assumingMemoryBound(to: String.self))
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
