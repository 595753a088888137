import Corpus
import FrenchText
import Indexing

/// A `SearchFilter` turned into column codes and folded byte patterns, checked per document
/// against the index's columns without decoding records.
struct CompiledFilter {
  private var chamber: UInt8?
  private var legislature: UInt16?
  private var kind: UInt8?
  private var status: UInt8?
  private var questionsOnly = false
  private var firstDay: Int?
  private var lastDay: Int?
  private var patterns: [(FilterField, [UInt8])] = []
  let isEmpty: Bool
  /// Where `accepts` remembers its answers (see `FilterCache`).
  var memo: FilterMemo?

  init(_ filter: SearchFilter, analyzer: FrenchAnalyzer) {
    isEmpty = filter.isEmpty
    chamber = filter.chamber.map { $0 == .assemblee ? 1 : 2 }
    legislature = filter.legislature.map { UInt16(clamping: $0) }
    kind = filter.kind.map { $0 == .question ? 0 : 1 }
    status = filter.answered.map { $0 ? 1 : 2 }
    questionsOnly = filter.chamber != nil || filter.legislature != nil || filter.answered != nil
    firstDay = filter.from?.firstDay
    lastDay = filter.to?.lastDay
    let texts: [(FilterField, String?)] = [
      (.ministry, filter.ministry), (.author, filter.author), (.group, filter.group),
      (.rubric, filter.rubric),
    ]
    for (field, text) in texts {
      guard let text, let pattern = IndexedText.foldedPattern(text, analyzer: analyzer) else {
        continue
      }
      patterns.append((field, Array(pattern.utf8)))
    }
  }

  /// Whether `document` is live and passes the filter (remembered together in the memo: a
  /// segment's deletions do not change while it is open).
  func accepts(_ document: Int, in store: DocumentStore) -> Bool {
    if isEmpty { return store.isLive(document) }
    if let known = memo?.answer(document) { return known }
    let answer = store.isLive(document) && check(document, in: store)
    memo?.remember(document, answer)
    return answer
  }

  private func check(_ document: Int, in store: DocumentStore) -> Bool {
    let columns = store.columns(document)
    if questionsOnly && columns.kind != 0 { return false }
    if let chamber, columns.chamber != chamber { return false }
    if let legislature, columns.legislature != legislature { return false }
    if let kind, columns.kind != kind { return false }
    if let status, columns.status != status { return false }
    if firstDay != nil || lastDay != nil {
      guard columns.date != DocumentColumns.noDate else { return false }
      let day = Int(columns.date)
      if let firstDay, day < firstDay { return false }
      if let lastDay, day > lastDay { return false }
    }
    for (field, pattern) in patterns where !store.field(field, of: document, contains: pattern) {
      return false
    }
    return true
  }
}
