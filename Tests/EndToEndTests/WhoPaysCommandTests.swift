import Foundation
import Testing

/// `parlindex who-pays` over the shipped corpus: the two questions of the issue.
@Suite(.serialized) struct WhoPaysCommandTests {
  static func relations(_ topic: String) throws -> [[String: Any]] {
    let object = try AnswerCommandsIndex.json(["who-pays", topic])
    #expect(object["topic"] as? String == topic)
    return try #require(object["relations"] as? [[String: Any]])
  }

  @Test func relationsHaveTheKeysOfTheContract() throws {
    for relation in try Self.relations("prime ségur") {
      for key in [
        "payer", "mechanism", "recipient", "object", "amount", "time", "modality", "polarity",
        "line", "sentence", "sources",
      ] {
        #expect(relation[key] != nil, "missing \(key)")
      }
    }
  }

  @Test func trainingInstitutesTheRegionsSaysTheAnswerWhileTheMemberAskedTheState() throws {
    let relations = try Self.relations("ségur formation")
    let duty = try #require(
      relations.first {
        $0["payer"] as? String == "régions" && $0["modality"] as? String == "obligation"
      })
    let source = try #require((duty["sources"] as? [[String: Any]])?.first)
    let speaker = source["speaker"] as? [String: Any]
    #expect(speaker?["role"] as? String == "answer")
    #expect(speaker?["date"] as? String == "2025-03-11")
    let request = relations.first {
      $0["payer"] as? String == "État" && $0["modality"] as? String == "requested"
    }
    #expect(request != nil)
    let unsettled = try AnswerCommandsIndex.json(["who-pays", "ségur formation"])["unsettled"]
    let texts = (unsettled as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(texts.contains { $0.contains("l'État") && $0.contains("les régions") })
  }

  @Test func departementsAdvanceAndTheStateCompensatesPerTheAgreementOfTwentyNinthApril() throws {
    let relations = try Self.relations("ségur départements")
    let advance = relations.first {
      $0["payer"] as? String == "départements" && $0["mechanism"] as? String == "advance"
    }
    #expect(advance?["modality"] as? String == "planned")
    let compensation = try #require(
      relations.first {
        $0["payer"] as? String == "État" && $0["mechanism"] as? String == "compensation"
          && $0["modality"] as? String == "planned"
      })
    #expect(compensation["beneficiary"] as? String == "départements")
    let agreement = compensation["agreement"] as? [String: Any]
    #expect(agreement?["date"] as? String == "2025-04-29")
  }

  @Test func textOutputShowsPayersAmountsAndWhoSaysSo() throws {
    let text = try AnswerCommandsIndex.run(["who-pays", "ségur formation"]).stdout
    #expect(text.contains("régions"))
    #expect(text.contains("réponse du Gouvernement"))
    #expect(text.contains("11 mars 2025"))
    #expect(text.contains("300 millions d'euros"))
    #expect(text.contains("Ce qu'aucun document ne tranche"))
    #expect(text.contains("corpus/AN-17-QE-3175.md:19"))
  }

  /// Lines of the text output with runs of spaces collapsed, for hand-reviewed expectations.
  static func lines(_ arguments: [String]) throws -> [String] {
    try AnswerCommandsIndex.run(arguments).stdout.split(separator: "\n").map {
      $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
  }

  @Test func theShortAnswerForTrainingInstitutesReadsAsReviewed() throws {
    let lines = try Self.lines(["who-pays", "ségur formation"])
    #expect(
      lines.contains(
        "régions → salariés concernés obligation réponse du Gouvernement (Travail, santé, "
          + "solidarités et familles) du 11 mars 2025"))
    #expect(
      lines.contains(
        "État → organismes de formation en travail social direct-funding, demandé question de "
          + "Ian Boucard du 14 janvier 2025"))
  }

  @Test func theShortAnswerForDepartementsReadsAsReviewed() throws {
    let lines = try Self.lines(["who-pays", "ségur départements"])
    #expect(
      lines.contains(
        "État → départements compensation, prévu communiqué du 29 avril 2025, selon l’accord "
          + "du 29 avril 2025"))
    #expect(
      lines.contains(
        "départements advance, prévu communiqué du 29 avril 2025, selon l’accord du 29 avril 2025"))
  }
}
