import Corpus
import FrenchText
import Indexing

/// The filters of `search` (and of the topic commands): every one given must hold.
///
/// A text filter holds when its folded words occur consecutively in the field (`ministry`: the
/// ministry asked or answering; `group`: the long or short form). `from`/`to` are inclusive at
/// their own precision on the document's date; a document without a date fails them.
/// `chamber`, `legislature` and `answered` leave announcements out.
public struct SearchFilter: Sendable, Hashable {
  public var chamber: Chamber?
  public var legislature: Int?
  public var ministry: String?
  public var author: String?
  public var group: String?
  public var rubric: String?
  public var kind: DocumentKind?
  public var from: DateBound?
  public var to: DateBound?
  /// true: answered questions; false: questions without an answer.
  public var answered: Bool?

  public init(
    chamber: Chamber? = nil, legislature: Int? = nil, ministry: String? = nil,
    author: String? = nil, group: String? = nil, rubric: String? = nil,
    kind: DocumentKind? = nil, from: DateBound? = nil, to: DateBound? = nil,
    answered: Bool? = nil
  ) {
    self.chamber = chamber
    self.legislature = legislature
    self.ministry = ministry
    self.author = author
    self.group = group
    self.rubric = rubric
    self.kind = kind
    self.from = from
    self.to = to
    self.answered = answered
  }

  /// Whether no filter is set.
  public var isEmpty: Bool { self == SearchFilter() }
}
