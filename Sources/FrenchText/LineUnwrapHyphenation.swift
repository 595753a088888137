/// Decides whether a hyphen at the end of a wrapped line belongs to the word ("médico-" +
/// "social" → "médico-social") or was added by hyphenation ("reconnais-" + "sance" →
/// "reconnaissance").
///
/// The text itself decides first: a word written elsewhere with its hyphen keeps it, a word
/// written elsewhere in one piece loses it. When in doubt the hyphen is kept: a compound split wrongly is still readable, and the
/// analyzer splits words at hyphens anyway. The hyphen is kept when the next part starts with a
/// capital ("Haute-" + "Garonne"), when the first part is a known first element of compounds
/// ("médico", "socio", "aide", "sous", "non"…, or ends in "o"), or when the second part is a
/// pronoun or particle ("pourra-" + "t-il", "celles-" + "ci").
enum LineUnwrapHyphenation {
  static let compoundFirstParts: Set<String> = [
    "anti", "auto", "avant", "arrière", "après", "bas", "basse", "bien", "co", "contre", "demi",
    "ex", "extra", "grand", "grande", "grands", "grandes", "haut", "haute", "hors", "inter",
    "intra", "mi", "mal", "mini", "multi", "néo", "non", "nord", "sud", "est", "ouest", "outre",
    "para", "pluri", "post", "pré", "quasi", "semi", "sous", "super", "trans", "ultra", "vice",
    "porte", "garde", "gardes", "aide", "aides", "sage", "sages", "main", "chef", "chefs", "arc",
    "belle", "beau", "petit", "petite", "petits", "petites", "peut", "vis", "rendez", "celle",
    "celles", "celui", "ceux", "lui", "elle", "elles", "eux", "moi", "soi", "nous", "vous", "au",
    "là", "ci", "sapeur", "sapeurs", "cache", "court", "long", "plus", "moins", "libre", "libres",
    "ayant", "ayants", "état", "états", "hôtel", "eau", "sans", "tout", "toute", "tiers", "deux",
    "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "vingt", "cent", "mille",
    "euro", "franco", "sous", "entre", "faux", "fausse", "vert", "verte", "nouveau", "nouvelle",
    "arrêt", "prise", "mise", "remise", "lieu", "chez", "pêle", "qu", "jusqu", "dit", "dite",
  ]

  static let secondParts: Set<String> = [
    "t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "le", "la", "les",
    "lui", "leur", "y", "en", "ci", "là", "même", "mêmes", "être", "dire", "delà", "dessus",
    "dessous", "clé", "clés", "cadre", "type", "types", "pilote", "pilotes", "phare", "phares",
  ]

  /// What the rest of the text says: true when it writes "first-second", false when it writes
  /// "firstsecond" as one word, nil when it writes neither.
  static func evidence(first: String, second: String, in lines: [LineUnwrapper.Line]) -> Bool? {
    let joined = Array((first + second).utf8)
    let hyphenated = Array((first + "-" + second).utf8)
    var sawJoined = false
    for case .text(let buffer) in lines {
      if containsWord(hyphenated, in: buffer.bytes) { return true }
      sawJoined = sawJoined || containsWord(joined, in: buffer.bytes)
    }
    return sawJoined ? false : nil
  }

  /// Whether `word` occurs in `bytes` between non-letters.
  static func containsWord(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
    guard let head = word.first, word.count <= bytes.count else { return false }
    var index = 0
    while index + word.count <= bytes.count {
      if bytes[index] == head, bytes[index..<index + word.count].elementsEqual(word) {
        let before = index == 0 || !LineUnwrapper.isLetterByte(bytes[index - 1])
        let end = index + word.count
        let after = end == bytes.count || !LineUnwrapper.isLetterByte(bytes[end])
        if before && after { return true }
      }
      index += 1
    }
    return false
  }

  /// Whether the hyphen between `first` (the letters before it) and `second` (the letters
  /// after it) is kept.
  static func keepsHyphen(first: String, second: String) -> Bool {
    guard let head = second.unicodeScalars.first, !first.isEmpty else { return true }
    if head.properties.isUppercase { return true }
    let lowerFirst = first.lowercased()
    if compoundFirstParts.contains(lowerFirst) { return true }
    if lowerFirst.count >= 3, lowerFirst.hasSuffix("o") { return true }
    if secondParts.contains(second.lowercased()) { return true }
    if first.unicodeScalars.contains(where: { $0.properties.isUppercase }) { return true }
    return false
  }
}
