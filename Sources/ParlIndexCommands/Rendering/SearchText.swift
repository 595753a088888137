import Foundation
import Search

/// Search results for a person: a count, then each hit with its date, title, and sourced snippet.
enum SearchText {
  static func print(query: String, results: SearchResults) {
    let noun = results.count == 1 ? "document matches" : "documents match"
    Output.line("\(results.count) \(noun) \(quoted(query))")
    for (rank, hit) in results.hits.enumerated() {
      let date = hit.date.map { FrenchDateFormat.long($0) } ?? "sans date"
      Output.line("")
      Output.line("\(rank + 1). \(hit.id) — \(date) — \(hit.title ?? "(sans titre)")")
      if let snippet = hit.snippet {
        Output.line("   \(snippet.text)")
        Output.line("   \(snippet.file):\(snippet.line)")
      } else {
        Output.line("   \(hit.file)")
      }
    }
  }

  static func quoted(_ text: String) -> String { "« \(text) »" }
}
