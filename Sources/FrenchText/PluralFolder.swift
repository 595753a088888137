/// Light plural folding of a folded (lower-case, unaccented) word: ‑s and ‑x dropped, ‑aux → ‑al,
/// with length guards and a list of invariable words. No derivational stemming, so
/// "départements" → "departement" and never "depart".
///
/// Rules, in order: words with digits, words under 4 letters ("pas", "des", "bus") and invariable
/// words ("fois", "mois", "temps", "fonds", "corps", "succès"…) are kept; `ans` → `an`;
/// `‑eaux` → `‑eau`; `‑aux` → `‑al` from 5 letters ("nationaux" → "national"; "taux" kept);
/// `‑eux`, `‑oux` → `‑eu`, `‑ou` ("enjeux" → "enjeu"); other `‑x` kept ("prix", "choix");
/// `‑ss` kept ("stress"); any other final `‑s` dropped ("ehpads" → "ehpad").
enum PluralFolder {
  /// The term for the folded letters `word`.
  static func term(_ word: ArraySlice<UInt8>) -> String {
    var folded: [UInt8] = []
    folded.reserveCapacity(word.count + 1)
    fold(word, into: &folded)
    return String(decoding: folded, as: UTF8.self)
  }

  /// Appends the term for the folded letters `word` to `output` (no `String` made).
  static func fold(_ word: ArraySlice<UInt8>, into output: inout [UInt8]) {
    let count = word.count
    guard count >= 3, let last = word.last, last == s || last == x else {
      output.append(contentsOf: word)
      return
    }
    if count == 3 && word.elementsEqual(ans) {
      output.append(contentsOf: ans.dropLast())
      return
    }
    guard count >= 4, !InvariableWords.contains(word) else {
      output.append(contentsOf: word)
      return
    }
    let end = word.endIndex
    if last == x {
      guard word[end - 2] == u else { return output.append(contentsOf: word) }
      let before = word[end - 3]
      if before == a {
        if word[end - 4] == e { return output.append(contentsOf: word.dropLast()) }
        if count < 5 { return output.append(contentsOf: word) }
        output.append(contentsOf: word.dropLast(3))
        output.append(contentsOf: al)
        return
      }
      if before == e || before == o { return output.append(contentsOf: word.dropLast()) }
      return output.append(contentsOf: word)
    }
    if word[end - 2] == s { return output.append(contentsOf: word) }
    output.append(contentsOf: word.dropLast())
  }

  /// The term for the folded letters at `word` (`count` bytes), written in place: every rule
  /// keeps the word or shortens it, so the term is the first bytes returned (`fold(_:into:)`
  /// on a buffer, for the tokenizer's fast path).
  static func foldInPlace(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
    foldInPlace(word, count: count, invariable: InvariableWords.slots)
  }

  /// `foldInPlace(_:count:)` with the invariable words' table (`InvariableWords.slots`) taken
  /// by the caller once per text: no lazy-global check per word.
  @inline(__always)
  static func foldInPlace(
    _ word: UnsafeMutablePointer<UInt8>, count: Int,
    invariable: UnsafePointer<InvariableWords.Entry>
  ) -> Int {
    guard count >= 3 else { return count }
    let last = word[count - 1]
    guard last == s || last == x else { return count }
    if count == 3 {
      return word[0] == a && word[1] == UInt8(ascii: "n") && last == s ? 2 : 3
    }
    // The rules first: the invariable words are looked up only when a rule would change the
    // word ("stress", "prix" are kept either way).
    var toAl = false
    if last == x {
      guard word[count - 2] == u else { return count }
      let before = word[count - 3]
      if before == a {
        if word[count - 4] != e {
          if count < 5 { return count }
          toAl = true
        }
      } else if before != e && before != o {
        return count
      }
    } else if word[count - 2] == s {
      return count
    }
    guard
      !InvariableWords.contains(UnsafeBufferPointer(start: word, count: count), in: invariable)
    else {
      return count
    }
    if toAl { word[count - 2] = UInt8(ascii: "l") }
    return count - 1
  }

  private static let ans: [UInt8] = Array("ans".utf8)
  private static let al: [UInt8] = Array("al".utf8)
  private static let s = UInt8(ascii: "s")
  private static let x = UInt8(ascii: "x")
  private static let a = UInt8(ascii: "a")
  private static let u = UInt8(ascii: "u")
  private static let e = UInt8(ascii: "e")
  private static let o = UInt8(ascii: "o")

  /// Words ending in ‑s or ‑x that are the same in the singular, or that a dropped letter would
  /// confuse with another word (fois/foi, mois/moi, fonds/fond, cours/cour, fils/fil, mars/mar).
  static let invariable: [String] =
    ("""
    abces abus acces accoudoirs acquis ailleurs alentours alors anglais apres atlas autobus \
    autrefois avis bas biais blocus bois bonus bras cactus campus canevas cas ceux chaos chez \
    choix clos colis compas concours congres consensus corps corpus cosmos cours cursus debours \
    deces dedans dehors depuis dessous dessus devis discours divers dos doux ecossais embarras \
    enclos envers epais exces expres faux fils focus fois fonds fracas francais frais gens \
    glas gras gris gros heros hiatus hors humus infarctus inclus jadis jamais japonais jus \
    lapsus lilas lors mais malgre marais mars matelas mauvais mieux moins mois moeurs neanmoins \
    nous obus omnibus os palais paradis parcours parfois paris pas pathos pays permis plus \
    plusieurs poids portugais pres proces processus progres propos prospectus puis puits \
    quelquefois rabais recours refus relais remords repas repos revers sans secours sens \
    sinus sous stimulus succes syllabus tandis tapis taux temps terminus thesaurus tiers \
    toujours tous toutefois tracas travaux travers tres univers vers verglas virus vous \
    yeux deux trois six dix longtemps printemps velours mepris souris radis logis parvis \
    taillis treillis vernis chassis frottis foetus opus rebus modus ethos calvados dans \
    aupres desormais volontiers certes hormis pis etes peux veux
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

/// The invariable words of `PluralFolder`, looked up by their bytes: each word (at most 16
/// bytes) packed into two 64-bit integers, in an open-addressing table built once.
enum InvariableWords {
  /// A word packed into two words (both 0 for an empty slot).
  typealias Entry = (UInt64, UInt64)

  private static let slotCount = 1024
  private static let table: [(UInt64, UInt64)] = {
    var table = [(UInt64, UInt64)](repeating: (0, 0), count: slotCount)
    for word in PluralFolder.invariable {
      let bytes = Array(word.utf8)
      precondition(bytes.count <= 16, "an invariable word longer than 16 bytes")
      let key = pack(bytes[...])
      var slot = index(key)
      while table[slot] != (0, 0) { slot = (slot + 1) & (slotCount - 1) }
      table[slot] = key
    }
    return table
  }()

  /// Whether the folded letters `word` are an invariable word.
  static func contains(_ word: ArraySlice<UInt8>) -> Bool {
    guard word.count <= 16 else { return false }
    let key = pack(word)
    let table = table
    var slot = index(key)
    while true {
      let found = table[slot]
      if found == key { return true }
      if found == (0, 0) { return false }
      slot = (slot + 1) & (slotCount - 1)
    }
  }

  /// `table` as raw memory, made once and never freed: read through a pointer the caller
  /// takes once (`contains(_:in:)`), with no retain of the array.
  nonisolated(unsafe) static let slots: UnsafePointer<Entry> = {
    let slots = UnsafeMutablePointer<Entry>.allocate(capacity: slotCount)
    slots.initialize(from: table, count: slotCount)
    return UnsafePointer(slots)
  }()

  /// Whether the folded letters `word` are an invariable word (read a word at a time).
  static func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    contains(word, in: slots)
  }

  /// `contains(_:)` in `table`, the pointer `slots` (taken once by the caller).
  @inline(__always)
  static func contains(_ word: UnsafeBufferPointer<UInt8>, in table: UnsafePointer<Entry>)
    -> Bool
  {
    let count = word.count
    guard count <= 16, let base = word.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    var key: (UInt64, UInt64) = (0, 0)
    if count >= 8 {
      key.0 = raw.loadUnaligned(as: UInt64.self)
      if count > 8 {
        key.1 = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> (128 - 8 * count)
      }
    } else if count >= 4 {
      key.0 =
        UInt64(raw.loadUnaligned(as: UInt32.self))
        | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << (8 * count - 32)
    } else {
      for offset in 0..<count { key.0 |= UInt64(base[offset]) << (8 * offset) }
    }
    var slot = index(key)
    while true {
      let found = table[slot]
      if found == key { return true }
      if found == (0, 0) { return false }
      slot = (slot &+ 1) & (slotCount - 1)
    }
  }

  /// The bytes little-endian in two words (a word never holds a zero byte, so lengths differ).
  private static func pack(_ word: ArraySlice<UInt8>) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (offset, byte) in word.enumerated() {
      if offset < 8 {
        low |= UInt64(byte) << (8 * offset)
      } else {
        high |= UInt64(byte) << (8 * (offset - 8))
      }
    }
    return (low, high)
  }

  @inline(__always)
  private static func index(_ key: (UInt64, UInt64)) -> Int {
    let mixed = (key.0 ^ (key.1 &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
    return Int(truncatingIfNeeded: mixed >> 40) & (slotCount - 1)
  }
}
