import Indexing

/// One segment's part of a search: its exact count and its best hits (segment document
/// numbers), or the damage met reading its postings.
struct SegmentSearch {
  let segment: SegmentReader
  let evaluator: QueryEvaluator

  init(segment: SegmentReader, statistics: CollectionStatistics, lengths: [UInt32] = []) {
    self.segment = segment
    var evaluator = QueryEvaluator(segment: segment, statistics: statistics)
    evaluator.lengths = lengths
    self.evaluator = evaluator
  }

  /// The segment's count and best `limit` documents (score, then id ascending).
  func run(
    _ query: Query, filter compiled: CompiledFilter, limit: Int
  ) -> (count: Int, top: [TopHits.Candidate], damage: IndexError?) {
    let store = segment.documents
    var evaluator = self.evaluator
    let checks = !compiled.isEmpty || store.liveCount != store.storedCount
    if checks {
      evaluator.accepts = { compiled.accepts($0, in: store) }
    }
    var top = TopHits(limit: max(0, limit), store: store)
    var count = 0
    if let (terms, tree) = TopScorer.terms(of: query, in: segment.terms), TopScorer.pays(terms) {
      count = TopScorer(evaluator: evaluator, filter: compiled).run(terms, tree: tree, top: &top)
    } else if case .phrase(let words) = query, words.count > 1 {
      count = evaluator.topPhrase(words, into: &top)
    } else {
      let matches = evaluator.evaluate(query)
      for (index, document) in matches.documents.enumerated() {
        let number = Int(document)
        if checks {
          guard compiled.accepts(number, in: store) else { continue }
        }
        count += 1
        top.offer(document: number, score: matches.scores[index])
      }
    }
    return (count, top.ranked, evaluator.damage.error(segment))
  }

  /// Every live matching document of the segment, with its score.
  func matches(_ query: Query, filter compiled: CompiledFilter) -> [TopHits.Candidate] {
    let matches = evaluator.evaluate(query)
    let store = segment.documents
    var kept: [TopHits.Candidate] = []
    for (index, document) in matches.documents.enumerated() {
      let number = Int(document)
      guard compiled.accepts(number, in: store) else { continue }
      kept.append(.init(document: number, score: matches.scores[index]))
    }
    return kept
  }
}
