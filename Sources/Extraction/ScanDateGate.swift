/// A cheap test run before `DateScanner.dates(at:)`: false only where no date form can start,
/// decided on the token and its neighbours (keys, cues, one table probe), so that the readers
/// (which return large optional structs and copy tokens) run only where a date may be.
///
/// Most start words are frequent ("le", "l", "en", "au", "à"…) and a number is often a count:
/// the readers ran at ~27 000 tokens of /tmp/c1k for ~3 700 dates.
enum ScanDateGate {
  typealias Lex = DateLexicon

  /// The forms a start word may begin, as bits of `forms`.
  static let mod: UInt8 = 1 << 0
  static let yearNoun: UInt8 = 1 << 1
  static let relative: UInt8 = 1 << 2
  static let ordinal: UInt8 = 1 << 3
  static let determiner: UInt8 = 1 << 4

  /// The first words of the readers' forms that are neither a month nor "premier" (always
  /// read), with the forms each may begin.
  static let forms: WordTable<UInt8> = {
    var bits: [String: UInt8] = [:]
    var order: [String] = []
    func add<S: Sequence<String>>(_ words: S, _ bit: UInt8) {
      for word in words {
        if bits[word] == nil { order.append(word) }
        bits[word, default: 0] |= bit
      }
    }
    add(Lex.mods.byFirst.keys.sorted(), mod)
    add(Lex.yearNouns.byFirst.keys.sorted(), yearNoun)
    add(Lex.relativeYears.byFirst.keys.sorted(), relative)
    add(Lex.relativeMonths.byFirst.keys.sorted(), relative)
    add(Lex.ordinals.keys, ordinal)
    add(Lex.seasonDeterminers.keys, determiner)
    return WordTable(order.map { ($0, bits[$0]!) })
  }()

  /// Whether `DateScanner.dates(at: index)` may find a date: false only where it finds none.
  @inline(__always)
  static func mayRead(at index: Int, in view: TokenView) -> Bool {
    let tokens = view.tokens
    if tokens[index].kind == .number { return numberMayRead(at: index, in: view) }
    if tokens[index].kind == .word, tokens[index].cues.contains(.month) { return true }
    if tokens[index].is(.premier) { return true }
    if tokens[index].is(.il) { return view.has(.y, at: index + 1) }
    guard let bits = forms.value(key: tokens[index].key, form: tokens[index].storedFolded) else {
      return false
    }
    if bits & mod != 0, Lex.mods.startsAt(index, in: tokens) { return true }
    if bits & yearNoun != 0, Lex.yearNouns.startsAt(index, in: tokens) { return true }
    if bits & relative != 0,
      Lex.relativeYears.startsAt(index, in: tokens)
        || Lex.relativeMonths.startsAt(index, in: tokens)
    {
      return true
    }
    if bits & ordinal != 0, view.has(.trimestre, .semestre, at: index + 1) { return true }
    if bits & determiner != 0 { return seasonMayFollow(index, in: view) }
    return false
  }

  /// `DateCoreReader.season`'s test: a season after the determiner at `index` (and its
  /// apostrophe after "l", "au", "en").
  @inline(__always)
  static func seasonMayFollow(_ index: Int, in view: TokenView) -> Bool {
    let tokens = view.tokens
    var cursor = index + 1
    if tokens[index].is(.l) || tokens[index].is(.au) || tokens[index].is(.en),
      view.has(.apostrophe, at: cursor)
    {
      cursor += 1
    }
    guard cursor < tokens.count, tokens[cursor].cues.contains(.dateAnchor) else { return false }
    return Lex.seasons.value(key: tokens[cursor].key, form: tokens[cursor].storedFolded) != nil
  }

  /// At a number: four digits may be a year; one or two digits need a slash or a dot
  /// ("14/03/2024"), a month ("4 juin"), a glued ordinal suffix ("1er", "2e trimestre") or
  /// "du … au" ("du 4 au 6 juin"). Other numbers are never read as dates.
  @inline(__always)
  static func numberMayRead(at index: Int, in view: TokenView) -> Bool {
    let tokens = view.tokens
    let digits = tokens[index].range.count
    if digits == 4 { return true }
    guard digits <= 2, index + 1 < tokens.count else { return false }
    let next = index + 1
    if tokens[next].is(.slash) || tokens[next].is(.dot) { return true }
    if tokens[next].kind == .word, tokens[next].cues.contains(.month) { return true }
    if tokens[next].gap == .none,
      DateCoreReader.ordinalSuffixes.value(key: tokens[next].key, form: tokens[next].storedFolded)
        != nil
    {
      return true
    }
    return tokens[next].is(.au) && view.has(.du, at: index - 1)
  }
}
