import Answers
import Extraction

/// `figures --csv`: one row per value and source, so that a spreadsheet can filter the sources of
/// one value: the measure, whether its documents agree, the value (normalised: 300 M€ is
/// 300000000), its qualifiers, the French display, the text as written, and where it is.
enum FigureCSV {
  static let header = [
    "measure", "type", "agree", "value", "currency", "basis", "period", "bound", "approximate",
    "display", "text", "id", "file", "line", "sentence",
  ]

  static func export(_ report: FigureReport, writer: CSVWriter) -> CSVExport {
    var rows: [[String]] = []
    for group in report.groups {
      for figure in group.values {
        for source in figure.sources {
          rows.append(row(group: group, figure: figure, source: source, writer: writer))
        }
      }
    }
    return CSVExport(header: header, rows: rows)
  }

  static func row(
    group: FigureGroup, figure: FigureValue, source: FigureSource, writer: CSVWriter
  ) -> [String] {
    [
      group.measure, group.type.rawValue, String(group.agree), writer.number(figure.value),
      figure.currency ?? "", figure.basis?.rawValue ?? "", figure.period ?? "",
      figure.bound?.rawValue ?? "", String(figure.approximate), FigureText.format(figure),
      source.text, source.documentID, source.sentence.span.file,
      String(source.sentence.span.line), source.sentence.text,
    ]
  }
}
