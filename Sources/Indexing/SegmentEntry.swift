/// One segment of a generation, as the manifest names it: its number (the `seg-NNNNNN.*` file
/// names), its live and stored counts and live field length once its deletions are applied, and
/// its deletions file (`seg-NNNNNN.del-GGGGGG`, see `Deletions`), if any of its documents or
/// source entries were deleted by a later generation.
package struct SegmentEntry: Sendable, Codable, Equatable {
  package var number: Int
  /// Documents stored, replaced and deleted ones included.
  package var storedCount: Int
  /// Documents live: neither replaced by a duplicate nor deleted.
  package var liveCount: Int
  /// The field lengths of the live documents, summed.
  package var totalFieldLength: Int
  /// Source entries of `.sources` (deleted ones included).
  package var sourceCount: Int
  /// Source entries not deleted.
  package var liveSourceCount: Int
  package var deletions: String?

  /// The name of one of the segment's five files (`IndexLayout.suffixes`).
  package func fileName(_ suffix: String) -> String {
    IndexLayout.segmentFile(generation: number, suffix: suffix)
  }

  /// The share of stored documents deleted by later generations.
  package var deletedShare: Double {
    storedCount == 0 ? 0 : 1 - Double(liveCount) / Double(storedCount)
  }
}
