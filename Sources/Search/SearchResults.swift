/// The answer to a search: the exact number of matching documents and the best of them.
public struct SearchResults: Sendable, Hashable {
  /// Every document matching the query and the filter.
  public var count: Int
  /// The first `limit` of them, best first, ties by id ascending.
  public var hits: [SearchHit]

  public init(count: Int, hits: [SearchHit]) {
    self.count = count
    self.hits = hits
  }
}
