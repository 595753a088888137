import Corpus

/// How money moves in a funding relation (`cli.md`).
public enum FundingMechanism: String, Sendable, Hashable, Codable {
  case directFunding = "direct-funding"
  case costBearing = "cost-bearing"
  case advance, compensation, payment, allocation, earmarking
  case coFunding = "co-funding"
  case obligation
  case selfFunding = "self-funding"
  case backgroundShare = "background-share"
}

/// Whether a funding statement is a fact, a plan, a possibility, a duty or a request.
public enum FundingModality: String, Sendable, Hashable, Codable {
  case realised, planned, possible, obligation, requested
}

/// Whether a funding statement is affirmed or denied ("faute de compensation").
public enum FundingPolarity: String, Sendable, Hashable, Codable {
  case positive, negative
}

/// Who pays for what, as one sentence states it. A payer or recipient the text does not name
/// is nil, never guessed.
///
/// Encoded as the `cli.md` funding object: `payer`, `mechanism`, `recipient`, `object`,
/// `amount` and `time` (the linked mentions' facts), `modality`, `polarity`, `trigger`,
/// `temporariness`, `temporaryCue`, `conditions`, `statedBy`, `line`, `sentence` (its text),
/// `file` and `sentenceByteRange`.
public struct FundingRelation: Sendable, Hashable, Codable {
  public var payer: String?
  public var mechanism: FundingMechanism
  public var recipient: String?
  public var object: String?
  public var amount: MentionFacts?
  public var time: MentionFacts?
  public var modality: FundingModality
  public var polarity: FundingPolarity
  /// The trigger word as written ("financera", "compensation").
  public var trigger: String
  /// `temporary` for "temporaire", "dans un premier temps"…, `permanent` for "pérenne".
  public var temporariness: FundingTemporariness = .unspecified
  /// The temporariness cue as written, when there is one.
  public var temporaryCue: String?
  /// Conditions as written ("en fonction de l'évolution des discussions budgétaires").
  public var conditions: [String] = []
  /// True when the recipient was resolved from "leur" to the previous relation's payer.
  public var recipientFromAnaphora: Bool?
  /// The subject pronoun that stands for the payer, as written ("Celui-ci", "ils").
  public var payerAnaphor: String?
  /// How the payer was inferred rather than read: `same-sentence` or `previous-sentence` (the
  /// antecedent of `payerAnaphor`, the only funder of its number and gender there); nil when
  /// the payer is named in the clause.
  public var payerInferred: String?
  /// Who states the relation; nil for bare text.
  public var statedBy: FundingSpeaker?
  /// True when a cue was read in the next sentence ("Ce mécanisme d'avance, présenté comme
  /// temporaire…").
  public var qualifiedByNextSentence: Bool?
  public var sentence: Sentence

  public init(
    mechanism: FundingMechanism, trigger: String, sentence: Sentence,
    modality: FundingModality = .realised, polarity: FundingPolarity = .positive
  ) {
    self.mechanism = mechanism
    self.trigger = trigger
    self.sentence = sentence
    self.modality = modality
    self.polarity = polarity
  }

  enum CodingKeys: String, CodingKey {
    case payer, mechanism, recipient, object, amount, time, modality, polarity, trigger
    case temporariness, temporaryCue, conditions, statedBy, qualifiedByNextSentence
    case recipientFromAnaphora, payerAnaphor, payerInferred
    case line, sentence, file, sentenceByteRange
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    mechanism = try container.decode(FundingMechanism.self, forKey: .mechanism)
    payer = try container.decodeIfPresent(String.self, forKey: .payer)
    recipient = try container.decodeIfPresent(String.self, forKey: .recipient)
    object = try container.decodeIfPresent(String.self, forKey: .object)
    amount = try container.decodeIfPresent(MentionFacts.self, forKey: .amount)
    time = try container.decodeIfPresent(MentionFacts.self, forKey: .time)
    modality = try container.decode(FundingModality.self, forKey: .modality)
    polarity = try container.decode(FundingPolarity.self, forKey: .polarity)
    trigger = try container.decode(String.self, forKey: .trigger)
    let bounds = try container.decode([Int].self, forKey: .sentenceByteRange)
    guard bounds.count == 2, bounds[0] <= bounds[1] else {
      throw DecodingError.dataCorruptedError(
        forKey: .sentenceByteRange, in: container, debugDescription: "expected [lower, upper]")
    }
    let span = SourceSpan(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decode(Int.self, forKey: .line), byteRange: bounds[0]..<bounds[1])
    sentence = Sentence(text: try container.decode(String.self, forKey: .sentence), span: span)
    try decodeQualifiers(container)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(payer, forKey: .payer)
    try container.encode(mechanism, forKey: .mechanism)
    try container.encode(recipient, forKey: .recipient)
    try container.encode(object, forKey: .object)
    try container.encode(amount, forKey: .amount)
    try container.encode(time, forKey: .time)
    try container.encode(modality, forKey: .modality)
    try container.encode(polarity, forKey: .polarity)
    try container.encode(trigger, forKey: .trigger)
    try container.encode(temporariness, forKey: .temporariness)
    try container.encodeIfPresent(temporaryCue, forKey: .temporaryCue)
    try container.encode(conditions, forKey: .conditions)
    try container.encode(statedBy, forKey: .statedBy)
    try container.encodeIfPresent(qualifiedByNextSentence, forKey: .qualifiedByNextSentence)
    try container.encodeIfPresent(recipientFromAnaphora, forKey: .recipientFromAnaphora)
    try container.encodeIfPresent(payerAnaphor, forKey: .payerAnaphor)
    try container.encodeIfPresent(payerInferred, forKey: .payerInferred)
    try container.encode(sentence.span.line, forKey: .line)
    try container.encode(sentence.text, forKey: .sentence)
    try container.encode(sentence.span.file, forKey: .file)
    let span = sentence.span.byteRange
    try container.encode([span.lowerBound, span.upperBound], forKey: .sentenceByteRange)
  }

  mutating func decodeQualifiers(_ container: KeyedDecodingContainer<CodingKeys>) throws {
    temporariness =
      try container.decodeIfPresent(FundingTemporariness.self, forKey: .temporariness)
      ?? .unspecified
    temporaryCue = try container.decodeIfPresent(String.self, forKey: .temporaryCue)
    conditions = try container.decodeIfPresent([String].self, forKey: .conditions) ?? []
    statedBy = try container.decodeIfPresent(FundingSpeaker.self, forKey: .statedBy)
    qualifiedByNextSentence = try container.decodeIfPresent(
      Bool.self, forKey: .qualifiedByNextSentence)
    recipientFromAnaphora = try container.decodeIfPresent(
      Bool.self, forKey: .recipientFromAnaphora)
    payerAnaphor = try container.decodeIfPresent(String.self, forKey: .payerAnaphor)
    payerInferred = try container.decodeIfPresent(String.self, forKey: .payerInferred)
  }
}
