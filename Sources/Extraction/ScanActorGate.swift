extension ActorScanner {
  /// Whether `person(at:in:) ?? cued(at:in:)` may find an actor at `index`, as a `Bool`: the
  /// civility of `person` ("M" before a dot, "Mme", "Mlle"), or a role, "ministère(s)" or a
  /// body of the closed list starting there. False only where they find none, so that the
  /// readers (which return a large optional `Found`) run only there: "l" (of "l'État") and
  /// "M" (of "M€") start most of the tokens `mayStart` lets through.
  @inline(__always)
  static func mayFind(at index: Int, in view: TokenView) -> Bool {
    let tokens = view.tokens
    if tokens[index].range.count <= 4, tokens[index].firstTextByte == UInt8(ascii: "M") {
      if tokens[index].hasText(.mme) || tokens[index].hasText(.mlle) { return true }
      if tokens[index].hasText(.capitalM), index + 1 < tokens.count,
        tokens[index + 1].hasText(.dot)
      {
        return true
      }
    }
    guard tokens[index].cues.contains(.actorStart) else { return false }
    return Lex.roles.startsAt(index, in: tokens) || view.has(.ministere, .ministeres, at: index)
      || Lex.bodies.startsAt(index, in: tokens)
  }

  /// `person(at:in:) ?? cued(at:in:)`, each reader run only where its own start test (the
  /// parts of `mayFind`) holds: a body of the closed list, the usual actor, no longer goes
  /// through `person`, `role` and `ministry` first, each returning a large nil `Found?`.
  @inline(__always)
  static func gatedActor(at index: Int, in view: TokenView) -> Found? {
    let tokens = view.tokens
    if tokens[index].range.count <= 4, tokens[index].firstTextByte == UInt8(ascii: "M"),
      tokens[index].hasText(.mme) || tokens[index].hasText(.mlle)
        || (tokens[index].hasText(.capitalM) && index + 1 < tokens.count
          && tokens[index + 1].hasText(.dot)),
      let actor = person(at: index, in: view)
    {
      return actor
    }
    guard tokens[index].cues.contains(.actorStart) else { return nil }
    if Lex.roles.startsAt(index, in: tokens), let actor = role(at: index, in: view) {
      return actor
    }
    if view.has(.ministere, .ministeres, at: index), let actor = ministry(at: index, in: view) {
      return actor
    }
    guard Lex.bodies.startsAt(index, in: tokens) else { return nil }
    return body(at: index, in: view)
  }
}
