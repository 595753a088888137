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

  /// What one word after the civility makes of the name.
  enum Step: Equatable {
    /// A verb ("attire"): the name ends before it.
    case verb
    /// An elided verb ("d'interroger") after a name: the name ends with "de".
    case elidedVerb
    /// A capitalised word or a particle: part of the name.
    case nameWord
    /// Anything else: no name here.
    case stop
  }

  /// The name in a question's opening words, without the civility.
  static func name(inOpening text: String) -> String? {
    let words = Self.words(text, characters: 300, count: 9, narrowSpace: true)
    guard let first = words.first, civilities.contains(String(first)) else { return nil }
    var name: [Substring] = []
    for word in words.dropFirst().prefix(8) {
      switch step(word, hasName: !name.isEmpty) {
      case .verb: return name.isEmpty ? nil : name.joined(separator: " ")
      case .elidedVerb: return (name + ["de"]).joined(separator: " ")
      case .nameWord: name.append(word)
      case .stop: return nil
      }
    }
    return nil
  }

  /// The step of `word`: on its bytes when it is ASCII, else by `generalStep`.
  static func step(_ word: Substring, hasName: Bool) -> Step {
    let ascii = word.utf8.withContiguousStorageIfAvailable {
      QuestionAuthorNameBytes.step($0, hasName: hasName)
    }
    return (ascii ?? nil) ?? generalStep(word, hasName: hasName)
  }

  /// The step of `word` read on characters (lower-cased by Foundation, looked up in the sets).
  static func generalStep(_ word: Substring, hasName: Bool) -> Step {
    let lower = word.lowercased()
    if verbs.contains(lower) { return .verb }
    for elided in ["d'", "d’"] where lower.hasPrefix(elided) {
      if verbs.contains(String(lower.dropFirst(2))), hasName { return .elidedVerb }
    }
    guard let head = word.first, head.isUppercase || particles.contains(lower) else {
      return .stop
    }
    return .nameWord
  }

  /// The name given the floor first in a transcript ("La parole est à M. Jean Dupont.").
  static func nameGivenFloor(in text: String) -> String? {
    guard let found = text.range(of: "La parole est à ") else { return nil }
    let tokens = Self.words(
      text[found.upperBound...], characters: 160, count: 9, narrowSpace: false)
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

  /// The first `count` words of the first `characters` characters of `text`, split at spaces
  /// and no-break spaces (and narrow ones if asked), as `split` would give them.
  static func words(
    _ text: some StringProtocol, characters: Int, count: Int, narrowSpace: Bool
  ) -> [Substring] {
    let text = Substring(text)
    let simple = text.utf8.withContiguousStorageIfAvailable { buffer in
      simpleWords(buffer, characters: characters, count: count, narrowSpace: narrowSpace)
    }
    if let found = simple ?? nil {
      let utf8 = text.utf8
      return found.map { range in
        text[
          utf8.index(
            utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
              utf8.startIndex, offsetBy: range.upperBound)]
      }
    }
    return characterWords(text, characters: characters, count: count, narrowSpace: narrowSpace)
  }

  /// `words(…)` read character by character (the general path).
  static func characterWords(
    _ text: Substring, characters: Int, count: Int, narrowSpace: Bool
  ) -> [Substring] {
    var words: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    var read = 0
    while index < text.endIndex, read < characters, words.count < count {
      let next = text.index(after: index)
      if isSeparator(text[index], narrowSpace: narrowSpace) {
        if start < index { words.append(text[start..<index]) }
        start = next
      }
      index = next
      read += 1
    }
    if words.count < count, start < index { words.append(text[start..<index]) }
    return words
  }

  /// The byte ranges of `words(…)` when every scalar read (and the one after) is its own
  /// character: ASCII but CR, U+0080–U+02FF, U+2000–U+203F but the joiners U+200C and U+200D,
  /// and "€"; nil as soon as another scalar shows up (then characters are needed).
  static func simpleWords(
    _ bytes: UnsafeBufferPointer<UInt8>, characters: Int, count: Int, narrowSpace: Bool
  ) -> [Range<Int>]? {
    var words: [Range<Int>] = []
    var start = 0
    var index = 0
    var read = 0
    while index < bytes.count, read < characters, words.count < count {
      guard let length = simpleLength(bytes, at: index) else { return nil }
      let next = index + length
      let byte = bytes[index]
      let isSeparator =
        length == 1
        ? byte == 0x20
        : length == 2
          ? byte == 0xC2 && bytes[index + 1] == 0xA0
          : narrowSpace && byte == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF
      if isSeparator {
        if start < index { words.append(start..<index) }
        start = next
      }
      index = next
      read += 1
    }
    if index < bytes.count, simpleLength(bytes, at: index) == nil { return nil }
    if words.count < count, start < index { words.append(start..<index) }
    return words
  }

  /// The length of the scalar at `index` when it is a character by itself whatever follows or
  /// precedes it (see `simpleWords`), else nil.
  private static func simpleLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x0D ? nil : 1 }
    if byte >= 0xC2, byte <= 0xCB { return 2 }
    guard byte == 0xE2, index + 2 < bytes.count else { return nil }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    if second == 0x80 { return third == 0x8C || third == 0x8D ? nil : 3 }
    return second == 0x82 && third == 0xAC ? 3 : nil
  }

  private static func isSeparator(_ character: Character, narrowSpace: Bool) -> Bool {
    let utf8 = character.utf8
    switch utf8.count {
    case 1: return utf8.first == 0x20
    case 2: return utf8.elementsEqual([0xC2, 0xA0])
    case 3: return narrowSpace && utf8.elementsEqual([0xE2, 0x80, 0xAF])
    default: return false
    }
  }
}
