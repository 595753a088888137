import Corpus
import Foundation
import Search

/// Applies the filters of `cli.md` (a `SearchFilter`) to stored documents, for `stats`: the same
/// meaning as in `search`, words compared without case or accents.
public struct StatsFilter: Sendable {
  public let filter: SearchFilter

  public init(_ filter: SearchFilter) { self.filter = filter }

  public func matches(_ document: Document) -> Bool {
    if filter.isEmpty { return true }
    if let chamber = filter.chamber, document.chamber != chamber { return false }
    if let legislature = filter.legislature, document.legislature != legislature { return false }
    if let kind = filter.kind, document.kind != kind { return false }
    if let answered = filter.answered, (document.status == "answered") != answered {
      return false
    }
    if filter.from != nil || filter.to != nil {
      guard let day = document.date?.daysSinceEpoch else { return false }
      if let from = filter.from, day < from.firstDay { return false }
      if let to = filter.to, day > to.lastDay { return false }
    }
    let author = document.author
    let texts: [(String?, [String?])] = [
      (filter.ministry, [document.ministryAsked, document.ministryAnswering]),
      (filter.author, [author?.name]), (filter.group, [author?.group, author?.groupShort]),
      (filter.rubric, [document.rubric]),
    ]
    for (wanted, values) in texts {
      guard let wanted else { continue }
      let found = values.compactMap { $0 }.contains { Self.contains($0, wanted) }
      if !found { return false }
    }
    return true
  }

  static func contains(_ text: String, _ words: String) -> Bool {
    words.split(separator: " ").allSatisfy {
      text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
  }
}
