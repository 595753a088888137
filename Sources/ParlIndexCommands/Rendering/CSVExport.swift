/// One CSV answer before it is written: its stable header and its rows, each row as many fields
/// as the header (the renderers of `search`, `figures`, `timeline`, `who-pays`, `stats`).
struct CSVExport: Sendable, Equatable {
  var header: [String]
  var rows: [[String]]

  /// The table in `dialect`, ready for standard output.
  func text(_ dialect: CSVWriter.Dialect) -> String {
    CSVWriter(dialect).table(header: header, rows: rows)
  }

  /// The column of `name` in every row.
  func column(_ name: String) -> [String] {
    guard let index = header.firstIndex(of: name) else { return [] }
    return rows.map { $0[index] }
  }
}
