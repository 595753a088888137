/// Something about who pays that no document of the topic settles.
public struct FundingOpenPoint: Sendable, Hashable {
  /// Why it is open.
  public enum Reason: String, Sendable, Hashable, Codable {
    /// A relation whose payer the text does not name.
    case unknownPayer = "unknown-payer"
    /// A member asked someone to pay and the government's answer does not commit them.
    case requestNotTakenUp = "request-not-taken-up"
    /// A question on the topic has no answer.
    case unanswered
    /// Funding that is only possible, or said to be lacking.
    case uncertain
    /// One source denies that a payer pays, another says they pay or must.
    case disputed
  }

  public var reason: Reason
  /// A French sentence for the reader ("Le député demande que l'État finance… ; la réponse…").
  public var text: String
  public var sources: [AnswerSource]

  public init(reason: Reason, text: String, sources: [AnswerSource]) {
    self.reason = reason
    self.text = text
    self.sources = sources
  }
}
