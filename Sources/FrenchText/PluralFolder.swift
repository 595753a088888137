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
    let count = word.count
    guard count >= 3, let last = word.last, last == s || last == x else {
      return String(decoding: word, as: UTF8.self)
    }
    let text = String(decoding: word, as: UTF8.self)
    if text == "ans" { return "an" }
    if count < 4 || invariable.contains(text) { return text }
    let end = word.endIndex
    if last == x {
      guard word[end - 2] == u else { return text }
      let before = word[end - 3]
      if before == a {
        if word[end - 4] == e { return String(decoding: word.dropLast(), as: UTF8.self) }
        if count < 5 { return text }
        return String(decoding: word.dropLast(3), as: UTF8.self) + "al"
      }
      if before == e || before == o {
        return String(decoding: word.dropLast(), as: UTF8.self)
      }
      return text
    }
    if word[end - 2] == s { return text }
    return String(decoding: word.dropLast(), as: UTF8.self)
  }

  private static let s = UInt8(ascii: "s")
  private static let x = UInt8(ascii: "x")
  private static let a = UInt8(ascii: "a")
  private static let u = UInt8(ascii: "u")
  private static let e = UInt8(ascii: "e")
  private static let o = UInt8(ascii: "o")

  /// Words ending in ‑s or ‑x that are the same in the singular, or that a dropped letter would
  /// confuse with another word (fois/foi, mois/moi, fonds/fond, cours/cour, fils/fil, mars/mar).
  static let invariable: Set<String> = Set(
    """
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
