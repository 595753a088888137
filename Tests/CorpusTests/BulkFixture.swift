import Corpus
import Foundation

/// Bulk open-data files generated from the fixtures: `count` copies of a question record, each
/// with its own number, in the layouts a bulk file may have.
enum BulkFixture {
  enum Layout: String, CaseIterable, Sendable {
    /// `{"questionsEcrites": {"question": [record, …]}}`
    case wrappedList
    /// `[{"question": record}, …]`
    case topLevelArray
  }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/opendata")

  /// The record of `QANR5L17QE9002.json` (the value of its "question" key).
  static let record: String = {
    let text =
      (try? String(
        contentsOf: folder.appendingPathComponent("QANR5L17QE9002.json"),
        encoding: .utf8)) ?? ""
    let start = text.firstIndex(of: ":").map { text.index(after: $0) } ?? text.startIndex
    let end = text.lastIndex(of: "}") ?? text.endIndex
    return String(text[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
  }()

  static func json(count: Int, layout: Layout) -> [UInt8] {
    let records = (1...count).map { record.replacingOccurrences(of: "9002", with: "\($0)") }
    switch layout {
    case .wrappedList:
      return Array(
        ("{\"questionsEcrites\": {\"question\": [\n" + records.joined(separator: ",\n") + "\n]}}\n")
          .utf8)
    case .topLevelArray:
      let wrapped = records.map { "{\"question\": \($0)}" }
      return Array(("[\n" + wrapped.joined(separator: ",\n") + "\n]\n").utf8)
    }
  }

  /// The XIV bulk XML fixture with its three questions repeated `rounds` times.
  static func xml(rounds: Int) -> [UInt8] {
    let text =
      (try? String(
        contentsOf: folder.appendingPathComponent("Questions_ecrites_XIV.xml"),
        encoding: .utf8)) ?? ""
    guard let open = text.range(of: "<question "), let close = text.range(of: "</questionsEcrites>")
    else { return [] }
    let body = String(text[open.lowerBound..<close.lowerBound])
    let repeated = String(repeating: body, count: rounds)
    return Array((String(text[..<open.lowerBound]) + repeated + "</questionsEcrites>\n").utf8)
  }

  /// Writes `bytes` to a new temporary folder; returns the file.
  static func write(_ bytes: [UInt8], name: String) throws -> CorpusFile {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-bulk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return CorpusFile(path: url.path, relativePath: name, size: bytes.count, modificationTime: 0)
  }

  static func remove(_ file: CorpusFile) {
    try? FileManager.default.removeItem(
      at: URL(fileURLWithPath: file.path).deletingLastPathComponent())
  }
}
