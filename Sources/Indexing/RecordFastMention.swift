import Corpus
import Extraction
import Foundation

/// Hand-written encoding of a `Mention` (the most numerous value of a record, a tenth of a
/// build's CPU through the generic containers): the same bytes its `Codable` conformance gives
/// through `RecordEncoder` — the keys of `MentionFacts` in declaration order, each present only
/// when set, then the mention's own keys — checked by `RecordFastMentionTests` against the
/// generic path on every mention of the shipped corpus and on random ones.
extension RecordWriter {
  func mention(_ mention: Mention) {
    body.append(RecordTag.keyed)
    let slot = body.count
    body.append(contentsOf: [0, 0, 0, 0])
    facts(mention.facts)
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
    let length = UInt32(truncatingIfNeeded: body.count - slot - 4)
    for byte in 0..<4 {
      body[slot + byte] = UInt8(truncatingIfNeeded: length >> (8 * byte))
    }
  }

  private func facts(_ facts: MentionFacts) {
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
      body.append(RecordTag.unkeyed)
      let slot = body.count
      body.append(contentsOf: [0, 0, 0, 0])
      for candidate in candidates { string(candidate) }
      let length = UInt32(truncatingIfNeeded: body.count - slot - 4)
      for byte in 0..<4 {
        body[slot + byte] = UInt8(truncatingIfNeeded: length >> (8 * byte))
      }
    }
  }

  /// A key, by its table index.
  private func name(_ key: String) { varint(UInt64(index(of: key))) }

  func decimal(_ value: Decimal) {
    body.append(RecordTag.decimal)
    varint(UInt64(index(of: value.description)))
  }

  private func optional(_ key: String, _ value: String?) {
    guard let value else { return }
    name(key)
    string(value)
  }

  private func optional(_ key: String, _ value: Bool?) {
    guard let value else { return }
    name(key)
    bool(value)
  }

  private func optional(_ key: String, _ value: Decimal?) {
    guard let value else { return }
    name(key)
    decimal(value)
  }
}
