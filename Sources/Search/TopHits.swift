import Indexing

/// Keeps the best `limit` documents offered, by score descending then id ascending; ids are
/// read from the index only to break exact ties.
struct TopHits {
  struct Candidate {
    var document: Int
    var score: Double
  }

  let limit: Int
  let store: DocumentStore
  private(set) var ranked: [Candidate] = []

  init(limit: Int, store: DocumentStore) {
    self.limit = limit
    self.store = store
    ranked.reserveCapacity(min(limit, 1024))
  }

  private func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
    if a.score != b.score { return a.score > b.score }
    return store.idPrecedes(a.document, b.document)
  }

  mutating func offer(document: Int, score: Double) {
    guard limit > 0 else { return }
    let candidate = Candidate(document: document, score: score)
    if ranked.count == limit {
      guard let last = ranked.last, precedes(candidate, last) else { return }
      ranked.removeLast()
    }
    var low = 0
    var high = ranked.count
    while low < high {
      let middle = (low + high) / 2
      if precedes(ranked[middle], candidate) { low = middle + 1 } else { high = middle }
    }
    ranked.insert(candidate, at: low)
  }
}
