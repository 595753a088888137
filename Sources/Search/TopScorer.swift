import Indexing

/// Top-k for a single term or an OR of terms (prefixes expanded), with an exact count.
///
/// Count: one pass over document numbers only (no frequency, no score): each list's blocks
/// set bits in a bitmap, then the documents that are live and pass the filter are counted
/// (a single term without filter in an index without replaced duplicates counts its document
/// frequency without reading anything). Top-k: MaxScore over the same lists, with each block's
/// BM25 bound (largest frequency, shortest length) from the skip tables: lists whose bounds
/// cannot lift a document above the k-th score are only probed, documents and blocks whose
/// bounds stay below it are skipped without decoding a frequency. Scores are added as the
/// exhaustive evaluation adds them (`ScoreTree`).
struct TopScorer {
  let evaluator: QueryEvaluator
  let filter: CompiledFilter

  /// The terms of `query` in evaluation order, and how their scores add, if it is a term, a
  /// prefix or an OR of those.
  static func terms(of query: Query, in dictionary: TermDictionary) -> ([TermInfo], ScoreTree)? {
    var infos: [TermInfo] = []
    guard let tree = tree(query, dictionary, &infos) else { return nil }
    return (infos, tree)
  }

  private static func tree(
    _ query: Query, _ dictionary: TermDictionary, _ infos: inout [TermInfo]
  ) -> ScoreTree? {
    if let term = QueryEvaluator.singleTerm(query) {
      guard let info = dictionary.lookup(term) else { return .sum([]) }
      infos.append(info)
      return .term(infos.count - 1)
    }
    switch query {
    case .prefix(let prefix):
      let expanded = dictionary.terms(withPrefix: prefix)
      infos += expanded
      return .sum((infos.count - expanded.count..<infos.count).map { .term($0) })
    case .or(let parts):
      var trees: [ScoreTree] = []
      for part in parts {
        guard let tree = tree(part, dictionary, &infos) else { return nil }
        trees.append(tree)
      }
      return .sum(trees)
    default:
      return nil
    }
  }

  /// Whether pruning beats evaluating the lists whole (measured at 100 000 documents): always
  /// for one term; for an OR of two to four terms when one list is 16 times rarer than the
  /// most frequent (whose documents then mostly need no score). Denser ORs and prefixes of many
  /// terms are added whole, list by list (`QueryEvaluator`), which costs less per document.
  static func pays(_ infos: [TermInfo]) -> Bool {
    guard infos.count > 1 else { return true }
    let frequencies = infos.map(\.documentFrequency)
    return infos.count <= 4 && frequencies.min()! * 16 <= frequencies.max()!
  }

  /// Offers the best documents to `top` and returns the exact count of matching documents.
  func run(_ infos: [TermInfo], tree: ScoreTree, top: inout TopHits) -> Int {
    let store = evaluator.reader.documents
    let checks = !filter.isEmpty || store.liveCount != store.storedCount
    var accepted: [UInt64]?
    let count: Int
    if infos.count == 1 && !checks {
      count = infos[0].documentFrequency
    } else {
      var bitmap = [UInt64](repeating: 0, count: (evaluator.size + 63) / 64)
      count = collect(infos, into: &bitmap, checks: checks)
      accepted = bitmap
    }
    guard top.limit > 0, count > 0 else { return count }
    let terms = infos.map(evaluator.open)
    if terms.count == 1 {
      TopScorer.rank(terms[0], accepted: accepted, into: &top)
    } else {
      var scorer = MaxScore(terms: terms, tree: tree, accepted: accepted, bm25: evaluator.bm25)
      scorer.run(into: &top)
    }
    return count
  }

  /// Sets the bit of every document of `infos`, then clears those not live or filtered out;
  /// returns how many remain.
  private func collect(_ infos: [TermInfo], into bitmap: inout [UInt64], checks: Bool) -> Int {
    bitmap.withUnsafeMutableBufferPointer { bits in
      for info in infos {
        let cursor = evaluator.open(info).cursor
        while cursor.document != PostingCursor.end {
          for document in cursor.remainingInBlock where Int(document) < bits.count * 64 {
            bits[Int(document) >> 6] |= 1 << UInt64(document & 63)
          }
          cursor.load(block: cursor.block + 1)
        }
      }
    }
    guard checks else { return bitmap.reduce(0) { $0 + $1.nonzeroBitCount } }
    let store = evaluator.reader.documents
    var count = 0
    for word in bitmap.indices where bitmap[word] != 0 {
      // A batch asks the same filter again: 64 documents answered at once from the memo.
      if let kept = filter.memo?.passing(bitmap[word], word: word) {
        bitmap[word] = kept
        count += kept.nonzeroBitCount
        continue
      }
      var rest = bitmap[word]
      while rest != 0 {
        let bit = rest.trailingZeroBitCount
        rest &= rest - 1
        let document = word * 64 + bit
        if !filter.accepts(document, in: store) {
          bitmap[word] &= ~(1 << UInt64(bit))
        } else {
          count += 1
        }
      }
    }
    return count
  }

  /// Top-k of one term, block by block: a block whose bound stays below the k-th score is
  /// not decoded; in the others, each document's score is computed from the block's arrays.
  private static func rank(_ term: ScoredCursor, accepted: [UInt64]?, into top: inout TopHits) {
    let cursor = term.cursor
    var threshold = -Double.infinity
    for block in cursor.skips.indices {
      if term.bound(block: block) * (1 + 1e-9) < threshold { continue }
      guard cursor.load(block: block) else { break }
      let documents = cursor.blockDocuments
      let frequencies = cursor.blockFrequencies
      for slot in documents.indices {
        let document = Int(documents[slot])
        if let accepted,
          document >> 6 >= accepted.count
            || accepted[document >> 6] & (1 << UInt64(document & 63)) == 0
        {
          continue
        }
        let length = term.length(document)
        let score = term.bm25.score(
          frequency: Int(frequencies[slot]) + 1, length: length, idf: term.idf)
        if score < threshold { continue }
        top.offer(document: document, score: score)
        if top.ranked.count == top.limit, let last = top.ranked.last { threshold = last.score }
      }
    }
  }
}
