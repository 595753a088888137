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
    var builders: [String: FigureGroupBuilder] = [:]
    for record in records {
      for mention in record.mentions {
        guard let key = measure.key(for: mention.facts), let number = mention.value?.decimal
        else { continue }
        let source = FigureSource(
          documentID: record.document.id, sentence: mention.sentence, text: mention.text,
          nounInherited: mention.nounInherited == true)
        if builders[key] == nil {
          order.append(key)
          builders[key] = FigureGroupBuilder(type: mention.type)
        }
        builders[key]!.add(FigureValue(facts: mention.facts, value: number, source: source))
      }
    }
    let counted = order.map { key in
      let group = builders[key]!.group(measure: key)
      return (group: group, count: group.sourceCount)
    }
    groups = counted.sorted { ($0.count, $1.group.measure) > ($1.count, $0.group.measure) }
      .map(\.group)
  }

  /// Only the groups that contain `probe`'s value.
  public func selecting(_ probe: FigureProbe) -> FigureReport {
    FigureReport(
      topic: topic, groups: groups.filter { $0.values.contains(where: probe.matches) })
  }
}
