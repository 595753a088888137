import Extraction
import Foundation

/// Every amount and count of a set of documents, grouped by what they measure, with each
/// value's sources and whether the documents agree: the answer of `parlindex figures`.
///
/// Equal values written differently merge (300 M€ and 300 millions d'euros; 183 € net
/// mensuels and 183 euros net par mois); different values of one measure stay apart, so a
/// disagreement (150 000, 330 000 or 700 000 professionals) is visible.
public struct FigureReport: Sendable {
  /// The topic as typed, or the value asked for.
  public var topic: String
  /// Most stated first.
  public var groups: [FigureGroup]

  public init(topic: String, groups: [FigureGroup]) {
    self.topic = topic
    self.groups = groups
  }

  /// Groups the amounts and counts of `records`.
  public init(topic: String, records: [DocumentRecord]) {
    self.topic = topic
    let measure = FigureMeasure()
    var order: [String] = []
    var byMeasure: [String: (type: MentionType, values: [FigureValue])] = [:]
    for record in records {
      for mention in record.mentions {
        guard let key = measure.key(for: mention.facts), let number = mention.value?.decimal
        else { continue }
        let source = FigureSource(
          documentID: record.document.id, sentence: mention.sentence, text: mention.text,
          nounInherited: mention.nounInherited == true)
        let figure = FigureValue(facts: mention.facts, value: number, source: source)
        if byMeasure[key] == nil {
          order.append(key)
          byMeasure[key] = (mention.type, [])
        }
        Self.add(figure, to: &byMeasure[key]!.values)
      }
    }
    groups = order.map { key in
      let entry = byMeasure[key]!
      return FigureGroup(measure: key, type: entry.type, values: Self.sorted(entry.values))
    }
    groups.sort { ($0.sourceCount, $1.measure) > ($1.sourceCount, $0.measure) }
  }

  /// Only the groups that contain `probe`'s value.
  public func selecting(_ probe: FigureProbe) -> FigureReport {
    FigureReport(
      topic: topic, groups: groups.filter { $0.values.contains(where: probe.matches) })
  }

  /// Merges `figure` into the value it equals, or adds it; a source is listed once.
  static func add(_ figure: FigureValue, to values: inout [FigureValue]) {
    guard let index = values.firstIndex(where: { $0.key == figure.key }) else {
      values.append(figure)
      return
    }
    values[index].approximate = values[index].approximate || figure.approximate
    for source in figure.sources where !values[index].sources.contains(source) {
      values[index].sources.append(source)
    }
  }

  /// Most sources first, then by value.
  static func sorted(_ values: [FigureValue]) -> [FigureValue] {
    values.sorted { left, right in
      left.sources.count != right.sources.count
        ? left.sources.count > right.sources.count : left.value < right.value
    }
  }
}
