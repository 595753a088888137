import Indexing

/// Dynamic pruning for the top k of an OR of terms (MaxScore with block-max bounds): lists are
/// ordered by their score bound; the lowest ones whose bounds add up below the k-th score
/// (the threshold) become non-essential: their documents are not enumerated, only probed for
/// the candidates of the others while the candidate can still reach the threshold. A block
/// of the last essential list, or a document, whose bounds stay below it is skipped whole.
/// Bounds are compared with a relative margin, so rounding never prunes a document that ties.
struct MaxScore {
  private let terms: [ScoredCursor]
  private let tree: ScoreTree
  private let accepted: [UInt64]?
  /// Term indices by ascending bound, and the sums of the first i bounds in that order.
  private let order: [Int]
  private let sums: [Double]
  private var threshold = -Double.infinity
  private var firstEssential = 0
  private var contributions: [Double]
  private var present: [Bool]

  init(terms: [ScoredCursor], tree: ScoreTree, accepted: [UInt64]?) {
    self.terms = terms
    self.tree = tree
    self.accepted = accepted
    let bounds = terms.map { $0.bound() }
    order = terms.indices.sorted { bounds[$0] < bounds[$1] }
    var sums = [0.0]
    for index in order { sums.append(sums.last! + bounds[index]) }
    self.sums = sums
    contributions = [Double](repeating: 0, count: terms.count)
    present = [Bool](repeating: false, count: terms.count)
  }

  private func prunes(_ bound: Double) -> Bool { bound * (1 + 1e-9) < threshold }

  private func isAccepted(_ document: Int32) -> Bool {
    guard let accepted else { return true }
    let word = Int(document) >> 6
    return word < accepted.count && accepted[word] & (1 << UInt64(document & 63)) != 0
  }

  /// The smallest document of the essential lists.
  private func nextCandidate() -> Int32 {
    var document = PostingCursor.end
    for slot in firstEssential..<order.count {
      document = min(document, terms[order[slot]].cursor.document)
    }
    return document
  }

  private func skipEssentials(at document: Int32) {
    for slot in firstEssential..<order.count where terms[order[slot]].cursor.document == document {
      terms[order[slot]].cursor.next()
    }
  }

  mutating func run(into top: inout TopHits) {
    while firstEssential < order.count {
      if firstEssential == order.count - 1 {
        let last = terms[order[firstEssential]]
        let block = last.cursor.block
        if block < last.cursor.skips.count
          && prunes(sums[firstEssential] + last.bound(block: block))
        {
          last.cursor.load(block: block + 1)
          continue
        }
      }
      let document = nextCandidate()
      if document == PostingCursor.end { break }
      guard isAccepted(document), !prunesByBlocks(document) else {
        skipEssentials(at: document)
        continue
      }
      if let score = score(document) {
        top.offer(document: Int(document), score: score)
        if top.ranked.count == top.limit, let last = top.ranked.last {
          threshold = last.score
          while firstEssential < order.count && prunes(sums[firstEssential + 1]) {
            firstEssential += 1
          }
        }
      }
    }
  }

  /// Whether the block bounds of the essential lists holding `document` stay below the threshold.
  private func prunesByBlocks(_ document: Int32) -> Bool {
    guard threshold > -Double.infinity else { return false }
    var bound = sums[firstEssential]
    for slot in firstEssential..<order.count {
      let term = terms[order[slot]]
      if term.cursor.document == document { bound += term.bound(block: term.cursor.block) }
    }
    return prunes(bound)
  }

  /// The document's score (added in query order), or nil when it cannot reach the threshold;
  /// moves the essential lists past it.
  private mutating func score(_ document: Int32) -> Double? {
    var partial = 0.0
    for slot in firstEssential..<order.count {
      let index = order[slot]
      guard terms[index].cursor.document == document else { continue }
      add(index, &partial)
      terms[index].cursor.next()
    }
    var slot = firstEssential - 1
    while slot >= 0 {
      guard !prunes(partial + sums[slot + 1]) else { break }
      let index = order[slot]
      terms[index].cursor.advance(to: document)
      if terms[index].cursor.document == document { add(index, &partial) }
      slot -= 1
    }
    let total = slot < 0 ? tree.total(contributions, present) : nil
    for index in terms.indices { present[index] = false }
    return total
  }

  private mutating func add(_ index: Int, _ partial: inout Double) {
    let contribution = terms[index].score()
    contributions[index] = contribution
    present[index] = true
    partial += contribution
  }
}
