import Answers
import Extraction
import Foundation

/// The `figures` JSON of `cli.md`: `{"topic", "groups": [{"measure", "values": [{"value",
/// "currency", "period", "basis", "sources"}], "agree"}]}`, plus `type`, `bound`,
/// `approximate`, `documents`, and each source's `text` (as written) and `nounInherited`.
enum FigureJSON {
  static func object(_ report: FigureReport, probe: FigureProbe?) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("topic", .string(report.topic)),
      ("groups", .array(report.groups.map(group))),
    ]
    if let probe {
      pairs.append(
        (
          "value",
          .object([("value", decimal(probe.value)), ("currency", .optional(probe.currency))])
        ))
    }
    return .object(pairs)
  }

  static func group(_ group: FigureGroup) -> JSONValue {
    .object([
      ("measure", .string(group.measure)),
      ("type", .string(group.type.rawValue)),
      ("values", .array(group.values.map(value))),
      ("agree", .bool(group.agree)),
      ("documents", .int(group.documentCount)),
    ])
  }

  static func value(_ figure: FigureValue) -> JSONValue {
    .object([
      ("value", decimal(figure.value)),
      ("currency", .optional(figure.currency)),
      ("period", .optional(figure.period)),
      ("basis", .optional(figure.basis?.rawValue)),
      ("bound", .optional(figure.bound?.rawValue)),
      ("approximate", .bool(figure.approximate)),
      ("sources", .array(figure.sources.map(source))),
    ])
  }

  static func source(_ source: FigureSource) -> JSONValue {
    guard
      case .object(var pairs) = SourceJSON.object(
        documentID: source.documentID, sentence: source.sentence)
    else { return .null }
    pairs.append(("text", .string(source.text)))
    if source.nounInherited { pairs.append(("nounInherited", .bool(true))) }
    return .object(pairs)
  }

  static func decimal(_ value: Decimal) -> JSONValue { .raw("\(value)") }
}
