import Indexing

/// The answer to a search: the exact number of matching documents and the best of them.
public struct SearchResults: Sendable, Hashable {
  /// Every document matching the query and the filter.
  public var count: Int
  /// The first `limit` of them, best first, ties by id ascending.
  public var hits: [SearchHit]
  /// Set when a postings list read for this search failed its checksum: `count` and `hits`
  /// are then not to be trusted (`Searcher.checkedSearch` throws it instead).
  public var damage: IndexError?

  public init(count: Int, hits: [SearchHit], damage: IndexError? = nil) {
    self.count = count
    self.hits = hits
    self.damage = damage
  }
}
