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
  /// parts of `mayFind`) holds (`appendActor(at:in:to:)`, returned).
  static func gatedActor(at index: Int, in view: TokenView) -> Found? {
    var found: [Found] = []
    guard appendActor(at: index, in: view, to: &found) else { return nil }
    return found.removeLast()
  }

  /// Appends to `found` what `person(at:in:) ?? cued(at:in:)` finds at `index`, each reader
  /// run only where its own start test (the parts of `mayFind`) holds, and tells whether it
  /// appended one. A body of the closed list, the usual actor, goes through neither
  /// `person`, `role` nor `ministry`, and is built in `found` in place: no large `Found?` is
  /// returned and copied, and its pattern is probed once (`startsAt` probed it first). The
  /// first actor goes into a kept array (`ScanScratch.prepare`): no allocation per sentence.
  @inline(__always)
  static func appendActor(at index: Int, in view: TokenView, to found: inout [Found]) -> Bool {
    let tokens = view.tokens
    if tokens[index].range.count <= 4, tokens[index].firstTextByte == UInt8(ascii: "M"),
      tokens[index].hasText(.mme) || tokens[index].hasText(.mlle)
        || (tokens[index].hasText(.capitalM) && index + 1 < tokens.count
          && tokens[index + 1].hasText(.dot)),
      let actor = person(at: index, in: view)
    {
      ScanScratch.prepare(&found)
      found.append(actor)
      return true
    }
    guard tokens[index].cues.contains(.actorStart) else { return false }
    if Lex.roles.startsAt(index, in: tokens), let actor = role(at: index, in: view) {
      ScanScratch.prepare(&found)
      found.append(actor)
      return true
    }
    if view.has(.ministere, .ministeres, at: index), let actor = ministry(at: index, in: view) {
      ScanScratch.prepare(&found)
      found.append(actor)
      return true
    }
    guard let body = bodyMatch(at: index, in: view) else { return false }
    ScanScratch.prepare(&found)
    found.append(
      Found(facts: facts(body.name, kind: body.kind), first: index, end: body.end))
    return true
  }
}
