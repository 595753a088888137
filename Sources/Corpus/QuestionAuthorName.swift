/// Reads the author's name where a question's text writes it: "M. Ian Boucard attire
/// l'attention…", "Mme Marie-Charlotte Garin interroge…"; in an oral question's transcript,
/// "La parole est à Mme Nathalie Bassire." Returns nil when the text does not say it.
enum QuestionAuthorName {
  static let civilities: Set<String> = ["M.", "Mme", "Mlle", "MM."]
  static let verbs: Set<String> = [
    "attire", "appelle", "interroge", "demande", "souhaite", "alerte", "sollicite", "rappelle",
    "signale", "expose", "questionne", "fait", "souligne", "invite", "saisit", "voudrait",
    "aimerait", "s'inquiète", "s’inquiète", "s'interroge", "s’interroge", "attirent",
  ]
  static let particles: Set<String> = ["de", "du", "des", "d'", "d’", "la", "le", "von", "van"]

  /// The name in a question's opening words, without the civility.
  static func name(inOpening text: String) -> String? {
    let words = text.prefix(300).split(whereSeparator: {
      $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}"
    })
    guard let first = words.first, civilities.contains(String(first)) else { return nil }
    var name: [Substring] = []
    for word in words.dropFirst().prefix(8) {
      let lower = word.lowercased()
      if verbs.contains(lower) {
        return name.isEmpty ? nil : name.joined(separator: " ")
      }
      for elided in ["d'", "d’"] where lower.hasPrefix(elided) {
        if verbs.contains(String(lower.dropFirst(2))), !name.isEmpty {
          return (name + ["de"]).joined(separator: " ")
        }
      }
      guard let head = word.first, head.isUppercase || particles.contains(lower) else {
        return nil
      }
      name.append(word)
    }
    return nil
  }

  /// The name given the floor first in a transcript ("La parole est à M. Jean Dupont.").
  static func nameGivenFloor(in text: String) -> String? {
    guard let found = text.range(of: "La parole est à ") else { return nil }
    let tokens = text[found.upperBound...].prefix(160).split(
      whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
    guard let first = tokens.first, civilities.contains(String(first)) else { return nil }
    var name: [Substring] = []
    for token in tokens.dropFirst().prefix(8) {
      let ends = token.hasSuffix(".") || token.hasSuffix(",")
      let word = ends ? token.dropLast() : token
      guard let head = word.first, head.isUppercase || particles.contains(word.lowercased())
      else { break }
      name.append(word)
      if ends { break }
    }
    return name.isEmpty ? nil : name.joined(separator: " ")
  }
}
