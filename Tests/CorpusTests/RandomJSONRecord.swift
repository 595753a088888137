import Foundation
import FuzzSupport

/// Records shaped like the Assemblée open-data files, as `parlindex-fuzz`'s generator makes
/// them: a real record with a few values replaced by random ones of any type (French text,
/// escapes, numbers, null, booleans, lists, objects), or a wholly random value; written by
/// Foundation.
struct RandomJSONRecord {
  let templates: [Any]

  init(seeds: [[UInt8]]) {
    templates = seeds.compactMap { try? JSONSerialization.jsonObject(with: Data($0)) }
  }

  mutating func record(using random: inout FuzzGenerator) -> [UInt8] {
    var value: Any =
      templates.isEmpty || random.below(10) == 0
      ? randomValue(depth: 0, using: &random) : templates[random.below(templates.count)]
    for _ in 0..<(1 + random.below(6)) { value = replace(in: value, using: &random) }
    let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
    return data.map { [UInt8]($0) } ?? Array("{}".utf8)
  }

  private func replace(in value: Any, using random: inout FuzzGenerator) -> Any {
    if var object = value as? [String: Any], !object.isEmpty, random.below(10) < 8 {
      let keys = object.keys.sorted()
      let key = keys[random.below(keys.count)]
      object[key] = replace(in: object[key] as Any, using: &random)
      return object
    }
    if var list = value as? [Any], !list.isEmpty, random.below(10) < 7 {
      let index = random.below(list.count)
      list[index] = replace(in: list[index], using: &random)
      return list
    }
    return randomValue(depth: 0, using: &random)
  }

  static let texts = [
    "", " ", "Mme Élise Dupont", "M. le ministre de l’économie", "2024-07-01", "01/07/2024",
    "<p>La prime Ségur de 183 € net</p>", "QANR5L17QE1234", "QE", "17", " 12 ", "\u{00A0}\u{202F}",
    "3,5 millions d’euros", "œuvre \u{1F600} \"cité\" a\\b / c\n\td", "\u{0}\u{1F}\u{7F}",
  ]

  private func randomValue(depth: Int, using random: inout FuzzGenerator) -> Any {
    switch random.below(depth > 4 ? 4 : 7) {
    case 0: return NSNull()
    case 1: return Self.texts[random.below(Self.texts.count)]
    case 2: return random.below(2) == 0 ? random.below(1_000_000) : Double(random.below(100)) / 4
    case 3: return random.below(2) == 0
    case 4: return (0..<random.below(4)).map { _ in randomValue(depth: depth + 1, using: &random) }
    default:
      var object: [String: Any] = [:]
      let keys = ["question", "uid", "type", "texte", "analyse", "auteur", "dateJO", "pageJO"]
      for _ in 0..<random.below(5) {
        object[keys[random.below(keys.count)]] = randomValue(depth: depth + 1, using: &random)
      }
      return object
    }
  }
}
