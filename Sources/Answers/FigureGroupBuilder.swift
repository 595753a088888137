import Extraction

/// Collects the values of one measure, merging equal values in constant time per source.
struct FigureGroupBuilder {
  var type: MentionType
  var values: [FigureValue] = []
  var positions: [FigureValue.Key: Int] = [:]
  var seen: Set<FigureSource> = []

  init(type: MentionType) {
    self.type = type
  }

  /// Merges `figure` into the value it equals, or adds it; a source is listed once.
  mutating func add(_ figure: FigureValue) {
    guard let source = figure.sources.first, seen.insert(source).inserted else { return }
    guard let index = positions[figure.key] else {
      positions[figure.key] = values.count
      values.append(figure)
      return
    }
    values[index].approximate = values[index].approximate || figure.approximate
    values[index].sources.append(source)
  }

  func group(measure: String) -> FigureGroup {
    let sorted = values.sorted { left, right in
      left.sources.count != right.sources.count
        ? left.sources.count > right.sources.count : left.value < right.value
    }
    return FigureGroup(measure: measure, type: type, values: sorted)
  }
}
