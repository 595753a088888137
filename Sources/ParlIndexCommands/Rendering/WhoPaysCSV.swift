import Answers
import Extraction

/// `who-pays --csv`: one row per funding statement, grouped by payer and beneficiary (`group`
/// numbers the groups in the order of the text output): the relation's keys, the amount as a
/// number and as written, the time as an ISO date and as written, and who states it, where.
enum WhoPaysCSV {
  static let header = [
    "group", "payer", "beneficiary", "mechanism", "object", "amount", "currency", "amount_text",
    "time", "time_text", "modality", "polarity", "agreement", "stated_by", "speaker", "id",
    "file", "line", "sentence",
  ]

  static func export(_ report: FundingReport, writer: CSVWriter) -> CSVExport {
    var rows: [[String]] = []
    for (number, group) in report.groups.enumerated() {
      for statement in group.statements {
        let relation = statement.relation
        let fields = [
          String(number + 1), relation.payer ?? "", statement.beneficiary ?? "",
          relation.mechanism.rawValue, relation.object ?? "",
          writer.number(relation.amount?.value?.decimal), relation.amount?.currency ?? "",
          relation.amount?.text ?? "", relation.time?.value?.string ?? "",
          relation.time?.text ?? "", relation.modality.rawValue, relation.polarity.rawValue,
          statement.agreement?.text ?? "",
        ]
        rows.append(fields + SourceCSV.fields(statement.source))
      }
    }
    return CSVExport(header: header, rows: rows)
  }
}
