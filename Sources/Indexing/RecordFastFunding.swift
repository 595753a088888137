import Extraction

/// Hand-written encoding of a `FundingRelation`: the same bytes as its `encode(to:)` through
/// `RecordEncoder` (payer, recipient, object, amount, time and statedBy are always keyed, nil
/// when unknown; the other optionals only when set).
extension RecordBuffer {
  mutating func funding(_ relation: FundingRelation) {
    withUnsafePointer(to: relation) { self.funding(at: $0) }
  }

  /// A relation read in place, field by field (`RecordFastDocument` points into the record's
  /// array): passed by value, each relation was copied (a retain of each of its strings) and
  /// destroyed.
  mutating func funding(at relation: UnsafePointer<FundingRelation>) {
    let slot = openKeyed()
    orNull("payer", at: relation.pointer(to: \.payer)!)
    name("mechanism")
    string(relation.pointee.mechanism.rawValue)
    orNull("recipient", at: relation.pointer(to: \.recipient)!)
    orNull("object", at: relation.pointer(to: \.object)!)
    orNull("amount", at: relation.pointer(to: \.amount)!)
    orNull("time", at: relation.pointer(to: \.time)!)
    name("modality")
    string(relation.pointee.modality.rawValue)
    name("polarity")
    string(relation.pointee.polarity.rawValue)
    name("trigger")
    string(at: relation.pointer(to: \.trigger)!)
    name("temporariness")
    string(relation.pointee.temporariness.rawValue)
    optional("temporaryCue", at: relation.pointer(to: \.temporaryCue)!)
    name("conditions")
    let conditions = openUnkeyed()
    relation.pointee.conditions.withUnsafeBufferPointer {
      guard let base = $0.baseAddress else { return }
      for index in $0.indices { string(at: base + index) }
    }
    closeContainer(conditions)
    orNull("statedBy", relation.pointee.statedBy?.rawValue)
    optional("qualifiedByNextSentence", relation.pointee.qualifiedByNextSentence)
    optional("recipientFromAnaphora", relation.pointee.recipientFromAnaphora)
    optional("payerAnaphor", at: relation.pointer(to: \.payerAnaphor)!)
    optional("payerInferred", at: relation.pointer(to: \.payerInferred)!)
    let sentence = relation.pointer(to: \.sentence)!
    let span = sentence.pointer(to: \.span)!
    name("line")
    signed(Int64(span.pointee.line))
    name("sentence")
    string(at: sentence.pointer(to: \.text)!)
    name("file")
    string(at: span.pointer(to: \.file)!)
    name("sentenceByteRange")
    range(span.pointee.byteRange)
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

  /// `orNull` of an optional string field read in place (a set `String?` holds its `String`
  /// in place).
  private mutating func orNull(_ key: StaticString, at field: UnsafePointer<String?>) {
    name(key)
    guard field.pointee != nil else { return body.append(RecordTag.null) }
    string(at: UnsafeRawPointer(field).assumingMemoryBound(to: String.self))
  }

  /// `orNull` of optional facts read in place: a set `MentionFacts?` holds its value at its
  /// start (an optional's payload is stored in place, its nil in a spare bit pattern or a tag
  /// after it).
  private mutating func orNull(_ key: StaticString, at field: UnsafePointer<MentionFacts?>) {
    name(key)
    guard field.pointee != nil else { return body.append(RecordTag.null) }
    let slot = openKeyed()
    factEntries(at: UnsafeRawPointer(field).assumingMemoryBound(to: MentionFacts.self))
    closeContainer(slot)
  }
}
