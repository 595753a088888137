import Foundation
import Testing

@testable import Indexing

@Suite struct EmptyIndexTests {
  @Test func emptyCorpusGivesAnEmptyReadableIndex() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.totalDocuments == 0)
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.documentCount == 0)
    #expect(reader.terms.lookup("prime") == nil)
    #expect(reader.terms.terms(withPrefix: "pr").isEmpty)
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
  }
}
