import Corpus
import Extraction

/// One funding relation with its source, who states it, and what the answer layer adds: a
/// beneficiary read after the trigger ("pour les salariés…"), a recipient resolved from "leur",
/// and the dated agreement the sentence relies on ("L'accord prévoit…").
public struct FundingStatement: Sendable, Hashable {
  public var relation: FundingRelation
  public var source: AnswerSource
  /// For whom: the relation's recipient, or a beneficiary phrase derived from the sentence.
  public var beneficiary: String?
  /// True when `beneficiary` was derived here rather than extracted.
  public var beneficiaryDerived: Bool
  /// The agreement the statement rests on ("l'accord du 29 avril 2025"), when the sentence
  /// refers to an agreement and the document dates one.
  public var agreement: Mention?
  /// Triggers of relations folded into this one (a noun that is the object of its verb).
  public var mergedTriggers: [String] = []

  public init(
    relation: FundingRelation, source: AnswerSource, beneficiary: String? = nil,
    beneficiaryDerived: Bool = false, agreement: Mention? = nil
  ) {
    self.relation = relation
    self.source = source
    self.beneficiary = beneficiary ?? relation.recipient
    self.beneficiaryDerived = beneficiaryDerived
    self.agreement = agreement
  }

  /// The modality as the reader should take it: anything a question's text says about who
  /// should pay is the member's request or claim, never a government commitment.
  public var isRequest: Bool {
    relation.modality == .requested
  }

  /// The statement of every funding relation of `record`.
  public static func statements(in record: DocumentRecord) -> [FundingStatement] {
    let agreements = record.mentions.filter {
      $0.type == .reference && $0.kind == "agreement" && $0.date != nil
    }
    let statements = record.funding.enumerated().map { index, relation in
      var statement = FundingStatement(
        relation: relation,
        source: AnswerSource(document: record.document, sentence: relation.sentence))
      if relation.recipient == nil {
        let earlier = record.funding[..<index].filter { $0.sentence.span == relation.sentence.span }
        if let derived = FundingBeneficiary.derive(relation, earlierInSentence: Array(earlier)) {
          statement.beneficiary = derived
          statement.beneficiaryDerived = true
        }
      }
      statement.agreement = agreement(
        for: relation, among: agreements, anySentence: record.document.kind == .announcement)
      return statement
    }
    return coalesced(statements)
  }

  /// Folds a noun relation into the verb relation whose object it is ("l'État leur versera une
  /// compensation": one planned compensation to "leur", not a payment plus a compensation):
  /// same sentence, same payer, the verb's object containing the noun's trigger.
  static func coalesced(_ statements: [FundingStatement]) -> [FundingStatement] {
    var result = statements
    var index = result.count - 1
    while index >= 0 {
      let noun = result[index]
      if let verb = result.indices.first(where: { isObject(noun, of: result[$0]) }) {
        result[verb].relation.mechanism = noun.relation.mechanism
        result[verb].mergedTriggers.append(noun.relation.trigger)
        result.remove(at: index)
      }
      index -= 1
    }
    return result
  }

  static func isObject(_ noun: FundingStatement, of verb: FundingStatement) -> Bool {
    guard noun != verb, noun.relation.sentence.span == verb.relation.sentence.span,
      FundingGroup.key(noun.relation.payer) == FundingGroup.key(verb.relation.payer),
      let object = verb.relation.object?.lowercased()
    else { return false }
    return object.contains(noun.relation.trigger.lowercased())
  }

  /// The last dated agreement cited at or before the relation's line, when its sentence names
  /// an agreement ("l'accord", "cet accord") or, in an announcement, always (a release states
  /// one agreement's terms under its heading).
  static func agreement(
    for relation: FundingRelation, among agreements: [Mention], anySentence: Bool
  ) -> Mention? {
    let words = EventClassifier.words(relation.sentence.text)
    let named = words.contains { $0 == "accord" || $0 == "accords" }
    guard named || anySentence else { return nil }
    let line = relation.sentence.span.line
    let inSentence = agreements.first { $0.sentence.span == relation.sentence.span }
    return inSentence ?? agreements.last { $0.line <= line }
  }
}
