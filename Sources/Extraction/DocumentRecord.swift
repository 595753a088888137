import Corpus

/// A document and everything extracted from it: the unit the index stores.
public struct DocumentRecord: Sendable, Hashable, Codable {
  public var document: Document
  public var mentions: [Mention]
  public var funding: [FundingRelation]

  public init(document: Document, mentions: [Mention] = [], funding: [FundingRelation] = []) {
    self.document = document
    self.mentions = mentions
    self.funding = funding
  }
}
