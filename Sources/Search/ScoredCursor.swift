import Indexing

/// A term's postings cursor with what BM25 needs to score its current document and to bound
/// the scores of its blocks.
struct ScoredCursor {
  let cursor: PostingCursor
  let idf: Double
  let bm25: BM25
  let store: DocumentStore
  /// The segment's BM25 lengths when a `LengthTable` has them (one dense array, where the
  /// columns hold them 48 bytes apart and check their chunk at every read).
  var lengths: [UInt32] = []

  /// The BM25 length of `document`.
  @inline(__always)
  func length(_ document: Int) -> Int {
    document < lengths.count ? Int(lengths[document]) : store.fieldLength(document)
  }

  /// The BM25 contribution of the term to the current document.
  func score() -> Double {
    bm25.score(frequency: cursor.frequency, length: length(Int(cursor.document)), idf: idf)
  }

  /// An upper bound of `score()` over the documents of block `block`.
  func bound(block: Int) -> Double {
    let entry = cursor.skips[block]
    return bm25.score(frequency: entry.maxFrequency, length: entry.minLength, idf: idf)
  }

  /// An upper bound of `score()` over the whole list.
  func bound() -> Double {
    cursor.skips.indices.reduce(0) { max($0, bound(block: $1)) }
  }
}
