import Answers
import Search
import Testing

@Suite struct AnswerTopicTermsTests {
  static func transcript(length: Int) -> RecordFixture {
    var sentences = (0..<length).map { "Phrase numéro \($0) sur un autre sujet." }
    sentences[5] = "Le 3 mars 2023, la prime a été versée."
    sentences[30] = "Le 4 avril 2023, la pêche a repris."
    sentences[31] = "On parle enfin de la prime ségur ici."
    sentences[50] = "Le 5 mai 2023, tout a changé."
    var fixture = RecordFixture(id: "QG-1", answer: sentences)
    fixture.date("3 mars 2023", value: "2023-03-03")
    fixture.date("4 avril 2023", value: "2023-04-04")
    fixture.date("5 mai 2023", value: "2023-05-05")
    return fixture
  }

  @Test func aLongTranscriptKeepsOnlyDatesNearTheTopic() {
    let topic = AnswerTopicTerms(.and([.term("segur")]))
    let events = Timeline(records: [Self.transcript(length: 60).record], topic: topic).events
    #expect(events.map(\.date.iso) == ["2023-04-04"])
  }

  @Test func aShortDocumentOrAnEmptyTopicKeepsEverything() {
    let short = Timeline(
      records: [Self.transcript(length: 52).record],
      topic: AnswerTopicTerms(.term("segur"), wholeDocument: 60))
    #expect(short.events.count == 3)
    let empty = Timeline(
      records: [Self.transcript(length: 60).record], topic: AnswerTopicTerms(.and([])))
    #expect(empty.events.count == 3)
  }

  @Test func excludedWordsAreNotTheTopicButPrefixesAre() {
    let topic = AnswerTopicTerms(.and([.prefix("pec"), .not(.term("segur"))]))
    #expect(topic.terms.isEmpty)
    #expect(topic.prefixes == ["pec"])
  }
}
