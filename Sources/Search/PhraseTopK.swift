import Indexing

extension QueryEvaluator {
  /// A phrase's exact count (the documents `accepts` lets through that hold it) and its best
  /// documents offered to `top`, with the scores `phrase(_:)` gives them, without the full
  /// merge of positions for most documents: once `top` is full, a document whose score bound
  /// (the phrase occurs at most as often as its rarest term in the document, and BM25 grows
  /// with the frequency) stays below the k-th score only needs to hold the phrase once
  /// (`PhraseMatcher.orderedOccurs`, which most often stops at the first start). Bounds are
  /// compared with a relative margin, as `TopScorer` does, so rounding never prunes a tie.
  func topPhrase(_ terms: [String], into top: inout TopHits) -> Int {
    var cursors: [ScoredCursor] = []
    for term in terms {
      guard let info = reader.terms.lookup(term) else { return 0 }
      cursors.append(open(info))
    }
    let idf = cursors.reduce(0) { $0 + $1.idf }
    let matcher = PhraseMatcher(cursors.map(\.cursor))
    var count = 0
    var threshold = -Double.infinity
    Leapfrog(cursors.map(\.cursor)).forEach(accepting: accepts) { document in
      matcher.orderTerms()
      let length = length(Int(document))
      if threshold > -Double.infinity,
        bm25.score(frequency: matcher.leastFrequency, length: length, idf: idf) * (1 + 1e-9)
          < threshold
      {
        if matcher.orderedOccurs() { count += 1 }
        return
      }
      let frequency = matcher.orderedOccurrences()
      guard frequency > 0 else { return }
      count += 1
      top.offer(
        document: Int(document), score: bm25.score(frequency: frequency, length: length, idf: idf))
      if top.ranked.count == top.limit, let last = top.ranked.last { threshold = last.score }
    }
    return count
  }
}
