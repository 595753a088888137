/// The tense of the clause around a date with no year: "sera versée le 4 juin" (future), "a été
/// signé le 4 juin" (past). Both cues, or none, give nil: the year then stays unknown.
enum DateTense: Sendable {
  case past, future

  static let futureWords: WordTable<Bool> = [
    "sera", "seront", "aura", "auront", "fera", "feront", "pourra", "pourront", "devra",
    "devront", "ira", "iront", "interviendra", "interviendront", "prevu", "prevue", "prevus",
    "prevues", "doit", "doivent", "va", "vont",
  ]

  static let pastAuxiliaries: WordTable<Bool> = [
    "a", "ont", "avait", "avaient", "avons", "ai", "eut", "eurent", "fut", "furent", "etait",
  ]

  static let breaks: PunctuationSet = ".;:?!"

  /// The tense of the verbs within twelve tokens of the date (`first..<end`), in its sentence.
  static func of(dateAt first: Int, end: Int, in view: TokenView) -> DateTense? {
    var past = false
    var future = false
    func read(_ index: Int) -> Bool {
      guard let token = view[index], !breaks.contains(token) else { return false }
      let raw = token.text.lowercased()
      if pastAuxiliaries.contains(raw) { past = true }
      let word = token.folded
      if futureWords.contains(word) || word.hasSuffix("era") || word.hasSuffix("eront")
        || word.hasSuffix("iront")
      {
        future = true
      }
      return true
    }
    var cursor = first - 1
    while cursor >= first - 12, read(cursor) { cursor -= 1 }
    cursor = end
    while cursor < end + 12, read(cursor) { cursor += 1 }
    if past == future { return nil }
    return past ? .past : .future
  }
}
