import Search

/// `search --csv`: one row per hit, best first, with the snippet's file and line.
enum SearchCSV {
  static let header = ["rank", "id", "score", "date", "title", "snippet", "file", "line"]

  static func export(_ results: SearchResults, writer: CSVWriter) -> CSVExport {
    let rows = results.hits.enumerated().map { rank, hit -> [String] in
      [
        String(rank + 1), hit.id, writer.number(hit.score, decimals: 4), hit.date?.iso ?? "",
        hit.title ?? "", hit.snippet?.text ?? "", hit.snippet?.file ?? hit.file,
        hit.snippet.map { String($0.line) } ?? "",
      ]
    }
    return CSVExport(header: header, rows: rows)
  }
}
