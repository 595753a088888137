import Answers
import Foundation

/// `parlindex who-pays TOPIC`: funding relations of a topic grouped by payer and beneficiary.
struct WhoPaysCommand: Command {
  static let name = "who-pays"
  static let abstract =
    "Who funds, advances, compensates or bears the cost of what, for whom, as stated by whom."
  static let synopsis =
    "who-pays TOPIC [filters] [--index DIR] [--json | --csv [--excel]]"
  static let options: [OptionSpec] = TopicOptions.exportOptions(rows: "funding statement")

  var topic: TopicOptions

  init(arguments: ParsedArguments) throws(UsageError) {
    topic = try TopicOptions(arguments, command: Self.name)
  }

  func run() throws {
    let (report, documents) = try answer()
    switch topic.format {
    case .json: Output.json(WhoPaysJSON.object(topic: topic.text, report: report))
    case .csv(let dialect):
      Output.csv(WhoPaysCSV.export(report, writer: CSVWriter(dialect)), dialect)
    case .text:
      WhoPaysText.print(topic: topic.text, documents: documents, report: report)
    }
  }

  /// The funding report and how many documents it was drawn from.
  func answer() throws -> (FundingReport, Int) {
    let documents = try topic.documents()
    let report = FundingReport(
      records: documents.map(\.record), topic: AnswerTopicTerms(topic.query))
    return (report, documents.count)
  }

  /// The `--csv` table in `dialect`.
  func export(_ dialect: CSVWriter.Dialect) throws -> CSVExport {
    WhoPaysCSV.export(try answer().0, writer: CSVWriter(dialect))
  }
}
