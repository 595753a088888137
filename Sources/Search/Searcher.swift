import Corpus
import FrenchText
import Indexing

/// Runs queries over an open index: BM25 ranking, boolean, phrase and prefix matching, filters
/// on columns, and snippets for the best hits only.
///
/// Each segment is evaluated on its own with the statistics of the whole generation
/// (`CollectionStatistics`); their best hits are merged and their counts summed. `count` is
/// exact; hits are ordered by score, then id ascending, so results are deterministic. Only the
/// returned hits' records are decoded.
public struct Searcher: Sendable {
  public let reader: IndexReader
  public let analyzer: FrenchAnalyzer
  /// One per segment: a filter memo holds segment document numbers.
  private let filterCaches: [FilterCache]
  /// One per segment: dense BM25 lengths, for a long-lived searcher.
  private let lengthTables: [LengthTable]

  public init(reader: IndexReader, analyzer: FrenchAnalyzer) {
    self.reader = reader
    self.analyzer = analyzer
    filterCaches = reader.segments.map { _ in FilterCache() }
    lengthTables = reader.segments.map { _ in LengthTable() }
  }

  /// A hit of one segment.
  private struct Ranked {
    var segment: Int
    var candidate: TopHits.Candidate
    var id: String
  }

  /// `search`, throwing when a postings list read fails its checksum (never a wrong count).
  public func checkedSearch(
    _ query: Query, filter: SearchFilter, limit: Int
  ) throws(IndexError) -> SearchResults {
    let results = search(query, filter: filter, limit: limit)
    if let damage = results.damage { throw damage }
    return results
  }

  public func search(_ query: Query, filter: SearchFilter, limit: Int) -> SearchResults {
    let statistics = CollectionStatistics(reader: reader)
    var count = 0
    var ranked: [Ranked] = []
    for (index, segment) in reader.segments.enumerated() {
      var compiled = CompiledFilter(filter, analyzer: analyzer)
      compiled.memo = filterCaches[index].take(filter, documents: segment.storedDocumentCount)
      let lengths = lengthTables[index].lengths(segment.documents)
      let part = SegmentSearch(segment: segment, statistics: statistics, lengths: lengths).run(
        query, filter: compiled, limit: limit)
      filterCaches[index].give(compiled.memo)
      if let damage = part.damage { return SearchResults(count: 0, hits: [], damage: damage) }
      count += part.count
      ranked += part.top.map {
        Ranked(segment: index, candidate: $0, id: segment.documents.id($0.document))
      }
    }
    if reader.segments.count > 1 { ranked = Array(Searcher.sorted(ranked).prefix(max(0, limit))) }
    return results(ranked, count: count, query: query)
  }

  /// Score descending, then id ascending (byte order).
  private static func sorted(_ ranked: [Ranked]) -> [Ranked] {
    ranked.sorted { a, b in
      a.candidate.score != b.candidate.score
        ? a.candidate.score > b.candidate.score : a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
    }
  }

  /// Decodes the hits (the costly part, in parallel) with their snippets.
  private func results(_ ranked: [Ranked], count: Int, query: Query) -> SearchResults {
    let snippets = SnippetMaker(analyzer: analyzer)
    let segments = reader.segments
    let decoded = parallelMap(ranked) { item -> (SearchHit, Bool) in
      let store = segments[item.segment].documents
      let document = store.document(item.candidate.document)
      let hit = SearchHit(
        id: item.id, file: store.file(item.candidate.document),
        score: item.candidate.score, title: document?.title, date: document?.date,
        snippet: document.flatMap { snippets.snippet(for: $0, query: query) })
      return (hit, document != nil)
    }
    let hits = decoded.map(\.0)
    if let index = decoded.indices.first(where: { !decoded[$0].1 }) {
      let file = segments[ranked[index].segment].fileName("store")
      let damage = IndexError.corrupted(
        file: file, reason: "stored record of \(hits[index].id) fails its checksum")
      return SearchResults(count: count, hits: hits, damage: damage)
    }
    return SearchResults(count: count, hits: hits)
  }

  /// Every matching document, best first (score, then id ascending), without reading records.
  public func matches(_ query: Query, filter: SearchFilter) -> [SearchMatch] {
    let statistics = CollectionStatistics(reader: reader)
    let compiled = CompiledFilter(filter, analyzer: analyzer)
    var ranked: [Ranked] = []
    for (index, segment) in reader.segments.enumerated() {
      let kept = SegmentSearch(segment: segment, statistics: statistics).matches(
        query, filter: compiled)
      ranked += kept.map {
        Ranked(segment: index, candidate: $0, id: segment.documents.id($0.document))
      }
    }
    return Searcher.sorted(ranked).map {
      SearchMatch(
        id: $0.id, file: reader.segments[$0.segment].documents.file($0.candidate.document),
        score: $0.candidate.score)
    }
  }
}
