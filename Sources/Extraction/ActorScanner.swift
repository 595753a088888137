/// Finds actors: the State, départements, régions, the branche autonomie (CNSA), ARS,
/// associations, communes, ministries ("ministère du travail"), roles ("le Premier ministre",
/// "Mme la ministre du travail") and named people ("M. Jean-Luc Bourgeaux").
///
/// A place name is never an actor ("Ille-et-Vilaine (7e circonscription)"); only the closed
/// list and cue-marked forms are read.
enum ActorScanner {
  typealias Lex = ActorLexicon

  static func scan(_ view: TokenView, claimed: [Bool]) -> [Found] {
    scan(view, claimed: claimed, gated: true)
  }

  /// `scan`; with `gated`, each reader runs only where its start test holds (`gatedActor`,
  /// the parts of `mayFind`); the general path, without it, is what the tests compare it with.
  static func scan(_ view: TokenView, claimed: [Bool], gated: Bool) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < view.count {
      // The start test first: most tokens start no actor.
      guard mayStart(view.tokens[index]), !claimed[index] else {
        index += 1
        continue
      }
      if gated {
        // Appended in place (`appendActor`), dropped again over a claimed token.
        if appendActor(at: index, in: view, to: &found) {
          let last = found.count - 1
          let end = found[last].end
          if !claimed[found[last].first..<end].contains(true) {
            index = end
            continue
          }
          found.removeLast()
        }
      } else if let actor = person(at: index, in: view) ?? cued(at: index, in: view),
        !claimed[actor.first..<actor.end].contains(true)
      {
        found.append(actor)
        index = actor.end
        continue
      }
      index += 1
    }
    return found
  }

  /// Whether an actor may start at `token`: "M", "Mme", "Mlle" (`person`, at most four bytes)
  /// or a cued word.
  @inline(__always)
  static func mayStart(_ token: TextToken) -> Bool {
    token.cues.contains(.actorStart)
      || (token.range.count <= 4 && token.firstTextByte == UInt8(ascii: "M"))
  }

  /// A role, a ministry or a body, tried only at a word that can start one.
  static func cued(at index: Int, in view: TokenView) -> Found? {
    guard view.tokens[index].cues.contains(.actorStart) else { return nil }
    return role(at: index, in: view) ?? ministry(at: index, in: view) ?? body(at: index, in: view)
  }

  /// Built by the memberwise init, in place (a `var` set field by field was copied whole).
  static func facts(_ name: String, kind: String, role: String? = nil) -> MentionFacts {
    MentionFacts(
      type: .actor, text: "", value: .text(name), role: role, kind: kind, normalized: name)
  }

  /// A body of the closed list; "État" needs its capital ("en l'état" is not the State).
  static func body(at index: Int, in view: TokenView) -> Found? {
    guard let body = bodyMatch(at: index, in: view) else { return nil }
    return Found(facts: facts(body.name, kind: body.kind), first: index, end: body.end)
  }

  /// A body's normalised name, kind and the token index after it.
  typealias BodyMatch = (name: String, kind: String, end: Int)

  /// `body(at:in:)`'s normalised name, kind and end, before any `Found` is built.
  static func bodyMatch(at index: Int, in view: TokenView) -> BodyMatch? {
    guard let match = view.pattern(startingAt: index, in: Lex.bodies) else { return nil }
    let entry = match.value
    let head = view.tokens[match.end - 1]
    if entry.isState, !head.startsUppercaseStored { return nil }
    if entry.isState, view.has(.en, at: index - 3), view.has(.l, at: index - 2),
      view.has(.apostrophe, at: index - 1)
    {
      return nil
    }
    if match.end < view.count, Lex.notActorFollowers.contains(view.tokens[match.end]) {
      return nil
    }
    if entry.ofFrance, !view.tokens[index].startsUppercaseStored {
      let plural = entry.kind == "region" ? "régions" : "départements"
      return (plural, entry.kind, index + 1)
    }
    return (entry.name, entry.kind, match.end)
  }

  /// "ministère du travail, de la santé et des familles".
  static func ministry(at index: Int, in view: TokenView) -> Found? {
    guard view.has(.ministere, .ministeres, at: index) else { return nil }
    let end = portfolioEnd(after: index + 1, in: view)
    guard end > index + 1 else { return nil }
    let name = "ministère " + view.joinedPhrase(index + 1, end)
    return Found(facts: facts(name, kind: "ministry"), first: index, end: end)
  }

  /// "le Premier ministre", "Mme la ministre du travail": a role, with its portfolio.
  static func role(at index: Int, in view: TokenView) -> Found? {
    guard let match = view.pattern(startingAt: index, in: Lex.roles) else { return nil }
    var first = index
    if view.has(.le, .la, at: index - 1) || view.has(.l, at: index - 1) { first -= 1 }
    if view.has(.apostrophe, at: index - 1) { first -= 2 }
    if view.has(.mme, .monsieur, at: first - 1) || view.has(.madame, at: first - 1) {
      first -= 1
    } else if view.has(.dot, at: first - 1), first >= 2, view.tokens[first - 2].text == "M" {
      first -= 2
    }
    let end = portfolioEnd(after: match.end, in: view)
    guard first < index || end > match.end else { return nil }
    let role = view.joinedPhrase(index, end)
    return Found(facts: facts(role, kind: "person", role: role), first: first, end: end)
  }

  /// The end of a portfolio ("du travail, de la santé, des solidarités et des familles").
  static func portfolioEnd(after start: Int, in view: TokenView) -> Int {
    var cursor = start
    var end = start
    while cursor >= 0, cursor < view.count, cursor < start + 24 {
      let token = view.tokens[cursor]
      if Lex.portfolioLinks.contains(token) {
        if token.is(.comma) || token.is(.et), !Self.isLinkWord(cursor + 1, in: view) { break }
      } else if view.tokens[cursor].isWord, !Lex.portfolioStops.contains(view.tokens[cursor]),
        cursor > start
      {
        end = cursor + 1
      } else {
        break
      }
      cursor += 1
    }
    if view.has(.entre, at: end - 1), view.matches(Self.womenAndMen, at: end) {
      return end + Self.womenAndMen.count
    }
    return end
  }

  /// Whether the token at `index` is "de", "du", "des" or "d'" (folded "d").
  @inline(__always)
  static func isLinkWord(_ index: Int, in view: TokenView) -> Bool {
    view.has(.de, .du, at: index) || view.has(.des, .d, at: index)
  }

  /// "de l'égalité entre les femmes et les hommes".
  static let womenAndMen = ["les", "femmes", "et", "les", "hommes"]

  /// "M. Jean-Luc Bourgeaux", "Mme Catherine Vautrin": a civility and capitalised names.
  static func person(at index: Int, in view: TokenView) -> Found? {
    // "M", "Mme", "Mlle": at most four bytes.
    let tokens = view.tokens
    guard tokens[index].range.count <= 4, tokens[index].firstTextByte == UInt8(ascii: "M")
    else { return nil }
    var cursor = index
    // The texts are compared as stored (`ScanText`): no `String` is made.
    let dotAfter = index + 1 < tokens.count && tokens[index + 1].hasText(.dot)
    if tokens[index].hasText(.capitalM) {
      guard dotAfter else { return nil }
      cursor += 2
    } else if tokens[index].hasText(.mme) || tokens[index].hasText(.mlle) {
      cursor += dotAfter ? 2 : 1
    } else {
      return nil
    }
    let start = cursor
    while let token = view[cursor], cursor < start + 6 {
      if token.isWord, token.startsUppercaseStored, token.wordHasSeveralCharacters {
        cursor += 1
      } else if token.text == "-", token.gap == .none, view[cursor + 1]?.isWord == true {
        cursor += 1
      } else {
        break
      }
    }
    guard cursor >= start + 2, view.tokens[cursor - 1].isWord else { return nil }
    let name = joiningHyphens(view.joinedPhrase(start, cursor))
    let role = roleAfter(cursor, in: view)
    return Found(facts: facts(name, kind: "person", role: role), first: index, end: cursor)
  }

  /// The name with every " - " written "-" ("Jean - Luc" → "Jean-Luc").
  static func joiningHyphens(_ name: String) -> String {
    // Without a hyphen there is nothing to join: no copy of the bytes.
    guard name.utf8.contains(0x2D) else { return name }
    let bytes = Array(name.utf8)
    guard bytes.count >= 3,
      (1..<bytes.count - 1).contains(where: {
        bytes[$0] == 0x2D && bytes[$0 - 1] == 0x20 && bytes[$0 + 1] == 0x20
      })
    else { return name }
    var joined: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if index + 2 < bytes.count, bytes[index] == 0x20, bytes[index + 1] == 0x2D,
        bytes[index + 2] == 0x20
      {
        joined.append(0x2D)
        index += 3
      } else {
        joined.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: joined, as: UTF8.self)
  }

  /// ", ministre du travail": a role in apposition after a name.
  static func roleAfter(_ index: Int, in view: TokenView) -> String? {
    guard view[index]?.text == ",",
      let match = view.pattern(startingAt: index + 1, in: Lex.roles)
    else { return nil }
    return view.joinedPhrase(index + 1, portfolioEnd(after: match.end, in: view))
  }
}
