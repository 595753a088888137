/// A matching document without its record: what the aggregating commands (timeline, figures,
/// who pays) start from before reading the records they need.
public struct SearchMatch: Sendable, Hashable {
  public var id: String
  public var file: String
  public var score: Double

  public init(id: String, file: String, score: Double) {
    self.id = id
    self.file = file
    self.score = score
  }
}
