import Corpus
import FrenchText
import Indexing

/// Runs queries over an open index: BM25 ranking, boolean, phrase and prefix matching, filters
/// on columns, and snippets for the best hits only.
///
/// `count` is exact; hits are ordered by score, then id ascending, so results are deterministic.
/// Only the returned hits' records are decoded.
public struct Searcher: Sendable {
  public let reader: IndexReader
  public let analyzer: FrenchAnalyzer
  private let filterCache = FilterCache()

  public init(reader: IndexReader, analyzer: FrenchAnalyzer) {
    self.reader = reader
    self.analyzer = analyzer
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
    let evaluator = QueryEvaluator(reader: reader)
    let store = reader.documents
    var compiled = CompiledFilter(filter, analyzer: analyzer)
    compiled.memo = filterCache.take(filter, documents: store.storedCount)
    defer { filterCache.give(compiled.memo) }
    var top = TopHits(limit: max(0, limit), store: store)
    var count = 0
    if let (terms, tree) = TopScorer.terms(of: query, in: reader.terms), TopScorer.pays(terms) {
      count = TopScorer(evaluator: evaluator, filter: compiled).run(terms, tree: tree, top: &top)
    } else {
      let matches = evaluator.evaluate(query)
      for (index, document) in matches.documents.enumerated() {
        let number = Int(document)
        guard store.isLive(number), compiled.matches(number, in: store) else { continue }
        count += 1
        top.offer(document: number, score: matches.scores[index])
      }
    }
    if let damage = evaluator.damage.error(reader) {
      return SearchResults(count: 0, hits: [], damage: damage)
    }
    let snippets = SnippetMaker(analyzer: analyzer)
    // Decoding the stored documents is the costly part: the hits are decoded in parallel.
    let decoded = parallelMap(top.ranked) { candidate -> (SearchHit, Bool) in
      let document = store.document(candidate.document)
      let hit = SearchHit(
        id: store.id(candidate.document), file: store.file(candidate.document),
        score: candidate.score, title: document?.title, date: document?.date,
        snippet: document.flatMap { snippets.snippet(for: $0, query: query) })
      return (hit, document != nil)
    }
    let hits = decoded.map(\.0)
    if let broken = decoded.first(where: { !$0.1 }) {
      let file = reader.manifest.file(withSuffix: ".store")?.name ?? "store"
      let damage = IndexError.corrupted(
        file: file, reason: "stored record of \(broken.0.id) fails its checksum")
      return SearchResults(count: count, hits: hits, damage: damage)
    }
    return SearchResults(count: count, hits: hits)
  }

  /// Every matching document, best first (score, then id ascending), without reading records.
  public func matches(_ query: Query, filter: SearchFilter) -> [SearchMatch] {
    let matches = QueryEvaluator(reader: reader).evaluate(query)
    let compiled = CompiledFilter(filter, analyzer: analyzer)
    let store = reader.documents
    var kept: [(document: Int, score: Double)] = []
    for (index, document) in matches.documents.enumerated() {
      let number = Int(document)
      guard store.isLive(number), compiled.matches(number, in: store) else { continue }
      kept.append((number, matches.scores[index]))
    }
    kept.sort { a, b in
      a.score != b.score ? a.score > b.score : store.idPrecedes(a.document, b.document)
    }
    return kept.map {
      SearchMatch(id: store.id($0.document), file: store.file($0.document), score: $0.score)
    }
  }
}
