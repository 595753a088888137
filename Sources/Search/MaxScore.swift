import Indexing

/// Dynamic pruning for the top k of an OR of terms (MaxScore with block-max bounds): lists are
/// ordered by their score bound; the lowest ones whose bounds add up below the k-th score
/// (the threshold) become non-essential: their documents are not enumerated, only probed for
/// the candidates of the others while the candidate can still reach the threshold. A block
/// of the last essential list, or a document, whose bounds stay below it is skipped whole.
/// Bounds are compared with a relative margin, so rounding never prunes a document that ties.
struct MaxScore {
  private let tree: ScoreTree
  private let accepted: [UInt64]?
  private let bm25: BM25
  /// The first term, for the BM25 length of a document (`ScoredCursor.length`).
  private let lengthSource: ScoredCursor
  /// The cursors by ascending bound, their IDF, their index in the query's term list, and the
  /// sums of the first i bounds in that order.
  private let cursors: [PostingCursor]
  private let idfs: [Double]
  private let indices: [Int]
  private let sums: [Double]
  /// Per slot, the block whose bound is cached, and that bound.
  private var boundBlocks: [Int]
  private var blockBounds: [Double]
  private var threshold = -Double.infinity
  private var firstEssential = 0
  private var contributions: [Double]
  private var present: [Bool]

  init(terms: [ScoredCursor], tree: ScoreTree, accepted: [UInt64]?, bm25: BM25) {
    self.tree = tree
    self.accepted = accepted
    self.bm25 = bm25
    lengthSource = terms[0]
    let bounds = terms.map { $0.bound() }
    indices = terms.indices.sorted { bounds[$0] < bounds[$1] }
    cursors = indices.map { terms[$0].cursor }
    idfs = indices.map { terms[$0].idf }
    var sums = [0.0]
    for index in indices { sums.append(sums.last! + bounds[index]) }
    self.sums = sums
    boundBlocks = [Int](repeating: -1, count: terms.count)
    blockBounds = [Double](repeating: 0, count: terms.count)
    contributions = [Double](repeating: 0, count: terms.count)
    present = [Bool](repeating: false, count: terms.count)
  }

  private func prunes(_ bound: Double) -> Bool { bound * (1 + 1e-9) < threshold }

  private func isAccepted(_ document: Int32) -> Bool {
    guard let accepted else { return true }
    let word = Int(document) >> 6
    return word < accepted.count && accepted[word] & (1 << UInt64(document & 63)) != 0
  }

  /// The bound of the block slot `slot`'s cursor is in.
  private mutating func blockBound(_ slot: Int) -> Double {
    let block = cursors[slot].block
    if boundBlocks[slot] != block {
      let entry = cursors[slot].skips[block]
      blockBounds[slot] = bm25.score(
        frequency: entry.maxFrequency, length: entry.minLength, idf: idfs[slot])
      boundBlocks[slot] = block
    }
    return blockBounds[slot]
  }

  mutating func run(into top: inout TopHits) {
    while firstEssential < cursors.count {
      if firstEssential == cursors.count - 1 {
        let last = cursors[firstEssential]
        if last.block < last.skips.count
          && prunes(sums[firstEssential] + blockBound(firstEssential))
        {
          last.load(block: last.block + 1)
          continue
        }
      }
      var document = PostingCursor.end
      for slot in firstEssential..<cursors.count {
        document = min(document, cursors[slot].document)
      }
      if document == PostingCursor.end { break }
      if isAccepted(document), !prunesByBlocks(document), let score = score(document) {
        top.offer(document: Int(document), score: score)
        if top.ranked.count == top.limit, let last = top.ranked.last {
          threshold = last.score
          while firstEssential < cursors.count && prunes(sums[firstEssential + 1]) {
            firstEssential += 1
          }
        }
      }
      for slot in firstEssential..<cursors.count where cursors[slot].document == document {
        cursors[slot].next()
      }
    }
  }

  /// Whether the block bounds of the essential lists holding `document` stay below the threshold.
  private mutating func prunesByBlocks(_ document: Int32) -> Bool {
    guard threshold > -Double.infinity else { return false }
    var bound = sums[firstEssential]
    for slot in firstEssential..<cursors.count where cursors[slot].document == document {
      bound += blockBound(slot)
    }
    return prunes(bound)
  }

  /// The document's score (added as the query adds it), or nil when it cannot reach the
  /// threshold. The essential lists stay on it.
  private mutating func score(_ document: Int32) -> Double? {
    let length = lengthSource.length(Int(document))
    var partial = 0.0
    for slot in firstEssential..<cursors.count where cursors[slot].document == document {
      add(slot, length, &partial)
    }
    var slot = firstEssential - 1
    while slot >= 0 {
      guard !prunes(partial + sums[slot + 1]) else { break }
      cursors[slot].advance(to: document)
      if cursors[slot].document == document { add(slot, length, &partial) }
      slot -= 1
    }
    let total = slot < 0 ? tree.total(contributions, present) : nil
    for index in present.indices { present[index] = false }
    return total
  }

  private mutating func add(_ slot: Int, _ length: Int, _ partial: inout Double) {
    let contribution = bm25.score(
      frequency: cursors[slot].frequency, length: length, idf: idfs[slot])
    contributions[indices[slot]] = contribution
    present[indices[slot]] = true
    partial += contribution
  }
}
