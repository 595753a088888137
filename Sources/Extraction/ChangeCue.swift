/// Whether an amount or a percent states a change rather than a level: "augmentant de 4
/// milliards d'euros", "une hausse de 10 %" (`increase`), "une baisse de 5 %" (`decrease`).
enum ChangeCue {
  static let increases: WordTable<Bool> = [
    "augmenter", "augmentant", "augmente", "augmentee", "augmentes", "augmentees", "augmentent",
    "augmentera", "augmenteront", "augmentation", "augmentations", "hausse", "hausses",
    "majoration", "majore", "majoree", "majores", "majorees", "progression", "progresse",
    "relevement", "releve", "relevee", "accroissement", "accru", "accrue", "croissance",
    "revalorise", "revalorisee", "revalorises", "revalorisees", "revaloriser", "revalorisation",
    "revalorisations",
  ]

  static let decreases: WordTable<Bool> = [
    "baisse", "baisses", "diminution", "diminutions", "diminuer", "diminue", "diminuee",
    "diminuant", "reduction", "reductions", "reduire", "reduit", "reduite", "recul", "recule",
    "baisser", "baissant",
  ]

  /// `increase` or `decrease` when the quantity starting at `first` follows "<cue> de", with at
  /// most two words between ("une revalorisation mensuelle nette de", "augmentant ainsi de").
  static func kind(before first: Int, in view: TokenView) -> String? {
    var cursor = first - 1
    if view.has(.de, at: first) {
      cursor = first - 1
    } else if view.has(.de, at: cursor) {
      cursor -= 1
    } else if view.has(.d, at: cursor - 1), view.has(.apostrophe, at: cursor) {
      cursor -= 2
    } else {
      return nil
    }
    for _ in 0..<3 {
      guard cursor >= 0, cursor < view.count else { return nil }
      let token = view.tokens[cursor]
      if increases.contains(token) { return "increase" }
      if decreases.contains(token) { return "decrease" }
      guard token.isWord else { return nil }
      cursor -= 1
    }
    return nil
  }
}
