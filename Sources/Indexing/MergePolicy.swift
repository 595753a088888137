/// Which segments an incremental build merges after its commit, so that the segment count stays
/// bounded and deleted documents do not pile up: when there are more than `maxSegments`, the
/// `mergeFactor` smallest (by live documents; more if needed to get back under the bound) are
/// merged into one; a segment more than `maxDeletedShare` deleted is rewritten (with them, or
/// alone).
package struct MergePolicy: Sendable {
  package var maxSegments = 8
  package var mergeFactor = 4
  package var maxDeletedShare = 0.5

  package init() {}

  /// The indices (ascending) of the segments to merge into one; empty when none need it.
  package func select(_ segments: [SegmentEntry]) -> [Int] {
    var chosen = Set(segments.indices.filter { segments[$0].deletedShare > maxDeletedShare })
    if segments.count > maxSegments {
      let smallest = segments.indices.sorted {
        (segments[$0].liveCount, $0) < (segments[$1].liveCount, $1)
      }
      let count = min(segments.count, max(mergeFactor, segments.count - maxSegments + 1))
      chosen.formUnion(smallest.prefix(count))
    }
    return chosen.sorted()
  }
}
