import Foundation

/// Maps the legacy upper-case per-question XML view (formats.md §1.6: `QUESTION`, `DEPOT`,
/// `REPONSE`, `MINI`, `MINA/ORDRE`, `INDEXATION_AN`, `RENOUVELLEMENT`, `SIGNALEMENT`,
/// `CLOTURE`) onto the element names of the current schema, so one reader serves both.
enum ANLegacyXMLRecord {
  static func fields(_ legacy: JSONFields) -> JSONFields {
    let depots = legacy.list("DEPOT")
    let type = legacy.string("@TYPE") ?? "QE"
    let legislature = legacy.string("LEGISLATURE")
    let number = depots.lazy.compactMap { $0.string("@NUMERO") }.first
    var record: [String: Any] = [
      "type": type,
      "identifiant": ["numero": number as Any, "legislature": legislature as Any],
    ]
    if let legislature, let number { record["uid"] = "QANR5L\(legislature)\(type)\(number)" }
    let published = depots.first.map { info($0.string("@DATE_JO"), $0.string("@PAGE_JO")) }
    let text = depots.lazy.compactMap { $0.string("TEXTE_DEPOT") }.first
    if let published {
      record["textesQuestion"] = ["texteQuestion": ["infoJO": published, "texte": text as Any]]
    }
    if let answer = legacy.object("REPONSE") {
      let answerInfo = info(
        answer.string("DATE_JO_REPONSE"), answer.string("PAGE_JO_REPONSE"))
      record["textesReponse"] = [
        "texteReponse": ["infoJO": answerInfo, "texte": answer.string("TEXTE_REPONSE") as Any]
      ]
    }
    addMinistriesAndIndexing(legacy, to: &record)
    addHistory(legacy, to: &record)
    return JSONFields(foundation: record)
  }

  private static func addMinistriesAndIndexing(
    _ legacy: JSONFields, to record: inout [String: Any]
  ) {
    record["minInt"] = ["developpe": legacy.string("MINI", "DEVELOPPE") as Any]
    record["minAttribs"] = [
      "minAttrib": legacy.list("MINA", "ORDRE").map { entry -> [String: Any] in
        [
          "infoJO": info(entry.string("DATE_JO"), nil),
          "denomination": ["developpe": entry.string("DEVELOPPE") as Any],
        ]
      }
    ]
    record["indexationAN"] = [
      "rubrique": legacy.string("INDEXATION_AN", "@RUBRIQUE")
        ?? legacy.string("INDEXATION_AN", "RUBRIQUE") as Any,
      "analyses": ["analyse": legacy.strings("INDEXATION_AN", "ANALYSE", "ANA")],
    ]
  }

  private static func addHistory(_ legacy: JSONFields, to record: inout [String: Any]) {
    record["auteur"] = ["identite": ["acteurRef": legacy.string("AUTEUR", "ID_ACTEUR") as Any]]
    record["renouvellements"] = [
      "renouvellement": legacy.list("RENOUVELLEMENT").map { info($0.string("DATE_JO"), nil) }
    ]
    if let signal = legacy.object("SIGNALEMENT") {
      record["signalement"] = ["dateDepotSignal": signal.string("DATE_JO") as Any]
    }
    if let closure = legacy.object("CLOTURE") {
      record["cloture"] = [
        "libelleCloture": closure.string("LIBELLE") as Any,
        "dateCloture": closure.string("DATE_JO") as Any,
      ]
    }
  }

  private static func info(_ date: String?, _ page: String?) -> [String: Any] {
    ["dateJO": date as Any, "pageJO": page as Any]
  }
}
