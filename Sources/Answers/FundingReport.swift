import Corpus
import Extraction

/// Who pays: the funding statements of a set of documents grouped by payer, then beneficiary
/// (groups in order of first appearance, named payers first), and what no document settles.
public struct FundingReport: Sendable {
  public var groups: [FundingGroup]
  public var openPoints: [FundingOpenPoint]

  /// The report on `records`, keeping the relations stated in passages about `topic` (all of
  /// them without a topic).
  public init(records: [DocumentRecord], topic: AnswerTopicTerms? = nil) {
    let statements = records.flatMap { record in
      let passages = topic?.passages(in: record.document)
      return FundingStatement.statements(in: record).filter {
        passages?.contains($0.relation.sentence.span) ?? true
      }
    }
    groups = Self.group(statements)
    openPoints =
      statements.compactMap(Self.unknownPayer)
      + records.flatMap(Self.requestsNotTakenUp)
      + records.compactMap(Self.unanswered)
      + statements.compactMap(Self.uncertain) + Self.disputes(statements)
  }

  /// Every statement, group after group.
  public var statements: [FundingStatement] { groups.flatMap(\.statements) }

  /// The short answer: what the government's answers and the announcements affirm (named
  /// payer, positive, not merely possible), and what members request, in group order.
  public var keyStatements: [FundingStatement] {
    statements.filter { statement in
      if statement.isRequest { return statement.relation.payer != nil }
      let role = statement.source.speaker.role
      return (role == .answer || role == .announcement) && statement.relation.payer != nil
        && statement.relation.polarity == .positive && statement.relation.modality != .possible
        && statement.relation.mechanism != .backgroundShare
    }
  }

  static func group(_ statements: [FundingStatement]) -> [FundingGroup] {
    var groups: [FundingGroup] = []
    for statement in statements {
      let payer = FundingGroup.key(statement.relation.payer)
      let beneficiary = FundingGroup.key(statement.beneficiary)
      if let index = groups.firstIndex(where: {
        FundingGroup.key($0.payer) == payer && FundingGroup.key($0.beneficiary) == beneficiary
      }) {
        groups[index].statements.append(statement)
      } else {
        groups.append(
          FundingGroup(
            payer: statement.relation.payer, beneficiary: statement.beneficiary,
            statements: [statement]))
      }
    }
    let order = Dictionary(
      groups.enumerated().map { (FundingGroup.key($0.element.payer), $0.offset) },
      uniquingKeysWith: min)
    return groups.enumerated().sorted { lhs, rhs in
      let left = (lhs.element.payer == nil ? 1 : 0, order[FundingGroup.key(lhs.element.payer)] ?? 0)
      let right = (
        rhs.element.payer == nil ? 1 : 0, order[FundingGroup.key(rhs.element.payer)] ?? 0
      )
      return left == right ? lhs.offset < rhs.offset : left < right
    }.map(\.element)
  }

  static func unknownPayer(_ statement: FundingStatement) -> FundingOpenPoint? {
    guard statement.relation.payer == nil else { return nil }
    let what = statement.relation.amount?.text ?? statement.relation.object ?? "ce financement"
    return FundingOpenPoint(
      reason: .unknownPayer, text: "Le texte ne dit pas qui paie : \(what).",
      sources: [statement.source])
  }

  static func uncertain(_ statement: FundingStatement) -> FundingOpenPoint? {
    let relation = statement.relation
    guard relation.modality == .possible || relation.polarity == .negative,
      statement.source.speaker.role != .question
    else { return nil }
    let who = relation.payer ?? "un payeur non nommé"
    let how = relation.polarity == .negative ? "refusé ou manquant" : "seulement possible"
    return FundingOpenPoint(
      reason: .uncertain, text: "\(who) (\(relation.mechanism.rawValue)) : \(how).",
      sources: [statement.source])
  }

  static func unanswered(_ record: DocumentRecord) -> FundingOpenPoint? {
    let document = record.document
    guard document.kind == .question,
      !document.sections.contains(where: { $0.kind == .answer }),
      let sentence = document.sentences.first
    else { return nil }
    return FundingOpenPoint(
      reason: .unanswered,
      text: "\(EventCandidates.questionLabel(document)) reste sans réponse.",
      sources: [AnswerSource(document: document, sentence: sentence)])
  }
}
