import FrenchText

/// One ranked document of a search, with what the result list shows.
public struct SearchHit: Sendable, Hashable {
  public var id: String
  public var file: String
  public var score: Double
  public var title: String?
  public var date: CalendarDate?
  public var snippet: Snippet?

  public init(
    id: String, file: String, score: Double, title: String? = nil, date: CalendarDate? = nil,
    snippet: Snippet? = nil
  ) {
    self.id = id
    self.file = file
    self.score = score
    self.title = title
    self.date = date
    self.snippet = snippet
  }
}
