import Indexing

/// Counts a phrase's occurrences in the document its terms' cursors stand on: the places p
/// where the i-th term is at p + i for every i.
///
/// Positions are strictly increasing per term, so the count does not depend on the order the
/// terms are checked in: the term with the fewest occurrences in the document gives the
/// candidate starts, and each other term, by ascending frequency, keeps those it continues
/// (a linear merge); the first term that keeps none ends the check without decoding the rest.
/// Its scratch lives behind pointers: checked for every candidate, it then pays no
/// exclusivity check nor reference counting.
final class PhraseMatcher {
  private struct Starts {
    var buffer: UnsafeMutablePointer<Int32>
    var capacity: Int
  }

  private let owned: [PostingCursor]
  private let cursors: UnsafeMutablePointer<Unmanaged<PostingCursor>>
  private let count: Int
  private let order: UnsafeMutablePointer<Int>
  private let frequencies: UnsafeMutablePointer<Int>
  private let starts: UnsafeMutablePointer<Starts>

  /// `cursors` in phrase order.
  init(_ cursors: [PostingCursor]) {
    owned = cursors
    count = cursors.count
    self.cursors = .allocate(capacity: max(1, count))
    for (index, cursor) in cursors.enumerated() {
      (self.cursors + index).initialize(to: Unmanaged.passUnretained(cursor))
    }
    order = .allocate(capacity: max(1, count))
    frequencies = .allocate(capacity: max(1, count))
    starts = .allocate(capacity: 1)
    starts.initialize(to: Starts(buffer: .allocate(capacity: 64), capacity: 64))
  }

  deinit {
    starts.pointee.buffer.deallocate()
    starts.deallocate()
    frequencies.deallocate()
    order.deallocate()
    cursors.deallocate()
  }

  /// The occurrences in the current document (every cursor on the same one).
  func occurrences() -> Int {
    guard count > 0 else { return 0 }
    sortByFrequency()
    return mergedOccurrences()
  }

  /// Orders the terms by their frequency in the current document, for `leastFrequency`,
  /// `orderedOccurrences` and `orderedOccurs` (which give what `occurrences` gives, without
  /// ordering them again).
  func orderTerms() { sortByFrequency() }

  /// The frequency in the current document of its rarest term: the phrase occurs at most this
  /// many times (after `orderTerms()`).
  var leastFrequency: Int { count > 0 ? frequencies[order[0]] : 0 }

  /// `occurrences()`, the terms ordered already.
  func orderedOccurrences() -> Int { count > 0 ? mergedOccurrences() : 0 }

  /// Whether the phrase occurs in the current document (the terms ordered already): the first
  /// start the rarest term gives is checked first, each other term decoded only up to it;
  /// only when it fails are all the starts merged.
  func orderedOccurs() -> Bool {
    guard count > 0 else { return false }
    let first = order[0]
    let anchor = cursors[first]._withUnsafeGuaranteedRef { $0.currentPositions() }
    guard let position = anchor.first else { return false }
    let start = position &- Int32(first)
    var rank = 1
    while rank < count {
      let term = order[rank]
      let target = start &+ Int32(term)
      let positions = cursors[term]._withUnsafeGuaranteedRef {
        $0.currentPositions(through: target)
      }
      // Decoding stops after the first position above the target: it is last or next to last.
      var index = positions.count - 1
      while index >= 0 && positions[index] > target { index -= 1 }
      guard index >= 0, positions[index] == target else { return mergedOccurrences() > 0 }
      rank += 1
    }
    return true
  }

  /// The occurrences, the terms ordered (`orderTerms`) and `count` above zero.
  private func mergedOccurrences() -> Int {
    let first = order[0]
    let anchor = cursors[first]._withUnsafeGuaranteedRef { $0.currentPositions() }
    if anchor.count > starts.pointee.capacity {
      starts.pointee.buffer.deallocate()
      let capacity = max(anchor.count, 2 * starts.pointee.capacity)
      starts.pointee = Starts(buffer: .allocate(capacity: capacity), capacity: capacity)
    }
    let buffer = starts.pointee.buffer
    var kept = 0
    for position in anchor {
      buffer[kept] = position &- Int32(first)
      kept += 1
    }
    var rank = 1
    while rank < count && kept > 0 {
      let term = order[rank]
      let limit = buffer[kept - 1] &+ Int32(term)
      let positions = cursors[term]._withUnsafeGuaranteedRef {
        $0.currentPositions(through: limit)
      }
      kept = PhraseMatcher.keep(buffer, kept, followedBy: positions, at: Int32(term))
      rank += 1
    }
    return kept
  }

  /// Orders the terms by their frequency in the current document (insertion sort: few terms).
  private func sortByFrequency() {
    for index in 0..<count {
      frequencies[index] = cursors[index]._withUnsafeGuaranteedRef { $0.frequency }
      var slot = index
      while slot > 0 && frequencies[order[slot - 1]] > frequencies[index] {
        order[slot] = order[slot - 1]
        slot -= 1
      }
      order[slot] = index
    }
  }

  /// Keeps the first `count` starts s for which `positions` holds s + `offset`; returns how
  /// many remain.
  private static func keep(
    _ starts: UnsafeMutablePointer<Int32>, _ count: Int,
    followedBy positions: UnsafeBufferPointer<Int32>, at offset: Int32
  ) -> Int {
    var kept = 0
    var next = 0
    for slot in 0..<count {
      let target = starts[slot] &+ offset
      while next < positions.count && positions[next] < target { next += 1 }
      guard next < positions.count else { break }
      if positions[next] == target {
        starts[kept] = starts[slot]
        kept += 1
      }
    }
    return kept
  }
}
