import Extraction

/// Hand-written encoding of a `FundingRelation`: the same bytes as its `encode(to:)` through
/// `RecordEncoder` (payer, recipient, object, amount, time and statedBy are always keyed, nil
/// when unknown; the other optionals only when set).
extension RecordBuffer {
  mutating func funding(_ relation: FundingRelation) {
    let slot = openKeyed()
    orNull("payer", relation.payer)
    name("mechanism")
    string(relation.mechanism.rawValue)
    orNull("recipient", relation.recipient)
    orNull("object", relation.object)
    orNull("amount", relation.amount)
    orNull("time", relation.time)
    name("modality")
    string(relation.modality.rawValue)
    name("polarity")
    string(relation.polarity.rawValue)
    name("trigger")
    string(relation.trigger)
    name("temporariness")
    string(relation.temporariness.rawValue)
    optional("temporaryCue", relation.temporaryCue)
    name("conditions")
    let conditions = openUnkeyed()
    for condition in relation.conditions { string(condition) }
    closeContainer(conditions)
    orNull("statedBy", relation.statedBy?.rawValue)
    optional("qualifiedByNextSentence", relation.qualifiedByNextSentence)
    optional("recipientFromAnaphora", relation.recipientFromAnaphora)
    optional("payerAnaphor", relation.payerAnaphor)
    optional("payerInferred", relation.payerInferred)
    let span = relation.sentence.span
    name("line")
    signed(Int64(span.line))
    name("sentence")
    string(relation.sentence.text)
    name("file")
    string(span.file)
    name("sentenceByteRange")
    range(span.byteRange)
    closeContainer(slot)
  }

  /// A `MentionFacts` on its own (a relation's amount or time).
  mutating func facts(_ facts: MentionFacts) {
    let slot = openKeyed()
    factEntries(facts)
    closeContainer(slot)
  }

  private mutating func orNull(_ key: StaticString, _ value: String?) {
    name(key)
    if let value { string(value) } else { body.append(RecordTag.null) }
  }

  private mutating func orNull(_ key: StaticString, _ value: MentionFacts?) {
    name(key)
    if let value { facts(value) } else { body.append(RecordTag.null) }
  }
}
