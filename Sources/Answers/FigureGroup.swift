import Extraction

/// The values of one measure across documents ("revalorisation salariale, EUR, net, per
/// month"), and whether the documents agree on it.
public struct FigureGroup: Sendable, Hashable {
  public var measure: String
  public var type: MentionType
  /// Most stated first.
  public var values: [FigureValue]

  public init(measure: String, type: MentionType, values: [FigureValue]) {
    self.measure = measure
    self.type = type
    self.values = values
  }

  /// True when every source states the same value.
  public var agree: Bool { values.count <= 1 }

  /// Every source of every value.
  public var sourceCount: Int { values.reduce(0) { $0 + $1.sources.count } }

  /// The distinct documents of the group.
  public var documentCount: Int { Set(values.flatMap(\.documentIDs)).count }
}
