import Extraction
import FrenchText
import Indexing
import Search

/// A document that matches a topic, with its score and its stored record.
public struct TopicDocument: Sendable {
  public var match: SearchMatch
  public var record: DocumentRecord

  public init(match: SearchMatch, record: DocumentRecord) {
    self.match = match
    self.record = record
  }
}

/// Finds every document of a topic (a query in the language of `cli.md`, with its filters) and
/// reads their records: the input of the timeline, who-pays, figures and precedents answers.
public struct TopicSelection: Sendable {
  public let reader: IndexReader
  public let analyzer: FrenchAnalyzer

  public init(reader: IndexReader, analyzer: FrenchAnalyzer = FrenchAnalyzer()) {
    self.reader = reader
    self.analyzer = analyzer
  }

  /// The matching documents, best first, at most `limit` of them when given.
  public func documents(
    matching query: Query, filter: SearchFilter = SearchFilter(), limit: Int? = nil
  ) -> [TopicDocument] {
    var matches = Searcher(reader: reader, analyzer: analyzer).matches(query, filter: filter)
    if let limit { matches = Array(matches.prefix(limit)) }
    let records = reader.records(ids: matches.map(\.id))
    return zip(matches, records).compactMap { match, record in
      record.map { TopicDocument(match: match, record: $0) }
    }
  }

  /// Every document of the index (for answers that are not about one topic, such as `stats`).
  public func allDocuments(filter: SearchFilter = SearchFilter()) -> [DocumentRecord] {
    var records: [DocumentRecord] = []
    reader.forEachRecord { records.append($0) }
    return records
  }
}
