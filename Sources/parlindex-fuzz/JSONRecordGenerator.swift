import Foundation

/// Generates JSON records shaped like the Assemblée open-data files: a real record with some
/// values replaced by random ones of any type (strings with French text, numbers, null, lists,
/// objects, deep nesting), or a wholly random JSON value.
struct JSONRecordGenerator {
  let templates: [Any]

  init(seeds: [[UInt8]]) {
    templates = seeds.compactMap { seed in
      guard seed.first == UInt8(ascii: "{") else { return nil }
      return try? JSONSerialization.jsonObject(with: Data(seed), options: [.fragmentsAllowed])
    }
  }

  func record(using random: inout FuzzRandom) -> [UInt8] {
    var value: Any =
      templates.isEmpty || random.chance(10)
      ? randomValue(depth: 0, using: &random) : random.pick(templates)
    for _ in 0..<(1 + random.below(6)) { value = replace(in: value, using: &random) }
    let options: JSONSerialization.WritingOptions = [.fragmentsAllowed]
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else {
      return Array("{}".utf8)
    }
    return Array(data)
  }

  /// `value` with one randomly chosen member replaced.
  private func replace(in value: Any, using random: inout FuzzRandom) -> Any {
    if var object = value as? [String: Any], !object.isEmpty, random.chance(80) {
      let key = random.pick(object.keys.sorted())
      object[key] = replace(in: object[key]!, using: &random)
      return object
    }
    if var list = value as? [Any], !list.isEmpty, random.chance(70) {
      let index = random.below(list.count)
      list[index] = replace(in: list[index], using: &random)
      return list
    }
    return randomValue(depth: 0, using: &random)
  }

  private static let texts = [
    "", " ", "Mme Élise Dupont", "M. le ministre de l’économie", "2024-07-01", "01/07/2024",
    "2024-13-45", "<p>La prime Ségur de 183 € net</p>", "QANR5L17QE1234", "QE", "17",
    "3,5 millions d’euros", "\u{00A0}\u{202F}", "œuvre", String(repeating: "a", count: 3000),
  ]

  private func randomValue(depth: Int, using random: inout FuzzRandom) -> Any {
    switch random.below(depth > 6 ? 4 : 7) {
    case 0: return NSNull()
    case 1: return random.pick(Self.texts)
    case 2: return random.chance(50) ? random.below(1_000_000) : Double(random.below(1000)) / 7
    case 3: return random.chance(50)
    case 4:
      return (0..<random.below(4)).map { _ in randomValue(depth: depth + 1, using: &random) }
    default:
      var object: [String: Any] = [:]
      let keys = ["question", "uid", "type", "texte", "auteur", "dateJO", "rubrique", "#text"]
      for _ in 0..<random.below(5) {
        object[random.pick(keys)] = randomValue(depth: depth + 1, using: &random)
      }
      return object
    }
  }
}
