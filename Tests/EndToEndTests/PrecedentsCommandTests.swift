import Foundation
import Testing

/// `parlindex precedents` over the shipped corpus.
@Suite(.serialized) struct PrecedentsCommandTests {
  @Test func earlierQuestionsWithTheKeysOfTheContract() throws {
    let object = try AnswerCommandsIndex.json(["precedents", "AN-17-QE-3769"])
    #expect(object["for"] as? String == "AN-17-QE-3769")
    let results = try #require(object["results"] as? [[String: Any]])
    let ids = results.compactMap { $0["id"] as? String }
    #expect(Set(ids) == ["AN-17-QE-3175", "AN-17-QE-1223", "SENAT-17-QE-1929"])
    for result in results {
      for key in [
        "id", "file", "score", "title", "questionDate", "answerDate", "ministryAnswering",
        "answerExcerpt",
      ] {
        #expect(result[key] != nil, "missing \(key)")
      }
    }
    let scores = results.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
  }

  @Test func aPathFindsTheSameDocumentAndLaterQuestionsAreLeftOut() throws {
    let object = try AnswerCommandsIndex.json(["precedents", "corpus/AN-17-QE-3175.md"])
    let ids = (object["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(ids.contains("AN-17-QE-1223"))
    #expect(!ids.contains("AN-17-QE-3175"))
    #expect(!ids.contains("AN-17-QE-3769"), "asked after 3175")
  }

  @Test func answersThatReuseParagraphsAreGrouped() throws {
    let object = try AnswerCommandsIndex.json(["precedents", "prime ségur"])
    let families = try #require(object["families"] as? [[String: Any]])
    let groups = Set(families.compactMap { $0["documents"] as? [String] })
    #expect(
      groups == [["AN-17-QE-1223", "AN-17-QE-3769"], ["AN-17-QE-3175", "SENAT-17-QE-1929"]])
    let text = try AnswerCommandsIndex.run(["precedents", "prime ségur"]).stdout
    #expect(text.contains("Texte de réponse envoyé à 2 questions"))
    #expect(text.contains("réponse le 11 mars 2025"))
  }
}
