import Answers
import Extraction

/// The `who-pays` JSON of `cli.md`: `relations` (the funding objects of `show`, each with
/// `sources`), plus `id`, `beneficiary` (recipient, else derived from the sentence:
/// `beneficiaryDerived`), `payerInferred` (a payer given by a pronoun: `same-sentence` or
/// `previous-sentence`), `mergedTriggers` (a noun folded into its verb) and `agreement`;
/// `groups` (indices into `relations`) and `unsettled` (what no document settles).
enum WhoPaysJSON {
  static func object(topic: String, report: FundingReport) -> JSONValue {
    var relations: [JSONValue] = []
    var groups: [JSONValue] = []
    for group in report.groups {
      let first = relations.count
      relations += group.statements.map(relation)
      groups.append(
        .object([
          ("payer", .optional(group.payer)),
          ("beneficiary", .optional(group.beneficiary)),
          ("relations", .array((first..<relations.count).map { .int($0) })),
        ]))
    }
    return .object([
      ("topic", .string(topic)),
      ("relations", .array(relations)),
      ("groups", .array(groups)),
      ("unsettled", .array(report.openPoints.map(openPoint))),
    ])
  }

  static func relation(_ statement: FundingStatement) -> JSONValue {
    let relation = statement.relation
    return .object([
      ("payer", .optional(relation.payer)),
      ("mechanism", .string(relation.mechanism.rawValue)),
      ("recipient", .optional(relation.recipient)),
      ("object", .optional(relation.object)),
      ("amount", relation.amount.map { JSONValue.encoded($0) } ?? .null),
      ("time", relation.time.map { JSONValue.encoded($0) } ?? .null),
      ("modality", .string(relation.modality.rawValue)),
      ("polarity", .string(relation.polarity.rawValue)),
      ("trigger", .string(relation.trigger)),
      ("line", .int(relation.sentence.span.line)),
      ("sentence", .string(relation.sentence.text)),
      ("file", .string(relation.sentence.span.file)),
      ("id", .string(statement.source.documentID)),
      ("beneficiary", .optional(statement.beneficiary)),
      ("beneficiaryDerived", .bool(statement.beneficiaryDerived)),
      ("payerInferred", .optional(relation.payerInferred)),
      ("mergedTriggers", .array(statement.mergedTriggers.map { .string($0) })),
      (
        "agreement",
        statement.agreement.map {
          .object([("text", .string($0.text)), ("date", .optional($0.date))])
        } ?? .null
      ),
      ("sources", .array([TimelineJSON.source(statement.source)])),
    ])
  }

  static func openPoint(_ point: FundingOpenPoint) -> JSONValue {
    .object([
      ("reason", .string(point.reason.rawValue)),
      ("text", .string(point.text)),
      ("sources", .array(point.sources.map(TimelineJSON.source))),
    ])
  }
}
