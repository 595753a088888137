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
}
